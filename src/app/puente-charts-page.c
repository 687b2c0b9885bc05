/* puente-charts-page.c: the chart catalogue, one chart large
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list shows every chart of src/charts' catalogue with a thumbnail;
 * the selected one is drawn large, for the chosen region, with scenario B
 * overlaid when the workspace compares, and the selected year marked.
 * Which chart, its region, B − A, the uncertainty fan and the list's
 * scroll position are the view state's: set from it when the page is
 * built, written to it on every change, followed when it changes.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-a11y.h"
#include "puente-chart-fan.h"
#include "puente-chart-source.h"
#include "puente-chart-spec.h"
#include "puente-chart-summary.h"
#include "puente-chart-view.h"
#include "puente-charts-page-private.h"
#include "puente-data-table.h"
#include "puente-levers.h"
#include "puente-station-files.h"
#include "puente-tsan.h"
#include "puente-units.h"

#define THUMB_WIDTH 200
#define THUMB_HEIGHT 112
#define THUMBNAILS_DELAY_MS 300
/* The uncertainty fan: runs per ensemble, and the quiet time after a
 * change before they start (a slider drag starts one ensemble, at its end). */
#define FAN_RUNS 500
#define FAN_SEED 1
#define FAN_DELAY_MS 250

struct _PuenteChartsPage
{
  GtkWidget              parent_instance;

  PuenteWorkspace       *workspace;
  PuenteViewState       *state;
  GBinding              *bindings[3];
  PuenteLang             lang;
  GPtrArray             *thumbnails;   /* PuenteChartView, catalogue order */
  GPtrArray             *region_codes; /* char*, NULL entry = the chart's own */
  const PuenteChartSpec *spec;
  gboolean               thumbnails_dirty;
  guint                  thumbnails_source;
  gboolean               filling_regions;

  /* Uncertainty: the ensemble behind the fan, once it has run for the
   * chart, region and results shown; the one running, cancellable. */
  PuenteEnsemble        *fan;
  PuenteEnsemble        *fan_b; /* B's, when B is set */
  GCancellable          *fan_cancellable;
  guint                  fan_source;

  AdwLeaflet            *leaflet;
  GtkScrolledWindow     *list_scroller;
  GtkWidget             *list_separator;
  GtkListBox            *chart_list;
  GtkDropDown           *region_dropdown;
  GtkToggleButton       *difference_button;
  GtkToggleButton       *uncertainty_button;
  GtkSpinner            *fan_spinner;
  PuenteChartView       *chart_view;
  GtkToggleButton       *table_button;
  GtkStack              *figure_stack;
  PuenteDataTable       *table;
};

G_DEFINE_FINAL_TYPE (PuenteChartsPage, puente_charts_page, GTK_TYPE_WIDGET)

static const char *
selected_region (PuenteChartsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->region_dropdown);

  if (self->region_codes == NULL || selected >= self->region_codes->len)
    return NULL;

  return g_ptr_array_index (self->region_codes, selected);
}

static void
chart_options (PuenteChartsPage   *self,
               const char         *region,
               gboolean            with_b,
               PuenteChartOptions *options)
{
  memset (options, 0, sizeof *options);
  options->region = region;
  options->year = puente_workspace_get_year (self->workspace);
  options->difference = with_b && puente_workspace_get_compare_results (self->workspace) != NULL &&
    gtk_toggle_button_get_active (self->difference_button);
  options->units = puente_units_get_current ();
}

/* The imported charging stations, for the stations charts. */
static PuenteStations *
stations_of (PuenteChartsPage *self)
{
  return puente_station_files_get_stations (puente_workspace_get_station_files (self->workspace));
}

