/* puente-view-state.h: what the window shows, apart from the widgets
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workspace holds what the user works on (scenarios, levers, undo,
 * year); the view state holds how the window shows it: the view, the
 * chart and its options, the map's metric, layers, mode, legend, centre,
 * zoom and selection, and where the lists are scrolled. The window owns
 * one view state for its whole life; the widgets read it when they are
 * built, write every change to it, and follow its "notify" signals. A
 * language switch rebuilds the widgets from it, so nothing is lost, and
 * setting its properties from outside (a facilitator's prepared view)
 * moves the live window.
 *
 * Every property is a plain value (string, string list, boolean, double
 * or an enum with nicks), readable and writable, so the whole state can be
 * copied (puente_view_state_copy_from ()) and serialised property by
 * property, as json_gobject_serialize () does. A new piece of view state
 * is a new property here plus its binding in the widget that shows it.
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-deck.h"

G_BEGIN_DECLS

/* How the Map view (and the Supply chain view's Sankey) shows a
 * comparison. */
typedef enum {
  PUENTE_MAP_MODE_SINGLE,     /* one map, scenario A */
  PUENTE_MAP_MODE_SPLIT,      /* A | B side by side, synchronised */
  PUENTE_MAP_MODE_DIFFERENCE, /* one map of B - A */
} PuenteMapMode;

#define PUENTE_TYPE_MAP_MODE (puente_map_mode_get_type ())
GType puente_map_mode_get_type (void);

/* Whether the map's legend is drawn whole or folded to a button. */
typedef enum {
  PUENTE_LEGEND_FOLD_AUTO,      /* folded on a narrow map, else whole */
  PUENTE_LEGEND_FOLD_COLLAPSED, /* the user folded it */
  PUENTE_LEGEND_FOLD_EXPANDED,  /* the user opened it */
} PuenteLegendFold;

#define PUENTE_TYPE_LEGEND_FOLD (puente_legend_fold_get_type ())
GType puente_legend_fold_get_type (void);

/* The views, by name: "overview", "map", "charts", "supply". */
#define PUENTE_VIEW_OVERVIEW "overview"
#define PUENTE_VIEW_MAP "map"
#define PUENTE_VIEW_CHARTS "charts"
#define PUENTE_VIEW_SUPPLY "supply"

#define PUENTE_TYPE_VIEW_STATE (puente_view_state_get_type ())

G_DECLARE_FINAL_TYPE (PuenteViewState, puente_view_state, PUENTE, VIEW_STATE, GObject)

/* Properties, with their defaults:
 *
 * "view"               string  "overview"  the visible view (PUENTE_VIEW_*)
 * "levers-shown"       bool    TRUE        the levers sidebar is open
 * "lever-search"       string  ""          the levers' search text
 * "lever-scroll"       double  0           the levers list's scroll (px)
 * "chart-id"           string  NULL        the chart shown (NULL: the
 *                                          catalogue's first)
 * "chart-region"       string  NULL        its region (NULL: the chart's own)
 * "chart-difference"   bool    FALSE       B − A instead of A and B
 * "chart-uncertainty"  bool    FALSE       the ensemble fan
 * "chart-list-scroll"  double  0           the chart list's scroll (px)
 * "map-metric"         string  "zev-share" what colours the states
 * "map-layers"         strv    states, charging, ports  the layers shown
 * "map-mode"           PuenteMapMode single
 * "map-legend"         bool    TRUE        the legend is shown
 * "map-legend-fold"    PuenteLegendFold auto  the legend whole or as a
 *                                          button (the user's choice, until
 *                                          the map gets narrow or wide)
 * "map-fitted"         bool    TRUE        the map shows the US and Mexico
 *                                          whole, and fits them again when
 *                                          its size changes; moving the map
 *                                          clears it
 * "map-latitude"       double  0           the map's centre and zoom;
 * "map-longitude"      double  0             zoom 0 until the map has been
 * "map-zoom"           double  0             placed (it then fits both
 *                                            countries)
 * "selection"          string  NULL        the place selected on the map (a
 *                                          state code, port, city or site
 *                                          id); the Charts view follows it
 * "supply-node"        string  NULL        the Sankey node whose paths are
 *                                          highlighted
 * "present"            bool    FALSE       Present mode: full screen, the
 *                                          room's type scale, the levers
 *                                          hidden unless pinned
 * "levers-pinned"      bool    FALSE       in Present mode, the levers
 *                                          sidebar stays open
 * "high-contrast"      bool    FALSE       in Present mode, black (or
 *                                          white) text and the
 *                                          high-contrast chart palette
 * "chart-table"        bool    FALSE       the Charts view shows the chart's
 *                                          numbers as a table
 * "supply-table"       bool    FALSE       the same for the Sankey's flows
 * "map-table"          bool    FALSE       the same for the map's metric
 *                                          by state
 * "stations-dc-fast-only" bool FALSE       the stations layer shows only
 *                                          stations with DC fast ports
 * "stations-network"   string  NULL        only this network's stations
 * "stations-show"      PuenteStationsShow all  open, planned or all stations
 *
 * Ids are the ones the rest of Puente uses: chart ids of the catalogue,
 * region codes, puente_states_metric_to_string () names, map layer ids.
 */

