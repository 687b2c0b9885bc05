/* puente-view-state.c: what the window shows, apart from the widgets
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The values live in a GValue per property, so every property shares one
 * get, set, compare and copy.
 */
#include "config.h"

#include <string.h>

#include "puente-station-clusters.h"
#include "puente-view-state.h"

G_DEFINE_ENUM_TYPE (PuenteMapMode, puente_map_mode, G_DEFINE_ENUM_VALUE (PUENTE_MAP_MODE_SINGLE, "single"), G_DEFINE_ENUM_VALUE (PUENTE_MAP_MODE_SPLIT, "split"), G_DEFINE_ENUM_VALUE (PUENTE_MAP_MODE_DIFFERENCE, "difference"))

G_DEFINE_ENUM_TYPE (PuenteLegendFold, puente_legend_fold, G_DEFINE_ENUM_VALUE (PUENTE_LEGEND_FOLD_AUTO, "auto"), G_DEFINE_ENUM_VALUE (PUENTE_LEGEND_FOLD_COLLAPSED, "collapsed"), G_DEFINE_ENUM_VALUE (PUENTE_LEGEND_FOLD_EXPANDED, "expanded"))

enum {
  PROP_0,
  PROP_VIEW,
  PROP_LEVERS_SHOWN,
  PROP_LEVER_SEARCH,
  PROP_LEVER_SCROLL,
  PROP_LEVER_FOLDED,
  PROP_CHART_ID,
  PROP_CHART_REGION,
  PROP_CHART_DIFFERENCE,
  PROP_CHART_UNCERTAINTY,
  PROP_CHART_LIST_SCROLL,
  PROP_MAP_METRIC,
  PROP_MAP_LAYERS,
  PROP_MAP_MODE,
  PROP_MAP_LEGEND,
  PROP_MAP_LEGEND_FOLD,
  PROP_MAP_FITTED,
  PROP_MAP_LATITUDE,
  PROP_MAP_LONGITUDE,
  PROP_MAP_ZOOM,
  PROP_SELECTION,
  PROP_SUPPLY_NODE,
  PROP_SUPPLY_MODE,
  PROP_PRESENT,
  PROP_LEVERS_PINNED,
  PROP_HIGH_CONTRAST,
  PROP_CHART_TABLE,
  PROP_SUPPLY_TABLE,
  PROP_MAP_TABLE,
  PROP_STATIONS_DC_FAST_ONLY,
  PROP_STATIONS_NETWORK,
  PROP_STATIONS_SHOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STEP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Text drawn at 10 px (the smallest the map's legend and the report
 * charts use) reaches 18 px. */
#define PRESENT_TEXT_SCALE 1.8

static const char *const views[] = {
  PUENTE_VIEW_OVERVIEW, PUENTE_VIEW_MAP, PUENTE_VIEW_CHARTS, PUENTE_VIEW_SUPPLY, NULL
};

struct _PuenteViewState
{
  GObject parent_instance;

  GValue  values[N_PROPS];
};

G_DEFINE_FINAL_TYPE (PuenteViewState, puente_view_state, G_TYPE_OBJECT)

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  /* String lists compare by content, not by pointer. */
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV)
    {
      const char *const *x = g_value_get_boxed (a);
      const char *const *y = g_value_get_boxed (b);

      if (x == NULL || y == NULL)
        return x == y;
      return g_strv_equal (x, y);
    }
  return g_param_values_cmp (pspec, a, b) == 0;
}

static gboolean
value_is_valid (guint         prop_id,
                const GValue *value)
{
  switch (prop_id)
    {
    case PROP_VIEW:
      return g_value_get_string (value) != NULL && g_strv_contains (views, g_value_get_string (value));
    default:
      return TRUE;
    }
}

static void
puente_view_state_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PuenteViewState *self = PUENTE_VIEW_STATE (object);

  if (prop_id == 0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_value_copy (&self->values[prop_id], value);
}

