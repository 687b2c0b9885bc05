/* test-map-stations.c: imported charging stations in the Map view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Imports the real samples (tests/fixtures/stations) as a user does —
 * through the workspace's station files, in a worker thread — and checks
 * what the user sees: the layer turns on and draws them, a click shows a
 * station's details, the filters change what is drawn, a state's and a
 * port's details carry the imported figures, exports carry the sources,
 * the files are remembered and can be removed, and a bad file says why.
 *
 * Needs a display (suite 'gui'): run under xvfb-run when there is none.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "puente-i18n.h"
#include "puente-map-layers-popover.h"
#include "puente-map-page-private.h"
#include "puente-map-stations.h"
#include "puente-station-files.h"
#include "puente-stations-layer.h"
#include "puente-test-stations.h"
#include "puente-ui-resources.h"

static void
flush_events (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Until the running import is done. */
static void
wait_for_import (PuenteStationFiles *files)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  flush_events ();
  while (puente_station_files_get_busy (files) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  flush_events ();
  g_assert_false (puente_station_files_get_busy (files));
}

typedef struct
{
  PuenteWorkspace *workspace;
  PuenteViewState *state;
  GtkWidget       *window;
  PuenteMapPage   *page;
  GPtrArray       *reports;
} Fixture;

static void
on_report (PuenteStationFiles *files,
           const char         *message,
           gboolean            is_error,
           Fixture            *f)
{
  g_test_message ("report (%s): %s", is_error ? "error" : "ok", message);
  g_ptr_array_add (f->reports, g_strdup (message));
}

static void
wait_for_size (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (gtk_widget_get_width (widget) < 100 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  flush_events ();
  g_assert_cmpint (gtk_widget_get_width (widget), >=, 100);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);

  g_assert_no_error (error);
  f->reports = g_ptr_array_new_with_free_func (g_free);
  f->workspace = puente_workspace_new (dataset);
  g_assert_true (puente_workspace_load_preset (f->workspace, "baseline", &error));
  g_signal_connect (puente_workspace_get_station_files (f->workspace), "report", G_CALLBACK (on_report), f);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  f->state = puente_view_state_new ();
  f->page = PUENTE_MAP_PAGE (puente_map_page_new (f->workspace, f->state, GPOINTER_TO_INT (data)));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_size (puente_map_page_get_map (f->page, 0));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  flush_events ();
  g_signal_handlers_disconnect_by_data (puente_workspace_get_station_files (f->workspace), f);
  g_clear_object (&f->workspace);
  g_clear_object (&f->state);
  g_clear_pointer (&f->reports, g_ptr_array_unref);
}

static PuenteStationFiles *
import (Fixture    *f,
        const char *first,
        ...)
{
  PuenteStationFiles *files = puente_workspace_get_station_files (f->workspace);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  va_list args;

  va_start (args, first);
  for (const char *path = first; path != NULL; path = va_arg (args, const char *))
    g_ptr_array_add (paths, g_strdup (path));
  va_end (args);
  g_ptr_array_add (paths, NULL);
  puente_station_files_add (files, (const char * const *) paths->pdata);
  wait_for_import (files);
  return files;
}

static char *
ny_path (void)
{
  return puente_test_stations_path ("afdc", "alt_fuel_stations_NY_2025-04.csv", NULL);
}

static PuenteStationsPainter *
stations_painter (Fixture *f)
{
  PuenteMapLayer *layer = puente_map_page_get_layer (f->page, "stations");

  g_assert_nonnull (layer);
  return PUENTE_STATIONS_PAINTER (puente_map_layer_get_painter (layer));
}

static PuenteMapStations *
stations_section (Fixture *f)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (puente_map_page_get_layer_check (f->page, "stations")),
                                                PUENTE_TYPE_MAP_LAYERS_POPOVER);
  GtkWidget *stack = popover;

  /* The popover's one PuenteMapStations, wherever its box put it. */
  g_assert_nonnull (popover);
  while (stack != NULL)
    {
      GtkWidget *found = NULL;

      for (GtkWidget *child = gtk_widget_get_first_child (stack); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          if (PUENTE_IS_MAP_STATIONS (child))
            return PUENTE_MAP_STATIONS (child);
          if (found == NULL && gtk_widget_get_first_child (child) != NULL)
            found = child;
        }
      stack = gtk_widget_get_first_child (stack) != NULL ? found : NULL;
    }
  g_assert_not_reached ();
}

