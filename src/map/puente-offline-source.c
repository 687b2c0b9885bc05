/* puente-offline-source.c: map tiles drawn from the built-in basemap
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ShumateMapSource (libshumate 1.0: fill_tile_async/finish) that draws each
 * tile with PuenteBasemap in a worker thread, and keeps the most recently
 * used tiles as textures, so panning back and forth never draws twice. All
 * cache work happens on the main thread; the worker only draws.
 */
#include "puente-offline-source.h"

#include "puente-geo.h"
#include "puente-tsan.h"

/* At scale 2 a tile is 1 MiB: 64 MiB keeps 64 of them (256 at scale 1). */
#define CACHE_MAX_BYTES (64u * 1024u * 1024u)

typedef struct
{
  guint64     key;
  GdkTexture *texture;
  gsize       bytes;
  GList      *link; /* in lru */
} CacheEntry;

struct _PuenteOfflineSource
{
  ShumateMapSource   parent_instance;

  PuenteBasemap     *basemap;
  PuenteBasemapStyle style;
  int                scale_factor;

  GHashTable        *cache; /* guint64 * -> CacheEntry */
  GQueue             lru;   /* most recent first */
  gsize              cache_bytes;
  guint              cache_hits;
};

G_DEFINE_FINAL_TYPE (PuenteOfflineSource, puente_offline_source, SHUMATE_TYPE_MAP_SOURCE)

enum {
  PROP_0,
  PROP_BASEMAP,
  PROP_STYLE,
  PROP_SCALE_FACTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A tile drawn on a worker thread. The objects in it (the source, the
 * tile, the task to finish) are let go on the main thread, in
 * render_done (): the render task's last reference may be dropped on the
 * worker, and the source must not be finalised there. */
typedef struct
{
  PuenteOfflineSource *source;
  PuenteBasemap       *basemap;
  ShumateTile         *tile;
  GTask               *outer;
  guint64              key;
  int                  zoom, x, y, scale_factor;
  PuenteBasemapStyle   style;
} RenderJob;

static void
render_job_free (RenderJob *job)
{
  /* The task's last reference may go on either thread. */
  PUENTE_TSAN_ACQUIRE (job);
  g_clear_object (&job->source);
  g_clear_object (&job->basemap);
  g_clear_object (&job->tile);
  g_clear_object (&job->outer);
  g_free (job);
}

static void
cache_entry_free (gpointer data)
{
  CacheEntry *entry = data;

  g_clear_object (&entry->texture);
  g_free (entry);
}

static guint64
cache_key (int                zoom,
           int                x,
           int                y,
           int                scale_factor,
           PuenteBasemapStyle style)
{
  return ((guint64) (zoom & 0xff) << 56) | ((guint64) (x & 0xffffff) << 32) | ((guint64) (y & 0xffffff) << 8) | ((guint64) (scale_factor & 0xf) << 4) | (guint64) (style & 0x3);
}

static CacheEntry *
cache_lookup (PuenteOfflineSource *self,
              guint64              key)
{
  CacheEntry *entry = g_hash_table_lookup (self->cache, &key);

  if (entry == NULL)
    return NULL;
  g_queue_unlink (&self->lru, entry->link);
  g_queue_push_head_link (&self->lru, entry->link);
  self->cache_hits++;
  return entry;
}

static void
cache_insert (PuenteOfflineSource *self,
              guint64              key,
              GdkTexture          *texture)
{
  CacheEntry *entry;

  if (g_hash_table_contains (self->cache, &key))
    return;

  entry = g_new0 (CacheEntry, 1);
  entry->key = key;
  entry->texture = g_object_ref (texture);
  entry->bytes = (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture) * 4;
  g_queue_push_head (&self->lru, entry);
  entry->link = self->lru.head;
  g_hash_table_insert (self->cache, &entry->key, entry);
  self->cache_bytes += entry->bytes;

  while (self->cache_bytes > CACHE_MAX_BYTES && self->lru.length > 1)
    {
      CacheEntry *old = g_queue_pop_tail (&self->lru);

      self->cache_bytes -= old->bytes;
      g_hash_table_remove (self->cache, &old->key);
    }
}

static GdkTexture *
texture_new_for_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;

  g_assert (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_height (surface) * (gsize) cairo_image_surface_get_stride (surface),
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  /* Cairo's ARGB32 is premultiplied BGRA in memory on little-endian hosts,
   * GDK_MEMORY_DEFAULT on every host. */
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                 cairo_image_surface_get_height (surface),
                                 GDK_MEMORY_DEFAULT,
                                 bytes,
                                 (gsize) cairo_image_surface_get_stride (surface));
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderJob       *job = task_data;
  cairo_surface_t *surface;
  GdkTexture      *texture;