static void
puente_view_state_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PuenteViewState *self = PUENTE_VIEW_STATE (object);
  GValue           copy = G_VALUE_INIT;

  if (prop_id == 0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_init (&copy, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (value, &copy);
  /* "" is no selection, no region, no highlighted node. */
  if ((prop_id == PROP_SELECTION || prop_id == PROP_CHART_REGION || prop_id == PROP_CHART_ID ||
       prop_id == PROP_SUPPLY_NODE || prop_id == PROP_STATIONS_NETWORK) &&
      g_value_get_string (&copy) != NULL && *g_value_get_string (&copy) == '\0')
    g_value_set_string (&copy, NULL);

  if (!value_is_valid (prop_id, &copy))
    {
      g_critical ("“%s” is not a valid value of the view state’s “%s”",
                  G_VALUE_HOLDS_STRING (&copy) ? g_value_get_string (&copy) : "?", pspec->name);
      g_value_unset (&copy);
      return;
    }
  if (values_equal (pspec, &self->values[prop_id], &copy))
    {
      g_value_unset (&copy);
      return;
    }

  g_value_unset (&self->values[prop_id]);
  self->values[prop_id] = copy;
  g_object_notify_by_pspec (object, pspec);
}

static void
puente_view_state_finalize (GObject *object)
{
  PuenteViewState *self = PUENTE_VIEW_STATE (object);

  for (guint i = 1; i < N_PROPS; i++)
    g_value_unset (&self->values[i]);

  G_OBJECT_CLASS (puente_view_state_parent_class)->finalize (object);
}

/* The default step: the next or previous view, round. */
static gboolean
puente_view_state_real_step (PuenteViewState *self,
                             int              delta)
{
  guint n = g_strv_length ((char **) views);
  guint current = 0;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (views[i], puente_view_state_get_view (self)) == 0)
      current = i;
  puente_view_state_set_view (self, views[(current + n + (guint) (delta % (int) n)) % n]);
  return TRUE;
}

