/* test-window.c: the window as a user drives it
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test starts the application under the test display, acts on the
 * window's widgets (sliders, menus' actions, files) and checks what a user
 * would see change, then closes the window.
 *
 * /gui/window/cycle runs for PUENTE_CYCLE_SECONDS (60 by default) and is a
 * meson test of its own ("cycle"); the "window" test skips it.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

#include "puente-application.h"
#include "puente-autosave.h"
#include "puente-banner.h"
#include "puente-chart-view-private.h"
#include "puente-basemap.h"
#include "puente-charts-page-private.h"
#include "puente-indicator-card-private.h"
#include "puente-i18n.h"
#include "puente-lever-panel-private.h"
#include "puente-lever-row-private.h"
#include "puente-main-view-private.h"
#include "puente-levers.h"
#include "puente-map-page-private.h"
#include "puente-states-layer.h"
#include "puente-supply-page-private.h"
#include "puente-overview-private.h"
#include "puente-indicators.h"
#include "puente-scenario-banner.h"
#include "puente-window-private.h"
#include "test-hostile.h"

typedef void (*WindowTest) (PuenteWindow *window);

/* Sanitized code (CI's ASan and UBSan pass, ThreadSanitizer) runs several
 * times slower: so long a window may take, as meson's own timeouts. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define WINDOW_SECONDS (60 * 4)
#else
#define WINDOW_SECONDS 60
#endif

/* How long a test may keep its window. */
static guint test_timeout_seconds = WINDOW_SECONDS;

/* Warnings and criticals logged, and GLib's "setenv()/putenv() are not
 * thread-safe" (a debug message it prints whenever the environment
 * changes after threads exist). */
static guint n_warnings;
static guint n_setenv;

static GLogWriterOutput
count_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
        strstr (fields[i].value, "not thread-safe") != NULL)
      n_setenv++;
  if (log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    n_warnings++;
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

typedef struct
{
  PuenteApplication *app;
  WindowTest         test;
  gboolean           ran;
  gboolean           timed_out;
} Run;

static void
flush_events (void)
{
  /* Let layout, idle redraws and signal handlers run. */
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gboolean
on_timeout (gpointer user_data)
{
  Run *run = user_data;

  run->timed_out = TRUE;
  g_application_quit (G_APPLICATION (run->app));
  return G_SOURCE_REMOVE;
}

static gboolean
run_test_in_window (gpointer user_data)
{
  Run *run = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (run->app));

  g_assert_true (PUENTE_IS_WINDOW (window));
  flush_events ();
  run->test (PUENTE_WINDOW (window));
  run->ran = TRUE;

  /* Leave without the unsaved-changes prompt. */
  g_application_quit (G_APPLICATION (run->app));
  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app,
             gpointer      user_data)
{
  g_idle_add (run_test_in_window, user_data);
}

static void
run_with_window (WindowTest test)
{
  Run run = { 0 };
  guint timeout_id;
  int status;

  run.test = test;
  run.app = puente_application_new ();
  g_application_set_flags (G_APPLICATION (run.app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_signal_connect_after (run.app, "activate", G_CALLBACK (on_activate), &run);
  timeout_id = g_timeout_add_seconds (test_timeout_seconds, on_timeout, &run);

  status = g_application_run (G_APPLICATION (run.app), 0, NULL);

  g_assert_false (run.timed_out);
  g_source_remove (timeout_id);
  g_assert_true (run.ran);
  g_assert_cmpint (status, ==, 0);

  /* Windows left open end as with the process: no close, no prompt, their
   * autosaves left behind (the next run may recover them). */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (run.app)); l != NULL;
       l = gtk_application_get_windows (GTK_APPLICATION (run.app)))
    gtk_window_destroy (l->data);
  g_object_unref (run.app);
  flush_events ();
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  g_idle_add (run_test_in_window, user_data);
}

/* As run_with_window (), with @argv on the command line (so the options
 * go through the application's command-line handler). */
static void
run_with_args (WindowTest         test,
               const char *const *argv)
{
  Run run = { 0 };
  guint timeout_id;
  int status;

  run.test = test;
  run.app = puente_application_new ();
  g_application_set_flags (G_APPLICATION (run.app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN |
                           G_APPLICATION_HANDLES_COMMAND_LINE);
  g_signal_connect (run.app, "window-added", G_CALLBACK (on_window_added), &run);
  timeout_id = g_timeout_add_seconds (test_timeout_seconds, on_timeout, &run);

  status = g_application_run (G_APPLICATION (run.app), (int) g_strv_length ((char **) argv), (char **) argv);

  g_assert_false (run.timed_out);
  g_source_remove (timeout_id);
  g_assert_true (run.ran);
  g_assert_cmpint (status, ==, 0);
  g_object_unref (run.app);
  flush_events ();
}

static PuenteIndicatorCard *
get_card (PuenteWindow *window,
          const char   *key_id)
{
  GtkWidget *card = puente_overview_get_card (PUENTE_OVERVIEW (puente_window_get_overview (window)),
                                              key_id);

  g_assert_nonnull (card);
  return PUENTE_INDICATOR_CARD (card);
}

static GtkScale *
get_scale (PuenteWindow *window,
           const char   *lever_id)
{
  GtkWidget *row = puente_lever_panel_get_row (PUENTE_LEVER_PANEL (puente_window_get_lever_panel (window)),
                                               lever_id);

  g_assert_nonnull (row);
  return puente_lever_row_get_scale (PUENTE_LEVER_ROW (row));
}

#define US_2032 "key.ldv.zev_share_sales.us.2032"

/* ---- tests ----------------------------------------------------------- */

static void
check_views (PuenteWindow *window)
{
  static const char *views[] = { "overview", "map", "charts", "supply" };

  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "overview");
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      puente_window_set_visible_view (window, views[i]);
      flush_events ();
      g_assert_cmpstr (puente_window_get_visible_view (window), ==, views[i]);
    }
}

static void
test_views (void)
{
  run_with_window (check_views);
}

static void
check_lever_moves_card (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  PuenteIndicatorCard *card = get_card (window, US_2032);
  GtkScale *scale = get_scale (window, "ldv.us.target_share");
  int lever = puente_levers_find ("ldv.us.target_share");
  g_autofree char *before = g_strdup (puente_indicator_card_get_value_text (card));
  double baseline = puente_workspace_get_lever (workspace, lever);

  g_assert_nonnull (workspace);
  g_assert_cmpstr (puente_workspace_get_preset_id (workspace), ==, "baseline");

  /* The slider shows percent: move it to 80 %. */
  gtk_range_set_value (GTK_RANGE (scale), 80.0);
  flush_events ();
  g_assert_cmpfloat_with_epsilon (puente_workspace_get_lever (workspace, lever), 0.80, 1e-9);
  g_assert_cmpstr (puente_indicator_card_get_value_text (card), !=, before);
  g_assert_true (puente_workspace_get_modified (workspace));

  /* Undo (Ctrl+Z's action) puts the lever and the card back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  flush_events ();
  g_assert_cmpfloat_with_epsilon (puente_workspace_get_lever (workspace, lever), baseline, 1e-12);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (GTK_RANGE (scale)), baseline * 100.0, 1e-9);
  g_assert_cmpstr (puente_indicator_card_get_value_text (card), ==, before);

  /* And redo brings the change back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  flush_events ();
  g_assert_cmpfloat_with_epsilon (puente_workspace_get_lever (workspace, lever), 0.80, 1e-9);
}

/* A typed value out of range says so in words under the lever, and the
 * lever keeps its value; a good one clears the message. */
static void
check_typed_out_of_range (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  PuenteLeverRow *row = PUENTE_LEVER_ROW (puente_lever_panel_get_row (PUENTE_LEVER_PANEL (puente_window_get_lever_panel (window)),
                                                                     "ldv.us.target_share"));
  int lever = puente_levers_find ("ldv.us.target_share");
  double before = puente_workspace_get_lever (workspace, lever);
  GtkEntry *entry = puente_lever_row_get_entry (row);

  g_assert_null (puente_lever_row_get_error (row));
  gtk_editable_set_text (GTK_EDITABLE (entry), "150");
  g_signal_emit_by_name (entry, "activate");
  flush_events ();
  g_assert_nonnull (puente_lever_row_get_error (row));
  g_assert_nonnull (strstr (puente_lever_row_get_error (row), "“150”"));
  g_assert_nonnull (strstr (puente_lever_row_get_error (row), "from 0 to 100"));
  g_assert_cmpfloat (puente_workspace_get_lever (workspace, lever), ==, before);

  gtk_editable_set_text (GTK_EDITABLE (entry), "45");
  g_signal_emit_by_name (entry, "activate");
  flush_events ();
  g_assert_null (puente_lever_row_get_error (row));
  g_assert_cmpfloat_with_epsilon (puente_workspace_get_lever (workspace, lever), 0.45, 1e-9);
}

static void
test_typed_out_of_range (void)
{
  run_with_window (check_typed_out_of_range);
}

static void
test_lever_moves_card (void)
{
  run_with_window (check_lever_moves_card);
}

static void
check_compare (PuenteWindow *window)
{
  PuenteIndicatorCard *card = get_card (window, US_2032);
  const char *delta;

  g_assert_null (puente_indicator_card_get_delta_text (card));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "us-lmdv-2032"));
  flush_events ();
  delta = puente_indicator_card_get_delta_text (card);
  g_assert_nonnull (delta);
  /* The 2024 standards raise the 2032 US share above the baseline. */
  g_assert_nonnull (strstr (delta, "+"));
  g_assert_nonnull (puente_indicator_card_get_b_text (card));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", ""));
  flush_events ();
  g_assert_null (puente_indicator_card_get_delta_text (card));

  /* The card shows the observed US share of the selected year beside the
   * model's (observed.json: 9.4 % in 2025, Cox and Edmunds; the model
   * 9.3 %), and the latest observed year when the selected year has none. */
  puente_workspace_set_year (puente_window_get_workspace (window), 2025);
  flush_events ();
  g_assert_nonnull (puente_indicator_card_get_observed_text (card));
  g_assert_nonnull (strstr (puente_indicator_card_get_observed_text (card), "2025"));
  g_assert_nonnull (strstr (puente_indicator_card_get_observed_text (card), "9.4"));
  g_assert_nonnull (strstr (puente_indicator_card_get_observed_text (card), "9.3"));
  puente_workspace_set_year (puente_window_get_workspace (window), 2040);
  flush_events ();
  g_assert_nonnull (strstr (puente_indicator_card_get_observed_text (card), "2025"));
}

