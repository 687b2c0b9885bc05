/* puente-map-export.c: a map for a report or a slide, drawn without a screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The picture, top to bottom: the title; the scenario (or B − A) and its
 * legal status; the map, or two maps side by side each under its
 * scenario's name and status, with the legend in a column on the right;
 * the sources and the basemap's credit. Type grows with the picture, so a
 * 1920 × 1080 slide reads from the back of a room and an A4 page reads in
 * print.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-geo.h"
#include "puente-i18n.h"
#include "puente-map-export.h"
#include "puente-map-labels.h"

#define MARGIN 24.0
#define GAP 16.0

void
puente_map_document_init (PuenteMapDocument    *doc,
                          PuenteDataset        *dataset,
                          const PuenteScenario *a,
                          const PuenteResults  *a_results)
{
  g_return_if_fail (doc != NULL);

  *doc = (PuenteMapDocument){
    .dataset = dataset,
    .a = a,
    .a_results = a_results,
    .year = a_results != NULL ? puente_results_get_first_year (a_results) : PUENTE_BASE_YEAR,
    .mode = PUENTE_MAP_EXPORT_SINGLE,
    .metric = PUENTE_STATES_METRIC_ZEV_SHARE,
    .lang = PUENTE_LANG_EN,
    .style = PUENTE_BASEMAP_STYLE_LIGHT,
    .label_scale = 1,
  };
}

/* ---- text in the document's language(s) --------------------------------- */

/* "English / Español" for both languages, when they differ. */
static char *
join_languages (char *en,
                char *es)
{
  char *text;

  if (en == NULL || es == NULL || strcmp (en, es) == 0)
    {
      g_free (es);
      return en;
    }
  text = g_strconcat (en, " / ", es, NULL);
  g_free (en);
  g_free (es);
  return text;
}

typedef char *(*TextFunc) (const PuenteMapDocument *doc,
                           PuenteLang               lang);

static char *
in_languages (const PuenteMapDocument *doc,
              TextFunc                 func)
{
  if (doc->lang == PUENTE_LANG_BOTH)
    return join_languages (func (doc, PUENTE_LANG_EN), func (doc, PUENTE_LANG_ES));
  return func (doc, doc->lang);
}

static gboolean
shows_layer (const PuenteMapDocument *doc,
             const char              *id)
{
  if (doc->layers == NULL)
    return g_str_equal (id, "states");
  return g_strv_contains ((const char *const *) doc->layers, id);
}

static gboolean
compares (const PuenteMapDocument *doc)
{
  return doc->mode != PUENTE_MAP_EXPORT_SINGLE && doc->b_results != NULL;
}

static const char *
scenario_name (const PuenteScenario *scenario,
               PuenteLang            lang)
{
  const char *name = scenario != NULL ? puente_scenario_get_name (scenario, lang) : NULL;

  if (name == NULL || *name == '\0')
    name = scenario != NULL ? puente_scenario_get_id (scenario) : NULL;
  return name != NULL ? name : "";
}

static char *
title_in (const PuenteMapDocument *doc,
          PuenteLang               lang)
{
  const char *const *ids = puente_map_painter_list_ids ();

  if (shows_layer (doc, "states"))
    /* Translators: title of an exported map: a metric and the year */
    return g_strdup_printf (puente_gettext (lang, "%s by state, %d"), puente_states_metric_get_title (doc->metric, lang),
                            doc->year);
  for (guint i = g_strv_length ((char **) ids); i-- > 0;)
    if (shows_layer (doc, ids[i]))
      {
        g_autoptr(PuenteBasemap) basemap = puente_basemap_dup_default (NULL);
        g_autoptr(PuenteMapContext) context = NULL;
        g_autoptr(PuenteMapPainter) painter = NULL;

        if (basemap == NULL)
          break;
        context = puente_map_context_new (doc->dataset, basemap);
        puente_map_context_set_language (context, lang);
        painter = puente_map_painter_new_for_id (ids[i], context);
        /* Translators: title of an exported map: a layer and the year */
        return g_strdup_printf (puente_gettext (lang, "%s, %d"), puente_map_painter_get_title (painter), doc->year);
      }
  /* Translators: title of an exported map without data layers */
  return g_strdup_printf (puente_gettext (lang, "United States and Mexico, %d"), doc->year);
}

