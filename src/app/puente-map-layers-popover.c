/* puente-map-layers-popover.c: which layers the map shows
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-map-layer.h"
#include "puente-map-layers-popover.h"

struct _PuenteMapLayersPopover
{
  GtkPopover       parent_instance;

  PuenteViewState *state;
  GBinding        *legend_binding;
  GPtrArray       *checks;
  gboolean         syncing;

  GtkBox          *layers_box;
  GtkCheckButton  *legend_check;
};

G_DEFINE_FINAL_TYPE (PuenteMapLayersPopover, puente_map_layers_popover, GTK_TYPE_POPOVER)

static void
on_layer_toggled (PuenteMapLayersPopover *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  if (self->syncing)
    return;
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (self->checks->pdata[i]))
      g_strv_builder_add (builder, gtk_widget_get_name (self->checks->pdata[i]));
  ids = g_strv_builder_end (builder);
  g_object_set (self->state, "map-layers", ids, NULL);
}

static void
on_state_layers_changed (PuenteMapLayersPopover *self)
{
  g_auto(GStrv) ids = NULL;

  g_object_get (self->state, "map-layers", &ids, NULL);
  self->syncing = TRUE;
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = self->checks->pdata[i];

      gtk_check_button_set_active (check, ids != NULL && g_strv_contains ((const char *const *) ids, gtk_widget_get_name (GTK_WIDGET (check))));
    }
  self->syncing = FALSE;
}

GtkWidget *
puente_map_layers_popover_new (PuenteViewState *state,
                               GPtrArray       *layers)
{
  PuenteMapLayersPopover *self;

  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (state), NULL);
  g_return_val_if_fail (layers != NULL, NULL);

  self = g_object_new (PUENTE_TYPE_MAP_LAYERS_POPOVER, NULL);
  self->state = g_object_ref (state);

  /* Top layer first, as they stack. */
  for (guint i = layers->len; i-- > 0;)
    {
      PuenteMapLayer *layer = layers->pdata[i];
      GtkWidget      *check = gtk_check_button_new_with_label (puente_map_layer_get_title (layer));

      /* Its name is the layer's id: what the state lists. */
      gtk_widget_set_name (check, puente_map_layer_get_id (layer));
      g_object_set_data_full (G_OBJECT (check), "layer", g_object_ref (layer), g_object_unref);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_layer_toggled), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->checks, check);
      gtk_box_append (self->layers_box, check);
    }
  puente_map_layers_popover_update (self);
  on_state_layers_changed (self);
  g_signal_connect_object (state, "notify::map-layers", G_CALLBACK (on_state_layers_changed), self,
                           G_CONNECT_SWAPPED);
  /* The legend can give its room back to the map, on a projector. */
  self->legend_binding = g_object_bind_property (state, "map-legend", self->legend_check, "active",
                                                 G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  return GTK_WIDGET (self);
}

void
puente_map_layers_popover_update (PuenteMapLayersPopover *self)
{
  g_return_if_fail (PUENTE_IS_MAP_LAYERS_POPOVER (self));

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkWidget      *check = self->checks->pdata[i];
      PuenteMapLayer *layer = g_object_get_data (G_OBJECT (check), "layer");
      gboolean        available = puente_map_layer_is_available (layer);

      gtk_widget_set_sensitive (check, available);
      if (available)
        gtk_widget_set_tooltip_text (check, NULL);
      else if (g_str_equal (puente_map_layer_get_id (layer), "stations"))
        gtk_widget_set_tooltip_text (check, _ ("Import a station file first: Import Stations… below"));
      else
        gtk_widget_set_tooltip_text (check, _ ("The model does not compute this yet"));
    }
}

void
puente_map_layers_popover_add_section (PuenteMapLayersPopover *self,
                                       GtkWidget              *section)
{
  g_return_if_fail (PUENTE_IS_MAP_LAYERS_POPOVER (self));

  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->legend_check))),
                  gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->legend_check))), section);
}

GtkCheckButton *
puente_map_layers_popover_get_check (PuenteMapLayersPopover *self,
                                     const char             *id)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LAYERS_POPOVER (self), NULL);

  for (guint i = 0; i < self->checks->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (self->checks->pdata[i]), id) == 0)
      return self->checks->pdata[i];
  return NULL;
}

GtkCheckButton *
puente_map_layers_popover_get_legend_check (PuenteMapLayersPopover *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LAYERS_POPOVER (self), NULL);

  return self->legend_check;
}

static void
puente_map_layers_popover_dispose (GObject *object)
{
  PuenteMapLayersPopover *self = PUENTE_MAP_LAYERS_POPOVER (object);

  g_clear_pointer (&self->legend_binding, g_binding_unbind);
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_MAP_LAYERS_POPOVER);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (puente_map_layers_popover_parent_class)->dispose (object);
}

static void
puente_map_layers_popover_class_init (PuenteMapLayersPopoverClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_map_layers_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-map-layers-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteMapLayersPopover, layers_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapLayersPopover, legend_check);
}

static void
puente_map_layers_popover_init (PuenteMapLayersPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
}
