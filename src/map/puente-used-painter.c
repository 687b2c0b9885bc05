/* puente-used-painter.c: used vehicles from the US to Mexican states
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One curved arc per Mexican state that imports used vehicles, its width
 * proportional to the vehicles imported in the year, with a narrower line
 * inside for the ZEVs among them. The model counts imports per Mexican
 * state, not where in the US they come from: arcs start at the port of
 * entry facing the state (or the nearest one), as the legend says.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-format.h"
#include "puente-geo.h"
#include "puente-i18n.h"
#include "puente-used-painter.h"

#define MAX_WIDTH 14.0
#define SAMPLES 24

static const char *const origins[] = { "US-CA", "US-AZ", "US-NM", "US-TX" };

typedef struct
{
  const char *code;
  double      vehicles, evs;
  double      width, ev_width;
  double      x0, y0, cx, cy, x1, y1; /* quadratic Bézier */
} Arc;

static void
label_point (PuenteMapContext *context,
             const char       *code,
             double           *lat,
             double           *lon)
{
  const PuenteBasemapFeature *feature = puente_basemap_lookup (puente_map_context_get_basemap (context), code);
  PuenteDataset              *dataset = puente_map_context_get_dataset (context);
  int                         index = puente_dataset_find_state (dataset, code);

  if (feature != NULL)
    puente_basemap_feature_get_label_point (feature, lat, lon);
  else if (index >= 0)
    {
      *lat = puente_dataset_get_state (dataset, index)->lat;
      *lon = puente_dataset_get_state (dataset, index)->lon;
    }
  else
    *lat = *lon = NAN;
}

const char *
puente_used_get_origin (PuenteMapContext *context,
                        const char       *region,
                        double           *latitude,
                        double           *longitude)
{
  PuenteDataset *dataset;
  double         lat, lon, best = INFINITY;
  const char    *origin = NULL;

  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), NULL);

  dataset = puente_map_context_get_dataset (context);
  label_point (context, region, &lat, &lon);

  /* Vehicles cross at ports of entry: the one facing the state first. */
  for (guint i = 0; i < puente_dataset_get_n_ports (dataset); i++)
    {
      const PuentePort *port = puente_dataset_get_port (dataset, i);
      double            d = puente_geo_distance_km (lat, lon, port->lat, port->lon);

      if (g_strcmp0 (port->mx_state, region) == 0)
        d -= 1e6;
      if (d < best)
        {
          best = d;
          origin = port->us_state;
          *latitude = port->lat;
          *longitude = port->lon;
        }
    }
  if (origin != NULL)
    return origin;

  for (guint i = 0; i < G_N_ELEMENTS (origins); i++)
    {
      double olat, olon, d;

      label_point (context, origins[i], &olat, &olon);
      d = puente_geo_distance_km (lat, lon, olat, olon);
      if (d < best)
        {
          best = d;
          origin = origins[i];
          *latitude = olat;
          *longitude = olon;
        }
    }
  return origin;
}

static gboolean
values_of (const PuenteResults *results,
           const char          *region,
           int                  year,
           double              *vehicles,
           double              *evs)
{
  *vehicles = puente_results_get_value (results, "ldv.used_imports", region, year);
  *evs = puente_results_get_value (results, "ldv.used_ev_imports", region, year);
  return !isnan (*vehicles) && !isnan (*evs);
}

gboolean
puente_used_get_values (PuenteMapContext *context,
                        const char       *region,
                        double           *vehicles,
                        double           *evs)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), FALSE);

  return puente_map_context_get_pair (context, values_of, region, vehicles, evs);
}

