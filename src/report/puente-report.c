/* puente-report.c: a deck printed as one PDF report
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is laid out in points (the PDF's unit). Figures are drawn by
 * the charts' and the map's own code in CSS pixels (1/96 inch), scaled by
 * 72/96 so their type prints at its nominal size (the report style's
 * smallest, 8.25 pt). Text flows line by line (flow_text ()), so notes or
 * a list of sources longer than a page continue on the next one; nothing
 * is cut or ellipsized. Each scenario is run once however many slides
 * show it.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "puente-chart-source.h"
#include "puente-chart-spec.h"
#include "puente-chart.h"
#include "puente-engine.h"
#include "puente-format.h"
#include "puente-indicators.h"
#include "puente-map-export.h"
#include "puente-report.h"
#include "puente-results.h"
#include "puente-sparkline.h"

#define MM (72.0 / 25.4)
#define PX_TO_PT (72.0 / 96.0)
#define MARGIN (16 * MM)
#define FONT "Cantarell, DejaVu Sans, sans-serif"

#define TITLE_SIZE 17.0
#define HEADING_SIZE 12.5
#define BODY_SIZE 10.0
#define SMALL_SIZE 8.5

typedef struct
{
  double r, g, b;
} Colour;

static const Colour ink = { 0.11, 0.12, 0.14 };
static const Colour muted = { 0.36, 0.38, 0.42 };
static const Colour rule = { 0.78, 0.80, 0.83 };
static const Colour card = { 0.95, 0.96, 0.97 };

typedef struct
{
  const PuenteReportOptions *options;
  cairo_surface_t           *surface;
  cairo_t                   *cr;
  PangoContext              *context;
  double                     page_width;
  double                     page_height;
  double                     y;
  guint                      page;
  GHashTable                *runs;          /* scenario text -> PuenteResults */
  GPtrArray                 *sources;       /* char *[2] (en, es), in order */
  GHashTable                *seen;          /* "en\nes" of each source */
  double                     figure_height; /* 0: by the figure's kind */
  double                     paper_width;   /* portrait */
  double                     paper_height;
  gboolean                   landscape_next; /* the next page turned */
  const char                *running_head;   /* atop a slide's next pages */
  GError                    *error;
} Report;

/* One row of a table of key figures. */
typedef struct
{
  char *label;
  char *a;
  char *b;
  char *delta;
} Row;

static void
row_free (Row *row)
{
  g_free (row->label);
  g_free (row->a);
  g_free (row->b);
  g_free (row->delta);
  g_free (row);
}

/* ---- text -------------------------------------------------------------- */

static double
text_width (const Report *r)
{
  return r->page_width - 2 * MARGIN;
}

static double
bottom (const Report *r)
{
  return r->page_height - MARGIN - 6 * MM;
}

static PangoLayout *
make_layout (Report     *r,
             const char *text,
             double      size,
             gboolean    bold,
             gboolean    italic,
             double      width)
{
  PangoLayout          *layout = pango_layout_new (r->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static void
set_colour (cairo_t      *cr,
            const Colour *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

static void
draw_layout (Report       *r,
             PangoLayout  *layout,
             double        x,
             double        y,
             const Colour *colour)
{
  cairo_save (r->cr);
  set_colour (r->cr, colour);
  cairo_move_to (r->cr, x, y);
  pango_cairo_show_layout (r->cr, layout);
  cairo_restore (r->cr);
}

static void
draw_footer (Report *r)
{
  g_autofree char *number = g_strdup_printf ("%u", r->page);
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) centre = make_layout (r, number, SMALL_SIZE, FALSE, FALSE, text_width (r));
  const char *title = puente_deck_get_title (r->options->deck, r->options->lang);

  pango_layout_set_alignment (centre, PANGO_ALIGN_CENTER);
  draw_layout (r, centre, MARGIN, r->page_height - MARGIN, &muted);
  if (*title != '\0' && r->page > 1)
    {
      left = make_layout (r, title, SMALL_SIZE, FALSE, FALSE, text_width (r) / 2 - 10 * MM);
      pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_NONE);
      draw_layout (r, left, MARGIN, r->page_height - MARGIN, &muted);
    }
}

static void
begin_page (Report *r)
{
  if (r->page > 0)
    {
      draw_footer (r);
      cairo_show_page (r->cr);
    }
  r->page++;
  r->y = MARGIN;
  if (r->surface != NULL)
    {
      r->page_width = r->landscape_next ? r->paper_height : r->paper_width;
      r->page_height = r->landscape_next ? r->paper_width : r->paper_height;
      cairo_pdf_surface_set_size (r->surface, r->page_width, r->page_height);
      r->landscape_next = FALSE;
    }
  if (r->running_head != NULL)
    {
      g_autoptr(PangoLayout) head = make_layout (r, r->running_head, SMALL_SIZE, FALSE, FALSE, text_width (r));

      draw_layout (r, head, MARGIN, r->y, &muted);
      r->y += layout_height (head) + 4;
    }
}

/* Draws @text from r->y in a column at @x, @width wide, line by line,
 * continuing on a new page where the page ends. */
static void
flow_text (Report       *r,
           const char   *text,
           double        size,
           gboolean      bold,
           gboolean      italic,
           const Colour *colour,
           double        x,
           double        width,
           double        space_after)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter;

  if (text == NULL || *text == '\0')
    return;
  layout = make_layout (r, text, size, bold, italic, width);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle   logical;
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      int              baseline = pango_layout_iter_get_baseline (iter);
      double           height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      height = (double) logical.height / PANGO_SCALE;
      if (r->y + height > bottom (r))
        begin_page (r);
      cairo_save (r->cr);
      set_colour (r->cr, colour);
      cairo_move_to (r->cr, x + (double) logical.x / PANGO_SCALE,
                     r->y + (double) (baseline - logical.y) / PANGO_SCALE);
      pango_cairo_show_layout_line (r->cr, line);
      cairo_restore (r->cr);
      r->y += height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  r->y += space_after;
}

/* A heading, on a new page unless the page has room for it and a few
 * lines after it. */
static void
heading (Report     *r,
         const char *text,
         double      size)
{
  if (r->y + 3 * size + 4 * BODY_SIZE > bottom (r))
    begin_page (r);
  flow_text (r, text, size, TRUE, FALSE, &ink, MARGIN, text_width (r), size * 0.4);
}

/* @msgid in @lang; in both languages, "English / Español". */
static char *
tr (PuenteLang  lang,
    const char *msgid)
{
  if (lang != PUENTE_LANG_BOTH)
    return g_strdup (puente_gettext (lang, msgid));
  if (g_strcmp0 (puente_gettext (PUENTE_LANG_EN, msgid), puente_gettext (PUENTE_LANG_ES, msgid)) == 0)
    return g_strdup (puente_gettext (PUENTE_LANG_EN, msgid));
  return g_strconcat (puente_gettext (PUENTE_LANG_EN, msgid), " / ", puente_gettext (PUENTE_LANG_ES, msgid), NULL);
}

