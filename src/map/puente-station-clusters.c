/* puente-station-clusters.c: imported stations as points and clusters
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "puente-chart-style.h"
#include "puente-format.h"
#include "puente-geo.h"
#include "puente-i18n.h"
#include "puente-map-style.h"
#include "puente-station-clusters.h"

/* Points are kept in world pixels at this zoom (2^24 across the world). */
#define GRID_ZOOM 16
/* Stations closer than this many pixels at the zoom are grouped: 60 when
 * far out, less closer in, so that at the offline basemap's last zoom (10)
 * more of a city's stations stand apart, but discs hardly overlap. */
static double
cluster_radius (int zoom)
{
  static const double radii[] = { 52, 44, 40 };

  return zoom <= 7 ? 60 : radii[MIN (zoom, 10) - 8];
}
#define MAX_ZOOM 20
/* Station dots and cluster discs, in pixels. */
#define DOT_MIN 4.5
#define DOT_MAX 12.0
#define DISC_MIN 13.0
#define DISC_MAX 30.0

typedef struct
{
  double x, y; /* grid units */
  guint  station;
} Point;

typedef struct
{
  double x, y; /* grid units: the members' centroid */
  guint  count;
  guint  station; /* the member with the most ports */
  guint  ports[PUENTE_STATION_N_LEVELS];
} Cluster;

struct _PuenteStationClusters
{
  PuenteStations    *stations;
  gboolean           dc_fast_only;
  char              *network;
  PuenteStationsShow show;
  GArray            *points;                 /* of Point; NULL until needed */
  GArray            *clusters[MAX_ZOOM + 1]; /* of Cluster, per whole zoom */
  cairo_font_face_t *font;
  GHashTable        *sprites; /* key -> cairo_surface_t, see get_sprite () */
  double             device_scale;
};

G_DEFINE_ENUM_TYPE (PuenteStationsShow, puente_stations_show, G_DEFINE_ENUM_VALUE (PUENTE_STATIONS_SHOW_ALL, "all"), G_DEFINE_ENUM_VALUE (PUENTE_STATIONS_SHOW_OPEN, "open"), G_DEFINE_ENUM_VALUE (PUENTE_STATIONS_SHOW_PLANNED, "planned"))

PuenteStationClusters *
puente_station_clusters_new (void)
{
  PuenteStationClusters *self = g_new0 (PuenteStationClusters, 1);

  self->font = cairo_toy_font_face_create ("sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  self->device_scale = 1;
  self->sprites = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) cairo_surface_destroy);
  return self;
}

static void
invalidate (PuenteStationClusters *self)
{
  g_clear_pointer (&self->points, g_array_unref);
  for (guint z = 0; z <= MAX_ZOOM; z++)
    g_clear_pointer (&self->clusters[z], g_array_unref);
}

void
puente_station_clusters_free (PuenteStationClusters *self)
{
  if (self == NULL)
    return;
  invalidate (self);
  g_clear_pointer (&self->stations, puente_stations_unref);
  g_free (self->network);
  cairo_font_face_destroy (self->font);
  g_hash_table_unref (self->sprites);
  g_free (self);
}

void
puente_station_clusters_set_stations (PuenteStationClusters *self,
                                      PuenteStations        *stations)
{
  g_return_if_fail (self != NULL);

  if (stations != NULL)
    puente_stations_ref (stations);
  g_clear_pointer (&self->stations, puente_stations_unref);
  self->stations = stations;
  invalidate (self);
}

PuenteStations *
puente_station_clusters_get_stations (PuenteStationClusters *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->stations;
}

void
puente_station_clusters_set_filter (PuenteStationClusters      *self,
                                    const PuenteStationsFilter *filter)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (filter != NULL);

  if (self->dc_fast_only == filter->dc_fast_only && self->show == filter->show &&
      g_strcmp0 (self->network, filter->network) == 0)
    return;
  self->dc_fast_only = filter->dc_fast_only;
  self->show = filter->show;
  g_free (self->network);
  self->network = g_strdup (filter->network);
  invalidate (self);
}

