/* puente-deck-session.c: the window's deck, and its slides taken and shown
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "puente-autosave.h"
#include "puente-deck-session.h"
#include "puente-i18n.h"
#include "puente-report.h"
#include "puente-units.h"

#define AUTOSAVE_DELAY_MS 2000
/* Thumbnails are the report's figure at this size, scaled down. */
#define LAYOUT_WIDTH 640.0

struct _PuenteDeckSession
{
  GObject          parent_instance;

  PuenteWorkspace *workspace;
  PuenteViewState *state;
  PuenteDeck      *deck;
  GFile           *file;
  gboolean         modified;
  int              current;
  char            *autosave_path;
  guint            autosave_source;
  GHashTable      *thumbnails; /* PuenteSlide * -> GdkTexture *[2] (en, es) */
};

enum {
  PROP_0,
  PROP_MODIFIED,
  PROP_CURRENT,
  PROP_FILE,
  N_PROPS
};

enum {
  CHANGED,
  REPLACE_SCENARIO,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PuenteDeckSession, puente_deck_session, G_TYPE_OBJECT)

static void
thumbs_free (GdkTexture **thumbs)
{
  g_clear_object (&thumbs[0]);
  g_clear_object (&thumbs[1]);
  g_free (thumbs);
}

static gboolean
autosave_now (gpointer data)
{
  PuenteDeckSession *self = data;
  g_autoptr(GError) error = NULL;

  self->autosave_source = 0;
  if (self->autosave_path == NULL || !self->modified)
    return G_SOURCE_REMOVE;
  if (!puente_deck_save_file (self->deck, self->autosave_path, PUENTE_FILE_WRITE_PRIVATE, &error))
    g_warning ("Could not autosave the deck: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
set_modified (PuenteDeckSession *self,
              gboolean           modified)
{
  if (!modified && self->autosave_path != NULL)
    g_unlink (self->autosave_path);
  if (modified && self->autosave_path != NULL && self->autosave_source == 0)
    self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_now, self);
  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
changed (PuenteDeckSession *self)
{
  set_modified (self, TRUE);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_current (PuenteDeckSession *self,
             int                current)
{
  if (self->current == current)
    return;
  self->current = current;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

static void
puente_deck_session_dispose (GObject *object)
{
  PuenteDeckSession *self = PUENTE_DECK_SESSION (object);

  /* Unsaved changes reach the disk before the window goes. */
  if (self->autosave_source != 0)
    {
      g_source_remove (self->autosave_source);
      autosave_now (self);
    }
  g_clear_object (&self->workspace);
  g_clear_object (&self->state);
  g_clear_object (&self->file);
  g_clear_pointer (&self->thumbnails, g_hash_table_unref);

  G_OBJECT_CLASS (puente_deck_session_parent_class)->dispose (object);
}

static void
puente_deck_session_finalize (GObject *object)
{
  PuenteDeckSession *self = PUENTE_DECK_SESSION (object);

  puente_deck_free (self->deck);
  g_free (self->autosave_path);

  G_OBJECT_CLASS (puente_deck_session_parent_class)->finalize (object);
}

static void
puente_deck_session_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PuenteDeckSession *self = PUENTE_DECK_SESSION (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_CURRENT:
      g_value_set_int (value, self->current);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_deck_session_class_init (PuenteDeckSessionClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = puente_deck_session_dispose;
  object_class->finalize = puente_deck_session_finalize;
  object_class->get_property = puente_deck_session_get_property;

  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  properties[PROP_CURRENT] = g_param_spec_int ("current", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
  signals[REPLACE_SCENARIO] = g_signal_new ("replace-scenario", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                            NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
puente_deck_session_init (PuenteDeckSession *self)
{
  self->deck = puente_deck_new ();
  self->current = -1;
  self->thumbnails = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) thumbs_free);
}

PuenteDeckSession *
puente_deck_session_new (PuenteWorkspace *workspace,
                         PuenteViewState *state)
{
  PuenteDeckSession *self = g_object_new (PUENTE_TYPE_DECK_SESSION, NULL);

  self->workspace = g_object_ref (workspace);
  self->state = g_object_ref (state);
  return self;
}

const PuenteDeck *
puente_deck_session_get_deck (PuenteDeckSession *self)
{
  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), NULL);
  return self->deck;
}

PuenteDataset *
puente_deck_session_get_dataset (PuenteDeckSession *self)
{
  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), NULL);
  return puente_workspace_get_dataset (self->workspace);
}

guint
puente_deck_session_get_n_slides (PuenteDeckSession *self)
{
  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), 0);
  return puente_deck_get_n_slides (self->deck);
}

