/* test-cli-map.c: `puente-cli map` gives the window's Export Map picture
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: test-cli-map PATH-TO-PUENTE-CLI [GTest options]
 *
 * The command line and the window's Export Map both describe the map in a
 * PuenteMapDocument and draw it with puente_map_render (): for the same
 * choices, the file puente-cli writes is byte for byte the one the API
 * gives here, in each mode and language. Bad choices are usage errors
 * that say what would be right.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cli-test-run.h"
#include "map-test-util.h"
#include "puente-i18n.h"
#include "puente-map-export.h"
#include "puente-scenario.h"
#include "puente-test-stations.h"

static const char *cli_path;

static void
run_cli (Run                *run,
         const char * const *args)
{
  run_program (run, cli_path, NULL, args);
}

/* puente-cli map @args -o FILE against the API with the same choices. */
static void
check_same (const char * const  *args,
            const char          *preset,
            const char          *compare,
            PuenteMapExportMode  mode,
            PuenteLang           lang,
            const char * const  *layers,
            PuenteChartFormat    format,
            double               width,
            double               height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);
  g_autoptr(PuenteScenario) a = puente_scenario_load_preset (preset, &error);
  g_autoptr(PuenteScenario) b = compare != NULL ? puente_scenario_load_preset (compare, &error) : NULL;
  g_autoptr(PuenteResults) a_results = NULL;
  g_autoptr(PuenteResults) b_results = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *dir = g_dir_make_tmp ("puente-cli-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, format == PUENTE_CHART_FORMAT_PDF ? "map.pdf" : "map.png", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *written = NULL;
  g_auto(Run) run = { 0 };
  PuenteChartSize size = { width, height, PUENTE_CHART_UNIT_PX, 0 };
  PuenteMapDocument doc;
  gsize length;

  g_assert_no_error (error);
  a_results = map_test_run_preset (dataset, preset);
  if (b != NULL)
    b_results = map_test_run_preset (dataset, compare);
  puente_map_document_init (&doc, dataset, a, a_results);
  doc.b = b;
  doc.b_results = b_results;
  doc.year = 2030;
  doc.mode = mode;
  doc.lang = lang;
  doc.layers = layers;
  expected = puente_map_render (&doc, format, &size, &error);
  g_assert_no_error (error);

  g_ptr_array_add (argv, (gpointer) "map");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, (gpointer) "-o");
  g_ptr_array_add (argv, path);
  g_ptr_array_add (argv, NULL);
  run_cli (&run, (const char * const *) argv->pdata);
  if (run.status != 0)
    g_error ("puente-cli map failed (%d): %s", run.status, run.err);
  g_assert_true (g_file_get_contents (path, &written, &length, NULL));
  if (format == PUENTE_CHART_FORMAT_PDF)
    {
      /* PDFs carry their creation date: compare their size only. */
      g_assert_cmpuint (length, >, 10000);
      g_assert_true (g_str_has_prefix (written, "%PDF"));
    }
  else if (length != g_bytes_get_size (expected) || memcmp (written, g_bytes_get_data (expected, NULL), length) != 0)
    g_error ("puente-cli map %s: not the API's picture (%" G_GSIZE_FORMAT " bytes against %" G_GSIZE_FORMAT ")",
             args[0], length, g_bytes_get_size (expected));
  g_unlink (path);
  g_rmdir (dir);
}

static const char * const window_layers[] = { "states", "charging", "ports", "transit", NULL };

static void
test_single (void)
{
  const char * const args[] = { "--year", "2030", "--size", "1366x768", NULL };

  check_same (args, "baseline", NULL, PUENTE_MAP_EXPORT_SINGLE, PUENTE_LANG_EN, window_layers,
              PUENTE_CHART_FORMAT_PNG, 1366, 768);
}