static gboolean
passes (PuenteStationClusters *self,
        const PuenteStation   *s)
{
  if (self->dc_fast_only && s->ports[PUENTE_STATION_DC_FAST] == 0)
    return FALSE;
  if (self->network != NULL && g_strcmp0 (self->network, s->network) != 0)
    return FALSE;
  if (self->show == PUENTE_STATIONS_SHOW_OPEN && s->status != PUENTE_STATION_OPEN)
    return FALSE;
  if (self->show == PUENTE_STATIONS_SHOW_PLANNED && s->status != PUENTE_STATION_PLANNED)
    return FALSE;
  return TRUE;
}

static GArray *
get_points (PuenteStationClusters *self)
{
  guint n;

  if (self->points != NULL)
    return self->points;
  n = self->stations != NULL ? puente_stations_get_n_stations (self->stations) : 0;
  self->points = g_array_sized_new (FALSE, FALSE, sizeof (Point), n);
  for (guint i = 0; i < n; i++)
    {
      const PuenteStation *s = puente_stations_get_station (self->stations, i);
      Point                p = { 0, 0, i };

      if (!passes (self, s))
        continue;
      puente_geo_project (s->latitude, s->longitude, GRID_ZOOM, &p.x, &p.y);
      g_array_append_val (self->points, p);
    }
  return self->points;
}

void
puente_station_clusters_set_device_scale (PuenteStationClusters *self,
                                          double                 scale)
{
  g_return_if_fail (self != NULL);

  self->device_scale = CLAMP (scale, 1, 4);
}

guint
puente_station_clusters_get_n_shown (PuenteStationClusters *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return get_points (self)->len;
}

typedef struct
{
  gint64 key;
  guint  point;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return (x->point > y->point) - (x->point < y->point);
}

static gint64
cell_key (gint64 cx,
          gint64 cy)
{
  return (gint64) (((guint64) cx << 32) ^ ((guint64) cy & 0xffffffff));
}

/* g_int64_hash () folds the halves together, so cells (a, b) and (b, a)
 * and every pair with the same xor would share a bucket: mix the bits
 * (splitmix64's finaliser) instead. */
static guint
cell_hash (gconstpointer key)
{
  guint64 z = (guint64) * (const gint64 *) key;

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return (guint) (z ^ (z >> 31));
}

/* The stations grouped greedily at @zoom: each station not yet in a
 * cluster starts one and takes every free station within cluster_radius ()
 * pixels of it, found through a grid of cells that size whose free
 * stations are kept at the front of each cell's run, so a station is
 * looked at a few times at most. Unlike plain grid cells, this does not
 * cut a city in two where a cell's edge crosses it; and a cluster never
 * mixes the two countries. */
static GArray *
get_clusters (PuenteStationClusters *self,
              int                    zoom)
{
  GArray              *points = get_points (self);
  double               radius = ldexp (cluster_radius (zoom), GRID_ZOOM - zoom);
  g_autofree Keyed    *sorted = NULL;
  g_autofree gboolean *taken = NULL;
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  g_autoptr(GHashTable) cells = NULL;
  GArray *clusters;
  guint   n = points->len;

  g_assert (zoom >= 0 && zoom <= MAX_ZOOM);
  if (self->clusters[zoom] != NULL)
    return self->clusters[zoom];

  /* Points sorted by cell; each cell a run [start, end) of free points. */
  sorted = g_new (Keyed, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const Point *p = &g_array_index (points, Point, i);

      sorted[i].key = cell_key ((gint64) floor (p->x / radius), (gint64) floor (p->y / radius));
      sorted[i].point = i;
    }
  qsort (sorted, n, sizeof (Keyed), compare_keyed);
  cells = g_hash_table_new (cell_hash, g_int64_equal);
  taken = g_new0 (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      if (i == 0 || sorted[i].key != sorted[i - 1].key)
        {
          guint run[2] = { i, i };

          g_array_append_val (runs, run);
          g_hash_table_insert (cells, &sorted[i].key, GUINT_TO_POINTER (runs->len));
        }
      g_array_index (runs, guint, 2 * (runs->len - 1) + 1)++;
    }

  clusters = g_array_new (FALSE, TRUE, sizeof (Cluster));
  for (guint i = 0; i < n; i++)
    {
      const Point  *seed = &g_array_index (points, Point, i);
      gint64        cx = (gint64) floor (seed->x / radius), cy = (gint64) floor (seed->y / radius);
      PuenteCountry seed_country;
      Cluster       c = { 0 };

      if (taken[i])
        continue;
      seed_country = puente_stations_get_station (self->stations, seed->station)->country;
      c.station = seed->station;
      for (gint64 dy = -1; dy <= 1; dy++)
        for (gint64 dx = -1; dx <= 1; dx++)
          {
            gint64 key = cell_key (cx + dx, cy + dy);
            guint  index = GPOINTER_TO_UINT (g_hash_table_lookup (cells, &key));
            guint *run;

            if (index == 0)
              continue;
            run = &g_array_index (runs, guint, 2 * (index - 1));
            for (guint k = run[0]; k < run[1];)
              {
                const Point         *p = &g_array_index (points, Point, sorted[k].point);
                const PuenteStation *s;
                Keyed                swap;

                s = puente_stations_get_station (self->stations, p->station);
                /* Never across the border: each country's stations count
                 * on their own. */
                if (hypot (p->x - seed->x, p->y - seed->y) > radius || s->country != seed_country)
                  {
                    k++;
                    continue;
                  }
                c.x += p->x;
                c.y += p->y;
                c.count++;
                for (guint l = 0; l < PUENTE_STATION_N_LEVELS; l++)
                  c.ports[l] += s->ports[l];
                if (puente_station_get_n_ports (s) >
                    puente_station_get_n_ports (puente_stations_get_station (self->stations, c.station)))
                  c.station = p->station;
                /* Taken: out of the free run. */
                taken[sorted[k].point] = TRUE;
                swap = sorted[k];
                sorted[k] = sorted[run[1] - 1];
                sorted[run[1] - 1] = swap;
                run[1]--;
              }
          }
      c.x /= c.count;
      c.y /= c.count;
      g_array_append_val (clusters, c);
    }
  self->clusters[zoom] = clusters;
  return clusters;
}

