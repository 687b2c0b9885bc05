/* puente-map-export.h: a map for a report or a slide, drawn without a screen
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PuenteMapDocument says what a map shows — scenarios, year, metric,
 * layers, one map, A | B or B − A, language, view — and nothing about a
 * window: the picture is laid out for the size asked, with a title, the
 * scenarios' names and legal status, the map (or both maps side by side),
 * the names (the labels pass, puente-map-labels.h), the legend of every
 * layer shown, and the sources. The window's Export Map and `puente-cli
 * map` both draw through here, with the very painters the window shows, so
 * the same document gives the same picture at the same size whatever panels
 * are open. Cairo only.
 *
 * From the app:
 *
 *   PuenteMapDocument doc;
 *   const char *layers[] = { "states", "charging", NULL };
 *
 *   puente_map_document_init (&doc, dataset, scenario_a, results_a);
 *   doc.b = scenario_b;                       (NULL without a comparison)
 *   doc.b_results = results_b;
 *   doc.year = 2030;
 *   doc.mode = PUENTE_MAP_EXPORT_SPLIT;
 *   doc.metric = PUENTE_STATES_METRIC_ZEV_SHARE;
 *   doc.layers = layers;
 *   doc.lang = PUENTE_LANG_ES;
 *   (doc.centred, doc.latitude, doc.longitude, doc.zoom for the view on
 *    screen instead of the US and Mexico fitted)
 *   size = (PuenteChartSize) { 1920, 1080, PUENTE_CHART_UNIT_PX, 96 };
 *   puente_map_export (&doc, PUENTE_CHART_FORMAT_PDF, &size, path, &error);
 */
#pragma once

#include "puente-chart-export.h"
#include "puente-map-painter.h"
#include "puente-scenario.h"
#include "puente-states-painter.h"
#include "puente-stations-painter.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_MAP_EXPORT_SINGLE,     /* one map of scenario A */
  PUENTE_MAP_EXPORT_SPLIT,      /* A | B side by side, one legend */
  PUENTE_MAP_EXPORT_DIFFERENCE, /* one map of B − A */
} PuenteMapExportMode;

typedef struct
{
  PuenteDataset        *dataset;
  /* Scenario A (its name, and its legal status when a preset has one)
   * and its results; B likewise, or NULL without a comparison. */
  const PuenteScenario *a;
  const PuenteResults  *a_results;
  const PuenteScenario *b;
  const PuenteResults  *b_results;
  /* A legal status line to print instead of the scenario's own (NULL:
   * puente_scenario_get_status () in the document's language). */
  const char           *a_status;
  const char           *b_status;
  int                   year;
  PuenteMapExportMode   mode;
  PuenteStatesMetric    metric;
  /* The layers shown, by id (puente_map_painter_list_ids ()),
   * NULL-terminated; NULL: the states alone. */
  const char *const    *layers;
  /* English, Spanish, or both (titles, status and sources in both; the
   * legend in two columns; names on the map in English). */
  PuenteLang            lang;
  PuenteBasemapStyle    style;
  /* The view: the US and Mexico fitted (the default); with @centred, the
   * map's centre and zoom (the view on screen). */
  gboolean              centred;
  double                latitude;
  double                longitude;
  double                zoom;
  /* The names' size, 1 as the window shows them (Present mode: more). */
  double                label_scale;
  /* Imported stations for the "stations" layer (NULL: none, the layer is
   * left out) and its filters; their sources join the footer. */
  PuenteStations       *stations;
  PuenteStationsFilter  stations_filter;
} PuenteMapDocument;

/* Scenario A alone, this year's states coloured by their ZEV share of
 * sales, in English, light, fitted. */
void     puente_map_document_init (PuenteMapDocument    *doc,
                                   PuenteDataset        *dataset,
                                   const PuenteScenario *a,
                                   const PuenteResults  *a_results);
/* The title the document's picture carries, in its language (free it). */
char    *puente_map_document_get_title (const PuenteMapDocument *doc);
/* The sources line the picture prints, in @lang (English or Spanish):
 * each layer's sources and the basemap's credit (free it). */
char    *puente_map_document_get_sources (const PuenteMapDocument *doc,
                                          PuenteLang               lang);
/* Draws the whole picture, @width x @height CSS pixels, at the origin of
 * @cr. */
void     puente_map_document_draw (const PuenteMapDocument *doc,
                                   cairo_t                 *cr,
                                   double                   width,
                                   double                   height);
/* Where the maps go in a @width x @height picture, and what they show:
 * one frame, or two for A | B (fills @frames, returns how many; each
 * frame's position in the picture in @x, @y). For tests. */
guint    puente_map_document_layout (const PuenteMapDocument *doc,
                                     double                   width,
                                     double                   height,
                                     PuenteMapFrame           frames[2],
                                     double                   x[2],
                                     double                   y[2]);

/* The file's bytes (PNG, SVG or PDF; CSV is an error). */
GBytes  *puente_map_render (const PuenteMapDocument *doc,
                            PuenteChartFormat        format,
                            const PuenteChartSize   *size,
                            GError                 **error);
/* Written atomically: a failed export never leaves half a file. */
gboolean puente_map_export (const PuenteMapDocument *doc,
                            PuenteChartFormat        format,
                            const PuenteChartSize   *size,
                            const char              *path,
                            GError                 **error);

G_END_DECLS
