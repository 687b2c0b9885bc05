/* puente-map-legend.c: the legend of the layers a map shows
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "puente-map-legend.h"

/* At the style's 12 px text; both grow with it. */
#define LEGEND_WIDTH 250.0
#define LEGEND_PADDING 12.0
#define REFERENCE_FONT 12.0
/* Space between two layers' legends. */
#define LEGEND_GAP 10.0
/* Narrower maps than this many legends fold it. */
#define ROOM_IN_LEGENDS 3.0

struct _PuenteMapLegend
{
  GtkWidget        parent_instance;

  GPtrArray       *layers;
  PuenteLegendFold fold;
  gboolean         room_known;
  gboolean         narrow;
  guint            update_tick;

  GtkWidget       *button;
  GtkWidget       *card;
  GtkDrawingArea  *area;
};

G_DEFINE_FINAL_TYPE (PuenteMapLegend, puente_map_legend, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FOLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The text size the style gives the legend, in logical pixels. */
static double
font_size (PuenteMapLegend *self)
{
  PangoContext               *context = gtk_widget_get_pango_context (GTK_WIDGET (self->area));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double                      size = font != NULL ? pango_font_description_get_size (font) / (double) PANGO_SCALE : 0;

  if (font != NULL && !pango_font_description_get_size_is_absolute (font))
    {
      double dpi = pango_cairo_context_get_resolution (context);

      size *= (dpi > 0 ? dpi : 96) / 72;
    }
  return size > 0 ? size : REFERENCE_FONT;
}

static void
legend_style (PuenteMapLegend      *self,
              PuenteMapLegendStyle *style)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  puente_map_legend_style_init (style, dark ? PUENTE_BASEMAP_STYLE_DARK : PUENTE_BASEMAP_STYLE_LIGHT);
  style->font_size = font_size (self);
}

static double
scaled (const PuenteMapLegendStyle *style,
        double                      length)
{
  return length * style->font_size / REFERENCE_FONT;
}

/* Draws (or with @cr NULL, measures) the shown layers' legends, top
 * layer first; returns their height. */
static double
draw_content (PuenteMapLegend            *self,
              cairo_t                    *cr,
              const PuenteMapLegendStyle *style,
              double                      width)
{
  double padding = scaled (style, LEGEND_PADDING);
  double y = 0;

  for (guint i = self->layers != NULL ? self->layers->len : 0; i-- > 0;)
    {
      PuenteMapLayer *layer = self->layers->pdata[i];

      if (!puente_map_layer_get_shown (layer))
        continue;
      if (y > 0)
        y += scaled (style, LEGEND_GAP);
      y += puente_map_layer_draw_legend (layer, cr, style, padding, padding + y, width - 2 * padding);
    }
  return y;
}

static void
draw_legend (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  PuenteMapLegend     *self = user_data;
  PuenteMapLegendStyle style;

  legend_style (self, &style);
  draw_content (self, cr, &style, width);
}

static gboolean
is_folded (PuenteMapLegend *self)
{
  return self->fold == PUENTE_LEGEND_FOLD_COLLAPSED || (self->fold == PUENTE_LEGEND_FOLD_AUTO && self->narrow);
}

static void
show_fold (PuenteMapLegend *self)
{
  gboolean content = puente_map_legend_has_content (self);

  gtk_widget_set_visible (self->button, content && is_folded (self));
  gtk_widget_set_visible (self->card, content && !is_folded (self));
}

static double
legend_width (PuenteMapLegend *self)
{
  PuenteMapLegendStyle style;

  legend_style (self, &style);
  return scaled (&style, LEGEND_WIDTH);
}

static void
on_expand (PuenteMapLegend *self)
{
  puente_map_legend_set_fold (self, PUENTE_LEGEND_FOLD_EXPANDED);
}

static void
on_collapse (PuenteMapLegend *self)
{
  puente_map_legend_set_fold (self, PUENTE_LEGEND_FOLD_COLLAPSED);
}

GtkWidget *
puente_map_legend_new (void)
{
  return g_object_new (PUENTE_TYPE_MAP_LEGEND, NULL);
}

void
puente_map_legend_set_layers (PuenteMapLegend *self,
                              GPtrArray       *layers)
{
  g_return_if_fail (PUENTE_IS_MAP_LEGEND (self));

  if (layers != NULL)
    g_ptr_array_ref (layers);
  g_clear_pointer (&self->layers, g_ptr_array_unref);
  self->layers = layers;
  puente_map_legend_update (self);
}