static int
zoom_of (const PuenteMapFrame *frame)
{
  return CLAMP ((int) lround (frame->zoom), 0, MAX_ZOOM);
}

/* ---- symbols ------------------------------------------------------------- */

static double
dot_radius (const PuenteStation *s)
{
  return CLAMP (3.4 + 1.7 * sqrt ((double) puente_station_get_n_ports (s)), DOT_MIN, DOT_MAX);
}

static double
disc_radius (guint count)
{
  return CLAMP (DISC_MIN + 4.5 * log10 ((double) count), DISC_MIN, DISC_MAX);
}

static double
radius_of (PuenteStationClusters *self,
           const Cluster         *c)
{
  if (c->count == 1)
    return dot_radius (puente_stations_get_station (self->stations, c->station));
  return disc_radius (c->count);
}

static PuenteRgb
level_colour (const PuenteChartStyle *style,
              PuenteStationLevel      level)
{
  static const int colours[PUENTE_STATION_N_LEVELS] = {
    PUENTE_COLOUR_GREEN,
    PUENTE_COLOUR_BLUE,
    PUENTE_COLOUR_VERMILLION,
  };

  return puente_chart_style_get_colour (style, colours[level]);
}

/* Where a cluster is drawn in the frame: @scale is the frame's pixels per
 * grid unit, (@left, @top) its origin. */
static void
place (const Cluster *c,
       double         scale,
       double         left,
       double         top,
       double        *x,
       double        *y)
{
  *x = c->x * scale - left;
  *y = c->y * scale - top;
}

/* "7", "842", "1.2k", "12k": short enough for a disc. */
static void
format_count (char *buf,
              gsize size,
              guint count)
{
  if (count < 1000)
    g_snprintf (buf, size, "%u", count);
  else if (count < 9950)
    g_snprintf (buf, size, "%u.%uk", (count + 50) / 1000, (count + 50) % 1000 / 100);
  else
    g_snprintf (buf, size, "%uk", (count + 500) / 1000);
}

/* A symbol in the frame. */
typedef struct
{
  const Cluster *cluster;
  double         x, y, r;
} Shown;

/* How a station's dot is drawn. */
typedef enum {
  DOT_OPEN,    /* filled */
  DOT_PLANNED, /* hollow: not there yet */
  DOT_FADED,   /* out of service, or not known to work */
  N_DOT_KINDS
} DotKind;

static DotKind
dot_kind (const PuenteStation *s)
{
  switch (s->status)
    {
    case PUENTE_STATION_OPEN:
      return DOT_OPEN;
    case PUENTE_STATION_PLANNED:
      return DOT_PLANNED;
    case PUENTE_STATION_UNAVAILABLE:
    case PUENTE_STATION_STATUS_UNKNOWN:
    default:
      return DOT_FADED;
    }
}

