/* test-chart-status.c: every exported chart names its scenarios' legal status
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A repealed rule must never read as law in force: the footer of a chart
 * comparing the baseline with the US light-duty standards (repealed in
 * February 2026) says so, in the PDF's text, in English, Spanish and both.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "puente-chart-export.h"
#include "puente-chart-scenario.h"
#include "puente-chart-source.h"
#include "puente-chart-spec.h"
#include "puente-engine.h"
#include "puente-levers.h"

static PuenteResults *
run_preset (PuenteDataset  *dataset,
            PuenteEngine   *engine,
            const char     *id,
            PuenteScenario **scenario)
{
  g_autoptr(GError) error = NULL;
  g_autofree double *values = g_new0 (double, puente_levers_get_n ());
  PuenteResults *results = puente_results_new (dataset, PUENTE_DEFAULT_HORIZON);

  *scenario = puente_scenario_load_preset (id, &error);
  g_assert_no_error (error);
  puente_scenario_fill_values (*scenario, dataset, values);
  puente_engine_run (engine, values, results);
  return results;
}

/* The PDF's text with line breaks and runs of spaces folded. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  int wait_status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, NULL, &wait_status, &error))
    g_error ("pdftotext is needed by the chart tests (tools/install-deps installs it): %s", error->message);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return g_regex_replace_literal (space, out, -1, 0, " ", 0, NULL);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the PDF's text:\n%s", part, text);
}

static void
test_pdf_footer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);
  g_autoptr(PuenteEngine) engine = NULL;
  g_autoptr(PuenteScenario) a = NULL;
  g_autoptr(PuenteScenario) b = NULL;
  g_autoptr(PuenteResults) a_results = NULL;
  g_autoptr(PuenteResults) b_results = NULL;
  g_autoptr(PuenteChartSource) a_source = NULL;
  g_autoptr(PuenteChartSource) b_source = NULL;
  g_autoptr(PuenteChartData) data = NULL;
  g_autofree char *dir = g_dir_make_tmp ("puente-status-XXXXXX", NULL);
  PuenteChartSize size = { 1600, 900, PUENTE_CHART_UNIT_PX, 0 };
  PuenteChartOptions options = { 0 };
  const struct {
    PuenteLang  lang;
    const char *parts[3];
  } cases[] = {
    { PUENTE_LANG_EN, { "B = US light-duty standards", "(Repealed, as of 2026-12-07)", "(Reference, as of 2026-12-07)" } },
    { PUENTE_LANG_ES, { "B = Estándares de EE. UU.", "(Derogada, al 2026-12-07)", "(Referencia, al 2026-12-07)" } },
    { PUENTE_LANG_BOTH, { "Repealed, as of 2026-12-07 / Derogada, al 2026-12-07", NULL } },
  };

  g_assert_no_error (error);
  engine = puente_engine_new (dataset);
  a_results = run_preset (dataset, engine, "baseline", &a);
  b_results = run_preset (dataset, engine, "us-lmdv-2032", &b);
  a_source = puente_chart_source_new_for_results (a_results, dataset);
  b_source = puente_chart_source_new_for_results (b_results, dataset);

  data = puente_chart_build (puente_chart_catalogue_find ("zev-share-sales"), a_source, b_source, &options, &error);
  g_assert_no_error (error);
  puente_chart_data_name_scenario (data, PUENTE_SCENARIO_A, "baseline", a);
  puente_chart_data_name_scenario (data, PUENTE_SCENARIO_B, "us-lmdv-2032", b);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
      g_autofree char *text = NULL;
      PuenteChartStyle style;

      puente_chart_style_init (&style);
      style.lang = cases[i].lang;
      g_assert_true (puente_chart_export (data, &style, PUENTE_CHART_FORMAT_PDF, &size, path, &error));
      g_assert_no_error (error);
      text = pdf_text (path);
      for (guint p = 0; p < G_N_ELEMENTS (cases[i].parts) && cases[i].parts[p] != NULL; p++)
        assert_contains (text, cases[i].parts[p]);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* A user's own scenario has no legal status: its name stands alone. */
static void
test_own_scenario (void)
{
  g_autoptr(PuenteScenario) mine = puente_scenario_new ();
  g_autoptr(PuenteScenario) preset = puente_scenario_load_preset ("used-import-standards", NULL);
  g_autoptr(PuenteChartData) data = puente_chart_data_new ("test", PUENTE_CHART_LINE);
  g_autofree char *line = NULL;
  g_autofree char *badge = NULL;

  puente_scenario_set_name (mine, PUENTE_LANG_EN, "Faster Mexico");
  puente_chart_data_name_scenario (data, PUENTE_SCENARIO_A, "mine.json", mine);
  line = puente_chart_scenarios_line (data->scenario, data->status, FALSE, PUENTE_LANG_EN);
  g_assert_cmpstr (line, ==, "Scenario: Faster Mexico");

  /* A rule in force until a date says until when. */
  g_assert_nonnull (preset);
  badge = puente_scenario_dup_badge (preset, PUENTE_LANG_EN);
  g_assert_cmpstr (badge, ==, "In force until 2026-11-30, as of 2026-12-07");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  puente_i18n_init (NULL);

  g_test_add_func ("/charts/status/pdf-footer", test_pdf_footer);
  g_test_add_func ("/charts/status/own-scenario", test_own_scenario);

  return g_test_run ();
}
