/* puente-lever-panel-private.h: what tests look at inside the levers panel
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-lever-panel.h"

G_BEGIN_DECLS

GtkEditable       *puente_lever_panel_get_search_entry (PuenteLeverPanel *self);
GtkScrolledWindow *puente_lever_panel_get_scroller (PuenteLeverPanel *self);
/* The row of the lever with @id, or NULL. */
GtkWidget         *puente_lever_panel_get_row (PuenteLeverPanel *self,
                                               const char       *lever_id);

G_END_DECLS