char *
puente_map_document_get_title (const PuenteMapDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return in_languages (doc, title_in);
}

static char *
scenario_line_in (const PuenteMapDocument *doc,
                  PuenteLang               lang)
{
  const char *a = scenario_name (doc->a, lang);

  if (doc->mode == PUENTE_MAP_EXPORT_DIFFERENCE && compares (doc))
    /* Translators: subtitle of an exported map of differences */
    return g_strdup_printf (puente_gettext (lang, "Scenario B − A: %s − %s"), scenario_name (doc->b, lang), a);
  /* Translators: subtitle of an exported map; %s is a scenario name */
  return g_strdup_printf (puente_gettext (lang, "Scenario: %s"), a);
}

static char *
caption_a_in (const PuenteMapDocument *doc,
              PuenteLang               lang)
{
  /* Translators: label of the map of scenario A; %s is its name */
  return g_strdup_printf (puente_gettext (lang, "A: %s"), scenario_name (doc->a, lang));
}

static char *
caption_b_in (const PuenteMapDocument *doc,
              PuenteLang               lang)
{
  /* Translators: label of the map of scenario B; %s is its name */
  return g_strdup_printf (puente_gettext (lang, "B: %s"), scenario_name (doc->b, lang));
}

/* A scenario's legal status as of its date: the one given, or a preset's
 * own; NULL when it has none. */
static char *
status_of (const PuenteScenario *scenario,
           const char           *given,
           PuenteLang            lang)
{
  const char *en, *es;

  if (given != NULL)
    return g_strdup (given);
  if (scenario == NULL)
    return NULL;
  en = puente_scenario_get_status (scenario, PUENTE_LANG_EN);
  es = puente_scenario_get_status (scenario, PUENTE_LANG_ES);
  if (lang == PUENTE_LANG_BOTH && en != NULL && es != NULL && strcmp (en, es) != 0)
    return g_strconcat (en, "\n", es, NULL);
  return g_strdup (lang == PUENTE_LANG_ES ? es : en);
}

/* ---- the maps ----------------------------------------------------------- */

typedef struct
{
  PuenteMapContext *context;
  GPtrArray        *painters; /* available ones, bottom to top */
} MapPicture;

static void
map_picture_clear (MapPicture *picture)
{
  g_clear_pointer (&picture->painters, g_ptr_array_unref);
  g_clear_object (&picture->context);
}

static void
map_picture_init (MapPicture              *picture,
                  const PuenteMapDocument *doc,
                  PuenteBasemap           *basemap,
                  PuenteMapShow            show,
                  PuenteLang               lang)
{
  const char *const *ids = puente_map_painter_list_ids ();

  picture->context = puente_map_context_new (doc->dataset, basemap);
  puente_map_context_set_results (picture->context, doc->a_results, compares (doc) ? doc->b_results : NULL);
  puente_map_context_set_year (picture->context, doc->year);
  puente_map_context_set_style (picture->context, doc->style);
  puente_map_context_set_language (picture->context, lang);
  puente_map_context_set_show (picture->context, show);
  picture->painters = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      PuenteMapPainter *painter;

      if (!shows_layer (doc, ids[i]))
        continue;
      painter = puente_map_painter_new_for_id (ids[i], picture->context);
      if (PUENTE_IS_STATES_PAINTER (painter))
        puente_states_painter_set_metric (PUENTE_STATES_PAINTER (painter), doc->metric);
      if (PUENTE_IS_STATIONS_PAINTER (painter))
        {
          PuenteStationsPainter *stations = PUENTE_STATIONS_PAINTER (painter);

          puente_stations_painter_set_stations (stations, doc->stations);
          puente_stations_painter_set_dc_fast_only (stations, doc->stations_filter.dc_fast_only);
          puente_stations_painter_set_network (stations, doc->stations_filter.network);
          puente_stations_painter_set_show (stations, doc->stations_filter.show);
        }
      if (puente_map_painter_is_available (painter))
        g_ptr_array_add (picture->painters, painter);
      else
        g_object_unref (painter);
    }
}

