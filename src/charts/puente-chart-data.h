/* puente-chart-data.h: the numbers and words one chart shows
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PuenteChartData is resolved from a chart spec and results (see
 * puente-chart-spec.h), or filled by hand (tests, ensembles, the supply-chain
 * graph). It holds every text in English and Spanish, so one data object
 * draws in either language or both. Plain structs: the drawing code reads
 * the fields directly.
 */
#pragma once

#include <glib.h>

#include "puente-i18n.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_CHART_LINE,
  PUENTE_CHART_STACKED_AREA,
  PUENTE_CHART_BARS,  /* vertical bars, one per category */
  PUENTE_CHART_HBARS, /* horizontal bars, one row per category */
  PUENTE_CHART_SANKEY,
  PUENTE_CHART_FAN, /* ensemble median with p25-p75 and p5-p95 bands */
  PUENTE_N_CHART_KINDS
} PuenteChartKind;

typedef enum {
  PUENTE_VALUE_NUMBER, /* counts, energy, mass: scaled to k/M/B */
  PUENTE_VALUE_SHARE,  /* 0..1, shown as percent */
} PuenteValueKind;

/* Scenario slots. */
enum {
  PUENTE_SCENARIO_A,
  PUENTE_SCENARIO_B,
  PUENTE_N_SCENARIO_SLOTS
};

/* Fan percentiles. */
enum {
  PUENTE_P5,
  PUENTE_P25,
  PUENTE_P50,
  PUENTE_P75,
  PUENTE_P95,
  PUENTE_N_PERCENTILES
};

typedef struct
{
  char *en;
  char *es; /* NULL: same as English */
} PuenteText;

void  puente_text_set (PuenteText *text,
                       const char *en,
                       const char *es);
/* Sets both from a msgid (N_()) through the translation catalogue. */
void  puente_text_set_msgid (PuenteText *text,
                             const char *context,
                             const char *msgid);
void  puente_text_clear (PuenteText *text);
/* The text in @lang; PUENTE_LANG_BOTH joins "English / Español" (once when
 * both are the same). Free with g_free. */
char *puente_text_get (const PuenteText *text,
                       PuenteLang        lang);

typedef struct
{
  PuenteText label;
  char      *indicator; /* for the CSV: "ldv.bev_stock", "a+b" for sums */
  char      *region;    /* region code, or NULL */
  int        colour;    /* palette index */
  /* n_points values per scenario slot; values[B] NULL when B is not shown. */
  double    *values[PUENTE_N_SCENARIO_SLOTS];
  /* FAN only: n_points values per percentile, for scenario A... */
  double    *bands[PUENTE_N_PERCENTILES];
  /* ...and for B when its ensemble ran too (else NULL: B is a line). */
  double    *b_bands[PUENTE_N_PERCENTILES];
} PuenteChartSeries;

typedef enum {
  PUENTE_SANKEY_NODE_FLOW,   /* inflow = outflow */
  PUENTE_SANKEY_NODE_SOURCE, /* mining, imports: outflow only */
  PUENTE_SANKEY_NODE_SINK,   /* exports, disposal, stock growth: inflow only */
} PuenteSankeyNodeKind;

typedef struct
{
  char                *id;
  PuenteText           label;
  /* Shorter words for the label where the whole one does not fit beside
   * the node, read under the column's header ("Imported" under "Cells");
   * en NULL: none. */
  PuenteText           short_label;
  guint                column; /* stage, left to right */
  PuenteSankeyNodeKind kind;
  int                  colour; /* palette index */
} PuenteSankeyNode;

typedef struct
{
  guint    source; /* node indices */
  guint    target;
  double   value;     /* scenario A */
  gboolean recycling; /* drawn as a loop back to an earlier column */
  double   value_b;   /* scenario B, when the Sankey has_b */
} PuenteSankeyLink;

typedef struct
{
  GArray     *nodes; /* PuenteSankeyNode */
  GArray     *links; /* PuenteSankeyLink */
  guint       n_columns;
  PuenteText *column_labels; /* n_columns */
  int         highlight;     /* node whose paths stand out, or -1 */
  gboolean    has_b;         /* links carry value_b (puente_sankey_set_b) */
} PuenteSankey;

PuenteSankey *puente_sankey_new (guint n_columns);
void          puente_sankey_free (PuenteSankey *self);
void          puente_sankey_set_column (PuenteSankey *self,
                                        guint         column,
                                        const char   *en,
                                        const char   *es);
guint         puente_sankey_add_node (PuenteSankey        *self,
                                      const char          *id,
                                      const char          *en,
                                      const char          *es,
                                      guint                column,
                                      PuenteSankeyNodeKind kind);
void          puente_sankey_set_short_label (PuenteSankey *self,
                                             guint         node,
                                             const char   *en,
                                             const char   *es);
int           puente_sankey_find_node (const PuenteSankey *self,
                                       const char         *id);
void          puente_sankey_add_link (PuenteSankey *self,
                                      guint         source,
                                      guint         target,
                                      double        value,
                                      gboolean      recycling);
double        puente_sankey_node_inflow (const PuenteSankey *self,
                                         guint               node);
double        puente_sankey_node_outflow (const PuenteSankey *self,
                                          guint               node);
/* The node's size: its throughput (max of inflow and outflow). */
double        puente_sankey_node_total (const PuenteSankey *self,
                                        guint               node);
