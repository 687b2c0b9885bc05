/* puente-supply-page.c: the year's battery flows as a Sankey
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Sankey of scenario A's supply chain in the selected year (the year
 * bar drives it), with the share of cells made outside North America, the
 * recycled content and the jobs above it. With B set, as the view state's
 * "supply-mode" says: A alone, A and B on one scale (A | B), or B's flows
 * with each node's B − A; the chart names the scenarios either way.
 * Hovering a node or a link reads out its flow; clicking a node
 * highlights its paths (the view state's "supply-node").
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-chart-flows.h"
#include "puente-chart-summary.h"
#include "puente-chart-view.h"
#include "puente-data-table.h"
#include "puente-format.h"
#include "puente-supply-page-private.h"

struct _PuenteSupplyPage
{
  GtkWidget        parent_instance;

  PuenteWorkspace *workspace;
  PuenteViewState *state;
  PuenteLang       lang;

  GtkLabel        *outside_label;
  GtkLabel        *recycled_label;
  GtkLabel        *jobs_label;
  GtkWidget       *compare_box;
  GtkToggleButton *single_button;
  GtkToggleButton *split_button;
  GtkToggleButton *difference_button;
  PuenteChartView *chart_view;
  GtkToggleButton *table_button;
  GtkStack        *figure_stack;
  PuenteDataTable *table;
  GBinding        *table_binding;
};

G_DEFINE_FINAL_TYPE (PuenteSupplyPage, puente_supply_page, GTK_TYPE_WIDGET)

static void
set_stat (GtkLabel   *label,
          const char *title,
          const char *value)
{
  g_autofree char *markup = g_markup_printf_escaped ("<span size='small' alpha='70%%'>%s</span>\n<span size='x-large' weight='bold'>%s</span>",
                                                     title, value);

  gtk_label_set_markup (label, markup);
}

/* With B set and shown, adds B's flows; then names the scenarios, with
 * their legal status, as every chart does. */
static void
set_scenarios (PuenteSupplyPage *self,
               PuenteChartData  *data,
               int               year)
{
  const PuenteResults *compare = puente_workspace_get_compare_results (self->workspace);
  PuenteMapMode        mode;

  gtk_widget_set_visible (self->compare_box, compare != NULL);
  g_object_get (self->state, "supply-mode", &mode, NULL);
  if (compare != NULL && mode != PUENTE_MAP_MODE_SINGLE)
    {
      g_autoptr(PuenteFlows) flows_b = puente_flows_new (compare, year);
      g_autoptr(PuenteChartData) data_b = flows_b != NULL ? puente_chart_build_flows (flows_b) : NULL;

      if (data_b != NULL)
        {
          puente_sankey_set_b (data->sankey, data_b->sankey);
          data->show_difference = mode == PUENTE_MAP_MODE_DIFFERENCE;
        }
    }
  /* B is named only when its flows are drawn (chart data's rule). */
  puente_workspace_name_chart (self->workspace, data);
}

PuenteChartData *
puente_supply_page_build_data (PuenteSupplyPage *self)
{
  int year;
  g_autoptr(PuenteFlows) flows = NULL;
  PuenteChartData *data;

  g_return_val_if_fail (PUENTE_IS_SUPPLY_PAGE (self), NULL);

  year = puente_workspace_get_year (self->workspace);
  flows = puente_flows_new (puente_workspace_get_results (self->workspace), year);
  if (flows == NULL)
    return NULL;
  data = puente_chart_build_flows (flows);
  set_scenarios (self, data, year);
  return data;
}

