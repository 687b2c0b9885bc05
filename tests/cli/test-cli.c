/* test-cli.c: puente-cli as a user runs it
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: test-cli PATH-TO-PUENTE-CLI [GTest options]
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sys/stat.h>

#include "cli-test-run.h"
#include "test-hostile.h"

/* A refusal takes milliseconds; this only turns a hang into a failure. */
#define HANG_SECONDS 10.0

static const char *cli_path;

/* Runs puente-cli with @args (its arguments, NULL-terminated). */
static void
run_cli_args (Run               *run,
              const char *const *args)
{
  run_program (run, cli_path, NULL, args);
}

/* Runs puente-cli in @cwd with the NULL-terminated arguments. */
static void
run_cli_in (Run        *run,
            const char *cwd,
            const char *first,
            ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  run_program_in (run, cli_path, NULL, cwd, (const char * const *) args->pdata);
}

/* Runs puente-cli with the NULL-terminated arguments. */
static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  run_cli_args (run, (const char * const *) args->pdata);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack ? haystack : "(null)");
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("puente-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Never follows a link: the tests make links to /dev/zero. */
static void
remove_tree (const char *path)
{
  hostile_remove_tree (path);
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* ------------------------------------------------------------------------ */
/* The long CSV: (indicator, region, year) -> value                         */

typedef struct
{
  GHashTable *values;   /* "indicator|region|year" -> double * */
  guint       n_rows;
  char       *scenario;
} Csv;

static void
csv_free (Csv *csv)
{
  g_hash_table_unref (csv->values);
  g_free (csv->scenario);
  g_free (csv);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Csv, csv_free)

/* Lines are found with memchr over known lengths: strstr-based splitting
 * is quadratic under AddressSanitizer on a 7 MB file. */
static Csv *
parse_csv (const char *text)
{
  Csv *csv = g_new0 (Csv, 1);
  const char *p = text;
  const char *end = text + strlen (text);
  gboolean header = TRUE;

  csv->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while (p < end)
    {
      const char *nl = memchr (p, '\n', (size_t) (end - p));
      g_autofree char *line = g_strndup (p, nl != NULL ? (gsize) (nl - p) : (gsize) (end - p));
      g_auto(GStrv) f = NULL;
      double *value;
      char *stop = NULL;

      p = nl != NULL ? nl + 1 : end;
      if (header)
        {
          g_assert_cmpstr (line, ==, "scenario,indicator,region,year,value,unit");
          header = FALSE;
          continue;
        }
      if (line[0] == '\0')
        continue;
      f = g_strsplit (line, ",", 6);
      g_assert_cmpuint (g_strv_length (f), ==, 6);
      if (csv->scenario == NULL)
        csv->scenario = g_strdup (f[0]);
      g_assert_cmpstr (f[0], ==, csv->scenario);
      value = g_new (double, 1);
      *value = g_ascii_strtod (f[4], &stop);
      g_assert_true (stop != NULL && *stop == '\0');
      g_hash_table_insert (csv->values, g_strdup_printf ("%s|%s|%s", f[1], f[2], f[3]), value);
      csv->n_rows++;
    }
  g_assert_false (header);
  return csv;
}

static double
csv_get (Csv        *csv,
         const char *indicator,
         const char *region,
         int         year)
{
  g_autofree char *key = g_strdup_printf ("%s|%s|%d", indicator, region, year);
  double *value = g_hash_table_lookup (csv->values, key);

  if (value == NULL)
    g_error ("the CSV has no row %s", key);
  return *value;
}

/* ------------------------------------------------------------------------ */

static void
test_version (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *expected = g_strdup_printf ("puente-cli %s\n", PACKAGE_VERSION);

  run_cli (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
}

static void
test_help (void)
{
  static const char * const commands[] = {
    "levers", "presets", "run", "indicators", "validate", "bench", "charts", "chart",
    "export-all", "flows", "ensemble", "help", NULL
  };
  const char *forms[] = { "--help", "help", "-h" };

  for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, forms[f], NULL);
      g_assert_cmpint (run.status, ==, 0);
      for (guint i = 0; commands[i] != NULL; i++)
        {
          /* One line per command: "  chart " is not found in "  charts". */
          g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i]);

          assert_contains (run.out, line);
        }
      assert_contains (run.out, "--lang");
      assert_contains (run.out, "--dataset");
    }

  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "help", "run", NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_contains (run.out, "--preset");
    assert_contains (run.out, "--scenario");
    assert_contains (run.out, "--csv");
  }
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "indicators", "--help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_contains (run.out, "--compare-preset");
  }
}

static void
test_usage_errors (void)
{
  static const char * const cases[][5] = {
    { NULL },
    { "frobnicate", NULL },
    { "--frobnicate", NULL },
    { "run", "--bogus", NULL },
    { "run", "--preset", "baseline", "--scenario", NULL },
    { "run", "extra-argument", NULL },
    { "validate", NULL },
    { "validate", "a.json", "b.json", NULL },
    { "bench", "--runs", "0", NULL },
    { "bench", "--runs", "many", NULL },
    { "levers", "--lang", "fr", NULL },
    { "levers", "--lang", NULL },
    { "presets", "extra", NULL },
    { "help", "frobnicate", NULL },
    { "--version", "extra", NULL },
    { "flows", NULL },
    { "ensemble", "--runs", "0", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autoptr(GSubprocess) process = NULL;
      const char *argv[7] = { cli_path };
      g_autofree char *joined = NULL;

      for (guint j = 0; j < 5 && cases[i][j] != NULL; j++)
        argv[j + 1] = cases[i][j];
      /* --preset baseline --scenario needs a value: give it one so that
       * the conflict, not the missing value, is what fails. */
      if (i == 4)
        argv[5] = "x.json";
      joined = g_strjoinv (" ", (char **) argv);
      g_test_message ("%s", joined);

      process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                         G_SUBPROCESS_FLAGS_STDERR_PIPE, NULL);
      g_subprocess_communicate_utf8 (process, NULL, NULL, &run.out, &run.err, NULL);
      g_assert_true (g_subprocess_get_if_exited (process));
      if (g_subprocess_get_exit_status (process) != 2)
        g_error ("“%s” exited %d, not 2 (usage error); stderr: %s", joined,
                 g_subprocess_get_exit_status (process), run.err);
    }

  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "frobnicate", NULL);
    assert_contains (run.err, "frobnicate");
    assert_contains (run.err, "--help");
  }
}

