/* puente-lever-row.h: one policy lever as a slider with its value
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_LEVER_ROW (puente_lever_row_get_type ())

G_DECLARE_FINAL_TYPE (PuenteLeverRow, puente_lever_row, PUENTE, LEVER_ROW, GtkWidget)

GtkWidget *puente_lever_row_new (PuenteWorkspace *workspace,
                                 guint            lever);
guint      puente_lever_row_get_lever (PuenteLeverRow *self);

G_END_DECLS
