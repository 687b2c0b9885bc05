/* puente-main-view.h: everything the window shows
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header bar, the levers sidebar, the views and the year bar, built
 * from one template. Its state lives in the workspace (scenarios, undo,
 * year) and in what the window hands back after a rebuild (view, sidebar),
 * so switching the language is: build a new main view, restore, swap.
 */
#pragma once

#include <adwaita.h>

#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_MAIN_VIEW (puente_main_view_get_type ())

G_DECLARE_FINAL_TYPE (PuenteMainView, puente_main_view, PUENTE, MAIN_VIEW, GtkWidget)

/* Built in @lang (English or Spanish); @workspace NULL shows @error (the
 * dataset could not be loaded). */
GtkWidget  *puente_main_view_new              (PuenteWorkspace *workspace,
                                               PuenteLang       lang,
                                               const GError    *error);
const char *puente_main_view_get_visible_view (PuenteMainView  *self);
void        puente_main_view_set_visible_view (PuenteMainView  *self,
                                               const char      *name);
gboolean    puente_main_view_get_levers_shown (PuenteMainView  *self);
void        puente_main_view_set_levers_shown (PuenteMainView  *self,
                                               gboolean         shown);
void        puente_main_view_add_toast        (PuenteMainView  *self,
                                               AdwToast        *toast);
void        puente_main_view_set_playing      (PuenteMainView  *self,
                                               gboolean         playing);
/* Page boxes the map and charts views are added to. */
GtkBox     *puente_main_view_get_page         (PuenteMainView  *self,
                                               const char      *name);
GtkWidget  *puente_main_view_get_lever_panel  (PuenteMainView  *self);
GtkWidget  *puente_main_view_get_overview     (PuenteMainView  *self);
GtkWidget  *puente_main_view_get_charts_page  (PuenteMainView  *self);
/* The scenario button's label, for tests and the window title. */
const char *puente_main_view_get_scenario_text (PuenteMainView *self);

G_END_DECLS