static void
test_run_us_lmdv (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(Csv) csv = NULL;
  double bev, zev;

  run_cli (&run, "run", "--preset", "us-lmdv-2032", "--csv", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  csv = parse_csv (run.out);
  g_assert_cmpstr (csv->scenario, ==, "us-lmdv-2032");

  /* EPA's central pathway: 56 % BEV and 69 % plug-in in 2032. */
  bev = csv_get (csv, "ldv.bev_share_sales", "US", 2032);
  zev = csv_get (csv, "ldv.zev_share_sales", "US", 2032);
  g_test_message ("US 2032: BEV %.4f, ZEV %.4f", bev, zev);
  g_assert_cmpfloat_with_epsilon (bev, 0.56, 0.005);
  g_assert_cmpfloat_with_epsilon (zev, 0.69, 0.005);
  /* Consistent with the sales counts in the same file. */
  g_assert_cmpfloat_with_epsilon (csv_get (csv, "ldv.bev_sales", "US", 2032) /
                                  csv_get (csv, "ldv.sales", "US", 2032), bev, 1e-9);
}

/* stock(t) = stock(t-1) + sales - scrappage - exports + imports, from the
 * CSV alone, per country and for both together. */
static void
check_conservation (const char *preset)
{
  g_auto(Run) run = { 0 };
  g_autoptr(Csv) csv = NULL;
  static const char * const regions[] = { "US", "MX", "NA" };
  int first = G_MAXINT, last = G_MININT;
  GHashTableIter iter;
  gpointer key;
  double total_exports = 0;

  run_cli (&run, "run", "--preset", preset, "--csv", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  csv = parse_csv (run.out);

  g_hash_table_iter_init (&iter, csv->values);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *bar = strrchr (key, '|');
      int year = atoi (bar + 1);

      first = MIN (first, year);
      last = MAX (last, year);
    }
  g_assert_cmpint (first, ==, 2024);
  g_assert_cmpint (last, >=, 2050);

  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    for (int t = first + 1; t <= last; t++)
      {
        const char *c = regions[r];
        double before = csv_get (csv, "ldv.stock", c, t - 1);
        double after = csv_get (csv, "ldv.stock", c, t);
        double flows = csv_get (csv, "ldv.sales", c, t)
                     - csv_get (csv, "ldv.scrappage", c, t)
                     - csv_get (csv, "ldv.used_exports", c, t)
                     + csv_get (csv, "ldv.used_imports", c, t);

        if (fabs (before + flows - after) > 1e-9 * after + 1e-6)
          g_error ("%s: %s %d: stock %.17g + flows %.17g != %.17g", preset, c, t,
                   before, flows, after);
      }

  /* What leaves the US arrives in Mexico, whole. */
  for (int t = first + 1; t <= last; t++)
    {
      double exported = csv_get (csv, "ldv.used_exports", "US", t);
      double imported = csv_get (csv, "ldv.used_imports", "MX", t);

      g_assert_cmpfloat_with_epsilon (exported, imported, 1e-9 * exported + 1e-6);
      g_assert_cmpfloat_with_epsilon (csv_get (csv, "ldv.used_ev_exports", "US", t),
                                      csv_get (csv, "ldv.used_ev_imports", "MX", t),
                                      1e-9 * exported + 1e-6);
      g_assert_cmpfloat (csv_get (csv, "ldv.used_imports", "US", t), ==, 0);
      g_assert_cmpfloat (csv_get (csv, "ldv.used_exports", "MX", t), ==, 0);
      total_exports += exported;
    }
  /* The check above is only meaningful with some trade. */
  g_assert_cmpfloat (total_exports, >, 0);
}

static void
test_run_conservation (void)
{
  check_conservation ("baseline");
  check_conservation ("us-lmdv-2032");
  check_conservation ("used-import-standards");
}

static void
test_run_scenario_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *scenario = write_temp (dir, "mx-fast.json",
    "{\"format\": \"puente-scenario\", \"version\": 1,\n"
    " \"levers\": {\"ldv.mx.target_share\": 0.5, \"ldv.mx.target_year\": 2030}}\n");
  g_autofree char *out = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autoptr(Csv) csv = NULL;
  g_autofree char *bad = write_temp (dir, "bad.json", "{\"format\": \"puente-scenario\", \"version\": 7}");
  g_autofree char *nowhere = g_build_filename (dir, "no", "such", "out.csv", NULL);

  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "run", "--scenario", scenario, "--csv", out, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "");
  }
  g_file_get_contents (out, &first, NULL, NULL);
  csv = parse_csv (first);
  /* The file's base name names the scenario. */
  g_assert_cmpstr (csv->scenario, ==, "mx-fast");
  g_assert_cmpfloat_with_epsilon (csv_get (csv, "ldv.zev_share_sales", "MX", 2030), 0.5, 0.005);

  /* A failed run leaves the previous CSV untouched. */
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "run", "--scenario", bad, "--csv", out, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.err, "version 7");
  }
  g_file_get_contents (out, &again, NULL, NULL);
  g_assert_cmpstr (first, ==, again);

  /* A CSV that cannot be written is an error, not a crash. */
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "run", "--csv", nowhere, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.err, nowhere);
  }

  remove_tree (dir);
}