/* Nothing imported: the layer is there, unavailable, with the reason. */
static void
test_unavailable_before_import (Fixture       *f,
                                gconstpointer  data)
{
  GtkCheckButton *check = puente_map_page_get_layer_check (f->page, "stations");

  g_assert_nonnull (check);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (check)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (check)), "Import Stations"));
  g_assert_false (puente_map_layer_get_shown (puente_map_page_get_layer (f->page, "stations")));
}

/* The New York export: the layer comes on with its 4,736 stations, the
 * toast says what was imported and skipped, a click on a station at a
 * street's zoom shows its details, a click on a cluster zooms in. */
static void
test_import_and_click (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = ny_path ();
  PuenteStationFiles *files = import (f, path, NULL);
  PuenteStations *stations = puente_station_files_get_stations (files);
  PuenteStationsPainter *painter = stations_painter (f);
  g_auto(GStrv) layers = NULL;
  const PuenteStation *station = NULL;
  double lat, lon, zoom, before;
  GtkWidget *map;
  const char *selected;

  g_assert_nonnull (stations);
  g_assert_cmpuint (puente_stations_get_n_stations (stations), ==, 4736);
  /* The toast: the file, the stations, the rows skipped and why. */
  g_assert_cmpuint (f->reports->len, ==, 1);
  g_assert_nonnull (strstr (f->reports->pdata[0], "alt_fuel_stations_NY_2025-04.csv"));
  g_assert_nonnull (strstr (f->reports->pdata[0], "4736 stations imported"));
  g_assert_nonnull (strstr (f->reports->pdata[0], "121 rows skipped"));

  g_object_get (f->state, "map-layers", &layers, NULL);
  g_assert_true (g_strv_contains ((const char * const *) layers, "stations"));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (puente_map_page_get_layer_check (f->page, "stations"))));
  g_assert_true (puente_map_layer_get_shown (puente_map_page_get_layer (f->page, "stations")));
  g_assert_cmpuint (puente_stations_painter_get_n_shown (painter), ==, 4736);

  /* A station with DC fast ports that stands alone at the map's last
   * zoom (10): a click on it selects it. */
  map = puente_map_page_get_map (f->page, 0);
  for (guint i = 0; i < puente_stations_get_n_stations (stations) && station == NULL; i++)
    {
      const PuenteStation *s = puente_stations_get_station (stations, i);
      PuenteStationsPick pick;
      PuenteMapFrame frame;

      if (s->ports[PUENTE_STATION_DC_FAST] == 0 || s->name == NULL)
        continue;
      puente_map_frame_init (&frame, s->latitude, s->longitude, 10, gtk_widget_get_width (map),
                             gtk_widget_get_height (map));
      if (puente_stations_painter_pick (painter, &frame, frame.width / 2, frame.height / 2, &pick) &&
          pick.station == (int) i)
        station = s;
    }
  g_assert_nonnull (station);
  puente_map_page_set_view (f->page, station->latitude, station->longitude, 10);
  flush_events ();
  selected = puente_map_page_click (f->page, 0, gtk_widget_get_width (map) / 2.0, gtk_widget_get_height (map) / 2.0);
  g_assert_cmpstr (selected, ==, station->id);
  flush_events ();
  g_assert_cmpstr (puente_map_page_get_panel_title (f->page), ==, station->name);

  /* The whole state: New York City is a cluster; a click zooms in. */
  puente_map_page_set_view (f->page, 42.5, -75.5, 6);
  flush_events ();
  {
    double x, y;
    PuenteStationsPick pick;
    PuenteMapFrame frame;
    gint64 deadline;

    puente_map_pane_get_frame (puente_map_page_get_pane (f->page, 0), &frame);
    puente_map_frame_project (&frame, 40.75, -73.98, &x, &y);
    g_assert_true (puente_stations_painter_pick (painter, &frame, x, y, &pick));
    g_assert_cmpint (pick.station, <, 0);
    g_assert_cmpuint (pick.count, >, 100);
    puente_map_frame_project (&frame, pick.latitude, pick.longitude, &x, &y);
    puente_map_page_get_view (f->page, &lat, &lon, &before);
    puente_map_page_click (f->page, 0, x, y);
    deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    do
      {
        g_main_context_iteration (NULL, FALSE);
        puente_map_page_get_view (f->page, &lat, &lon, &zoom);
      }
    while (fabs (zoom - pick.zoom) > 0.01 && g_get_monotonic_time () < deadline);
    g_assert_cmpfloat (zoom, >, before + 1);
    g_assert_cmpfloat_with_epsilon (lat, pick.latitude, 0.05);
  }
}