gboolean
puente_map_legend_has_content (PuenteMapLegend *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LEGEND (self), FALSE);

  for (guint i = 0; self->layers != NULL && i < self->layers->len; i++)
    if (puente_map_layer_get_shown (self->layers->pdata[i]))
      return TRUE;
  return FALSE;
}

void
puente_map_legend_update (PuenteMapLegend *self)
{
  PuenteMapLegendStyle style;
  double               width, height;

  g_return_if_fail (PUENTE_IS_MAP_LEGEND (self));

  legend_style (self, &style);
  width = scaled (&style, LEGEND_WIDTH);
  height = draw_content (self, NULL, &style, width);
  gtk_drawing_area_set_content_width (self->area, (int) ceil (width));
  gtk_drawing_area_set_content_height (self->area, (int) ceil (height + 2 * scaled (&style, LEGEND_PADDING)));
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
  show_fold (self);
}

void
puente_map_legend_set_room (PuenteMapLegend *self,
                            int              width)
{
  gboolean narrow;

  g_return_if_fail (PUENTE_IS_MAP_LEGEND (self));

  /* Not laid out yet (a hidden view): nothing to go by. */
  if (width < 100)
    return;
  narrow = width < ROOM_IN_LEGENDS * legend_width (self);
  if (self->room_known && narrow == self->narrow)
    return;
  /* The user's choice holds until the map gets narrow or wide. */
  if (self->room_known)
    puente_map_legend_set_fold (self, PUENTE_LEGEND_FOLD_AUTO);
  self->room_known = TRUE;
  self->narrow = narrow;
  show_fold (self);
}

PuenteLegendFold
puente_map_legend_get_fold (PuenteMapLegend *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LEGEND (self), PUENTE_LEGEND_FOLD_AUTO);

  return self->fold;
}

void
puente_map_legend_set_fold (PuenteMapLegend *self,
                            PuenteLegendFold fold)
{
  g_return_if_fail (PUENTE_IS_MAP_LEGEND (self));

  if (self->fold == fold)
    return;
  self->fold = fold;
  show_fold (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLD]);
}

gboolean
puente_map_legend_get_folded (PuenteMapLegend *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_LEGEND (self), FALSE);

  return is_folded (self);
}

static void
puente_map_legend_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PuenteMapLegend *self = PUENTE_MAP_LEGEND (object);

  switch (prop_id)
    {
    case PROP_FOLD:
      g_value_set_enum (value, self->fold);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_map_legend_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PuenteMapLegend *self = PUENTE_MAP_LEGEND (object);

  switch (prop_id)
    {
    case PROP_FOLD:
      puente_map_legend_set_fold (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_map_legend_dispose (GObject *object)
{
  PuenteMapLegend *self = PUENTE_MAP_LEGEND (object);

  if (self->update_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->update_tick);
  self->update_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_MAP_LEGEND);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->layers, g_ptr_array_unref);

  G_OBJECT_CLASS (puente_map_legend_parent_class)->dispose (object);
}

static gboolean
update_on_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  PuenteMapLegend *self = PUENTE_MAP_LEGEND (widget);

  self->update_tick = 0;
  puente_map_legend_update (self);
  return G_SOURCE_REMOVE;
}

/* A new text size (Present mode's, say) resizes the legend: on the next
 * frame, once the drawing's own style has followed. */
static void
puente_map_legend_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  PuenteMapLegend *self = PUENTE_MAP_LEGEND (widget);

  GTK_WIDGET_CLASS (puente_map_legend_parent_class)->css_changed (widget, change);
  if (self->update_tick == 0)
    self->update_tick = gtk_widget_add_tick_callback (widget, update_on_tick, NULL, NULL);
}

static void
puente_map_legend_class_init (PuenteMapLegendClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = puente_map_legend_get_property;
  object_class->set_property = puente_map_legend_set_property;
  object_class->dispose = puente_map_legend_dispose;
  widget_class->css_changed = puente_map_legend_css_changed;

  properties[PROP_FOLD] =
    g_param_spec_enum ("fold", NULL, NULL, PUENTE_TYPE_LEGEND_FOLD, PUENTE_LEGEND_FOLD_AUTO,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-map-legend.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteMapLegend, button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapLegend, card);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapLegend, area);
  gtk_widget_class_bind_template_callback (widget_class, on_expand);
  gtk_widget_class_bind_template_callback (widget_class, on_collapse);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "maplegend");
}

static void
puente_map_legend_init (PuenteMapLegend *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->area, draw_legend, self, NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (puente_map_legend_update), self, G_CONNECT_SWAPPED);
}