static void
test_compare (void)
{
  run_with_window (check_compare);
}

static void
check_save_and_open (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  g_autofree char *dir = g_dir_make_tmp ("puente-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mine.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint n = puente_levers_get_n ();
  g_autofree double *saved = NULL;

  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.mx.target_share")), 55.0);
  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.used_max_age")), 12.0);
  flush_events ();
  saved = g_memdup2 (puente_workspace_get_values (workspace), n * sizeof (double));

  g_assert_true (puente_workspace_save_file (workspace, file, &error));
  g_assert_no_error (error);
  g_assert_false (puente_workspace_get_modified (workspace));

  /* Back to a preset, then open the file again: identical levers. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-preset", "s", "baseline"));
  flush_events ();
  g_assert_true (memcmp (saved, puente_workspace_get_values (workspace), n * sizeof (double)) != 0);
  g_assert_true (puente_window_open_file (window, file));
  flush_events ();
  g_assert_true (memcmp (saved, puente_workspace_get_values (workspace), n * sizeof (double)) == 0);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (GTK_RANGE (get_scale (window, "ldv.mx.target_share"))),
                                  55.0, 1e-9);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_save_and_open (void)
{
  run_with_window (check_save_and_open);
}

static void
check_malformed_file (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  g_autofree char *dir = g_dir_make_tmp ("puente-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint n = puente_levers_get_n ();
  g_autofree double *before = NULL;
  g_autofree char *name = NULL;
  const char *message;

  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 35.0);
  flush_events ();
  before = g_memdup2 (puente_workspace_get_values (workspace), n * sizeof (double));
  name = g_strdup (puente_workspace_get_name (workspace, PUENTE_LANG_EN));

  g_assert_true (g_file_set_contents (path, "{\n  \"format\": \"puente-scenario\",\n  \"levers\": {\n", -1, NULL));
  g_assert_false (puente_window_open_file (window, file));
  flush_events ();

  /* The error says where; nothing else changed. */
  message = puente_window_get_last_error (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "broken.json"));
  g_assert_true (memcmp (before, puente_workspace_get_values (workspace), n * sizeof (double)) == 0);
  g_assert_cmpstr (puente_workspace_get_name (workspace, PUENTE_LANG_EN), ==, name);
  g_assert_true (puente_workspace_get_modified (workspace));
  g_assert_true (puente_workspace_can_undo (workspace));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_malformed_file (void)
{
  run_with_window (check_malformed_file);
}

/* Whether @model or one of its sections has an item labelled @label. */
static gboolean
menu_has_label (GMenuModel *model,
                const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &text) &&
          g_str_equal (text, label))
        return TRUE;
      if (section != NULL && menu_has_label (section, label))
        return TRUE;
    }
  return FALSE;
}

/* Waits up to five seconds for @label in the scenario menu. */
static gboolean
wait_for_menu_label (PuenteWindow *window,
                     const char   *label)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      if (menu_has_label (puente_main_view_get_scenario_menu (puente_window_get_main_view (window)), label))
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  return FALSE;
}

static void
check_user_scenarios (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "puente", "scenarios", NULL);
  GFile *file;
  g_autofree char *path = NULL;

  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 61.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate", NULL));
  flush_events ();

  /* The copy is saved among the user's scenarios, with the change. */
  file = puente_workspace_get_file (workspace);
  g_assert_nonnull (file);
  path = g_file_get_path (file);
  g_assert_true (g_str_has_prefix (path, dir));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (puente_workspace_get_modified (workspace));
  g_assert_nonnull (strstr (puente_workspace_get_name (workspace, PUENTE_LANG_EN), "(copy)"));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  /* "My Scenarios" lists it at once. */
  g_assert_true (menu_has_label (puente_main_view_get_scenario_menu (puente_window_get_main_view (window)),
                                 puente_workspace_get_name (workspace, PUENTE_LANG_EN)));

  /* Renaming is saved to the same file. */
  puente_workspace_set_name (workspace, PUENTE_LANG_EN, "Border states push");
  g_assert_true (puente_workspace_save_file (workspace, file, NULL));
  {
    g_autoptr(PuenteScenario) saved = puente_scenario_load_file (path, NULL);

    g_assert_nonnull (saved);
    g_assert_cmpstr (puente_scenario_get_name (saved, PUENTE_LANG_EN), ==, "Border states push");
    g_assert_true (puente_scenario_is_set (saved, "ldv.us.target_share"));
  }
  /* Saved behind the window's back, the menu follows the folder. */
  g_assert_true (wait_for_menu_label (window, "Border states push"));

  /* So does a scenario another program puts in the folder. */
  {
    g_autofree char *other = g_build_filename (dir, "from-a-colleague.json", NULL);

    g_assert_true (g_file_set_contents (other,
                                        "{\"format\": \"puente-scenario\", \"version\": 1,"
                                        " \"name\": {\"en\": \"From a colleague\", \"es\": \"De un colega\"},"
                                        " \"levers\": {}}", -1, NULL));
    g_assert_true (wait_for_menu_label (window, "From a colleague"));
    g_unlink (other);
  }

  g_unlink (path);
}

static void
test_user_scenarios (void)
{
  run_with_window (check_user_scenarios);
}

static void
check_uncertainty_fan (PuenteWindow *window)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  PuenteChartsPage *page = PUENTE_CHARTS_PAGE (puente_main_view_get_charts_page (PUENTE_MAIN_VIEW (content)));
  PuenteChartView *view = PUENTE_CHART_VIEW (puente_charts_page_get_chart_view (page));
  const PuenteChartData *data;
  gint64 deadline;

  /* With B set, B gets its own band (its ensemble on its levers). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "us-lmdv-2032"));
  puente_window_set_visible_view (window, "charts");
  puente_charts_page_set_chart_id (page, "zev-share-sales");
  flush_events ();
  g_assert_cmpint (puente_chart_view_get_data (view)->kind, ==, PUENTE_CHART_LINE);

  /* Uncertainty runs an ensemble off the main thread... */
  puente_charts_page_set_show_uncertainty (page, TRUE);

  /* ...and the chart becomes a fan when it is done, the window staying live. */
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (puente_chart_view_get_data (view)->kind != PUENTE_CHART_FAN && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  data = puente_chart_view_get_data (view);
  g_assert_cmpint (data->kind, ==, PUENTE_CHART_FAN);
  for (guint s = 0; s < data->series->len; s++)
    {
      const PuenteChartSeries *series = g_ptr_array_index (data->series, s);

      for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
        {
          double *const *bands = slot == PUENTE_SCENARIO_A ? series->bands : series->b_bands;

          g_assert_nonnull (bands[PUENTE_P5]);
          for (guint i = 0; i < data->n_points; i++)
            {
              g_assert_cmpfloat (bands[PUENTE_P5][i], <=, bands[PUENTE_P25][i]);
              g_assert_cmpfloat (bands[PUENTE_P25][i], <=, bands[PUENTE_P50][i]);
              g_assert_cmpfloat (bands[PUENTE_P50][i], <=, bands[PUENTE_P75][i]);
              g_assert_cmpfloat (bands[PUENTE_P75][i], <=, bands[PUENTE_P95][i]);
              /* B's line is B's median, as A's is A's. */
              g_assert_cmpfloat (series->values[slot][i], ==, bands[PUENTE_P50][i]);
            }
        }
    }
  /* The 2024 US standards lift B's 2032 US band above A's. */
  {
    const PuenteChartSeries *us = g_ptr_array_index (data->series, 0);
    guint y2032 = 2032 - data->first_year;

    g_assert_cmpstr (us->region, ==, "US");
    g_assert_cmpfloat (us->b_bands[PUENTE_P5][y2032], >, us->bands[PUENTE_P95][y2032]);
  }

  /* A lever change drops the fan until the new ensemble has run. */
  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 50.0);
  flush_events ();
  g_assert_cmpint (puente_chart_view_get_data (view)->kind, ==, PUENTE_CHART_LINE);
  puente_charts_page_set_show_uncertainty (page, FALSE);
  flush_events ();
}

static void
test_uncertainty_fan (void)
{
  run_with_window (check_uncertainty_fan);
}