static void
set_rgba (cairo_t         *cr,
          const PuenteRgb *c,
          double           alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, alpha);
}

/* The dots, batched into one path per level and kind: a few fills for
 * thousands of dots. Levels go up so DC fast dots stay on top. */
static void
paint_dots (PuenteStationClusters  *self,
            cairo_t                *cr,
            const PuenteChartStyle *style,
            GArray                 *shown,
            int                     selected)
{
  PuenteRgb white = { 1, 1, 1 }, grey = { 0.4, 0.4, 0.4 };

  for (guint l = 0; l < PUENTE_STATION_N_LEVELS; l++)
    {
      PuenteRgb c = level_colour (style, l);

      for (guint kind = 0; kind < N_DOT_KINDS; kind++)
        {
          gboolean any = FALSE;

          cairo_new_path (cr);
          for (guint i = 0; i < shown->len; i++)
            {
              const Shown         *d = &g_array_index (shown, Shown, i);
              const PuenteStation *s = puente_stations_get_station (self->stations, d->cluster->station);

              if ((guint) puente_station_get_top_level (s) != l || dot_kind (s) != kind)
                continue;
              cairo_new_sub_path (cr);
              cairo_arc (cr, d->x, d->y, d->r, 0, 2 * G_PI);
              any = TRUE;
            }
          if (!any)
            continue;
          switch (kind)
            {
            case DOT_OPEN:
              set_rgba (cr, &c, 1);
              cairo_fill_preserve (cr);
              set_rgba (cr, &white, style->dark ? 0.5 : 0.9);
              cairo_set_line_width (cr, 1.0);
              cairo_stroke (cr);
              break;
            case DOT_PLANNED:
              set_rgba (cr, &white, style->dark ? 0.2 : 0.85);
              cairo_fill_preserve (cr);
              set_rgba (cr, &c, 1);
              cairo_set_line_width (cr, 2.0);
              cairo_stroke (cr);
              break;
            case DOT_FADED:
            default:
              set_rgba (cr, &c, 0.45);
              cairo_fill_preserve (cr);
              set_rgba (cr, &grey, 0.9);
              cairo_set_line_width (cr, 1.0);
              cairo_stroke (cr);
              break;
            }
        }
    }

  for (guint i = 0; i < shown->len; i++)
    {
      const Shown *d = &g_array_index (shown, Shown, i);
      double       v = style->dark ? 1 : 0;

      if ((int) d->cluster->station != selected)
        continue;
      cairo_new_path (cr);
      cairo_arc (cr, d->x, d->y, d->r + 3, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, v, v, v);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
}

/* Parts of the ring, in 48ths of a turn: DC fast, level 2, level 1. */
#define RING_STEPS 48

static void
ring_steps (const Cluster *c,
            guint          steps[PUENTE_STATION_N_LEVELS])
{
  guint total = c->ports[0] + c->ports[1] + c->ports[2];

  steps[PUENTE_STATION_DC_FAST] = total > 0 ? (guint) lround ((double) RING_STEPS * c->ports[2] / total) : 0;
  steps[PUENTE_STATION_LEVEL_2] = total > 0 ? (guint) lround ((double) RING_STEPS * (c->ports[2] + c->ports[1]) / total) - steps[PUENTE_STATION_DC_FAST] : 0;
  steps[PUENTE_STATION_LEVEL_1] = total > 0 ? RING_STEPS - steps[PUENTE_STATION_DC_FAST] - steps[PUENTE_STATION_LEVEL_2] : 0;
}

/* A disc at (@x, @y): a halo, the ring in sectors from twelve o'clock
 * (DC fast, level 2, level 1; grey without ports), the middle, the count. */
static void
draw_disc (PuenteStationClusters  *self,
           cairo_t                *cr,
           const PuenteChartStyle *style,
           const char             *text,
           const guint            *steps,
           double                  x,
           double                  y,
           double                  r)
{
  double               v = style->dark ? 0 : 1, from = -G_PI / 2;
  cairo_text_extents_t extents;

  cairo_new_path (cr);
  cairo_arc (cr, x, y, r + 1.5, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, v, v, v, 0.85);
  cairo_fill (cr);
  if (steps[0] + steps[1] + steps[2] == 0)
    {
      cairo_new_path (cr);
      cairo_arc (cr, x, y, r - 2.5, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_set_line_width (cr, 5);
      cairo_stroke (cr);
    }
  for (int l = PUENTE_STATION_DC_FAST; l >= 0; l--)
    {
      double    sweep = 2 * G_PI * steps[l] / RING_STEPS;
      PuenteRgb c;

      if (steps[l] == 0)
        continue;
      c = level_colour (style, l);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, r, from, from + sweep);
      cairo_arc_negative (cr, x, y, r - 5, from + sweep, from);
      cairo_close_path (cr);
      set_rgba (cr, &c, 1);
      cairo_fill (cr);
      from += sweep;
    }
  cairo_new_path (cr);
  cairo_arc (cr, x, y, r - 5, 0, 2 * G_PI);
  if (style->dark)
    cairo_set_source_rgb (cr, 0.17, 0.17, 0.17);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  cairo_set_font_face (cr, self->font);
  cairo_set_font_size (cr, 13.5);
  cairo_text_extents (cr, text, &extents);
  cairo_move_to (cr, x - extents.x_bearing - extents.width / 2, y - extents.y_bearing - extents.height / 2);
  if (style->dark)
    cairo_set_source_rgb (cr, 0.95, 0.95, 0.95);
  else
    cairo_set_source_rgb (cr, 0.13, 0.13, 0.15);
  cairo_show_text (cr, text);
}

/* Discs are drawn once into small images and then copied: panning shows
 * the same discs frame after frame, and a copy costs a few microseconds
 * where drawing costs a hundred. The cache is emptied when it grows past
 * MAX_SPRITES (about 14 MB). */
#define MAX_SPRITES 1024

static cairo_surface_t *
get_sprite (PuenteStationClusters  *self,
            cairo_t                *cr,
            const PuenteChartStyle *style,
            const Cluster          *c,
            double                  r,
            double                  device_scale)
{
  guint            steps[PUENTE_STATION_N_LEVELS];
  char             text[16], key[64];
  cairo_surface_t *sprite;
  int              half = (int) ceil (r + 2), size = (int) ceil (2 * half * device_scale);
  cairo_t         *sprite_cr;

  format_count (text, sizeof text, c->count);
  ring_steps (c, steps);
  g_snprintf (key, sizeof key, "%s|%d|%u|%u|%u|%d|%g", text, (int) lround (r * 4), steps[0], steps[1], steps[2],
              style->dark, device_scale);
  sprite = g_hash_table_lookup (self->sprites, key);
  if (sprite != NULL)
    return sprite;
  if (g_hash_table_size (self->sprites) >= MAX_SPRITES)
    g_hash_table_remove_all (self->sprites);

  sprite = cairo_surface_create_similar_image (cairo_get_target (cr), CAIRO_FORMAT_ARGB32, size, size);
  cairo_surface_set_device_scale (sprite, device_scale, device_scale);
  sprite_cr = cairo_create (sprite);
  draw_disc (self, sprite_cr, style, text, steps, half, half, r);
  cairo_destroy (sprite_cr);
  g_hash_table_insert (self->sprites, g_strdup (key), sprite);
  return sprite;
}

/* Larger clusters over smaller ones, so their counts stay legible. */
static int
compare_shown (gconstpointer a,
               gconstpointer b)
{
  const Shown *x = a, *y = b;

  return (x->cluster->count > y->cluster->count) - (x->cluster->count < y->cluster->count);
}

static void
paint_discs (PuenteStationClusters  *self,
             cairo_t                *cr,
             const PuenteChartStyle *style,
             GArray                 *shown)
{
  double sx = 1, sy = 1;

  /* GTK records the layer's drawing at scale 1 and replays it at the
   * display's scale: draw the discs for the larger of the two. */
  cairo_surface_get_device_scale (cairo_get_target (cr), &sx, &sy);
  sx = sy = MAX (MAX (sx, sy), self->device_scale);
  g_array_sort (shown, compare_shown);
  for (guint i = 0; i < shown->len; i++)
    {
      const Shown     *d = &g_array_index (shown, Shown, i);
      cairo_surface_t *sprite = get_sprite (self, cr, style, d->cluster, d->r, sx);
      double           half = ceil (d->r + 2);
      /* On whole device pixels, so the copy stays sharp. */
      double           x = round ((d->x - half) * sx) / sx, y = round ((d->y - half) * sy) / sy;

      cairo_set_source_surface (cr, sprite, x, y);
      cairo_rectangle (cr, x, y, 2 * half, 2 * half);
      cairo_fill (cr);
    }
}

void
puente_station_clusters_paint (PuenteStationClusters *self,
                               cairo_t               *cr,
                               const PuenteMapFrame  *frame,
                               PuenteBasemapStyle     style,
                               const char            *selection)
{
  PuenteChartStyle chart_style;
  g_autoptr(GArray) dots = NULL;
  g_autoptr(GArray) discs = NULL;
  GArray *clusters;
  double  left, top, scale;
  int     selected = -1;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL && frame != NULL);

  if (self->stations == NULL)
    return;
  puente_chart_style_init (&chart_style);
  chart_style.dark = style == PUENTE_BASEMAP_STYLE_DARK;
  if (selection != NULL)
    selected = puente_stations_find (self->stations, selection);
  clusters = get_clusters (self, zoom_of (frame));
  puente_map_frame_get_origin (frame, &left, &top);
  scale = exp2 (frame->zoom - GRID_ZOOM);

  dots = g_array_new (FALSE, FALSE, sizeof (Shown));
  discs = g_array_new (FALSE, FALSE, sizeof (Shown));
  for (guint i = 0; i < clusters->len; i++)
    {
      const Cluster *c = &g_array_index (clusters, Cluster, i);
      Shown          d = { c, 0, 0, 0 };

      place (c, scale, left, top, &d.x, &d.y);
      d.r = radius_of (self, c);
      if (d.x < -d.r - 3 || d.y < -d.r - 3 || d.x > frame->width + d.r + 3 || d.y > frame->height + d.r + 3)
        continue;
      g_array_append_val (c->count == 1 ? dots : discs, d);
    }

  cairo_save (cr);
  /* Stations under the clusters, so a cluster's count stays legible. */
  paint_dots (self, cr, &chart_style, dots, selected);
  paint_discs (self, cr, &chart_style, discs);
  cairo_restore (cr);
}

