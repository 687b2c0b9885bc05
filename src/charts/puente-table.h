/* puente-table.h: a figure's numbers as rows and columns
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a chart, the Sankey or the map shows, as a table of texts (written
 * as the figure writes them) with the number behind each, so a table view
 * sorts by value and a reader gets the figure's words. Plain structs, no
 * GTK: the window shows them in a GtkColumnView, the command line could
 * print them.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char  *text;  /* as shown ("45.2%", "2.1M", "Texas") */
  double value; /* the number behind it; NAN for words */
} PuenteTableCell;

typedef struct
{
  char            *key;   /* what the row stands for ("TX"), or NULL */
  PuenteTableCell *cells; /* n_columns */
} PuenteTableRow;

typedef struct
{
  guint      n_columns;
  char     **headers; /* n_columns */
  gboolean  *numeric; /* n_columns: right-aligned, sorted by value */
  GPtrArray *rows;    /* PuenteTableRow */
} PuenteTable;

PuenteTable          *puente_table_new (guint n_columns);
void                  puente_table_free (PuenteTable *self);
void                  puente_table_set_header (PuenteTable *self,
                                               guint        column,
                                               const char  *header,
                                               gboolean     numeric);
/* The headers of a value's columns from @column on: @title alone, or
 * with B "@title (A)", "@title (B)" and "B − A", all numeric. */
void                  puente_table_set_value_headers (PuenteTable *self,
                                                      guint        column,
                                                      const char  *title,
                                                      gboolean     with_b);
/* A new row of empty cells; @key may be NULL. The table owns it. */
PuenteTableRow       *puente_table_add_row (PuenteTable *self,
                                            const char  *key);
/* @text NULL: "–". */
void                  puente_table_set_cell (PuenteTable    *self,
                                             PuenteTableRow *row,
                                             guint           column,
                                             const char     *text,
                                             double          value);
guint                 puente_table_get_n_rows (const PuenteTable *self);
const PuenteTableRow *puente_table_get_row (const PuenteTable *self,
                                            guint              index);
/* The row whose key is @key, or -1. */
int                   puente_table_find_row (const PuenteTable *self,
                                             const char        *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteTable, puente_table_free)

G_END_DECLS
