/* puente-table.c: a figure's numbers as rows and columns
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "puente-table.h"

static void
row_free (gpointer data)
{
  PuenteTableRow *row = data;

  g_free (row->key);
  g_free (row->cells);
  g_free (row);
}

PuenteTable *
puente_table_new (guint n_columns)
{
  PuenteTable *self = g_new0 (PuenteTable, 1);

  self->n_columns = n_columns;
  self->headers = g_new0 (char *, n_columns + 1);
  self->numeric = g_new0 (gboolean, n_columns);
  self->rows = g_ptr_array_new_with_free_func (row_free);
  return self;
}

void
puente_table_free (PuenteTable *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->rows->len; i++)
    {
      PuenteTableRow *row = g_ptr_array_index (self->rows, i);

      for (guint c = 0; c < self->n_columns; c++)
        g_free (row->cells[c].text);
    }
  g_ptr_array_unref (self->rows);
  g_strfreev (self->headers);
  g_free (self->numeric);
  g_free (self);
}

void
puente_table_set_header (PuenteTable *self,
                         guint        column,
                         const char  *header,
                         gboolean     numeric)
{
  g_return_if_fail (self != NULL && column < self->n_columns);

  g_free (self->headers[column]);
  self->headers[column] = g_strdup (header);
  self->numeric[column] = numeric;
}

void
puente_table_set_value_headers (PuenteTable *self,
                                guint        column,
                                const char  *title,
                                gboolean     with_b)
{
  g_return_if_fail (self != NULL && column + (with_b ? 3 : 1) <= self->n_columns);

  if (with_b)
    {
      g_autofree char *a = g_strdup_printf ("%s (A)", title);
      g_autofree char *b = g_strdup_printf ("%s (B)", title);

      puente_table_set_header (self, column, a, TRUE);
      puente_table_set_header (self, column + 1, b, TRUE);
      puente_table_set_header (self, column + 2, "B − A", TRUE);
    }
  else
    puente_table_set_header (self, column, title, TRUE);
}

PuenteTableRow *
puente_table_add_row (PuenteTable *self,
                      const char  *key)
{
  PuenteTableRow *row;

  g_return_val_if_fail (self != NULL, NULL);

  row = g_new0 (PuenteTableRow, 1);
  row->key = g_strdup (key);
  row->cells = g_new0 (PuenteTableCell, self->n_columns);
  for (guint c = 0; c < self->n_columns; c++)
    row->cells[c].value = NAN;
  g_ptr_array_add (self->rows, row);
  return row;
}

void
puente_table_set_cell (PuenteTable    *self,
                       PuenteTableRow *row,
                       guint           column,
                       const char     *text,
                       double          value)
{
  g_return_if_fail (self != NULL && row != NULL && column < self->n_columns);

  g_free (row->cells[column].text);
  row->cells[column].text = g_strdup (text != NULL ? text : "–");
  row->cells[column].value = value;
}

guint
puente_table_get_n_rows (const PuenteTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

const PuenteTableRow *
puente_table_get_row (const PuenteTable *self,
                      guint              index)
{
  g_return_val_if_fail (self != NULL && index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}

int
puente_table_find_row (const PuenteTable *self,
                       const char        *key)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const PuenteTableRow *row = g_ptr_array_index (self->rows, i);

      if (key != NULL && g_strcmp0 (row->key, key) == 0)
        return (int) i;
    }
  return -1;
}