static guint
count_stations (PuenteStations *stations,
                gboolean (*keep) (const PuenteStation *station, gconstpointer data),
                gconstpointer  data)
{
  guint n = 0;

  for (guint i = 0; i < puente_stations_get_n_stations (stations); i++)
    n += keep (puente_stations_get_station (stations, i), data);
  return n;
}

static gboolean
has_dc_fast (const PuenteStation *station,
             gconstpointer        data)
{
  return station->ports[PUENTE_STATION_DC_FAST] > 0;
}

static gboolean
of_network (const PuenteStation *station,
            gconstpointer        data)
{
  return g_strcmp0 (station->network, data) == 0;
}

static gboolean
is_open (const PuenteStation *station,
         gconstpointer        data)
{
  return station->status == PUENTE_STATION_OPEN;
}

static gboolean
is_planned (const PuenteStation *station,
            gconstpointer        data)
{
  return station->status == PUENTE_STATION_PLANNED;
}

/* The popover's filters change what the layer draws, and the view state
 * keeps them. */
static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = ny_path ();
  PuenteStationFiles *files = import (f, path, NULL);
  PuenteStations *stations = puente_station_files_get_stations (files);
  PuenteStationsPainter *painter = stations_painter (f);
  PuenteMapStations *section = stations_section (f);
  g_autoptr(GArray) networks = puente_stations_list_networks (stations);
  const char *network = g_array_index (networks, PuenteStationNetwork, 0).network;
  guint dc_fast = count_stations (stations, has_dc_fast, NULL);
  guint planned = count_stations (stations, is_planned, NULL);
  gboolean active;

  g_assert_cmpuint (dc_fast, >, 100);
  g_assert_cmpuint (dc_fast, <, 4736);
  gtk_check_button_set_active (puente_map_stations_get_dc_fast_check (section), TRUE);
  g_object_get (f->state, "stations-dc-fast-only", &active, NULL);
  g_assert_true (active);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (painter), ==, dc_fast);
  gtk_check_button_set_active (puente_map_stations_get_dc_fast_check (section), FALSE);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (painter), ==, 4736);

  /* The biggest network, first after "All networks". */
  gtk_drop_down_set_selected (puente_map_stations_get_network_dropdown (section), 1);
  g_assert_cmpstr (puente_view_state_peek_string (f->state, "stations-network"), ==, network);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (painter), ==, count_stations (stations, of_network, network));
  gtk_drop_down_set_selected (puente_map_stations_get_network_dropdown (section), 0);
  g_assert_null (puente_view_state_peek_string (f->state, "stations-network"));

  /* Planned only (the April 2025 New York export lists none), open
   * only (not the temporarily unavailable). */
  gtk_drop_down_set_selected (puente_map_stations_get_show_dropdown (section), PUENTE_STATIONS_SHOW_PLANNED);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (painter), ==, planned);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (painter), <, 4736);
  gtk_drop_down_set_selected (puente_map_stations_get_show_dropdown (section), PUENTE_STATIONS_SHOW_OPEN);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (painter), ==, count_stations (stations, is_open, NULL));
  /* From the state (a prepared view), the drop-down follows. */
  g_object_set (f->state, "stations-show", PUENTE_STATIONS_SHOW_ALL, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (puente_map_stations_get_show_dropdown (section)), ==,
                    PUENTE_STATIONS_SHOW_ALL);
  g_assert_cmpuint (puente_stations_painter_get_n_shown (painter), ==, 4736);
}

