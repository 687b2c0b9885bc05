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

static const char *cli_path;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs puente-cli with the NULL-terminated arguments. */
static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (gpointer) cli_path);
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_newv ((const char * const *) args->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
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

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
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
    "levers", "presets", "run", "indicators", "validate", "bench", "help", NULL
  };
  const char *forms[] = { "--help", "help", "-h" };

  for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, forms[f], NULL);
      g_assert_cmpint (run.status, ==, 0);
      for (guint i = 0; commands[i] != NULL; i++)
        assert_contains (run.out, commands[i]);
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

  /* EPA's central pathway: about 56 % BEV and 68 % plug-in in 2032. */
  bev = csv_get (csv, "ldv.bev_share_sales", "US", 2032);
  zev = csv_get (csv, "ldv.zev_share_sales", "US", 2032);
  g_test_message ("US 2032: BEV %.4f, ZEV %.4f", bev, zev);
  g_assert_cmpfloat_with_epsilon (bev, 0.56, 0.005);
  g_assert_cmpfloat_with_epsilon (zev, 0.68, 0.005);
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
  assert_contains (text.out, "ldv.us.target_share = 0.68");

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
          g_assert_cmpfloat_with_epsilon (b, 0.68, 0.005);
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
    assert_contains (run.err, "at most 10.0");
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

/* The same error in Spanish, once po/es.po translates it. */
static void
test_spanish (void)
{
  const char *msgid = "no such file; check the name and the folder";
  const char *source_dir = g_getenv ("PUENTE_SOURCE_DIR");
  g_autofree char *po_path = NULL;
  g_autofree char *po = NULL;
  g_autofree char *quoted = g_strdup_printf ("msgid \"%s\"", msgid);
  const char *translated = NULL;
  g_auto(Run) en = { 0 };
  g_auto(Run) es = { 0 };
  g_auto(Run) help = { 0 };

  run_cli (&en, "--lang", "en", "validate", "/nonexistent/x.json", NULL);
  g_assert_cmpint (en.status, ==, 1);
  assert_contains (en.err, msgid);

  if (source_dir == NULL)
    {
      g_test_skip ("PUENTE_SOURCE_DIR is not set");
      return;
    }
  po_path = g_build_filename (source_dir, "po", "es.po", NULL);
  /* Translated: the msgid is followed by a non-empty msgstr. */
  if (!g_file_get_contents (po_path, &po, NULL, NULL) ||
      (translated = strstr (po, quoted)) == NULL ||
      (translated = strstr (translated, "\nmsgstr \"")) == NULL ||
      g_str_has_prefix (translated, "\nmsgstr \"\"\n"))
    {
      g_test_skip ("po/es.po does not translate the puente-cli messages yet");
      return;
    }

  /* Global options work after the command too. */
  run_cli (&es, "validate", "/nonexistent/x.json", "--lang", "es", NULL);
  g_assert_cmpint (es.status, ==, 1);
  assert_contains (es.err, "/nonexistent/x.json");
  g_assert_null (strstr (es.err, msgid));
  g_assert_cmpstr (en.err, !=, es.err);

  run_cli (&help, "--lang=es", "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_null (strstr (help.out, "Commands:"));
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
  cli_path = argv[1];
  argv[1] = argv[0];
  argc--;
  argv++;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
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

  return g_test_run ();
}