/* The same for scenario @slot (PUENTE_SCENARIO_A or _B). */
double        puente_sankey_node_total_in (const PuenteSankey *self,
                                           guint               node,
                                           guint               slot);
/* Scenario B's flows: every link of @b (matched to @self's by the ids of
 * its nodes; nodes and links @self lacks are added with zero for A) gives
 * its value to value_b. */
void          puente_sankey_set_b (PuenteSankey       *self,
                                   const PuenteSankey *b);
/* TRUE when every flow node's inflow equals its outflow within @tolerance
 * (relative to the node's throughput); otherwise FALSE with the first
 * unbalanced node in @bad_node. */
/* Marks the links on paths through @node (upstream and downstream, not
 * around the recycling loop): @on_path gets one flag per link. */
void          puente_sankey_paths_through (const PuenteSankey *self,
                                           guint               node,
                                           gboolean           *on_path);
gboolean      puente_sankey_check_balance (const PuenteSankey *self,
                                           double              tolerance,
                                           guint              *bad_node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteSankey, puente_sankey_free)

typedef struct _PuenteChartData PuenteChartData;

struct _PuenteChartData
{
  char           *id;
  PuenteChartKind kind;
  PuenteValueKind value_kind;
  PuenteText      title;
  PuenteText      subtitle;
  PuenteText      axis_title; /* the value axis, without the scale word */
  PuenteText      sources;    /* "Data: ..." (the scenarios are added) */
  char           *unit;       /* for the CSV: "vehicles", "%", "TWh" */

  /* The x axis: years from first_year, or named categories (bars). */
  int             first_year;
  guint           n_points;
  char          **category_codes; /* n_points, or NULL for years */
  PuenteText     *categories;     /* n_points, or NULL for years */
  /* Bars: the year the values are for. Years: a marker year, or 0. */
  int             year;

  GPtrArray      *series; /* PuenteChartSeries */

  gboolean        has_b;
  PuenteText      scenario[PUENTE_N_SCENARIO_SLOTS];
  char           *scenario_id[PUENTE_N_SCENARIO_SLOTS];
  /* Each scenario's dated legal status badge ("Repealed, as of
   * 2026-12-07"), en NULL for none (a user's scenario); filled by
   * puente_chart_data_name_scenario () (puente-chart-scenario.h). */
  PuenteText      status[PUENTE_N_SCENARIO_SLOTS];
  gboolean        show_difference; /* B - A panel under line charts */

  PuenteSankey   *sankey; /* SANKEY only */
};

PuenteChartData   *puente_chart_data_new (const char     *id,
                                          PuenteChartKind kind);
void               puente_chart_data_free (PuenteChartData *self);
void               puente_chart_data_set_years (PuenteChartData *self,
                                                int              first_year,
                                                guint            n_years);
/* Categories: the codes are copied; names may be NULL (the code is used). */
void               puente_chart_data_set_categories (PuenteChartData   *self,
                                                     guint              n,
                                                     const char *const *codes,
                                                     const char *const *names_en,
                                                     const char *const *names_es);
/* Slot B of a Sankey is ignored unless it has B's flows
 * (puente_sankey_set_b ()). */
void               puente_chart_data_set_scenario (PuenteChartData *self,
                                                   guint            slot,
                                                   const char      *id,
                                                   const char      *name_en,
                                                   const char      *name_es);
void               puente_chart_data_set_scenario_status (PuenteChartData *self,
                                                          guint            slot,
                                                          const char      *status_en,
                                                          const char      *status_es);
/* A new series with n_points zeros for A (and B when has_b is set);
 * the data owns it. */
PuenteChartSeries *puente_chart_data_add_series (PuenteChartData *self,
                                                 const char      *label_en,
                                                 const char      *label_es,
                                                 const char      *indicator,
                                                 const char      *region,
                                                 int              colour);
/* FAN: allocates the five percentile arrays. */
void               puente_chart_series_alloc_bands (PuenteChartSeries *series,
                                                    guint              n_points);
/* The percentile arrays of @slot: bands (A) or b_bands (B). */
double           **puente_chart_series_get_bands (PuenteChartSeries *series,
                                                  guint              slot);
/* Bars: orders categories by the first series' A value, largest first, and
 * keeps at most @max_categories (0: all). */
void               puente_chart_data_sort_categories (PuenteChartData *self,
                                                      guint            max_categories);
/* Exactly the data the chart shows, long form, C-locale numbers to four
 * significant digits (whole numbers from 1,000), under a block of "# "
 * lines: the chart, each scenario with its status, the units, the
 * sources and the rounding. Then:
 *   years/bars: scenario,series,indicator,region,year,value,unit
 *   fan:        scenario,series,indicator,region,year,p5,p25,p50,p75,p95,unit
 *   sankey:     scenario,year,source,target,value,unit
 * Labels in @lang. */
char              *puente_chart_data_to_csv (const PuenteChartData *self,
                                             PuenteLang             lang);
/* The value shown at (series, point, slot): shares as percent-ready 0..1,
 * NAN when absent. */
double             puente_chart_data_get_value (const PuenteChartData *self,
                                                guint                  series,
                                                guint                  point,
                                                guint                  slot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteChartData, puente_chart_data_free)

G_END_DECLS
