/* puente-map-pane.c: one map of the Map view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-labels-layer.h"
#include "puente-map-painter.h"
#include "puente-map-pane.h"
#include "puente-stations-layer.h"

struct _PuenteMapPane
{
  GtkWidget          parent_instance;

  PuenteMapContext  *context;
  GPtrArray         *layers;
  PuenteLabelsLayer *labels;
  ShumateMapLayer   *tile_layer;
  ShumateMapLayer   *online_layer;
  ShumateMapSource  *online_source;
  double             press_x;
  double             press_y;

  ShumateMap        *map;
  GtkLabel          *title;
  ShumateLicense    *license;
  ShumateScale      *scale;
};

G_DEFINE_FINAL_TYPE (PuenteMapPane, puente_map_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- events ----------------------------------------------------------- */

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PuenteMapPane   *self)
{
  self->press_x = x;
  self->press_y = y;
  gtk_widget_grab_focus (GTK_WIDGET (self->map));
}

static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             PuenteMapPane   *self)
{
  /* A click, not the end of a drag. */
  if (n_press != 1 || hypot (x - self->press_x, y - self->press_y) > 5)
    return;
  puente_map_pane_click (self, x, y);
}

static gboolean
on_query_tooltip (GtkWidget     *widget,
                  int            x,
                  int            y,
                  gboolean       keyboard,
                  GtkTooltip    *tooltip,
                  PuenteMapPane *self)
{
  g_autofree char *text = NULL;

  if (keyboard)
    return FALSE;
  text = puente_map_pane_describe_at (self, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Arrows pan by a quarter of the map, + and - zoom a whole level, Esc
 * clears the selection. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PuenteMapPane         *self)
{
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  double           zoom = shumate_viewport_get_zoom_level (viewport);
  PuenteMapFrame   frame;
  double           dx = 0, dy = 0, lat, lon;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  puente_map_pane_get_frame (self, &frame);
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      dx = -frame.width / 4;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      dx = frame.width / 4;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      dy = -frame.height / 4;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      dy = frame.height / 4;
      break;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      shumate_viewport_set_zoom_level (viewport, floor (zoom + 1e-6) + 1);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      shumate_viewport_set_zoom_level (viewport, ceil (zoom - 1e-6) - 1);
      return TRUE;
    case GDK_KEY_Escape:
      if (puente_map_pane_get_selected (self) == NULL)
        return FALSE;
      puente_map_pane_select (self, NULL);
      return TRUE;
    default:
      return FALSE;
    }

  puente_map_frame_unproject (&frame, frame.width / 2 + dx, frame.height / 2 + dy, &lat, &lon);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), lat, lon);
  return TRUE;
}

/* ---- API -------------------------------------------------------------- */

GtkWidget *
puente_map_pane_new (PuenteDataset *dataset,
                     PuenteBasemap *basemap,
                     const char    *name)
{
  PuenteMapPane     *self;
  ShumateViewport   *viewport;
  const char *const *ids = puente_map_painter_list_ids ();

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (PUENTE_IS_BASEMAP (basemap), NULL);

  self = g_object_new (PUENTE_TYPE_MAP_PANE, NULL);
  self->context = puente_map_context_new (dataset, basemap);
  viewport = shumate_map_get_viewport (self->map);
  shumate_scale_set_viewport (self->scale, viewport);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->map), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  /* The painters' layers, bottom to top: a new one is one line there. */
  for (guint i = 0; ids[i] != NULL; i++)
    {
      PuenteMapLayer *layer = puente_map_layer_new_for_id (ids[i], viewport, self->context);

      g_ptr_array_add (self->layers, layer);
      shumate_map_add_layer (self->map, SHUMATE_LAYER (layer));
    }
  /* The names, above every layer and clear of their symbols. */
  self->labels = puente_labels_layer_new (viewport, self->context, (PuenteMapLayer *const *) self->layers->pdata,
                                          self->layers->len);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->labels));
  return GTK_WIDGET (self);
}

PuenteMapContext *
puente_map_pane_get_context (PuenteMapPane *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PANE (self), NULL);

  return self->context;
}

void
puente_map_pane_set_label_scale (PuenteMapPane *self,
                                 double         scale)
{
  g_return_if_fail (PUENTE_IS_MAP_PANE (self));

  puente_labels_layer_set_scale (self->labels, scale);
}

ShumateMap *
puente_map_pane_get_map (PuenteMapPane *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PANE (self), NULL);

  return self->map;
}

ShumateViewport *
puente_map_pane_get_viewport (PuenteMapPane *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PANE (self), NULL);

  return shumate_map_get_viewport (self->map);
}