static GtkWidget *
find_label_with_text (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_text (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
check_language_switch (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  guint n = puente_levers_get_n ();
  g_autofree double *values = NULL;
  double baseline_share;
  GtkWidget *content;

  /* Work in English: a lever, a comparison, a view, a year. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  flush_events ();
  baseline_share = puente_workspace_get_lever (workspace, puente_levers_find ("ldv.us.target_share"));
  g_assert_cmpfloat (baseline_share, !=, 0.45);
  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 45.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "ca-acc2-2035"));
  puente_window_set_visible_view (window, "charts");
  puente_workspace_set_year (workspace, 2035);
  flush_events ();
  values = g_memdup2 (puente_workspace_get_values (workspace), n * sizeof (double));
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  g_assert_nonnull (find_label_with_text (content, "Light-duty vehicles"));

  /* Switch to Spanish: the labels are Spanish, nothing else moved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-language", NULL));
  flush_events ();
  g_assert_cmpint (puente_window_get_language (window), ==, PUENTE_LANG_ES);
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  g_assert_nonnull (find_label_with_text (content, "Vehículos ligeros"));
  g_assert_null (find_label_with_text (content, "Light-duty vehicles"));
  g_assert_nonnull (find_label_with_text (content, "Región"));
  g_assert_true (puente_window_get_workspace (window) == workspace);
  g_assert_true (memcmp (values, puente_workspace_get_values (workspace), n * sizeof (double)) == 0);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (GTK_RANGE (get_scale (window, "ldv.us.target_share"))),
                                  45.0, 1e-9);
  g_assert_cmpstr (puente_workspace_get_compare_id (workspace), ==, "ca-acc2-2035");
  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "charts");
  g_assert_cmpint (puente_workspace_get_year (workspace), ==, 2035);
  g_assert_true (puente_workspace_can_undo (workspace));
  g_assert_true (puente_workspace_get_modified (workspace));

  /* Undo still works across the switch: the lever goes back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  flush_events ();
  g_assert_false (puente_workspace_can_undo (workspace));
  g_assert_cmpfloat_with_epsilon (puente_workspace_get_lever (workspace, puente_levers_find ("ldv.us.target_share")),
                                  baseline_share, 1e-12);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (GTK_RANGE (get_scale (window, "ldv.us.target_share"))),
                                  baseline_share * 100.0, 1e-9);

  /* And back to English. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  flush_events ();
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  g_assert_nonnull (find_label_with_text (content, "Light-duty vehicles"));
  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "charts");
}

static void
test_language_switch (void)
{
  run_with_window (check_language_switch);
}

/* ---- numbers do not follow the language --------------------------------- */

static GtkWidget *page_of (PuenteWindow *window,
                           const char   *name);

/* Every number written in the labels under @widget, in tree order:
 * "5,093", "2.5", "2030". */
static void
collect_numbers (GtkWidget *widget,
                 GPtrArray *numbers)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      g_autoptr(GRegex) regex = g_regex_new ("[0-9][0-9,.]*[0-9]|[0-9]", 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (regex, gtk_label_get_text (GTK_LABEL (widget)), 0, &match);
      while (g_match_info_matches (match))
        {
          g_ptr_array_add (numbers, g_match_info_fetch (match, 0));
          g_match_info_next (match, NULL);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_numbers (child, numbers);
}

static char *
numbers_of_view (PuenteWindow *window,
                 const char   *view)
{
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);

  puente_window_set_visible_view (window, view);
  flush_events ();
  collect_numbers (gtk_widget_get_first_child (GTK_WIDGET (puente_main_view_get_page (puente_window_get_main_view (window),
                                                                                      view))),
                   numbers);
  g_ptr_array_add (numbers, NULL);
  return g_strjoinv (" ", (char **) numbers->pdata);
}

/* A binational room: each half reads the same figures. EN → ES → EN in
 * US customary units (the harder case: the old code switched units with
 * the language), with B set and a state selected on the map. */
static void
check_numbers_kept (PuenteWindow *window)
{
  GSettings *settings = puente_application_get_settings (PUENTE_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
  g_autofree char *overview_en = NULL, *map_en = NULL;
  g_autofree char *overview_es = NULL, *map_es = NULL;
  g_autofree char *overview_back = NULL, *map_back = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  g_settings_set_string (settings, "units", "us-customary");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "us-lmdv-2032"));
  puente_view_state_set_selection (puente_window_get_view_state (window), "MX-NLE");
  flush_events ();

  overview_en = numbers_of_view (window, "overview");
  map_en = numbers_of_view (window, "map");
  g_test_message ("overview: %s", overview_en);
  g_test_message ("map: %s", map_en);
  /* The cards and the panel did show figures: CO₂ in short tons. */
  g_assert_nonnull (strstr (overview_en, "2030"));
  g_assert_cmpuint (strlen (overview_en), >, 200);
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (puente_window_get_overview (window)), "M short tons CO₂"));
  g_assert_cmpstr (puente_map_page_get_panel_title (PUENTE_MAP_PAGE (page_of (window, "map"))), ==, "Nuevo León");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "es"));
  flush_events ();
  overview_es = numbers_of_view (window, "overview");
  map_es = numbers_of_view (window, "map");
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (puente_window_get_overview (window)),
                                          "M de toneladas cortas de CO₂"));
  g_assert_cmpstr (overview_es, ==, overview_en);
  g_assert_cmpstr (map_es, ==, map_en);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  flush_events ();
  overview_back = numbers_of_view (window, "overview");
  map_back = numbers_of_view (window, "map");
  g_assert_cmpstr (overview_back, ==, overview_en);
  g_assert_cmpstr (map_back, ==, map_en);

  /* Metric is the meeting's default again for the next test. */
  g_settings_reset (settings, "units");
}

static void
test_numbers_kept (void)
{
  run_with_window (check_numbers_kept);
}

/* ---- the view survives a language switch ------------------------------ */

static GtkWidget *
page_of (PuenteWindow *window,
         const char   *name)
{
  return gtk_widget_get_first_child (GTK_WIDGET (puente_main_view_get_page (puente_window_get_main_view (window),
                                                                            name)));
}

/* Shows @view and lets it lay out, as a user looking at it would. */
static void
show_view (PuenteWindow *window,
           const char   *view)
{
  puente_window_set_visible_view (window, view);
  for (guint i = 0; i < 10; i++)
    {
      flush_events ();
      g_usleep (20000);
    }
}

static double
scroll_of (GtkScrolledWindow *scrolled)
{
  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scrolled));
}

static void
scroll_to (GtkScrolledWindow *scrolled,
           double             value)
{
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), value);
  flush_events ();
  g_assert_cmpfloat_with_epsilon (scroll_of (scrolled), value, 0.5);
}

/* What the user set on every view, as the widgets show it now. */
static void
assert_view_kept (PuenteWindow *window,
                  const char   *panel_title)
{
  PuenteChartsPage *charts;
  PuenteMapPage *map;
  PuenteSupplyPage *supply;
  PuenteLeverPanel *levers = PUENTE_LEVER_PANEL (puente_window_get_lever_panel (window));
  double lat, lon, zoom;

  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "supply");
  supply = PUENTE_SUPPLY_PAGE (page_of (window, "supply"));
  g_assert_cmpstr (puente_supply_page_get_highlight (supply), ==, "cells-na");
  g_assert_cmpfloat_with_epsilon (scroll_of (puente_lever_panel_get_scroller (levers)), 600, 0.5);

  show_view (window, "charts");
  charts = PUENTE_CHARTS_PAGE (page_of (window, "charts"));
  g_assert_cmpstr (puente_charts_page_get_chart_id (charts), ==, "ev-stock");
  g_assert_cmpstr (puente_charts_page_get_region (charts), ==, "MX");
  g_assert_true (gtk_toggle_button_get_active (puente_charts_page_get_difference_button (charts)));
  g_assert_true (gtk_toggle_button_get_active (puente_charts_page_get_uncertainty_button (charts)));
  g_assert_cmpfloat_with_epsilon (scroll_of (puente_charts_page_get_list_scroller (charts)), 300, 0.5);

  show_view (window, "map");
  map = PUENTE_MAP_PAGE (page_of (window, "map"));
  g_assert_cmpint (puente_map_page_get_mode (map), ==, PUENTE_MAP_MODE_DIFFERENCE);
  g_assert_true (gtk_toggle_button_get_active (puente_map_page_get_mode_button (map, PUENTE_MAP_MODE_DIFFERENCE)));
  g_assert_cmpuint (gtk_drop_down_get_selected (puente_map_page_get_metric_dropdown (map)), ==,
                    PUENTE_STATES_METRIC_EVS_PER_PORT);
  g_assert_true (gtk_check_button_get_active (puente_map_page_get_layer_check (map, "used")));
  g_assert_true (puente_map_layer_get_enabled (puente_map_page_get_layer (map, "used")));
  g_assert_false (gtk_check_button_get_active (puente_map_page_get_layer_check (map, "ports")));
  g_assert_false (gtk_check_button_get_active (puente_map_page_get_legend_check (map)));
  g_assert_false (puente_map_page_get_legend_shown (map));
  g_assert_cmpstr (puente_map_page_get_panel_title (map), ==, panel_title);
  puente_map_page_get_view (map, &lat, &lon, &zoom);
  g_assert_cmpfloat_with_epsilon (lat, 26.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (lon, -100.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (zoom, 6.0, 1e-9);

  /* Back where the user was. */
  show_view (window, "supply");
}

static void
check_view_kept (PuenteWindow *window)
{
  PuenteViewState *state = puente_window_get_view_state (window);
  g_autoptr(PuenteBasemap) basemap = puente_basemap_dup_default (NULL);
  g_autoptr(PuenteViewState) before = puente_view_state_new ();
  PuenteChartsPage *charts;
  PuenteMapPage *map;
  GtkWidget *map_widget;
  double lat, lon, x, y;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "us-lmdv-2032"));

  /* Map: B − A, another metric, a layer on and one off, no legend, a
   * place clicked, and somewhere else. */
  show_view (window, "map");
  map = PUENTE_MAP_PAGE (page_of (window, "map"));
  gtk_toggle_button_set_active (puente_map_page_get_mode_button (map, PUENTE_MAP_MODE_DIFFERENCE), TRUE);
  gtk_drop_down_set_selected (puente_map_page_get_metric_dropdown (map), PUENTE_STATES_METRIC_EVS_PER_PORT);
  gtk_check_button_set_active (puente_map_page_get_layer_check (map, "used"), TRUE);
  gtk_check_button_set_active (puente_map_page_get_layer_check (map, "ports"), FALSE);
  gtk_check_button_set_active (puente_map_page_get_legend_check (map), FALSE);
  puente_map_page_set_view (map, 26.0, -100.0, 6.0);
  show_view (window, "map");
  map_widget = puente_map_page_get_map (map, 0);
  puente_basemap_feature_get_label_point (puente_basemap_lookup (basemap, "MX-NLE"), &lat, &lon);
  shumate_viewport_location_to_widget_coords (shumate_map_get_viewport (SHUMATE_MAP (map_widget)), map_widget,
                                              lat, lon, &x, &y);
  g_assert_cmpstr (puente_map_page_click (map, 0, x, y), ==, "MX-NLE");
  /* Exactly there again, whatever the side panel's opening moved. */
  puente_map_page_set_view (map, 26.0, -100.0, 6.0);

  /* Charts (after the map: they follow its selection): another chart, a
   * region, B − A and the fan, the list scrolled. */
  show_view (window, "charts");
  charts = PUENTE_CHARTS_PAGE (page_of (window, "charts"));
  puente_charts_page_set_chart_id (charts, "ev-stock");
  puente_charts_page_set_region (charts, "MX");
  gtk_toggle_button_set_active (puente_charts_page_get_difference_button (charts), TRUE);
  gtk_toggle_button_set_active (puente_charts_page_get_uncertainty_button (charts), TRUE);
  scroll_to (puente_charts_page_get_list_scroller (charts), 300);

  /* Levers scrolled, and the Supply chain view with a node highlighted. */
  scroll_to (puente_lever_panel_get_scroller (PUENTE_LEVER_PANEL (puente_window_get_lever_panel (window))), 600);
  g_object_set (state, "supply-node", "cells-na", NULL);
  show_view (window, "supply");
  assert_view_kept (window, "Nuevo León");
  puente_view_state_copy_from (before, state);

  /* EN → ES: every widget is new, and shows the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "es"));
  show_view (window, "supply");
  g_assert_cmpint (puente_window_get_language (window), ==, PUENTE_LANG_ES);
  assert_view_kept (window, "Nuevo León");
  g_assert_true (puente_view_state_equal (before, state));

  /* ES → EN. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  show_view (window, "supply");
  g_assert_cmpint (puente_window_get_language (window), ==, PUENTE_LANG_EN);
  assert_view_kept (window, "Nuevo León");
  g_assert_true (puente_view_state_equal (before, state));

  /* The levers' search too. */
  gtk_editable_set_text (puente_lever_panel_get_search_entry (PUENTE_LEVER_PANEL (puente_window_get_lever_panel (window))),
                         "target");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-language", NULL));
  flush_events ();
  g_assert_cmpstr (gtk_editable_get_text (puente_lever_panel_get_search_entry (
                     PUENTE_LEVER_PANEL (puente_window_get_lever_panel (window)))), ==, "target");
  g_assert_false (gtk_widget_get_visible (puente_lever_panel_get_row (PUENTE_LEVER_PANEL (puente_window_get_lever_panel (window)),
                                                                      "ldv.us.sales_growth")));
  /* The language is a setting: the next test starts in English. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
}

static void
test_view_kept (void)
{
  run_with_window (check_view_kept);
}

/* A view prepared elsewhere (a facilitator's slide) applied to the view
 * state moves the live window. */