/* The basemap's tiles for the frame, at the integer zoom below, scaled. */
static void
draw_basemap (PuenteBasemap        *basemap,
              cairo_t              *cr,
              const PuenteMapFrame *frame,
              PuenteBasemapStyle    style)
{
  int    zoom = CLAMP ((int) floor (frame->zoom), PUENTE_BASEMAP_MIN_ZOOM, PUENTE_BASEMAP_MAX_ZOOM);
  double scale = exp2 (frame->zoom - zoom);
  double size = PUENTE_TILE_SIZE * scale;
  double left, top, r, g, b;
  int    n = 1 << zoom;
  int    tx0, ty0, tx1, ty1;

  puente_map_frame_get_origin (frame, &left, &top);
  tx0 = (int) floor (left / size);
  ty0 = MAX (0, (int) floor (top / size));
  tx1 = (int) floor ((left + frame->width) / size);
  ty1 = MIN (n - 1, (int) floor ((top + frame->height) / size));

  puente_basemap_get_paint (style, PUENTE_BASEMAP_PAINT_WATER, &r, &g, &b);
  cairo_set_source_rgb (cr, r, g, b);
  cairo_paint (cr);
  for (int ty = ty0; ty <= ty1; ty++)
    for (int tx = tx0; tx <= tx1; tx++)
      {
        cairo_save (cr);
        cairo_translate (cr, tx * size - left, ty * size - top);
        cairo_scale (cr, scale, scale);
        puente_basemap_render_tile (basemap, cr, zoom, ((tx % n) + n) % n, ty, style);
        cairo_restore (cr);
      }
}

static void
draw_map (const MapPicture     *picture,
          PuenteBasemap        *basemap,
          double                label_scale,
          cairo_t              *cr,
          const PuenteMapFrame *frame,
          double                x,
          double                y)
{
  PuenteMapLabels   *labels = puente_map_labels_new ();
  PuenteBasemapStyle style = puente_map_context_get_style (picture->context);
  double             r, g, b;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, frame->width, frame->height);
  cairo_clip (cr);
  draw_basemap (basemap, cr, frame, style);
  for (guint i = 0; i < picture->painters->len; i++)
    puente_map_painter_draw (g_ptr_array_index (picture->painters, i), cr, frame);
  puente_map_labels_set_scale (labels, label_scale);
  puente_map_labels_draw (labels, picture->context, (PuenteMapPainter **) picture->painters->pdata,
                          picture->painters->len, cr, frame);
  cairo_restore (cr);
  puente_map_labels_free (labels);

  /* A hairline frame. */
  puente_basemap_get_paint (style, PUENTE_BASEMAP_PAINT_STATE_BORDER, &r, &g, &b);
  cairo_save (cr);
  cairo_rectangle (cr, x + 0.5, y + 0.5, frame->width - 1, frame->height - 1);
  cairo_set_source_rgb (cr, r, g, b);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* ---- layout ------------------------------------------------------------- */

typedef struct
{
  double               width, height;
  double               type_scale;
  PuenteMapLegendStyle text; /* body text */
  PuenteMapLegendStyle title;
  PuenteMapLegendStyle legend;
  double               legend_x, legend_y, legend_width, legend_column;
  /* The legend's blocks flow in this many columns: one per language on the
   * right of the maps, or across the picture under them. */
  guint                legend_columns;
  gboolean             legend_below;
  guint                n_legend_langs;
  PuenteLang           legend_langs[2];
  PuenteLang           map_lang;
  char                *title_text;
  char                *scenario_text;
  char                *status_text; /* single map, or B − A: A's (and B's) */
  char                *captions[2]; /* A | B */
  char                *statuses[2];
  char                *sources;
  double               header_height;
  double               caption_height;
  double               footer_height;
  guint                n_maps;
  PuenteMapFrame       frames[2];
  double               map_x[2], map_y[2];
} Layout;

