/* puente-scenario-banner.h: the scenarios shown, with their legal status
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A strip above every view: scenario A and, when set, B, each with its
 * line style (A solid, B dashed, as the charts draw them), its name, a
 * dated badge of its legal status ("Repealed, as of 2026-12-07") and an ⓘ
 * that opens its description, full status and sources. A repealed or
 * blocked policy never looks like law in force, on any view.
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_SCENARIO_BANNER (puente_scenario_banner_get_type ())

G_DECLARE_FINAL_TYPE (PuenteScenarioBanner, puente_scenario_banner, PUENTE, SCENARIO_BANNER, GtkWidget)

GtkWidget  *puente_scenario_banner_new (PuenteWorkspace *workspace,
                                        PuenteLang       lang);
/* A above B (Present mode's large type needs the width) or side by side. */
void        puente_scenario_banner_set_stacked (PuenteScenarioBanner *self,
                                                gboolean              stacked);
/* What the banner shows for slot 0 (A) or 1 (B): the badge's text, NULL
 * when the slot is hidden or has no status (for tests). */
const char *puente_scenario_banner_get_badge (PuenteScenarioBanner *self,
                                              guint                 slot);
/* The ⓘ popover's content for @scenario in @lang, as a widget (also
 * used by the scenario menus' tests). */
GtkWidget  *puente_scenario_info_new (const PuenteScenario *scenario,
                                      const char           *name,
                                      PuenteLang            lang);
/* The CSS class of a badge of @status: "status-repealed", ... */
const char *puente_scenario_badge_css_class (PuenteLegalStatus status);

G_END_DECLS
