/* test-map-labels.c: the map's names, as a room reads them
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display needed (suite 'data'). The default map — the layers the
 * window opens with, the US and Mexico fitted as it opens — at 1920 × 1080
 * and 1366 × 768, in English and Spanish: no name overlaps another or any
 * symbol of the layers shown, and every state whose name (or at least its
 * abbreviation) fits inside it, clear of the symbols, is named. Then: a
 * state's name moves off its own charging ring, names keep their places
 * while the map pans, closer zooms name the places, and the names are
 * drawn with a halo in a colour that stands out from the state's fill.
 */
#include "config.h"

#include <math.h>

#include "map-test-util.h"
#include "puente-i18n.h"
#include "puente-map-export.h"
#include "puente-map-labels.h"
#include "puente-place-index.h"
#include "puente-states-painter.h"

/* The window's layers as it opens (the "map-layers" key's default). */
static const char * const default_layers[] = { "states", "charging", "ports", "transit" };

typedef struct
{
  PuenteDataset    *dataset;
  PuenteBasemap    *basemap;
  PuenteResults    *results;
  PuenteMapContext *context;
  GPtrArray        *painters;
  PuenteMapLabels  *labels;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dataset = puente_dataset_load_default (&error);
  g_assert_no_error (error);
  f->basemap = puente_basemap_dup_default (&error);
  g_assert_no_error (error);
  f->results = map_test_run_preset (f->dataset, "baseline");
  f->context = puente_map_context_new (f->dataset, f->basemap);
  puente_map_context_set_results (f->context, f->results, NULL);
  puente_map_context_set_year (f->context, 2030);
  f->painters = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (default_layers); i++)
    g_ptr_array_add (f->painters, puente_map_painter_new_for_id (default_layers[i], f->context));
  f->labels = puente_map_labels_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->labels, puente_map_labels_free);
  g_clear_pointer (&f->painters, g_ptr_array_unref);
  g_clear_object (&f->context);
  g_clear_pointer (&f->results, puente_results_free);
  g_clear_object (&f->basemap);
  g_clear_pointer (&f->dataset, puente_dataset_unref);
}

static GArray *
get_boxes (Fixture              *f,
           const PuenteMapFrame *frame)
{
  return puente_map_labels_get_boxes (f->labels, f->context, (PuenteMapPainter **) f->painters->pdata,
                                      f->painters->len, frame);
}

/* The map as it opens: the US and Mexico fitted in quarter zoom steps. */
static void
opened_frame (PuenteMapFrame *frame,
              double          width,
              double          height)
{
  puente_map_frame_fit (frame, PUENTE_MAP_HOME_WEST, PUENTE_MAP_HOME_SOUTH, PUENTE_MAP_HOME_EAST,
                        PUENTE_MAP_HOME_NORTH, width, height);
  frame->zoom = floor (frame->zoom * 4) / 4;
}

