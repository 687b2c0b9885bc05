/* puente-cli-check-model.c: the model against observed figures
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `puente-cli check-model` runs a scenario (the baseline by default) and
 * compares it with every observed figure of the dataset (observed.json):
 * indicator, region, year, model, observed, ratio, tolerance and source.
 * Exit 1 when a figure is outside its tolerance or names an indicator or
 * region the results do not have. --markdown writes docs/validation.md.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "puente-cli-commands.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-format.h"
#include "puente-results.h"
#include "puente-scenario.h"
#include "puente-validation.h"

/* A value in the observation's unit, for people: shares as percentages,
 * large counts with thousands grouped (1,275,714). */
static char *
format_value (double      value,
              const char *unit)
{
  char buf[64];

  if (!isfinite (value))
    return g_strdup (PUENTE_FORMAT_MISSING);
  if (g_strcmp0 (unit, "share") == 0)
    return g_strdup_printf ("%.1f %%", 100 * value);
  if (fabs (value) >= 10000)
    {
      g_autofree char *digits = g_strdup_printf ("%.0f", fabs (value));
      GString         *out = g_string_new (value < 0 ? "-" : "");
      gsize            n = strlen (digits);

      for (gsize i = 0; i < n; i++)
        {
          if (i > 0 && (n - i) % 3 == 0)
            g_string_append_c (out, ',');
          g_string_append_c (out, digits[i]);
        }
      return g_string_free (out, FALSE);
    }
  puente_cli_format_human (buf, sizeof buf, value);
  return g_strdup (buf);
}

static char *
format_ratio (double ratio)
{
  return isfinite (ratio) ? g_strdup_printf ("%.2f", ratio) : g_strdup (PUENTE_FORMAT_MISSING);
}

/* The unit after a non-share value ("%" is already in the number). */
static const char *
unit_suffix (const char *unit)
{
  return g_strcmp0 (unit, "share") == 0 ? "" : puente_cli_unit_label (unit);
}

static const char *
status_label (PuenteValidationStatus status)
{
  switch (status)
    {
    case PUENTE_VALIDATION_OK:
      /* Translators: a model figure within the tolerance of the observed one */
      return _ ("ok");
    case PUENTE_VALIDATION_OUTSIDE:
      /* Translators: a model figure outside the tolerance of the observed one */
      return _ ("OUTSIDE");
    case PUENTE_VALIDATION_UNKNOWN_INDICATOR:
      return _ ("unknown indicator");
    case PUENTE_VALIDATION_UNKNOWN_REGION:
      return _ ("unknown region");
    case PUENTE_VALIDATION_NO_VALUE:
    default:
      return _ ("no model value");
    }
}