/* ---- what the slides show ---------------------------------------------- */

static char *
scenario_key (const PuenteScenario *scenario)
{
  return puente_scenario_to_data (scenario, NULL);
}

static const PuenteResults *
results_for (Report               *r,
             const PuenteScenario *scenario,
             GError              **error)
{
  g_autofree char *key = scenario_key (scenario);
  PuenteResults   *results = g_hash_table_lookup (r->runs, key);

  if (results != NULL)
    return results;
  results = puente_engine_run_scenario (r->options->dataset, scenario, error);
  if (results != NULL)
    g_hash_table_insert (r->runs, g_steal_pointer (&key), results);
  return results;
}

static void
add_source (Report     *r,
            const char *en,
            const char *es)
{
  g_autofree char *key = NULL;
  char           **pair;

  if (en == NULL || *en == '\0')
    return;
  if (es == NULL || *es == '\0')
    es = en;
  key = g_strconcat (en, "\n", es, NULL);
  if (g_hash_table_contains (r->seen, key))
    return;
  g_hash_table_add (r->seen, g_steal_pointer (&key));
  pair = g_new0 (char *, 3);
  pair[0] = g_strdup (en);
  pair[1] = g_strdup (es);
  g_ptr_array_add (r->sources, pair);
}

static void
add_scenario_sources (Report               *r,
                      const PuenteScenario *scenario)
{
  const char **sources = puente_scenario_get_sources (scenario);

  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    add_source (r, sources[i], NULL);
}

static const char *
scenario_name (const PuenteScenario *scenario,
               PuenteLang            lang)
{
  const char *name = puente_scenario_get_name (scenario, lang);

  if (name == NULL || *name == '\0')
    name = puente_scenario_get_id (scenario);
  return name != NULL ? name : "";
}

/* "Name — status" in @lang (English or Spanish): the status's first
 * sentence (the cover gives it whole). */
static char *
scenario_line (const PuenteScenario *scenario,
               PuenteLang            lang)
{
  const char      *status = puente_scenario_get_status (scenario, lang);
  g_autofree char *badge = puente_scenario_dup_badge (scenario, lang);
  g_autofree char *first = NULL;
  const char      *end;

  if (status == NULL || *status == '\0')
    status = puente_gettext (lang, "a scenario of your own: no legal status");

  end = strstr (status, ". ");
  first = end != NULL ? g_strndup (status, end + 1 - status) : g_strdup (status);
  if (badge != NULL)
    return g_strdup_printf ("%s [%s] — %s", scenario_name (scenario, lang), badge, first);
  return g_strdup_printf ("%s — %s", scenario_name (scenario, lang), first);
}

static PuenteChartData *
build_chart (Report            *r,
             const PuenteSlide *slide,
             guint              index,
             GError           **error)
{
  const PuenteSlideView *view = &slide->view;
  const PuenteChartSpec *spec;
  g_autoptr(PuenteChartSource) a_source = NULL;
  g_autoptr(PuenteChartSource) b_source = NULL;
  g_autoptr(GError) local_error = NULL;
  PuenteChartOptions    options = { 0 };
  const PuenteResults  *a, *b = NULL;
  const PuenteScenario *scenarios[2] = { slide->a, slide->b };
  gboolean              supply = g_strcmp0 (view->view, "supply") == 0;
  PuenteChartData      *data;

  spec = supply              ? puente_chart_catalogue_find ("supply-sankey")
    : view->chart_id != NULL ? puente_chart_catalogue_find (view->chart_id)
                             : puente_chart_catalogue_get (0);
  if (spec == NULL)
    {
      g_set_error (error, PUENTE_DECK_ERROR, PUENTE_DECK_ERROR_INVALID,
                   _ ("slide %u: unknown chart “%s”; `puente-cli charts` lists them"), index + 1, view->chart_id);
      return NULL;
    }
  if ((a = results_for (r, slide->a, error)) == NULL)
    return NULL;
  a_source = puente_chart_source_new_for_results (a, r->options->dataset);
  if (slide->b != NULL && !(supply && g_strcmp0 (view->supply_mode, "single") == 0))
    {
      if ((b = results_for (r, slide->b, error)) == NULL)
        return NULL;
      b_source = puente_chart_source_new_for_results (b, r->options->dataset);
    }
  options.region = supply ? NULL : view->chart_region;
  options.year = slide->year;
  options.difference = b != NULL && (supply ? g_strcmp0 (view->supply_mode, "difference") == 0 : view->chart_difference);
  options.units = r->options->units;
  data = puente_chart_build (spec, a_source, b_source, &options, &local_error);
  if (data == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, _ ("slide %u: %s"), index + 1,
                   local_error->message);
      return NULL;
    }
  for (guint slot = 0; slot < 2; slot++)
    if (scenarios[slot] != NULL && (slot == 0 || b != NULL))
      {
        puente_chart_data_set_scenario (data, slot, puente_scenario_get_id (scenarios[slot]),
                                        scenario_name (scenarios[slot], PUENTE_LANG_EN),
                                        scenario_name (scenarios[slot], PUENTE_LANG_ES));
        puente_chart_data_set_scenario_status (data, slot,
                                               puente_scenario_get_status (scenarios[slot], PUENTE_LANG_EN),
                                               puente_scenario_get_status (scenarios[slot], PUENTE_LANG_ES));
      }
  add_source (r, data->sources.en, data->sources.es);
  return data;
}