void
puente_station_clusters_foreach_disc (PuenteStationClusters *self,
                                      const PuenteMapFrame  *frame,
                                      PuenteStationsDiscFunc func,
                                      gpointer               user_data)
{
  GArray *clusters;
  double  left, top, scale;

  g_return_if_fail (self != NULL);
  g_return_if_fail (frame != NULL && func != NULL);

  if (self->stations == NULL)
    return;
  clusters = get_clusters (self, zoom_of (frame));
  puente_map_frame_get_origin (frame, &left, &top);
  scale = exp2 (frame->zoom - GRID_ZOOM);
  for (guint i = 0; i < clusters->len; i++)
    {
      const Cluster *c = &g_array_index (clusters, Cluster, i);
      double         x, y, r;

      if (c->count < 2)
        continue;
      place (c, scale, left, top, &x, &y);
      r = radius_of (self, c);
      if (x < -r || y < -r || x > frame->width + r || y > frame->height + r)
        continue;
      func (x, y, r, user_data);
    }
}

/* ---- picking ------------------------------------------------------------- */

static void
fill_pick (PuenteStationClusters *self,
           const Cluster         *c,
           int                    zoom,
           guint                  index,
           PuenteStationsPick    *pick)
{
  memset (pick, 0, sizeof *pick);
  pick->station = c->count == 1 ? (int) c->station : -1;
  pick->count = c->count;
  pick->country = puente_stations_get_station (self->stations, c->station)->country;
  memcpy (pick->ports, c->ports, sizeof pick->ports);
  puente_geo_unproject (c->x, c->y, GRID_ZOOM, &pick->latitude, &pick->longitude);
  /* Two zoom levels in: cells a quarter the size. */
  pick->zoom = MIN (zoom + 2, MAX_ZOOM);
  pick->cluster_zoom = zoom;
  pick->cluster = index;
}