PuenteViewState *puente_view_state_new (void);
/* Sets every property of @self to @other's (one notify per change). */
void             puente_view_state_copy_from (PuenteViewState *self,
                                              PuenteViewState *other);
/* TRUE when every property of @self equals @other's. */
gboolean         puente_view_state_equal (PuenteViewState *self,
                                          PuenteViewState *other);

/* The value of the string property @name, owned by @self until it
 * changes. */
const char      *puente_view_state_peek_string (PuenteViewState *self,
                                                const char      *name);
const char      *puente_view_state_get_view (PuenteViewState *self);
void             puente_view_state_set_view (PuenteViewState *self,
                                             const char      *view);
const char      *puente_view_state_get_selection (PuenteViewState *self);
/* "" and NULL both clear the selection. */
void             puente_view_state_set_selection (PuenteViewState *self,
                                                  const char      *selection);
/* FALSE until the map has set a centre and zoom. */
gboolean         puente_view_state_get_map_view (PuenteViewState *self,
                                                 double          *latitude,
                                                 double          *longitude,
                                                 double          *zoom);
/* One "notify" per coordinate that changed. */
void             puente_view_state_set_map_view (PuenteViewState *self,
                                                 double           latitude,
                                                 double           longitude,
                                                 double           zoom);

/* Present mode's type scale, for widgets that draw their own text (the
 * map's legend, charts): multiply a size in CSS pixels by it. 1 outside
 * Present mode; in it, text drawn at 10 px or more reaches
 * PUENTE_VIEW_STATE_PRESENT_MIN_TEXT px, as the window's style sheet
 * does for labels (the window has the "present" CSS class then). */
#define PUENTE_VIEW_STATE_PRESENT_MIN_TEXT 18.0
double puente_view_state_get_text_scale (PuenteViewState *self);

/* Steps to the next (@delta 1) or previous (-1) thing to show: emits
 * "step" (gboolean handler (PuenteViewState *, int delta)). Unless a
 * handler returns TRUE (a facilitator's deck stepping through its slides
 * takes the step over that way), the view moves to the next or previous
 * of overview, map, charts, supply, round. PageDown and PageUp (what
 * presentation clickers send) step in Present mode. */
void   puente_view_state_step (PuenteViewState *self,
                               int              delta);

/* What a slide keeps of the state (puente-deck.h): every property but
 * the sidebar's and the lists' ("levers-shown", "lever-search" and the
 * scroll positions). Fills @view (puente_slide_view_clear () it). */
void   puente_view_state_to_slide_view (PuenteViewState *self,
                                        PuenteSlideView *view);
/* Sets those properties from @view, in one freeze (one notify each);
 * the others stay. An unknown enum nick keeps the property's value. */
void   puente_view_state_apply_slide_view (PuenteViewState       *self,
                                           const PuenteSlideView *view);

/* Keeps @scrolled's vertical scroll and @self's double @property equal
 * for as long as @scrolled lives. The state's value waits until the list
 * is laid out tall enough to show it (a list rebuilt after a language
 * switch starts empty), and scrolling of an unmapped list (while it is
 * built or torn down) is not written back. */
void   puente_view_state_bind_scroll (PuenteViewState   *self,
                                      const char        *property,
                                      GtkScrolledWindow *scrolled);

G_END_DECLS