/* A GtkLabel under @widget whose text holds @text. */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

/* New York's details: the file's open public ports beside the dataset's
 * and the need; a border port's nearest DC fast stations from the OCM
 * sample. */
static void
test_details (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = ny_path ();
  g_autoptr(GPtrArray) ocm = puente_test_stations_ocm_paths ();
  GtkWidget *page = GTK_WIDGET (f->page);

  g_ptr_array_add (ocm, NULL);
  import (f, path, NULL);
  puente_station_files_add (puente_workspace_get_station_files (f->workspace), (const char * const *) ocm->pdata);
  wait_for_import (puente_workspace_get_station_files (f->workspace));

  puente_view_state_set_selection (f->state, "US-NY");
  flush_events ();
  g_assert_cmpstr (puente_map_page_get_panel_title (f->page), ==, "New York");
  g_assert_true (has_label (page, "Imported charging stations"));
  g_assert_true (has_label (page, "Public Level 2 ports, imported"));
  /* The file's own totals of open public ports. */
  g_assert_true (has_label (page, "14,626"));
  g_assert_true (has_label (page, "2,161"));
  g_assert_true (has_label (page, "Public DC fast ports, dataset ("));
  g_assert_true (has_label (page, "Public DC fast ports needed, 2024"));
  g_assert_true (has_label (page, "Charging stations: AFDC, April 2025"));
  g_assert_true (has_label (page, "© Open Charge Map contributors, CC BY-SA 4.0"));

  /* Otay Mesa: the sample's nearest DC fast station on the US side, as
   * `puente-cli stations coverage` finds it; none within 80 km. */
  puente_view_state_set_selection (f->state, "otay-mesa");
  flush_events ();
  g_assert_true (has_label (page, "DC fast charging at the crossing (imported)"));
  g_assert_true (has_label (page, "Within 80 km (50 mi)"));
  g_assert_true (has_label (page, "Lake Elsinore, Ca Supercharger, 133 km"));
  g_assert_true (has_label (page, "0 in the US, 0 in Mexico"));
}

/* Exports with the stations carry their sources. */
static void
test_export_attribution (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = ny_path ();
  g_autoptr(GPtrArray) ocm = puente_test_stations_ocm_paths ();
  g_autofree char *dir = g_dir_make_tmp ("puente-stations-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  int status = 0;

  g_ptr_array_add (ocm, NULL);
  import (f, path, NULL);
  puente_station_files_add (puente_workspace_get_station_files (f->workspace), (const char * const *) ocm->pdata);
  wait_for_import (puente_workspace_get_station_files (f->workspace));
  g_assert_true (puente_map_page_export (f->page, pdf, &error));
  g_assert_no_error (error);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &text, NULL, &status, &error))
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  folded = g_strjoinv (" ", g_strsplit_set (text, "\n", -1));
  g_test_message ("%s", folded);
  g_assert_nonnull (strstr (folded, "AFDC, April 2025"));
  g_assert_nonnull (strstr (folded, "Open Charge Map contributors, CC BY-SA 4.0"));
  g_unlink (pdf);
  g_rmdir (dir);
}

/* The list is remembered: another start imports it again; a removed
 * file leaves the map and the list. */
static void
test_remembered_and_removed (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = ny_path ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(PuenteStationFiles) next = puente_station_files_new ();
  PuenteStationFiles *files = puente_workspace_get_station_files (f->workspace);
  g_auto(GStrv) saved = NULL;
  GtkButton *remove;

  g_settings_set_strv (settings, "station-files", NULL);
  puente_station_files_bind_settings (files, settings);
  import (f, path, NULL);
  saved = g_settings_get_strv (settings, "station-files");
  g_assert_cmpuint (g_strv_length (saved), ==, 1);
  g_assert_cmpstr (saved[0], ==, path);

  /* The next start. */
  puente_station_files_bind_settings (next, settings);
  wait_for_import (next);
  g_assert_nonnull (puente_station_files_get_stations (next));
  g_assert_cmpuint (puente_stations_get_n_stations (puente_station_files_get_stations (next)), ==, 4736);

  /* Removed from the popover. */
  remove = puente_map_stations_get_remove_button (stations_section (f), path);
  g_assert_nonnull (remove);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (remove)), "alt_fuel_stations_NY_2025-04.csv"));
  g_signal_emit_by_name (remove, "clicked");
  wait_for_import (files);
  g_assert_null (puente_station_files_get_stations (files));
  g_clear_pointer (&saved, g_strfreev);
  saved = g_settings_get_strv (settings, "station-files");
  g_assert_cmpuint (g_strv_length (saved), ==, 0);
  g_assert_false (puente_map_layer_get_shown (puente_map_page_get_layer (f->page, "stations")));
  g_settings_set_strv (settings, "station-files", NULL);
}