static void
test_run_json (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *series;

  run_cli (&run, "run", "--preset", "ca-acc2-2035", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (object, "scenario"), ==, "ca-acc2-2035");
  g_assert_cmpint (json_object_get_int_member (object, "first_year"), ==, 2024);
  series = json_object_get_array_member (object, "series");
  g_assert_cmpuint (json_array_get_length (series), >, 100);

  /* California reaches 100 % in 2035. */
  for (guint i = 0; i < json_array_get_length (series); i++)
    {
      JsonObject *s = json_array_get_object_element (series, i);

      if (g_str_equal (json_object_get_string_member (s, "indicator"), "ldv.zev_share_sales") &&
          g_str_equal (json_object_get_string_member (s, "region"), "US-CA"))
        {
          JsonArray *values = json_object_get_array_member (s, "values");

          g_assert_cmpfloat_with_epsilon (json_array_get_double_element (values, 2035 - 2024),
                                          1.0, 0.005);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_levers (void)
{
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *levers;
  gboolean found = FALSE;

  run_cli (&text, "levers", NULL);
  g_assert_cmpint (text.status, ==, 0);
  assert_contains (text.out, "general.horizon");
  assert_contains (text.out, "ldv.us.target_share");
  assert_contains (text.out, "ldv.ca.target_year");
  assert_contains (text.out, "battery.recycling_share");

  run_cli (&json, "levers", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = parse_json (json.out);
  levers = json_object_get_array_member (json_node_get_object (root), "levers");
  g_assert_cmpuint (json_array_get_length (levers), >=, 30);
  for (guint i = 0; i < json_array_get_length (levers); i++)
    {
      JsonObject *lever = json_array_get_object_element (levers, i);

      if (g_str_equal (json_object_get_string_member (lever, "id"), "ldv.us.target_share"))
        {
          g_assert_cmpfloat (json_object_get_double_member (lever, "min"), ==, 0);
          g_assert_cmpfloat (json_object_get_double_member (lever, "max"), ==, 1);
          g_assert_cmpstr (json_object_get_string_member (lever, "unit"), ==, "share");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

static void
test_presets (void)
{
  static const char * const ids[] = {
    "baseline", "us-lmdv-2032", "ca-acc2-2035", "mx-electromobility", "used-import-standards"
  };
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *presets;

  run_cli (&text, "presets", NULL);
  g_assert_cmpint (text.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    assert_contains (text.out, ids[i]);
  assert_contains (text.out, "ldv.us.rule = 1");

  run_cli (&json, "presets", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = parse_json (json.out);
  presets = json_object_get_array_member (json_node_get_object (root), "presets");
  g_assert_cmpuint (json_array_get_length (presets), >=, G_N_ELEMENTS (ids));
  for (guint i = 0; i < json_array_get_length (presets); i++)
    {
      JsonObject *preset = json_array_get_object_element (presets, i);

      g_assert_nonnull (json_object_get_string_member (preset, "id"));
      g_assert_nonnull (json_object_get_string_member (preset, "date"));
      g_assert_nonnull (json_object_get_string_member (json_object_get_object_member (preset, "name"), "es"));
      g_assert_nonnull (json_object_get_string_member (json_object_get_object_member (preset, "status"), "en"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (preset, "sources")), >, 0);
    }
}

static void
test_indicators (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *indicators;
  gboolean found = FALSE;

  run_cli (&run, "indicators", "--preset", "baseline", "--compare-preset", "us-lmdv-2032",
           "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  indicators = json_object_get_array_member (json_node_get_object (root), "indicators");
  g_assert_cmpuint (json_array_get_length (indicators), >=, 5);
  for (guint i = 0; i < json_array_get_length (indicators); i++)
    {
      JsonObject *k = json_array_get_object_element (indicators, i);
      double a = json_object_get_double_member (k, "a");
      double b = json_object_get_double_member (k, "b");

      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (k, "b_minus_a"), b - a,
                                      1e-9 * fabs (b) + 1e-12);
      if (g_str_equal (json_object_get_string_member (k, "indicator"), "ldv.zev_share_sales") &&
          g_str_equal (json_object_get_string_member (k, "region"), "US") &&
          json_object_get_int_member (k, "year") == 2032)
        {
          g_assert_cmpfloat_with_epsilon (b, 0.69, 0.005);
          g_assert_cmpfloat (b - a, >, 0);
          found = TRUE;
        }
    }
  g_assert_true (found);

  run_cli (&text, "indicators", "--compare-preset", "mx-electromobility", NULL);
  g_assert_cmpint (text.status, ==, 0);
  assert_contains (text.out, "B - A");
  assert_contains (text.out, "mx-electromobility");
}

/* One bad scenario per class: exit 1, and a message that says what is
 * wrong, where, and what would be right. */
static void
test_validate (void)
{
  g_autofree char *dir = make_temp_dir ();
  struct {
    const char *name;
    const char *json;
    const char *fragments[4];
  } cases[] = {
    { "unknown-lever.json",
      "{\"format\": \"puente-scenario\", \"version\": 1, \"levers\": {\"ldv.us.target_shar\": 0.5}}",
      { "“ldv.us.target_shar”", "did you mean “ldv.us.target_share”", NULL } },
    { "wrong-type.json",
      "{\"format\": \"puente-scenario\", \"version\": 1, \"levers\": {\"ldv.mx.target_year\": \"2030\"}}",
      { "ldv.mx.target_year", "must be a whole number", "2030", NULL } },
    { "out-of-range.json",
      "{\"format\": \"puente-scenario\", \"version\": 1, \"levers\": {\"ldv.us.target_share\": 1.2}}",
      { "ldv.us.target_share", "1.2", "from 0 to 1", NULL } },
    { "malformed.json",
      "{\n  \"format\": \"puente-scenario\",\n  \"version\": 1,\n  \"levers\": {\"ldv.us.target_share\": 0.5,}\n}\n",
      { "malformed.json, line 4, column", "malformed", NULL } },
    { "unknown-format.json",
      "{\"format\": \"puente-dataset\", \"version\": 1}",
      { "unknown format", "puente-dataset", "puente-scenario", NULL } },
    { "newer.json",
      "{\"format\": \"puente-scenario\", \"version\": 3, \"levers\": {}}",
      { "version 3", "newer", NULL } },
    { "unknown-key.json",
      "{\"format\": \"puente-scenario\", \"version\": 1, \"lever\": {}}",
      { "unknown key “lever”", "levers", NULL } },
  };
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GString) big_data = g_string_new ("{\"format\": \"puente-scenario\", \"version\": 1, \"levers\": {}");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *path = write_temp (dir, cases[i].name, cases[i].json);

      run_cli (&run, "validate", path, NULL);
      g_test_message ("%s: %s", cases[i].name, run.err);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      assert_contains (run.err, path);
      for (guint j = 0; cases[i].fragments[j] != NULL; j++)
        assert_contains (run.err, cases[i].fragments[j]);
    }

  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "validate", missing, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.err, missing);
    assert_contains (run.err, "no such file");
  }

  while (big_data->len <= 10 * 1024 * 1024)
    g_string_append (big_data, "                                                                ");
  g_string_append (big_data, "}");
  g_assert_true (g_file_set_contents (big, big_data->str, (gssize) big_data->len, NULL));
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "validate", big, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.err, "larger than 10.0");
    assert_contains (run.err, "MiB");
  }

  /* And a good one. */
  {
    g_auto(Run) run = { 0 };
    g_autofree char *good = write_temp (dir, "good.json",
      "{\"format\": \"puente-scenario\", \"version\": 1,\n"
      " \"name\": {\"en\": \"Faster\", \"es\": \"Más rápido\"},\n"
      " \"levers\": {\"ldv.us.target_share\": 0.9, \"ldv.us.target_year\": 2035}}\n");

    run_cli (&run, "validate", good, NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_contains (run.out, "Faster");
    assert_contains (run.out, "2 levers");
    g_assert_cmpstr (run.err, ==, "");
  }

  remove_tree (dir);
}

static void
test_unknown_preset (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "run", "--preset", "us-lmdv-2023", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "us-lmdv-2023");
  assert_contains (run.err, "us-lmdv-2032");
}

static void
test_bench (void)
{
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;

  run_cli (&run, "bench", "--runs", "25", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "runs: 25");
  g_assert_true (g_str_has_prefix (lines[1], "median: "));
  g_assert_true (g_str_has_suffix (lines[1], " µs"));
  g_assert_true (g_str_has_prefix (lines[2], "p95: "));
  /* p95 is never below the median. */
  g_assert_cmpfloat (g_ascii_strtod (lines[2] + 5, NULL), >=, g_ascii_strtod (lines[1] + 8, NULL));
}

/* The same error in Spanish. The Spanish catalogue is complete
 * (tests/i18n/check-po.sh), so an English message here is a failure, not
 * a reason to skip. */
static void
test_spanish (void)
{
  const char *msgid = "no such file; check the name and the folder";
  g_auto(Run) en = { 0 };
  g_auto(Run) es = { 0 };
  g_auto(Run) help = { 0 };

  run_cli (&en, "--lang", "en", "validate", "/nonexistent/x.json", NULL);
  g_assert_cmpint (en.status, ==, 1);
  assert_contains (en.err, msgid);

  /* Global options work after the command too. */
  run_cli (&es, "validate", "/nonexistent/x.json", "--lang", "es", NULL);
  g_assert_cmpint (es.status, ==, 1);
  assert_contains (es.err, "/nonexistent/x.json");
  g_assert_null (strstr (es.err, msgid));
  g_assert_cmpstr (en.err, !=, es.err);

  run_cli (&help, "--lang=es", "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_null (strstr (help.out, "Commands:"));

  /* Plural messages too (ngettext names our catalogue, not the default). */
  {
    g_autofree char *dir = make_temp_dir ();
    g_autofree char *path = write_temp (dir, "two.json",
                                        "{\"format\": \"puente-scenario\", \"version\": 1, \"levers\":"
                                        " {\"ldv.mx.target_share\": 0.6, \"ldv.mx.target_year\": 2032}}");
    g_auto(Run) valid = { 0 };

    run_cli (&valid, "--lang", "es", "validate", path, NULL);
    g_assert_cmpint (valid.status, ==, 0);
    assert_contains (valid.out, "escenario válido, modifica 2 palancas");
    remove_tree (dir);
  }
}

/* Built with `make` and run from the build tree with nothing in the
 * environment, puente-cli finds the Spanish catalogue next to it: the
 * chart's title is Spanish. */
static void
test_spanish_from_build_tree (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "c.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_auto(Run) list = { 0 };
  g_auto(Run) chart = { 0 };

  run_cli (&list, "--lang", "es", "charts", NULL);
  g_assert_cmpint (list.status, ==, 0);
  assert_contains (list.out, "Participación de VCE en las ventas de vehículos ligeros nuevos");
  g_assert_null (strstr (list.out, "ZEV share of new light-duty sales"));

  run_cli (&chart, "chart", "zev-share-sales", "--lang", "es", "-o", pdf, NULL);
  g_assert_cmpint (chart.status, ==, 0);
  if (pdftotext != NULL)
    {
      const char *argv[] = { pdftotext, pdf, "-", NULL };
      g_auto(Run) read = { 0 };

      run_program (&read, pdftotext, NULL, argv + 1);
      g_assert_cmpint (read.status, ==, 0);
      assert_contains (read.out, "Participación de VCE");
    }
  else
    g_test_message ("pdftotext not found: the PDF's text was not read");
  remove_tree (dir);
}

/* Without the Spanish catalogue, Spanish is an error that says which file
 * is missing, never English output; English needs no catalogue. */
static void
test_spanish_catalogue_missing (void)
{
  g_autofree char *empty = make_temp_dir ();
  g_autofree char *copy_dir = make_temp_dir ();
  g_autofree char *copy = g_build_filename (copy_dir, "puente-cli", NULL);
  g_autofree char *installed = g_build_filename (LOCALEDIR, "es", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GFile) from = g_file_new_for_path (cli_path);
  g_autoptr(GFile) to = g_file_new_for_path (copy);
  g_autoptr(GError) error = NULL;
  const char *spanish[] = { "--lang", "es", "charts", NULL };
  const char *both[] = { "chart", "zev-share-sales", "--lang", "both", "--format", "csv", "-o", "-", NULL };
  const char *english[] = { "--lang", "en", "charts", NULL };
  g_auto(Run) es = { 0 };
  g_auto(Run) bilingual = { 0 };
  g_auto(Run) en = { 0 };
  g_auto(Run) moved = { 0 };

  /* The catalogue folder pointed somewhere empty. */
  run_program (&es, cli_path, empty, spanish);
  g_assert_cmpint (es.status, ==, 1);
  g_assert_cmpstr (es.out, ==, "");
  assert_contains (es.err, "The Spanish translation was not found");
  assert_contains (es.err, "es/LC_MESSAGES/puente.mo");

  run_program (&bilingual, cli_path, empty, both);
  g_assert_cmpint (bilingual.status, ==, 1);
  g_assert_cmpstr (bilingual.out, ==, "");
  assert_contains (bilingual.err, "es/LC_MESSAGES/puente.mo");

  run_program (&en, cli_path, empty, english);
  g_assert_cmpint (en.status, ==, 0);
  assert_contains (en.out, "ZEV share of new light-duty sales");

  /* A copy of the program outside the build tree looks where `make
   * install` puts catalogues, and says so when there is none there. */
  g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (copy, 0755), ==, 0);
  run_program (&moved, copy, NULL, spanish);
  if (g_file_test (installed, G_FILE_TEST_EXISTS))
    {
      g_test_message ("%s is installed: the copy found it", installed);
      g_assert_cmpint (moved.status, ==, 0);
    }
  else
    {
      g_assert_cmpint (moved.status, ==, 1);
      assert_contains (moved.err, installed);
    }

  remove_tree (empty);
  remove_tree (copy_dir);
}

/* ------------------------------------------------------------------------ */
/* Commands added with the engine's second part and the charts               */

/* The rows of a CSV without quoted fields, each checked to have as many
 * fields as @header, which must be its first line. */
static GPtrArray *
split_csv (const char *text,
           const char *header)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_auto(GStrv) names = g_strsplit (header, ",", -1);
  guint n_fields = g_strv_length (names);
  guint first = 0;

  /* A chart's CSV starts with "# " lines saying what the rows are. */
  while (lines[first] != NULL && g_str_has_prefix (lines[first], "# "))
    first++;
  g_assert_cmpstr (lines[first], ==, header);
  for (guint i = first + 1; lines[i] != NULL; i++)
    {
      char **f;

      if (lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], ",", -1);
      if (g_strv_length (f) != n_fields)
        g_error ("CSV line %u has %u fields, not %u: %s", i + 1, g_strv_length (f), n_fields, lines[i]);
      g_ptr_array_add (rows, f);
    }
  g_assert_cmpuint (rows->len, >, 0);
  return rows;
}

static double
number (const char *text)
{
  char *end = NULL;
  double v = g_ascii_strtod (text, &end);

  if (end == text || *end != '\0' || !isfinite (v))
    g_error ("“%s” is not a number", text);
  return v;
}

/* p5 <= p25 <= p50 <= p75 <= p95 in the five columns from @first. */
static void
assert_percentiles_ordered (char **row,
                            guint  first)
{
  for (guint k = first; k < first + 4; k++)
    if (!(number (row[k]) <= number (row[k + 1])))
      g_error ("percentiles out of order in %s %s %s: %s > %s", row[1], row[2], row[3], row[k], row[k + 1]);
}

/* The flows of 2035 as JSON: nodes with their kind, links with their value
 * and unit, and every stage passing on what it takes in. */
static void
test_flows_json (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) in = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) out = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  JsonObject *object;
  JsonArray *nodes, *links;
  guint n_stages = 0, n_sources = 0, n_sinks = 0;

  run_cli (&run, "flows", "--year", "2035", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  object = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (object, "year"), ==, 2035);
  nodes = json_object_get_array_member (object, "nodes");
  links = json_object_get_array_member (object, "links");
  g_assert_cmpuint (json_array_get_length (nodes), >, 5);
  g_assert_cmpuint (json_array_get_length (links), >, 5);

  for (guint i = 0; i < json_array_get_length (nodes); i++)
    {
      JsonObject *node = json_array_get_object_element (nodes, i);

      g_hash_table_insert (in, (gpointer) json_object_get_string_member (node, "id"), g_new0 (double, 1));
      g_hash_table_insert (out, (gpointer) json_object_get_string_member (node, "id"), g_new0 (double, 1));
    }
  /* Sum the links into and out of each node. */
  for (guint i = 0; i < json_array_get_length (links); i++)
    {
      JsonObject *link = json_array_get_object_element (links, i);
      double value = json_object_get_double_member (link, "value");
      double *to = g_hash_table_lookup (in, json_object_get_string_member (link, "target"));
      double *from = g_hash_table_lookup (out, json_object_get_string_member (link, "source"));

      g_assert_cmpstr (json_object_get_string_member (link, "unit"), ==, "GWh");
      g_assert_cmpfloat (value, >=, 0);
      g_assert_nonnull (to);
      g_assert_nonnull (from);
      *to += value;
      *from += value;
    }
  for (guint i = 0; i < json_array_get_length (nodes); i++)
    {
      JsonObject *node = json_array_get_object_element (nodes, i);
      const char *id = json_object_get_string_member (node, "id");
      const char *kind = json_object_get_string_member (node, "kind");
      double node_in = *(double *) g_hash_table_lookup (in, id);
      double node_out = *(double *) g_hash_table_lookup (out, id);

      if (g_str_equal (kind, "stage"))
        {
          if (fabs (node_in - node_out) > 1e-6 * MAX (node_in, node_out))
            g_error ("stage %s takes %.9g GWh and gives %.9g GWh", id, node_in, node_out);
          n_stages += node_in > 0;
        }
      else if (g_str_equal (kind, "source"))
        {
          g_assert_cmpfloat (node_in, ==, 0);
          n_sources++;
        }
      else if (g_str_equal (kind, "sink"))
        {
          g_assert_cmpfloat (node_out, ==, 0);
          n_sinks++;
        }
      else
        g_error ("node %s has kind “%s”", id, kind);
    }
  /* Batteries actually flow through the chain. */
  g_assert_cmpuint (n_stages, >=, 5);
  g_assert_cmpuint (n_sources, >, 0);
  g_assert_cmpuint (n_sinks, >, 0);
}

