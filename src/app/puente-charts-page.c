/* puente-charts-page.c: the chart catalogue, one chart large
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list shows every chart of src/charts' catalogue with a thumbnail;
 * the selected one is drawn large, for the chosen region, with scenario B
 * overlaid when the workspace compares, and the selected year marked.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "puente-chart-source.h"
#include "puente-chart-spec.h"
#include "puente-chart-view.h"
#include "puente-charts-page.h"
#include "puente-language.h"
#include "puente-units.h"

#define THUMB_WIDTH 200
#define THUMB_HEIGHT 112
#define THUMBNAILS_DELAY_MS 300

struct _PuenteChartsPage
{
  GtkWidget        parent_instance;

  PuenteWorkspace *workspace;
  GPtrArray       *thumbnails;     /* PuenteChartView, catalogue order */
  GPtrArray       *region_codes;   /* char*, NULL entry = the chart's own */
  const PuenteChartSpec *spec;
  gboolean         thumbnails_dirty;
  guint            thumbnails_source;
  gboolean         filling_regions;

  AdwLeaflet      *leaflet;
  GtkListBox      *chart_list;
  GtkDropDown     *region_dropdown;
  GtkToggleButton *difference_button;
  PuenteChartView *chart_view;
};

G_DEFINE_FINAL_TYPE (PuenteChartsPage, puente_charts_page, GTK_TYPE_WIDGET)

static PuenteLang
ui_lang (void)
{
  return g_str_equal (puente_language_get_current (), "es") ? PUENTE_LANG_ES : PUENTE_LANG_EN;
}

static const char *
selected_region (PuenteChartsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->region_dropdown);

  if (self->region_codes == NULL || selected >= self->region_codes->len)
    return NULL;

  return g_ptr_array_index (self->region_codes, selected);
}

static PuenteChartData *
build (PuenteChartsPage      *self,
       const PuenteChartSpec *spec,
       const char            *region,
       gboolean               with_b,
       GError               **error)
{
  PuenteDataset *dataset = puente_workspace_get_dataset (self->workspace);
  const PuenteResults *compare = with_b ? puente_workspace_get_compare_results (self->workspace) : NULL;
  g_autoptr(PuenteChartSource) a = NULL;
  g_autoptr(PuenteChartSource) b = NULL;
  PuenteChartOptions options = { 0 };
  PuenteChartData *data;

  a = puente_chart_source_new_for_results (puente_workspace_get_results (self->workspace), dataset);
  if (compare != NULL)
    b = puente_chart_source_new_for_results (compare, dataset);

  options.region = region;
  options.year = puente_workspace_get_year (self->workspace);
  options.difference = compare != NULL && gtk_toggle_button_get_active (self->difference_button);
  options.units = puente_units_get_current ();

  data = puente_chart_build (spec, a, b, &options, error);
  if (data == NULL)
    return NULL;

  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A,
                                  puente_workspace_get_preset_id (self->workspace),
                                  puente_workspace_get_name (self->workspace, "en"),
                                  puente_workspace_get_name (self->workspace, "es"));
  if (compare != NULL)
    {
      const PuenteScenario *scenario = puente_workspace_get_compare (self->workspace);

      puente_chart_data_set_scenario (data, PUENTE_SCENARIO_B,
                                      puente_workspace_get_compare_id (self->workspace),
                                      puente_scenario_get_name (scenario, "en"),
                                      puente_scenario_get_name (scenario, "es"));
    }

  return data;
}

static void
style_for (PuenteChartStyle *style,
           gboolean          thumbnail)
{
  puente_chart_style_init (style);
  style->lang = ui_lang ();
  style->preset = thumbnail ? PUENTE_CHART_STYLE_REPORT : PUENTE_CHART_STYLE_PRESENTATION;
}

