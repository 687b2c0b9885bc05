/* puente-charging-painter.c: public charging ports per state, existing and needed
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two proportional symbols at each state's label point: a filled disc for
 * the public ports the existing trend gives, a ring for the ports the
 * fleet needs. Areas are proportional to ports, on one scale for all years
 * (and both scenarios). Comparing B with A, one disc per state shows the
 * difference in ports needed: purple for more, orange for fewer.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-charging-painter.h"
#include "puente-format.h"
#include "puente-i18n.h"

#define MAX_RADIUS 34.0

typedef struct
{
  const char *code;
  double      x, y;
  double      existing, needed;
  double      r_existing, r_needed;
} Symbol;

static double
sum_at (const PuenteResults *results,
        const char          *l2,
        const char          *dcfc,
        const char          *region,
        int                  year)
{
  return puente_results_get_value (results, l2, region, year) + puente_results_get_value (results, dcfc, region, year);
}

static gboolean
values_of (const PuenteResults *results,
           const char          *region,
           int                  year,
           double              *existing,
           double              *needed)
{
  *existing = sum_at (results, "charging.public_l2_existing", "charging.public_dcfc_existing", region, year);
  *needed = sum_at (results, "charging.public_l2_need", "charging.public_dcfc_need", region, year);
  return !isnan (*existing) && !isnan (*needed);
}

gboolean
puente_charging_get_values (PuenteMapContext *context,
                            const char       *region,
                            double           *existing,
                            double           *needed)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), FALSE);

  return puente_map_context_get_pair (context, values_of, region, existing, needed);
}

/* The largest need over all years and scenarios is drawn MAX_RADIUS wide.
 * Needs, not the existing trend: extrapolated far, the trend can outgrow
 * every need and would shrink all other symbols to dots. */
static double
reference_value (PuenteMapContext *context)
{
  PuenteDataset       *dataset = puente_map_context_get_dataset (context);
  const PuenteResults *tables[2] = { puente_map_context_get_results (context),
                                     puente_map_context_get_compare (context) };
  gboolean             difference = puente_map_context_is_difference (context);
  double               max = 0;

  for (guint s = 0; s < puente_dataset_get_n_states (dataset); s++)
    {
      const char   *code = puente_dataset_get_state (dataset, s)->code;
      const double *series[2][4] = { { NULL } };
      guint         n = G_MAXUINT;

      for (guint t = 0; t < 2; t++)
        {
          if (tables[t] == NULL)
            continue;
          series[t][0] = puente_results_get_series (tables[t], "charging.public_l2_existing", code);
          series[t][1] = puente_results_get_series (tables[t], "charging.public_dcfc_existing", code);
          series[t][2] = puente_results_get_series (tables[t], "charging.public_l2_need", code);
          series[t][3] = puente_results_get_series (tables[t], "charging.public_dcfc_need", code);
          n = MIN (n, puente_results_get_n_years (tables[t]));
          for (guint k = 0; k < 4; k++)
            if (series[t][k] == NULL)
              n = 0;
        }
      for (guint y = 0; y < n && n != G_MAXUINT; y++)
        {
          double v[2][2] = { { 0 } };

          for (guint t = 0; t < 2; t++)
            if (tables[t] != NULL)
              {
                v[t][0] = series[t][0][y] + series[t][1][y];
                v[t][1] = series[t][2][y] + series[t][3][y];
              }
          if (difference)
            max = MAX (max, fabs (v[1][1] - v[0][1]));
          else
            max = MAX (max, MAX (v[0][1], v[1][1]));
        }
    }
  return max > 0 ? max : 1;
}

static double
radius_for (double value,
            double reference,
            double scale)
{
  return MAX_RADIUS * scale * sqrt (MAX (fabs (value), 0) / reference);
}

static int
compare_symbols (gconstpointer a,
                 gconstpointer b)
{
  const Symbol *sa = a, *sb = b;
  double        ra = MAX (sa->r_needed, sa->r_existing), rb = MAX (sb->r_needed, sb->r_existing);

  return (ra < rb) - (ra > rb);
}