GPtrArray *
puente_map_pane_get_layers (PuenteMapPane *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PANE (self), NULL);

  return self->layers;
}

PuenteMapLayer *
puente_map_pane_get_layer (PuenteMapPane *self,
                           const char    *id)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PANE (self), NULL);

  for (guint i = 0; i < self->layers->len; i++)
    if (g_strcmp0 (puente_map_layer_get_id (self->layers->pdata[i]), id) == 0)
      return self->layers->pdata[i];
  return NULL;
}

void
puente_map_pane_set_layers (PuenteMapPane     *self,
                            const char *const *ids)
{
  g_return_if_fail (PUENTE_IS_MAP_PANE (self));

  for (guint i = 0; i < self->layers->len; i++)
    {
      PuenteMapLayer *layer = self->layers->pdata[i];

      puente_map_layer_set_enabled (layer, ids != NULL && g_strv_contains (ids, puente_map_layer_get_id (layer)));
    }
}

void
puente_map_pane_set_tiles (PuenteMapPane    *self,
                           ShumateMapSource *offline,
                           ShumateMapSource *online)
{
  ShumateViewport *viewport;
  ShumateMapLayer *tiles;

  g_return_if_fail (PUENTE_IS_MAP_PANE (self));
  g_return_if_fail (SHUMATE_IS_MAP_SOURCE (offline));

  viewport = shumate_map_get_viewport (self->map);
  if (shumate_viewport_get_reference_map_source (viewport) != offline)
    {
      shumate_viewport_set_reference_map_source (viewport, offline);
      shumate_license_append_map_source (self->license, offline);
    }

  /* A new layer: the old one keeps tiles of the old style or language. */
  tiles = shumate_map_layer_new (offline, viewport);
  shumate_map_insert_layer_behind (self->map, SHUMATE_LAYER (tiles), self->layers->pdata[0]);
  if (self->tile_layer != NULL)
    shumate_map_remove_layer (self->map, SHUMATE_LAYER (self->tile_layer));
  self->tile_layer = tiles;

  if (self->online_layer != NULL)
    {
      shumate_map_remove_layer (self->map, SHUMATE_LAYER (self->online_layer));
      shumate_license_remove_map_source (self->license, self->online_source);
      self->online_layer = NULL;
      g_clear_object (&self->online_source);
    }
  /* Online tiles draw over the offline ones; where the network fails, the
   * offline basemap shows through. */
  if (online != NULL)
    {
      self->online_source = g_object_ref (online);
      self->online_layer = shumate_map_layer_new (online, viewport);
      shumate_map_insert_layer_above (self->map, SHUMATE_LAYER (self->online_layer), SHUMATE_LAYER (tiles));
      shumate_license_append_map_source (self->license, online);
    }
}

const char *
puente_map_pane_get_selected (PuenteMapPane *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PANE (self), NULL);

  return puente_map_context_get_selection (self->context);
}

void
puente_map_pane_select (PuenteMapPane *self,
                        const char    *id)
{
  g_return_if_fail (PUENTE_IS_MAP_PANE (self));

  if (id != NULL && *id == '\0')
    id = NULL;
  if (g_strcmp0 (id, puente_map_context_get_selection (self->context)) == 0)
    return;
  puente_map_context_set_selection (self->context, id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

void
puente_map_pane_set_title (PuenteMapPane *self,
                           const char    *title)
{
  g_return_if_fail (PUENTE_IS_MAP_PANE (self));

  gtk_label_set_text (self->title, title != NULL ? title : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title), title);
  gtk_widget_set_visible (GTK_WIDGET (self->title), title != NULL);
}

const char *
puente_map_pane_get_title (PuenteMapPane *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PANE (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->title)) ? gtk_label_get_text (self->title) : NULL;
}

void
puente_map_pane_set_title_top (PuenteMapPane *self,
                               int            top)
{
  g_return_if_fail (PUENTE_IS_MAP_PANE (self));

  if (gtk_widget_get_margin_top (GTK_WIDGET (self->title)) != top)
    gtk_widget_set_margin_top (GTK_WIDGET (self->title), top);
}