static gboolean
fill_map_document (Report            *r,
                   const PuenteSlide *slide,
                   guint              index,
                   PuenteLang         lang,
                   PuenteMapDocument *doc,
                   GError           **error)
{
  const PuenteSlideView *view = &slide->view;
  const char *const     *known = puente_map_painter_list_ids ();
  const PuenteResults   *a, *b = NULL;
  PuenteStatesMetric     metric;

  if (!puente_states_metric_from_string (view->map_metric, &metric))
    {
      g_set_error (error, PUENTE_DECK_ERROR, PUENTE_DECK_ERROR_INVALID,
                   _ ("slide %u: unknown map metric “%s”"), index + 1, view->map_metric);
      return FALSE;
    }
  for (guint i = 0; view->map_layers != NULL && view->map_layers[i] != NULL; i++)
    if (!g_strv_contains (known, view->map_layers[i]))
      {
        g_set_error (error, PUENTE_DECK_ERROR, PUENTE_DECK_ERROR_INVALID,
                     _ ("slide %u: unknown map layer “%s”"), index + 1, view->map_layers[i]);
        return FALSE;
      }
  if ((a = results_for (r, slide->a, error)) == NULL)
    return FALSE;
  if (slide->b != NULL && (b = results_for (r, slide->b, error)) == NULL)
    return FALSE;

  puente_map_document_init (doc, r->options->dataset, slide->a, a);
  doc->b = slide->b;
  doc->b_results = b;
  doc->year = slide->year;
  doc->metric = metric;
  doc->layers = (const char *const *) view->map_layers;
  doc->lang = lang;
  doc->mode = b == NULL                             ? PUENTE_MAP_EXPORT_SINGLE
    : g_strcmp0 (view->map_mode, "split") == 0      ? PUENTE_MAP_EXPORT_SPLIT
    : g_strcmp0 (view->map_mode, "difference") == 0 ? PUENTE_MAP_EXPORT_DIFFERENCE
                                                    : PUENTE_MAP_EXPORT_SINGLE;
  doc->centred = !view->map_fitted && view->map_zoom > 0;
  doc->latitude = view->map_latitude;
  doc->longitude = view->map_longitude;
  doc->zoom = view->map_zoom;
  return TRUE;
}

/* Checks what a slide shows before anything is drawn, so a bad slide
 * fails the report at once. */
static gboolean
check_slide (Report            *r,
             const PuenteSlide *slide,
             guint              index,
             GError           **error)
{
  const PuenteScenario *scenarios[2] = { slide->a, slide->b };

  for (guint i = 0; i < 2; i++)
    {
      const PuenteResults *results;

      if (scenarios[i] == NULL)
        continue;
      if ((results = results_for (r, scenarios[i], error)) == NULL)
        return FALSE;
      if (slide->year > puente_results_get_last_year (results))
        {
          g_set_error (error, PUENTE_DECK_ERROR, PUENTE_DECK_ERROR_INVALID,
                       _ ("slide %u: the year %d lies past scenario %s’s horizon, %d"), index + 1, slide->year,
                       i == 0 ? "A" : "B", puente_results_get_last_year (results));
          return FALSE;
        }
    }
  if (g_strcmp0 (slide->view.view, "map") == 0)
    {
      PuenteMapDocument doc;

      return fill_map_document (r, slide, index, PUENTE_LANG_EN, &doc, error);
    }
  if (g_strcmp0 (slide->view.view, "charts") == 0 || g_strcmp0 (slide->view.view, "supply") == 0)
    {
      g_autoptr(PuenteChartData) data = build_chart (r, slide, index, error);

      return data != NULL;
    }
  return TRUE;
}

/* ---- key figures ------------------------------------------------------- */

static void
add_row (GPtrArray *rows,
         char      *label,
         char      *a,
         char      *b,
         char      *delta)
{
  Row *row = g_new0 (Row, 1);

  row->label = label;
  row->a = a;
  row->b = b;
  row->delta = delta;
  g_ptr_array_add (rows, row);
}

static char *
key_text (PuenteLang       lang,
          PuenteUnitSystem units,
          const char      *unit,
          double           value,
          gboolean         delta)
{
  const char      *unit_text = "";
  g_autofree char *number = puente_units_format (unit, units, lang == PUENTE_LANG_BOTH ? PUENTE_LANG_EN : lang,
                                                 value, delta, &unit_text);

  if (*unit_text == '\0')
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s %s", number, unit_text);
}

/* A key indicator's title in @lang, both languages joined for both. */
static char *
key_title (const PuenteKeyIndicator *key,
           const PuenteResults      *results,
           PuenteLang                lang)
{
  g_autofree char *en = NULL;
  g_autofree char *es = NULL;

  if (lang != PUENTE_LANG_BOTH)
    return puente_key_indicator_get_title (key, results, lang);
  en = puente_key_indicator_get_title (key, results, PUENTE_LANG_EN);
  es = puente_key_indicator_get_title (key, results, PUENTE_LANG_ES);
  return g_strcmp0 (en, es) == 0 ? g_steal_pointer (&en) : g_strconcat (en, " / ", es, NULL);
}

/* Rows for the key indicators whose id starts with @prefix ("" all). */
static void
key_indicator_rows (Report              *r,
                    const PuenteResults *a,
                    const PuenteResults *b,
                    const char          *prefix,
                    PuenteLang           lang,
                    GPtrArray           *rows)
{
  PuenteUnitSystem units = r->options->units;

  for (guint i = 0; i < puente_key_indicators_get_n (); i++)
    {
      const PuenteKeyIndicator *key = puente_key_indicators_get (i);
      double                    va, vb;

      if (!g_str_has_prefix (key->id, prefix))
        continue;
      va = puente_key_indicator_compute (key, a);
      vb = b != NULL ? puente_key_indicator_compute (key, b) : NAN;
      add_row (rows, key_title (key, a, lang), key_text (lang, units, key->unit, va, FALSE),
               b != NULL ? key_text (lang, units, key->unit, vb, FALSE) : NULL,
               b != NULL ? key_text (lang, units, key->unit, vb - va, TRUE) : NULL);
    }
}

static char *
chart_value (const PuenteChartData *data,
             PuenteLang             lang,
             double                 value,
             gboolean               delta)
{
  PuenteLang       l = lang == PUENTE_LANG_BOTH ? PUENTE_LANG_EN : lang;
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup ("—");
  if (data->value_kind == PUENTE_VALUE_SHARE)
    {
      if (!delta)
        return puente_format_percent (l, value, 1);
      number = puente_format_number (l, fabs (value) * 100, 1);
      return g_strdup_printf ("%s%s %s", value < 0 ? "−" : value > 0 ? "+"
                                                                     : "",
                              number, puente_gettext (l, "pp"));
    }
  number = puente_format_value (l, fabs (value));
  return g_strdup_printf ("%s%s", delta && value < 0 ? "−" : delta && value > 0 ? "+"
                            : value < 0                                         ? "−"
                                                                                : "",
                          number);
}

/* A chart's own numbers at the slide's year: each series (years), or the
 * largest categories of the first series (bars). */