/* The symbols in drawing order: largest first. */
static GArray *
layout_symbols (PuenteMapContext     *context,
                double                reference,
                const PuenteMapFrame *frame)
{
  PuenteDataset *dataset = puente_map_context_get_dataset (context);
  PuenteBasemap *basemap = puente_map_context_get_basemap (context);
  double         scale = puente_map_symbol_scale (frame);
  GArray        *symbols = g_array_new (FALSE, FALSE, sizeof (Symbol));

  for (guint s = 0; s < puente_dataset_get_n_states (dataset); s++)
    {
      const PuenteState          *state = puente_dataset_get_state (dataset, s);
      const PuenteBasemapFeature *feature = puente_basemap_lookup (basemap, state->code);
      Symbol                      symbol = { state->code };
      double                      lat = state->lat, lon = state->lon;

      if (!puente_charging_get_values (context, state->code, &symbol.existing, &symbol.needed))
        continue;
      if (feature != NULL)
        puente_basemap_feature_get_label_point (feature, &lat, &lon);
      puente_map_frame_project (frame, lat, lon, &symbol.x, &symbol.y);
      symbol.r_existing = radius_for (symbol.existing, reference, scale);
      symbol.r_needed = radius_for (symbol.needed, reference, scale);
      if (symbol.x < -MAX_RADIUS * 3 || symbol.y < -MAX_RADIUS * 3 ||
          symbol.x > frame->width + MAX_RADIUS * 3 || symbol.y > frame->height + MAX_RADIUS * 3)
        continue;
      g_array_append_val (symbols, symbol);
    }
  g_array_sort (symbols, compare_symbols);
  return symbols;
}

static void
paint_symbols (PuenteMapContext *context,
               GArray           *symbols,
               cairo_t          *cr)
{
  PuenteChartStyle chart_style;
  PuenteRgb        existing, needed, more, less;
  gboolean         difference = puente_map_context_is_difference (context);
  const char      *selection = puente_map_context_get_selection (context);

  puente_chart_style_init (&chart_style);
  chart_style.dark = puente_map_context_get_style (context) == PUENTE_BASEMAP_STYLE_DARK;
  existing = puente_chart_style_get_colour (&chart_style, PUENTE_COLOUR_SKY);
  needed = puente_chart_style_get_colour (&chart_style, PUENTE_COLOUR_VERMILLION);
  more = puente_map_ramp_colour (PUENTE_MAP_RAMP_DIVERGING, 7, 8);
  less = puente_map_ramp_colour (PUENTE_MAP_RAMP_DIVERGING, 0, 8);

  for (guint i = 0; i < symbols->len; i++)
    {
      const Symbol *s = &g_array_index (symbols, Symbol, i);
      gboolean      selected = g_strcmp0 (s->code, selection) == 0;

      if (difference)
        {
          const PuenteRgb *c = s->needed >= 0 ? &more : &less;

          cairo_new_path (cr);
          cairo_arc (cr, s->x, s->y, MAX (s->r_needed, 1.5), 0, 2 * G_PI);
          cairo_set_source_rgba (cr, c->r, c->g, c->b, 0.75);
          cairo_fill_preserve (cr);
          cairo_set_source_rgba (cr, 0, 0, 0, 0.5);
          cairo_set_line_width (cr, selected ? 2.5 : 0.8);
          cairo_stroke (cr);
          continue;
        }

      cairo_new_path (cr);
      cairo_arc (cr, s->x, s->y, MAX (s->r_existing, 2.5), 0, 2 * G_PI);
      cairo_set_source_rgba (cr, existing.r, existing.g, existing.b, 0.8);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.45);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);

      cairo_new_path (cr);
      cairo_arc (cr, s->x, s->y, MAX (s->r_needed, 4.0), 0, 2 * G_PI);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
      cairo_set_line_width (cr, selected ? 5.0 : 3.5);
      cairo_stroke_preserve (cr);
      cairo_set_source_rgb (cr, needed.r, needed.g, needed.b);
      cairo_set_line_width (cr, selected ? 3.0 : 2.0);
      cairo_stroke (cr);
    }
}