static void
puente_view_state_class_init (PuenteViewStateClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = puente_view_state_get_property;
  object_class->set_property = puente_view_state_set_property;
  object_class->finalize = puente_view_state_finalize;

  properties[PROP_VIEW] = g_param_spec_string ("view", NULL, NULL, PUENTE_VIEW_OVERVIEW, flags);
  properties[PROP_LEVERS_SHOWN] = g_param_spec_boolean ("levers-shown", NULL, NULL, TRUE, flags);
  properties[PROP_LEVER_SEARCH] = g_param_spec_string ("lever-search", NULL, NULL, "", flags);
  properties[PROP_LEVER_SCROLL] = g_param_spec_double ("lever-scroll", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  /* The lever groups folded, one bit a theme (PuenteLeverTheme). */
  properties[PROP_LEVER_FOLDED] = g_param_spec_uint ("lever-folded", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_CHART_ID] = g_param_spec_string ("chart-id", NULL, NULL, NULL, flags);
  properties[PROP_CHART_REGION] = g_param_spec_string ("chart-region", NULL, NULL, NULL, flags);
  properties[PROP_CHART_DIFFERENCE] = g_param_spec_boolean ("chart-difference", NULL, NULL, FALSE, flags);
  properties[PROP_CHART_UNCERTAINTY] = g_param_spec_boolean ("chart-uncertainty", NULL, NULL, FALSE, flags);
  properties[PROP_CHART_LIST_SCROLL] = g_param_spec_double ("chart-list-scroll", NULL, NULL, 0, G_MAXDOUBLE, 0,
                                                            flags);
  properties[PROP_MAP_METRIC] = g_param_spec_string ("map-metric", NULL, NULL, "zev-share", flags);
  properties[PROP_MAP_LAYERS] = g_param_spec_boxed ("map-layers", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_MAP_MODE] = g_param_spec_enum ("map-mode", NULL, NULL, PUENTE_TYPE_MAP_MODE,
                                                 PUENTE_MAP_MODE_SINGLE, flags);
  properties[PROP_MAP_LEGEND] = g_param_spec_boolean ("map-legend", NULL, NULL, TRUE, flags);
  properties[PROP_MAP_LEGEND_FOLD] = g_param_spec_enum ("map-legend-fold", NULL, NULL, PUENTE_TYPE_LEGEND_FOLD,
                                                        PUENTE_LEGEND_FOLD_AUTO, flags);
  properties[PROP_MAP_FITTED] = g_param_spec_boolean ("map-fitted", NULL, NULL, TRUE, flags);
  properties[PROP_MAP_LATITUDE] = g_param_spec_double ("map-latitude", NULL, NULL, -90, 90, 0, flags);
  properties[PROP_MAP_LONGITUDE] = g_param_spec_double ("map-longitude", NULL, NULL, -180, 180, 0, flags);
  properties[PROP_MAP_ZOOM] = g_param_spec_double ("map-zoom", NULL, NULL, 0, 30, 0, flags);
  properties[PROP_SELECTION] = g_param_spec_string ("selection", NULL, NULL, NULL, flags);
  properties[PROP_SUPPLY_NODE] = g_param_spec_string ("supply-node", NULL, NULL, NULL, flags);
  /* The Sankey with B set: A alone, A | B or B − A, as the map offers. */
  properties[PROP_SUPPLY_MODE] = g_param_spec_enum ("supply-mode", NULL, NULL, PUENTE_TYPE_MAP_MODE,
                                                    PUENTE_MAP_MODE_SPLIT, flags);
  properties[PROP_PRESENT] = g_param_spec_boolean ("present", NULL, NULL, FALSE, flags);
  properties[PROP_LEVERS_PINNED] = g_param_spec_boolean ("levers-pinned", NULL, NULL, FALSE, flags);
  properties[PROP_HIGH_CONTRAST] = g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE, flags);
  /* "Show as table" on the Charts, Supply chain and Map views. */
  properties[PROP_CHART_TABLE] = g_param_spec_boolean ("chart-table", NULL, NULL, FALSE, flags);
  properties[PROP_SUPPLY_TABLE] = g_param_spec_boolean ("supply-table", NULL, NULL, FALSE, flags);
  properties[PROP_MAP_TABLE] = g_param_spec_boolean ("map-table", NULL, NULL, FALSE, flags);
  properties[PROP_STATIONS_DC_FAST_ONLY] = g_param_spec_boolean ("stations-dc-fast-only", NULL, NULL, FALSE, flags);
  properties[PROP_STATIONS_NETWORK] = g_param_spec_string ("stations-network", NULL, NULL, NULL, flags);
  properties[PROP_STATIONS_SHOW] = g_param_spec_enum ("stations-show", NULL, NULL, PUENTE_TYPE_STATIONS_SHOW,
                                                      PUENTE_STATIONS_SHOW_ALL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Handlers connected with g_signal_connect () run before the default
   * one (the next view) and may take the step by returning TRUE. */
  signals[STEP] =
    g_signal_new_class_handler ("step", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                G_CALLBACK (puente_view_state_real_step),
                                g_signal_accumulator_true_handled, NULL, NULL,
                                G_TYPE_BOOLEAN, 1, G_TYPE_INT);
}

static void
puente_view_state_init (PuenteViewState *self)
{
  static const char *const default_layers[] = { "states", "charging", "ports", "transit", NULL };

  for (guint i = 1; i < N_PROPS; i++)
    {
      g_value_init (&self->values[i], G_PARAM_SPEC_VALUE_TYPE (properties[i]));
      g_param_value_set_default (properties[i], &self->values[i]);
    }
  g_value_set_boxed (&self->values[PROP_MAP_LAYERS], default_layers);
}

PuenteViewState *
puente_view_state_new (void)
{
  return g_object_new (PUENTE_TYPE_VIEW_STATE, NULL);
}

void
puente_view_state_copy_from (PuenteViewState *self,
                             PuenteViewState *other)
{
  g_return_if_fail (PUENTE_IS_VIEW_STATE (self));
  g_return_if_fail (PUENTE_IS_VIEW_STATE (other));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 1; i < N_PROPS; i++)
    g_object_set_property (G_OBJECT (self), properties[i]->name, &other->values[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
puente_view_state_equal (PuenteViewState *self,
                         PuenteViewState *other)
{
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (self), FALSE);
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (other), FALSE);

  for (guint i = 1; i < N_PROPS; i++)
    if (!values_equal (properties[i], &self->values[i], &other->values[i]))
      return FALSE;
  return TRUE;
}

const char *
puente_view_state_peek_string (PuenteViewState *self,
                               const char      *name)
{
  GParamSpec *pspec;

  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (self), NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), name);
  g_return_val_if_fail (pspec != NULL && G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING, NULL);

  return g_value_get_string (&self->values[pspec->param_id]);
}