GFile *
puente_deck_session_get_file (PuenteDeckSession *self)
{
  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), NULL);
  return self->file;
}

gboolean
puente_deck_session_get_modified (PuenteDeckSession *self)
{
  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), FALSE);
  return self->modified;
}

int
puente_deck_session_get_current (PuenteDeckSession *self)
{
  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), -1);
  return self->current;
}

static const char *
view_title (const char *view,
            PuenteLang  lang)
{
  if (g_strcmp0 (view, PUENTE_VIEW_MAP) == 0)
    return puente_gettext (lang, "Map");
  if (g_strcmp0 (view, PUENTE_VIEW_CHARTS) == 0)
    return puente_gettext (lang, "Charts");
  if (g_strcmp0 (view, PUENTE_VIEW_SUPPLY) == 0)
    return puente_gettext (lang, "Supply Chain");
  return puente_gettext (lang, "Overview");
}

PuenteSlide *
puente_deck_session_capture (PuenteDeckSession *self)
{
  PuenteSlide *slide;

  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), NULL);

  slide = puente_slide_new (puente_workspace_get_scenario (self->workspace),
                            puente_workspace_get_compare (self->workspace),
                            puente_workspace_get_year (self->workspace));
  puente_slide_view_clear (&slide->view);
  puente_view_state_to_slide_view (self->state, &slide->view);
  for (PuenteLang lang = PUENTE_LANG_EN; lang <= PUENTE_LANG_ES; lang++)
    {
      /* Translators: a new slide's title: the view's name and the year */
      g_autofree char *title = g_strdup_printf (puente_gettext (lang, "%s, %d"), view_title (slide->view.view, lang),
                                                slide->year);

      puente_slide_set_title (slide, lang, title);
    }
  return slide;
}

guint
puente_deck_session_add_current (PuenteDeckSession *self)
{
  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), 0);

  puente_deck_insert (self->deck, -1, puente_deck_session_capture (self));
  changed (self);
  return puente_deck_get_n_slides (self->deck) - 1;
}

static void
forget_thumbnails (PuenteDeckSession *self,
                   guint              index)
{
  g_hash_table_remove (self->thumbnails, puente_deck_get_slide (self->deck, index));
}

void
puente_deck_session_update (PuenteDeckSession *self,
                            guint              index)
{
  PuenteSlide *old;
  PuenteSlide *slide;

  g_return_if_fail (PUENTE_IS_DECK_SESSION (self));
  g_return_if_fail (index < puente_deck_get_n_slides (self->deck));

  old = puente_deck_get_slide (self->deck, index);
  slide = puente_deck_session_capture (self);
  for (guint l = 0; l < 2; l++)
    {
      g_free (slide->title[l]);
      slide->title[l] = g_strdup (old->title[l]);
      slide->notes[l] = g_strdup (old->notes[l]);
    }
  forget_thumbnails (self, index);
  puente_deck_replace (self->deck, index, slide);
  changed (self);
}

void
puente_deck_session_duplicate (PuenteDeckSession *self,
                               guint              index)
{
  g_return_if_fail (PUENTE_IS_DECK_SESSION (self));
  g_return_if_fail (index < puente_deck_get_n_slides (self->deck));

  puente_deck_insert (self->deck, (int) index + 1, puente_slide_copy (puente_deck_get_slide (self->deck, index)));
  changed (self);
}