static double
reference_value (PuenteMapContext *context)
{
  PuenteDataset       *dataset = puente_map_context_get_dataset (context);
  const PuenteResults *a = puente_map_context_get_results (context);
  const PuenteResults *b = puente_map_context_get_compare (context);
  gboolean             difference = puente_map_context_is_difference (context);
  double               max = 0;

  for (guint s = 0; a != NULL && s < puente_dataset_get_n_states (dataset); s++)
    {
      const PuenteState *state = puente_dataset_get_state (dataset, s);
      const double      *sa, *sb = NULL;
      guint              n = puente_results_get_n_years (a);

      if (state->country != PUENTE_COUNTRY_MX)
        continue;
      sa = puente_results_get_series (a, "ldv.used_imports", state->code);
      if (b != NULL)
        {
          sb = puente_results_get_series (b, "ldv.used_imports", state->code);
          n = MIN (n, puente_results_get_n_years (b));
        }
      for (guint y = 0; sa != NULL && y < n; y++)
        {
          if (difference)
            max = sb != NULL ? MAX (max, fabs (sb[y] - sa[y])) : max;
          else
            max = MAX (max, MAX (sa[y], sb != NULL ? sb[y] : 0));
        }
    }
  return max > 0 ? max : 1;
}

static GArray *
layout_arcs (PuenteMapContext     *context,
             double                reference,
             const PuenteMapFrame *frame)
{
  PuenteDataset *dataset = puente_map_context_get_dataset (context);
  double         scale = puente_map_symbol_scale (frame);
  GArray        *arcs = g_array_new (FALSE, FALSE, sizeof (Arc));

  for (guint s = 0; s < puente_dataset_get_n_states (dataset); s++)
    {
      const PuenteState *state = puente_dataset_get_state (dataset, s);
      Arc                arc = { state->code };
      double             lat0, lon0, lat1, lon1, dx, dy, length;

      if (state->country != PUENTE_COUNTRY_MX)
        continue;
      if (!puente_used_get_values (context, state->code, &arc.vehicles, &arc.evs) || arc.vehicles == 0)
        continue;
      puente_used_get_origin (context, state->code, &lat0, &lon0);
      label_point (context, state->code, &lat1, &lon1);
      puente_map_frame_project (frame, lat0, lon0, &arc.x0, &arc.y0);
      puente_map_frame_project (frame, lat1, lon1, &arc.x1, &arc.y1);
      dx = arc.x1 - arc.x0;
      dy = arc.y1 - arc.y0;
      length = hypot (dx, dy);
      if (length < 1)
        continue;
      /* Bend to the right of travel, by a fifth of the length. */
      arc.cx = (arc.x0 + arc.x1) / 2 - dy * 0.2;
      arc.cy = (arc.y0 + arc.y1) / 2 + dx * 0.2;
      arc.width = MAX (1.0, MAX_WIDTH * scale * fabs (arc.vehicles) / reference);
      arc.ev_width = MAX_WIDTH * scale * fabs (arc.evs) / reference;
      g_array_append_val (arcs, arc);
    }
  return arcs;
}

static void
arc_point (const Arc *arc,
           double     t,
           double    *x,
           double    *y)
{
  double u = 1 - t;

  *x = u * u * arc->x0 + 2 * u * t * arc->cx + t * t * arc->x1;
  *y = u * u * arc->y0 + 2 * u * t * arc->cy + t * t * arc->y1;
}

static void
arc_path (cairo_t   *cr,
          const Arc *arc)
{
  /* A quadratic as a cubic. */
  cairo_move_to (cr, arc->x0, arc->y0);
  cairo_curve_to (cr,
                  arc->x0 + 2.0 / 3 * (arc->cx - arc->x0), arc->y0 + 2.0 / 3 * (arc->cy - arc->y0),
                  arc->x1 + 2.0 / 3 * (arc->cx - arc->x1), arc->y1 + 2.0 / 3 * (arc->cy - arc->y1),
                  arc->x1, arc->y1);
}

