/* puente-lever-panel.c: the levers, grouped by theme
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Groups follow the registry's themes in the registry's order; a search
 * filters rows by label and id. The search text and the scroll position
 * are the view state's.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-lever-panel-private.h"
#include "puente-lever-row.h"
#include "puente-levers.h"

struct _PuenteLeverPanel
{
  GtkWidget          parent_instance;

  PuenteWorkspace   *workspace;
  PuenteViewState   *state;
  GBinding          *search_binding;
  PuenteLang         lang;
  GPtrArray         *rows;                     /* PuenteLeverRow, registry order */
  GtkWidget         *groups[PUENTE_N_THEMES];  /* a title button over its levers */
  GtkWidget         *headers[PUENTE_N_THEMES]; /* GtkToggleButton, active = open */
  GtkWidget         *bodies[PUENTE_N_THEMES];  /* AdwPreferencesGroup */
  gboolean           searching;

  GtkSearchEntry    *search_entry;
  GtkScrolledWindow *scrolled;
  GtkWidget         *groups_box;
};

G_DEFINE_FINAL_TYPE (PuenteLeverPanel, puente_lever_panel, GTK_TYPE_WIDGET)

static gboolean
matches (const PuenteLever *info,
         const char        *needle)
{
  g_autofree char *label = NULL;

  if (needle == NULL || *needle == '\0')
    return TRUE;

  label = g_utf8_casefold (_ (info->label), -1);
  return strstr (label, needle) != NULL || strstr (info->id, needle) != NULL;
}

static void
on_search_changed (PuenteLeverPanel *self)
{
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  gboolean         group_visible[PUENTE_N_THEMES] = { FALSE };

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget         *row = g_ptr_array_index (self->rows, i);
      const PuenteLever *info = puente_levers_get (puente_lever_row_get_lever (PUENTE_LEVER_ROW (row)));
      gboolean           visible = matches (info, needle);

      gtk_widget_set_visible (row, visible);
      group_visible[info->theme] |= visible;
    }

  /* A search opens the groups it finds levers in; clearing it folds back
   * what the user had folded. */
  self->searching = TRUE;
  for (guint t = 0; t < PUENTE_N_THEMES; t++)
    if (self->groups[t] != NULL)
      {
        guint folded = 0;

        if (self->state != NULL)
          g_object_get (self->state, "lever-folded", &folded, NULL);
        gtk_widget_set_visible (self->groups[t], group_visible[t]);
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->headers[t]),
                                      *needle != '\0' || !(folded & (1u << t)));
      }
  self->searching = FALSE;
}

/* Folding a group (Enter or Space on its title) is remembered, across
 * language switches too. */
static void
on_group_toggled (PuenteLeverPanel *self,
                  GtkToggleButton  *header)
{
  guint    theme = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (header), "puente-theme"));
  gboolean open = gtk_toggle_button_get_active (header);
  guint    folded;

  /* Folded levers are hidden, out of the Tab order. */
  gtk_widget_set_visible (self->bodies[theme], open);
  gtk_image_set_from_icon_name (g_object_get_data (G_OBJECT (header), "puente-arrow"),
                                open ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_EXPANDED, open, -1);

  if (self->searching || self->state == NULL)
    return;
  g_object_get (self->state, "lever-folded", &folded, NULL);
  if (open)
    folded &= ~(1u << theme);
  else
    folded |= 1u << theme;
  g_object_set (self->state, "lever-folded", folded, NULL);
}

/* A group: its title as a button that folds it, over its levers. */
static void
add_group (PuenteLeverPanel *self,
           PuenteLeverTheme  theme)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE, "icon-name", "pan-down-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *title = gtk_label_new (puente_lever_theme_label (theme, self->lang));
  GtkWidget *header = gtk_toggle_button_new ();

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* Long (Spanish) titles wrap rather than widen the sidebar. */
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 24);
  gtk_box_append (GTK_BOX (title_box), arrow);
  gtk_box_append (GTK_BOX (title_box), title);
  gtk_button_set_child (GTK_BUTTON (header), title_box);
  gtk_widget_add_css_class (header, "flat");
  gtk_widget_add_css_class (header, "lever-group-title");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (header), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  puente_lever_theme_label (theme, self->lang), -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_EXPANDED, TRUE, -1);
  g_object_set_data (G_OBJECT (header), "puente-theme", GUINT_TO_POINTER (theme));
  g_object_set_data (G_OBJECT (header), "puente-arrow", arrow);
  g_signal_connect_object (header, "toggled", G_CALLBACK (on_group_toggled), self, G_CONNECT_SWAPPED);

  self->groups[theme] = group;
  self->headers[theme] = header;
  self->bodies[theme] = adw_preferences_group_new ();
  gtk_box_append (GTK_BOX (group), header);
  gtk_box_append (GTK_BOX (group), self->bodies[theme]);
  gtk_box_append (GTK_BOX (self->groups_box), group);
}

static void
build (PuenteLeverPanel *self)
{
  guint n = puente_levers_get_n ();

  for (guint i = 0; i < n; i++)
    {
      const PuenteLever *info = puente_levers_get (i);
      GtkWidget         *row;

      if (self->groups[info->theme] == NULL)
        add_group (self, info->theme);

      row = puente_lever_row_new (self->workspace, i);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->bodies[info->theme]), row);
      g_ptr_array_add (self->rows, row);
    }
}

GtkWidget *
puente_lever_panel_new (PuenteWorkspace *workspace,
                        PuenteViewState *state,
                        PuenteLang       lang)
{
  PuenteLeverPanel *self;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (PUENTE_TYPE_LEVER_PANEL, NULL);
  self->workspace = g_object_ref (workspace);
  self->state = g_object_ref (state);
  self->lang = lang;
  build (self);

  self->search_binding = g_object_bind_property (state, "lever-search", self->search_entry, "text",
                                                 G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  /* Filtered now, not after the entry's typing delay. */
  on_search_changed (self);
  puente_view_state_bind_scroll (state, "lever-scroll", self->scrolled);

  return GTK_WIDGET (self);
}

GtkWidget *
puente_lever_panel_get_row (PuenteLeverPanel *self,
                            const char       *lever_id)
{
  int index;

  g_return_val_if_fail (PUENTE_IS_LEVER_PANEL (self), NULL);

  index = puente_levers_find (lever_id);
  if (index < 0 || (guint) index >= self->rows->len)
    return NULL;

  return g_ptr_array_index (self->rows, index);
}

GtkEditable *
puente_lever_panel_get_search_entry (PuenteLeverPanel *self)
{
  g_return_val_if_fail (PUENTE_IS_LEVER_PANEL (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GtkScrolledWindow *
puente_lever_panel_get_scroller (PuenteLeverPanel *self)
{
  g_return_val_if_fail (PUENTE_IS_LEVER_PANEL (self), NULL);

  return self->scrolled;
}

static void
puente_lever_panel_dispose (GObject *object)
{
  PuenteLeverPanel *self = PUENTE_LEVER_PANEL (object);

  g_clear_pointer (&self->search_binding, g_binding_unbind);
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_LEVER_PANEL);
  /* The template's root children are ours to unparent. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->workspace);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (puente_lever_panel_parent_class)->dispose (object);
}

static void
puente_lever_panel_class_init (PuenteLeverPanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_lever_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-lever-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteLeverPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PuenteLeverPanel, scrolled);
  gtk_widget_class_bind_template_child (widget_class, PuenteLeverPanel, groups_box);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_set_css_name (widget_class, "leverpanel");
}

static void
puente_lever_panel_init (PuenteLeverPanel *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
