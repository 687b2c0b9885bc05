/* puente-overview-private.h: what tests look at inside the Overview
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-overview.h"

G_BEGIN_DECLS

/* The card of the key indicator with @key_id, or NULL. */
GtkWidget *puente_overview_get_card (PuenteOverview *self,
                                     const char     *key_id);

G_END_DECLS