static void
test_split_spanish (void)
{
  const char * const args[] = { "--year", "2030", "--compare-preset", "us-lmdv-2032", "--mode", "split",
                                "--lang", "es", "--layers", "states,ports", NULL };
  const char * const layers[] = { "states", "ports", NULL };

  check_same (args, "baseline", "us-lmdv-2032", PUENTE_MAP_EXPORT_SPLIT, PUENTE_LANG_ES, layers,
              PUENTE_CHART_FORMAT_PNG, 1920, 1080);
}

static void
test_difference_both (void)
{
  const char * const args[] = { "--preset", "baseline", "--compare-preset", "ca-acc2-2035", "--year", "2030",
                                "--mode", "difference", "--lang", "both", "--size", "1600x900", NULL };

  check_same (args, "baseline", "ca-acc2-2035", PUENTE_MAP_EXPORT_DIFFERENCE, PUENTE_LANG_BOTH, window_layers,
              PUENTE_CHART_FORMAT_PNG, 1600, 900);
}

static void
test_pdf (void)
{
  const char * const args[] = { "--year", "2030", "--size", "297x210mm", NULL };

  check_same (args, "baseline", NULL, PUENTE_MAP_EXPORT_SINGLE, PUENTE_LANG_EN, window_layers,
              PUENTE_CHART_FORMAT_PDF, 297 / 25.4 * 96, 210 / 25.4 * 96);
}

/* The text of a PDF, its lines joined; NULL without pdftotext. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &text, NULL, &status, NULL) || status != 0)
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  return g_strjoinv (" ", lines);
}

/* --stations on map and chart exports: the stations drawn (the API's
 * picture with the same stations, byte for byte), the sources in the
 * footer of the PDFs; stations charts need them; a missing file says so. */