void
puente_charging_paint (PuenteMapContext     *context,
                       cairo_t              *cr,
                       const PuenteMapFrame *frame)
{
  g_autoptr(GArray) symbols = NULL;

  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));

  if (puente_map_context_get_results (context) == NULL)
    return;
  symbols = layout_symbols (context, reference_value (context), frame);
  cairo_save (cr);
  paint_symbols (context, symbols, cr);
  cairo_restore (cr);
}

/* ---- the painter -------------------------------------------------------- */

struct _PuenteChargingPainter
{
  PuenteMapPainter parent_instance;
};

G_DEFINE_FINAL_TYPE (PuenteChargingPainter, puente_charging_painter, PUENTE_TYPE_MAP_PAINTER)

static gboolean
charging_is_available (PuenteMapPainter *painter)
{
  PuenteMapContext *context = puente_map_painter_get_context (painter);

  return puente_map_context_has_indicator (context, "charging.public_l2_need");
}

static void
charging_draw (PuenteMapPainter     *painter,
               cairo_t              *cr,
               const PuenteMapFrame *frame)
{
  PuenteMapContext *context = puente_map_painter_get_context (painter);
  g_autoptr(GArray) symbols = NULL;

  if (puente_map_context_get_results (context) == NULL)
    return;
  symbols = layout_symbols (context, puente_map_painter_get_reference (painter), frame);
  paint_symbols (context, symbols, cr);
}

static char *
charging_hit_test (PuenteMapPainter     *painter,
                   const PuenteMapFrame *frame,
                   double                x,
                   double                y)
{
  PuenteMapContext *context = puente_map_painter_get_context (painter);
  g_autoptr(GArray) symbols = layout_symbols (context, puente_map_painter_get_reference (painter), frame);

  /* Topmost (smallest) first. */
  for (guint i = symbols->len; i-- > 0;)
    {
      const Symbol *s = &g_array_index (symbols, Symbol, i);
      double        r = MAX (MAX (s->r_needed, s->r_existing), 4) + 2;

      if (hypot (x - s->x, y - s->y) <= r)
        return g_strdup (s->code);
    }
  return NULL;
}

static char *
charging_describe (PuenteMapPainter *painter,
                   const char       *id)
{
  PuenteMapContext *context = puente_map_painter_get_context (painter);
  PuenteLang        lang = puente_map_context_get_language (context);
  const char       *name;
  g_autofree char  *existing_text = NULL;
  g_autofree char  *needed_text = NULL;

  if (!puente_map_context_format_pair (context, values_of, id, &name, &existing_text, &needed_text))
    return NULL;
  if (puente_map_context_is_difference (context))
    /* Translators: tooltip: a state, then differences in charging ports */
    return g_strdup_printf (puente_gettext (lang, "%s\nPublic ports needed, B − A: %s"), name, needed_text);
  /* Translators: tooltip: a state, then numbers of charging ports */
  return g_strdup_printf (puente_gettext (lang, "%s\nPublic ports: %s existing, %s needed"), name, existing_text, needed_text);
}

/* The rings (or the discs of B − A) keep the names off. */
static void
charging_collect_marks (PuenteMapPainter     *painter,
                        const PuenteMapFrame *frame,
                        PuenteMapMarks       *marks)
{
  PuenteMapContext *context = puente_map_painter_get_context (painter);
  g_autoptr(GArray) symbols = NULL;
  gboolean difference = puente_map_context_is_difference (context);

  if (puente_map_context_get_results (context) == NULL)
    return;
  symbols = layout_symbols (context, puente_map_painter_get_reference (painter), frame);
  for (guint i = 0; i < symbols->len; i++)
    {
      const Symbol *s = &g_array_index (symbols, Symbol, i);
      double        r = difference ? MAX (s->r_needed, 1.5) + 0.5
                                   : MAX (MAX (s->r_needed, 4.0) + 2.5, MAX (s->r_existing, 2.5) + 0.5);

      puente_map_marks_add_obstacle (marks, s->x, s->y, r, FALSE);
    }
}