static PuenteChartData *
build (PuenteChartsPage      *self,
       const PuenteChartSpec *spec,
       const char            *region,
       gboolean               with_b,
       const PuenteEnsemble  *fan,
       GError               **error)
{
  PuenteDataset       *dataset = puente_workspace_get_dataset (self->workspace);
  const PuenteResults *compare = with_b ? puente_workspace_get_compare_results (self->workspace) : NULL;
  g_autoptr(PuenteChartSource) a = NULL;
  g_autoptr(PuenteChartSource) b = NULL;
  PuenteChartOptions options = { 0 };
  PuenteChartData   *data;

  a = puente_chart_source_new_for_results (puente_workspace_get_results (self->workspace), dataset);
  puente_chart_source_set_stations (a, stations_of (self));
  if (compare != NULL)
    {
      b = puente_chart_source_new_for_results (compare, dataset);
      puente_chart_source_set_stations (b, stations_of (self));
    }

  chart_options (self, region, with_b, &options);

  if (fan != NULL && compare != NULL && self->fan_b != NULL)
    data = puente_chart_fan_build_compare (spec, fan, puente_workspace_get_results (self->workspace),
                                           self->fan_b, compare, dataset, &options, error);
  else if (fan != NULL)
    data = puente_chart_fan_build (spec, fan, puente_workspace_get_results (self->workspace),
                                   dataset, b, &options, error);
  else
    data = puente_chart_build (spec, a, b, &options, error);
  if (data == NULL)
    return NULL;

  puente_workspace_name_chart (self->workspace, data);

  return data;
}

static void
style_for (PuenteChartsPage *self,
           PuenteChartStyle *style,
           gboolean          thumbnail)
{
  gboolean present, high_contrast;

  g_object_get (self->state, "present", &present, "high-contrast", &high_contrast, NULL);
  puente_chart_style_init (style);
  style->lang = self->lang;
  style->preset = thumbnail ? PUENTE_CHART_STYLE_REPORT
    : present               ? PUENTE_CHART_STYLE_ROOM
                            : PUENTE_CHART_STYLE_PRESENTATION;
  style->high_contrast = present && high_contrast && !thumbnail;
}

static gboolean
fan_possible (PuenteChartsPage *self)
{
  return self->spec != NULL && self->spec->kind == PUENTE_CHART_LINE &&
    self->spec->axis == PUENTE_CHART_X_YEARS;
}

static void update_chart (PuenteChartsPage *self);

/* A's ensemble, and B's on B's levers when B is set: both fans. */
typedef struct
{
  PuenteEnsemble        *ensemble;
  PuenteEnsemble        *b_ensemble;
  const PuenteChartSpec *spec;
  char                  *region;
  double                *values;
  double                *b_values;
} FanJob;

static void
fan_job_free (gpointer data)
{
  FanJob *job = data;

  /* The task's last reference may go on either thread. */
  PUENTE_TSAN_ACQUIRE (job);
  g_clear_pointer (&job->ensemble, puente_ensemble_free);
  g_clear_pointer (&job->b_ensemble, puente_ensemble_free);
  g_free (job->region);
  g_free (job->values);
  g_free (job->b_values);
  g_free (job);
}

static void
fan_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  FanJob  *job = task_data;
  GError  *error = NULL;
  gboolean ok;

  PUENTE_TSAN_ACQUIRE (job);
  ok = puente_ensemble_run (job->ensemble, job->values, FAN_RUNS, FAN_SEED, cancellable, &error) &&
    (job->b_ensemble == NULL ||
     puente_ensemble_run (job->b_ensemble, job->b_values, FAN_RUNS, FAN_SEED, cancellable, &error));
  PUENTE_TSAN_RELEASE (job);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
fan_done (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  PuenteChartsPage *self = PUENTE_CHARTS_PAGE (object);
  FanJob           *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  PUENTE_TSAN_ACQUIRE (job);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The uncertainty ensemble failed: %s", error->message);
      PUENTE_TSAN_RELEASE (job);
      return;
    }

  gtk_spinner_stop (self->fan_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->fan_spinner), FALSE);
  /* Still what is shown? Then the fan replaces the line chart. */
  if (job->spec == self->spec && g_strcmp0 (job->region, selected_region (self)) == 0 &&
      gtk_toggle_button_get_active (self->uncertainty_button))
    {
      g_clear_pointer (&self->fan, puente_ensemble_free);
      g_clear_pointer (&self->fan_b, puente_ensemble_free);
      self->fan = g_steal_pointer (&job->ensemble);
      self->fan_b = g_steal_pointer (&job->b_ensemble);
      update_chart (self);
    }
  PUENTE_TSAN_RELEASE (job);
}