static void
chart_rows (const PuenteChartData *data,
            int                    year,
            PuenteLang             lang,
            GPtrArray             *rows)
{
  gboolean has_b = data->has_b;

  if (data->categories != NULL && data->series->len > 0)
    {
      for (guint p = 0; p < MIN (data->n_points, 8); p++)
        {
          double a = puente_chart_data_get_value (data, 0, p, PUENTE_SCENARIO_A);
          double b = has_b ? puente_chart_data_get_value (data, 0, p, PUENTE_SCENARIO_B) : NAN;

          add_row (rows, puente_text_get (&data->categories[p], lang), chart_value (data, lang, a, FALSE),
                   has_b ? chart_value (data, lang, b, FALSE) : NULL,
                   has_b ? chart_value (data, lang, b - a, TRUE) : NULL);
        }
      return;
    }
  if (year < data->first_year || year >= data->first_year + (int) data->n_points)
    return;
  for (guint s = 0; s < data->series->len; s++)
    {
      const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
      guint                    p = (guint) (year - data->first_year);
      double                   a = puente_chart_data_get_value (data, s, p, PUENTE_SCENARIO_A);
      double                   b = has_b && series->values[PUENTE_SCENARIO_B] != NULL
                          ? puente_chart_data_get_value (data, s, p, PUENTE_SCENARIO_B)
                          : NAN;

      add_row (rows, puente_text_get (&series->label, lang), chart_value (data, lang, a, FALSE),
               has_b ? chart_value (data, lang, b, FALSE) : NULL,
               has_b ? chart_value (data, lang, b - a, TRUE) : NULL);
    }
}

static void
map_rows (const PuenteMapDocument *doc,
          const char              *selection,
          PuenteLang               lang,
          GPtrArray               *rows)
{
  const char *regions[] = { "US", "MX", selection, NULL };
  PuenteLang  l = lang == PUENTE_LANG_BOTH ? PUENTE_LANG_EN : lang;

  for (guint i = 0; regions[i] != NULL; i++)
    {
      int         index = puente_results_find_region (doc->a_results, regions[i]);
      double      a = puente_states_metric_get_value (doc->metric, doc->a_results, regions[i], doc->year);
      double      b = doc->b_results != NULL ? puente_states_metric_get_value (doc->metric, doc->b_results, regions[i],
                                                                               doc->year)
                                             : NAN;
      const char *name;

      if (index < 0 || (i == 2 && (g_strcmp0 (regions[i], "US") == 0 || g_strcmp0 (regions[i], "MX") == 0)))
        continue;
      name = puente_results_get_region_name (doc->a_results, (guint) index, l);
      add_row (rows, g_strdup_printf ("%s — %s", puente_states_metric_get_title (doc->metric, l), name),
               puente_states_metric_format (doc->metric, a, FALSE, l),
               doc->b_results != NULL ? puente_states_metric_format (doc->metric, b, FALSE, l) : NULL,
               doc->b_results != NULL ? puente_states_metric_format (doc->metric, b - a, TRUE, l) : NULL);
    }
}

static void
draw_table (Report    *r,
            GPtrArray *rows,
            gboolean   has_b)
{
  double      width = text_width (r);
  double      column = 30 * MM;
  double      label_width = width - (has_b ? 3 : 1) * column;
  const char *headers[] = { "A", "B", "B − A" };
  double      pad = 2.2;
  gboolean    header_due = TRUE;

  for (guint i = 0; i < rows->len; i++)
    {
      Row        *row = g_ptr_array_index (rows, i);
      const char *cells[3] = { row->a, row->b, row->delta };
      g_autoptr(PangoLayout) label = make_layout (r, row->label, SMALL_SIZE + 0.5, FALSE, FALSE,
                                                   label_width - 2 * pad);
      PangoLayout *values[3] = { NULL, NULL, NULL };
      double       height = layout_height (label);

      for (guint c = 0; c < (has_b ? 3u : 1u); c++)
        {
          values[c] = make_layout (r, cells[c] != NULL ? cells[c] : "—", SMALL_SIZE + 0.5, c == 0, FALSE,
                                   column - 2 * pad);
          pango_layout_set_alignment (values[c], PANGO_ALIGN_RIGHT);
          height = MAX (height, layout_height (values[c]));
        }
      height += 2 * pad;

      if (r->y + height * (header_due ? 2 : 1) > bottom (r))
        {
          begin_page (r);
          header_due = TRUE;
        }
      if (header_due)
        {
          for (guint c = 0; c < (has_b ? 3u : 1u); c++)
            {
              g_autoptr(PangoLayout) head = make_layout (r, headers[c], SMALL_SIZE, TRUE, FALSE, column - 2 * pad);

              pango_layout_set_alignment (head, PANGO_ALIGN_RIGHT);
              draw_layout (r, head, MARGIN + label_width + c * column + pad, r->y + pad, &muted);
            }
          r->y += SMALL_SIZE * 1.3 + 2 * pad;
          header_due = FALSE;
        }
      cairo_save (r->cr);
      set_colour (r->cr, &rule);
      cairo_set_line_width (r->cr, 0.5);
      cairo_move_to (r->cr, MARGIN, r->y);
      cairo_line_to (r->cr, MARGIN + width, r->y);
      cairo_stroke (r->cr);
      cairo_restore (r->cr);
      draw_layout (r, label, MARGIN + pad, r->y + pad, &ink);
      for (guint c = 0; c < 3; c++)
        if (values[c] != NULL)
          {
            draw_layout (r, values[c], MARGIN + label_width + c * column + pad, r->y + pad, &ink);
            g_object_unref (values[c]);
          }
      r->y += height;
    }
  r->y += BODY_SIZE;
}

/* ---- figures ----------------------------------------------------------- */

typedef struct
{
  const PuenteChartData *data;
  PuenteChartStyle       style;
} ChartFigure;

static void
draw_figure_px (Report *r,
                double  height_pt,
                void (*draw) (cairo_t *cr, double w, double h, gpointer data),
                gpointer data)
{
  double width_pt = text_width (r);

  cairo_save (r->cr);
  cairo_translate (r->cr, MARGIN, r->y);
  cairo_rectangle (r->cr, 0, 0, width_pt, height_pt);
  cairo_clip (r->cr);
  cairo_scale (r->cr, PX_TO_PT, PX_TO_PT);
  draw (r->cr, width_pt / PX_TO_PT, height_pt / PX_TO_PT, data);
  cairo_restore (r->cr);
  r->y += height_pt + BODY_SIZE;
}

static void
draw_chart_cb (cairo_t *cr,
               double   width,
               double   height,
               gpointer user_data)
{
  ChartFigure *figure = user_data;
  g_autoptr(PuenteChartLayout) layout = NULL;

  /* The Sankey lays out its twelve stages at its own size: drawn at that
   * size and scaled to the box, never squeezed into it. */
  if (figure->data->kind == PUENTE_CHART_SANKEY)
    {
      double design_width = PUENTE_CHART_WIDE_WIDTH_MM / 25.4 * 96;
      double design_height = PUENTE_CHART_WIDE_HEIGHT_MM / 25.4 * 96;
      double scale = MIN (1.0, MIN (width / design_width, height / design_height));

      cairo_translate (cr, (width - design_width * scale) / 2, 0);
      cairo_scale (cr, scale, scale);
      width = design_width;
      height = design_height;
    }
  layout = puente_chart_draw (figure->data, &figure->style, cr, width, height);
}

