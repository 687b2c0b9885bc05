/* puente-states-painter.c: states coloured by a metric (choropleth)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each US and Mexican state is filled with the class colour of the chosen
 * metric in the selected year, from the basemap's own polygons projected
 * with the map's viewport. Classes stay the same across years (and between
 * A and B), so playing the years shows change, not rescaling.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-format.h"
#include "puente-i18n.h"
#include "puente-states-painter.h"

#define FILL_ALPHA 0.85

typedef struct
{
  const char   *id;
  const char   *title; /* N_() */
  const char   *unit;  /* N_() */
  PuenteMapRamp ramp;
} MetricInfo;

static const MetricInfo metrics[PUENTE_N_STATES_METRICS] = {
  [PUENTE_STATES_METRIC_ZEV_SHARE] = { "zev-share", N_ ("ZEV share of new sales"), N_ ("% of new light-duty sales"), PUENTE_MAP_RAMP_VIRIDIS },
  [PUENTE_STATES_METRIC_EVS_PER_PORT] = { "evs-per-port", N_ ("EVs per public charging port"), N_ ("ZEVs in operation per public port"), PUENTE_MAP_RAMP_CIVIDIS },
  [PUENTE_STATES_METRIC_CHARGING_GAP] = { "charging-gap", N_ ("Public charging gap"), N_ ("public ports needed minus existing"), PUENTE_MAP_RAMP_MAGMA },
  [PUENTE_STATES_METRIC_ELECTRICITY] = { "electricity", N_ ("Electricity demand"), N_ ("GWh per year, light-duty vehicles"), PUENTE_MAP_RAMP_VIRIDIS },
  [PUENTE_STATES_METRIC_CO2] = { "co2", N_ ("CO₂ emissions"), N_ ("Mt CO₂ per year, light-duty tailpipe and grid"), PUENTE_MAP_RAMP_MAGMA },
};

/* ZEV shares: fixed classes everyone reads the same way. */
static const double zev_share_breaks[] = { 0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75 };

const char *
puente_states_metric_to_string (PuenteStatesMetric metric)
{
  g_return_val_if_fail ((guint) metric < PUENTE_N_STATES_METRICS, NULL);

  return metrics[metric].id;
}

gboolean
puente_states_metric_from_string (const char         *text,
                                  PuenteStatesMetric *metric)
{
  for (guint i = 0; i < PUENTE_N_STATES_METRICS; i++)
    if (g_strcmp0 (metrics[i].id, text) == 0)
      {
        *metric = i;
        return TRUE;
      }
  return FALSE;
}

const char *
puente_states_metric_get_title (PuenteStatesMetric metric,
                                PuenteLang         lang)
{
  g_return_val_if_fail ((guint) metric < PUENTE_N_STATES_METRICS, NULL);

  return puente_gettext (lang, metrics[metric].title);
}

static const char *
puente_states_metric_get_unit (PuenteStatesMetric metric,
                               PuenteLang         lang)
{
  g_return_val_if_fail ((guint) metric < PUENTE_N_STATES_METRICS, NULL);

  return puente_gettext (lang, metrics[metric].unit);
}

/* The series a metric needs, looked up once per state. */
typedef struct
{
  const double *a;
  const double *b;
  const double *c;
} MetricSeries;

static gboolean
metric_series (PuenteStatesMetric   metric,
               const PuenteResults *results,
               const char          *region,
               MetricSeries        *s)
{
  s->a = s->b = s->c = NULL;
  switch (metric)
    {
    case PUENTE_STATES_METRIC_ZEV_SHARE:
      s->a = puente_results_get_series (results, "ldv.zev_share_sales", region);
      break;
    case PUENTE_STATES_METRIC_EVS_PER_PORT:
      s->a = puente_results_get_series (results, "ldv.ev_stock", region);
      s->b = puente_results_get_series (results, "charging.public_l2_existing", region);
      s->c = puente_results_get_series (results, "charging.public_dcfc_existing", region);
      return s->a != NULL && s->b != NULL && s->c != NULL;
    case PUENTE_STATES_METRIC_CHARGING_GAP:
      s->a = puente_results_get_series (results, "charging.gap", region);
      break;
    case PUENTE_STATES_METRIC_ELECTRICITY:
      s->a = puente_results_get_series (results, "ldv.electricity_gwh", region);
      break;
    case PUENTE_STATES_METRIC_CO2:
      s->a = puente_results_get_series (results, "ldv.co2_mt", region);
      break;
    case PUENTE_N_STATES_METRICS:
    default:
      g_return_val_if_reached (FALSE);
    }
  return s->a != NULL;
}

