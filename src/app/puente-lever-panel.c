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
  GtkWidget        parent_instance;

  PuenteWorkspace *workspace;
  GBinding        *search_binding;
  PuenteLang       lang;
  GPtrArray       *rows;                 /* PuenteLeverRow, registry order */
  GtkWidget       *groups[PUENTE_N_THEMES];

  GtkSearchEntry  *search_entry;
  GtkScrolledWindow *scrolled;
  GtkWidget       *groups_box;
};

G_DEFINE_FINAL_TYPE (PuenteLeverPanel, puente_lever_panel, GTK_TYPE_WIDGET)

static gboolean
matches (const PuenteLever *info,
         const char        *needle)
{
  g_autofree char *label = NULL;

  if (needle == NULL || *needle == '\0')
    return TRUE;

  label = g_utf8_casefold (_(info->label), -1);
  return strstr (label, needle) != NULL || strstr (info->id, needle) != NULL;
}

static void
on_search_changed (PuenteLeverPanel *self)
{
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  gboolean group_visible[PUENTE_N_THEMES] = { FALSE };

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      const PuenteLever *info = puente_levers_get (puente_lever_row_get_lever (PUENTE_LEVER_ROW (row)));
      gboolean visible = matches (info, needle);

      gtk_widget_set_visible (row, visible);
      group_visible[info->theme] |= visible;
    }

  for (guint t = 0; t < PUENTE_N_THEMES; t++)
    if (self->groups[t] != NULL)
      gtk_widget_set_visible (self->groups[t], group_visible[t]);
}

static void
build (PuenteLeverPanel *self)
{
  guint n = puente_levers_get_n ();

  for (guint i = 0; i < n; i++)
    {
      const PuenteLever *info = puente_levers_get (i);
      GtkWidget *row;

      if (self->groups[info->theme] == NULL)
        {
          self->groups[info->theme] = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->groups[info->theme]),
                                           puente_lever_theme_label (info->theme, self->lang));
          gtk_box_append (GTK_BOX (self->groups_box), self->groups[info->theme]);
        }

      row = puente_lever_row_new (self->workspace, i);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->groups[info->theme]), row);
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

  G_OBJECT_CLASS (puente_lever_panel_parent_class)->dispose (object);
}

static void
puente_lever_panel_class_init (PuenteLeverPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
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