static void
draw_map_cb (cairo_t *cr,
             double   width,
             double   height,
             gpointer user_data)
{
  puente_map_document_draw (user_data, cr, width, height);
}

/* The overview: the key indicators as cards, A large, B and B − A under
 * it, and a sparkline of the years with the slide's year marked. */
static void
draw_overview (Report              *r,
               const PuenteSlide   *slide,
               const PuenteResults *a,
               const PuenteResults *b,
               PuenteLang           lang,
               double               height)
{
  guint                n = puente_key_indicators_get_n ();
  guint                columns = 3, n_rows = (n + columns - 1) / columns;
  double               gap = 2.5 * MM;
  double               card_w = (text_width (r) - (columns - 1) * gap) / columns;
  double               card_h = (height - (n_rows - 1) * gap) / n_rows;
  PuenteSparklineStyle spark;
  int                  first = puente_results_get_first_year (a);
  guint                n_years = puente_results_get_n_years (a);

  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  /* Each card's texts first: the cards are as tall as the tallest needs,
   * with room for its sparkline, whatever the box asked for. */
  for (guint i = 0; i < n; i++)
    {
      const PuenteKeyIndicator *key = puente_key_indicators_get (i);
      double                    va = puente_key_indicator_compute (key, a);
      g_autofree char          *label = key_title (key, a, lang);
      g_autofree char          *value = key_text (lang, r->options->units, key->unit, va, FALSE);
      g_autofree char          *text = NULL;
      PangoLayout              *title = make_layout (r, label, SMALL_SIZE - 1, FALSE, FALSE, card_w - 4 * MM);
      PangoLayout              *big = make_layout (r, value, 12.5, TRUE, FALSE, card_w - 4 * MM);
      PangoLayout              *compare;

      if (b != NULL)
        {
          double           vb = puente_key_indicator_compute (key, b);
          g_autofree char *bv = key_text (lang, r->options->units, key->unit, vb, FALSE);
          g_autofree char *dv = key_text (lang, r->options->units, key->unit, vb - va, TRUE);

          text = g_strdup_printf ("B: %s   B − A: %s", bv, dv);
        }
      compare = make_layout (r, text != NULL ? text : "", SMALL_SIZE, TRUE, FALSE, card_w - 4 * MM);
      g_ptr_array_add (layouts, title);
      g_ptr_array_add (layouts, big);
      g_ptr_array_add (layouts, compare);
      card_h = MAX (card_h, 1.6 * MM + layout_height (title) + 0.8 * MM + layout_height (big) + 0.4 * MM + (b != NULL ? layout_height (compare) : 0) + 6.5 * MM);
    }

  puente_sparkline_style_default (&spark, FALSE);
  for (guint i = 0; i < n; i++)
    {
      const PuenteKeyIndicator *key = puente_key_indicators_get (i);
      double                    x = MARGIN + (i % columns) * (card_w + gap);
      double                    y = r->y + (i / columns) * (card_h + gap);
      PangoLayout              *title = g_ptr_array_index (layouts, 3 * i);
      PangoLayout              *big = g_ptr_array_index (layouts, 3 * i + 1);
      PangoLayout              *compare = g_ptr_array_index (layouts, 3 * i + 2);
      double                    ty = y + 1.6 * MM;
      const double             *series_a = puente_results_get_series (a, key->indicator, key->region);
      const double             *series_b = b != NULL ? puente_results_get_series (b, key->indicator, key->region) : NULL;

      cairo_save (r->cr);
      cairo_set_source_rgb (r->cr, card.r, card.g, card.b);
      cairo_rectangle (r->cr, x, y, card_w, card_h);
      cairo_fill (r->cr);
      cairo_restore (r->cr);
      draw_layout (r, title, x + 2 * MM, ty, &muted);
      ty += layout_height (title) + 0.8 * MM;
      draw_layout (r, big, x + 2 * MM, ty, &ink);
      ty += layout_height (big) + 0.4 * MM;
      if (b != NULL)
        {
          draw_layout (r, compare, x + 2 * MM, ty, &ink);
          ty += layout_height (compare);
        }
      if (series_a != NULL && y + card_h - 1.5 * MM - ty > 4 * MM)
        puente_sparkline_draw (r->cr, x + 2 * MM, ty + 0.8 * MM, card_w - 4 * MM,
                               MIN (9 * MM, y + card_h - 1.5 * MM - ty - 0.8 * MM), series_a, series_b,
                               n_years, slide->year - first, &spark);
    }
  r->y += n_rows * card_h + (n_rows - 1) * gap + BODY_SIZE;
}

/* ---- pages ------------------------------------------------------------- */

static void
texts_side_by_side (Report     *r,
                    const char *en,
                    const char *es,
                    double      size)
{
  double gap = 6 * MM;
  double column = (text_width (r) - gap) / 2;
  g_autoptr(PangoLayout) left = make_layout (r, en, size, FALSE, FALSE, column);
  g_autoptr(PangoLayout) right = make_layout (r, es, size, FALSE, TRUE, column);
  double height = MAX (layout_height (left), layout_height (right));

  if (r->y + height > bottom (r))
    {
      /* Longer than the page has room for: one after the other. */
      flow_text (r, en, size, FALSE, FALSE, &ink, MARGIN, text_width (r), size * 0.6);
      flow_text (r, es, size, FALSE, TRUE, &ink, MARGIN, text_width (r), size);
      return;
    }
  draw_layout (r, left, MARGIN, r->y, &ink);
  draw_layout (r, right, MARGIN + column + gap, r->y, &ink);
  r->y += height + size;
}

/* The slide's figure from r->y, @height points high (0: the page's
 * height for its kind), and the rows of its key figures into @rows. */