static double
metric_at (PuenteStatesMetric  metric,
           const MetricSeries *s,
           guint               index)
{
  if (metric == PUENTE_STATES_METRIC_EVS_PER_PORT)
    {
      double ports = s->b[index] + s->c[index];

      return ports > 0 ? s->a[index] / ports : NAN;
    }
  return s->a[index];
}

double
puente_states_metric_get_value (PuenteStatesMetric   metric,
                                const PuenteResults *results,
                                const char          *region,
                                int                  year)
{
  MetricSeries s;
  int          first;

  g_return_val_if_fail ((guint) metric < PUENTE_N_STATES_METRICS, NAN);

  if (results == NULL || region == NULL)
    return NAN;
  first = puente_results_get_first_year (results);
  if (year < first || year > puente_results_get_last_year (results))
    return NAN;
  if (!metric_series (metric, results, region, &s))
    return NAN;
  return metric_at (metric, &s, year - first);
}

char *
puente_states_metric_format (PuenteStatesMetric metric,
                             double             value,
                             gboolean           difference,
                             PuenteLang         lang)
{
  g_autofree char *text = NULL;

  if (isnan (value))
    return g_strdup (PUENTE_FORMAT_MISSING);

  switch (metric)
    {
    case PUENTE_STATES_METRIC_ZEV_SHARE:
      if (difference)
        {
          text = puente_format_number (lang, value * 100, fabs (value) < 0.1 ? 1 : 0);
          /* Translators: a difference of shares in percentage points */
          return g_strdup_printf (puente_gettext (lang, "%s%s pp"), value > 0 ? "+" : "", text);
        }
      return puente_format_percent (lang, value, value < 0.1 && value != 0 ? 1 : 0);
    case PUENTE_STATES_METRIC_EVS_PER_PORT:
      text = puente_format_number (lang, value, fabs (value) < 10 ? 1 : 0);
      break;
    case PUENTE_STATES_METRIC_ELECTRICITY:
    case PUENTE_STATES_METRIC_CO2:
      text = fabs (value) < 10 ? puente_format_number (lang, value, fabs (value) < 1 ? 2 : 1)
                               : puente_format_si (lang, value, 1);
      break;
    case PUENTE_STATES_METRIC_CHARGING_GAP:
    case PUENTE_N_STATES_METRICS:
    default:
      text = fabs (value) < 1000 ? puente_format_number (lang, value, 0) : puente_format_si (lang, value, 1);
      break;
    }
  if (difference && value > 0)
    return g_strdup_printf ("+%s", text);
  return g_steal_pointer (&text);
}

/* ---- cairo only --------------------------------------------------------- */

double
puente_states_get_value (PuenteMapContext  *context,
                         PuenteStatesMetric metric,
                         const char        *region)
{
  int    year;
  double a;

  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), NAN);

  year = puente_map_context_get_year (context);
  a = puente_states_metric_get_value (metric, puente_map_context_get_shown (context), region, year);
  if (puente_map_context_is_difference (context))
    return puente_states_metric_get_value (metric, puente_map_context_get_compare (context), region, year) - puente_states_metric_get_value (metric, puente_map_context_get_results (context), region, year);
  return a;
}