static void
check_view_applied (PuenteWindow *window)
{
  g_autoptr(PuenteViewState) slide = puente_view_state_new ();
  static const char * const layers[] = { "states", "transit", NULL };
  PuenteMapPage *map;
  double lat, lon, zoom;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "ca-acc2-2035"));
  show_view (window, "overview");
  g_object_set (slide,
                "view", "map", "map-mode", PUENTE_MAP_MODE_SPLIT, "map-metric", "co2",
                "map-layers", layers, "selection", "MX-CMX",
                "map-latitude", 19.4, "map-longitude", -99.1, "map-zoom", 7.0,
                NULL);
  puente_view_state_copy_from (puente_window_get_view_state (window), slide);
  show_view (window, "map");

  map = PUENTE_MAP_PAGE (page_of (window, "map"));
  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "map");
  g_assert_cmpint (puente_map_page_get_mode (map), ==, PUENTE_MAP_MODE_SPLIT);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (puente_map_page_get_pane (map, 1))));
  g_assert_cmpuint (gtk_drop_down_get_selected (puente_map_page_get_metric_dropdown (map)), ==, PUENTE_STATES_METRIC_CO2);
  g_assert_true (puente_map_layer_get_enabled (puente_map_page_get_layer (map, "transit")));
  g_assert_false (puente_map_layer_get_enabled (puente_map_page_get_layer (map, "charging")));
  g_assert_cmpstr (puente_map_page_get_panel_title (map), ==, "Mexico City");
  puente_map_page_get_view (map, &lat, &lon, &zoom);
  g_assert_cmpfloat_with_epsilon (lat, 19.4, 1e-6);
  g_assert_cmpfloat_with_epsilon (zoom, 7.0, 1e-9);
}

static void
test_view_applied (void)
{
  run_with_window (check_view_applied);
}

/* Every property of the view state goes through JSON and back: later
 * work saves views (a facilitator's deck) as data. */
static void
test_view_state_serialise (void)
{
  g_autoptr(PuenteViewState) state = puente_view_state_new ();
  g_autoptr(PuenteViewState) copy = NULL;
  g_autoptr(PuenteViewState) defaults = puente_view_state_new ();
  static const char * const layers[] = { "used", "supply", NULL };
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  g_object_set (state,
                "view", "charts", "levers-shown", FALSE, "lever-search", "target", "lever-scroll", 120.0,
                "chart-id", "co2", "chart-region", "MX", "chart-difference", TRUE, "chart-uncertainty", TRUE,
                "chart-list-scroll", 64.0, "map-metric", "electricity", "map-layers", layers,
                "map-mode", PUENTE_MAP_MODE_DIFFERENCE, "map-legend", FALSE, "map-latitude", 20.5,
                "map-longitude", -100.25, "map-zoom", 5.5, "selection", "laredo-wtb", "supply-node", "packs",
                "present", TRUE, "levers-pinned", TRUE, "high-contrast", TRUE,
                NULL);
  g_assert_false (puente_view_state_equal (state, defaults));

  node = json_gobject_serialize (G_OBJECT (state));
  text = json_to_string (node, FALSE);
  g_test_message ("%s", text);
  copy = PUENTE_VIEW_STATE (json_gobject_deserialize (PUENTE_TYPE_VIEW_STATE, node));
  g_assert_true (puente_view_state_equal (state, copy));

}

/* A view name that is none of the views is a programming error, refused. */
static void
test_view_state_bad_view (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(PuenteViewState) state = puente_view_state_new ();

      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL);
      g_object_set (state, "view", "nowhere", NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*“nowhere” is not a valid value of the view state’s “view”*");
}

/* ---- Present mode --------------------------------------------------------- */

/* The smallest text drawn under @widget, in pixels, as rendered: every
 * mapped label's runs (markup included) and every chart's own text; what
 * says it goes to @where. */
static void
find_min_text (GtkWidget  *widget,
               double     *min,
               char      **where)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      PangoLayoutIter *iter = pango_layout_get_iter (gtk_label_get_layout (GTK_LABEL (widget)));

      do
        {
          PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
          PangoFontDescription *font;
          double px;

          if (run == NULL)
            continue;
          font = pango_font_describe_with_absolute_size (run->item->analysis.font);
          px = (double) pango_font_description_get_size (font) / PANGO_SCALE;
          pango_font_description_free (font);
          if (px < *min)
            {
              *min = px;
              g_free (*where);
              *where = g_strdup (gtk_label_get_text (GTK_LABEL (widget)));
            }
        }
      while (pango_layout_iter_next_run (iter));
      pango_layout_iter_free (iter);
    }
  if (PUENTE_IS_CHART_VIEW (widget) && puente_chart_view_get_min_text_px (PUENTE_CHART_VIEW (widget)) < *min)
    {
      *min = puente_chart_view_get_min_text_px (PUENTE_CHART_VIEW (widget));
      g_free (*where);
      *where = g_strdup ("(a chart)");
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_min_text (child, min, where);
}

static double
min_text_px (GtkWidget  *widget,
             char      **where)
{
  double min = G_MAXDOUBLE;

  find_min_text (widget, &min, where);
  return min;
}

static double
label_px (GtkWidget *label)
{
  g_autofree char *where = NULL;

  return min_text_px (label, &where);
}

static gboolean
take_step (PuenteViewState *state,
           int              delta,
           int             *taken)
{
  *taken += delta;
  return TRUE;
}

/* `puente --present --compare us-lmdv-2032`, as a facilitator starts it:
 * full screen, B's legal status on screen, no text under 18 px on any
 * view, key values of 40 px and more, A's and B's the same size; the
 * levers hidden until pinned; the clicker's keys step through the views;
 * Esc leaves. */