  PUENTE_TSAN_ACQUIRE (job);
  if (g_task_return_error_if_cancelled (task))
    return;

  surface = puente_basemap_render_tile_surface (job->basemap, job->zoom, job->x, job->y,
                                                job->scale_factor, job->style);
  texture = texture_new_for_surface (surface);
  cairo_surface_destroy (surface);
  PUENTE_TSAN_RELEASE (job);
  g_task_return_pointer (task, texture, g_object_unref);
}

static void
finish_tile (ShumateTile *tile,
             GdkTexture  *texture,
             gboolean     fade_in)
{
  shumate_tile_set_paintable (tile, GDK_PAINTABLE (texture));
  shumate_tile_set_fade_in (tile, fade_in);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
}

static void
render_done (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  RenderJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(PuenteOfflineSource) self = NULL;
  g_autoptr(ShumateTile) tile = NULL;
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  guint64 key;

  PUENTE_TSAN_ACQUIRE (job);
  self = g_steal_pointer (&job->source);
  tile = g_steal_pointer (&job->tile);
  outer = g_steal_pointer (&job->outer);
  key = job->key;
  PUENTE_TSAN_RELEASE (job);

  texture = g_task_propagate_pointer (G_TASK (result), &error);
  if (texture == NULL)
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  cache_insert (self, key, texture);
  finish_tile (tile, texture, TRUE);
  g_task_return_boolean (outer, TRUE);
}

static void
puente_offline_source_fill_tile_async (ShumateMapSource   *source,
                                       ShumateTile        *tile,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data)
{
  PuenteOfflineSource *self = PUENTE_OFFLINE_SOURCE (source);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) inner = NULL;
  int         zoom = (int) shumate_tile_get_zoom_level (tile);
  int         x = (int) shumate_tile_get_x (tile);
  int         y = (int) shumate_tile_get_y (tile);
  guint64     key;
  CacheEntry *entry;
  RenderJob  *job;

  g_return_if_fail (PUENTE_IS_OFFLINE_SOURCE (self));
  g_return_if_fail (SHUMATE_IS_TILE (tile));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, puente_offline_source_fill_tile_async);

  if (zoom > 16 || x >= (1 << zoom) || y >= (1 << zoom))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               "Tile %d/%d/%d is outside the world", zoom, x, y);
      return;
    }

  key = cache_key (zoom, x, y, self->scale_factor, self->style);
  entry = cache_lookup (self, key);
  if (entry != NULL)
    {
      finish_tile (tile, entry->texture, FALSE);
      g_task_return_boolean (task, TRUE);
      return;
    }

  job = g_new0 (RenderJob, 1);
  job->source = g_object_ref (self);
  job->basemap = g_object_ref (self->basemap);
  job->tile = g_object_ref (tile);
  job->outer = g_steal_pointer (&task);
  job->key = key;
  job->zoom = zoom;
  job->x = x;
  job->y = y;
  job->scale_factor = self->scale_factor;
  job->style = self->style;

  inner = g_task_new (NULL, cancellable, render_done, NULL);
  g_task_set_source_tag (inner, puente_offline_source_fill_tile_async);
  g_task_set_task_data (inner, job, (GDestroyNotify) render_job_free);
  PUENTE_TSAN_RELEASE (job);
  g_task_run_in_thread (inner, render_thread);
}