static gboolean
draw_slide_figure (Report              *r,
                   const PuenteSlide   *slide,
                   guint                index,
                   const PuenteResults *a,
                   const PuenteResults *b,
                   PuenteLang           lang,
                   GPtrArray           *rows,
                   GError             **error)
{
  const char *view = slide->view.view;
  double      height = r->figure_height;

  if (g_strcmp0 (view, "map") == 0)
    {
      PuenteMapDocument doc;
      g_autofree char  *en = NULL;
      g_autofree char  *es = NULL;

      if (!fill_map_document (r, slide, index, lang, &doc, error))
        return FALSE;
      en = puente_map_document_get_sources (&doc, PUENTE_LANG_EN);
      es = puente_map_document_get_sources (&doc, PUENTE_LANG_ES);
      add_source (r, en, es);
      draw_figure_px (r, height > 0 ? height : doc.mode == PUENTE_MAP_EXPORT_SPLIT ? 150 * MM
                                                                                   : 140 * MM,
                      draw_map_cb, &doc);
      map_rows (&doc, slide->view.selection, lang, rows);
    }
  else if (g_strcmp0 (view, "charts") == 0 || g_strcmp0 (view, "supply") == 0)
    {
      ChartFigure figure;
      g_autoptr(PuenteChartData) data = build_chart (r, slide, index, error);

      if (data == NULL)
        return FALSE;
      figure.data = data;
      puente_chart_style_init (&figure.style);
      figure.style.preset = PUENTE_CHART_STYLE_REPORT;
      figure.style.lang = lang;
      figure.style.dark = FALSE;
      draw_figure_px (r, height > 0 ? height : data->kind == PUENTE_CHART_SANKEY ? 130 * MM
                                                                                 : 105 * MM,
                      draw_chart_cb, &figure);
      if (data->kind == PUENTE_CHART_SANKEY)
        key_indicator_rows (r, a, b, "key.supply.", lang, rows);
      else
        chart_rows (data, slide->year, lang, rows);
    }
  else
    {
      draw_overview (r, slide, a, b, lang, height > 0 ? height : lang == PUENTE_LANG_BOTH ? 84 * MM
                                                                                          : 100 * MM);
      key_indicator_rows (r, a, b, "", lang, rows);
    }

  return TRUE;
}

static gboolean
slide_page (Report            *r,
            const PuenteSlide *slide,
            guint              index,
            PuenteLang         lang,
            GError           **error)
{
  guint                n = puente_deck_get_n_slides (r->options->deck);
  const PuenteResults *a, *b = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autofree char      *counter = NULL;
  g_autofree char      *year_text = NULL;
  const PuenteScenario *scenarios[2] = { slide->a, slide->b };
  gboolean              both = lang == PUENTE_LANG_BOTH;
  g_autofree char      *continued = NULL;
  gboolean              ok;

  if ((a = results_for (r, slide->a, error)) == NULL)
    return FALSE;
  if (slide->b != NULL && (b = results_for (r, slide->b, error)) == NULL)
    return FALSE;
  add_scenario_sources (r, slide->a);
  if (slide->b != NULL)
    add_scenario_sources (r, slide->b);

  /* The Sankey needs a landscape page's width (its twelve stages). */
  r->landscape_next = g_strcmp0 (slide->view.view, "supply") == 0 ||
    (g_strcmp0 (slide->view.view, "charts") == 0 &&
     g_strcmp0 (slide->view.chart_id, "supply-sankey") == 0);
  begin_page (r);
  if (both)
    {
      /* Translators: above a slide's page in the report: its number, of how many */
      g_autofree char *en = g_strdup_printf (puente_gettext (PUENTE_LANG_EN, "Slide %u of %u"), index + 1, n);
      g_autofree char *es = g_strdup_printf (puente_gettext (PUENTE_LANG_ES, "Slide %u of %u"), index + 1, n);

      counter = g_strdup_printf ("%s · %s", en, es);
    }
  else
    counter = g_strdup_printf (puente_gettext (lang, "Slide %u of %u"), index + 1, n);
  flow_text (r, counter, SMALL_SIZE, FALSE, FALSE, &muted, MARGIN, text_width (r), 1.5);
  {
    g_autofree char *more = tr (lang, N_ ("continued"));

    continued = g_strdup_printf ("%s (%s)", counter, more);
  }
  if (both)
    {
      flow_text (r, puente_slide_get_title (slide, PUENTE_LANG_EN), TITLE_SIZE, TRUE, FALSE, &ink, MARGIN,
                 text_width (r), 1);
      flow_text (r, puente_slide_get_title (slide, PUENTE_LANG_ES), TITLE_SIZE - 3, TRUE, TRUE, &muted, MARGIN,
                 text_width (r), 4);
    }
  else
    flow_text (r, puente_slide_get_title (slide, lang), TITLE_SIZE, TRUE, FALSE, &ink, MARGIN, text_width (r), 4);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *line = NULL;

      if (scenarios[i] == NULL)
        continue;
      if (both)
        {
          g_autofree char *en = scenario_line (scenarios[i], PUENTE_LANG_EN);
          g_autofree char *es = scenario_line (scenarios[i], PUENTE_LANG_ES);

          line = g_strcmp0 (en, es) == 0 ? g_strdup_printf ("%s: %s", i == 0 ? "A" : "B", en)
                                         : g_strdup_printf ("%s: %s / %s", i == 0 ? "A" : "B", en, es);
        }
      else
        {
          g_autofree char *text = scenario_line (scenarios[i], lang);

          line = g_strdup_printf ("%s: %s", i == 0 ? "A" : "B", text);
        }
      flow_text (r, line, SMALL_SIZE, FALSE, FALSE, &ink, MARGIN, text_width (r), 1);
    }
  {
    g_autofree char *label = tr (lang, N_ ("Year"));

    year_text = g_strdup_printf ("%s: %d", label, slide->year);
    flow_text (r, year_text, SMALL_SIZE, FALSE, FALSE, &ink, MARGIN, text_width (r), 5);
  }

  if (r->page_width > r->page_height)
    r->figure_height = MIN (160 * MM, bottom (r) - r->y - BODY_SIZE);
  r->running_head = continued;
  ok = draw_slide_figure (r, slide, index, a, b, lang, rows, error);
  r->figure_height = 0;
  if (!ok)
    {
      r->running_head = NULL;
      return FALSE;
    }

  if (*puente_slide_get_notes (slide, PUENTE_LANG_EN) != '\0')
    {
      g_autofree char *title = tr (lang, N_ ("Speaker notes"));

      heading (r, title, BODY_SIZE + 1);
      if (both)
        texts_side_by_side (r, puente_slide_get_notes (slide, PUENTE_LANG_EN),
                            puente_slide_get_notes (slide, PUENTE_LANG_ES), BODY_SIZE);
      else
        flow_text (r, puente_slide_get_notes (slide, lang), BODY_SIZE, FALSE, FALSE, &ink, MARGIN,
                   text_width (r), BODY_SIZE);
    }
  if (rows->len > 0)
    {
      g_autofree char *title = tr (lang, N_ ("Key figures"));
      g_autofree char *full = g_strdup_printf ("%s, %d", title, slide->year);

      heading (r, full, BODY_SIZE + 1);
      draw_table (r, rows, b != NULL);
    }
  r->running_head = NULL;
  return TRUE;
}

static const char *
view_name (const char *view,
           PuenteLang  lang)
{
  if (g_strcmp0 (view, "map") == 0)
    return puente_gettext (lang, "Map");
  if (g_strcmp0 (view, "charts") == 0)
    return puente_gettext (lang, "Charts");
  if (g_strcmp0 (view, "supply") == 0)
    return puente_gettext (lang, "Supply chain");
  return puente_gettext (lang, "Overview");
}