static void
paint_arcs (PuenteMapContext *context,
            GArray           *arcs,
            cairo_t          *cr)
{
  PuenteChartStyle chart_style;
  PuenteRgb        all, evs, more, less;
  gboolean         difference = puente_map_context_is_difference (context);
  const char      *selection = puente_map_context_get_selection (context);

  puente_chart_style_init (&chart_style);
  chart_style.dark = puente_map_context_get_style (context) == PUENTE_BASEMAP_STYLE_DARK;
  all = puente_chart_style_get_colour (&chart_style, PUENTE_COLOUR_ORANGE);
  evs = puente_chart_style_get_colour (&chart_style, PUENTE_COLOUR_GREEN);
  more = puente_map_ramp_colour (PUENTE_MAP_RAMP_DIVERGING, 7, 8);
  less = puente_map_ramp_colour (PUENTE_MAP_RAMP_DIVERGING, 0, 8);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  for (guint i = 0; i < arcs->len; i++)
    {
      const Arc       *arc = &g_array_index (arcs, Arc, i);
      const PuenteRgb *c = difference ? (arc->vehicles >= 0 ? &more : &less) : &all;
      gboolean         selected = g_strcmp0 (arc->code, selection) == 0;
      double           angle, hx, hy;

      cairo_new_path (cr);
      arc_path (cr, arc);
      if (selected)
        {
          cairo_set_source_rgba (cr, 0, 0, 0, 0.6);
          cairo_set_line_width (cr, arc->width + 3);
          cairo_stroke_preserve (cr);
        }
      cairo_set_source_rgba (cr, c->r, c->g, c->b, 0.75);
      cairo_set_line_width (cr, arc->width);
      cairo_stroke (cr);

      if (!difference && arc->ev_width >= 0.5)
        {
          arc_path (cr, arc);
          cairo_set_source_rgb (cr, evs.r, evs.g, evs.b);
          cairo_set_line_width (cr, arc->ev_width);
          cairo_stroke (cr);
        }

      /* An arrowhead at the Mexican end. */
      arc_point (arc, 0.92, &hx, &hy);
      angle = atan2 (arc->y1 - hy, arc->x1 - hx);
      cairo_new_path (cr);
      cairo_move_to (cr, arc->x1, arc->y1);
      cairo_line_to (cr, arc->x1 - cos (angle - 0.45) * (6 + arc->width), arc->y1 - sin (angle - 0.45) * (6 + arc->width));
      cairo_line_to (cr, arc->x1 - cos (angle + 0.45) * (6 + arc->width), arc->y1 - sin (angle + 0.45) * (6 + arc->width));
      cairo_close_path (cr);
      cairo_set_source_rgba (cr, c->r, c->g, c->b, 0.9);
      cairo_fill (cr);
    }
}

void
puente_used_paint (PuenteMapContext     *context,
                   cairo_t              *cr,
                   const PuenteMapFrame *frame)
{
  g_autoptr(GArray) arcs = NULL;

  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));

  if (puente_map_context_get_results (context) == NULL)
    return;
  arcs = layout_arcs (context, reference_value (context), frame);
  cairo_save (cr);
  paint_arcs (context, arcs, cr);
  cairo_restore (cr);
}

/* ---- the painter -------------------------------------------------------- */

struct _PuenteUsedPainter
{
  PuenteMapPainter parent_instance;
};

G_DEFINE_FINAL_TYPE (PuenteUsedPainter, puente_used_painter, PUENTE_TYPE_MAP_PAINTER)

static gboolean
used_is_available (PuenteMapPainter *painter)
{
  return puente_map_context_has_indicator (puente_map_painter_get_context (painter), "ldv.used_imports");
}

static void
used_draw (PuenteMapPainter     *painter,
           cairo_t              *cr,
           const PuenteMapFrame *frame)
{
  PuenteMapContext *context = puente_map_painter_get_context (painter);
  g_autoptr(GArray) arcs = NULL;

  if (puente_map_context_get_results (context) == NULL)
    return;
  arcs = layout_arcs (context, puente_map_painter_get_reference (painter), frame);
  paint_arcs (context, arcs, cr);
}

static char *
used_hit_test (PuenteMapPainter     *painter,
               const PuenteMapFrame *frame,
               double                x,
               double                y)
{
  PuenteMapContext *context = puente_map_painter_get_context (painter);
  g_autoptr(GArray) arcs = layout_arcs (context, puente_map_painter_get_reference (painter), frame);

  for (guint i = arcs->len; i-- > 0;)
    {
      const Arc *arc = &g_array_index (arcs, Arc, i);
      double     px, py, qx, qy;

      arc_point (arc, 0, &px, &py);
      for (guint k = 1; k <= SAMPLES; k++)
        {
          double t, dx, dy, len2, u, d;

          arc_point (arc, (double) k / SAMPLES, &qx, &qy);
          dx = qx - px;
          dy = qy - py;
          len2 = dx * dx + dy * dy;
          u = len2 > 0 ? CLAMP (((x - px) * dx + (y - py) * dy) / len2, 0, 1) : 0;
          d = hypot (x - (px + u * dx), y - (py + u * dy));
          t = arc->width / 2 + 3;
          if (d <= t)
            return g_strdup (arc->code);
          px = qx;
          py = qy;
        }
    }
  return NULL;
}