static void
check_present (PuenteWindow *window)
{
  static const char *views[] = { "overview", "map", "charts", "supply" };
  PuenteViewState *state = puente_window_get_view_state (window);
  PuenteScenarioBanner *banner;
  GtkWidget *content;
  PuenteOverview *overview;
  gboolean levers_shown;
  int taken = 0;
  gulong handler;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "us-lmdv-2032"));
  g_object_get (state, "levers-shown", &levers_shown, NULL);
  g_assert_true (levers_shown);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  show_view (window, "overview");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "present"));
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (window)) || g_getenv ("WAYLAND_DISPLAY") == NULL);
  /* A projector's 1920x1080: without a window manager (Xvfb) full screen
   * is only asked for, so the window is given that size itself. */
  if (!gtk_window_is_fullscreen (GTK_WINDOW (window)))
    {
      gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
      show_view (window, "overview");
    }
  g_test_message ("Present mode: window %d x %d", gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, 1900);

  /* B's legal status, beside its name, on screen. */
  banner = PUENTE_SCENARIO_BANNER (puente_main_view_get_banner (puente_window_get_main_view (window)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (banner)));
  g_assert_cmpstr (puente_scenario_banner_get_badge (banner, 1), ==, "Repealed, as of 2026-12-07");
  g_assert_cmpstr (puente_scenario_banner_get_badge (banner, 0), ==, "Reference, as of 2026-12-07");

  /* The levers give the room to the views until pinned (F9). */
  g_assert_false (gtk_widget_get_mapped (puente_window_get_lever_panel (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-levers", NULL));
  show_view (window, "overview");
  g_assert_true (gtk_widget_get_mapped (puente_window_get_lever_panel (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-levers", NULL));
  show_view (window, "overview");
  g_assert_false (gtk_widget_get_mapped (puente_window_get_lever_panel (window)));

  /* The type scale, view by view, as rendered. */
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *where = NULL;
      double px;

      show_view (window, views[i]);
      px = min_text_px (content, &where);
      g_test_message ("Present mode, %s: smallest text %.1f px (“%s”)", views[i], px, where);
      if (px < PUENTE_VIEW_STATE_PRESENT_MIN_TEXT - 0.01)
        g_error ("%s: “%s” is %.1f px, under %.0f px", views[i], where, px, PUENTE_VIEW_STATE_PRESENT_MIN_TEXT);
    }
  overview = PUENTE_OVERVIEW (puente_window_get_overview (window));
  show_view (window, "overview");
  for (guint i = 0; i < puente_key_indicators_get_n (); i++)
    {
      GtkWidget *card = puente_overview_get_card (overview, puente_key_indicators_get (i)->id);
      GtkWidget *a = find_label_with_text (card, puente_indicator_card_get_value_text (PUENTE_INDICATOR_CARD (card)));
      GtkWidget *b = find_label_with_text (card, puente_indicator_card_get_b_text (PUENTE_INDICATOR_CARD (card)));

      g_assert_nonnull (a);
      g_assert_nonnull (b);
      if (!gtk_widget_get_mapped (a))
        continue;
      g_assert_cmpfloat (label_px (a), >=, 40.0);
      g_assert_cmpfloat (label_px (b), ==, label_px (a));
    }

  /* PageDown and PageUp (the clicker) step through the views, round. */
  for (guint i = 1; i <= G_N_ELEMENTS (views); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-view", NULL));
      g_assert_cmpstr (puente_window_get_visible_view (window), ==, views[i % G_N_ELEMENTS (views)]);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-view", NULL));
  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "supply");
  /* Other code (a deck of slides) can take the step over. */
  handler = g_signal_connect (state, "step", G_CALLBACK (take_step), &taken);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-view", NULL));
  g_assert_cmpint (taken, ==, 1);
  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "supply");
  g_signal_handler_disconnect (state, handler);

  /* High contrast, then the language: Present mode stays. */
  g_object_set (state, "high-contrast", TRUE, NULL);
  flush_events ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "high-contrast"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "es"));
  show_view (window, "overview");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "present"));
  banner = PUENTE_SCENARIO_BANNER (puente_main_view_get_banner (puente_window_get_main_view (window)));
  g_assert_cmpstr (puente_scenario_banner_get_badge (banner, 1), ==, "Derogada, al 2026-12-07");
  {
    g_autofree char *where = NULL;
    double px = min_text_px (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)), &where);

    g_test_message ("Present mode, overview in Spanish: smallest text %.1f px (“%s”)", px, where);
    g_assert_cmpfloat (px, >=, PUENTE_VIEW_STATE_PRESENT_MIN_TEXT - 0.01);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));

  /* Esc leaves, and the window is as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-present", NULL));
  show_view (window, "overview");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "present"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "high-contrast"));
  g_assert_true (gtk_widget_get_mapped (puente_window_get_lever_panel (window)));
  g_object_set (state, "high-contrast", FALSE, NULL);
}

static void
test_present (void)
{
  run_with_window (check_present);
}

/* The acceptance command itself: puente --present --compare us-lmdv-2032. */
static void
check_present_command_line (PuenteWindow *window)
{
  PuenteScenarioBanner *banner = PUENTE_SCENARIO_BANNER (puente_main_view_get_banner (puente_window_get_main_view (window)));
  gboolean present;

  show_view (window, "overview");
  g_object_get (puente_window_get_view_state (window), "present", &present, NULL);
  g_assert_true (present);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "present"));
  g_assert_cmpstr (puente_workspace_get_compare_id (puente_window_get_workspace (window)), ==, "us-lmdv-2032");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (banner)));
  g_assert_cmpstr (puente_scenario_banner_get_badge (banner, 1), ==, "Repealed, as of 2026-12-07");
  g_object_set (puente_window_get_view_state (window), "present", FALSE, NULL);
}

static void
test_present_command_line (void)
{
  const char *argv[] = { "puente", "--lang", "en", "--present", "--compare", "us-lmdv-2032", NULL };

  run_with_args (check_present_command_line, argv);
}

/* Outside Present mode too, every scenario named on screen carries its
 * status: the banner, the menus (with the current choice marked), the
 * chart's footer. */
/* The first widget of @type under @widget (itself included), only among
 * mapped ones when @mapped; NULL if none. */
static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type,
             gboolean   mapped)
{
  if (mapped && !gtk_widget_get_mapped (widget))
    return NULL;
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, mapped);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether the chart shown on @view drew @text within one of its texts
 * (its footer wraps: the words are looked for with the line breaks
 * taken out). */
static gboolean
chart_drew (PuenteWindow *window,
            const char   *view,
            const char   *text)
{
  PuenteChartView *chart;
  const PuenteChartLayout *layout;
  g_autoptr(GString) all = g_string_new (NULL);

  show_view (window, view);
  chart = (PuenteChartView *) find_widget (page_of (window, view), PUENTE_TYPE_CHART_VIEW, TRUE);
  g_assert_nonnull (chart);
  layout = puente_chart_view_get_layout (chart);
  g_assert_nonnull (layout);
  for (guint i = 0; i < puente_chart_layout_get_n_texts (layout); i++)
    {
      PuenteChartText t;

      puente_chart_layout_get_text (layout, i, &t);
      g_string_append (all, t.text);
      g_string_append_c (all, ' ');
    }
  g_strdelimit (all->str, "\n", ' ');
  return strstr (all->str, text) != NULL;
}

static void
check_status_shown (PuenteWindow *window)
{
  PuenteScenarioBanner *banner;
  GMenuModel *menu;
  g_autofree char *compare = NULL;
  gboolean found = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "ca-acc2-2035"));
  flush_events ();
  banner = PUENTE_SCENARIO_BANNER (puente_main_view_get_banner (puente_window_get_main_view (window)));
  g_assert_cmpstr (puente_scenario_banner_get_badge (banner, 1), ==, "Blocked, as of 2026-12-07");
  g_object_get (window, "compare", &compare, NULL);
  g_assert_cmpstr (compare, ==, "ca-acc2-2035");
  /* The footer of the chart on screen, and the Sankey's, carry it. */
  g_assert_true (chart_drew (window, "charts", "Blocked, as of 2026-12-07"));
  g_assert_true (chart_drew (window, "supply", "Blocked, as of 2026-12-07"));

  /* The presets in the scenario menu say their status. */
  menu = g_menu_model_get_item_link (puente_main_view_get_scenario_menu (puente_window_get_main_view (window)), 0,
                                     G_MENU_LINK_SECTION);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autofree char *target = NULL;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target);
      if (g_strcmp0 (target, "us-lmdv-2032") == 0)
        {
          g_assert_true (g_str_has_suffix (label, " — Repealed, as of 2026-12-07"));
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_object_unref (menu);

  /* Without B, the banner names A alone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", ""));
  flush_events ();
  g_assert_null (puente_scenario_banner_get_badge (banner, 1));
}

static void
test_status_shown (void)
{
  run_with_window (check_status_shown);
}

/* ---- the shortcuts window lists every key the window binds ---------------- */

/* A keypad key bound beside its main key (KP_Home for Home) is the same
 * key to a user: it is listed under the main one. */
static char *
key_name (guint           keyval,
          GdkModifierType mods)
{
  const char *name = gdk_keyval_name (keyval);

  if (name != NULL && g_str_has_prefix (name, "KP_") &&
      gdk_keyval_from_name (name + 3) != GDK_KEY_VoidSymbol)
    keyval = gdk_keyval_from_name (name + 3);
  return gtk_accelerator_name (gdk_keyval_to_lower (keyval), mods & gtk_accelerator_get_default_mod_mask ());
}

/* The keys of every shortcut controller of @widget (its class bindings,
 * and the Present mode clicker's). */
static void
collect_bindings (GtkWidget  *widget,
                  GHashTable *keys)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || !GTK_IS_NAMED_ACTION (action))
            continue;
          g_hash_table_insert (keys,
                               key_name (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))),
                               g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action))));
        }
    }
}

static void
collect_listed (GtkWidget  *widget,
                GHashTable *keys)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) parts = NULL;

      g_object_get (widget, "accelerator", &accelerator, NULL);
      g_assert_nonnull (accelerator);
      parts = g_strsplit (accelerator, " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint keyval;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (parts[i], &keyval, &mods));
          g_hash_table_add (keys, key_name (keyval, mods));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_listed (child, keys);
}

static void
check_shortcuts_listed (PuenteWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  g_autoptr(GHashTable) bound = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (app);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  /* The map pane's own keys, and the place-to-place keys of
   * puente-map-keynav.c (a key handler, not shortcuts). */
  static const char *const map_keys[] = { "Left", "Right", "Up", "Down", "plus", "minus",
                                          "<Control>Left", "<Control>Right", "Return" };
  GHashTableIter iter;
  const char *key, *action;

  /* The window's bindings, the map's (Export Map) and the application's
   * accelerators. */
  collect_bindings (GTK_WIDGET (window), bound);
  show_view (window, "map");
  collect_bindings (page_of (window, "map"), bound);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &mods));
          g_hash_table_insert (bound, key_name (keyval, mods), g_strdup (actions[i]));
        }
    }
  g_assert_nonnull (overlay);
  collect_listed (GTK_WIDGET (overlay), listed);

  g_hash_table_iter_init (&iter, bound);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, (gpointer *) &action))
    {
      g_test_message ("%s → %s", key, action);
      if (!g_hash_table_contains (listed, key))
        g_error ("%s (%s) is bound but not in the shortcuts window", key, action);
    }
  /* The focused map moves and zooms by a key handler (puente-map-pane.c
   * on_key_pressed), not a shortcut: its keys count as bound. */
  for (guint i = 0; i < G_N_ELEMENTS (map_keys); i++)
    g_hash_table_insert (bound, g_strdup (map_keys[i]), g_strdup ("map pane"));
  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (!g_hash_table_contains (bound, key))
      g_error ("the shortcuts window lists %s, which nothing binds", key);
  /* The keys the issue found missing are there. */
  g_assert_true (g_hash_table_contains (listed, "<Control>o"));
  g_assert_true (g_hash_table_contains (listed, "F5"));
  g_assert_true (g_hash_table_contains (listed, "Page_Down"));
  g_assert_true (g_hash_table_contains (listed, "<Shift><Control>e"));

  /* In the window's language, after a switch too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "es"));
  flush_events ();
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (overlay), "Exportar mapa"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
}

static void
test_shortcuts_listed (void)
{
  run_with_window (check_shortcuts_listed);
}

/* Runs the main loop for @ms milliseconds. */
static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