static void
test_stations (void)
{
  g_autofree char *ny = puente_test_stations_path ("afdc", "alt_fuel_stations_NY_2025-04.csv", NULL);
  g_autoptr(GPtrArray) ocm = puente_test_stations_ocm_paths ();
  g_autofree char *dir = g_dir_make_tmp ("puente-cli-map-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "map.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *chart = g_build_filename (dir, "border.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "gone.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);
  g_autoptr(PuenteScenario) a = puente_scenario_load_preset ("baseline", &error);
  g_autoptr(PuenteResults) a_results = map_test_run_preset (dataset, "baseline");
  g_autoptr(PuenteStateLocator) locator = puente_state_locator_dup_default (&error);
  g_autoptr(PuenteStations) stations = puente_stations_new (locator);
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *written = NULL;
  g_autofree char *text = NULL;
  const char * const layers[] = { "states", "charging", "ports", "transit", "stations", NULL };
  PuenteChartSize size = { 1366, 768, PUENTE_CHART_UNIT_PX, 0 };
  PuenteMapDocument doc;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (puente_stations_import_file (stations, ny, &error));
  g_assert_true (puente_stations_import_file (stations, ocm->pdata[0], &error));

  /* The PNG: the API's picture with the same stations. */
  {
    const char *args[] = { "map", "--year", "2030", "--size", "1366x768", "--stations", ny, "--stations",
                           ocm->pdata[0], "-o", png, NULL };
    g_auto(Run) run = { 0 };

    puente_map_document_init (&doc, dataset, a, a_results);
    doc.year = 2030;
    doc.layers = layers;
    doc.stations = stations;
    expected = puente_map_render (&doc, PUENTE_CHART_FORMAT_PNG, &size, &error);
    g_assert_no_error (error);
    run_cli (&run, args);
    if (run.status != 0)
      g_error ("puente-cli map --stations failed (%d): %s", run.status, run.err);
    g_assert_true (g_file_get_contents (png, &written, &length, NULL));
    g_assert_cmpuint (length, ==, g_bytes_get_size (expected));
    g_assert_true (memcmp (written, g_bytes_get_data (expected, NULL), length) == 0);
  }

  /* The PDF's footer. */
  {
    const char *args[] = { "map", "--stations", ny, "--stations", ocm->pdata[0], "-o", pdf, NULL };
    g_auto(Run) run = { 0 };

    run_cli (&run, args);
    g_assert_cmpint (run.status, ==, 0);
    if ((text = pdf_text (pdf)) == NULL)
      {
        g_test_skip ("pdftotext is not installed");
        return;
      }
    g_test_message ("%s", text);
    g_assert_nonnull (strstr (text, "Charging stations: AFDC, April 2025"));
    g_assert_nonnull (strstr (text, "Open Charge Map contributors, CC BY-SA 4.0"));
    g_clear_pointer (&text, g_free);
  }

  /* A stations chart: the attribution after its sources. */
  {
    const char *args[] = { "chart", "stations-border", "--stations", ny, "--stations", ocm->pdata[0], "-o", chart,
                           NULL };
    const char *without[] = { "chart", "stations-l2", "-o", chart, NULL };
    g_auto(Run) run = { 0 };
    g_auto(Run) refused = { 0 };

    run_cli (&run, args);
    if (run.status != 0)
      g_error ("puente-cli chart stations-border failed (%d): %s", run.status, run.err);
    text = pdf_text (chart);
    g_assert_nonnull (strstr (text, "DC fast charging near the ports of entry"));
    g_assert_nonnull (strstr (text, "AFDC, April 2025"));
    g_assert_nonnull (strstr (text, "Open Charge Map contributors, CC BY-SA 4.0"));
    g_unlink (chart);
    run_cli (&refused, without);
    g_assert_cmpint (refused.status, !=, 0);
    g_assert_nonnull (strstr (refused.err, "import a station file first"));
  }

  /* A missing file: its name and why. */
  {
    const char *args[] = { "map", "--stations", missing, "-o", pdf, NULL };
    g_auto(Run) run = { 0 };

    run_cli (&run, args);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "gone.csv"));
  }
  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_usage_errors (void)
{
  static const struct
  {
    const char *args[8];
    int         status;
    const char *message;
  } cases[] = {
    { { "map", NULL }, 2, "-o FILE" },
    { { "map", "--mode", "split", "-o", "m.png", NULL }, 2, "--compare-preset" },
    { { "map", "--mode", "sideways", "-o", "m.png", NULL }, 2, "single, split or difference" },
    { { "map", "--metric", "speed", "-o", "m.png", NULL }, 1, "zev-share" },
    { { "map", "--layers", "states,roads", "-o", "m.png", NULL }, 1, "roads" },
    { { "map", "--size", "big", "-o", "m.png", NULL }, 1, "1920x1080" },
    { { "map", "--center", "25,-100", "-o", "m.png", NULL }, 2, "--zoom" },
    { { "map", "--year", "1990", "-o", "m.png", NULL }, 1, "1990" },
    { { "map", "-o", "m.csv", NULL }, 1, "not CSV" },
    { { "map", "--lang", "fr", "-o", "m.png", NULL }, 2, "“fr”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, cases[i].args);
      if (run.status != cases[i].status || strstr (run.err, cases[i].message) == NULL)
        g_error ("puente-cli %s %s: exit %d, “%s”; expected %d and “%s”", cases[i].args[1],
                 cases[i].args[2] != NULL ? cases[i].args[2] : "", run.status, run.err, cases[i].status,
                 cases[i].message);
      g_assert_false (g_file_test ("m.png", G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    g_error ("usage: test-cli-map PATH-TO-PUENTE-CLI");
  cli_path = argv[1];
  puente_i18n_init (NULL);

  g_test_add_func ("/cli/map/single", test_single);
  g_test_add_func ("/cli/map/split-spanish", test_split_spanish);
  g_test_add_func ("/cli/map/difference-both", test_difference_both);
  g_test_add_func ("/cli/map/pdf", test_pdf);
  g_test_add_func ("/cli/map/stations", test_stations);
  g_test_add_func ("/cli/map/usage-errors", test_usage_errors);
  return g_test_run ();
}