const char *
puente_view_state_get_view (PuenteViewState *self)
{
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (self), NULL);

  return g_value_get_string (&self->values[PROP_VIEW]);
}

void
puente_view_state_set_view (PuenteViewState *self,
                            const char      *view)
{
  g_return_if_fail (PUENTE_IS_VIEW_STATE (self));
  g_return_if_fail (g_strv_contains (views, view));

  g_object_set (self, "view", view, NULL);
}

const char *
puente_view_state_get_selection (PuenteViewState *self)
{
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (self), NULL);

  return g_value_get_string (&self->values[PROP_SELECTION]);
}

void
puente_view_state_set_selection (PuenteViewState *self,
                                 const char      *selection)
{
  g_return_if_fail (PUENTE_IS_VIEW_STATE (self));

  g_object_set (self, "selection", selection, NULL);
}

gboolean
puente_view_state_get_map_view (PuenteViewState *self,
                                double          *latitude,
                                double          *longitude,
                                double          *zoom)
{
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (self), FALSE);

  *latitude = g_value_get_double (&self->values[PROP_MAP_LATITUDE]);
  *longitude = g_value_get_double (&self->values[PROP_MAP_LONGITUDE]);
  *zoom = g_value_get_double (&self->values[PROP_MAP_ZOOM]);
  return *zoom > 0;
}

void
puente_view_state_set_map_view (PuenteViewState *self,
                                double           latitude,
                                double           longitude,
                                double           zoom)
{
  g_return_if_fail (PUENTE_IS_VIEW_STATE (self));

  g_object_set (self,
                "map-latitude", CLAMP (latitude, -90.0, 90.0),
                "map-longitude", CLAMP (longitude, -180.0, 180.0),
                "map-zoom", CLAMP (zoom, 0.0, 30.0),
                NULL);
}

double
puente_view_state_get_text_scale (PuenteViewState *self)
{
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (self), 1.0);

  return g_value_get_boolean (&self->values[PROP_PRESENT]) ? PRESENT_TEXT_SCALE : 1.0;
}

void
puente_view_state_step (PuenteViewState *self,
                        int              delta)
{
  gboolean handled = FALSE;

  g_return_if_fail (PUENTE_IS_VIEW_STATE (self));
  g_return_if_fail (delta == 1 || delta == -1);

  g_signal_emit (self, signals[STEP], 0, delta, &handled);
}

/* ---- slides --------------------------------------------------------- */

static char *
enum_nick (PuenteViewState *self,
           guint            prop_id)
{
  GEnumClass *klass = g_type_class_peek (G_PARAM_SPEC_VALUE_TYPE (properties[prop_id]));
  GEnumValue *value = g_enum_get_value (klass, g_value_get_enum (&self->values[prop_id]));

  return g_strdup (value != NULL ? value->value_nick : NULL);
}

static void
set_enum_nick (PuenteViewState *self,
               guint            prop_id,
               const char      *nick)
{
  GEnumClass *klass = g_type_class_peek (G_PARAM_SPEC_VALUE_TYPE (properties[prop_id]));
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (value != NULL)
    g_object_set (self, properties[prop_id]->name, value->value, NULL);
}