static JsonNode *
to_json (const PuenteValidation *validation,
         const char             *label)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "scenario");
  json_builder_add_string_value (b, label);
  json_builder_set_member_name (b, "failed");
  json_builder_add_int_value (b, puente_validation_get_n_failed (validation));
  json_builder_set_member_name (b, "rows");
  json_builder_begin_array (b);
  for (guint i = 0; i < puente_validation_get_n_rows (validation); i++)
    {
      const PuenteValidationRow *row = puente_validation_get_row (validation, i);
      const PuenteObservation   *obs = row->observation;
      const PuenteFigure        *fig = &obs->figure;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "indicator");
      json_builder_add_string_value (b, obs->indicator);
      json_builder_set_member_name (b, "region");
      json_builder_add_string_value (b, obs->region);
      json_builder_set_member_name (b, "year");
      json_builder_add_int_value (b, obs->year);
      json_builder_set_member_name (b, "model");
      if (isfinite (row->model))
        json_builder_add_double_value (b, row->model);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "observed");
      json_builder_add_double_value (b, fig->value);
      json_builder_set_member_name (b, "unit");
      json_builder_add_string_value (b, fig->unit);
      json_builder_set_member_name (b, "ratio");
      if (isfinite (row->ratio))
        json_builder_add_double_value (b, row->ratio);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "tolerance");
      json_builder_add_double_value (b, obs->tolerance);
      json_builder_set_member_name (b, "status");
      json_builder_add_string_value (b, puente_validation_status_to_string (row->status));
      json_builder_set_member_name (b, "source");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "publisher");
      json_builder_add_string_value (b, fig->publisher);
      json_builder_set_member_name (b, "title");
      json_builder_add_string_value (b, fig->title);
      json_builder_set_member_name (b, "url");
      json_builder_add_string_value (b, fig->url);
      json_builder_set_member_name (b, "year");
      json_builder_add_int_value (b, fig->year);
      json_builder_set_member_name (b, "status");
      json_builder_add_string_value (b, puente_figure_status_to_string (fig->status));
      json_builder_end_object (b);
      json_builder_set_member_name (b, "note");
      if (fig->note != NULL)
        json_builder_add_string_value (b, fig->note);
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static char *
to_text (const PuenteValidation *validation,
         const char             *label)
{
  GString *out = g_string_new (NULL);
  guint    n = puente_validation_get_n_rows (validation);

  g_string_append_printf (out, _ ("Model (%s) against %u observed figures; %u outside their tolerance."),
                          label, n, puente_validation_get_n_failed (validation));
  g_string_append (out, "\n\n");
  puente_cli_append_padded (out, _ ("Indicator"), 34);
  puente_cli_append_padded (out, _ ("Region"), 14);
  puente_cli_append_padded (out, _ ("Year"), 6);
  g_string_append_printf (out, "%14s %14s %7s %6s  ", _ ("Model"), _ ("Observed"), _ ("Ratio"), "±");
  puente_cli_append_padded (out, _ ("Status"), 10);
  g_string_append_printf (out, "%s\n", _ ("Source"));
  for (guint i = 0; i < n; i++)
    {
      const PuenteValidationRow *row = puente_validation_get_row (validation, i);
      const PuenteObservation   *obs = row->observation;
      g_autofree char           *model = format_value (row->model, obs->figure.unit);
      g_autofree char           *observed = format_value (obs->figure.value, obs->figure.unit);
      g_autofree char           *ratio = format_ratio (row->ratio);
      g_autofree char           *year = g_strdup_printf ("%d", obs->year);
      g_autofree char           *tol = g_strdup_printf ("%.0f %%", 100 * obs->tolerance);

      puente_cli_append_padded (out, obs->indicator, 34);
      puente_cli_append_padded (out, obs->region, 14);
      puente_cli_append_padded (out, year, 6);
      g_string_append_printf (out, "%14s %14s %7s %6s  ", model, observed, ratio, tol);
      puente_cli_append_padded (out, status_label (row->status), 10);
      g_string_append_printf (out, "%s (%d)\n", obs->figure.publisher, obs->figure.year);
    }
  return g_string_free (out, FALSE);
}

/* Markdown cell text: no line breaks or pipes. */
static void
append_cell (GString    *out,
             const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (*p == '|')
        g_string_append (out, "\\|");
      else if (*p == '\n')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
}

/* docs/validation.md: generated, deterministic (no dates or timings), so
 * a test can tell when it is out of date. */