void
puente_deck_session_remove (PuenteDeckSession *self,
                            guint              index)
{
  g_return_if_fail (PUENTE_IS_DECK_SESSION (self));
  g_return_if_fail (index < puente_deck_get_n_slides (self->deck));

  forget_thumbnails (self, index);
  puente_deck_remove (self->deck, index);
  if (self->current >= (int) puente_deck_get_n_slides (self->deck))
    set_current (self, (int) puente_deck_get_n_slides (self->deck) - 1);
  changed (self);
}

void
puente_deck_session_move (PuenteDeckSession *self,
                          guint              from,
                          guint              to)
{
  g_return_if_fail (PUENTE_IS_DECK_SESSION (self));

  if (from == to || from >= puente_deck_get_n_slides (self->deck) || to >= puente_deck_get_n_slides (self->deck))
    return;
  puente_deck_move (self->deck, from, to);
  changed (self);
}

void
puente_deck_session_set_texts (PuenteDeckSession *self,
                               guint              index,
                               const char        *title_en,
                               const char        *title_es,
                               const char        *notes_en,
                               const char        *notes_es)
{
  PuenteSlide *slide;

  g_return_if_fail (PUENTE_IS_DECK_SESSION (self));
  g_return_if_fail (index < puente_deck_get_n_slides (self->deck));

  slide = puente_deck_get_slide (self->deck, index);
  puente_slide_set_title (slide, PUENTE_LANG_EN, title_en);
  puente_slide_set_title (slide, PUENTE_LANG_ES, title_es);
  puente_slide_set_notes (slide, PUENTE_LANG_EN, notes_en);
  puente_slide_set_notes (slide, PUENTE_LANG_ES, notes_es);
  changed (self);
}

void
puente_deck_session_show (PuenteDeckSession *self,
                          guint              index)
{
  const PuenteSlide *slide;

  g_return_if_fail (PUENTE_IS_DECK_SESSION (self));
  g_return_if_fail (index < puente_deck_get_n_slides (self->deck));

  slide = puente_deck_get_slide (self->deck, index);
  set_current (self, (int) index);
  if (!puente_deck_scenario_equal (slide->b, puente_workspace_get_compare (self->workspace)))
    puente_workspace_set_compare_scenario (self->workspace, slide->b);
  /* A last: the window may ask first, and the view follows at once. */
  puente_view_state_apply_slide_view (self->state, &slide->view);
  if (!puente_deck_scenario_equal (slide->a, puente_workspace_get_scenario (self->workspace)))
    g_signal_emit (self, signals[REPLACE_SCENARIO], 0, slide->a);
  puente_workspace_set_year (self->workspace, slide->year);
}

gboolean
puente_deck_session_step (PuenteDeckSession *self,
                          int                step)
{
  int n;
  int next;

  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), FALSE);

  n = (int) puente_deck_get_n_slides (self->deck);
  if (n == 0)
    return FALSE;
  next = self->current < 0 ? (step > 0 ? 0 : n - 1) : self->current + step;
  if (next < 0 || next >= n)
    return FALSE;
  puente_deck_session_show (self, (guint) next);
  return TRUE;
}

gboolean
puente_deck_session_open (PuenteDeckSession *self,
                          GFile             *file,
                          GError           **error)
{
  g_autofree char *path = NULL;
  PuenteDeck      *deck;

  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, PUENTE_DECK_ERROR, PUENTE_DECK_ERROR_NOT_FOUND,
                   _ ("%s: Puente opens decks from this computer's folders only"), uri);
      return FALSE;
    }
  deck = puente_deck_load_file (path, error);
  if (deck == NULL)
    return FALSE;
  puente_deck_free (self->deck);
  self->deck = deck;
  g_hash_table_remove_all (self->thumbnails);
  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  set_current (self, -1);
  g_signal_emit (self, signals[CHANGED], 0);
  set_modified (self, FALSE);
  return TRUE;
}