#define ENSEMBLE_HEADER "scenario,indicator,region,year,p5,p25,p50,p75,p95,unit"

/* The same seed gives the same file, byte for byte; another seed another
 * file; every row's percentiles are in order. */
static void
test_ensemble_csv (void)
{
  g_auto(Run) first = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) other = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  guint spread = 0;

  run_cli (&first, "ensemble", "--runs", "50", "--seed", "3", "--csv", "-", NULL);
  g_assert_cmpint (first.status, ==, 0);
  run_cli (&again, "ensemble", "--runs", "50", "--seed", "3", "--csv", "-", NULL);
  g_assert_cmpint (again.status, ==, 0);
  run_cli (&other, "ensemble", "--runs", "50", "--seed", "4", "--csv", "-", NULL);
  g_assert_cmpint (other.status, ==, 0);

  g_assert_true (g_str_equal (first.out, again.out));
  g_assert_false (g_str_equal (first.out, other.out));

  rows = split_csv (first.out, ENSEMBLE_HEADER);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      assert_percentiles_ordered (row, 4);
      spread += number (row[8]) > number (row[4]);
    }
  /* Sampled inputs spread the results. */
  g_assert_cmpuint (spread, >, rows->len / 4);
}

static void
test_bench_ensemble (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GRegex) median = g_regex_new ("median [0-9]+(\\.[0-9]+)? ms", 0, 0, NULL);

  run_cli (&run, "bench", "--ensemble", "--runs", "20", "--repeat", "1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "ensemble of 20 runs");
  if (!g_regex_match (median, run.out, 0, NULL))
    g_error ("no median time in:\n%s", run.out);
}

#define CHART_HEADER "scenario,series,indicator,region,year,value,unit"

/* The CO2 chart in US customary units: the same rows in million short
 * tons, the metric values times 1 / 0.90718474. */
static void
test_chart_us_units (void)
{
  g_auto(Run) metric = { 0 };
  g_auto(Run) us = { 0 };
  g_autoptr(GPtrArray) m = NULL;
  g_autoptr(GPtrArray) u = NULL;

  run_cli (&metric, "chart", "co2", "--format", "csv", "-o", "-", "--units", "metric", NULL);
  g_assert_cmpint (metric.status, ==, 0);
  run_cli (&us, "chart", "co2", "--format", "csv", "-o", "-", "--units", "us", NULL);
  g_assert_cmpint (us.status, ==, 0);
  m = split_csv (metric.out, CHART_HEADER);
  u = split_csv (us.out, CHART_HEADER);

  g_assert_cmpuint (m->len, ==, u->len);
  for (guint i = 0; i < m->len; i++)
    {
      char **a = g_ptr_array_index (m, i);
      char **b = g_ptr_array_index (u, i);
      double expected = number (a[5]) / 0.90718474;

      g_assert_cmpstr (a[6], ==, "Mt CO2");
      g_assert_cmpstr (b[6], ==, "M short tons CO₂");
      g_assert_cmpstr (a[2], ==, b[2]);
      g_assert_cmpstr (a[4], ==, b[4]);
      /* Both rounded to four significant digits. */
      if (fabs (number (b[5]) - expected) > 1e-3 * fabs (expected) + 1e-6)
        g_error ("%s %s: %s M short tons, expected %.10g (%s Mt)", b[2], b[4], b[5], expected, a[5]);
    }

  /* An unknown unit system is a usage error that says what would do. */
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "chart", "co2", "--format", "csv", "-o", "-", "--units", "imperial", NULL);
    g_assert_cmpint (run.status, ==, 2);
    assert_contains (run.err, "imperial");
    assert_contains (run.err, "metric");
    g_assert_cmpstr (run.out, ==, "");
  }
}