static double
cycle_seconds (void)
{
  const char *text = g_getenv ("PUENTE_CYCLE_SECONDS");

  return text != NULL ? g_ascii_strtod (text, NULL) : 60;
}

/* A facilitator switches language mid-meeting while the map renders
 * tiles and the Charts view computes an uncertainty fan on worker
 * threads: every view, both languages, a lever moved and the map moved on
 * each step. No warning, and no environment change after threads exist. */
static void
check_cycle (PuenteWindow *window)
{
  static const char *views[] = { "overview", "map", "charts", "supply" };
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  gint64 end = g_get_monotonic_time () + (gint64) (cycle_seconds () * G_USEC_PER_SEC);
  int lever = puente_levers_find ("ldv.us.target_share");
  guint steps = 0, switches = 0;

  n_warnings = n_setenv = 0;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "us-lmdv-2032"));
  while (g_get_monotonic_time () < end)
    {
      const char *view = views[steps % G_N_ELEMENTS (views)];
      PuenteMainView *content = puente_window_get_main_view (window);

      puente_window_set_visible_view (window, view);
      if (g_str_equal (view, "charts"))
        {
          PuenteChartsPage *charts = PUENTE_CHARTS_PAGE (puente_main_view_get_charts_page (content));

          puente_charts_page_set_chart_id (charts, "zev-share-sales");
          puente_charts_page_set_show_uncertainty (charts, TRUE);
        }
      else if (g_str_equal (view, "map"))
        {
          PuenteMapPage *map = PUENTE_MAP_PAGE (gtk_widget_get_first_child (GTK_WIDGET (puente_main_view_get_page (content, "map"))));

          /* New tiles to render, one map or two. */
          puente_map_page_set_view (map, 20 + (steps % 7) * 3, -110 + (steps % 5) * 4, 4 + (steps % 3));
          puente_map_page_set_mode (map, steps % 2 ? PUENTE_MAP_MODE_SPLIT : PUENTE_MAP_MODE_SINGLE);
        }
      /* A lever change restarts the fan and recolours the map. */
      puente_workspace_set_lever (workspace, lever, 0.3 + 0.05 * (steps % 8));
      run_for (300);

      if (steps % 2 == 1)
        {
          g_assert_true (puente_window_set_language (window, puente_window_get_language (window) == PUENTE_LANG_ES
                                                             ? PUENTE_LANG_EN : PUENTE_LANG_ES));
          switches++;
          run_for (300);
        }
      steps++;
    }

  g_test_message ("%u steps, %u language switches, %u warnings, %u setenv-after-threads messages",
                  steps, switches, n_warnings, n_setenv);
  g_assert_cmpuint (switches, >=, 4);
  g_assert_cmpuint (n_warnings, ==, 0);
  g_assert_cmpuint (n_setenv, ==, 0);
}

static void
test_cycle (void)
{
  test_timeout_seconds = (guint) cycle_seconds () + WINDOW_SECONDS;
  run_with_window (check_cycle);
  test_timeout_seconds = WINDOW_SECONDS;
}

static void
check_small_screen (PuenteWindow *window)
{
  int min_width, min_height;

  /* At 1024x600 (a small projector or netbook) nothing forces the window
   * larger, so no control is cut off at the edge. */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, 1024,
                      &min_height, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 1024);
  g_assert_cmpint (min_height, <=, 600);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 600);
  flush_events ();
}

static void
test_small_screen (void)
{
  run_with_window (check_small_screen);
}

/* ---- work is never lost ---------------------------------------------- */

/* Runs the main loop for @ms milliseconds (timers fire, nothing spins). */
static gboolean
on_wait_done (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_wait_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Autosaves happen 2 s after the last change. */
#define AUTOSAVE_WAIT_MS 3000

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
respond (const char *response)
{
  AdwMessageDialog *dialog = find_dialog ();

  g_assert_nonnull (dialog);
  /* As a click on the button: the response, then the dialog goes (a
   * close would answer a second time, with the close response). The
   * answer may close the window, and the dialog with it. */
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  flush_events ();
  g_assert_null (find_dialog ());
}

/* The first banner's text, or NULL when the window shows none. */
static const char *
banner_text (PuenteWindow *window)
{
  PuenteBanner *banner = (PuenteBanner *) find_widget (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                                                      PUENTE_TYPE_BANNER, FALSE);

  return banner != NULL ? puente_banner_get_title (banner) : NULL;
}

static double
lever (PuenteWindow *window,
       const char   *id)
{
  return puente_workspace_get_lever (puente_window_get_workspace (window), puente_levers_find (id));
}

static char *
recovery_path (const char *name)
{
  g_autofree char *dir = puente_autosave_get_dir ();

  return g_build_filename (dir, name, NULL);
}

/* The recovery files other than the one at @own_path. */
static guint
count_recoveries_but (const char *own_path)
{
  g_autofree char *dir_path = puente_autosave_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autofree char *own = g_path_get_basename (own_path);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".json") && strcmp (name, own) != 0;
  return n;
}

/* The recovery files other than this window's own. */
static guint
count_recoveries (PuenteWindow *window)
{
  return count_recoveries_but (puente_window_get_autosave_path (window));
}

/* A scenario file with one lever set. */
static char *
write_scenario (const char *name,
                const char *lever_id,
                double      value)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "files", NULL);
  char *path = g_build_filename (dir, name, NULL);
  g_autofree char *json = g_strdup_printf ("{\"format\": \"puente-scenario\", \"version\": 1, "
                                           "\"levers\": {\"%s\": %g}}", lever_id, value);

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  return path;
}

typedef enum {
  WAY_OPEN_FILE,     /* File → Open (what the chooser calls), the menus' files */
  WAY_LOAD_FILE,     /* My Scenarios and Recent Files: win.load-file */
  WAY_DROP,          /* a file dropped on the window */
  WAY_COMMAND_LINE,  /* a second "puente --scenario FILE" */
  WAY_PRESET,        /* a preset chosen for A */
  N_WAYS
} Way;

static const char *way_names[N_WAYS] = { "open-file", "load-file", "drop", "command-line", "preset" };
static Way current_way;

static void
drop_file (PuenteWindow *window,
           GFile        *file)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  gboolean dropped = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      GValue value = G_VALUE_INIT;

      if (!GTK_IS_DROP_TARGET (controller))
        continue;
      g_value_init (&value, G_TYPE_FILE);
      g_value_set_object (&value, file);
      g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &dropped);
      g_value_unset (&value);
    }
  if (!dropped)
    g_error ("the window refused a dropped file: %s",
             puente_window_get_last_error (window) != NULL ? puente_window_get_last_error (window) : "(no error shown)");
}

/* What GApplication hands the primary instance for "puente ARGS..."
 * started in @cwd (NULL: this folder). */
static int
second_launch_in (PuenteWindow *window,
                  const char   *cwd_arg,
                  const char   *option,
                  const char   *value)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  const char *argv[] = { "puente", option, value, NULL };
  g_auto(GVariantDict) options = G_VARIANT_DICT_INIT (NULL);
  g_auto(GVariantDict) platform = G_VARIANT_DICT_INIT (NULL);
  g_autoptr(GApplicationCommandLine) command_line = NULL;
  g_autofree char *cwd = cwd_arg != NULL ? g_strdup (cwd_arg) : g_get_current_dir ();
  int status = -1;

  g_variant_dict_insert_value (&options, option + 2, g_str_equal (option, "--preset")
                                                       ? g_variant_new_string (value)
                                                       : g_variant_new_bytestring (value));
  g_variant_dict_insert_value (&platform, "cwd", g_variant_new_bytestring (cwd));
  command_line = g_object_new (G_TYPE_APPLICATION_COMMAND_LINE,
                               "arguments", g_variant_new_bytestring_array (argv, -1),
                               "options", g_variant_dict_end (&options),
                               "platform-data", g_variant_dict_end (&platform),
                               NULL);
  g_signal_emit_by_name (app, "command-line", command_line, &status);
  return status;
}

static int
second_launch (PuenteWindow *window,
               const char   *option,
               const char   *value)
{
  return second_launch_in (window, NULL, option, value);
}

static void
replace_a (PuenteWindow *window,
           const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  switch (current_way)
    {
    case WAY_OPEN_FILE:
      g_assert_true (puente_window_open_file (window, file));
      break;
    case WAY_LOAD_FILE:
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-file", "s", path));
      break;
    case WAY_DROP:
      drop_file (window, file);
      break;
    case WAY_COMMAND_LINE:
      g_assert_cmpint (second_launch (window, "--scenario", path), ==, 0);
      break;
    case WAY_PRESET:
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-preset", "s", "us-lmdv-2032"));
      break;
    case N_WAYS:
    default:
      g_assert_not_reached ();
    }
  flush_events ();
}

/* Each way of replacing A with unsaved changes asks first: Cancel keeps
 * the edits, Discard replaces them. */
static void
check_replace_asks (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  g_autofree char *other = write_scenario ("other.json", "ldv.mx.target_share", 0.61);
  double baseline = lever (window, "ldv.us.target_share");

  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 45.0);
  flush_events ();
  g_assert_true (puente_workspace_get_modified (workspace));

  replace_a (window, other);
  g_assert_nonnull (find_dialog ());
  /* Nothing replaced while the question is open. */
  g_assert_cmpfloat_with_epsilon (lever (window, "ldv.us.target_share"), 0.45, 1e-9);
  respond ("cancel");
  g_assert_cmpfloat_with_epsilon (lever (window, "ldv.us.target_share"), 0.45, 1e-9);
  g_assert_true (puente_workspace_get_modified (workspace));
  g_assert_true (puente_workspace_can_undo (workspace));
  g_assert_cmpstr (puente_workspace_get_preset_id (workspace), ==, "baseline");

  replace_a (window, other);
  respond ("discard");
  g_assert_false (puente_workspace_get_modified (workspace));
  if (current_way == WAY_PRESET)
    {
      g_autoptr(PuenteScenario) preset = puente_scenario_load_preset ("us-lmdv-2032", NULL);

      /* The preset's own value of the lever, not the edit. */
      g_assert_cmpstr (puente_workspace_get_preset_id (workspace), ==, "us-lmdv-2032");
      g_assert_cmpfloat_with_epsilon (lever (window, "ldv.us.target_share"),
                                      puente_scenario_get_lever (preset, "ldv.us.target_share",
                                                                 puente_workspace_get_dataset (workspace)),
                                      1e-9);
    }
  else
    {
      g_assert_cmpfloat_with_epsilon (lever (window, "ldv.us.target_share"), baseline, 1e-9);
      g_assert_cmpfloat_with_epsilon (lever (window, "ldv.mx.target_share"), 0.61, 1e-9);
    }

  /* Without unsaved changes nothing is asked. */
  replace_a (window, other);
  g_assert_null (find_dialog ());
}