static double
charging_draw_legend (PuenteMapPainter           *painter,
                      cairo_t                    *cr,
                      const PuenteMapLegendStyle *legend,
                      double                      x,
                      double                      y,
                      double                      width)
{
  PuenteMapContext *context = puente_map_painter_get_context (painter);
  PuenteLang        lang = puente_map_context_get_language (context);
  gboolean          difference = puente_map_context_is_difference (context);
  double            reference = puente_map_painter_get_reference (painter);
  double            key = puente_map_round_nice (reference / 2);
  g_autofree char  *title = NULL;
  g_autofree char  *key_number = puente_format_number (lang, key, 0);
  g_autofree char  *key_text = NULL;
  double            top = y;
  PuenteChartStyle  chart_style;

  puente_chart_style_init (&chart_style);
  chart_style.dark = legend->style == PUENTE_BASEMAP_STYLE_DARK;

  /* Translators: legend title with the year */
  title = g_strdup_printf (difference ? puente_gettext (lang, "Public ports needed, B − A, %d") : puente_gettext (lang, "Public charging ports, %d"),
                           puente_map_context_get_year (context));
  y += puente_map_legend_text (cr, legend, title, x, y, width, TRUE, FALSE) + 4;

  if (!difference)
    {
      PuenteRgb existing = puente_chart_style_get_colour (&chart_style, PUENTE_COLOUR_SKY);
      PuenteRgb needed = puente_chart_style_get_colour (&chart_style, PUENTE_COLOUR_VERMILLION);
      double    row = legend->font_size * 1.6;

      if (cr != NULL)
        {
          /* New paths: an arc joins any current point to its start. */
          cairo_new_path (cr);
          cairo_arc (cr, x + 9, y + row / 2, 7, 0, 2 * G_PI);
          cairo_set_source_rgba (cr, existing.r, existing.g, existing.b, 0.8);
          cairo_fill (cr);
          cairo_new_path (cr);
          cairo_arc (cr, x + 9, y + row * 1.5, 7, 0, 2 * G_PI);
          cairo_set_source_rgb (cr, needed.r, needed.g, needed.b);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
        }
      puente_map_legend_text (cr, legend, puente_gettext (lang, "Existing (current trend)"), x + 24, y + 2, width - 24, FALSE, FALSE);
      puente_map_legend_text (cr, legend, puente_gettext (lang, "Needed by the fleet"), x + 24, y + row + 2, width - 24, FALSE, FALSE);
      y += 2 * row;
    }
  else
    {
      y += puente_map_legend_text (cr, legend, puente_gettext (lang, "Purple: more in B; orange: fewer"), x, y, width, FALSE, TRUE);
    }

  /* Translators: size key of proportional circles: a number of ports */
  key_text = g_strdup_printf (puente_gettext (lang, "%s ports"), key_number);
  y += puente_map_legend_size_key (cr, legend, MAX_RADIUS, key, reference, key_text, x, y, width);
  return y - top;
}

static void
puente_charging_painter_class_init (PuenteChargingPainterClass *klass)
{
  PuenteMapPainterClass *painter_class = PUENTE_MAP_PAINTER_CLASS (klass);

  painter_class->layer_id = "charging";
  painter_class->compute_reference = reference_value;
  painter_class->is_available = charging_is_available;
  painter_class->title = N_ ("Public charging");
  painter_class->sources = N_ ("Charging: AFDC/NREL (US ports), EMA (Mexico ports), NREL 2030 National Charging Network");
  painter_class->draw = charging_draw;
  painter_class->hit_test = charging_hit_test;
  painter_class->describe = charging_describe;
  painter_class->draw_legend = charging_draw_legend;
  painter_class->collect_marks = charging_collect_marks;
}

static void
puente_charging_painter_init (PuenteChargingPainter *self)
{
}