static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int wait_status = 0;

  if (g_str_equal (tool, "pdftotext"))
    argv[2] = "-";
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &wait_status, &error))
    g_error ("%s is needed by this test (tools/install-deps installs it): %s", tool, error->message);
  if (!g_spawn_check_wait_status (wait_status, &error))
    g_error ("%s %s: %s\n%s", tool, path, error->message, err);
  return out;
}

/* The supply-chain Sankey as a one-page PDF with its title, for the year
 * asked (2035 is the chart's default, so 2045 shows --year is used). */
static void
test_chart_sankey_pdf (void)
{
  const char *years[] = { "2035", "2045" };
  g_autofree char *dir = make_temp_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/sankey-%s.pdf", dir, years[i]);
      g_autofree char *subtitle = g_strdup_printf ("vehicle batteries, %s", years[i]);
      g_autofree char *info = NULL;
      g_autofree char *text = NULL;
      g_auto(Run) run = { 0 };

      run_cli (&run, "chart", "supply-sankey", "--year", years[i], "--format", "pdf", "-o", path, NULL);
      g_assert_cmpint (run.status, ==, 0);
      info = run_tool ("pdfinfo", path);
      g_assert_true (g_regex_match_simple ("^Pages:\\s+1$", info, G_REGEX_MULTILINE, 0));
      text = run_tool ("pdftotext", path);
      assert_contains (text, "Battery flows in North America");
      assert_contains (text, subtitle);
    }
  remove_tree (dir);
}

/* Print sizes: PDF and SVG default to a report's column (the Sankey to a
 * landscape page's text block), --size takes a page or dimensions, and
 * a wrong one says what would do. */
static void
test_chart_sizes (void)
{
  g_autofree char *dir = make_temp_dir ();
  const struct { const char *chart, *size, *page; } cases[] = {
    { "co2", NULL, "453.543 x 283.465 pts" },             /* 160 × 100 mm */
    { "supply-sankey", NULL, "708.661 x 453.543 pts" },   /* 250 × 160 mm */
    { "co2", "a4", "841.89 x 595.276 pts (A4)" },
    { "co2", "letter", "792 x 612 pts (letter)" },
    { "co2", "120x80mm", "340.157 x 226.772 pts" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/chart-%u.pdf", dir, i);
      g_autofree char *info = NULL;
      g_auto(Run) run = { 0 };

      if (cases[i].size != NULL)
        run_cli (&run, "chart", cases[i].chart, "--size", cases[i].size, "-o", path, NULL);
      else
        run_cli (&run, "chart", cases[i].chart, "-o", path, NULL);
      g_assert_cmpint (run.status, ==, 0);
      info = run_tool ("pdfinfo", path);
      assert_contains (info, cases[i].page);
    }

  /* SVG too, in points. */
  {
    g_autofree char *path = g_strdup_printf ("%s/chart.svg", dir);
    g_autofree char *svg = NULL;
    g_auto(Run) run = { 0 };

    run_cli (&run, "chart", "co2", "--lang", "es", "-o", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
    assert_contains (svg, "width=\"453.543307pt\" height=\"283.464567pt\"");
    assert_contains (svg, "<tspan");
  }

  {
    g_auto(Run) bad = { 0 };
    g_auto(Run) both = { 0 };
    g_autofree char *path = g_strdup_printf ("%s/bad.pdf", dir);

    run_cli (&bad, "chart", "co2", "--size", "a3", "-o", path, NULL);
    g_assert_cmpint (bad.status, ==, 1);
    assert_contains (bad.err, "“a3”");
    assert_contains (bad.err, "160x100mm");
    run_cli (&both, "chart", "co2", "--size", "a4", "--width", "800", "-o", path, NULL);
    g_assert_cmpint (both.status, ==, 2);
    assert_contains (both.err, "--size");
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  remove_tree (dir);
}

/* A line chart as an ensemble fan: its CSV has the percentile columns,
 * in order, for both countries and every year. */
static void
test_chart_ensemble_csv (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) regions = g_hash_table_new (g_str_hash, g_str_equal);
  guint spread = 0;

  run_cli (&run, "chart", "zev-share-sales", "--ensemble-runs", "30", "--seed", "1",
           "--format", "csv", "-o", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  rows = split_csv (run.out, "scenario,series,indicator,region,year,p5,p25,p50,p75,p95,unit");
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (row[2], ==, "ldv.zev_share_sales");
      g_hash_table_add (regions, row[3]);
      assert_percentiles_ordered (row, 5);
      spread += number (row[9]) > number (row[5]);
    }
  g_assert_true (g_hash_table_contains (regions, "US"));
  g_assert_true (g_hash_table_contains (regions, "MX"));
  /* 2024 to 2050 for each country. */
  g_assert_cmpuint (rows->len, ==, g_hash_table_size (regions) * 27);
  g_assert_cmpuint (spread, >, rows->len / 2);
}

/* A region the chart does not take: exit 1, the region named, no file. */
static void
test_chart_wrong_region (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "transit.png", NULL);
  g_auto(Run) run = { 0 };

  run_cli (&run, "chart", "transit-fleet", "--region", "laredo-wtb", "-o", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "laredo-wtb");
  assert_contains (run.err, "transit-fleet");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  remove_tree (dir);
}

static const char *
json_label_of (JsonArray  *array,
               const char *id)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_str_equal (json_object_get_string_member (object, "id"), id))
        return json_object_get_string_member (object, "label");
    }
  g_error ("no “%s” in the JSON", id);
}

/* Flows and indicators with --lang es: the same numbers, Spanish labels. */
static void
test_spanish_labels (void)
{
  g_auto(Run) flows_en = { 0 };
  g_auto(Run) flows_es = { 0 };
  g_auto(Run) flows_text = { 0 };
  g_auto(Run) ind_en = { 0 };
  g_auto(Run) ind_es = { 0 };
  g_autoptr(JsonNode) fen = NULL, fes = NULL, ien = NULL, ies = NULL;
  JsonArray *nodes_en, *nodes_es, *keys_en, *keys_es;

  run_cli (&flows_en, "flows", "--year", "2035", "--json", "--lang", "en", NULL);
  run_cli (&flows_es, "flows", "--year", "2035", "--json", "--lang", "es", NULL);
  g_assert_cmpint (flows_en.status, ==, 0);
  g_assert_cmpint (flows_es.status, ==, 0);
  fen = parse_json (flows_en.out);
  fes = parse_json (flows_es.out);
  nodes_en = json_object_get_array_member (json_node_get_object (fen), "nodes");
  nodes_es = json_object_get_array_member (json_node_get_object (fes), "nodes");
  g_assert_cmpstr (json_label_of (nodes_en, "imported-materials"), ==, "Imported materials");
  g_assert_cmpstr (json_label_of (nodes_es, "imported-materials"), ==, "Materiales importados");
  g_assert_cmpstr (json_label_of (nodes_es, "cells-na"), ==, "Celdas hechas en América del Norte");
  /* Labels change, numbers do not. */
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (nodes_en, 1), "outflow"), ==,
                     json_object_get_double_member (json_array_get_object_element (nodes_es, 1), "outflow"));

  run_cli (&flows_text, "--lang", "es", "flows", "--year", "2035", NULL);
  g_assert_cmpint (flows_text.status, ==, 0);
  assert_contains (flows_text.out, "Flujos de la cadena de suministro de baterías");
  assert_contains (flows_text.out, "Materiales importados");

  run_cli (&ind_en, "indicators", "--json", "--lang", "en", NULL);
  run_cli (&ind_es, "indicators", "--json", "--lang", "es", NULL);
  g_assert_cmpint (ind_en.status, ==, 0);
  g_assert_cmpint (ind_es.status, ==, 0);
  ien = parse_json (ind_en.out);
  ies = parse_json (ind_es.out);
  keys_en = json_object_get_array_member (json_node_get_object (ien), "indicators");
  keys_es = json_object_get_array_member (json_node_get_object (ies), "indicators");
  g_assert_cmpstr (json_label_of (keys_en, "key.ldv.zev_share_sales.us.2030"), ==,
                   "US ZEV share of new light-duty sales, 2030");
  assert_contains (json_label_of (keys_es, "key.ldv.zev_share_sales.us.2030"),
                   "participación de VCE en las ventas de vehículos ligeros nuevos, 2030");
  assert_contains (json_label_of (keys_es, "key.charging.gap.na.2030"), "Brecha de puntos de carga pública");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_node_get_object (ies), "a"), "name"),
                   ==, "Políticas actuales (línea base)");
  /* Every label of the key indicators is translated. */
  g_assert_cmpuint (json_array_get_length (keys_en), ==, json_array_get_length (keys_es));
  for (guint i = 0; i < json_array_get_length (keys_en); i++)
    {
      JsonObject *a = json_array_get_object_element (keys_en, i);
      JsonObject *b = json_array_get_object_element (keys_es, i);

      g_assert_cmpstr (json_object_get_string_member (a, "label"), !=, json_object_get_string_member (b, "label"));
      g_assert_cmpfloat (json_object_get_double_member (a, "a"), ==, json_object_get_double_member (b, "a"));
    }
}