static gboolean
boxes_overlap (const PuenteMapLabelBox *a,
               const PuenteMapLabelBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
box_hits_obstacle (double                   x0,
                   double                   y0,
                   double                   x1,
                   double                   y1,
                   const PuenteMapObstacle *o)
{
  double nx, ny;

  if (o->square)
    return x0 < o->x + o->radius && o->x - o->radius < x1 && y0 < o->y + o->radius && o->y - o->radius < y1;
  nx = CLAMP (o->x, x0, x1);
  ny = CLAMP (o->y, y0, y1);
  return (nx - o->x) * (nx - o->x) + (ny - o->y) * (ny - o->y) < o->radius * o->radius;
}

static const PuenteMapLabelBox *
find_box (GArray     *boxes,
          const char *id)
{
  for (guint i = 0; i < boxes->len; i++)
    if (g_str_equal (g_array_index (boxes, PuenteMapLabelBox, i).id, id))
      return &g_array_index (boxes, PuenteMapLabelBox, i);
  return NULL;
}

/* Whether a @w x @h box fits anywhere inside @feature in @frame, off every
 * obstacle: 15 points of it, 2 pixels in from its edges, all in the state;
 * tried every 2 pixels over the state's box in view. */
static gboolean
fits_somewhere (Fixture                    *f,
                const PuenteBasemapFeature *feature,
                const PuenteMapFrame       *frame,
                GArray                     *obstacles,
                double                      w,
                double                      h)
{
  double west, south, east, north, x0, y0, x1, y1;

  puente_basemap_feature_get_bbox (feature, &west, &south, &east, &north);
  puente_map_frame_project (frame, north, MAX (west, -179), &x0, &y0);
  puente_map_frame_project (frame, south, MIN (east, -50), &x1, &y1);
  x0 = MAX (x0, 0);
  y0 = MAX (y0, 0);
  x1 = MIN (x1, frame->width);
  y1 = MIN (y1, frame->height);
  for (double y = y0; y + h <= y1; y += 2)
    for (double x = x0; x + w <= x1; x += 2)
      {
        gboolean inside = TRUE, clear = TRUE;

        for (guint o = 0; o < obstacles->len && clear; o++)
          clear = !box_hits_obstacle (x - 2, y - 2, x + w + 2, y + h + 2,
                                      &g_array_index (obstacles, PuenteMapObstacle, o));
        for (int j = 0; j < 3 && inside && clear; j++)
          for (int i = 0; i < 5 && inside; i++)
            {
              double lat, lon;

              puente_map_frame_unproject (frame, x - 2 + (w + 4) * i / 4.0, y - 2 + (h + 4) * j / 2.0, &lat, &lon);
              inside = puente_basemap_find_at (f->basemap, lat, lon, PUENTE_BASEMAP_FEATURE_STATE) == feature;
            }
        if (inside && clear)
          return TRUE;
      }
  return FALSE;
}

static void
check_frame (Fixture              *f,
             const PuenteMapFrame *frame_in,
             PuenteLang            lang,
             guint                 min_mexican)
{
  g_autoptr(GArray) boxes = NULL;
  g_auto(PuenteMapMarks) marks = { 0 };
  PuenteMapFrame frame;
  guint named_states = 0, named_in_view = 0, abbreviated = 0, states_in_view = 0, mexican = 0;
  g_autoptr(GString) missing = g_string_new (NULL);

  puente_map_context_set_language (f->context, lang);
  frame = *frame_in;
  boxes = get_boxes (f, &frame);
  puente_map_marks_init (&marks);
  for (guint i = 0; i < f->painters->len; i++)
    puente_map_painter_collect_marks (g_ptr_array_index (f->painters, i), &frame, &marks);
  g_assert_cmpuint (marks.obstacles->len, >, 100);

  /* No name over another, nor over a symbol. */
  for (guint i = 0; i < boxes->len; i++)
    {
      const PuenteMapLabelBox *a = &g_array_index (boxes, PuenteMapLabelBox, i);

      for (guint j = i + 1; j < boxes->len; j++)
        if (boxes_overlap (a, &g_array_index (boxes, PuenteMapLabelBox, j)))
          g_error ("“%s” overlaps “%s”", a->text, g_array_index (boxes, PuenteMapLabelBox, j).text);
      for (guint o = 0; o < marks.obstacles->len; o++)
        if (box_hits_obstacle (a->x, a->y, a->x + a->width, a->y + a->height,
                               &g_array_index (marks.obstacles, PuenteMapObstacle, o)))
          g_error ("“%s” lies over a symbol at (%.0f, %.0f)", a->text,
                   g_array_index (marks.obstacles, PuenteMapObstacle, o).x,
                   g_array_index (marks.obstacles, PuenteMapObstacle, o).y);
      if (a->kind == PUENTE_MAP_LABEL_STATE)
        {
          named_states++;
          abbreviated += a->abbreviated;
          mexican += g_str_has_prefix (a->id, "MX-");
        }
    }

  /* Every state whose name fits is named. */
  for (guint i = 0; i < puente_basemap_get_n_features (f->basemap); i++)
    {
      const PuenteBasemapFeature *feature = puente_basemap_get_feature (f->basemap, i);
      const char *id = puente_basemap_feature_get_id (feature);
      const char *abbr;
      double lat, lon, x, y, w, h;

      if (puente_basemap_feature_get_kind (feature) != PUENTE_BASEMAP_FEATURE_STATE)
        continue;
      puente_basemap_feature_get_label_point (feature, &lat, &lon);
      puente_map_frame_project (&frame, lat, lon, &x, &y);
      if (x < 0 || y < 0 || x > frame.width || y > frame.height)
        continue;
      states_in_view++;
      if (find_box (boxes, id) != NULL)
        {
          named_in_view++;
          continue;
        }
      abbr = puente_state_get_abbreviation (id, lang);
      puente_map_labels_measure (f->labels, PUENTE_MAP_LABEL_STATE, abbr, frame.zoom, &w, &h);
      if (fits_somewhere (f, feature, &frame, marks.obstacles, w, h))
        g_string_append_printf (missing, " %s (%s)", id, abbr);
      else
        g_test_message ("%s: “%s” (%.0f × %.0f) does not fit in it", id, abbr, w, h);
    }
  g_test_message ("%.0f × %.0f, zoom %.2f, %s: %u of %u states in view named (%u states' names: %u abbreviated, "
                  "%u Mexican), %u names in all", frame.width, frame.height, frame.zoom, puente_lang_to_string (lang),
                  named_in_view, states_in_view, named_states, abbreviated, mexican, boxes->len);
  if (missing->len > 0)
    g_error ("names that fit but are not there:%s", missing->str);
  /* The Mexican states are named (at 1920 × 1080 most were not). */
  g_assert_cmpuint (mexican, >=, min_mexican);
}

static void
test_default_map (Fixture       *f,
                  gconstpointer  data)
{
  PuenteMapFrame frame;

  for (PuenteLang lang = PUENTE_LANG_EN; lang <= PUENTE_LANG_ES; lang++)
    {
      opened_frame (&frame, 1920, 1080);
      check_frame (f, &frame, lang, 32);
      opened_frame (&frame, 1366, 768);
      check_frame (f, &frame, lang, 32);
    }
}

/* The maps of exports: one, and A | B, at a slide's and a laptop's size. */
static void
test_export_maps (Fixture       *f,
                  gconstpointer  data)
{
  const char *layers[G_N_ELEMENTS (default_layers) + 1] = { NULL };
  PuenteMapDocument doc;
  PuenteMapFrame frames[2];
  double x[2], y[2];
  static const double sizes[][2] = { { 1920, 1080 }, { 1366, 768 } };

  for (guint i = 0; i < G_N_ELEMENTS (default_layers); i++)
    layers[i] = default_layers[i];
  puente_map_document_init (&doc, f->dataset, NULL, f->results);
  doc.b_results = f->results;
  doc.layers = layers;
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (PuenteMapExportMode mode = PUENTE_MAP_EXPORT_SINGLE; mode <= PUENTE_MAP_EXPORT_SPLIT; mode++)
      {
        guint n;

        doc.mode = mode;
        n = puente_map_document_layout (&doc, sizes[s][0], sizes[s][1], frames, x, y);
        g_assert_cmpuint (n, ==, mode == PUENTE_MAP_EXPORT_SPLIT ? 2 : 1);
        /* Both of A | B show the same view. */
        if (n == 2)
          {
            g_assert_cmpfloat (frames[0].zoom, ==, frames[1].zoom);
            g_assert_cmpfloat (frames[0].width, ==, frames[1].width);
          }
        check_frame (f, &frames[0], PUENTE_LANG_EN, n == 2 ? 26 : 30);
      }
}

/* Wyoming's name is not where its charging ring is; Nuevo León's not
 * under Monterrey's disc, zoomed to Texas and Nuevo León on a laptop. */
static void
test_names_leave_symbols (Fixture       *f,
                          gconstpointer  data)
{
  PuenteMapFrame frame;
  g_autoptr(GArray) boxes = NULL;
  g_autoptr(GArray) close = NULL;
  const PuenteMapLabelBox *wy, *nl;
  double lat, lon, x, y;

  opened_frame (&frame, 1920, 1080);
  boxes = get_boxes (f, &frame);
  wy = find_box (boxes, "US-WY");
  g_assert_nonnull (wy);
  g_assert_false (wy->abbreviated);
  puente_basemap_feature_get_label_point (puente_basemap_lookup (f->basemap, "US-WY"), &lat, &lon);
  puente_map_frame_project (&frame, lat, lon, &x, &y);
  /* The ring is at the label point: the name is above or below it. */
  g_assert_false (x > wy->x && x < wy->x + wy->width && y > wy->y && y < wy->y + wy->height);

  /* Texas and Nuevo León at 1366 × 768. */
  puente_map_frame_fit (&frame, -106.7, 23.0, -93.5, 36.6, 1366, 768);
  close = get_boxes (f, &frame);
  nl = find_box (close, "MX-NLE");
  g_assert_nonnull (nl);
  g_assert_false (nl->abbreviated);
  g_assert_cmpstr (nl->text, ==, "Nuevo León");
  g_assert_nonnull (find_box (close, "MX-COA"));
  g_assert_nonnull (find_box (close, "US-TX"));
  /* Zoomed in, the cities and ports have names too. */
  g_assert_nonnull (find_box (close, "mx-mty"));
}

/* Names follow the map's language: New Mexico is Nuevo México in Spanish,
 * and Nuevo León keeps its accent in both. */
static void
test_language (Fixture       *f,
               gconstpointer  data)
{
  PuenteMapFrame frame;
  g_autoptr(GArray) en = NULL;
  g_autoptr(GArray) es = NULL;

  puente_map_frame_fit (&frame, -109.5, 25.0, -97.0, 37.5, 1366, 768);
  en = get_boxes (f, &frame);
  g_assert_cmpstr (find_box (en, "US-NM")->text, ==, "New Mexico");
  g_assert_cmpstr (find_box (en, "MX-NLE")->text, ==, "Nuevo León");
  puente_map_context_set_language (f->context, PUENTE_LANG_ES);
  es = get_boxes (f, &frame);
  g_assert_cmpstr (find_box (es, "US-NM")->text, ==, "Nuevo México");
  g_assert_cmpstr (find_box (es, "MX-NLE")->text, ==, "Nuevo León");
}

/* A placement is kept while the map pans: names stay where they are. */
static void
test_stable_when_panning (Fixture       *f,
                          gconstpointer  data)
{
  PuenteMapFrame frame, moved;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  double left, top, left2, top2;
  guint placements, reuses, kept = 0;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  opened_frame (&frame, 1366, 768);
  before = get_boxes (f, &frame);
  moved = frame;
  puente_map_frame_unproject (&frame, frame.width / 2 + 150, frame.height / 2 + 60, &moved.latitude,
                              &moved.longitude);
  after = get_boxes (f, &moved);
  puente_map_labels_get_stats (f->labels, &placements, &reuses);
  g_assert_cmpuint (placements, ==, 1);
  g_assert_cmpuint (reuses, ==, 1);
  puente_map_frame_get_origin (&frame, &left, &top);
  puente_map_frame_get_origin (&moved, &left2, &top2);
  for (guint i = 0; i < before->len; i++)
    {
      const PuenteMapLabelBox *a = &g_array_index (before, PuenteMapLabelBox, i);
      const PuenteMapLabelBox *b = find_box (after, a->id);

      if (b == NULL)
        continue;
      g_assert_cmpfloat_with_epsilon (a->x + left, b->x + left2, 1e-6);
      g_assert_cmpfloat_with_epsilon (a->y + top, b->y + top2, 1e-6);
      kept++;
    }
  g_assert_cmpuint (kept, >, 40);

  /* Far away: a new placement, and the names still in view stay put. The
   * boxes' texts are the placement's: keep copies of the old ones. */
  for (guint i = 0; i < before->len; i++)
    {
      PuenteMapLabelBox *a = &g_array_index (before, PuenteMapLabelBox, i);

      g_hash_table_add (ids, (gpointer) (a->id = g_strdup (a->id)));
    }
  puente_map_frame_unproject (&frame, frame.width * 1.2, frame.height / 2, &moved.latitude, &moved.longitude);
  g_clear_pointer (&after, g_array_unref);
  after = get_boxes (f, &moved);
  puente_map_labels_get_stats (f->labels, &placements, &reuses);
  g_assert_cmpuint (placements, ==, 2);
  puente_map_frame_get_origin (&moved, &left2, &top2);
  kept = 0;
  for (guint i = 0; i < before->len; i++)
    {
      const PuenteMapLabelBox *a = &g_array_index (before, PuenteMapLabelBox, i);
      const PuenteMapLabelBox *b = find_box (after, a->id);

      if (b != NULL && fabs (a->x + left - b->x - left2) < 1e-6 && fabs (a->y + top - b->y - top2) < 1e-6)
        kept++;
    }
  g_test_message ("%u names kept their place after a new placement", kept);
  g_assert_cmpuint (kept, >, 10);
}

/* Light text with a dark halo on dark fills, dark text on light ones; the
 * names are drawn over the whole view. */
static void
test_halo_contrast (Fixture       *f,
                    gconstpointer  data)
{
  PuenteMapFrame frame;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GArray) boxes = NULL;
  guint checked = 0;

  opened_frame (&frame, 1920, 1080);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) frame.width, (int) frame.height);
  cr = cairo_create (surface);
  for (guint i = 0; i < f->painters->len; i++)
    puente_map_painter_draw (g_ptr_array_index (f->painters, i), cr, &frame);
  puente_map_labels_draw (f->labels, f->context, (PuenteMapPainter **) f->painters->pdata, f->painters->len, cr,
                          &frame);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  boxes = get_boxes (f, &frame);

  for (guint i = 0; i < boxes->len; i++)
    {
      const PuenteMapLabelBox *b = &g_array_index (boxes, PuenteMapLabelBox, i);
      PuenteRgb fill;
      const guint8 *pixels = cairo_image_surface_get_data (surface);
      int stride = cairo_image_surface_get_stride (surface);
      double darkest = 1, lightest = 0, fill_l;

      if (b->kind != PUENTE_MAP_LABEL_STATE
          || !puente_states_painter_get_fill (g_ptr_array_index (f->painters, 0), b->id, &fill))
        continue;
      fill_l = 0.2126 * fill.r + 0.7152 * fill.g + 0.0722 * fill.b;
      for (int y = (int) b->y; y < (int) (b->y + b->height); y++)
        for (int x = (int) b->x; x < (int) (b->x + b->width); x++)
          {
            const guint8 *p = pixels + y * stride + x * 4;
            double l = (0.2126 * p[2] + 0.7152 * p[1] + 0.0722 * p[0]) / 255;

            darkest = MIN (darkest, l);
            lightest = MAX (lightest, l);
          }
      /* The text and its halo: one far lighter than the fill, one far
       * darker, whatever the fill. */
      if (lightest - fill_l < 0.3 && fill_l - darkest < 0.3)
        g_error ("%s: no contrast in its name (fill %.2f, text %.2f to %.2f)", b->id, fill_l, darkest, lightest);
      g_assert_cmpfloat (lightest - darkest, >, 0.6);
      checked++;
    }
  g_assert_cmpuint (checked, >, 60);
  cairo_surface_destroy (surface);
}