void
puente_view_state_to_slide_view (PuenteViewState *self,
                                 PuenteSlideView *view)
{
  g_return_if_fail (PUENTE_IS_VIEW_STATE (self));

  memset (view, 0, sizeof *view);
  view->view = g_value_dup_string (&self->values[PROP_VIEW]);
  view->chart_id = g_value_dup_string (&self->values[PROP_CHART_ID]);
  view->chart_region = g_value_dup_string (&self->values[PROP_CHART_REGION]);
  view->chart_difference = g_value_get_boolean (&self->values[PROP_CHART_DIFFERENCE]);
  view->chart_uncertainty = g_value_get_boolean (&self->values[PROP_CHART_UNCERTAINTY]);
  view->map_metric = g_value_dup_string (&self->values[PROP_MAP_METRIC]);
  view->map_layers = g_value_dup_boxed (&self->values[PROP_MAP_LAYERS]);
  if (view->map_layers == NULL)
    view->map_layers = g_new0 (char *, 1);
  view->map_mode = enum_nick (self, PROP_MAP_MODE);
  view->map_legend = g_value_get_boolean (&self->values[PROP_MAP_LEGEND]);
  view->map_legend_fold = enum_nick (self, PROP_MAP_LEGEND_FOLD);
  view->map_fitted = g_value_get_boolean (&self->values[PROP_MAP_FITTED]);
  view->map_latitude = g_value_get_double (&self->values[PROP_MAP_LATITUDE]);
  view->map_longitude = g_value_get_double (&self->values[PROP_MAP_LONGITUDE]);
  view->map_zoom = g_value_get_double (&self->values[PROP_MAP_ZOOM]);
  view->selection = g_value_dup_string (&self->values[PROP_SELECTION]);
  view->supply_node = g_value_dup_string (&self->values[PROP_SUPPLY_NODE]);
  view->supply_mode = enum_nick (self, PROP_SUPPLY_MODE);
}

void
puente_view_state_apply_slide_view (PuenteViewState       *self,
                                    const PuenteSlideView *view)
{
  g_return_if_fail (PUENTE_IS_VIEW_STATE (self));

  g_object_freeze_notify (G_OBJECT (self));
  /* The map's place before "map-fitted": moving the map clears it. */
  puente_view_state_set_map_view (self, view->map_latitude, view->map_longitude, view->map_zoom);
  g_object_set (self,
                "chart-id", view->chart_id,
                "chart-region", view->chart_region,
                "chart-difference", view->chart_difference,
                "chart-uncertainty", view->chart_uncertainty,
                "map-metric", view->map_metric,
                "map-layers", view->map_layers,
                "map-legend", view->map_legend,
                "map-fitted", view->map_fitted,
                "selection", view->selection,
                "supply-node", view->supply_node,
                NULL);
  set_enum_nick (self, PROP_MAP_MODE, view->map_mode);
  set_enum_nick (self, PROP_MAP_LEGEND_FOLD, view->map_legend_fold);
  set_enum_nick (self, PROP_SUPPLY_MODE, view->supply_mode);
  if (view->view != NULL && g_strv_contains (views, view->view))
    puente_view_state_set_view (self, view->view);
  g_object_thaw_notify (G_OBJECT (self));
}

/* ---- scroll positions -------------------------------------------------- */

typedef struct
{
  PuenteViewState   *state;
  GParamSpec        *pspec;
  GtkScrolledWindow *scrolled; /* owns this binding */
  GtkAdjustment     *adjustment;
  gulong             notify_id;
  gulong             changed_id;
  gulong             value_id;
  guint              settle_source;
  double             pending; /* the state's value not shown yet, or -1 */
  gboolean           applying;
  gboolean           writing;
} ScrollBinding;

static void
scroll_binding_free (gpointer data)
{
  ScrollBinding *b = data;

  g_clear_handle_id (&b->settle_source, g_source_remove);
  g_clear_signal_handler (&b->notify_id, b->state);
  g_clear_signal_handler (&b->changed_id, b->adjustment);
  g_clear_signal_handler (&b->value_id, b->adjustment);
  g_clear_object (&b->adjustment);
  g_clear_object (&b->state);
  g_free (b);
}