static void
layout_clear (Layout *layout)
{
  g_free (layout->title_text);
  g_free (layout->scenario_text);
  g_free (layout->status_text);
  for (guint i = 0; i < 2; i++)
    {
      g_free (layout->captions[i]);
      g_free (layout->statuses[i]);
    }
  g_free (layout->sources);
}

static char *
sources_in (const PuenteMapDocument *doc,
            PuenteBasemap           *basemap,
            PuenteLang               lang)
{
  MapPicture picture = { 0 };
  GString   *text = g_string_new (NULL);

  map_picture_init (&picture, doc, basemap, PUENTE_MAP_SHOW_A, lang);
  for (guint i = 0; i < picture.painters->len; i++)
    {
      const char *sources = puente_map_painter_get_sources (g_ptr_array_index (picture.painters, i));

      if (sources == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, sources);
    }
  if (text->len > 0)
    g_string_append (text, ". ");
  /* Translators: credit for the map under the data: %s is its source */
  g_string_append_printf (text, puente_gettext (lang, "Basemap: %s"),
                          puente_gettext (lang, N_ ("Natural Earth (public domain)")));
  map_picture_clear (&picture);
  return g_string_free (text, FALSE);
}

char *
puente_map_document_get_sources (const PuenteMapDocument *doc,
                                 PuenteLang               lang)
{
  g_autoptr(PuenteBasemap) basemap = puente_basemap_dup_default (NULL);

  if (basemap == NULL)
    return g_strdup ("");
  return sources_in (doc, basemap, lang);
}

/* Lays the legend's blocks out (and draws them, with @cr) from (@x, @y):
 * every layer's, top layer first, for each language; in one column per
 * language, or flowing across @n_columns of @column width. Returns the
 * height. */
static double
legend_flow (const PuenteMapDocument *doc,
             PuenteBasemap           *basemap,
             const Layout            *layout,
             cairo_t                 *cr,
             double                   x,
             double                   y)
{
  double tallest = 0, row_height = 0, row_y = y;
  guint  k = 0;

  for (guint l = 0; l < layout->n_legend_langs; l++)
    {
      MapPicture picture = { 0 };
      double     column_y = y;

      map_picture_init (&picture, doc, basemap,
                        doc->mode == PUENTE_MAP_EXPORT_DIFFERENCE ? PUENTE_MAP_SHOW_DIFFERENCE : PUENTE_MAP_SHOW_A,
                        layout->legend_langs[l]);
      for (guint i = picture.painters->len; i-- > 0; k++)
        {
          PuenteMapPainter *painter = g_ptr_array_index (picture.painters, i);
          double            h;

          if (!layout->legend_below)
            {
              /* Stacked in the language's column. */
              column_y += puente_map_painter_draw_legend (painter, cr, &layout->legend,
                                                          x + l * (layout->legend_column + GAP), column_y,
                                                          layout->legend_column) +
                MARGIN * 0.75;
              tallest = MAX (tallest, column_y - y);
              continue;
            }
          /* Across, row by row. */
          if (k > 0 && k % layout->legend_columns == 0)
            {
              row_y += row_height;
              row_height = 0;
            }
          h = puente_map_painter_draw_legend (painter, cr, &layout->legend,
                                              x + (k % layout->legend_columns) * (layout->legend_column + GAP),
                                              row_y, layout->legend_column) +
            MARGIN * 0.5;
          row_height = MAX (row_height, h);
          tallest = row_y + row_height - y;
        }
      map_picture_clear (&picture);
    }
  return tallest;
}