void
puente_states_get_classes (PuenteMapContext  *context,
                           PuenteStatesMetric metric,
                           PuenteMapClasses  *classes)
{
  PuenteDataset       *dataset;
  const PuenteResults *a, *b;
  gboolean             difference;
  g_autoptr(GArray) values = NULL;

  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));
  g_return_if_fail (classes != NULL);

  difference = puente_map_context_is_difference (context);
  if (metric == PUENTE_STATES_METRIC_ZEV_SHARE && !difference)
    {
      puente_map_classes_init (classes, metrics[metric].ramp, zev_share_breaks, G_N_ELEMENTS (zev_share_breaks));
      return;
    }

  dataset = puente_map_context_get_dataset (context);
  a = puente_map_context_get_results (context);
  b = puente_map_context_get_compare (context);
  values = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint s = 0; a != NULL && s < puente_dataset_get_n_states (dataset); s++)
    {
      const char  *code = puente_dataset_get_state (dataset, s)->code;
      MetricSeries sa, sb;
      gboolean     has_a = metric_series (metric, a, code, &sa);
      gboolean     has_b = b != NULL && metric_series (metric, b, code, &sb);
      guint        n = puente_results_get_n_years (a);

      if (b != NULL)
        n = MIN (n, puente_results_get_n_years (b));
      for (guint y = 0; y < n; y++)
        {
          double v;

          if (difference)
            {
              if (!has_a || !has_b)
                continue;
              v = metric_at (metric, &sb, y) - metric_at (metric, &sa, y);
              g_array_append_val (values, v);
              continue;
            }
          /* A and B share classes, so two maps side by side compare. */
          if (has_a)
            {
              v = metric_at (metric, &sa, y);
              g_array_append_val (values, v);
            }
          if (has_b)
            {
              v = metric_at (metric, &sb, y);
              g_array_append_val (values, v);
            }
        }
    }

  if (difference)
    puente_map_classes_diverging (classes, (double *) values->data, values->len);
  else
    puente_map_classes_quantiles (classes, metrics[metric].ramp, (double *) values->data, values->len, 7);
}

gboolean
puente_states_get_colour (PuenteMapContext  *context,
                          PuenteStatesMetric metric,
                          const char        *region,
                          PuenteRgb         *rgb)
{
  PuenteMapClasses classes;

  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), FALSE);
  g_return_val_if_fail (rgb != NULL, FALSE);

  puente_states_get_classes (context, metric, &classes);
  return puente_map_classes_colour (&classes, puente_states_get_value (context, metric, region), rgb);
}

static gboolean
is_model_state (PuenteDataset              *dataset,
                const PuenteBasemapFeature *feature)
{
  return puente_basemap_feature_get_kind (feature) == PUENTE_BASEMAP_FEATURE_STATE &&
    puente_dataset_find_state (dataset, puente_basemap_feature_get_id (feature)) >= 0;
}