static void
update (PuenteSupplyPage *self)
{
  const PuenteResults *results = puente_workspace_get_results (self->workspace);
  int                  year = puente_workspace_get_year (self->workspace);
  PuenteChartStyle     style;
  double               outside = puente_results_get_value (results, "supply.cells_outside_na_share", "NA", year);
  double               recycled = puente_results_get_value (results, "supply.recycled_content_share", "NA", year);
  double               jobs = puente_results_get_value (results, "supply.jobs", "NA", year);
  g_autofree char     *outside_text = isfinite (outside) ? puente_format_percent (self->lang, outside, 0) : g_strdup (PUENTE_FORMAT_MISSING);
  g_autofree char     *recycled_text = isfinite (recycled) ? puente_format_percent (self->lang, recycled, 1) : g_strdup (PUENTE_FORMAT_MISSING);
  gboolean             present;
  g_autofree char     *jobs_text = isfinite (jobs) ? puente_format_si (self->lang, jobs, 1) : g_strdup (PUENTE_FORMAT_MISSING);
  PuenteChartData     *data;

  set_stat (self->outside_label, _ ("Cells made outside North America"), outside_text);
  set_stat (self->recycled_label, _ ("Recycled content of North American cells"), recycled_text);
  set_stat (self->jobs_label, _ ("Jobs in cells and zero-emission vehicle assembly"), jobs_text);

  puente_chart_style_init (&style);
  style.lang = self->lang;
  /* Twelve stages: the report style's smaller type keeps the labels
   * whole; Present mode takes the room's type scale. */
  g_object_get (self->state, "present", &present, "high-contrast", &style.high_contrast, NULL);
  style.preset = present ? PUENTE_CHART_STYLE_ROOM : PUENTE_CHART_STYLE_REPORT;
  style.high_contrast = present && style.high_contrast;
  puente_chart_view_set_style (self->chart_view, &style);
  data = puente_supply_page_build_data (self);
  if (data != NULL && puente_supply_page_get_highlight (self) != NULL)
    data->sankey->highlight = puente_sankey_find_node (data->sankey, puente_supply_page_get_highlight (self));
  puente_chart_view_set_data (self->chart_view, data);
  puente_data_table_set_table (self->table, data != NULL ? puente_chart_data_to_table (data, self->lang) : NULL);
}

static void
on_table_toggled (PuenteSupplyPage *self)
{
  gtk_stack_set_visible_child_name (self->figure_stack,
                                    gtk_toggle_button_get_active (self->table_button) ? "table" : "chart");
}

GtkWidget *
puente_supply_page_get_table (PuenteSupplyPage *self)
{
  g_return_val_if_fail (PUENTE_IS_SUPPLY_PAGE (self), NULL);

  return GTK_WIDGET (self->table);
}

GtkToggleButton *
puente_supply_page_get_table_button (PuenteSupplyPage *self)
{
  g_return_val_if_fail (PUENTE_IS_SUPPLY_PAGE (self), NULL);

  return self->table_button;
}

/* A click on a node shows the paths through it; another click, or a
 * click elsewhere, shows everything again. */
static void
on_pressed (GtkGestureClick  *gesture,
            int               n_press,
            double            x,
            double            y,
            PuenteSupplyPage *self)
{
  const PuenteChartData *data = puente_chart_view_get_data (self->chart_view);
  PuenteChartHit         hit;
  const char            *id = NULL;

  if (data != NULL && data->sankey != NULL &&
      puente_chart_view_hit_test (self->chart_view, x, y, &hit) &&
      hit.kind == PUENTE_CHART_HIT_NODE && hit.node >= 0)
    id = g_array_index (data->sankey->nodes, PuenteSankeyNode, hit.node).id;

  if (g_strcmp0 (id, puente_supply_page_get_highlight (self)) == 0)
    id = NULL;
  g_object_set (self->state, "supply-node", id, NULL);
}

static void
on_compare_toggled (PuenteSupplyPage *self)
{
  PuenteMapMode mode = gtk_toggle_button_get_active (self->difference_button) ? PUENTE_MAP_MODE_DIFFERENCE
    : gtk_toggle_button_get_active (self->split_button)                       ? PUENTE_MAP_MODE_SPLIT
                                                                              : PUENTE_MAP_MODE_SINGLE;

  /* Toggling a group sends one "toggled" for the button that goes off. */
  if (!gtk_toggle_button_get_active (self->single_button) && mode == PUENTE_MAP_MODE_SINGLE)
    return;
  g_object_set (self->state, "supply-mode", mode, NULL);
}