gboolean
puente_deck_session_save (PuenteDeckSession *self,
                          GFile             *file,
                          GError           **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, PUENTE_DECK_ERROR, PUENTE_DECK_ERROR_WRITE,
                   _ ("%s: Puente saves decks to this computer's folders only"), uri);
      return FALSE;
    }
  if (!puente_deck_save_file (self->deck, path, PUENTE_FILE_WRITE_NONE, error))
    return FALSE;
  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  set_modified (self, FALSE);
  return TRUE;
}

void
puente_deck_session_set_autosave_path (PuenteDeckSession *self,
                                       const char        *path)
{
  g_return_if_fail (PUENTE_IS_DECK_SESSION (self));

  g_free (self->autosave_path);
  self->autosave_path = g_strdup (path);
}

guint
puente_deck_session_recover (PuenteDeckSession *self)
{
  g_autofree char *dir_path = puente_autosave_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autofree char *newest = NULL;
  gint64           newest_time = 0;
  const char      *name;
  PuenteDeck      *deck;

  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), 0);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf         info;

      if (!g_str_has_suffix (name, ".puente-deck"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      if (g_strcmp0 (path, self->autosave_path) == 0 || !puente_autosave_is_orphan (path) ||
          g_stat (path, &info) != 0 || (newest != NULL && info.st_mtime <= newest_time))
        continue;
      g_free (newest);
      newest = g_steal_pointer (&path);
      newest_time = info.st_mtime;
    }
  if (newest == NULL)
    return 0;

  deck = puente_deck_load_file (newest, NULL);
  if (deck == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *aside = puente_file_set_aside (newest, &error);

      return 0;
    }
  puente_deck_free (self->deck);
  self->deck = deck;
  g_hash_table_remove_all (self->thumbnails);
  set_current (self, -1);
  g_signal_emit (self, signals[CHANGED], 0);
  set_modified (self, TRUE);
  /* Ours on disk before the left-over goes. */
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->modified = TRUE;
  autosave_now (self);
  if (self->autosave_path != NULL && g_file_test (self->autosave_path, G_FILE_TEST_IS_REGULAR))
    g_unlink (newest);
  return puente_deck_get_n_slides (self->deck);
}

GdkTexture *
puente_deck_session_get_thumbnail (PuenteDeckSession *self,
                                   guint              index,
                                   PuenteLang         lang,
                                   int                width,
                                   int                height)
{
  const PuenteSlide *slide;
  GdkTexture       **thumbs;
  guint              l = lang == PUENTE_LANG_ES ? 1 : 0;
  cairo_surface_t   *surface;
  cairo_t           *cr;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  double   scale = width / LAYOUT_WIDTH;
  gboolean ok;

  g_return_val_if_fail (PUENTE_IS_DECK_SESSION (self), NULL);
  g_return_val_if_fail (index < puente_deck_get_n_slides (self->deck), NULL);

  slide = puente_deck_get_slide (self->deck, index);
  thumbs = g_hash_table_lookup (self->thumbnails, slide);
  if (thumbs != NULL && thumbs[l] != NULL && gdk_texture_get_width (thumbs[l]) == width)
    return thumbs[l];

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  ok = puente_report_draw_slide (puente_workspace_get_dataset (self->workspace), slide, lang,
                                 puente_units_get_current (), cr, LAYOUT_WIDTH, height / scale, &error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (!ok)
    {
      g_debug ("No thumbnail for slide %u: %s", index + 1, error->message);
      cairo_surface_destroy (surface);
      return NULL;
    }
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height);
  if (thumbs == NULL)
    {
      thumbs = g_new0 (GdkTexture *, 2);
      g_hash_table_insert (self->thumbnails, (gpointer) slide, thumbs);
    }
  g_clear_object (&thumbs[l]);
  thumbs[l] = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                      (gsize) cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return thumbs[l];
}