gboolean
puente_map_pane_get_title_bounds (PuenteMapPane   *self,
                                  graphene_rect_t *bounds)
{
  g_return_val_if_fail (PUENTE_IS_MAP_PANE (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  return gtk_widget_get_mapped (GTK_WIDGET (self->title)) &&
    gtk_widget_compute_bounds (GTK_WIDGET (self->title), GTK_WIDGET (self), bounds);
}

void
puente_map_pane_get_frame (PuenteMapPane  *self,
                           PuenteMapFrame *frame)
{
  g_return_if_fail (PUENTE_IS_MAP_PANE (self));
  g_return_if_fail (frame != NULL);

  puente_map_layer_get_frame (self->layers->pdata[0], frame);
}

void
puente_map_pane_set_frame (PuenteMapPane        *self,
                           const PuenteMapFrame *frame)
{
  ShumateViewport *viewport;

  g_return_if_fail (PUENTE_IS_MAP_PANE (self));
  g_return_if_fail (frame != NULL);

  viewport = shumate_map_get_viewport (self->map);
  shumate_viewport_set_zoom_level (viewport, frame->zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), frame->latitude, frame->longitude);
}

char *
puente_map_pane_hit_test (PuenteMapPane   *self,
                          double           x,
                          double           y,
                          PuenteMapLayer **hit_layer)
{
  double         rotation;
  PuenteMapFrame frame;

  g_return_val_if_fail (PUENTE_IS_MAP_PANE (self), NULL);

  rotation = shumate_viewport_get_rotation (shumate_map_get_viewport (self->map));
  puente_map_pane_get_frame (self, &frame);
  if (rotation != 0)
    {
      double dx = x - frame.width / 2, dy = y - frame.height / 2;

      x = cos (-rotation) * dx - sin (-rotation) * dy + frame.width / 2;
      y = sin (-rotation) * dx + cos (-rotation) * dy + frame.height / 2;
    }
  /* Top layer first: a port over its state. */
  for (guint i = self->layers->len; i-- > 0;)
    {
      char *id = puente_map_layer_hit_test (self->layers->pdata[i], &frame, x, y);

      if (id != NULL)
        {
          if (hit_layer != NULL)
            *hit_layer = self->layers->pdata[i];
          return id;
        }
    }
  return NULL;
}

void
puente_map_pane_click (PuenteMapPane *self,
                       double         x,
                       double         y)
{
  g_autofree char   *id = NULL;
  PuenteMapLayer    *layer = NULL;
  PuenteStationsPick pick;

  g_return_if_fail (PUENTE_IS_MAP_PANE (self));

  id = puente_map_pane_hit_test (self, x, y, &layer);
  /* A cluster of stations opens up: the map zooms in on it. */
  if (id != NULL && PUENTE_IS_STATIONS_LAYER (layer) &&
      puente_stations_painter_pick_from_id (PUENTE_STATIONS_PAINTER (puente_map_layer_get_painter (layer)), id,
                                            &pick) &&
      pick.station < 0)
    {
      shumate_map_go_to_full (self->map, pick.latitude, pick.longitude, pick.zoom);
      return;
    }
  puente_map_pane_select (self, id);
}

char *
puente_map_pane_describe_at (PuenteMapPane *self,
                             double         x,
                             double         y)
{
  PuenteMapLayer  *layer = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (PUENTE_IS_MAP_PANE (self), NULL);

  id = puente_map_pane_hit_test (self, x, y, &layer);
  return id != NULL ? puente_map_layer_describe (layer, id) : NULL;
}

void
puente_map_pane_set_credit (PuenteMapPane *self,
                            const char    *credit)
{
  g_return_if_fail (PUENTE_IS_MAP_PANE (self));

  shumate_license_set_extra_text (self->license, credit);
}

/* ---- GObject ---------------------------------------------------------- */

static void
puente_map_pane_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PuenteMapPane *self = PUENTE_MAP_PANE (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      g_value_set_string (value, puente_map_pane_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_map_pane_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PuenteMapPane *self = PUENTE_MAP_PANE (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      puente_map_pane_select (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_map_pane_dispose (GObject *object)
{
  PuenteMapPane *self = PUENTE_MAP_PANE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_MAP_PANE);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->layers, g_ptr_array_unref);
  g_clear_object (&self->online_source);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (puente_map_pane_parent_class)->dispose (object);
}

static void
puente_map_pane_class_init (PuenteMapPaneClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = puente_map_pane_get_property;
  object_class->set_property = puente_map_pane_set_property;
  object_class->dispose = puente_map_pane_dispose;

  properties[PROP_SELECTION] =
    g_param_spec_string ("selection", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SHUMATE_TYPE_MAP);
  g_type_ensure (SHUMATE_TYPE_LICENSE);
  g_type_ensure (SHUMATE_TYPE_SCALE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-map-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPane, map);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPane, title);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPane, license);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapPane, scale);
  gtk_widget_class_bind_template_callback (widget_class, on_query_tooltip);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mappane");
}

static void
puente_map_pane_init (PuenteMapPane *self)
{
  GtkGesture         *click;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Layers hold the layers' references; the map holds its own. */
  self->layers = g_ptr_array_new ();

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map), GTK_EVENT_CONTROLLER (click));

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map), keys);
}