/* A file that is not a station list, and one that is missing: each says
 * its name and why, and the good file still imports. */
static void
test_bad_files (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("puente-stations-XXXXXX", NULL);
  g_autofree char *other = g_build_filename (dir, "budget.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "gone.json", NULL);
  g_autofree char *path = ny_path ();
  PuenteStationFiles *files;

  g_assert_true (g_file_set_contents (other, "Item,Amount\nBuses,1200000\n", -1, NULL));
  files = import (f, other, missing, path, NULL);
  g_assert_cmpuint (f->reports->len, ==, 3);
  g_assert_nonnull (strstr (f->reports->pdata[0], "budget.csv"));
  g_assert_nonnull (strstr (f->reports->pdata[1], "gone.json"));
  g_assert_nonnull (puente_station_files_get_error (files, other));
  g_assert_nonnull (puente_station_files_get_error (files, missing));
  g_assert_null (puente_station_files_get_error (files, path));
  g_assert_cmpuint (puente_stations_get_n_stations (puente_station_files_get_stations (files)), ==, 4736);
  g_unlink (other);
  g_rmdir (dir);
}

/* "Use as scenario A's base-year ports": the model starts New York from
 * the file's ports, the saved scenario records the file, and loads back
 * with them. */
static void
test_base_year_ports (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = ny_path ();
  g_autofree char *dir = g_dir_make_tmp ("puente-stations-XXXXXX", NULL);
  g_autofree char *saved = g_build_filename (dir, "ny.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (saved);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  PuenteStationFiles *files = import (f, path, NULL);
  const PuenteStationFile *imported = puente_stations_get_file (puente_station_files_get_stations (files), 0);
  GtkCheckButton *check = puente_map_stations_get_base_check (stations_section (f));
  PuenteDataset *dataset = puente_workspace_get_dataset (f->workspace);
  const PuenteState *ny = puente_dataset_get_state (dataset, (guint) puente_dataset_find_state (dataset, "US-NY"));

  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (check)));
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_cmpfloat (puente_results_get_value (puente_workspace_get_results (f->workspace),
                                               "charging.public_l2_existing", "US-NY", PUENTE_BASE_YEAR),
                     ==, ny->public_l2_ports.value);
  gtk_check_button_set_active (check, TRUE);
  g_assert_true (puente_scenario_has_base_ports (puente_workspace_get_scenario (f->workspace)));
  g_assert_true (puente_workspace_get_modified (f->workspace));
  g_assert_cmpfloat (puente_results_get_value (puente_workspace_get_results (f->workspace),
                                               "charging.public_l2_existing", "US-NY", PUENTE_BASE_YEAR),
                     ==, 14626);

  g_assert_true (puente_workspace_save_file (f->workspace, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (saved, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"version\": 2"));
  g_assert_nonnull (strstr (contents, "alt_fuel_stations_NY_2025-04.csv"));
  g_assert_nonnull (strstr (contents, imported->checksum));

  /* Loaded again: the check follows the scenario. */
  g_assert_true (puente_workspace_load_preset (f->workspace, "baseline", &error));
  flush_events ();
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_true (puente_workspace_load_file (f->workspace, file, &error));
  g_assert_no_error (error);
  flush_events ();
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_cmpfloat (puente_results_get_value (puente_workspace_get_results (f->workspace),
                                               "charging.public_dcfc_existing", "US-NY", PUENTE_BASE_YEAR),
                     ==, 2161);
  gtk_check_button_set_active (check, FALSE);
  g_assert_false (puente_scenario_has_base_ports (puente_workspace_get_scenario (f->workspace)));
  g_unlink (saved);
  {
    g_autofree char *backup = g_strconcat (saved, "~", NULL);

    g_unlink (backup);
  }
  g_rmdir (dir);
}

/* Files dropped on the window: the station files among them are
 * imported, a scenario is left for the window to open. */
static void
test_drop (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = ny_path ();
  g_autofree char *dir = g_dir_make_tmp ("puente-stations-XXXXXX", NULL);
  g_autofree char *scenario_path = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(GFile) ny = g_file_new_for_path (path);
  g_autoptr(GFile) scenario = g_file_new_for_path (scenario_path);
  g_autoptr(GFile) other = NULL;
  PuenteStationFiles *files = puente_workspace_get_station_files (f->workspace);
  GSList *list = NULL;
  GValue value = G_VALUE_INIT;

  g_assert_true (g_file_set_contents (scenario_path, "{\"format\": \"puente-scenario\", \"version\": 1}", -1, NULL));
  list = g_slist_append (list, scenario);
  list = g_slist_append (list, ny);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, list);
  g_assert_true (puente_station_files_drop (files, &value, &other));
  g_assert_nonnull (other);
  g_assert_true (g_file_equal (other, scenario));
  wait_for_import (files);
  g_assert_cmpuint (puente_stations_get_n_stations (puente_station_files_get_stations (files)), ==, 4736);
  g_value_unset (&value);
  g_slist_free (list);

  /* A scenario alone: nothing imported. */
  g_clear_object (&other);
  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, scenario);
  g_assert_false (puente_station_files_drop (files, &value, &other));
  g_assert_true (g_file_equal (other, scenario));
  g_value_unset (&value);
  g_unlink (scenario_path);
  g_rmdir (dir);
}

