/* puente-supply-painter.c: supply-chain sites by stage, and flows between stages
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each battery and vehicle supply-chain site of the dataset is a shape by
 * stage (mining to recycling), filled when it operates in the selected year
 * and hollow while announced, being built or paused; cancelled sites stay
 * on the map, hollow and struck through. The dataset does not say who
 * ships to whom, so flows are drawn as curved arcs from each site to the
 * nearest site of the next stage, and the legend says so.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-format.h"
#include "puente-geo.h"
#include "puente-i18n.h"
#include "puente-supply-painter.h"

#define SHAPE_RADIUS 7.0

typedef struct
{
  const PuenteSite *site;
  double            x, y;
  gboolean          built;
  gboolean          cancelled;
} SiteSymbol;

static const char *const type_names[PUENTE_N_SITE_TYPES] = {
  N_ ("Mining"),
  N_ ("Refining"),
  N_ ("Cathode materials"),
  N_ ("Battery cells"),
  N_ ("Battery packs"),
  N_ ("Vehicle assembly"),
  N_ ("Recycling"),
};

static const char *const status_names[PUENTE_N_SITE_STATUSES] = {
  N_ ("Operating"),
  N_ ("Under construction"),
  N_ ("Announced"),
  N_ ("Paused"),
  N_ ("Cancelled"),
};

/* Okabe-Ito slots per stage. */
static const int type_colours[PUENTE_N_SITE_TYPES] = {
  PUENTE_COLOUR_ORANGE,
  PUENTE_COLOUR_VERMILLION,
  PUENTE_COLOUR_PURPLE,
  PUENTE_COLOUR_BLUE,
  PUENTE_COLOUR_SKY,
  PUENTE_COLOUR_NEUTRAL,
  PUENTE_COLOUR_GREEN,
};

/* Where each stage's output goes, in order of preference. */
static const PuenteSiteType next_stages[PUENTE_N_SITE_TYPES][3] = {
  [PUENTE_SITE_MINING] = { PUENTE_SITE_REFINING, PUENTE_SITE_CATHODE, PUENTE_SITE_CELLS },
  [PUENTE_SITE_REFINING] = { PUENTE_SITE_CATHODE, PUENTE_SITE_CELLS, PUENTE_N_SITE_TYPES },
  [PUENTE_SITE_CATHODE] = { PUENTE_SITE_CELLS, PUENTE_N_SITE_TYPES, PUENTE_N_SITE_TYPES },
  [PUENTE_SITE_CELLS] = { PUENTE_SITE_PACKS, PUENTE_SITE_VEHICLE_ASSEMBLY, PUENTE_N_SITE_TYPES },
  [PUENTE_SITE_PACKS] = { PUENTE_SITE_VEHICLE_ASSEMBLY, PUENTE_N_SITE_TYPES, PUENTE_N_SITE_TYPES },
  [PUENTE_SITE_VEHICLE_ASSEMBLY] = { PUENTE_N_SITE_TYPES, PUENTE_N_SITE_TYPES, PUENTE_N_SITE_TYPES },
  [PUENTE_SITE_RECYCLING] = { PUENTE_SITE_REFINING, PUENTE_SITE_CATHODE, PUENTE_SITE_CELLS },
};

/* Whether @site operates in @year: by its status history (paused and
 * cancelled plants until their status date), or from its start year. */
static gboolean
puente_supply_site_in_year (const PuenteSite *site,
                            int               year)
{
  g_return_val_if_fail (site != NULL, FALSE);

  /* Paused and cancelled plants operated until their status date. */
  if (puente_site_operated_in (site, year))
    return TRUE;
  if (site->status == PUENTE_SITE_CANCELLED || site->status == PUENTE_SITE_PAUSED)
    return FALSE;
  return site->start_year > 0 && site->start_year <= year;
}

static GArray *
layout_sites (PuenteMapContext     *context,
              const PuenteMapFrame *frame)
{
  PuenteDataset *dataset = puente_map_context_get_dataset (context);
  int            year = puente_map_context_get_year (context);
  GArray        *symbols = g_array_new (FALSE, FALSE, sizeof (SiteSymbol));

  for (guint i = 0; i < puente_dataset_get_n_sites (dataset); i++)
    {
      const PuenteSite *site = puente_dataset_get_site (dataset, i);
      SiteSymbol        s = { site };

      if ((guint) site->type >= PUENTE_N_SITE_TYPES)
        continue;
      s.built = puente_supply_site_in_year (site, year);
      s.cancelled = site->status == PUENTE_SITE_CANCELLED && !s.built &&
        year >= puente_site_get_status_year (site);
      puente_map_frame_project (frame, site->lat, site->lon, &s.x, &s.y);
      g_array_append_val (symbols, s);
    }
  return symbols;
}