static void
test_replace_asks (void)
{
  for (current_way = 0; current_way < N_WAYS; current_way++)
    {
      g_test_message ("way: %s", way_names[current_way]);
      run_with_window (check_replace_asks);
    }
}

/* "puente --scenario x:y.json" opens the file x:y.json of the folder it
 * was started in; it is not a URI with the scheme "x". */
static void
check_colon_name (PuenteWindow *window)
{
  g_autofree char *path = write_scenario ("x:y.json", "ldv.mx.target_share", 0.64);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (second_launch_in (window, dir, "--scenario", "x:y.json"), ==, 0);
  flush_events ();
  g_assert_cmpfloat_with_epsilon (lever (window, "ldv.mx.target_share"), 0.64, 1e-9);
  g_assert_null (puente_window_get_last_error (window));
}

static void
test_colon_name (void)
{
  run_with_window (check_colon_name);
}

/* Save first: the edits reach A's file, then A is replaced. */
static void
check_replace_saves (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  g_autofree char *mine = write_scenario ("mine.json", "ldv.us.target_share", 0.5);
  g_autofree char *other = write_scenario ("other.json", "ldv.mx.target_share", 0.61);
  g_autoptr(GFile) mine_file = g_file_new_for_path (mine);
  g_autoptr(PuenteScenario) saved = NULL;

  g_assert_true (puente_window_open_file (window, mine_file));
  flush_events ();
  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 70.0);
  flush_events ();

  current_way = WAY_DROP;
  replace_a (window, other);
  respond ("save");
  saved = puente_scenario_load_file (mine, NULL);
  g_assert_cmpfloat_with_epsilon (puente_scenario_get_lever (saved, "ldv.us.target_share", NULL), 0.70, 1e-9);
  g_assert_cmpfloat_with_epsilon (lever (window, "ldv.mx.target_share"), 0.61, 1e-9);
  g_assert_false (puente_workspace_get_modified (workspace));
}

static void
test_replace_saves (void)
{
  run_with_window (check_replace_saves);
}

static double left_value;

/* Edits, autosaved, then the process ends without closing (a crash). */
static void
check_leave_changes (PuenteWindow *window)
{
  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.mx.target_share")), 42.0);
  flush_events ();
  left_value = lever (window, "ldv.mx.target_share");
  g_assert_null (banner_text (window));
  wait_ms (AUTOSAVE_WAIT_MS);
  g_assert_true (g_file_test (puente_window_get_autosave_path (window), G_FILE_TEST_EXISTS));

  /* Gone without closing, as in a crash: its lock is free, its files stay.
   * (Quitting alone would keep the window, and its lock, in this process.) */
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Everything a user might do before deciding: the recovered changes stay,
 * on screen and on disk. */
static void
check_recovery_kept (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  const char *text = banner_text (window);
  g_autofree char *own = NULL;

  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "unsaved changes"));
  g_assert_cmpuint (count_recoveries (window), ==, 1);
  /* A starts from the baseline, not the recovered value. */
  g_assert_cmpfloat (lever (window, "ldv.mx.target_share"), !=, left_value);

  /* New edits autosave beside the old recovery file. */
  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 50.0);
  flush_events ();
  wait_ms (AUTOSAVE_WAIT_MS);
  g_assert_true (g_file_test (puente_window_get_autosave_path (window), G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_recoveries (window), ==, 1);

  /* Choosing B (which used to delete the autosave). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "ca-acc2-2035"));
  flush_events ();
  g_assert_true (puente_workspace_can_undo (workspace));
  wait_ms (AUTOSAVE_WAIT_MS);
  g_assert_cmpuint (count_recoveries (window), ==, 1);

  /* A language switch rebuilds the window: the offer comes back in Spanish. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "es"));
  flush_events ();
  text = banner_text (window);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "cambios"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  flush_events ();
  g_assert_nonnull (banner_text (window));

  /* Quitting, discarding this session's own edits, leaves it for the
   * next start. */
  own = g_strdup (puente_window_get_autosave_path (window));
  gtk_window_close (GTK_WINDOW (window));
  flush_events ();
  respond ("discard");
  g_assert_false (g_file_test (own, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_recoveries_but (own), ==, 1);
}

static void
check_recovery_restore (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);

  g_assert_nonnull (banner_text (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-autosave", NULL));
  flush_events ();
  g_assert_cmpfloat_with_epsilon (lever (window, "ldv.mx.target_share"), left_value, 1e-12);
  g_assert_true (puente_workspace_get_modified (workspace));
  g_assert_cmpstr (puente_workspace_get_preset_id (workspace), ==, "baseline");
  g_assert_null (banner_text (window));
  /* The changes moved to this window's autosave at once. */
  g_assert_cmpuint (count_recoveries (window), ==, 0);
  g_assert_true (g_file_test (puente_window_get_autosave_path (window), G_FILE_TEST_EXISTS));
}

static void
test_recovery_survives (void)
{
  run_with_window (check_leave_changes);
  run_with_window (check_recovery_kept);
  run_with_window (check_recovery_restore);
}

static void
check_recovery_discard (PuenteWindow *window)
{
  g_assert_nonnull (banner_text (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.discard-recovery", NULL));
  flush_events ();
  g_assert_null (banner_text (window));
  g_assert_cmpuint (count_recoveries (window), ==, 0);
}

static void
check_nothing_offered (PuenteWindow *window)
{
  g_assert_null (banner_text (window));
  g_assert_cmpuint (count_recoveries (window), ==, 0);
}

static void
test_recovery_discard (void)
{
  run_with_window (check_leave_changes);
  run_with_window (check_recovery_discard);
  run_with_window (check_nothing_offered);
}

/* Restoring over unsaved changes asks first, like any replacement. */
static void
check_restore_asks (PuenteWindow *window)
{
  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 30.0);
  flush_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-autosave", NULL));
  flush_events ();
  respond ("cancel");
  g_assert_cmpfloat_with_epsilon (lever (window, "ldv.us.target_share"), 0.30, 1e-9);
  g_assert_nonnull (banner_text (window));
  g_assert_cmpuint (count_recoveries (window), ==, 1);
}

static void
test_restore_asks (void)
{
  run_with_window (check_leave_changes);
  run_with_window (check_restore_asks);
}

/* Another instance (a process of its own, even without a session bus)
 * is simulated by an autosave held in this test: its file is neither
 * offered nor deleted while it lives. */
static PuenteAutosave *other_instance;
static char *other_path;

static void
check_other_instance_untouched (PuenteWindow *window)
{
  g_autofree char *own = NULL;

  g_assert_null (banner_text (window));
  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 55.0);
  flush_events ();
  wait_ms (AUTOSAVE_WAIT_MS);
  own = g_strdup (puente_window_get_autosave_path (window));
  g_assert_true (g_file_test (own, G_FILE_TEST_EXISTS));
  /* Closed, discarding its changes: only its own files go. */
  gtk_window_close (GTK_WINDOW (window));
  flush_events ();
  respond ("discard");
  g_assert_false (g_file_test (own, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other_path, G_FILE_TEST_EXISTS));
}

static void
check_other_instance_offered (PuenteWindow *window)
{
  const char *text = banner_text (window);

  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "Other instance"));
}

static void
test_two_instances (void)
{
  g_autoptr(PuenteScenario) scenario = puente_scenario_new ();
  g_autoptr(GError) error = NULL;

  puente_scenario_set_name (scenario, PUENTE_LANG_EN, "Other instance");
  g_assert_true (puente_scenario_set_lever (scenario, "ldv.mx.target_share", 0.33, NULL));
  other_instance = puente_autosave_new ();
  g_assert_true (puente_autosave_write (other_instance, scenario, "preset:baseline", &error));
  other_path = g_strdup (puente_autosave_get_path (other_instance));

  run_with_window (check_other_instance_untouched);
  run_with_window (check_other_instance_untouched);

  /* The other instance crashes: its changes are offered. */
  g_clear_object (&other_instance);
  run_with_window (check_other_instance_offered);
  g_clear_pointer (&other_path, g_free);
}

/* An autosave that fails says so in the window, what and where, and is
 * tried again until it works. */
static void
check_autosave_failure (PuenteWindow *window)
{
  g_autofree char *dir = puente_autosave_get_dir ();
  g_autofree char *moved = g_strconcat (dir, ".moved", NULL);
  const char *text;
  gint64 deadline;

  /* The folder replaced by a file: nothing can be written in it. */
  g_assert_cmpint (g_rename (dir, moved), ==, 0);
  g_assert_true (g_file_set_contents (dir, "", 0, NULL));

  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 65.0);
  flush_events ();
  wait_ms (AUTOSAVE_WAIT_MS);
  text = banner_text (window);
  g_assert_nonnull (text);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "could not be saved for recovery"));
  g_assert_nonnull (strstr (text, dir));
  g_assert_true (gtk_widget_has_css_class (find_widget (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                                                        PUENTE_TYPE_BANNER, FALSE),
                                           "problem"));

  /* Space again: the next try works and the banner goes. */
  g_assert_cmpint (g_unlink (dir), ==, 0);
  g_assert_cmpint (g_rename (moved, dir), ==, 0);
  deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
  while (banner_text (window) != NULL && g_get_monotonic_time () < deadline)
    wait_ms (250);
  g_assert_null (banner_text (window));
  g_assert_true (g_file_test (puente_window_get_autosave_path (window), G_FILE_TEST_EXISTS));
}