gboolean
puente_station_clusters_pick (PuenteStationClusters *self,
                              const PuenteMapFrame  *frame,
                              double                 x,
                              double                 y,
                              PuenteStationsPick    *pick)
{
  GArray *clusters;
  double  left, top, scale;
  int     zoom, best = -1;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (frame != NULL && pick != NULL, FALSE);

  if (self->stations == NULL)
    return FALSE;
  zoom = zoom_of (frame);
  clusters = get_clusters (self, zoom);
  puente_map_frame_get_origin (frame, &left, &top);
  scale = exp2 (frame->zoom - GRID_ZOOM);
  /* Discs are drawn over dots, larger discs over smaller ones, and dots
   * level by level up to DC fast: the one on top wins. */
  for (int pass = 0; pass < 2 && best < 0; pass++)
    {
      guint best_rank = 0;

      for (guint i = 0; i < clusters->len; i++)
        {
          const Cluster *c = &g_array_index (clusters, Cluster, i);
          double         cx, cy;
          guint          rank;

          if ((c->count == 1) != (pass == 1))
            continue;
          place (c, scale, left, top, &cx, &cy);
          if (hypot (x - cx, y - cy) > MAX (radius_of (self, c), 6) + 2)
            continue;
          rank = pass == 0 ? c->count
                           : puente_station_get_top_level (puente_stations_get_station (self->stations, c->station)) + 1;
          if (best < 0 || rank >= best_rank)
            {
              best = (int) i;
              best_rank = rank;
            }
        }
    }
  if (best < 0)
    return FALSE;
  fill_pick (self, &g_array_index (clusters, Cluster, best), zoom, (guint) best, pick);
  return TRUE;
}

