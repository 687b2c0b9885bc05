/* puente-map-keynav.h: moving between the map's places from the keyboard
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The arrows pan the map and + / − zoom (puente-map-pane.c); with Ctrl
 * held, the arrows move the selection from place to place in an order a
 * listener can follow, and Enter opens the selected place's details.
 * Tab still leaves the map: the keyboard is never trapped.
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-dataset.h"

G_BEGIN_DECLS

/* The places Ctrl+arrows step through: the United States' states, then
 * Mexico's, each west to east (by their capitals); then the ports of
 * entry along the border, west to east; then transit cities and
 * supply-chain sites, west to east. Only those of the layers in @layers
 * ("states", "ports", "transit", "supply"). Free with g_strfreev. */
char      **puente_map_keynav_order (PuenteDataset     *dataset,
                                     const char *const *layers);
/* The place @step (+1 or −1) from @current in @order, wrapping around;
 * the first (or, going back, the last) when @current is not in @order.
 * NULL for an empty @order. */
const char *puente_map_keynav_step (const char *const *order,
                                    const char        *current,
                                    int                step);

/* @step: +1 (next), −1 (previous), 0 (Enter: open the details). */
typedef void (*PuenteMapKeynavFunc) (int      step,
                                     gpointer user_data);

/* A key controller for a map: Ctrl+Right and Ctrl+Down call @func with
 * +1, Ctrl+Left and Ctrl+Up with −1, Enter with 0. */
GtkEventController *puente_map_keynav_controller_new (PuenteMapKeynavFunc func,
                                                      gpointer            user_data);

G_END_DECLS