static void
compute_layout (const PuenteMapDocument *doc,
                PuenteBasemap           *basemap,
                double                   width,
                double                   height,
                Layout                  *layout)
{
  double   inner = width - 2 * MARGIN, y, map_width, map_height;
  gboolean split = doc->mode == PUENTE_MAP_EXPORT_SPLIT && compares (doc);

  memset (layout, 0, sizeof *layout);
  layout->width = width;
  layout->height = height;
  /* Type grows with the picture: 1 at 1280 × 800. */
  layout->type_scale = CLAMP (MIN (width / 1280, height / 800), 0.75, 2.5);
  puente_map_legend_style_init (&layout->text, doc->style);
  layout->text.font_size = 13 * layout->type_scale;
  layout->title = layout->text;
  layout->title.font_size = 24 * layout->type_scale;
  layout->legend = layout->text;
  layout->legend.font_size = 12.5 * layout->type_scale;
  layout->map_lang = doc->lang == PUENTE_LANG_ES ? PUENTE_LANG_ES : PUENTE_LANG_EN;
  if (doc->lang == PUENTE_LANG_BOTH)
    {
      layout->n_legend_langs = 2;
      layout->legend_langs[0] = PUENTE_LANG_EN;
      layout->legend_langs[1] = PUENTE_LANG_ES;
    }
  else
    {
      layout->n_legend_langs = 1;
      layout->legend_langs[0] = doc->lang;
    }

  /* Header. */
  layout->title_text = puente_map_document_get_title (doc);
  y = MARGIN;
  y += puente_map_legend_text (NULL, &layout->title, layout->title_text, 0, 0, inner, TRUE, FALSE) + 4;
  if (!split)
    {
      layout->scenario_text = in_languages (doc, scenario_line_in);
      y += puente_map_legend_text (NULL, &layout->text, layout->scenario_text, 0, 0, inner, FALSE, FALSE);
      {
        g_autofree char *a = status_of (doc->a, doc->a_status, doc->lang);
        g_autofree char *b = doc->mode == PUENTE_MAP_EXPORT_DIFFERENCE && compares (doc)
          ? status_of (doc->b, doc->b_status, doc->lang)
          : NULL;

        if (a != NULL && b != NULL)
          layout->status_text = g_strdup_printf ("A: %s\nB: %s", a, b);
        else if (b != NULL)
          layout->status_text = g_strdup_printf ("B: %s", b);
        else
          layout->status_text = g_steal_pointer (&a);
      }
      y += puente_map_legend_text (NULL, &layout->text, layout->status_text, 0, 0, inner, FALSE, TRUE);
    }
  layout->header_height = y + GAP * 0.75;

  /* Footer. */
  layout->sources = sources_in (doc, basemap, layout->map_lang);
  if (doc->lang == PUENTE_LANG_BOTH)
    {
      g_autofree char *es = sources_in (doc, basemap, PUENTE_LANG_ES);

      if (strcmp (es, layout->sources) != 0)
        {
          char *both = g_strconcat (layout->sources, "\n", es, NULL);

          g_free (layout->sources);
          layout->sources = both;
        }
    }
  layout->footer_height = GAP * 0.75 + puente_map_legend_text (NULL, &layout->text, layout->sources, 0, 0, inner, FALSE, TRUE) + MARGIN;

  /* The legend's column(s) on the right; smaller type if it would not fit. */
  layout->legend_column = CLAMP (width * 0.2, 220, 340) * (0.5 + layout->type_scale * 0.5);
  layout->legend_columns = layout->n_legend_langs;
  layout->legend_width = layout->legend_column * layout->n_legend_langs + GAP * (layout->n_legend_langs - 1);
  layout->legend_x = width - MARGIN - layout->legend_width;
  layout->legend_y = layout->header_height;
  map_height = height - layout->header_height - layout->footer_height;
  map_width = layout->legend_x - GAP - MARGIN;

  /* Two maps that would stand too narrow: the legend goes under them, its
   * blocks across the picture, and the maps take the whole width. */
  if (split && (map_width - GAP) / 2 < (map_height - 40) * 1.1 && inner >= 600)
    {
      layout->legend_below = TRUE;
      layout->legend_columns = MAX (1, (guint) floor ((inner + GAP) / (layout->legend_column + GAP)));
      layout->legend_column = (inner + GAP) / layout->legend_columns - GAP;
      layout->legend_x = MARGIN;
      map_width = inner;
    }
  for (guint step = 0; step < 8; step++)
    {
      double legend = legend_flow (doc, basemap, layout, NULL, 0, 0);

      if (layout->legend_below ? legend <= map_height * 0.4 : legend <= map_height)
        {
          if (layout->legend_below)
            {
              map_height -= legend + GAP * 0.5;
              layout->legend_y = height - layout->footer_height - legend;
            }
          break;
        }
      if (layout->legend.font_size < 9)
        {
          if (layout->legend_below)
            {
              map_height -= legend + GAP * 0.5;
              layout->legend_y = height - layout->footer_height - legend;
            }
          break;
        }
      layout->legend.font_size *= 0.9;
    }

  /* The map(s). */
  if (split)
    {
      double each = (map_width - GAP) / 2;

      for (guint i = 0; i < 2; i++)
        {
          layout->captions[i] = in_languages (doc, i == 0 ? caption_a_in : caption_b_in);
          layout->statuses[i] = status_of (i == 0 ? doc->a : doc->b, i == 0 ? doc->a_status : doc->b_status,
                                           doc->lang);
        }
      for (guint i = 0; i < 2; i++)
        layout->caption_height = MAX (layout->caption_height,
                                      puente_map_legend_text (NULL, &layout->text, layout->captions[i], 0, 0, each,
                                                              TRUE, FALSE) +
                                        puente_map_legend_text (NULL, &layout->text, layout->statuses[i], 0, 0,
                                                                each, FALSE, TRUE) +
                                        6);
      layout->n_maps = 2;
      for (guint i = 0; i < 2; i++)
        {
          layout->map_x[i] = MARGIN + i * (each + GAP);
          layout->map_y[i] = layout->header_height + layout->caption_height;
          layout->frames[i].width = floor (each);
          layout->frames[i].height = floor (map_height - layout->caption_height);
        }
    }
  else
    {
      layout->n_maps = 1;
      layout->map_x[0] = MARGIN;
      layout->map_y[0] = layout->header_height;
      layout->frames[0].width = floor (map_width);
      layout->frames[0].height = floor (map_height);
    }

  for (guint i = 0; i < layout->n_maps; i++)
    {
      double w = MAX (layout->frames[i].width, 1), h = MAX (layout->frames[i].height, 1);

      if (doc->centred)
        puente_map_frame_init (&layout->frames[i], doc->latitude, doc->longitude, doc->zoom, w, h);
      else
        puente_map_frame_fit (&layout->frames[i], PUENTE_MAP_HOME_WEST, PUENTE_MAP_HOME_SOUTH, PUENTE_MAP_HOME_EAST,
                              PUENTE_MAP_HOME_NORTH, w, h);
    }
}