/* `check-model`: the validation table. Every observed figure within its
 * tolerance (exit 0), the JSON and Markdown forms, docs/validation.md up
 * to date, and exit 1 with "OUTSIDE" when a figure is missed. */
static void
test_check_model (void)
{
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) md = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) both = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *doc_path = g_build_filename (SOURCE_ROOT, "docs", "validation.md", NULL);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *shipped = g_build_filename (SOURCE_ROOT, "data", "dataset", NULL);
  JsonArray *rows;
  GDir *d;
  const char *name;

  run_cli (&text, "check-model", NULL);
  g_assert_cmpint (text.status, ==, 0);
  assert_contains (text.out, "ldv.zev_share_sales");
  assert_contains (text.out, "US-CA");
  assert_contains (text.out, "0 outside their tolerance");

  run_cli (&json, "check-model", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = parse_json (json.out);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "failed"), ==, 0);
  rows = json_object_get_array_member (json_node_get_object (root), "rows");
  g_assert_cmpuint (json_array_get_length (rows), >=, 30);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      double model = json_object_get_double_member (row, "model");
      double observed = json_object_get_double_member (row, "observed");

      g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "ok");
      /* An observed 0 (Houston's zero-emission bus purchases) has no ratio. */
      if (observed != 0)
        g_assert_cmpfloat_with_epsilon (json_object_get_double_member (row, "ratio"), model / observed, 1e-9);
      g_assert_cmpfloat (fabs (model - observed), <=,
                         json_object_get_double_member (row, "tolerance") * fabs (observed) * (1 + 1e-12));
      g_assert_nonnull (json_object_get_string_member (json_object_get_object_member (row, "source"), "url"));
    }

  /* docs/validation.md is what the command prints today. */
  run_cli (&md, "check-model", "--markdown", NULL);
  g_assert_cmpint (md.status, ==, 0);
  g_assert_true (g_file_get_contents (doc_path, &doc, NULL, &error));
  g_assert_no_error (error);
  if (g_strcmp0 (doc, md.out) != 0)
    g_error ("docs/validation.md is out of date: run “puente-cli check-model --markdown > docs/validation.md”");

  run_cli (&both, "check-model", "--json", "--markdown", NULL);
  g_assert_cmpint (both.status, ==, 2);

  /* A copy of the dataset whose first observation is off by half. */
  d = g_dir_open (shipped, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *src = g_build_filename (shipped, name, NULL);
      g_autofree char *dst = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (src, &data, &length, &error));
      if (g_str_equal (name, "observed.json"))
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(JsonGenerator) gen = json_generator_new ();
          JsonArray *all;
          JsonObject *figure;

          g_assert_true (json_parser_load_from_data (parser, data, length, &error));
          all = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "observations");
          figure = json_object_get_object_member (json_array_get_object_element (all, 0), "figure");
          json_object_set_double_member (figure, "value", 1.5 * json_object_get_double_member (figure, "value"));
          json_generator_set_root (gen, json_parser_get_root (parser));
          g_free (data);
          data = json_generator_to_data (gen, &length);
        }
      g_assert_true (g_file_set_contents (dst, data, length, &error));
    }
  g_dir_close (d);
  run_cli (&bad, "--dataset", dir, "check-model", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  assert_contains (bad.out, "OUTSIDE");
  assert_contains (bad.out, "1 outside their tolerance");
  remove_tree (dir);
}

/* ------------------------------------------------------------------------ */
/* stations                                                                 */

static char *
stations_fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "stations", name, NULL);
}

static guint
json_int (JsonObject *object,
          const char *member)
{
  return (guint) json_object_get_int_member (object, member);
}

static void
test_stations_summary_ny (void)
{
  g_autofree char *ny = stations_fixture ("afdc/alt_fuel_stations_NY_2025-04.csv");
  g_auto(Run) json = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GList) keys = NULL;
  JsonObject *o, *region;
  const char *expected_keys[] = { "stations", "skipped", "ports", "regions" };
  guint k = 0;

  run_cli (&json, "stations", "summary", ny, "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = parse_json (json.out);
  o = json_node_get_object (root);
  /* The shape of issue 17, in its order. */
  keys = json_object_get_members (o);
  for (const GList *l = keys; l != NULL; l = l->next)
    g_assert_cmpstr (l->data, ==, expected_keys[k++]);
  g_assert_cmpuint (k, ==, 4);
  g_assert_cmpuint (json_int (o, "stations"), ==, 4736);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (o, "skipped")), ==, 1);
  g_assert_cmpuint (json_int (json_object_get_object_member (o, "skipped"), "not_electric"), ==, 121);
  g_assert_cmpuint (json_int (json_object_get_object_member (o, "ports"), "level1"), ==, 1);
  g_assert_cmpuint (json_int (json_object_get_object_member (o, "ports"), "level2"), ==, 14626);
  g_assert_cmpuint (json_int (json_object_get_object_member (o, "ports"), "dc_fast"), ==, 2161);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (o, "regions")), ==, 1);
  region = json_object_get_object_member (json_object_get_object_member (o, "regions"), "US-NY");
  g_assert_nonnull (region);
  g_assert_cmpuint (json_int (region, "stations"), ==, 4736);
  g_assert_cmpuint (json_int (region, "level1"), ==, 1);
  g_assert_cmpuint (json_int (region, "level2"), ==, 14626);
  g_assert_cmpuint (json_int (region, "dc_fast"), ==, 2161);

  run_cli (&text, "--lang", "en", "stations", "summary", ny, NULL);
  g_assert_cmpint (text.status, ==, 0);
  assert_contains (text.out, "Charging stations: AFDC, April 2025");
  assert_contains (text.out, "121 rows skipped: not an electric charging station (first: row 2)");
  assert_contains (text.out, "Open public ports: 1 level 1, 14,626 level 2, 2,161 DC fast.");
  assert_contains (text.out, "US-NY  New York");

  /* In Spanish: the same numbers, the reasons and names translated. */
  {
    g_auto(Run) es = { 0 };

    run_cli (&es, "--lang", "es", "stations", "summary", ny, NULL);
    g_assert_cmpint (es.status, ==, 0);
    assert_contains (es.out, "Estaciones de carga: AFDC, abril de 2025");
    assert_contains (es.out, "121 filas omitidas: no es una estación de carga eléctrica (la primera: fila 2)");
    assert_contains (es.out, "14,626 de Nivel 2, 2,161 de carga rápida de CC");
    assert_contains (es.out, "US-NY  Nueva York");
  }
}