static const SiteSymbol *
nearest_downstream (GArray           *symbols,
                    const SiteSymbol *from)
{
  for (guint k = 0; k < G_N_ELEMENTS (next_stages[0]); k++)
    {
      PuenteSiteType    next = next_stages[from->site->type][k];
      const SiteSymbol *best = NULL;
      double            best_d = INFINITY;

      if (next == PUENTE_N_SITE_TYPES)
        break;
      for (guint i = 0; i < symbols->len; i++)
        {
          const SiteSymbol *s = &g_array_index (symbols, SiteSymbol, i);
          double            d;

          if (s->site->type != next || !s->built)
            continue;
          d = puente_geo_distance_km (from->site->lat, from->site->lon, s->site->lat, s->site->lon);
          if (d < best_d)
            {
              best_d = d;
              best = s;
            }
        }
      if (best != NULL)
        return best;
    }
  return NULL;
}

static void
shape_path (cairo_t       *cr,
            PuenteSiteType type,
            double         x,
            double         y,
            double         r)
{
  cairo_new_path (cr);
  switch (type)
    {
    case PUENTE_SITE_MINING:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r, y + r * 0.75);
      cairo_line_to (cr, x - r, y + r * 0.75);
      break;
    case PUENTE_SITE_REFINING:
      cairo_rectangle (cr, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case PUENTE_SITE_CATHODE:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r, y);
      break;
    case PUENTE_SITE_CELLS:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case PUENTE_SITE_PACKS:
      for (int k = 0; k < 6; k++)
        {
          double a = G_PI / 6 + k * G_PI / 3;

          if (k == 0)
            cairo_move_to (cr, x + r * cos (a), y + r * sin (a));
          else
            cairo_line_to (cr, x + r * cos (a), y + r * sin (a));
        }
      break;
    case PUENTE_SITE_VEHICLE_ASSEMBLY:
      cairo_move_to (cr, x, y + r * 1.15);
      cairo_line_to (cr, x + r, y - r * 0.75);
      cairo_line_to (cr, x - r, y - r * 0.75);
      break;
    case PUENTE_SITE_RECYCLING:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc_negative (cr, x, y, r * 0.45, 2 * G_PI, 0);
      break;
    case PUENTE_N_SITE_TYPES:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
  cairo_close_path (cr);
}

static void
paint_sites (PuenteMapContext     *context,
             GArray               *symbols,
             cairo_t              *cr,
             const PuenteMapFrame *frame)
{
  PuenteChartStyle chart_style;
  const char      *selection = puente_map_context_get_selection (context);
  double           r = SHAPE_RADIUS * puente_map_symbol_scale (frame);
  gboolean         dark = puente_map_context_get_style (context) == PUENTE_BASEMAP_STYLE_DARK;

  puente_chart_style_init (&chart_style);
  chart_style.dark = dark;

  /* Flows under the sites. */
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < symbols->len; i++)
    {
      const SiteSymbol *from = &g_array_index (symbols, SiteSymbol, i);
      const SiteSymbol *to;
      PuenteRgb         c;
      double            dx, dy, width = 1.5;

      if (!from->built || (to = nearest_downstream (symbols, from)) == NULL)
        continue;
      dx = to->x - from->x;
      dy = to->y - from->y;
      if (hypot (dx, dy) < 2)
        continue;
      if (from->site->has_capacity && from->site->capacity.value > 0)
        width = CLAMP (1.0 + log10 (1 + from->site->capacity.value) * 0.6, 1.5, 5.0);
      c = puente_chart_style_get_colour (&chart_style, type_colours[from->site->type]);
      cairo_new_path (cr);
      cairo_move_to (cr, from->x, from->y);
      cairo_curve_to (cr, from->x + dx / 3 - dy * 0.25, from->y + dy / 3 + dx * 0.25,
                      to->x - dx / 3 - dy * 0.25, to->y - dy / 3 + dx * 0.25, to->x, to->y);
      cairo_set_source_rgba (cr, c.r, c.g, c.b, 0.55);
      cairo_set_line_width (cr, width);
      cairo_stroke (cr);
    }

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  for (guint i = 0; i < symbols->len; i++)
    {
      const SiteSymbol *s = &g_array_index (symbols, SiteSymbol, i);
      PuenteRgb         c = puente_chart_style_get_colour (&chart_style, type_colours[s->site->type]);
      gboolean          selected = g_strcmp0 (s->site->id, selection) == 0;

      if (s->x < -r * 2 || s->y < -r * 2 || s->x > frame->width + r * 2 || s->y > frame->height + r * 2)
        continue;
      shape_path (cr, s->site->type, s->x, s->y, selected ? r * 1.4 : r);
      if (s->built)
        {
          cairo_set_source_rgb (cr, c.r, c.g, c.b);
          cairo_fill_preserve (cr);
          cairo_set_source_rgba (cr, dark ? 0 : 1, dark ? 0 : 1, dark ? 0 : 1, 0.9);
          cairo_set_line_width (cr, 1.2);
          cairo_stroke (cr);
        }
      else
        {
          cairo_set_source_rgba (cr, dark ? 0 : 1, dark ? 0 : 1, dark ? 0 : 1, 0.7);
          cairo_fill_preserve (cr);
          cairo_set_source_rgb (cr, c.r, c.g, c.b);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
          if (s->cancelled)
            {
              /* Struck through: the project was cancelled. */
              cairo_move_to (cr, s->x - r * 1.1, s->y + r * 1.1);
              cairo_line_to (cr, s->x + r * 1.1, s->y - r * 1.1);
              cairo_set_line_width (cr, 2.5);
              cairo_stroke (cr);
            }
        }
      if (selected)
        {
          shape_path (cr, s->site->type, s->x, s->y, r * 1.4 + 3);
          cairo_set_source_rgba (cr, dark ? 1 : 0, dark ? 1 : 0, dark ? 1 : 0, 0.9);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
        }
    }
}