static char *
used_describe (PuenteMapPainter *painter,
               const char       *id)
{
  PuenteLang       lang = puente_map_painter_get_language (painter);
  const char      *name;
  g_autofree char *vehicles_text = NULL;
  g_autofree char *evs_text = NULL;

  if (!puente_map_context_format_pair (puente_map_painter_get_context (painter), values_of, id, &name,
                                       &vehicles_text, &evs_text))
    return NULL;
  /* Translators: tooltip: a Mexican state, used vehicles imported, ZEVs among them */
  return g_strdup_printf (puente_gettext (lang, "%s\nUsed vehicles from the US: %s (ZEVs: %s)"), name, vehicles_text, evs_text);
}

static double
used_draw_legend (PuenteMapPainter           *painter,
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
  g_autofree char  *key_number = puente_format_si (lang, key, 1);
  g_autofree char  *title = NULL;
  g_autofree char  *key_text = NULL;
  PuenteChartStyle  chart_style;
  PuenteRgb         all, evs;
  double            top = y, row = legend->font_size * 1.6;

  puente_chart_style_init (&chart_style);
  chart_style.dark = legend->style == PUENTE_BASEMAP_STYLE_DARK;
  all = puente_chart_style_get_colour (&chart_style, PUENTE_COLOUR_ORANGE);
  evs = puente_chart_style_get_colour (&chart_style, PUENTE_COLOUR_GREEN);

  /* Translators: legend title with the year */
  title = g_strdup_printf (difference ? puente_gettext (lang, "Used imports from the US, B − A, %d") : puente_gettext (lang, "Used imports from the US, %d"),
                           puente_map_context_get_year (context));
  y += puente_map_legend_text (cr, legend, title, x, y, width, TRUE, FALSE) + 4;

  /* Translators: width key of the used-vehicle arcs: a number of vehicles */
  key_text = g_strdup_printf (puente_gettext (lang, "%s vehicles a year"), key_number);
  if (cr != NULL)
    {
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_move_to (cr, x, y + row / 2);
      cairo_line_to (cr, x + 28, y + row / 2);
      cairo_set_source_rgba (cr, all.r, all.g, all.b, 0.75);
      cairo_set_line_width (cr, MAX_WIDTH * key / reference);
      cairo_stroke (cr);
    }
  puente_map_legend_text (cr, legend, key_text, x + 36, y + 2, width - 36, FALSE, FALSE);
  y += row;
  if (!difference)
    {
      if (cr != NULL)
        {
          cairo_move_to (cr, x, y + row / 2);
          cairo_line_to (cr, x + 28, y + row / 2);
          cairo_set_source_rgb (cr, evs.r, evs.g, evs.b);
          cairo_set_line_width (cr, 3);
          cairo_stroke (cr);
        }
      puente_map_legend_text (cr, legend, puente_gettext (lang, "ZEVs among them"), x + 36, y + 2, width - 36, FALSE, FALSE);
      y += row;
    }
  y += puente_map_legend_text (cr, legend, puente_gettext (lang, "Arcs start at the nearest port of entry; the model does not trace where in the US vehicles come from."),
                               x, y, width, FALSE, TRUE);
  return y - top;
}

static void
puente_used_painter_class_init (PuenteUsedPainterClass *klass)
{
  PuenteMapPainterClass *painter_class = PUENTE_MAP_PAINTER_CLASS (klass);

  painter_class->layer_id = "used";
  painter_class->compute_reference = reference_value;
  painter_class->is_available = used_is_available;
  painter_class->title = N_ ("Used vehicles to Mexico");
  painter_class->sources = N_ ("Used imports: INEGI, AMDA; projections: Puente model");
  painter_class->draw = used_draw;
  painter_class->hit_test = used_hit_test;
  painter_class->describe = used_describe;
  painter_class->draw_legend = used_draw_legend;
}

static void
puente_used_painter_init (PuenteUsedPainter *self)
{
}