guint
puente_map_document_layout (const PuenteMapDocument *doc,
                            double                   width,
                            double                   height,
                            PuenteMapFrame           frames[2],
                            double                   x[2],
                            double                   y[2])
{
  g_autoptr(PuenteBasemap) basemap = NULL;
  Layout layout;
  guint  n;

  g_return_val_if_fail (doc != NULL && doc->dataset != NULL, 0);

  basemap = puente_basemap_dup_default (NULL);
  g_return_val_if_fail (basemap != NULL, 0);
  compute_layout (doc, basemap, width, height, &layout);
  n = layout.n_maps;
  for (guint i = 0; i < n; i++)
    {
      frames[i] = layout.frames[i];
      x[i] = layout.map_x[i];
      y[i] = layout.map_y[i];
    }
  layout_clear (&layout);
  return n;
}

/* ---- drawing ------------------------------------------------------------ */

void
puente_map_document_draw (const PuenteMapDocument *doc,
                          cairo_t                 *cr,
                          double                   width,
                          double                   height)
{
  g_autoptr(PuenteBasemap) basemap = NULL;
  g_autoptr(GError) error = NULL;
  Layout layout;
  double inner = width - 2 * MARGIN, y;

  g_return_if_fail (doc != NULL && doc->dataset != NULL);
  g_return_if_fail (cr != NULL);

  basemap = puente_basemap_dup_default (&error);
  if (basemap == NULL)
    {
      g_critical ("%s", error->message);
      return;
    }
  compute_layout (doc, basemap, width, height, &layout);

  cairo_save (cr);
  cairo_set_source_rgb (cr, layout.text.background.r, layout.text.background.g, layout.text.background.b);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  y = MARGIN;
  y += puente_map_legend_text (cr, &layout.title, layout.title_text, MARGIN, y, inner, TRUE, FALSE) + 4;
  y += puente_map_legend_text (cr, &layout.text, layout.scenario_text, MARGIN, y, inner, FALSE, FALSE);
  puente_map_legend_text (cr, &layout.text, layout.status_text, MARGIN, y, inner, FALSE, TRUE);

  for (guint i = 0; i < layout.n_maps; i++)
    {
      MapPicture    picture = { 0 };
      PuenteMapShow show = PUENTE_MAP_SHOW_A;

      if (layout.n_maps == 2)
        {
          double cy = layout.map_y[i] - layout.caption_height;

          cy += puente_map_legend_text (cr, &layout.text, layout.captions[i], layout.map_x[i], cy,
                                        layout.frames[i].width, TRUE, FALSE);
          puente_map_legend_text (cr, &layout.text, layout.statuses[i], layout.map_x[i], cy,
                                  layout.frames[i].width, FALSE, TRUE);
          show = i == 0 ? PUENTE_MAP_SHOW_A : PUENTE_MAP_SHOW_B;
        }
      else if (doc->mode == PUENTE_MAP_EXPORT_DIFFERENCE)
        show = PUENTE_MAP_SHOW_DIFFERENCE;
      map_picture_init (&picture, doc, basemap, show, layout.map_lang);
      draw_map (&picture, basemap, doc->label_scale * layout.type_scale, cr, &layout.frames[i],
                layout.map_x[i], layout.map_y[i]);
      map_picture_clear (&picture);
    }

  legend_flow (doc, basemap, &layout, cr, layout.legend_x, layout.legend_y);

  puente_map_legend_text (cr, &layout.text, layout.sources, MARGIN, height - layout.footer_height + GAP * 0.75,
                          inner, FALSE, TRUE);
  cairo_restore (cr);
  layout_clear (&layout);
}

static void
draw_document (cairo_t *cr,
               double   width,
               double   height,
               gpointer user_data)
{
  puente_map_document_draw (user_data, cr, width, height);
}

GBytes *
puente_map_render (const PuenteMapDocument *doc,
                   PuenteChartFormat        format,
                   const PuenteChartSize   *size,
                   GError                 **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (doc != NULL && doc->dataset != NULL, NULL);
  g_return_val_if_fail (size != NULL, NULL);

  if (format == PUENTE_CHART_FORMAT_CSV)
    {
      g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_UNKNOWN_FORMAT,
                   _ ("A map is exported as PNG, SVG or PDF, not CSV"));
      return NULL;
    }
  title = puente_map_document_get_title (doc);
  return puente_chart_render_drawing (format, size, title, draw_document, (gpointer) doc, error);
}

gboolean
puente_map_export (const PuenteMapDocument *doc,
                   PuenteChartFormat        format,
                   const PuenteChartSize   *size,
                   const char              *path,
                   GError                 **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  bytes = puente_map_render (doc, format, size, error);
  return bytes != NULL && puente_chart_write_bytes (bytes, path, error);
}
