/* puente-main-view-private.h: what tests look at inside the main view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-main-view.h"

G_BEGIN_DECLS

/* Page boxes the map and charts views are added to. */
GtkBox     *puente_main_view_get_page (PuenteMainView *self,
                                       const char     *name);
/* The scenario button's menu: presets, the user's scenarios, files. */
GMenuModel *puente_main_view_get_scenario_menu (PuenteMainView *self);

/* The scenario banner above the views (PuenteScenarioBanner). */
GtkWidget  *puente_main_view_get_banner (PuenteMainView *self);

G_END_DECLS