static void
apply_mode (PuenteSupplyPage *self)
{
  PuenteMapMode mode;

  g_object_get (self->state, "supply-mode", &mode, NULL);
  gtk_toggle_button_set_active (mode == PUENTE_MAP_MODE_DIFFERENCE ? self->difference_button
                                  : mode == PUENTE_MAP_MODE_SPLIT  ? self->split_button
                                                                   : self->single_button,
                                TRUE);
}

const char *
puente_supply_page_get_highlight (PuenteSupplyPage *self)
{
  g_return_val_if_fail (PUENTE_IS_SUPPLY_PAGE (self), NULL);

  return puente_view_state_peek_string (self->state, "supply-node");
}

PuenteChartView *
puente_supply_page_get_chart_view (PuenteSupplyPage *self)
{
  g_return_val_if_fail (PUENTE_IS_SUPPLY_PAGE (self), NULL);

  return self->chart_view;
}

GtkWidget *
puente_supply_page_get_compare_box (PuenteSupplyPage *self)
{
  g_return_val_if_fail (PUENTE_IS_SUPPLY_PAGE (self), NULL);

  return self->compare_box;
}

static void
on_changed (PuenteSupplyPage *self)
{
  /* Off screen, the page catches up when it is shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update (self);
}

GtkWidget *
puente_supply_page_new (PuenteWorkspace *workspace,
                        PuenteViewState *state,
                        PuenteLang       lang)
{
  PuenteSupplyPage *self;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (state), NULL);

  self = g_object_new (PUENTE_TYPE_SUPPLY_PAGE, NULL);
  self->workspace = g_object_ref (workspace);
  self->state = g_object_ref (state);
  self->lang = lang;
  g_signal_connect_object (workspace, "results-changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::year", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "scenario-changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::supply-node", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::supply-mode", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::supply-mode", G_CALLBACK (apply_mode), self, G_CONNECT_SWAPPED);
  apply_mode (self);
  g_signal_connect_object (state, "notify::present", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::high-contrast", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  self->table_binding = g_object_bind_property (state, "supply-table", self->table_button, "active",
                                                G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect (self, "map", G_CALLBACK (update), NULL);

  return GTK_WIDGET (self);
}

static void
puente_supply_page_dispose (GObject *object)
{
  PuenteSupplyPage *self = PUENTE_SUPPLY_PAGE (object);

  g_clear_pointer (&self->table_binding, g_binding_unbind);
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_SUPPLY_PAGE);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (puente_supply_page_parent_class)->dispose (object);
}

static void
puente_supply_page_class_init (PuenteSupplyPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_supply_page_dispose;

  g_type_ensure (PUENTE_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-supply-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteSupplyPage, outside_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteSupplyPage, recycled_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteSupplyPage, jobs_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteSupplyPage, compare_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteSupplyPage, single_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteSupplyPage, split_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteSupplyPage, difference_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteSupplyPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, PuenteSupplyPage, table_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteSupplyPage, figure_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_table_toggled);
}

static void
puente_supply_page_init (PuenteSupplyPage *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  puente_chart_view_set_interactive (self->chart_view, TRUE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart_view), GTK_EVENT_CONTROLLER (click));
  /* Translators: accessible name of the table of the Sankey's flows */
  self->table = PUENTE_DATA_TABLE (puente_data_table_new (_ ("The supply chain's flows")));
  gtk_stack_add_named (self->figure_stack, GTK_WIDGET (self->table), "table");
  /* GTK 4.8 would read the toggle "Show as _Table Show as Table": its
   * label property, underscore and all, then its label's text. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->table_button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}
