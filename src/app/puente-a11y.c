/* puente-a11y.c: accessible names GTK 4.8 does not give by itself
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 reads a widget's name as its label property followed by the
 * names of what it is labelled by. A drop-down has neither, and never
 * reads its selection; a button with a mnemonic gets both, the first
 * with its underscore ("_Export Chart… Export Chart…").
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-a11y.h"

/* GTK 4.8 names neither a drop-down nor the toggle button focus lands on
 * in it: both read "<name>: <selected option>". */
static void
update_drop_down_name (GtkDropDown *drop_down)
{
  const char      *name = g_object_get_data (G_OBJECT (drop_down), "puente-a11y-name");
  gpointer         item = gtk_drop_down_get_selected_item (drop_down);
  g_autofree char *label = NULL;

  if (GTK_IS_STRING_OBJECT (item))
    /* Translators: accessible name of a drop-down: its name, then the
     * option it shows, e.g. "Region: Mexico" */
    label = g_strdup_printf (_ ("%s: %s"), name, gtk_string_object_get_string (item));
  else
    label = g_strdup (name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* Focus lands on the drop-down's own toggle button, not on it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Names @drop_down "@name: <selected option>", kept up to date. */
void
puente_a11y_name_drop_down (GtkDropDown *drop_down,
                            const char  *name)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  g_object_set_data_full (G_OBJECT (drop_down), "puente-a11y-name", g_strdup (name), g_free);
  g_signal_connect (drop_down, "notify::selected-item", G_CALLBACK (update_drop_down_name), NULL);
  update_drop_down_name (drop_down);
}

/* Leaves every mnemonic button under @root named by its label alone. */
void
puente_a11y_fix_mnemonic_names (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    puente_a11y_fix_mnemonic_names (child);
}

typedef struct
{
  guint index;
  GType type;
} PathStep;

/* Where @focus is under @root, as the child index and type at each level
 * (NULL if it is not under @root): a view rebuilt from the same template
 * and state has the same shape. */
GArray *
puente_a11y_focus_path (GtkWidget *root,
                        GtkWidget *focus)
{
  GArray *path;

  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (focus == NULL || (focus != root && !gtk_widget_is_ancestor (focus, root)))
    return NULL;

  path = g_array_new (FALSE, FALSE, sizeof (PathStep));
  for (GtkWidget *w = focus; w != root; w = gtk_widget_get_parent (w))
    {
      PathStep step = { 0, G_OBJECT_TYPE (w) };

      for (GtkWidget *s = gtk_widget_get_prev_sibling (w); s != NULL; s = gtk_widget_get_prev_sibling (s))
        step.index++;
      g_array_prepend_val (path, step);
    }
  return path;
}

/* Gives focus back to the widget at @path under @root, or, where the
 * shape differs, to the deepest one found on the way that takes it. */
gboolean
puente_a11y_focus_path_restore (GtkWidget    *root,
                                const GArray *path)
{
  GtkWidget *w = root;
  GtkWidget *best = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (root), FALSE);

  if (path == NULL)
    return FALSE;
  for (guint i = 0; i < path->len && w != NULL; i++)
    {
      const PathStep *step = &g_array_index (path, PathStep, i);
      GtkWidget      *child = gtk_widget_get_first_child (w);

      for (guint n = 0; child != NULL && n < step->index; n++)
        child = gtk_widget_get_next_sibling (child);
      if (child == NULL || G_OBJECT_TYPE (child) != step->type)
        break;
      w = child;
      if (gtk_widget_get_focusable (w))
        best = w;
    }
  return best != NULL && gtk_widget_grab_focus (best);
}
