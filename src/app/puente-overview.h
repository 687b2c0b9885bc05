/* puente-overview.h: the key indicators of the scenarios, as cards
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_OVERVIEW (puente_overview_get_type ())

G_DECLARE_FINAL_TYPE (PuenteOverview, puente_overview, PUENTE, OVERVIEW, GtkWidget)

/* Names and numbers in @lang. */
GtkWidget *puente_overview_new (PuenteWorkspace *workspace,
                                PuenteLang       lang);

/* In Present mode the cards use the whole width of the screen. */
void       puente_overview_set_wide (PuenteOverview *self,
                                     gboolean        wide);

G_END_DECLS