static gboolean
puente_offline_source_fill_tile_finish (ShumateMapSource *source,
                                        GAsyncResult     *result,
                                        GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* libshumate's map layers keep tiles in memory by source id: tiles of
 * another style or scale must not be taken for these. */
static void
update_id (PuenteOfflineSource *self)
{
  g_autofree char *id = g_strdup_printf ("%s-%s-%d", PUENTE_OFFLINE_SOURCE_ID,
                                         self->style == PUENTE_BASEMAP_STYLE_DARK ? "dark" : "light",
                                         self->scale_factor);

  shumate_map_source_set_id (SHUMATE_MAP_SOURCE (self), id);
}

static void
puente_offline_source_constructed (GObject *object)
{
  PuenteOfflineSource *self = (PuenteOfflineSource *) object;

  G_OBJECT_CLASS (puente_offline_source_parent_class)->constructed (object);

  if (self->basemap == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->basemap = puente_basemap_dup_default (&error);
      if (self->basemap == NULL)
        g_error ("The built-in basemap does not load: %s", error->message);
    }
  update_id (self);
}

static void
puente_offline_source_finalize (GObject *object)
{
  PuenteOfflineSource *self = (PuenteOfflineSource *) object;

  g_queue_clear (&self->lru);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_object (&self->basemap);

  G_OBJECT_CLASS (puente_offline_source_parent_class)->finalize (object);
}

static void
puente_offline_source_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PuenteOfflineSource *self = PUENTE_OFFLINE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_BASEMAP:
      g_value_set_object (value, self->basemap);
      break;
    case PROP_STYLE:
      g_value_set_enum (value, self->style);
      break;
    case PROP_SCALE_FACTOR:
      g_value_set_int (value, self->scale_factor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_offline_source_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PuenteOfflineSource *self = PUENTE_OFFLINE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_BASEMAP:
      self->basemap = g_value_dup_object (value);
      break;
    case PROP_STYLE:
      puente_offline_source_set_style (self, g_value_get_enum (value));
      break;
    case PROP_SCALE_FACTOR:
      puente_offline_source_set_scale_factor (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_offline_source_class_init (PuenteOfflineSourceClass *klass)
{
  GObjectClass          *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->constructed = puente_offline_source_constructed;
  object_class->finalize = puente_offline_source_finalize;
  object_class->get_property = puente_offline_source_get_property;
  object_class->set_property = puente_offline_source_set_property;

  source_class->fill_tile_async = puente_offline_source_fill_tile_async;
  source_class->fill_tile_finish = puente_offline_source_fill_tile_finish;

  properties[PROP_BASEMAP] =
    g_param_spec_object ("basemap", NULL, NULL,
                         PUENTE_TYPE_BASEMAP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Style and scale apply to tiles drawn from then on, and change the
   * source's id (puente-offline-STYLE-SCALE): to redraw the tiles on
   * screen, set the source on the map again. */
  properties[PROP_STYLE] =
    g_param_spec_enum ("style", NULL, NULL,
                       PUENTE_TYPE_BASEMAP_STYLE, PUENTE_BASEMAP_STYLE_LIGHT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE_FACTOR] =
    g_param_spec_int ("scale-factor", NULL, NULL,
                      1, 4, 1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
puente_offline_source_init (PuenteOfflineSource *self)
{
  self->scale_factor = 1;
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, cache_entry_free);
  g_queue_init (&self->lru);
}

PuenteOfflineSource *
puente_offline_source_new (PuenteBasemap *basemap)
{
  g_return_val_if_fail (basemap == NULL || PUENTE_IS_BASEMAP (basemap), NULL);

  return g_object_new (PUENTE_TYPE_OFFLINE_SOURCE,
                       "basemap", basemap,
                       "name", "Puente offline basemap",
                       "license", "Natural Earth (public domain)",
                       "license-uri", "https://www.naturalearthdata.com/about/terms-of-use/",
                       "min-zoom-level", PUENTE_BASEMAP_MIN_ZOOM,
                       "max-zoom-level", PUENTE_BASEMAP_MAX_ZOOM,
                       "tile-size", PUENTE_TILE_SIZE,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);
}

PuenteBasemapStyle
puente_offline_source_get_style (PuenteOfflineSource *self)
{
  g_return_val_if_fail (PUENTE_IS_OFFLINE_SOURCE (self), PUENTE_BASEMAP_STYLE_LIGHT);
  return self->style;
}

void
puente_offline_source_set_style (PuenteOfflineSource *self,
                                 PuenteBasemapStyle   style)
{
  g_return_if_fail (PUENTE_IS_OFFLINE_SOURCE (self));
  g_return_if_fail (style == PUENTE_BASEMAP_STYLE_LIGHT || style == PUENTE_BASEMAP_STYLE_DARK);

  if (self->style == style)
    return;
  self->style = style;
  update_id (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STYLE]);
}

int
puente_offline_source_get_scale_factor (PuenteOfflineSource *self)
{
  g_return_val_if_fail (PUENTE_IS_OFFLINE_SOURCE (self), 1);
  return self->scale_factor;
}

void
puente_offline_source_set_scale_factor (PuenteOfflineSource *self,
                                        int                  scale_factor)
{
  g_return_if_fail (PUENTE_IS_OFFLINE_SOURCE (self));
  g_return_if_fail (scale_factor >= 1 && scale_factor <= 4);

  if (self->scale_factor == scale_factor)
    return;
  self->scale_factor = scale_factor;
  update_id (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_FACTOR]);
}

guint
puente_offline_source_get_cached_tiles (PuenteOfflineSource *self)
{
  g_return_val_if_fail (PUENTE_IS_OFFLINE_SOURCE (self), 0);
  return g_hash_table_size (self->cache);
}

guint
puente_offline_source_get_cache_hits (PuenteOfflineSource *self)
{
  g_return_val_if_fail (PUENTE_IS_OFFLINE_SOURCE (self), 0);
  return self->cache_hits;
}
