/* puente-data-table.h: a figure's numbers in a sortable column view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Show as table" on the Charts, Supply chain and Map views: a PuenteTable
 * (src/charts/puente-table.h) in a GtkColumnView, one column per header,
 * sorted by a click on a header (numbers by value, words alphabetically),
 * and "row-activated" with the row's key on Enter or a double click.
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-table.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_DATA_TABLE (puente_data_table_get_type ())

G_DECLARE_FINAL_TYPE (PuenteDataTable, puente_data_table, PUENTE, DATA_TABLE, GtkWidget)

/* @name is what assistive technologies call the table. */
GtkWidget            *puente_data_table_new (const char *name);
/* Takes @table (NULL: empty). The sort column and order stay when the new
 * table has the same headers. */
void                  puente_data_table_set_table (PuenteDataTable *self,
                                                   PuenteTable     *table);
const PuenteTable    *puente_data_table_get_table (PuenteDataTable *self);
GtkColumnView        *puente_data_table_get_view (PuenteDataTable *self);
/* The row shown at @position (sorted), or NULL. */
const PuenteTableRow *puente_data_table_get_shown_row (PuenteDataTable *self,
                                                       guint            position);
/* Selects and scrolls to the row of @key (NULL: no selection). */
void                  puente_data_table_select_key (PuenteDataTable *self,
                                                    const char      *key);

G_END_DECLS
