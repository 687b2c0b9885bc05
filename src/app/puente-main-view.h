/* puente-main-view.h: everything the window shows
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header bar, the levers sidebar, the views and the year bar, built
 * from one template. What it shows lives in the workspace (scenarios,
 * undo, year) and the view state (view, sidebar, charts, map, scroll), so
 * switching the language is: build a new main view from them, swap.
 */
#pragma once

#include <adwaita.h>

#include "puente-view-state.h"
#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_MAIN_VIEW (puente_main_view_get_type ())

G_DECLARE_FINAL_TYPE (PuenteMainView, puente_main_view, PUENTE, MAIN_VIEW, GtkWidget)

/* Built in @lang (English or Spanish), showing @workspace as @state says
 * and writing every change of view to @state; @workspace NULL shows
 * @error (the dataset could not be loaded). */
GtkWidget  *puente_main_view_new (PuenteWorkspace *workspace,
                                  PuenteViewState *state,
                                  PuenteLang       lang,
                                  const GError    *error);
void        puente_main_view_add_toast (PuenteMainView *self,
                                        AdwToast       *toast);
/* Shows @banners (widgets, may be NULL or empty) under the header bar,
 * in place of those shown before. */
void        puente_main_view_set_banners (PuenteMainView *self,
                                          GPtrArray      *banners);
void        puente_main_view_set_playing (PuenteMainView *self,
                                          gboolean        playing);
/* Puts @panel (the deck's) in the header bar's Deck button's popover. */
void        puente_main_view_set_deck_panel (PuenteMainView *self,
                                             GtkWidget      *panel);
/* The slide counter beside Present mode's controls ("Slide 3 / 5"), or
 * none for NULL. */
void        puente_main_view_set_slide_counter (PuenteMainView *self,
                                                const char     *text);
GtkWidget  *puente_main_view_get_lever_panel (PuenteMainView *self);
GtkWidget  *puente_main_view_get_overview (PuenteMainView *self);
GtkWidget  *puente_main_view_get_map_page (PuenteMainView *self);
GtkWidget  *puente_main_view_get_charts_page (PuenteMainView *self);
GtkWidget  *puente_main_view_get_supply_page (PuenteMainView *self);
/* The scenario button's label, for tests and the window title. */
gboolean    puente_main_view_focus_pane (PuenteMainView *self,
                                         gboolean        forward);
const char *puente_main_view_get_scenario_text (PuenteMainView *self);

G_END_DECLS