static void
cover_in (Report    *r,
          PuenteLang lang,
          GPtrArray *scenarios)
{
  const PuenteDeck *deck = r->options->deck;
  const char       *title = puente_deck_get_title (deck, lang);
  g_autofree char  *date = NULL;

  flow_text (r, *title != '\0' ? title : puente_gettext (lang, "Puente report"), 24, TRUE, FALSE, &ink, MARGIN,
             text_width (r), 4);
  date = g_strdup_printf (puente_gettext (lang, "Report from Puente, %s"), r->options->date);
  flow_text (r, date, BODY_SIZE + 1, FALSE, FALSE, &muted, MARGIN, text_width (r), 12);

  heading (r, puente_gettext (lang, "Scenarios"), HEADING_SIZE);
  for (guint i = 0; i < scenarios->len; i++)
    {
      const PuenteScenario *scenario = g_ptr_array_index (scenarios, i);
      const char           *status = puente_scenario_get_status (scenario, lang);
      const char           *description = puente_scenario_get_description (scenario, lang);
      g_autofree char      *status_line = NULL;

      g_autofree char      *badge = puente_scenario_dup_badge (scenario, lang);
      g_autofree char      *name = badge != NULL ? g_strdup_printf ("%s [%s]", scenario_name (scenario, lang), badge)
                                                 : g_strdup (scenario_name (scenario, lang));

      flow_text (r, name, BODY_SIZE, TRUE, FALSE, &ink, MARGIN, text_width (r), 1);
      status_line = g_strdup_printf (puente_gettext (lang, "Legal status: %s"),
                                     status != NULL && *status != '\0'
                                       ? status
                                       : puente_gettext (lang, "a scenario of your own: no legal status"));
      flow_text (r, status_line, SMALL_SIZE + 0.5, FALSE, FALSE, &ink, MARGIN + 4 * MM, text_width (r) - 4 * MM, 1);
      if (description != NULL)
        flow_text (r, description, SMALL_SIZE + 0.5, FALSE, FALSE, &muted, MARGIN + 4 * MM,
                   text_width (r) - 4 * MM, 0);
      r->y += 5;
    }
  r->y += 8;
  heading (r, puente_gettext (lang, "Slides"), HEADING_SIZE);
  for (guint i = 0; i < puente_deck_get_n_slides (deck); i++)
    {
      const PuenteSlide *slide = puente_deck_get_slide (deck, i);
      g_autofree char   *line = g_strdup_printf ("%u. %s — %s, %d", i + 1, puente_slide_get_title (slide, lang),
                                                 view_name (slide->view.view, lang), slide->year);

      flow_text (r, line, BODY_SIZE, FALSE, FALSE, &ink, MARGIN, text_width (r), 2);
    }
}

static void
cover (Report *r)
{
  const PuenteDeck *deck = r->options->deck;
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < puente_deck_get_n_slides (deck); i++)
    {
      const PuenteSlide    *slide = puente_deck_get_slide (deck, i);
      const PuenteScenario *both[2] = { slide->a, slide->b };

      for (guint s = 0; s < 2; s++)
        {
          char *key;

          if (both[s] == NULL)
            continue;
          key = scenario_key (both[s]);
          if (g_hash_table_contains (seen, key))
            {
              g_free (key);
              continue;
            }
          g_hash_table_add (seen, key);
          g_ptr_array_add (scenarios, (gpointer) both[s]);
        }
    }

  begin_page (r);
  if (r->options->lang != PUENTE_LANG_BOTH)
    {
      cover_in (r, r->options->lang, scenarios);
      return;
    }
  cover_in (r, PUENTE_LANG_EN, scenarios);
  begin_page (r);
  cover_in (r, PUENTE_LANG_ES, scenarios);
}

static void
appendix_in (Report    *r,
             PuenteLang lang)
{
  g_autofree char *sources = tr (lang, N_ ("Sources"));
  g_autofree char *methodology = tr (lang, N_ ("Methodology"));
  PuenteLang       langs[2] = { lang, lang };
  guint            n_langs = 1;

  if (lang == PUENTE_LANG_BOTH)
    {
      langs[0] = PUENTE_LANG_EN;
      langs[1] = PUENTE_LANG_ES;
      n_langs = 2;
    }

  begin_page (r);
  heading (r, sources, HEADING_SIZE + 2);
  for (guint i = 0; i < r->sources->len; i++)
    {
      char **pair = g_ptr_array_index (r->sources, i);

      if (lang != PUENTE_LANG_BOTH)
        {
          g_autofree char *line = g_strdup_printf ("• %s", pair[lang == PUENTE_LANG_ES ? 1 : 0]);

          flow_text (r, line, SMALL_SIZE + 0.5, FALSE, FALSE, &ink, MARGIN, text_width (r), 3);
        }
      else
        {
          g_autofree char *line = g_strdup_printf ("• %s", pair[0]);

          flow_text (r, line, SMALL_SIZE + 0.5, FALSE, FALSE, &ink, MARGIN, text_width (r),
                     strcmp (pair[0], pair[1]) == 0 ? 3 : 0.5);
          if (strcmp (pair[0], pair[1]) != 0)
            flow_text (r, pair[1], SMALL_SIZE + 0.5, FALSE, TRUE, &muted, MARGIN + 2.6 * MM,
                       text_width (r) - 2.6 * MM, 3);
        }
    }
  r->y += BODY_SIZE;
  heading (r, methodology, HEADING_SIZE + 2);
  for (guint l = 0; l < n_langs; l++)
    {
      flow_text (r,
                 puente_gettext (langs[l], "Every figure in this report comes from Puente's scenario model, run for each scenario on the built-in dataset. Scenario A is the reference; B, where set, is compared with it, and B − A is the difference. The model starts from 2024's observed stocks for each of the 83 US and Mexican states and projects year by year: new light-duty sales by powertrain (the zero-emission share follows each policy's legal path, or without a policy a logistic toward a ceiling from the latest observed share through a published projection), the fleet by vintage with scrappage and used-vehicle exports, the public charging needed per vehicle against the ports in place, electricity use and CO₂ from each grid's emission factor, trucks at the border's ports of entry, transit buses by city, and the battery supply chain from materials to recycling."),
                 BODY_SIZE, FALSE, langs[l] == PUENTE_LANG_ES && n_langs == 2, &ink, MARGIN, text_width (r), 5);
      flow_text (r,
                 puente_gettext (langs[l], "Every input figure carries its publisher, title, address, year and status: verified, secondary, derived (with its formula) or an assumption (with its reasoning). A policy's legal status is given as of its date: a repealed or blocked rule is shown as such. The model is compared with every observed figure of the dataset (docs/validation.md); its equations, parameters and sources are in docs/methodology.md. A projection is not a forecast: it shows what follows from the scenario's assumptions."),
                 BODY_SIZE, FALSE, langs[l] == PUENTE_LANG_ES && n_langs == 2, &ink, MARGIN, text_width (r),
                 BODY_SIZE);
    }
}