/* Present mode's larger names take more room: fewer fit, none overlap. */
static void
test_scale (Fixture       *f,
            gconstpointer  data)
{
  PuenteMapFrame frame;
  g_autoptr(GArray) normal = NULL;
  g_autoptr(GArray) large = NULL;
  const PuenteMapLabelBox *tx_large;
  double normal_height;

  opened_frame (&frame, 1920, 1080);
  normal = get_boxes (f, &frame);
  /* The boxes' texts are the placement's: read them before the next. */
  g_assert_nonnull (find_box (normal, "US-TX"));
  normal_height = find_box (normal, "US-TX")->height;
  puente_map_labels_set_scale (f->labels, 1.5);
  large = get_boxes (f, &frame);
  tx_large = find_box (large, "US-TX");
  g_assert_nonnull (tx_large);
  g_assert_cmpfloat (tx_large->height, >, normal_height * 1.4);
  for (guint i = 0; i < large->len; i++)
    for (guint j = i + 1; j < large->len; j++)
      g_assert_false (boxes_overlap (&g_array_index (large, PuenteMapLabelBox, i),
                                     &g_array_index (large, PuenteMapLabelBox, j)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  puente_i18n_init (NULL);

  g_test_add ("/map/labels/default-map", Fixture, NULL, fixture_set_up, test_default_map, fixture_tear_down);
  g_test_add ("/map/labels/export-maps", Fixture, NULL, fixture_set_up, test_export_maps, fixture_tear_down);
  g_test_add ("/map/labels/names-leave-symbols", Fixture, NULL, fixture_set_up, test_names_leave_symbols,
              fixture_tear_down);
  g_test_add ("/map/labels/language", Fixture, NULL, fixture_set_up, test_language, fixture_tear_down);
  g_test_add ("/map/labels/stable-when-panning", Fixture, NULL, fixture_set_up, test_stable_when_panning,
              fixture_tear_down);
  g_test_add ("/map/labels/halo-contrast", Fixture, NULL, fixture_set_up, test_halo_contrast, fixture_tear_down);
  g_test_add ("/map/labels/scale", Fixture, NULL, fixture_set_up, test_scale, fixture_tear_down);
  return g_test_run ();
}