/* In Spanish: the toast and the details in Spanish. */
static void
test_spanish (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = ny_path ();

  puente_i18n_set_thread_lang (PUENTE_LANG_ES);
  import (f, path, NULL);
  g_assert_cmpuint (f->reports->len, ==, 1);
  g_test_message ("%s", (char *) f->reports->pdata[0]);
  g_assert_nonnull (strstr (f->reports->pdata[0], "estaciones importadas"));
  puente_view_state_set_selection (f->state, "US-NY");
  flush_events ();
  g_assert_true (has_label (GTK_WIDGET (f->page), "14,626"));
  g_assert_true (has_label (GTK_WIDGET (f->page), "Estaciones de carga importadas"));
  puente_i18n_set_thread_lang (PUENTE_LANG_EN);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  puente_i18n_init (NULL);
  puente_i18n_set_thread_lang (PUENTE_LANG_EN);
  /* The templates live in the app's static library: keep them linked. */
  (void) puente_ui_get_resource ();

#define ADD(path, func, lang) \
  g_test_add (path, Fixture, GINT_TO_POINTER (lang), fixture_set_up, func, fixture_tear_down)
  ADD ("/map/stations/unavailable-before-import", test_unavailable_before_import, PUENTE_LANG_EN);
  ADD ("/map/stations/import-and-click", test_import_and_click, PUENTE_LANG_EN);
  ADD ("/map/stations/filters", test_filters, PUENTE_LANG_EN);
  ADD ("/map/stations/details", test_details, PUENTE_LANG_EN);
  ADD ("/map/stations/export-attribution", test_export_attribution, PUENTE_LANG_EN);
  ADD ("/map/stations/remembered-and-removed", test_remembered_and_removed, PUENTE_LANG_EN);
  ADD ("/map/stations/bad-files", test_bad_files, PUENTE_LANG_EN);
  ADD ("/map/stations/base-year-ports", test_base_year_ports, PUENTE_LANG_EN);
  ADD ("/map/stations/drop", test_drop, PUENTE_LANG_EN);
  ADD ("/map/stations/spanish", test_spanish, PUENTE_LANG_ES);
#undef ADD

  return g_test_run ();
}
