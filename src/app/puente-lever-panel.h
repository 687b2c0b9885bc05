/* puente-lever-panel.h: the levers, grouped by theme
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-view-state.h"
#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_LEVER_PANEL (puente_lever_panel_get_type ())

G_DECLARE_FINAL_TYPE (PuenteLeverPanel, puente_lever_panel, PUENTE, LEVER_PANEL, GtkWidget)

/* Theme names in @lang; the rows' text in the thread's. The search and
 * the scroll position follow @state. */
GtkWidget *puente_lever_panel_new (PuenteWorkspace *workspace,
                                   PuenteViewState *state,
                                   PuenteLang       lang);

G_END_DECLS