void
puente_supply_paint (PuenteMapContext     *context,
                     cairo_t              *cr,
                     const PuenteMapFrame *frame)
{
  g_autoptr(GArray) symbols = NULL;

  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));

  symbols = layout_sites (context, frame);
  cairo_save (cr);
  paint_sites (context, symbols, cr, frame);
  cairo_restore (cr);
}

/* ---- the painter -------------------------------------------------------- */

struct _PuenteSupplyPainter
{
  PuenteMapPainter parent_instance;
};

G_DEFINE_FINAL_TYPE (PuenteSupplyPainter, puente_supply_painter, PUENTE_TYPE_MAP_PAINTER)

static gboolean
supply_is_available (PuenteMapPainter *painter)
{
  return puente_dataset_get_n_sites (puente_map_context_get_dataset (puente_map_painter_get_context (painter))) > 0;
}

static void
supply_draw (PuenteMapPainter     *painter,
             cairo_t              *cr,
             const PuenteMapFrame *frame)
{
  PuenteMapContext *context = puente_map_painter_get_context (painter);
  g_autoptr(GArray) symbols = layout_sites (context, frame);

  paint_sites (context, symbols, cr, frame);
}

static char *
supply_hit_test (PuenteMapPainter     *painter,
                 const PuenteMapFrame *frame,
                 double                x,
                 double                y)
{
  g_autoptr(GArray) symbols = layout_sites (puente_map_painter_get_context (painter), frame);
  double r = SHAPE_RADIUS * puente_map_symbol_scale (frame) + 3;

  for (guint i = symbols->len; i-- > 0;)
    {
      const SiteSymbol *s = &g_array_index (symbols, SiteSymbol, i);

      if (hypot (x - s->x, y - s->y) <= r)
        return g_strdup (s->site->id);
    }
  return NULL;
}

/* Sites keep the names off, and are named from zoom 6.5. */
static void
supply_collect_marks (PuenteMapPainter     *painter,
                      const PuenteMapFrame *frame,
                      PuenteMapMarks       *marks)
{
  g_autoptr(GArray) symbols = layout_sites (puente_map_painter_get_context (painter), frame);
  double r = SHAPE_RADIUS * puente_map_symbol_scale (frame);

  for (guint i = 0; i < symbols->len; i++)
    {
      const SiteSymbol *s = &g_array_index (symbols, SiteSymbol, i);

      if (s->x < -r * 2 || s->y < -r * 2 || s->x > frame->width + r * 2 || s->y > frame->height + r * 2)
        continue;
      puente_map_marks_add_obstacle (marks, s->x, s->y, r + 1.5, FALSE);
      puente_map_marks_add_place (marks, s->site->id, s->site->name, s->x, s->y, r,
                                  s->site->has_capacity ? s->site->capacity.value : 0, 6.5);
    }
}

const char *
puente_supply_type_name (PuenteSiteType type,
                         PuenteLang     lang)
{
  g_return_val_if_fail ((guint) type < PUENTE_N_SITE_TYPES, NULL);

  return puente_gettext (lang, type_names[type]);
}

static const char *
puente_supply_status_name (PuenteSiteStatus status,
                           PuenteLang       lang)
{
  g_return_val_if_fail ((guint) status < PUENTE_N_SITE_STATUSES, NULL);

  return puente_gettext (lang, status_names[status]);
}

