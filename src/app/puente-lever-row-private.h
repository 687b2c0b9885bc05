/* puente-lever-row-private.h: what tests look at inside a lever row
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-lever-row.h"

G_BEGIN_DECLS

GtkScale   *puente_lever_row_get_scale (PuenteLeverRow *self);
GtkEntry   *puente_lever_row_get_entry (PuenteLeverRow *self);
/* The message under the row about a typed value, or NULL when none shows. */
const char *puente_lever_row_get_error (PuenteLeverRow *self);

G_END_DECLS