static void
update_chart (PuenteChartsPage *self)
{
  g_autoptr(GError) error = NULL;
  PuenteChartData *data;
  PuenteChartStyle style;

  if (self->spec == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->difference_button),
                          puente_workspace_get_compare (self->workspace) != NULL &&
                          self->spec->kind == PUENTE_CHART_LINE);

  data = build (self, self->spec, selected_region (self), TRUE, &error);
  if (data == NULL)
    g_warning ("Chart %s could not be built: %s", self->spec->id, error->message);

  style_for (&style, FALSE);
  puente_chart_view_set_style (self->chart_view, &style);
  puente_chart_view_set_data (self->chart_view, data);
}

static void
update_thumbnails (PuenteChartsPage *self)
{
  PuenteChartStyle style;

  /* Off screen, they wait until the page is shown again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->thumbnails_dirty = TRUE;
      return;
    }

  style_for (&style, TRUE);
  for (guint i = 0; i < self->thumbnails->len; i++)
    {
      PuenteChartView *thumb = g_ptr_array_index (self->thumbnails, i);

      puente_chart_view_set_style (thumb, &style);
      puente_chart_view_set_data (thumb, build (self, puente_chart_catalogue_get (i), NULL, FALSE, NULL));
    }
  self->thumbnails_dirty = FALSE;
}

static gboolean
refresh_thumbnails (gpointer user_data)
{
  PuenteChartsPage *self = user_data;

  self->thumbnails_source = 0;
  update_thumbnails (self);
  return G_SOURCE_REMOVE;
}

static void
on_results_changed (PuenteChartsPage *self)
{
  /* The large chart follows every change within the frame; the
   * thumbnails catch up once a slider stops moving. */
  update_chart (self);
  g_clear_handle_id (&self->thumbnails_source, g_source_remove);
  self->thumbnails_source = g_timeout_add (THUMBNAILS_DELAY_MS, refresh_thumbnails, self);
}

static void
fill_regions (PuenteChartsPage *self)
{
  PuenteDataset *dataset = puente_workspace_get_dataset (self->workspace);
  PuenteLang lang = ui_lang ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(PuenteChartSource) source = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  g_autofree char *kept = g_strdup (selected_region (self));
  guint selected = 0;

  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  self->region_codes = g_ptr_array_new_with_free_func (g_free);

  /* First the chart's own choice, then every region it can be drawn for
   * (countries, states, ports or cities, as the chart allows). */
  gtk_string_list_append (names, _("Default"));
  g_ptr_array_add (self->region_codes, NULL);

  source = puente_chart_source_new_for_results (puente_workspace_get_results (self->workspace), dataset);
  codes = puente_chart_spec_list_regions (self->spec, source);
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      PuenteText name = { NULL, NULL };
      g_autofree char *text = NULL;

      puente_chart_region_name (source, code, &name);
      text = puente_text_get (&name, lang);
      gtk_string_list_append (names, text != NULL ? text : code);
      g_ptr_array_add (self->region_codes, g_strdup (code));
      puente_text_clear (&name);
    }

  for (guint i = 0; i < self->region_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->region_codes, i), kept) == 0)
      selected = i;

  self->filling_regions = TRUE;
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->region_dropdown, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->region_dropdown), codes->len > 0);
  self->filling_regions = FALSE;
}