char *
puente_supply_status_label (const PuenteSite *site,
                            PuenteLang        lang)
{
  g_return_val_if_fail (site != NULL, NULL);

  if (site->status_date == NULL || *site->status_date == '\0')
    return g_strdup (puente_supply_status_name (site->status, lang));
  /* Translators: a supply-chain site's status and the date it was reported,
   * e.g. "Paused (2025-06)" */
  return g_strdup_printf (puente_gettext (lang, "%s (%s)"), puente_supply_status_name (site->status, lang),
                          site->status_date);
}

static char *
supply_describe (PuenteMapPainter *painter,
                 const char       *id)
{
  PuenteLang        lang = puente_map_painter_get_language (painter);
  PuenteDataset    *dataset = puente_map_context_get_dataset (puente_map_painter_get_context (painter));
  int               index = puente_dataset_find_site (dataset, id);
  const PuenteSite *site;

  if (index < 0)
    return NULL;
  site = puente_dataset_get_site (dataset, index);
  /* Translators: tooltip of a supply-chain site: company — site name, then
   * its stage, status and city */
  {
    g_autofree char *status = puente_supply_status_label (site, lang);

    return g_strdup_printf (puente_gettext (lang, "%s — %s\n%s · %s · %s"), site->company, site->name,
                            puente_supply_type_name (site->type, lang), status, site->city);
  }
}

static double
supply_draw_legend (PuenteMapPainter           *painter,
                    cairo_t                    *cr,
                    const PuenteMapLegendStyle *legend,
                    double                      x,
                    double                      y,
                    double                      width)
{
  PuenteMapContext *context = puente_map_painter_get_context (painter);
  PuenteLang        lang = puente_map_context_get_language (context);
  PuenteDataset    *dataset = puente_map_context_get_dataset (context);
  PuenteChartStyle  chart_style;
  gboolean          present[PUENTE_N_SITE_TYPES] = { FALSE };
  double            row = legend->font_size * 1.5, top = y;
  g_autofree char  *title = NULL;

  puente_chart_style_init (&chart_style);
  chart_style.dark = legend->style == PUENTE_BASEMAP_STYLE_DARK;
  for (guint i = 0; i < puente_dataset_get_n_sites (dataset); i++)
    {
      const PuenteSite *site = puente_dataset_get_site (dataset, i);

      if ((guint) site->type < PUENTE_N_SITE_TYPES)
        present[site->type] = TRUE;
    }

  /* Translators: legend title with the year */
  title = g_strdup_printf (puente_gettext (lang, "Supply-chain sites, %d"), puente_map_context_get_year (context));
  y += puente_map_legend_text (cr, legend, title, x, y, width, TRUE, FALSE) + 4;
  for (guint t = 0; t < PUENTE_N_SITE_TYPES; t++)
    {
      PuenteRgb c = puente_chart_style_get_colour (&chart_style, type_colours[t]);

      if (!present[t])
        continue;
      if (cr != NULL)
        {
          cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
          shape_path (cr, t, x + 9, y + row / 2, 6);
          cairo_set_source_rgb (cr, c.r, c.g, c.b);
          cairo_fill (cr);
        }
      puente_map_legend_text (cr, legend, puente_supply_type_name (t, lang), x + 24, y + (row - legend->font_size * 1.25) / 2,
                              width - 24, FALSE, FALSE);
      y += row;
    }
  y += puente_map_legend_text (cr, legend, puente_gettext (lang, "Filled: operating in the year; hollow: announced, being built or paused; struck through: cancelled."),
                               x, y + 2, width, FALSE, TRUE) +
    2;
  y += puente_map_legend_text (cr, legend, puente_gettext (lang, "Arcs: to the nearest site of the next stage (illustrative; the data has no shipments)."),
                               x, y, width, FALSE, TRUE);
  return y - top;
}

static void
puente_supply_painter_class_init (PuenteSupplyPainterClass *klass)
{
  PuenteMapPainterClass *painter_class = PUENTE_MAP_PAINTER_CLASS (klass);

  painter_class->layer_id = "supply";
  painter_class->is_available = supply_is_available;
  painter_class->title = N_ ("Supply chain");
  painter_class->sources = N_ ("Supply-chain sites: company announcements and news reports (see each site)");
  painter_class->draw = supply_draw;
  painter_class->hit_test = supply_hit_test;
  painter_class->describe = supply_describe;
  painter_class->draw_legend = supply_draw_legend;
  painter_class->collect_marks = supply_collect_marks;
}

static void
puente_supply_painter_init (PuenteSupplyPainter *self)
{
}