static gboolean
start_fan (gpointer user_data)
{
  PuenteChartsPage *self = user_data;
  PuenteDataset    *dataset = puente_workspace_get_dataset (self->workspace);
  g_autoptr(PuenteChartSource) a = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  PuenteChartOptions options;
  FanJob            *job;

  self->fan_source = 0;
  if (!fan_possible (self) || !gtk_toggle_button_get_active (self->uncertainty_button))
    return G_SOURCE_REMOVE;

  a = puente_chart_source_new_for_results (puente_workspace_get_results (self->workspace), dataset);
  chart_options (self, selected_region (self), FALSE, &options);
  job = g_new0 (FanJob, 1);
  job->ensemble = puente_chart_fan_prepare (self->spec, a, &options, dataset, &error);
  if (job->ensemble == NULL)
    {
      g_warning ("No uncertainty for chart %s: %s", self->spec->id, error->message);
      fan_job_free (job);
      return G_SOURCE_REMOVE;
    }
  job->spec = self->spec;
  job->region = g_strdup (selected_region (self));
  /* The runs take their own copy: the workspace may change meanwhile. */
  job->values = g_memdup2 (puente_workspace_get_values (self->workspace),
                           puente_levers_get_n () * sizeof (double));
  /* The same inputs sampled on B's levers: B's band as well as A's. */
  if (puente_workspace_get_compare_values (self->workspace) != NULL)
    {
      job->b_ensemble = puente_chart_fan_prepare (self->spec, a, &options, dataset, NULL);
      job->b_values = g_memdup2 (puente_workspace_get_compare_values (self->workspace),
                                 puente_levers_get_n () * sizeof (double));
    }

  self->fan_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->fan_cancellable, fan_done, NULL);
  g_task_set_task_data (task, job, fan_job_free);
  PUENTE_TSAN_RELEASE (job);
  g_task_run_in_thread (task, fan_thread);

  gtk_widget_set_visible (GTK_WIDGET (self->fan_spinner), TRUE);
  gtk_spinner_start (self->fan_spinner);
  return G_SOURCE_REMOVE;
}

/* What the fan was computed for changed: drop it, and compute it again
 * once things are quiet if uncertainty is shown. */
static void
restart_fan (PuenteChartsPage *self)
{
  g_clear_pointer (&self->fan, puente_ensemble_free);
  g_clear_pointer (&self->fan_b, puente_ensemble_free);
  g_clear_handle_id (&self->fan_source, g_source_remove);
  if (self->fan_cancellable != NULL)
    g_cancellable_cancel (self->fan_cancellable);
  g_clear_object (&self->fan_cancellable);
  gtk_spinner_stop (self->fan_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->fan_spinner), FALSE);

  if (fan_possible (self) && gtk_toggle_button_get_active (self->uncertainty_button))
    self->fan_source = g_timeout_add (FAN_DELAY_MS, start_fan, self);
}

static void
on_uncertainty_toggled (PuenteChartsPage *self)
{
  restart_fan (self);
  update_chart (self);
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

  gtk_widget_set_sensitive (GTK_WIDGET (self->uncertainty_button), fan_possible (self));

  data = build (self, self->spec, selected_region (self), TRUE,
                gtk_toggle_button_get_active (self->uncertainty_button) ? self->fan : NULL, &error);
  /* The stations charts wait for an import (empty until then). */
  if (data == NULL && !self->spec->needs_stations)
    g_warning ("Chart %s could not be built: %s", self->spec->id, error->message);

  style_for (self, &style, FALSE);
  puente_chart_view_set_style (self->chart_view, &style);
  puente_chart_view_set_data (self->chart_view, data);
  puente_data_table_set_table (self->table, data != NULL ? puente_chart_data_to_table (data, style.lang) : NULL);
  /* The selected year's row, as the chart marks it. */
  {
    g_autofree char *year = g_strdup_printf ("%d", puente_workspace_get_year (self->workspace));

    puente_data_table_select_key (self->table, year);
  }
}