char *
puente_station_clusters_pick_to_id (PuenteStationClusters    *self,
                                    const PuenteStationsPick *pick)
{
  g_return_val_if_fail (self != NULL && pick != NULL, NULL);

  if (pick->station >= 0)
    return g_strdup (puente_stations_get_station (self->stations, (guint) pick->station)->id);
  return g_strdup_printf ("cluster:%d:%u", pick->cluster_zoom, pick->cluster);
}

gboolean
puente_station_clusters_pick_from_id (PuenteStationClusters *self,
                                      const char            *id,
                                      PuenteStationsPick    *pick)
{
  int zoom, index;

  g_return_val_if_fail (self != NULL && pick != NULL, FALSE);

  if (self->stations == NULL || id == NULL)
    return FALSE;
  if (sscanf (id, "cluster:%d:%d", &zoom, &index) == 2)
    {
      GArray *clusters;

      if (zoom < 0 || zoom > MAX_ZOOM || index < 0)
        return FALSE;
      clusters = get_clusters (self, zoom);
      if ((guint) index >= clusters->len)
        return FALSE;
      fill_pick (self, &g_array_index (clusters, Cluster, index), zoom, (guint) index, pick);
      return TRUE;
    }
  index = puente_stations_find (self->stations, id);
  if (index < 0)
    return FALSE;
  {
    const PuenteStation *s = puente_stations_get_station (self->stations, (guint) index);

    memset (pick, 0, sizeof *pick);
    pick->station = index;
    pick->count = 1;
    pick->country = s->country;
    memcpy (pick->ports, s->ports, sizeof pick->ports);
    pick->latitude = s->latitude;
    pick->longitude = s->longitude;
    pick->zoom = MAX_ZOOM;
    pick->cluster_zoom = -1;
  }
  return TRUE;
}

/* "4 level 2 ports, 2 DC fast ports" */
static char *
ports_text (const guint *ports,
            PuenteLang   lang)
{
  GString *out = g_string_new (NULL);

  for (int l = PUENTE_STATION_DC_FAST; l >= 0; l--)
    {
      g_autofree char *n = NULL;

      if (ports[l] == 0)
        continue;
      n = puente_format_number (lang, ports[l], 0);
      if (out->len > 0)
        g_string_append (out, ", ");
      if (l == PUENTE_STATION_DC_FAST)
        g_string_append_printf (out, puente_ngettext (lang, "%s DC fast port", "%s DC fast ports", ports[l]), n);
      else if (l == PUENTE_STATION_LEVEL_2)
        g_string_append_printf (out, puente_ngettext (lang, "%s level 2 port", "%s level 2 ports", ports[l]), n);
      else
        g_string_append_printf (out, puente_ngettext (lang, "%s level 1 port", "%s level 1 ports", ports[l]), n);
    }
  if (out->len == 0)
    g_string_append (out, puente_gettext (lang, "no ports listed"));
  return g_string_free (out, FALSE);
}