static char *
to_markdown (const PuenteValidation *validation,
             const char             *label)
{
  GString *out = g_string_new (NULL);
  guint    n = puente_validation_get_n_rows (validation);

  g_string_append (out, "# Validation: the model against observed figures\n\n");
  g_string_append (out, "*Generated by `puente-cli check-model --markdown` from "
                        "`data/dataset/observed.json`; do not edit by hand (the `cli` test "
                        "suite fails when this page is out of date).*\n\n");
  g_string_append_printf (out, "Scenario: `%s`. %u observed figures; %u outside their tolerance. "
                               "A row passes when |model − observed| ≤ tolerance × observed; "
                               "ratio = model / observed. Rows for 2024 (the base year) and for "
                               "the figures the model follows as inputs (2025 sales and shares) "
                               "check the calibration; the others check the model's equations. "
                               "The notes say what each figure is and, where the tolerance is "
                               "wider than ±10 %%, why.\n\n",
                          label, n, puente_validation_get_n_failed (validation));
  g_string_append (out, "| # | Indicator | Region | Year | Model | Observed | Ratio | Tolerance | Status | Source |\n");
  g_string_append (out, "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
  for (guint i = 0; i < n; i++)
    {
      const PuenteValidationRow *row = puente_validation_get_row (validation, i);
      const PuenteObservation   *obs = row->observation;
      const PuenteFigure        *fig = &obs->figure;
      g_autofree char           *model = format_value (row->model, fig->unit);
      g_autofree char           *observed = format_value (fig->value, fig->unit);
      g_autofree char           *ratio = format_ratio (row->ratio);
      const char                *suffix = unit_suffix (fig->unit);

      g_string_append_printf (out, "| %u | `%s` | %s | %d | %s%s%s | %s%s%s | %s | ±%.0f %% | %s | ",
                              i + 1, obs->indicator, obs->region, obs->year,
                              model, *suffix ? " " : "", suffix,
                              observed, *suffix ? " " : "", suffix,
                              ratio, 100 * obs->tolerance,
                              puente_validation_status_to_string (row->status));
      append_cell (out, fig->publisher);
      g_string_append (out, ", [");
      append_cell (out, fig->title);
      g_string_append_printf (out, "](%s) (%d; %s) |\n", fig->url, fig->year,
                              puente_figure_status_to_string (fig->status));
    }
  g_string_append (out, "\n## Notes\n\n");
  for (guint i = 0; i < n; i++)
    {
      const PuenteObservation *obs = puente_validation_get_row (validation, i)->observation;

      if (obs->figure.note == NULL)
        continue;
      g_string_append_printf (out, "%u. ", i + 1);
      append_cell (out, obs->figure.note);
      g_string_append (out, "\n");
    }
  return g_string_free (out, FALSE);
}

int
puente_cli_check_model (PuenteCli *cli,
                        int        argc,
                        char     **argv)
{
  g_autofree char *preset = NULL;
  g_autofree char *file = NULL;
  gboolean         json = FALSE, markdown = FALSE;
  GOptionEntry     entries[] = {
        { "preset", 'p', 0, G_OPTION_ARG_STRING, &preset, N_ ("Run the preset ID (default: baseline)"), N_ ("ID") },
        { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &file, N_ ("Run the scenario in FILE"), N_ ("FILE") },
        { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print JSON instead of text"), NULL },
        { "markdown", 0, 0, G_OPTION_ARG_NONE, &markdown, N_ ("Print the validation table as Markdown (docs/validation.md)"), NULL },
        { NULL }
  };
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(PuenteResults) results = NULL;
  g_autoptr(PuenteValidation) validation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  int              status;

  if ((status = puente_cli_parse_options ("check-model", NULL,
                                          _ ("Compare the model with the observed figures of the dataset (observed.json): indicator, region, year, model, observed, ratio, tolerance and source. Exit status 1 when a figure is outside its tolerance."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if ((status = puente_cli_no_arguments ("check-model", argc, argv)) >= 0)
    return status;
  if ((status = puente_cli_check_scenario_options (preset, file)) >= 0)
    return status;
  if (json && markdown)
    return puente_cli_usage_error (_ ("--json and --markdown cannot be used together."));
  if ((status = puente_cli_load_inputs (cli, preset, file, &scenario, &dataset, &label)) >= 0)
    return status;

  if ((results = puente_cli_run_scenario (dataset, scenario, &error)) == NULL)
    return puente_cli_fail (error);
  validation = puente_validation_new (dataset, results);

  if (json)
    {
      g_autoptr(JsonNode) root = to_json (validation, label);

      status = puente_cli_print_json (root);
    }
  else
    {
      g_autofree char *text = markdown ? to_markdown (validation, label) : to_text (validation, label);

      status = puente_cli_print_text (text);
    }
  if (status != PUENTE_CLI_EXIT_OK)
    return status;
  return puente_validation_get_n_failed (validation) > 0 ? PUENTE_CLI_EXIT_INVALID : PUENTE_CLI_EXIT_OK;
}