/* ---- the document ------------------------------------------------------ */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

void
puente_report_options_init (PuenteReportOptions *options,
                            const PuenteDeck    *deck,
                            PuenteDataset       *dataset)
{
  memset (options, 0, sizeof *options);
  options->deck = deck;
  options->dataset = dataset;
  options->lang = PUENTE_LANG_EN;
  options->both_layout = PUENTE_REPORT_BOTH_SIDE;
  options->paper = PUENTE_REPORT_PAPER_A4;
  options->units = PUENTE_UNITS_METRIC;
}

gboolean
puente_report_paper_from_string (const char        *text,
                                 PuenteReportPaper *paper)
{
  if (g_strcmp0 (text, "a4") == 0)
    *paper = PUENTE_REPORT_PAPER_A4;
  else if (g_strcmp0 (text, "letter") == 0)
    *paper = PUENTE_REPORT_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

static void
source_pair_free (char **pair)
{
  g_strfreev (pair);
}

static void
report_init (Report                    *r,
             const PuenteReportOptions *options)
{
  memset (r, 0, sizeof *r);
  r->options = options;
  r->runs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) puente_results_free);
  r->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) source_pair_free);
  r->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
report_clear (Report *r)
{
  g_clear_pointer (&r->runs, g_hash_table_unref);
  g_clear_pointer (&r->seen, g_hash_table_unref);
  g_clear_pointer (&r->sources, g_ptr_array_unref);
  g_clear_object (&r->context);
}

gboolean
puente_report_draw_slide (PuenteDataset     *dataset,
                          const PuenteSlide *slide,
                          PuenteLang         lang,
                          PuenteUnitSystem   units,
                          cairo_t           *cr,
                          double             width,
                          double             height,
                          GError           **error)
{
  g_autoptr(PuenteDeck) deck = puente_deck_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  PuenteReportOptions  options;
  const PuenteResults *a, *b = NULL;
  gboolean             ok = FALSE;
  Report               r;

  puente_report_options_init (&options, deck, dataset);
  options.lang = lang;
  options.units = units;
  options.date = "";
  report_init (&r, &options);
  /* A page as wide as the box plus its margins, tall enough never to
   * break, and the figure as high as the box. */
  r.cr = cr;
  r.page = 1;
  r.page_width = width * PX_TO_PT + 2 * MARGIN;
  r.page_height = height * PX_TO_PT + 4 * MARGIN + 20 * MM;
  r.figure_height = height * PX_TO_PT;
  r.context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (r.context, 72);

  if (check_slide (&r, slide, 0, error) &&
      (a = results_for (&r, slide->a, error)) != NULL &&
      (slide->b == NULL || (b = results_for (&r, slide->b, error)) != NULL))
    {
      cairo_save (cr);
      cairo_scale (cr, 1 / PX_TO_PT, 1 / PX_TO_PT);
      cairo_translate (cr, -MARGIN, 0);
      ok = draw_slide_figure (&r, slide, 0, a, b, lang, rows, error);
      cairo_restore (cr);
    }
  report_clear (&r);
  return ok;
}

GBytes *
puente_report_render (const PuenteReportOptions *options,
                      guint                     *n_pages,
                      GError                   **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char    *today = NULL;
  PuenteReportOptions opts = *options;
  Report              r;
  const PuenteDeck   *deck = options->deck;
  guint               n = puente_deck_get_n_slides (deck);
  gboolean            ok = TRUE;

  g_return_val_if_fail (deck != NULL && options->dataset != NULL, NULL);

  if (opts.date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_time_format (now, "%Y-%m-%d");
      opts.date = today;
    }
  report_init (&r, &opts);

  /* Every slide checked before the first page. */
  for (guint i = 0; ok && i < n; i++)
    ok = check_slide (&r, puente_deck_get_slide (deck, i), i, error);

  if (ok)
    {
      if (opts.paper == PUENTE_REPORT_PAPER_LETTER)
        {
          r.paper_width = 8.5 * 72;
          r.paper_height = 11 * 72;
        }
      else
        {
          r.paper_width = 210 * MM;
          r.paper_height = 297 * MM;
        }
      r.page_width = r.paper_width;
      r.page_height = r.paper_height;
      r.surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, r.page_width, r.page_height);
      cairo_pdf_surface_set_metadata (r.surface, CAIRO_PDF_METADATA_TITLE,
                                      puente_deck_get_title (deck, opts.lang));
      cairo_pdf_surface_set_metadata (r.surface, CAIRO_PDF_METADATA_CREATOR, "Puente " PACKAGE_VERSION);
      r.cr = cairo_create (r.surface);
      r.context = pango_cairo_create_context (r.cr);
      pango_cairo_context_set_resolution (r.context, 72);

      cover (&r);
      for (guint i = 0; ok && i < n; i++)
        {
          const PuenteSlide *slide = puente_deck_get_slide (deck, i);

          if (opts.lang == PUENTE_LANG_BOTH && opts.both_layout == PUENTE_REPORT_BOTH_SEQUENCE)
            ok = slide_page (&r, slide, i, PUENTE_LANG_EN, error) &&
              slide_page (&r, slide, i, PUENTE_LANG_ES, error);
          else
            ok = slide_page (&r, slide, i, opts.lang, error);
        }
      if (ok)
        {
          if (opts.lang == PUENTE_LANG_BOTH && opts.both_layout == PUENTE_REPORT_BOTH_SEQUENCE)
            {
              appendix_in (&r, PUENTE_LANG_EN);
              appendix_in (&r, PUENTE_LANG_ES);
            }
          else
            appendix_in (&r, opts.lang);
          draw_footer (&r);
        }
      g_clear_object (&r.context);
      cairo_destroy (r.cr);
      cairo_surface_finish (r.surface);
      if (ok && cairo_surface_status (r.surface) != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_RENDER, _ ("Could not draw the report: %s"),
                       cairo_status_to_string (cairo_surface_status (r.surface)));
          ok = FALSE;
        }
      cairo_surface_destroy (r.surface);
    }
  report_clear (&r);
  if (!ok)
    return NULL;
  if (n_pages != NULL)
    *n_pages = r.page;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

gboolean
puente_report_export (const PuenteReportOptions *options,
                      const char                *path,
                      GError                   **error)
{
  g_autoptr(GBytes) bytes = puente_report_render (options, NULL, error);

  return bytes != NULL && puente_chart_write_bytes (bytes, path, error);
}