static gboolean
laid_out (ScrollBinding *b)
{
  return gtk_widget_get_mapped (GTK_WIDGET (b->scrolled)) && gtk_adjustment_get_page_size (b->adjustment) > 0;
}

static void
scroll_apply (ScrollBinding *b)
{
  double max = gtk_adjustment_get_upper (b->adjustment) - gtk_adjustment_get_page_size (b->adjustment);

  if (b->pending < 0)
    return;
  b->applying = TRUE;
  gtk_adjustment_set_value (b->adjustment, CLAMP (b->pending, 0, MAX (max, 0)));
  b->applying = FALSE;
}

/* A frame after the list was first laid out, it has its final height:
 * what could be shown of the state's value is shown, and scrolling from
 * here on is the user's. */
static gboolean
scroll_settle (gpointer data)
{
  ScrollBinding *b = data;

  b->settle_source = 0;
  /* Hidden again before it was shown (views switched quickly): shown
   * when it is next mapped (on_scroll_mapped). */
  if (!laid_out (b))
    return G_SOURCE_REMOVE;
  scroll_apply (b);
  b->pending = -1;
  return G_SOURCE_REMOVE;
}

static void
on_scroll_changed (GtkAdjustment *adjustment,
                   ScrollBinding *b)
{
  if (b->pending < 0)
    return;
  scroll_apply (b);
  if (laid_out (b) && b->settle_source == 0)
    b->settle_source = g_idle_add (scroll_settle, b);
}

/* Mapped again at the size it had: no "changed" comes, so settle once it
 * has been laid out. */
static void
on_scroll_mapped (ScrollBinding *b)
{
  if (b->pending >= 0 && b->settle_source == 0)
    b->settle_source = g_idle_add (scroll_settle, b);
}

static void
on_scroll_value_changed (GtkAdjustment *adjustment,
                         ScrollBinding *b)
{
  if (b->applying || b->pending >= 0 || !gtk_widget_get_mapped (GTK_WIDGET (b->scrolled)))
    return;
  b->writing = TRUE;
  g_object_set (b->state, b->pspec->name, gtk_adjustment_get_value (adjustment), NULL);
  b->writing = FALSE;
}

static void
on_scroll_state_notify (PuenteViewState *state,
                        GParamSpec      *pspec,
                        ScrollBinding   *b)
{
  if (b->writing)
    return;
  g_object_get (state, b->pspec->name, &b->pending, NULL);
  on_scroll_changed (b->adjustment, b);
}

void
puente_view_state_bind_scroll (PuenteViewState   *self,
                               const char        *property,
                               GtkScrolledWindow *scrolled)
{
  g_autofree char *signal = NULL;
  GParamSpec      *pspec;
  ScrollBinding   *b;

  g_return_if_fail (PUENTE_IS_VIEW_STATE (self));
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scrolled));
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
  g_return_if_fail (pspec != NULL && G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_DOUBLE);

  b = g_new0 (ScrollBinding, 1);
  b->state = g_object_ref (self);
  b->pspec = pspec;
  b->scrolled = scrolled;
  b->adjustment = g_object_ref (gtk_scrolled_window_get_vadjustment (scrolled));
  g_object_get (self, property, &b->pending, NULL);

  signal = g_strconcat ("notify::", property, NULL);
  b->notify_id = g_signal_connect (self, signal, G_CALLBACK (on_scroll_state_notify), b);
  b->changed_id = g_signal_connect (b->adjustment, "changed", G_CALLBACK (on_scroll_changed), b);
  b->value_id = g_signal_connect (b->adjustment, "value-changed", G_CALLBACK (on_scroll_value_changed), b);
  /* Dies with @scrolled, which owns @b. */
  g_signal_connect_swapped (scrolled, "map", G_CALLBACK (on_scroll_mapped), b);
  g_object_set_data_full (G_OBJECT (scrolled), "puente-scroll-binding", b, scroll_binding_free);
}