char *
puente_station_clusters_describe (PuenteStationClusters    *self,
                                  const PuenteStationsPick *pick,
                                  PuenteLang                lang)
{
  g_autofree char *ports = NULL;

  g_return_val_if_fail (self != NULL && pick != NULL, NULL);

  ports = ports_text (pick->ports, lang);
  if (pick->station < 0)
    {
      g_autofree char *count = puente_format_number (lang, pick->count, 0);

      /* Translators: tooltip of a cluster of charging stations */
      return g_strdup_printf (puente_gettext (lang, "%s stations: %s\nZoom in to see them."), count, ports);
    }
  else
    {
      const PuenteStation *s = puente_stations_get_station (self->stations, (guint) pick->station);
      GString             *out = g_string_new (s->name);

      if (s->network != NULL)
        g_string_append_printf (out, "\n%s", s->network);
      g_string_append_printf (out, "\n%s", ports);
      if (!isnan (s->max_power_kw))
        {
          g_autofree char *kw = puente_format_number (lang, s->max_power_kw, s->max_power_kw < 10 ? 1 : 0);

          /* Translators: the most powerful connector of a station */
          g_string_append_printf (out, puente_gettext (lang, ", up to %s kW"), kw);
        }
      g_string_append_printf (out, "\n%s", puente_station_status_label (s->status, lang));
      if (s->access == PUENTE_STATION_PRIVATE)
        g_string_append_printf (out, " · %s", puente_gettext (lang, "private"));
      if (s->open_date != NULL)
        /* Translators: the date a station opened */
        g_string_append_printf (out, " · %s", s->open_date);
      return g_string_free (out, FALSE);
    }
}

/* ---- legend -------------------------------------------------------------- */

double
puente_station_clusters_legend (PuenteStationClusters      *self,
                                cairo_t                    *cr,
                                const PuenteMapLegendStyle *legend,
                                double                      x,
                                double                      y,
                                double                      width,
                                PuenteLang                  lang)
{
  PuenteChartStyle chart_style;
  double           top = y, row = legend->font_size * 1.7;
  g_autofree char *sources = NULL;
  const char      *levels[PUENTE_STATION_N_LEVELS] = { puente_gettext (lang, "Level 1"), puente_gettext (lang, "Level 2"), puente_gettext (lang, "DC fast") };

  g_return_val_if_fail (self != NULL, 0);

  puente_chart_style_init (&chart_style);
  chart_style.dark = legend->style == PUENTE_BASEMAP_STYLE_DARK;
  y += puente_map_legend_text (cr, legend, puente_gettext (lang, "Charging stations (imported)"), x, y, width, TRUE, FALSE) + 2;
  if (self->stations != NULL &&
      (sources = puente_stations_describe_sources_in (self->stations,
                                                      lang == PUENTE_LANG_ES ? PUENTE_LANG_ES : PUENTE_LANG_EN)) != NULL)
    y += puente_map_legend_text (cr, legend, sources, x, y, width, FALSE, TRUE) + 4;

  /* The fastest level at a station. */
  for (guint l = 0; l < PUENTE_STATION_N_LEVELS; l++)
    {
      PuenteRgb c = level_colour (&chart_style, l);

      if (cr != NULL)
        {
          cairo_new_path (cr);
          cairo_arc (cr, x + 9, y + row / 2, 5.5, 0, 2 * G_PI);
          cairo_set_source_rgb (cr, c.r, c.g, c.b);
          cairo_fill (cr);
        }
      puente_map_legend_text (cr, legend, levels[l], x + 24, y + 2, width - 24, FALSE, FALSE);
      y += row;
    }
  if (cr != NULL)
    {
      PuenteRgb c = level_colour (&chart_style, PUENTE_STATION_LEVEL_2);

      cairo_new_path (cr);
      cairo_arc (cr, x + 9, y + row / 2, 5, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, c.r, c.g, c.b);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }
  puente_map_legend_text (cr, legend, puente_gettext (lang, "Planned"), x + 24, y + 2, width - 24, FALSE, FALSE);
  y += row;
  y += puente_map_legend_text (cr, legend, puente_gettext (lang, "Dot size: ports at the station. A disc groups nearby stations: their number, and a ring split by their ports per level."),
                               x, y + 2, width, FALSE, TRUE) +
    2;
  return y - top;
}