/* The fills and borders of every state in view. */
static void
paint_fills (PuenteMapContext       *context,
             PuenteStatesMetric      metric,
             const PuenteMapClasses *classes,
             cairo_t                *cr,
             const PuenteMapFrame   *frame)
{
  PuenteBasemap     *basemap = puente_map_context_get_basemap (context);
  PuenteDataset     *dataset = puente_map_context_get_dataset (context);
  PuenteBasemapStyle style = puente_map_context_get_style (context);
  double             left, top, border_r, border_g, border_b;

  puente_map_frame_get_origin (frame, &left, &top);
  puente_basemap_get_paint (style, PUENTE_BASEMAP_PAINT_LAND, &border_r, &border_g, &border_b);
  cairo_save (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  /* Bevel joins: round ones cost the stroker much more. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);

  for (guint i = 0; i < puente_basemap_get_n_features (basemap); i++)
    {
      const PuenteBasemapFeature *feature = puente_basemap_get_feature (basemap, i);
      const char                 *code = puente_basemap_feature_get_id (feature);
      PuenteRgb                   rgb;
      gboolean                    has_value;

      if (!is_model_state (dataset, feature))
        continue;
      cairo_new_path (cr);
      puente_basemap_append_feature_path (basemap, cr, feature, frame->zoom, left, top,
                                          frame->width, frame->height);
      if (!cairo_has_current_point (cr))
        continue;

      has_value = puente_map_classes_colour (classes, puente_states_get_value (context, metric, code), &rgb);
      cairo_set_source_rgba (cr, rgb.r, rgb.g, rgb.b, has_value ? FILL_ALPHA : 0.35);
      cairo_fill (cr);
    }

  /* The borders in one stroke. */
  cairo_new_path (cr);
  for (guint i = 0; i < puente_basemap_get_n_features (basemap); i++)
    {
      const PuenteBasemapFeature *feature = puente_basemap_get_feature (basemap, i);

      if (is_model_state (dataset, feature))
        puente_basemap_append_feature_path (basemap, cr, feature, frame->zoom, left, top,
                                            frame->width, frame->height);
    }
  cairo_set_source_rgba (cr, border_r, border_g, border_b, 0.9);
  cairo_set_line_width (cr, frame->zoom < 4 ? 0.5 : 0.8);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* What changes every frame: the selected state's outline. (The names are
 * the labels pass's, above every layer: puente-map-labels.h.) */
static void
paint_overlay (PuenteMapContext     *context,
               cairo_t              *cr,
               const PuenteMapFrame *frame)
{
  PuenteBasemap              *basemap = puente_map_context_get_basemap (context);
  PuenteBasemapStyle          style = puente_map_context_get_style (context);
  const char                 *selection = puente_map_context_get_selection (context);
  const PuenteBasemapFeature *selected = selection != NULL ? puente_basemap_lookup (basemap, selection) : NULL;
  double                      left, top;

  puente_map_frame_get_origin (frame, &left, &top);

  if (selected != NULL && is_model_state (puente_map_context_get_dataset (context), selected))
    {
      double r, g, b, br, bg, bb;

      cairo_save (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_new_path (cr);
      puente_basemap_append_feature_path (basemap, cr, selected, frame->zoom, left, top,
                                          frame->width, frame->height);
      puente_basemap_get_paint (style, PUENTE_BASEMAP_PAINT_LAND, &br, &bg, &bb);
      puente_basemap_get_paint (style, PUENTE_BASEMAP_PAINT_COUNTRY_TEXT, &r, &g, &b);
      cairo_set_source_rgba (cr, br, bg, bb, 0.9);
      cairo_set_line_width (cr, 5);
      cairo_stroke_preserve (cr);
      cairo_set_source_rgb (cr, r, g, b);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

/* ---- a cache of the fills, for panning -------------------------------- */

struct _PuenteStatesCache
{
  cairo_surface_t   *surface;
  double             left, top;     /* world pixels of its corner */
  double             width, height; /* logical pixels */
  double             device_scale;
  double             zoom;
  int                year;
  guint              generation;
  PuenteStatesMetric metric;
  PuenteBasemapStyle style;
  PuenteMapContext  *context; /* not a reference: compared only */
  guint              hits;
  guint              misses;
};

PuenteStatesCache *
puente_states_cache_new (void)
{
  return g_new0 (PuenteStatesCache, 1);
}

void
puente_states_cache_free (PuenteStatesCache *cache)
{
  if (cache == NULL)
    return;
  g_clear_pointer (&cache->surface, cairo_surface_destroy);
  g_free (cache);
}

void
puente_states_cache_get_stats (PuenteStatesCache *cache,
                               guint             *hits,
                               guint             *misses)
{
  g_return_if_fail (cache != NULL);

  *hits = cache->hits;
  *misses = cache->misses;
}

/* A quarter of the view more on each side: panning redraws the fills only
 * when the view leaves that. */
#define CACHE_MARGIN 0.25

static void
paint_fills_cached (PuenteMapContext       *context,
                    PuenteStatesMetric      metric,
                    const PuenteMapClasses *classes,
                    PuenteStatesCache      *cache,
                    cairo_t                *cr,
                    const PuenteMapFrame   *frame)
{
  double             left, top, sx = 1, sy = 1;
  int                year = puente_map_context_get_year (context);
  guint              generation = puente_map_context_get_generation (context);
  PuenteBasemapStyle style = puente_map_context_get_style (context);

  puente_map_frame_get_origin (frame, &left, &top);
  cairo_surface_get_device_scale (cairo_get_target (cr), &sx, &sy);
  {
    double ux = 1, uy = 0;

    /* The user-space scale too (exports, HiDPI snapshots). */
    cairo_user_to_device_distance (cr, &ux, &uy);
    sx = MAX (sx, hypot (ux, uy));
  }

  if (cache->surface == NULL || cache->zoom != frame->zoom || cache->year != year ||
      cache->generation != generation || cache->metric != metric || cache->style != style ||
      cache->context != context || cache->device_scale != sx ||
      left < cache->left || top < cache->top ||
      left + frame->width > cache->left + cache->width || top + frame->height > cache->top + cache->height)
    {
      PuenteMapFrame big = *frame;
      cairo_t       *cache_cr;

      big.width = ceil (frame->width * (1 + 2 * CACHE_MARGIN));
      big.height = ceil (frame->height * (1 + 2 * CACHE_MARGIN));
      g_clear_pointer (&cache->surface, cairo_surface_destroy);
      cache->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (big.width * sx),
                                                   (int) ceil (big.height * sx));
      cairo_surface_set_device_scale (cache->surface, sx, sx);
      cache_cr = cairo_create (cache->surface);
      paint_fills (context, metric, classes, cache_cr, &big);
      cairo_destroy (cache_cr);
      puente_map_frame_get_origin (&big, &cache->left, &cache->top);
      cache->width = big.width;
      cache->height = big.height;
      cache->device_scale = sx;
      cache->zoom = frame->zoom;
      cache->year = year;
      cache->generation = generation;
      cache->metric = metric;
      cache->style = style;
      cache->context = context;
      cache->misses++;
    }
  else
    cache->hits++;

  cairo_save (cr);
  cairo_set_source_surface (cr, cache->surface, cache->left - left, cache->top - top);
  /* Whole device pixels: no resampling blur. */
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_FAST);
  cairo_rectangle (cr, 0, 0, frame->width, frame->height);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
paint_with_classes (PuenteMapContext       *context,
                    PuenteStatesMetric      metric,
                    const PuenteMapClasses *classes,
                    PuenteStatesCache      *cache,
                    cairo_t                *cr,
                    const PuenteMapFrame   *frame)
{
  if (cache != NULL)
    paint_fills_cached (context, metric, classes, cache, cr, frame);
  else
    paint_fills (context, metric, classes, cr, frame);
  paint_overlay (context, cr, frame);
}

void
puente_states_paint_cached (PuenteMapContext     *context,
                            PuenteStatesMetric    metric,
                            PuenteStatesCache    *cache,
                            cairo_t              *cr,
                            const PuenteMapFrame *frame)
{
  PuenteMapClasses classes;

  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (frame != NULL);

  if (puente_map_context_get_results (context) == NULL)
    return;
  puente_states_get_classes (context, metric, &classes);
  cairo_save (cr);
  paint_with_classes (context, metric, &classes, cache, cr, frame);
  cairo_restore (cr);
}

void
puente_states_paint (PuenteMapContext     *context,
                     PuenteStatesMetric    metric,
                     cairo_t              *cr,
                     const PuenteMapFrame *frame)
{
  PuenteMapClasses classes;

  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (frame != NULL);

  if (puente_map_context_get_results (context) == NULL)
    return;
  puente_states_get_classes (context, metric, &classes);
  cairo_save (cr);
  paint_with_classes (context, metric, &classes, NULL, cr, frame);
  cairo_restore (cr);
}

/* ---- the painter -------------------------------------------------------- */

struct _PuenteStatesPainter
{
  PuenteMapPainter   parent_instance;

  PuenteStatesMetric metric;
  /* Classes of the last draw, valid for one generation of results. */
  PuenteMapClasses   classes;
  guint              classes_generation;
  PuenteStatesMetric classes_metric;
  gboolean           classes_valid;
  PuenteStatesCache *cache;
};

G_DEFINE_FINAL_TYPE (PuenteStatesPainter, puente_states_painter, PUENTE_TYPE_MAP_PAINTER)

enum {
  PROP_0,
  PROP_METRIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const PuenteMapClasses *
get_classes (PuenteStatesPainter *self)
{
  PuenteMapContext *context = puente_map_painter_get_context (PUENTE_MAP_PAINTER (self));
  guint             generation = puente_map_context_get_generation (context);

  if (!self->classes_valid || self->classes_generation != generation || self->classes_metric != self->metric)
    {
      puente_states_get_classes (context, self->metric, &self->classes);
      self->classes_generation = generation;
      self->classes_metric = self->metric;
      self->classes_valid = TRUE;
    }
  return &self->classes;
}

static gboolean
states_is_available (PuenteMapPainter *painter)
{
  return puente_map_context_get_results (puente_map_painter_get_context (painter)) != NULL;
}

static void
states_draw (PuenteMapPainter     *painter,
             cairo_t              *cr,
             const PuenteMapFrame *frame)
{
  PuenteStatesPainter *self = PUENTE_STATES_PAINTER (painter);
  PuenteMapContext    *context = puente_map_painter_get_context (painter);

  if (puente_map_context_get_results (context) == NULL)
    return;
  /* Exports draw on vector surfaces: no cached pixels there. */
  paint_with_classes (context, self->metric, get_classes (self),
                      cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE ? self->cache : NULL,
                      cr, frame);
}

static char *
states_hit_test (PuenteMapPainter     *painter,
                 const PuenteMapFrame *frame,
                 double                x,
                 double                y)
{
  PuenteMapContext           *context = puente_map_painter_get_context (painter);
  const PuenteBasemapFeature *feature;
  double                      lat, lon;

  puente_map_frame_unproject (frame, x, y, &lat, &lon);
  feature = puente_basemap_find_at (puente_map_context_get_basemap (context), lat, lon,
                                    PUENTE_BASEMAP_FEATURE_STATE);
  if (feature == NULL || !is_model_state (puente_map_context_get_dataset (context), feature))
    return NULL;
  return g_strdup (puente_basemap_feature_get_id (feature));
}

static char *
states_describe (PuenteMapPainter *painter,
                 const char       *id)
{
  PuenteStatesPainter *self = PUENTE_STATES_PAINTER (painter);
  PuenteMapContext    *context = puente_map_painter_get_context (painter);
  PuenteLang           lang = puente_map_context_get_language (context);
  const char          *name = puente_map_context_get_place_name (context, id);
  g_autofree char     *value = NULL;

  if (name == NULL || puente_dataset_find_state (puente_map_context_get_dataset (context), id) < 0)
    return NULL;
  value = puente_states_metric_format (self->metric, puente_states_get_value (context, self->metric, id),
                                       puente_map_context_is_difference (context), lang);
  /* Translators: a tooltip: a state's name, then a metric and its value */
  return g_strdup_printf (puente_gettext (lang, "%s\n%s: %s"), name, puente_states_metric_get_title (self->metric, lang), value);
}

typedef struct
{
  PuenteStatesMetric metric;
  gboolean           difference;
  PuenteLang         lang;
} FormatData;

static char *
format_threshold (double   value,
                  gpointer user_data)
{
  FormatData *data = user_data;

  return puente_states_metric_format (data->metric, value, data->difference, data->lang);
}

static double
states_draw_legend (PuenteMapPainter           *painter,
                    cairo_t                    *cr,
                    const PuenteMapLegendStyle *style,
                    double                      x,
                    double                      y,
                    double                      width)
{
  PuenteStatesPainter *self = PUENTE_STATES_PAINTER (painter);
  PuenteMapContext    *context = puente_map_painter_get_context (painter);
  PuenteLang           lang = puente_map_context_get_language (context);
  FormatData           data = { self->metric, puente_map_context_is_difference (context),
                                puente_map_context_get_language (context) };
  g_autofree char     *title = NULL;
  double               top = y;

  if (data.difference)
    /* Translators: legend title: a metric, its difference between
     * scenarios, and the year */
    title = g_strdup_printf (puente_gettext (lang, "%s, B − A, %d"), puente_states_metric_get_title (self->metric, lang),
                             puente_map_context_get_year (context));
  else
    /* Translators: legend title: a metric and the year */
    title = g_strdup_printf (puente_gettext (lang, "%s, %d"), puente_states_metric_get_title (self->metric, lang),
                             puente_map_context_get_year (context));

  y += puente_map_legend_text (cr, style, title, x, y, width, TRUE, FALSE);
  y += puente_map_legend_text (cr, style, puente_states_metric_get_unit (self->metric, lang), x, y, width, FALSE, TRUE);
  y += 4;
  y += puente_map_legend_classes (cr, style, get_classes (self), format_threshold, &data, x, y, width);
  return y - top;
}

static void
puente_states_painter_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PuenteStatesPainter *self = PUENTE_STATES_PAINTER (object);

  switch (prop_id)
    {
    case PROP_METRIC:
      g_value_set_string (value, puente_states_metric_to_string (self->metric));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_states_painter_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PuenteStatesPainter *self = PUENTE_STATES_PAINTER (object);
  PuenteStatesMetric   metric;

  switch (prop_id)
    {
    case PROP_METRIC:
      if (puente_states_metric_from_string (g_value_get_string (value), &metric))
        puente_states_painter_set_metric (self, metric);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_states_painter_finalize (GObject *object)
{
  PuenteStatesPainter *self = PUENTE_STATES_PAINTER (object);

  g_clear_pointer (&self->cache, puente_states_cache_free);

  G_OBJECT_CLASS (puente_states_painter_parent_class)->finalize (object);
}

static void
puente_states_painter_class_init (PuenteStatesPainterClass *klass)
{
  GObjectClass          *object_class = G_OBJECT_CLASS (klass);
  PuenteMapPainterClass *painter_class = PUENTE_MAP_PAINTER_CLASS (klass);

  object_class->finalize = puente_states_painter_finalize;
  object_class->get_property = puente_states_painter_get_property;
  object_class->set_property = puente_states_painter_set_property;

  painter_class->layer_id = "states";
  painter_class->is_available = states_is_available;
  painter_class->title = N_ ("States");
  painter_class->sources = N_ ("States: AFDC/NREL, Experian, INEGI, EMA, EPA eGRID; projections: Puente model");
  painter_class->draw = states_draw;
  painter_class->hit_test = states_hit_test;
  painter_class->describe = states_describe;
  painter_class->draw_legend = states_draw_legend;

  /* A string, so it binds to a GSettings key as it is. */
  properties[PROP_METRIC] =
    g_param_spec_string ("metric", NULL, NULL, "zev-share",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
puente_states_painter_init (PuenteStatesPainter *self)
{
  self->cache = puente_states_cache_new ();
}

gboolean
puente_states_painter_get_fill (PuenteStatesPainter *self,
                                const char          *region,
                                PuenteRgb           *rgb)
{
  PuenteMapContext *context;
  PuenteRgb         fill;
  double            r, g, b;
  gboolean          has_value;

  g_return_val_if_fail (PUENTE_IS_STATES_PAINTER (self), FALSE);
  g_return_val_if_fail (rgb != NULL, FALSE);

  context = puente_map_painter_get_context (PUENTE_MAP_PAINTER (self));
  if (puente_map_context_get_results (context) == NULL ||
      puente_dataset_find_state (puente_map_context_get_dataset (context), region) < 0)
    return FALSE;
  has_value = puente_map_classes_colour (get_classes (self), puente_states_get_value (context, self->metric, region),
                                         &fill);
  /* Over the land, as paint_fills () lays it. */
  puente_basemap_get_paint (puente_map_context_get_style (context), PUENTE_BASEMAP_PAINT_LAND, &r, &g, &b);
  {
    double alpha = has_value ? FILL_ALPHA : 0.35;

    rgb->r = fill.r * alpha + r * (1 - alpha);
    rgb->g = fill.g * alpha + g * (1 - alpha);
    rgb->b = fill.b * alpha + b * (1 - alpha);
  }
  return TRUE;
}

PuenteStatesMetric
puente_states_painter_get_metric (PuenteStatesPainter *self)
{
  g_return_val_if_fail (PUENTE_IS_STATES_PAINTER (self), PUENTE_STATES_METRIC_ZEV_SHARE);

  return self->metric;
}

void
puente_states_painter_set_metric (PuenteStatesPainter *self,
                                  PuenteStatesMetric   metric)
{
  g_return_if_fail (PUENTE_IS_STATES_PAINTER (self));
  g_return_if_fail ((guint) metric < PUENTE_N_STATES_METRICS);

  if (self->metric == metric)
    return;
  self->metric = metric;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC]);
}