static GPtrArray *
ocm_args (const char *first,
          ...)
{
  GPtrArray *args = g_ptr_array_new_with_free_func (g_free);
  const char *arg;
  va_list ap;

  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, g_strdup (arg));
  va_end (ap);
  for (guint c = 0; c < 2; c++)
    {
      g_autofree char *dir_path = stations_fixture (c == 0 ? "ocm/MX" : "ocm/US");
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (args, g_build_filename (dir_path, name, NULL));
    }
  g_ptr_array_add (args, NULL);
  return args;
}

static void
test_stations_summary_ocm (void)
{
  g_autoptr(GPtrArray) json_args = ocm_args ("stations", "summary", "--json", NULL);
  g_autoptr(GPtrArray) text_args = ocm_args ("--lang", "en", "stations", "summary", NULL);
  g_auto(Run) json = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GList) regions = NULL;
  JsonObject *o, *by_region;
  guint mx = 0, us = 0;

  run_cli_args (&json, (const char * const *) json_args->pdata);
  g_assert_cmpint (json.status, ==, 0);
  root = parse_json (json.out);
  o = json_node_get_object (root);
  g_assert_cmpuint (json_int (o, "stations"), ==, 89);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (o, "skipped")), ==, 0);
  /* One of the 89 is private (a dealership's staff and customers). */
  by_region = json_object_get_object_member (o, "regions");
  regions = json_object_get_members (by_region);
  for (const GList *l = regions; l != NULL; l = l->next)
    {
      guint n = json_int (json_object_get_object_member (by_region, l->data), "stations");

      if (g_str_has_prefix (l->data, "MX-"))
        mx += n;
      else
        us += n;
    }
  g_assert_cmpuint (mx, ==, 69);
  g_assert_cmpuint (us, ==, 19);
  g_assert_cmpuint (json_int (json_object_get_object_member (by_region, "MX-NLE"), "dc_fast"), ==, 14);

  run_cli_args (&text, (const char * const *) text_args->pdata);
  g_assert_cmpint (text.status, ==, 0);
  assert_contains (text.out, "89 files: 89 records read, 89 imported");
  assert_contains (text.out, "19 records name no state: placed by their coordinates");
  assert_contains (text.out, "5 notes on the records:");
  assert_contains (text.out, "Hotel Plaza Loreto (ocm:113781): the record says “Baja California Sur”, but its coordinates are in Mexico City");
  assert_contains (text.out, "Pits - Zitacuaro (ocm:103523): the record says “Estado de Mexico”, but its coordinates are in Michoacán");
  assert_contains (text.out, "© Open Charge Map contributors, CC BY-SA 4.0");
}

static void
test_stations_coverage (void)
{
  g_autoptr(GPtrArray) args = ocm_args ("stations", "coverage", "--json", NULL);
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *ports;
  JsonObject *laredo = NULL, *nearest;

  run_cli_args (&run, (const char * const *) args->pdata);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  g_assert_cmpfloat (json_object_get_double_member (json_node_get_object (root), "radius_km"), ==, 80.4672);
  ports = json_object_get_array_member (json_node_get_object (root), "ports");
  g_assert_cmpuint (json_array_get_length (ports), ==, 22);
  for (guint i = 0; i < json_array_get_length (ports); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (ports, i), "id"), "laredo-wtb"))
      laredo = json_array_get_object_element (ports, i);
  g_assert_nonnull (laredo);
  /* China, N.L. is the nearest Mexican Supercharger of the sample, 205 km
   * south; none of the US sample's DC fast stations is in Texas. */
  nearest = json_object_get_object_member (json_object_get_object_member (laredo, "mx"), "nearest");
  g_assert_cmpstr (json_object_get_string_member (nearest, "id"), ==, "ocm:129354");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (nearest, "distance_km"), 205.3, 0.05);
  g_assert_cmpuint (json_int (json_object_get_object_member (laredo, "mx"), "stations_within"), ==, 0);
  nearest = json_object_get_object_member (json_object_get_object_member (laredo, "us"), "nearest");
  g_assert_cmpstr (json_object_get_string_member (nearest, "state"), ==, "US-CA");
}

static void
test_stations_compare (void)
{
  g_autofree char *ny = stations_fixture ("afdc/alt_fuel_stations_NY_2025-04.csv");
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *o, *region;

  run_cli (&run, "stations", "compare", ny, "--year", "2030", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  o = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (o, "scenario"), ==, "baseline");
  g_assert_cmpint (json_object_get_int_member (o, "year"), ==, 2030);
  region = json_object_get_object_member (json_object_get_object_member (o, "regions"), "US-NY");
  g_assert_cmpuint (json_int (json_object_get_object_member (region, "imported"), "level2"), ==, 14626);
  g_assert_cmpuint (json_int (json_object_get_object_member (region, "imported"), "dc_fast"), ==, 2161);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json_object_get_object_member (region, "dataset"), "level2"), "year"), ==, 2024);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (region, "need"), "dc_fast"), >, 2161);
}

static void
test_stations_errors (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *other = write_temp (dir, "results.csv", "scenario,indicator,region,year,value\nbaseline,ldv.sales,US,2024,1\n");
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  g_auto(Run) none = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) gone = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) radius = { 0 };

  run_cli (&none, "--lang", "en", "stations", "summary", NULL);
  g_assert_cmpint (none.status, ==, 2);
  assert_contains (none.err, "“stations summary” needs at least one station file");
  run_cli (&bad, "--lang", "en", "stations", "summary", other, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  assert_contains (bad.err, "results.csv: not a station file.");
  run_cli (&gone, "--lang", "en", "stations", "coverage", missing, NULL);
  g_assert_cmpint (gone.status, ==, 1);
  assert_contains (gone.err, "missing.csv: no such file");
  run_cli (&unknown, "--lang", "en", "stations", "map", other, NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  run_cli (&radius, "--lang", "en", "stations", "coverage", other, "--radius", "-3", NULL);
  g_assert_cmpint (radius.status, ==, 2);
  remove_tree (dir);
}

/* A copy of the shipped dataset whose @file is the hostile @name. */
static char *
dataset_with (const char *file,
              const char *name)
{
  static const char *files[] = {
    "grid.json", "states.json", "parameters.json", "series.json", "rules.json",
    "supply.json", "ports.json", "transit.json", "sites.json", "observed.json",
  };
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *dst = g_build_filename (dir, files[i], NULL);

      if (strcmp (files[i], file) == 0)
        hostile_file_make (name, dst);
      else
        {
          g_autofree char *src = g_build_filename (g_getenv ("PUENTE_SOURCE_DIR"), "data", "dataset", files[i], NULL);
          g_autofree char *data = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (src, &data, &length, &error));
          g_assert_true (g_file_set_contents (dst, data, (gssize) length, &error));
        }
    }
  return g_steal_pointer (&dir);
}

static void
assert_refused (const Run         *run,
                const char        *reader,
                const HostileFile *file)
{
  g_test_message ("%s, %s: exit %d in %.3f s: %.200s", reader, file->name, run->status,
                  run->seconds, run->err);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpfloat (run->seconds, <, HANG_SECONDS);
  assert_contains (run->err, file->name);
  if (file->what != NULL)
    assert_contains (run->err, file->what);
  /* A message a person reads, not the megabyte it quotes. */
  g_assert_cmpuint (strlen (run->err), <, 1000);
}

/* Every command that reads a file, with each hostile file: exit 1 with a
 * clear message, quickly, no crash. */
static void
test_hostile_inputs (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *png = g_build_filename (dir, "out.png", NULL);
  g_autofree char *csv = g_build_filename (dir, "out.csv", NULL);
  const HostileFile *corpus;
  guint n;

  corpus = hostile_corpus_make (dir, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_build_filename (dir, corpus[i].name, NULL);
      g_auto(Run) validate = { 0 };
      g_auto(Run) run = { 0 };
      g_auto(Run) compare = { 0 };
      g_auto(Run) chart = { 0 };

      run_cli (&validate, "validate", path, NULL);
      assert_refused (&validate, "validate", &corpus[i]);
      run_cli (&run, "run", "--scenario", path, "--csv", csv, NULL);
      assert_refused (&run, "run --scenario", &corpus[i]);
      run_cli (&compare, "indicators", "--compare", path, NULL);
      assert_refused (&compare, "indicators --compare", &corpus[i]);
      run_cli (&chart, "chart", "zev-share-sales", "--compare", path, "-o", png, NULL);
      assert_refused (&chart, "chart --compare", &corpus[i]);
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));

      /* The same file in a dataset given with --dataset. */
      {
        g_autofree char *dataset = dataset_with ("states.json", corpus[i].name);
        g_auto(Run) with_dataset = { 0 };
        HostileFile as_dataset = { "states.json", corpus[i].what };

        run_cli (&with_dataset, "--dataset", dataset, "run", "--csv", csv, NULL);
        assert_refused (&with_dataset, "--dataset", &as_dataset);
        assert_contains (with_dataset.err, dataset);
        remove_tree (dataset);
      }
    }

  /* The 1 MB unknown id: quoted short, with no suggestion worked out. */
  {
    g_autofree char *path = g_build_filename (dir, "long-id.json", NULL);
    g_auto(Run) run = { 0 };

    run_cli (&run, "validate", path, NULL);
    assert_contains (run.err, "unknown lever");
    assert_contains (run.err, "…");
    g_assert_null (strstr (run.err, "did you mean"));
  }

  remove_tree (dir);
}

