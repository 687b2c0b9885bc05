/* puente-info-popover.c: a popover of text to read (and copy from)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-info-popover.h"

/* Taller text scrolls: the popover stays on a 768-pixel screen. */
#define MAX_HEIGHT 460

static void
unselect_labels (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_selectable (GTK_LABEL (widget)))
    gtk_label_select_region (GTK_LABEL (widget), 0, 0);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    unselect_labels (child);
}

static gboolean
unselect_idle (gpointer data)
{
  GtkWidget *popover = data;

  unselect_labels (popover);
  g_object_unref (popover);
  return G_SOURCE_REMOVE;
}

/* The focus lands (and selects) during the popup: clear it just after. */
static void
on_map (GtkWidget *popover)
{
  unselect_labels (popover);
  g_idle_add (unselect_idle, g_object_ref (popover));
}

GtkWidget *
puente_info_popover_new (GtkWidget *content)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  g_return_val_if_fail (GTK_IS_WIDGET (content), NULL);

  gtk_widget_set_margin_start (content, 6);
  gtk_widget_set_margin_end (content, 6);
  gtk_widget_set_margin_top (content, 6);
  gtk_widget_set_margin_bottom (content, 6);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), MAX_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  gtk_widget_add_css_class (popover, "info-popover");
  g_signal_connect (popover, "map", G_CALLBACK (on_map), NULL);
  return popover;
}