static void
test_autosave_failure (void)
{
  run_with_window (check_autosave_failure);
}

/* Restored while autosaving fails: the recovered files stay until this
 * window's autosave holds the changes, then go. */
static void
check_restore_while_failing (PuenteWindow *window)
{
  g_autofree char *dir = puente_autosave_get_dir ();
  g_autofree char *moved = g_strconcat (dir, ".moved", NULL);
  gint64 deadline;

  g_assert_cmpint (g_rename (dir, moved), ==, 0);
  g_assert_true (g_file_set_contents (dir, "", 0, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-autosave", NULL));
  flush_events ();
  g_assert_cmpfloat_with_epsilon (lever (window, "ldv.mx.target_share"), left_value, 1e-12);
  g_assert_nonnull (strstr (banner_text (window), "could not be saved for recovery"));

  g_assert_cmpint (g_unlink (dir), ==, 0);
  g_assert_cmpint (g_rename (moved, dir), ==, 0);
  g_assert_cmpuint (count_recoveries (window), ==, 1);
  deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
  while (banner_text (window) != NULL && g_get_monotonic_time () < deadline)
    wait_ms (250);
  g_assert_null (banner_text (window));
  g_assert_cmpuint (count_recoveries (window), ==, 0);
  g_assert_true (g_file_test (puente_window_get_autosave_path (window), G_FILE_TEST_EXISTS));
}

static void
test_restore_while_failing (void)
{
  run_with_window (check_leave_changes);
  run_with_window (check_restore_while_failing);
}

static const char *hostile_name;

static gboolean
exists (const char *path)
{
  GStatBuf st;

  return g_lstat (path, &st) == 0;
}

static void
check_starts_despite (PuenteWindow *window)
{
  g_autofree char *scenarios = g_build_filename (g_get_user_data_dir (), "puente", "scenarios", NULL);
  g_autofree char *in_scenarios = g_build_filename (scenarios, hostile_name, NULL);
  g_autofree char *aside = g_strconcat (in_scenarios, ".broken", NULL);
  g_autofree char *in_recovery = recovery_path (hostile_name);
  g_autofree char *recovery_aside = g_strconcat (in_recovery, ".broken", NULL);
  g_autofree char *old_aside = recovery_path ("autosave-0.1.json.broken");
  g_autofree char *old = g_build_filename (g_get_user_data_dir (), "puente", "autosave.json", NULL);

  /* The window works... */
  g_assert_nonnull (puente_window_get_workspace (window));
  g_assert_cmpstr (puente_workspace_get_preset_id (puente_window_get_workspace (window)), ==, "baseline");
  /* ...the files are set aside, and the user was told. */
  g_assert_false (exists (in_scenarios));
  g_assert_true (exists (aside));
  g_assert_false (exists (in_recovery));
  g_assert_true (exists (recovery_aside));
  g_assert_false (exists (old));
  g_assert_true (exists (old_aside));
  g_assert_nonnull (puente_window_get_last_error (window));
  g_assert_nonnull (strstr (puente_window_get_last_error (window), "set aside"));
  /* In full, in a banner that stays until dismissed. */
  g_assert_nonnull (banner_text (window));
  g_assert_nonnull (strstr (banner_text (window), "set aside as"));
  g_assert_nonnull (strstr (banner_text (window), hostile_name));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-notices", NULL));
  flush_events ();
  g_assert_null (banner_text (window));

  hostile_remove_tree (aside);
  hostile_remove_tree (recovery_aside);
  hostile_remove_tree (old_aside);
}

/* Each hostile file in the user's scenarios folder, as recovery data and
 * as the autosave of Puente 0.1: the app starts normally. */
static void
test_hostile_files_at_start (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("puente-hostile-XXXXXX", NULL);
  g_autofree char *scenarios = g_build_filename (g_get_user_data_dir (), "puente", "scenarios", NULL);
  g_autofree char *recovery = puente_autosave_get_dir ();
  g_autofree char *old = g_build_filename (g_get_user_data_dir (), "puente", "autosave.json", NULL);
  const HostileFile *corpus;
  guint n;

  corpus = hostile_corpus_make (tmp, &n);
  g_mkdir_with_parents (scenarios, 0700);
  g_mkdir_with_parents (recovery, 0700);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *in_scenarios = g_build_filename (scenarios, corpus[i].name, NULL);
      g_autofree char *in_recovery = g_build_filename (recovery, corpus[i].name, NULL);
      gint64 start = g_get_monotonic_time ();

      hostile_file_make (corpus[i].name, in_scenarios);
      hostile_file_make (corpus[i].name, in_recovery);
      hostile_file_make (corpus[i].name, old);
      hostile_name = corpus[i].name;
      run_with_window (check_starts_despite);
      g_test_message ("%s: started and set aside in %.2f s", corpus[i].name,
                      (g_get_monotonic_time () - start) / 1e6);
    }
  hostile_remove_tree (tmp);
}

/* Saving over a read-only file asks, and keeps it read-only. */
static void
check_read_only_save (PuenteWindow *window)
{
  g_autofree char *path = write_scenario ("locked.json", "ldv.us.target_share", 0.5);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PuenteScenario) saved = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GStatBuf st;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_true (puente_window_open_file (window, file));
  flush_events ();
  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 75.0);
  flush_events ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  flush_events ();
  respond ("cancel");
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (puente_workspace_get_modified (puente_window_get_workspace (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  flush_events ();
  respond ("replace");
  saved = puente_scenario_load_file (path, NULL);
  g_assert_cmpfloat_with_epsilon (puente_scenario_get_lever (saved, "ldv.us.target_share", NULL), 0.75, 1e-9);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0444);
  g_assert_false (puente_workspace_get_modified (puente_window_get_workspace (window)));
}

static void
test_read_only_save (void)
{
  run_with_window (check_read_only_save);
}

/* Saving a scenario opened through a link writes the file linked to. */
static void
check_link_save (PuenteWindow *window)
{
  g_autofree char *target = write_scenario ("target.json", "ldv.us.target_share", 0.5);
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *linked = g_build_filename (dir, "link.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (linked);
  g_autoptr(PuenteScenario) saved = NULL;
  GStatBuf st;

  g_assert_cmpint (symlink ("target.json", linked), ==, 0);
  g_assert_true (puente_window_open_file (window, file));
  flush_events ();
  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 80.0);
  flush_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  flush_events ();
  g_assert_cmpint (g_lstat (linked, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  saved = puente_scenario_load_file (target, NULL);
  g_assert_cmpfloat_with_epsilon (puente_scenario_get_lever (saved, "ldv.us.target_share", NULL), 0.80, 1e-9);
}

static void
test_link_save (void)
{
  run_with_window (check_link_save);
}

/* Quit (Ctrl+Q) with unsaved changes asks like closing, and Cancel keeps
 * the window. */
static void
check_quit_asks (PuenteWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  gtk_range_set_value (GTK_RANGE (get_scale (window, "ldv.us.target_share")), 35.0);
  flush_events ();
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  flush_events ();
  respond ("cancel");
  g_assert_true (gtk_application_get_active_window (app) == GTK_WINDOW (window));
  g_assert_true (puente_workspace_get_modified (puente_window_get_workspace (window)));
}

static void
test_quit_asks (void)
{
  run_with_window (check_quit_asks);
}

typedef struct
{
  const char *path;
  void      (*run) (void);
} WindowTestCase;

/* Each test starts with no user scenarios, recovery files, autosave or
 * scenario files left by another (a test may leave a window's changes behind, like a
 * crash). */
static void
run_from_scratch (gconstpointer data)
{
  const WindowTestCase *test = data;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "puente", NULL);
  g_autofree char *files = g_build_filename (g_get_user_cache_dir (), "files", NULL);

  hostile_remove_tree (dir);
  hostile_remove_tree (files);
  test->run ();
}

static const WindowTestCase tests[] = {
  { "/gui/window/views", test_views },
  { "/gui/window/lever-moves-card", test_lever_moves_card },
  { "/gui/window/typed-out-of-range", test_typed_out_of_range },
  { "/gui/window/compare", test_compare },
  { "/gui/window/save-and-open", test_save_and_open },
  { "/gui/window/malformed-file", test_malformed_file },
  { "/gui/window/small-screen", test_small_screen },
  { "/gui/window/language-switch", test_language_switch },
  { "/gui/window/view-kept-across-languages", test_view_kept },
  { "/gui/window/numbers-kept-across-languages", test_numbers_kept },
  { "/gui/window/present", test_present },
  { "/gui/window/present-command-line", test_present_command_line },
  { "/gui/window/status-shown", test_status_shown },
  { "/gui/window/shortcuts-listed", test_shortcuts_listed },
  { "/gui/window/view-state-applied", test_view_applied },
  { "/gui/view-state/serialise", test_view_state_serialise },
  { "/gui/view-state/bad-view", test_view_state_bad_view },
  { "/gui/window/user-scenarios", test_user_scenarios },
  { "/gui/window/uncertainty-fan", test_uncertainty_fan },
  { "/gui/window/cycle", test_cycle },
  { "/gui/work/replace-asks", test_replace_asks },
  { "/gui/work/replace-saves", test_replace_saves },
  { "/gui/work/colon-name", test_colon_name },
  { "/gui/work/recovery-survives", test_recovery_survives },
  { "/gui/work/recovery-discard", test_recovery_discard },
  { "/gui/work/restore-asks", test_restore_asks },
  { "/gui/work/two-instances", test_two_instances },
  { "/gui/work/autosave-failure", test_autosave_failure },
  { "/gui/work/restore-while-failing", test_restore_while_failing },
  { "/gui/work/hostile-files-at-start", test_hostile_files_at_start },
  { "/gui/work/read-only-save", test_read_only_save },
  { "/gui/work/link-save", test_link_save },
  { "/gui/work/quit-asks", test_quit_asks },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (count_writer, NULL, NULL);
  /* As puente's main () does. */
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  puente_i18n_init (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add_data_func (tests[i].path, &tests[i], run_from_scratch);

  return g_test_run ();
}