/* Outputs never replace an input, a folder, a FIFO or a read-only file;
 * through a link they write the file linked to. */
static void
test_outputs (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *scenario = write_temp (dir, "s.json", "{\"format\": \"puente-scenario\", \"version\": 1, \"levers\": {\"ldv.mx.target_share\": 0.6}}");
  g_autofree char *original = NULL;
  g_autofree char *fifo = g_build_filename (dir, "fifo.csv", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.csv", NULL);
  g_autofree char *readonly = write_temp (dir, "readonly.csv", "keep me\n");
  g_autofree char *target = write_temp (dir, "target.csv", "old\n");
  g_autofree char *linked = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *hardlink = g_build_filename (dir, "hard.json", NULL);
  g_autofree char *after = NULL;
  GStatBuf st;

  g_assert_true (g_file_get_contents (scenario, &original, NULL, NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (g_chmod (readonly, 0444), ==, 0);
  g_assert_cmpint (symlink ("target.csv", linked), ==, 0);
  g_assert_cmpint (link (scenario, hardlink), ==, 0);

  {
    /* The scenario given as the CSV to write: refused, scenario intact. */
    g_auto(Run) run = { 0 };
    g_auto(Run) hard = { 0 };
    g_auto(Run) chart = { 0 };

    run_cli (&run, "run", "--scenario", scenario, "--csv", scenario, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.err, "also an input");
    /* Under another name, the same file. */
    run_cli (&hard, "run", "--scenario", hardlink, "--csv", scenario, NULL);
    g_assert_cmpint (hard.status, ==, 1);
    run_cli (&chart, "chart", "zev-share-sales", "--compare", scenario, "--format", "csv", "-o", scenario, NULL);
    g_assert_cmpint (chart.status, ==, 1);
    assert_contains (chart.err, "also an input");
    g_assert_true (g_file_get_contents (scenario, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, original);
  }
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "run", "--csv", fifo, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.err, "a pipe (FIFO)");
    g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
    g_assert_true (S_ISFIFO (st.st_mode));
  }
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, "chart", "zev-share-sales", "--format", "svg", "-o", folder, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.err, "a folder");
    g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  }
  {
    /* Read-only: the command line refuses (the app asks first). */
    g_auto(Run) run = { 0 };
    g_autofree char *kept = NULL;

    run_cli (&run, "ensemble", "--runs", "5", "--csv", readonly, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.err, "read-only");
    g_assert_true (g_file_get_contents (readonly, &kept, NULL, NULL));
    g_assert_cmpstr (kept, ==, "keep me\n");
  }
  {
    /* Through a link: the link stays, the file it points to is written. */
    g_auto(Run) run = { 0 };
    g_autofree char *written = NULL;

    run_cli (&run, "run", "--csv", linked, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpint (g_lstat (linked, &st), ==, 0);
    g_assert_true (S_ISLNK (st.st_mode));
    g_assert_true (g_file_get_contents (target, &written, NULL, NULL));
    g_assert_true (g_str_has_prefix (written, "scenario,indicator,region,year,value,unit\n"));
  }

  remove_tree (dir);
}

/* Sizes and run counts that cannot be met fail at once and say why. */
static void
test_bounds (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *svg = g_build_filename (dir, "huge.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "huge.pdf", NULL);
  g_auto(Run) wide = { 0 };
  g_auto(Run) tall = { 0 };
  g_auto(Run) runs = { 0 };

  run_cli (&wide, "chart", "zev-share-sales", "-W", "1e12", "-o", svg, NULL);
  g_assert_cmpint (wide.status, ==, 1);
  assert_contains (wide.err, "Invalid size");
  g_assert_false (g_file_test (svg, G_FILE_TEST_EXISTS));
  run_cli (&tall, "chart", "zev-share-sales", "-H", "1e9mm", "-o", pdf, NULL);
  g_assert_cmpint (tall.status, ==, 1);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  /* A million runs of every series would need 65 GB: refused, not aborted. */
  run_cli (&runs, "ensemble", "--runs", "1000000", "--csv", "-", NULL);
  g_test_message ("%s", runs.err);
  g_assert_cmpint (runs.status, ==, 1);
  assert_contains (runs.err, "run at most");
  g_assert_cmpfloat (runs.seconds, <, HANG_SECONDS);

  remove_tree (dir);
}

/* "x:y.json" is a file in the current folder, not a URI. */
static void
test_colon_name (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = write_temp (dir, "x:y.json", "{\"format\": \"puente-scenario\", \"version\": 1, \"levers\": {}}");
  g_auto(Run) run = { 0 };

  run_cli_in (&run, dir, "validate", "x:y.json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "valid scenario");
  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  if (argc < 2 || argv[1][0] == '-')
    {
      g_printerr ("usage: %s PATH-TO-PUENTE-CLI [GTest options]\n", argv[0]);
      return 2;
    }
  /* Absolute: some tests run puente-cli in another folder. */
  cli_path = g_canonicalize_filename (argv[1], NULL);
  argv[1] = argv[0];
  argc--;
  argv++;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/hostile-inputs", test_hostile_inputs);
  g_test_add_func ("/cli/outputs", test_outputs);
  g_test_add_func ("/cli/bounds", test_bounds);
  g_test_add_func ("/cli/colon-name", test_colon_name);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/run/us-lmdv-2032", test_run_us_lmdv);
  g_test_add_func ("/cli/run/conservation", test_run_conservation);
  g_test_add_func ("/cli/run/scenario-file", test_run_scenario_file);
  g_test_add_func ("/cli/run/json", test_run_json);
  g_test_add_func ("/cli/levers", test_levers);
  g_test_add_func ("/cli/presets", test_presets);
  g_test_add_func ("/cli/indicators", test_indicators);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/unknown-preset", test_unknown_preset);
  g_test_add_func ("/cli/bench", test_bench);
  g_test_add_func ("/cli/lang/es", test_spanish);
  g_test_add_func ("/cli/lang/es-labels", test_spanish_labels);
  g_test_add_func ("/cli/lang/es-from-build-tree", test_spanish_from_build_tree);
  g_test_add_func ("/cli/lang/es-catalogue-missing", test_spanish_catalogue_missing);
  g_test_add_func ("/cli/flows/json", test_flows_json);
  g_test_add_func ("/cli/ensemble/csv", test_ensemble_csv);
  g_test_add_func ("/cli/bench/ensemble", test_bench_ensemble);
  g_test_add_func ("/cli/chart/us-units", test_chart_us_units);
  g_test_add_func ("/cli/chart/sankey-pdf", test_chart_sankey_pdf);
  g_test_add_func ("/cli/chart/sizes", test_chart_sizes);
  g_test_add_func ("/cli/chart/ensemble-csv", test_chart_ensemble_csv);
  g_test_add_func ("/cli/chart/wrong-region", test_chart_wrong_region);
  g_test_add_func ("/cli/check-model", test_check_model);
  g_test_add_func ("/cli/stations/summary-new-york", test_stations_summary_ny);
  g_test_add_func ("/cli/stations/summary-ocm", test_stations_summary_ocm);
  g_test_add_func ("/cli/stations/coverage", test_stations_coverage);
  g_test_add_func ("/cli/stations/compare", test_stations_compare);
  g_test_add_func ("/cli/stations/errors", test_stations_errors);

  return g_test_run ();
}
