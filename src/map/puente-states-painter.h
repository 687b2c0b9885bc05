/* puente-states-painter.h: states coloured by a metric (choropleth)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-map-painter.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_STATES_METRIC_ZEV_SHARE,    /* ZEV share of new light-duty sales */
  PUENTE_STATES_METRIC_EVS_PER_PORT, /* ZEVs in operation per public port */
  PUENTE_STATES_METRIC_CHARGING_GAP, /* public ports needed - existing */
  PUENTE_STATES_METRIC_ELECTRICITY,  /* light-duty electricity use, GWh */
  PUENTE_STATES_METRIC_CO2,          /* light-duty CO2, Mt */
  PUENTE_N_STATES_METRICS
} PuenteStatesMetric;

/* "zev-share", "evs-per-port", "charging-gap", "electricity", "co2" */
const char                       *puente_states_metric_to_string (PuenteStatesMetric metric);
gboolean                          puente_states_metric_from_string (const char         *text,
                                                                    PuenteStatesMetric *metric);
/* In @lang: "ZEV share of new sales". */
const char                       *puente_states_metric_get_title (PuenteStatesMetric metric,
                                                                  PuenteLang         lang);
/* The metric of @region in @year from one results table; NAN when absent. */
double                            puente_states_metric_get_value (PuenteStatesMetric   metric,
                                                                  const PuenteResults *results,
                                                                  const char          *region,
                                                                  int                  year);
/* A value as the legend and tooltips write it ("12.5%", "3,400"). */
char                             *puente_states_metric_format (PuenteStatesMetric metric,
                                                               double             value,
                                                               gboolean           difference,
                                                               PuenteLang         lang);

/* Cairo only, no widget: what the layer shows for a context. */
double                            puente_states_get_value (PuenteMapContext  *context,
                                                           PuenteStatesMetric metric,
                                                           const char        *region);
void                              puente_states_get_classes (PuenteMapContext  *context,
                                                             PuenteStatesMetric metric,
                                                             PuenteMapClasses  *classes);
/* The fill of @region; FALSE when it has no value. */
gboolean                          puente_states_get_colour (PuenteMapContext  *context,
                                                            PuenteStatesMetric metric,
                                                            const char        *region,
                                                            PuenteRgb         *rgb);
void                              puente_states_paint (PuenteMapContext     *context,
                                                       PuenteStatesMetric    metric,
                                                       cairo_t              *cr,
                                                       const PuenteMapFrame *frame);

/* The fills drawn once for a view and a margin around it, reused while the
 * map pans at the same zoom; names and the selection are drawn each time. */
typedef struct _PuenteStatesCache PuenteStatesCache;

PuenteStatesCache                *puente_states_cache_new (void);
void                              puente_states_cache_free (PuenteStatesCache *cache);
void                              puente_states_cache_get_stats (PuenteStatesCache *cache,
                                                                 guint             *hits,
                                                                 guint             *misses);
void                              puente_states_paint_cached (PuenteMapContext     *context,
                                                              PuenteStatesMetric    metric,
                                                              PuenteStatesCache    *cache,
                                                              cairo_t              *cr,
                                                              const PuenteMapFrame *frame);

#define PUENTE_TYPE_STATES_PAINTER (puente_states_painter_get_type ())

G_DECLARE_FINAL_TYPE (PuenteStatesPainter, puente_states_painter, PUENTE, STATES_PAINTER, PuenteMapPainter)

/* The colour @region shows, its class colour over the land, for the text
 * drawn on it; FALSE without results or for a region the layer does not
 * fill. */
gboolean           puente_states_painter_get_fill (PuenteStatesPainter *self,
                                                   const char          *region,
                                                   PuenteRgb           *rgb);
PuenteStatesMetric puente_states_painter_get_metric (PuenteStatesPainter *self);
void               puente_states_painter_set_metric (PuenteStatesPainter *self,
                                                     PuenteStatesMetric   metric);

G_END_DECLS