static void
on_row_selected (PuenteChartsPage *self,
                 GtkListBoxRow    *row)
{
  if (row == NULL)
    return;

  self->spec = puente_chart_catalogue_get (gtk_list_box_row_get_index (row));
  fill_regions (self);
  update_chart (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_region_selected (PuenteChartsPage *self)
{
  if (!self->filling_regions)
    update_chart (self);
}

static void
on_difference_toggled (PuenteChartsPage *self)
{
  update_chart (self);
}

static GtkWidget *
make_row (PuenteChartsPage      *self,
          const PuenteChartSpec *spec)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *thumb = puente_chart_view_new ();
  GtkWidget *label = gtk_label_new (_(spec->title));

  gtk_widget_set_size_request (thumb, THUMB_WIDTH, THUMB_HEIGHT);
  puente_chart_view_set_virtual_width (PUENTE_CHART_VIEW (thumb), THUMB_WIDTH * 4);
  gtk_widget_add_css_class (thumb, "card");
  gtk_widget_set_overflow (thumb, GTK_OVERFLOW_HIDDEN);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_box_append (GTK_BOX (box), thumb);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  g_ptr_array_add (self->thumbnails, thumb);

  return box;
}

/* The chart follows the place selected on the map, when it can show it. */
static void
on_selection_changed (PuenteChartsPage *self)
{
  const char *selection = puente_workspace_get_selection (self->workspace);

  if (selection != NULL)
    puente_charts_page_set_region (self, selection);
}

static void
on_map (PuenteChartsPage *self)
{
  if (self->thumbnails_dirty)
    update_thumbnails (self);
}

GtkWidget *
puente_charts_page_new (PuenteWorkspace *workspace)
{
  PuenteChartsPage *self;
  guint n;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (PUENTE_TYPE_CHARTS_PAGE, NULL);
  self->workspace = g_object_ref (workspace);

  n = puente_chart_catalogue_get_n ();
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->chart_list, make_row (self, puente_chart_catalogue_get (i)));

  g_signal_connect_object (workspace, "results-changed",
                           G_CALLBACK (on_results_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "scenario-changed",
                           G_CALLBACK (update_chart), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::year",
                           G_CALLBACK (update_chart), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  g_signal_connect_object (workspace, "notify::selection",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);

  self->thumbnails_dirty = TRUE;
  if (n > 0)
    gtk_list_box_select_row (self->chart_list, gtk_list_box_get_row_at_index (self->chart_list, 0));
  on_selection_changed (self);

  return GTK_WIDGET (self);
}

const char *
puente_charts_page_get_chart_id (PuenteChartsPage *self)
{
  g_return_val_if_fail (PUENTE_IS_CHARTS_PAGE (self), NULL);

  return self->spec != NULL ? self->spec->id : NULL;
}

void
puente_charts_page_set_chart_id (PuenteChartsPage *self,
                                 const char       *chart_id)
{
  g_return_if_fail (PUENTE_IS_CHARTS_PAGE (self));

  for (guint i = 0; i < puente_chart_catalogue_get_n (); i++)
    if (g_strcmp0 (puente_chart_catalogue_get (i)->id, chart_id) == 0)
      gtk_list_box_select_row (self->chart_list, gtk_list_box_get_row_at_index (self->chart_list, i));
}

const char *
puente_charts_page_get_region (PuenteChartsPage *self)
{
  g_return_val_if_fail (PUENTE_IS_CHARTS_PAGE (self), NULL);

  return selected_region (self);
}

void
puente_charts_page_set_region (PuenteChartsPage *self,
                               const char       *region)
{
  g_return_if_fail (PUENTE_IS_CHARTS_PAGE (self));

  for (guint i = 0; self->region_codes != NULL && i < self->region_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->region_codes, i), region) == 0)
      gtk_drop_down_set_selected (self->region_dropdown, i);
}

PuenteChartData *
puente_charts_page_build_data (PuenteChartsPage *self,
                               GError          **error)
{
  g_return_val_if_fail (PUENTE_IS_CHARTS_PAGE (self), NULL);
  g_return_val_if_fail (self->spec != NULL, NULL);

  return build (self, self->spec, selected_region (self), TRUE, error);
}

GtkWidget *
puente_charts_page_get_chart_view (PuenteChartsPage *self)
{
  g_return_val_if_fail (PUENTE_IS_CHARTS_PAGE (self), NULL);

  return GTK_WIDGET (self->chart_view);
}

static void
puente_charts_page_dispose (GObject *object)
{
  PuenteChartsPage *self = PUENTE_CHARTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_CHARTS_PAGE);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_handle_id (&self->thumbnails_source, g_source_remove);
  g_clear_pointer (&self->thumbnails, g_ptr_array_unref);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (puente_charts_page_parent_class)->dispose (object);
}

static void
puente_charts_page_class_init (PuenteChartsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_charts_page_dispose;

  g_type_ensure (PUENTE_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-charts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, chart_list);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, difference_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, chart_view);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_region_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_difference_toggled);
}

static void
puente_charts_page_init (PuenteChartsPage *self)
{
  self->thumbnails = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  puente_chart_view_set_interactive (self->chart_view, TRUE);
}
