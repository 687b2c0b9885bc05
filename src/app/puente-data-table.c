/* puente-data-table.c: a figure's numbers in a sortable column view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list holds each row's index in the table as a GtkStringObject; the
 * cells and sorters read the table itself, so a new table with the same
 * columns (a lever moved) keeps the columns, their widths and the sort.
 */
#include "config.h"

#include <math.h>

#include "puente-data-table.h"

struct _PuenteDataTable
{
  GtkWidget           parent_instance;

  GtkScrolledWindow  *scrolled;
  GtkColumnView      *view;
  GListStore         *rows; /* GtkStringObject: the row's index */
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  PuenteTable        *table;
};

G_DEFINE_FINAL_TYPE (PuenteDataTable, puente_data_table, GTK_TYPE_WIDGET)

enum {
  SIGNAL_ROW_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const PuenteTableRow *
row_of (PuenteDataTable *self,
        gpointer         item)
{
  guint index = (guint) g_ascii_strtoull (gtk_string_object_get_string (item), NULL, 10);

  if (self->table == NULL || index >= puente_table_get_n_rows (self->table))
    return NULL;
  return puente_table_get_row (self->table, index);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            PuenteDataTable          *self)
{
  guint      column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  if (self->table != NULL && column < self->table->n_columns && self->table->numeric[column])
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      /* Long names wrap, so the numbers stay in sight on a laptop. */
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 26);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           PuenteDataTable          *self)
{
  guint                 column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  const PuenteTableRow *row = row_of (self, gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      row != NULL && column < self->table->n_columns ? row->cells[column].text : "");
}

typedef struct
{
  PuenteDataTable *self;
  guint            column;
} SortData;

/* Numbers by value (no value last), words in the reader's order. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  SortData              *data = user_data;
  const PuenteTableRow  *ra = row_of (data->self, (gpointer) a);
  const PuenteTableRow  *rb = row_of (data->self, (gpointer) b);
  const PuenteTableCell *ca, *cb;

  if (ra == NULL || rb == NULL || data->column >= data->self->table->n_columns)
    return GTK_ORDERING_EQUAL;
  ca = &ra->cells[data->column];
  cb = &rb->cells[data->column];
  if (data->self->table->numeric[data->column])
    {
      if (isnan (ca->value) || isnan (cb->value))
        return isnan (ca->value) == isnan (cb->value) ? GTK_ORDERING_EQUAL
          : isnan (ca->value)                         ? GTK_ORDERING_LARGER
                                                      : GTK_ORDERING_SMALLER;
      return ca->value < cb->value ? GTK_ORDERING_SMALLER
        : ca->value > cb->value    ? GTK_ORDERING_LARGER
                                   : GTK_ORDERING_EQUAL;
    }
  return gtk_ordering_from_cmpfunc (g_utf8_collate (ca->text != NULL ? ca->text : "",
                                                    cb->text != NULL ? cb->text : ""));
}

static gboolean
same_headers (const PuenteTable *a,
              const PuenteTable *b)
{
  if (a == NULL || b == NULL || a->n_columns != b->n_columns)
    return FALSE;
  for (guint i = 0; i < a->n_columns; i++)
    if (g_strcmp0 (a->headers[i], b->headers[i]) != 0 || a->numeric[i] != b->numeric[i])
      return FALSE;
  return TRUE;
}

static void
rebuild_columns (PuenteDataTable *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->view, column);
    }
  for (guint c = 0; self->table != NULL && c < self->table->n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;
      SortData *data = g_new0 (SortData, 1);

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
      column = gtk_column_view_column_new (self->table->headers[c], factory);
      data->self = self;
      data->column = c;
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, data, g_free));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->view, column);
    }
}

void
puente_data_table_set_table (PuenteDataTable *self,
                             PuenteTable     *table)
{
  gboolean same;
  guint    n_old;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (PUENTE_IS_DATA_TABLE (self));

  same = same_headers (self->table, table);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  g_clear_pointer (&self->table, puente_table_free);
  self->table = table;
  if (!same)
    rebuild_columns (self);

  for (guint i = 0; table != NULL && i < puente_table_get_n_rows (table); i++)
    {
      char index[16];

      g_snprintf (index, sizeof index, "%u", i);
      g_ptr_array_add (items, gtk_string_object_new (index));
    }
  g_list_store_splice (self->rows, 0, n_old, items->pdata, items->len);
  /* The same rows with new numbers: sort them again. */
  if (same && gtk_column_view_get_sorter (self->view) != NULL)
    gtk_sorter_changed (gtk_column_view_get_sorter (self->view), GTK_SORTER_CHANGE_DIFFERENT);
}

const PuenteTable *
puente_data_table_get_table (PuenteDataTable *self)
{
  g_return_val_if_fail (PUENTE_IS_DATA_TABLE (self), NULL);

  return self->table;
}

GtkColumnView *
puente_data_table_get_view (PuenteDataTable *self)
{
  g_return_val_if_fail (PUENTE_IS_DATA_TABLE (self), NULL);

  return self->view;
}

const PuenteTableRow *
puente_data_table_get_shown_row (PuenteDataTable *self,
                                 guint            position)
{
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (PUENTE_IS_DATA_TABLE (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  return item != NULL ? row_of (self, item) : NULL;
}

void
puente_data_table_select_key (PuenteDataTable *self,
                              const char      *key)
{
  guint n;

  g_return_if_fail (PUENTE_IS_DATA_TABLE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  for (guint i = 0; key != NULL && i < n; i++)
    {
      const PuenteTableRow *row = puente_data_table_get_shown_row (self, i);

      if (row != NULL && g_strcmp0 (row->key, key) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
on_activate (GtkColumnView   *view,
             guint            position,
             PuenteDataTable *self)
{
  const PuenteTableRow *row = puente_data_table_get_shown_row (self, position);

  if (row != NULL && row->key != NULL)
    g_signal_emit (self, signals[SIGNAL_ROW_ACTIVATED], 0, row->key);
}

GtkWidget *
puente_data_table_new (const char *name)
{
  PuenteDataTable *self = g_object_new (PUENTE_TYPE_DATA_TABLE, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return GTK_WIDGET (self);
}

static void
puente_data_table_dispose (GObject *object)
{
  PuenteDataTable *self = PUENTE_DATA_TABLE (object);

  if (self->scrolled != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->scrolled));
  self->scrolled = NULL;
  g_clear_object (&self->rows);
  g_clear_pointer (&self->table, puente_table_free);

  G_OBJECT_CLASS (puente_data_table_parent_class)->dispose (object);
}

static void
puente_data_table_class_init (PuenteDataTableClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_data_table_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "datatable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /* A row's key, on Enter or a double click. */
  signals[SIGNAL_ROW_ACTIVATED] = g_signal_new ("row-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
puente_data_table_init (PuenteDataTable *self)
{
  self->rows = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_object_unref (self->selection);
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_reorderable (self->view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  g_signal_connect (self->view, "activate", G_CALLBACK (on_activate), self);

  self->scrolled = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_child (self->scrolled, GTK_WIDGET (self->view));
  /* As wide as its columns (their natural widths), up to the room. */
  gtk_scrolled_window_set_propagate_natural_width (self->scrolled, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->scrolled), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scrolled), TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->scrolled), GTK_WIDGET (self));
}