/* The chart or its numbers: the table reads the same data. */
static void
on_table_toggled (PuenteChartsPage *self)
{
  gboolean table = gtk_toggle_button_get_active (self->table_button);

  gtk_stack_set_visible_child_name (self->figure_stack, table ? "table" : "chart");
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

  style_for (self, &style, TRUE);
  for (guint i = 0; i < self->thumbnails->len; i++)
    {
      PuenteChartView *thumb = g_ptr_array_index (self->thumbnails, i);

      puente_chart_view_set_style (thumb, &style);
      puente_chart_view_set_data (thumb, build (self, puente_chart_catalogue_get (i), NULL, FALSE, NULL, NULL));
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
   * thumbnails and the uncertainty fan catch up once a slider stops. */
  restart_fan (self);
  update_chart (self);
  g_clear_handle_id (&self->thumbnails_source, g_source_remove);
  g_clear_handle_id (&self->fan_source, g_source_remove);
  if (self->fan_cancellable != NULL)
    g_cancellable_cancel (self->fan_cancellable);
  g_clear_object (&self->fan_cancellable);
  g_clear_pointer (&self->fan, puente_ensemble_free);
  g_clear_pointer (&self->fan_b, puente_ensemble_free);
  self->thumbnails_source = g_timeout_add (THUMBNAILS_DELAY_MS, refresh_thumbnails, self);
}

static void
fill_regions (PuenteChartsPage *self)
{
  PuenteDataset *dataset = puente_workspace_get_dataset (self->workspace);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(PuenteChartSource) source = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  g_autofree char *kept = g_strdup (puente_view_state_peek_string (self->state, "chart-region"));
  guint            selected = 0;

  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  self->region_codes = g_ptr_array_new_with_free_func (g_free);

  /* First the chart's own choice, then every region it can be drawn for
   * (countries, states, ports or cities, as the chart allows). */
  gtk_string_list_append (names, _ ("Default"));
  g_ptr_array_add (self->region_codes, NULL);

  source = puente_chart_source_new_for_results (puente_workspace_get_results (self->workspace), dataset);
  codes = puente_chart_spec_list_regions (self->spec, source);
  for (guint i = 0; i < codes->len; i++)
    {
      const char      *code = g_ptr_array_index (codes, i);
      PuenteText       name = { NULL, NULL };
      g_autofree char *text = NULL;

      puente_chart_region_name (source, code, &name);
      text = puente_text_get (&name, self->lang);
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
  /* A region this chart cannot show gives way to the chart's own. */
  g_object_set (self->state, "chart-region", selected_region (self), NULL);
}

static void
on_row_selected (PuenteChartsPage *self,
                 GtkListBoxRow    *row)
{
  if (row == NULL)
    return;

  self->spec = puente_chart_catalogue_get (gtk_list_box_row_get_index (row));
  g_object_set (self->state, "chart-id", self->spec->id, NULL);
  fill_regions (self);
  restart_fan (self);
  update_chart (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_region_selected (PuenteChartsPage *self)
{
  if (!self->filling_regions)
    {
      g_object_set (self->state, "chart-region", selected_region (self), NULL);
      restart_fan (self);
      update_chart (self);
    }
}

static void
on_difference_toggled (PuenteChartsPage *self)
{
  update_chart (self);
}

static void
on_stations_changed (PuenteChartsPage *self)
{
  update_chart (self);
  update_thumbnails (self);
}

static GtkWidget *
make_row (PuenteChartsPage      *self,
          const PuenteChartSpec *spec)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  /* The row's label names the chart: its picture is decoration there. */
  GtkWidget *thumb = g_object_new (PUENTE_TYPE_CHART_VIEW, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *label = gtk_label_new (_ (spec->title));

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
  const char *selection = puente_view_state_get_selection (self->state);

  if (selection != NULL)
    puente_charts_page_set_region (self, selection);
}

/* The state changed from outside (a prepared view): show it. */
static void
on_state_chart_changed (PuenteChartsPage *self)
{
  const char *chart_id = puente_view_state_peek_string (self->state, "chart-id");

  if (chart_id == NULL)
    chart_id = puente_chart_catalogue_get (0)->id;
  if (g_strcmp0 (chart_id, puente_charts_page_get_chart_id (self)) != 0)
    puente_charts_page_set_chart_id (self, chart_id);
}

static void
on_state_region_changed (PuenteChartsPage *self)
{
  const char *region = puente_view_state_peek_string (self->state, "chart-region");

  if (g_strcmp0 (region, selected_region (self)) == 0)
    return;
  if (region == NULL)
    gtk_drop_down_set_selected (self->region_dropdown, 0);
  else
    puente_charts_page_set_region (self, region);
}

/* In Present mode the chart takes the whole width: the list is for
 * choosing, before the meeting. */
static void
on_present_changed (PuenteChartsPage *self)
{
  gboolean present;

  g_object_get (self->state, "present", &present, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->list_scroller), !present);
  gtk_widget_set_visible (self->list_separator, !present);
  update_chart (self);
}

static void
on_map (PuenteChartsPage *self)
{
  if (self->thumbnails_dirty)
    update_thumbnails (self);
}

GtkWidget *
puente_charts_page_new (PuenteWorkspace *workspace,
                        PuenteViewState *state,
                        PuenteLang       lang)
{
  PuenteChartsPage *self;
  guint             n;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (state), NULL);

  self = g_object_new (PUENTE_TYPE_CHARTS_PAGE, NULL);
  self->workspace = g_object_ref (workspace);
  self->state = g_object_ref (state);
  self->lang = lang;

  n = puente_chart_catalogue_get_n ();
  for (guint i = 0; i < n; i++)
    {
      const PuenteChartSpec *spec = puente_chart_catalogue_get (i);
      GtkWidget             *row = make_row (self, spec);

      gtk_list_box_append (self->chart_list, row);
      /* The row is the focus stop: named by its chart's title. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _ (spec->title), -1);
    }

  g_signal_connect_object (workspace, "results-changed",
                           G_CALLBACK (on_results_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "scenario-changed",
                           G_CALLBACK (update_chart), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::year",
                           G_CALLBACK (update_chart), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (puente_workspace_get_station_files (workspace), "changed",
                           G_CALLBACK (on_stations_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);

  /* What the view state says, then every change both ways. The selection
   * was already followed when the region was set: only its changes move
   * the region. */
  self->thumbnails_dirty = TRUE;
  if (n > 0)
    on_state_chart_changed (self);
  self->bindings[0] = g_object_bind_property (state, "chart-difference", self->difference_button, "active",
                                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  self->bindings[1] = g_object_bind_property (state, "chart-uncertainty", self->uncertainty_button, "active",
                                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  self->bindings[2] = g_object_bind_property (state, "chart-table", self->table_button, "active",
                                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  puente_view_state_bind_scroll (state, "chart-list-scroll", self->list_scroller);
  g_signal_connect_object (state, "notify::selection", G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::chart-id", G_CALLBACK (on_state_chart_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::chart-region", G_CALLBACK (on_state_region_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::present", G_CALLBACK (on_present_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::high-contrast", G_CALLBACK (update_chart), self, G_CONNECT_SWAPPED);
  on_present_changed (self);

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

  return build (self, self->spec, selected_region (self), TRUE,
                gtk_toggle_button_get_active (self->uncertainty_button) ? self->fan : NULL, error);
}

void
puente_charts_page_set_show_uncertainty (PuenteChartsPage *self,
                                         gboolean          show)
{
  g_return_if_fail (PUENTE_IS_CHARTS_PAGE (self));

  gtk_toggle_button_set_active (self->uncertainty_button, show);
}

GtkWidget *
puente_charts_page_get_chart_view (PuenteChartsPage *self)
{
  g_return_val_if_fail (PUENTE_IS_CHARTS_PAGE (self), NULL);

  return GTK_WIDGET (self->chart_view);
}

GtkToggleButton *
puente_charts_page_get_difference_button (PuenteChartsPage *self)
{
  g_return_val_if_fail (PUENTE_IS_CHARTS_PAGE (self), NULL);

  return self->difference_button;
}

GtkToggleButton *
puente_charts_page_get_uncertainty_button (PuenteChartsPage *self)
{
  g_return_val_if_fail (PUENTE_IS_CHARTS_PAGE (self), NULL);

  return self->uncertainty_button;
}

GtkScrolledWindow *
puente_charts_page_get_list_scroller (PuenteChartsPage *self)
{
  g_return_val_if_fail (PUENTE_IS_CHARTS_PAGE (self), NULL);

  return self->list_scroller;
}

static void
puente_charts_page_dispose (GObject *object)
{
  PuenteChartsPage *self = PUENTE_CHARTS_PAGE (object);

  /* First, so that taking the widgets apart changes no view state. */
  for (guint i = 0; i < G_N_ELEMENTS (self->bindings); i++)
    g_clear_pointer (&self->bindings[i], g_binding_unbind);
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_CHARTS_PAGE);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_handle_id (&self->thumbnails_source, g_source_remove);
  g_clear_handle_id (&self->fan_source, g_source_remove);
  if (self->fan_cancellable != NULL)
    g_cancellable_cancel (self->fan_cancellable);
  g_clear_object (&self->fan_cancellable);
  g_clear_pointer (&self->fan, puente_ensemble_free);
  g_clear_pointer (&self->fan_b, puente_ensemble_free);
  g_clear_pointer (&self->thumbnails, g_ptr_array_unref);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_object (&self->workspace);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (puente_charts_page_parent_class)->dispose (object);
}

/* Alt+T, as the Supply chain view's "Show as _Table". */
static gboolean
toggle_table (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  PuenteChartsPage *self = PUENTE_CHARTS_PAGE (widget);

  gtk_toggle_button_set_active (self->table_button, !gtk_toggle_button_get_active (self->table_button));
  return TRUE;
}

static void
puente_charts_page_class_init (PuenteChartsPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_charts_page_dispose;

  g_type_ensure (PUENTE_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-charts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, list_separator);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, chart_list);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, difference_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, uncertainty_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, fan_spinner);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, table_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteChartsPage, figure_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_table_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_region_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_difference_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_uncertainty_toggled);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_t, GDK_ALT_MASK, toggle_table, NULL);
}

static void
puente_charts_page_init (PuenteChartsPage *self)
{
  self->thumbnails = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  puente_a11y_fix_mnemonic_names (GTK_WIDGET (self));
  puente_a11y_name_drop_down (self->region_dropdown, _ ("Region"));
  puente_chart_view_set_interactive (self->chart_view, TRUE);
  /* Translators: accessible name of the table shown instead of a chart */
  self->table = PUENTE_DATA_TABLE (puente_data_table_new (_ ("The chart's numbers")));
  gtk_stack_add_named (self->figure_stack, GTK_WIDGET (self->table), "table");
}

GtkWidget *
puente_charts_page_get_table (PuenteChartsPage *self)
{
  g_return_val_if_fail (PUENTE_IS_CHARTS_PAGE (self), NULL);

  return GTK_WIDGET (self->table);
}

GtkToggleButton *
puente_charts_page_get_table_button (PuenteChartsPage *self)
{
  g_return_val_if_fail (PUENTE_IS_CHARTS_PAGE (self), NULL);

  return self->table_button;
}
