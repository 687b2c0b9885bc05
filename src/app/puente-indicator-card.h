/* puente-indicator-card.h: one key indicator, A, B and B − A
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_INDICATOR_CARD (puente_indicator_card_get_type ())

G_DECLARE_FINAL_TYPE (PuenteIndicatorCard, puente_indicator_card, PUENTE, INDICATOR_CARD, GtkWidget)

/* Numbers are formatted for @lang. */
GtkWidget *puente_indicator_card_new (PuenteWorkspace *workspace,
                                      guint            key,
                                      PuenteLang       lang);

G_END_DECLS
