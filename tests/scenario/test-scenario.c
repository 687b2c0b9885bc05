/* test-scenario.c: scenario files, presets, validation and atomic saving
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "puente-dataset.h"
#include "puente-levers.h"
#include "puente-scenario.h"
#include "test-hostile.h"

/* ------------------------------------------------------------------------ */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("puente-scenario-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  hostile_remove_tree (path);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Loads @json and checks it fails with @code and a message holding every
 * NULL-terminated fragment. */
static void
assert_load_error (const char          *json,
                   PuenteScenarioError  code,
                   ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteScenario) scenario = NULL;
  const char *fragment;
  va_list args;

  scenario = puente_scenario_load_data (json, -1, "test.json", &error);
  g_assert_null (scenario);
  g_assert_error (error, PUENTE_SCENARIO_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "test.json"));

  va_start (args, code);
  while ((fragment = va_arg (args, const char *)) != NULL)
    {
      if (strstr (error->message, fragment) == NULL)
        g_error ("“%s” not in the message “%s”", fragment, error->message);
    }
  va_end (args);
}

#define HEAD "{\"format\": \"puente-scenario\", \"version\": 1, "

/* ------------------------------------------------------------------------ */

static void
test_round_trip (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "s.json", NULL);
  g_autoptr(PuenteScenario) scenario = puente_scenario_new ();
  g_autoptr(PuenteScenario) loaded = NULL;
  g_autoptr(PuenteScenario) copy = NULL;
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data1 = NULL;
  g_autofree char *data2 = NULL;

  puente_scenario_set_id (scenario, "my-test");
  puente_scenario_set_name (scenario, PUENTE_LANG_EN, "Fast \"push\"\n");
  puente_scenario_set_name (scenario, PUENTE_LANG_ES, "Impulso rápido");
  puente_scenario_set_description (scenario, PUENTE_LANG_EN, "Tab\there, backslash \\ and ünïcode");
  g_assert_true (puente_scenario_set_lever (scenario, "ldv.us.target_share", 0.68, &error));
  g_assert_true (puente_scenario_set_lever (scenario, "ldv.us.bev_share_of_zev", 0.56 / 0.68, &error));
  g_assert_true (puente_scenario_set_lever (scenario, "ldv.us.target_year", 2032, &error));
  g_assert_true (puente_scenario_set_lever (scenario, "ldv.us.sales_growth", -0.01, &error));
  g_assert_no_error (error);

  g_assert_true (puente_scenario_save_file (scenario, path, &error));
  g_assert_no_error (error);

  loaded = puente_scenario_load_file (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  a = puente_scenario_list_set_levers (scenario);
  b = puente_scenario_list_set_levers (loaded);
  g_assert_cmpuint (a->len, ==, 4);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const char *id = g_ptr_array_index (a, i);

      g_assert_cmpstr (id, ==, g_ptr_array_index (b, i));
      /* Exactly the same double, not approximately. */
      g_assert_true (puente_scenario_get_lever (scenario, id, NULL) ==
                     puente_scenario_get_lever (loaded, id, NULL));
    }
  g_assert_cmpstr (puente_scenario_get_id (loaded), ==, "my-test");
  g_assert_cmpstr (puente_scenario_get_name (loaded, PUENTE_LANG_EN), ==, "Fast \"push\"\n");
  g_assert_cmpstr (puente_scenario_get_name (loaded, PUENTE_LANG_ES), ==, "Impulso rápido");
  g_assert_cmpstr (puente_scenario_get_description (loaded, PUENTE_LANG_EN), ==,
                   "Tab\there, backslash \\ and ünïcode");
  /* No Spanish description: falls back to English. */
  g_assert_cmpstr (puente_scenario_get_description (loaded, PUENTE_LANG_ES), ==,
                   "Tab\there, backslash \\ and ünïcode");

  data1 = puente_scenario_to_data (scenario, NULL);
  data2 = puente_scenario_to_data (loaded, NULL);
  g_assert_cmpstr (data1, ==, data2);
  /* People read these files: no 0.68000000000000005. */
  g_assert_nonnull (strstr (data1, "\"ldv.us.target_share\": 0.68"));
  g_assert_nonnull (strstr (data1, "\"ldv.us.target_year\": 2032"));

  copy = puente_scenario_copy (loaded);
  g_free (data2);
  data2 = puente_scenario_to_data (copy, NULL);
  g_assert_cmpstr (data1, ==, data2);

  remove_tree (dir);
}

static void
test_inheritance (void)
{
  g_autoptr(PuenteScenario) scenario = puente_scenario_new ();
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *baseline = g_new0 (double, puente_levers_get_n ());
  g_autofree double *values = g_new0 (double, puente_levers_get_n ());
  int target = puente_levers_find ("ldv.mx.target_share");

  dataset = puente_dataset_load_default (&error);
  g_assert_no_error (error);

  g_assert_true (puente_scenario_set_lever (scenario, "ldv.mx.target_share", 0.5, &error));
  g_assert_true (puente_scenario_is_set (scenario, "ldv.mx.target_share"));
  g_assert_false (puente_scenario_is_set (scenario, "ldv.us.target_share"));

  puente_levers_fill_baseline (dataset, baseline);
  puente_scenario_fill_values (scenario, dataset, values);
  for (guint i = 0; i < puente_levers_get_n (); i++)
    {
      if ((int) i == target)
        g_assert_cmpfloat (values[i], ==, 0.5);
      else
        g_assert_cmpfloat (values[i], ==, baseline[i]);
    }
  g_assert_cmpfloat (puente_scenario_get_lever (scenario, "ldv.us.target_share", dataset), ==,
                     baseline[puente_levers_find ("ldv.us.target_share")]);

  puente_scenario_unset_lever (scenario, "ldv.mx.target_share");
  g_assert_false (puente_scenario_is_set (scenario, "ldv.mx.target_share"));
  puente_scenario_fill_values (scenario, dataset, values);
  g_assert_cmpmem (values, sizeof (double) * puente_levers_get_n (),
                   baseline, sizeof (double) * puente_levers_get_n ());
}

static void
test_set_lever_errors (void)
{
  g_autoptr(PuenteScenario) scenario = puente_scenario_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (puente_scenario_set_lever (scenario, "ldv.us.target_shar", 0.5, &error));
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_UNKNOWN_LEVER);
  g_assert_nonnull (strstr (error->message, "ldv.us.target_share"));
  g_clear_error (&error);

  g_assert_false (puente_scenario_set_lever (scenario, "ldv.us.target_share", 1.5, &error));
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  g_assert_false (puente_scenario_set_lever (scenario, "ldv.us.target_share", NAN, &error));
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  g_assert_false (puente_scenario_set_lever (scenario, "ldv.us.target_year", 2032.5, &error));
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_WRONG_TYPE);
  g_clear_error (&error);

  g_assert_false (puente_scenario_is_set (scenario, "ldv.us.target_share"));
  g_assert_false (puente_scenario_is_set (scenario, "ldv.us.target_year"));
}

static void
test_errors (void)
{
  /* Unknown lever, with the closest id suggested. */
  assert_load_error (HEAD "\"levers\": {\"ldv.us.target_shar\": 0.5}}",
                     PUENTE_SCENARIO_ERROR_UNKNOWN_LEVER,
                     "“ldv.us.target_shar”", "“ldv.us.target_share”", NULL);
  /* Wrong type: a string where a number is expected, naming the lever. */
  assert_load_error (HEAD "\"levers\": {\"ldv.us.target_share\": \"0.5\"}}",
                     PUENTE_SCENARIO_ERROR_WRONG_TYPE,
                     "ldv.us.target_share", "must be a number", "0.5", NULL);
  assert_load_error (HEAD "\"levers\": {\"ldv.us.target_share\": true}}",
                     PUENTE_SCENARIO_ERROR_WRONG_TYPE, "ldv.us.target_share", NULL);
  assert_load_error (HEAD "\"levers\": {\"ldv.us.target_share\": null}}",
                     PUENTE_SCENARIO_ERROR_WRONG_TYPE, "ldv.us.target_share", NULL);
  assert_load_error (HEAD "\"levers\": {\"ldv.us.target_year\": 2032.5}}",
                     PUENTE_SCENARIO_ERROR_WRONG_TYPE, "whole number", NULL);
  assert_load_error (HEAD "\"levers\": [1, 2]}",
                     PUENTE_SCENARIO_ERROR_WRONG_TYPE, "levers", NULL);
  assert_load_error (HEAD "\"name\": \"plain\"}",
                     PUENTE_SCENARIO_ERROR_WRONG_TYPE, "name", NULL);
  assert_load_error (HEAD "\"name\": {\"en\": 3}}",
                     PUENTE_SCENARIO_ERROR_WRONG_TYPE, "name.en", NULL);
  assert_load_error (HEAD "\"sources\": [\"a\", 2]}",
                     PUENTE_SCENARIO_ERROR_WRONG_TYPE, "sources", NULL);
  /* Out of range, giving the range. */
  assert_load_error (HEAD "\"levers\": {\"ldv.us.target_share\": 1.5}}",
                     PUENTE_SCENARIO_ERROR_OUT_OF_RANGE,
                     "ldv.us.target_share", "1.5", "from 0 to 1", NULL);
  assert_load_error (HEAD "\"levers\": {\"ldv.us.target_share\": -1e999}}",
                     PUENTE_SCENARIO_ERROR_OUT_OF_RANGE, "ldv.us.target_share", NULL);
  assert_load_error (HEAD "\"levers\": {\"ldv.used_min_age\": 9, \"ldv.used_max_age\": 8}}",
                     PUENTE_SCENARIO_ERROR_OUT_OF_RANGE, "ldv.used_min_age", NULL);
  /* Malformed JSON, with line and column. */
  assert_load_error ("{\n  \"format\": \"puente-scenario\",\n  \"version\": 1\n  \"levers\": {}\n}\n",
                     PUENTE_SCENARIO_ERROR_MALFORMED, "line 3", "column", NULL);
  assert_load_error ("{\"format\": \"puente-scenario\", \"version\": 1, \"levers\": {\"a\": 1, \"a\": 2}}",
                     PUENTE_SCENARIO_ERROR_MALFORMED, "“a”", "twice", NULL);
  assert_load_error ("{\"format\": \"puente-scenario\xff\"}",
                     PUENTE_SCENARIO_ERROR_MALFORMED, "UTF-8", NULL);
  /* Unknown format, missing format, not an object. */
  assert_load_error ("{\"format\": \"geojson\", \"version\": 1}",
                     PUENTE_SCENARIO_ERROR_FORMAT, "geojson", "puente-scenario", NULL);
  assert_load_error ("{\"version\": 1}", PUENTE_SCENARIO_ERROR_FORMAT, "format", NULL);
  assert_load_error ("[1, 2, 3]", PUENTE_SCENARIO_ERROR_FORMAT, "puente-scenario", NULL);
  assert_load_error ("", PUENTE_SCENARIO_ERROR_MALFORMED, "empty", NULL);
  assert_load_error ("{\"format\": \"puente-scenario\"}", PUENTE_SCENARIO_ERROR_FORMAT,
                     "version", NULL);
  /* An unknown top-level key is never silently ignored. */
  assert_load_error (HEAD "\"lever\": {\"ldv.us.target_share\": 0.5}}",
                     PUENTE_SCENARIO_ERROR_FORMAT, "“lever”", "levers", NULL);
  assert_load_error (HEAD "\"name\": {\"fr\": \"Nom\"}}",
                     PUENTE_SCENARIO_ERROR_FORMAT, "“fr”", NULL);
  assert_load_error (HEAD "\"date\": \"2025-02-30\"}",
                     PUENTE_SCENARIO_ERROR_FORMAT, "2025-02-30", NULL);
  /* Newer version: reported before anything a newer version may add. */
  assert_load_error ("{\"format\": \"puente-scenario\", \"version\": 3, \"new\": {}}",
                     PUENTE_SCENARIO_ERROR_VERSION, "version 3", "version 2", NULL);
  assert_load_error ("{\"format\": \"puente-scenario\", \"version\": 0}",
                     PUENTE_SCENARIO_ERROR_FORMAT, "version 0", NULL);
}

static void
test_file_errors (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new (HEAD "\"levers\": {}");
  gboolean ok;

  scenario = puente_scenario_load_file (missing, &error);
  g_assert_null (scenario);
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  scenario = puente_scenario_load_file (dir, &error);
  g_assert_null (scenario);
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Valid JSON, but over 10 MiB: refused after reading 10 MiB + 1 byte. */
  while (data->len <= PUENTE_SCENARIO_MAX_FILE_SIZE)
    g_string_append (data, "                                                                ");
  g_string_append (data, "}");
  ok = g_file_set_contents (big, data->str, (gssize) data->len, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  scenario = puente_scenario_load_file (big, &error);
  g_assert_null (scenario);
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  /* g_format_size puts a no-break space before the unit. */
  g_assert_nonnull (strstr (error->message, "larger than 10.0"));
  g_assert_nonnull (strstr (error->message, "MiB"));
  g_clear_error (&error);

  scenario = puente_scenario_load_data (data->str, (gssize) data->len, "big", &error);
  g_assert_null (scenario);
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_TOO_LARGE);

  remove_tree (dir);
}

static void
test_save_backup (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "s.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(PuenteScenario) first = puente_scenario_new ();
  g_autoptr(PuenteScenario) second = puente_scenario_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first_data = NULL;
  g_autofree char *second_data = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *on_disk_backup = NULL;
  GDir *d;
  const char *name;
  guint n_files = 0;

  g_assert_true (puente_scenario_set_lever (first, "ldv.us.target_share", 0.4, &error));
  g_assert_true (puente_scenario_set_lever (second, "ldv.us.target_share", 0.9, &error));
  first_data = puente_scenario_to_data (first, NULL);
  second_data = puente_scenario_to_data (second, NULL);

  g_assert_true (puente_scenario_save_file (first, path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_assert_true (puente_scenario_save_file (second, path, &error));
  g_assert_no_error (error);
  on_disk = read_file (path);
  on_disk_backup = read_file (backup);
  g_assert_cmpstr (on_disk, ==, second_data);
  g_assert_cmpstr (on_disk_backup, ==, first_data);

  /* No temporary files left behind. */
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    n_files++;
  g_dir_close (d);
  g_assert_cmpuint (n_files, ==, 2);

  remove_tree (dir);
}

static void
test_save_failure_keeps_previous (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "s.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *blocker = g_build_filename (backup, "keep", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no", "such", "dir", "s.json", NULL);
  g_autoptr(PuenteScenario) first = puente_scenario_new ();
  g_autoptr(PuenteScenario) second = puente_scenario_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first_data = NULL;
  g_autofree char *on_disk = NULL;

  g_assert_true (puente_scenario_set_lever (first, "ldv.us.target_share", 0.4, &error));
  g_assert_true (puente_scenario_set_lever (second, "ldv.us.target_share", 0.9, &error));
  first_data = puente_scenario_to_data (first, NULL);
  g_assert_true (puente_scenario_save_file (first, path, &error));
  g_assert_no_error (error);

  /* The backup cannot be made (a non-empty folder is in the way): the save
   * fails before touching the file. Works as root too. */
  g_assert_cmpint (g_mkdir (backup, 0755), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
  g_assert_false (puente_scenario_save_file (second, path, &error));
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  on_disk = read_file (path);
  g_assert_cmpstr (on_disk, ==, first_data);
  remove_tree (backup);

  /* A folder that does not exist. */
  g_assert_false (puente_scenario_save_file (second, nowhere, &error));
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_WRITE);
  g_clear_error (&error);

  /* A read-only folder (permissions do not bind root). */
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      g_assert_false (puente_scenario_save_file (second, path, &error));
      g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_WRITE);
      g_clear_error (&error);
      g_free (on_disk);
      on_disk = read_file (path);
      g_assert_cmpstr (on_disk, ==, first_data);
      g_chmod (dir, 0755);
    }

  remove_tree (dir);
}

static void
test_presets (void)
{
  static const char * const expected[] = {
    "baseline", "us-lmdv-2032", "ca-acc2-2035", "mx-electromobility",
    "used-import-standards", NULL
  };
  const char **presets;
  guint n = 0;

  presets = puente_scenario_list_presets (&n);
  g_assert_cmpuint (n, >=, g_strv_length ((char **) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_true (g_strv_contains (presets, expected[i]));
  g_assert_cmpstr (presets[0], ==, "baseline");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PuenteScenario) scenario = puente_scenario_load_preset (presets[i], &error);
      const char **sources;

      g_assert_no_error (error);
      g_assert_cmpstr (puente_scenario_get_id (scenario), ==, presets[i]);
      /* Bilingual, sourced, with a status. A missing Spanish text falls
       * back to the English one, so the Spanish must differ to exist. */
      g_assert_nonnull (puente_scenario_get_name (scenario, PUENTE_LANG_EN));
      g_assert_nonnull (puente_scenario_get_description (scenario, PUENTE_LANG_EN));
      g_assert_nonnull (puente_scenario_get_status (scenario, PUENTE_LANG_EN));
      g_assert_cmpstr (puente_scenario_get_name (scenario, PUENTE_LANG_EN), !=,
                       puente_scenario_get_name (scenario, PUENTE_LANG_ES));
      g_assert_cmpstr (puente_scenario_get_description (scenario, PUENTE_LANG_EN), !=,
                       puente_scenario_get_description (scenario, PUENTE_LANG_ES));
      g_assert_cmpstr (puente_scenario_get_status (scenario, PUENTE_LANG_EN), !=,
                       puente_scenario_get_status (scenario, PUENTE_LANG_ES));
      sources = puente_scenario_get_sources (scenario);
      g_assert_nonnull (sources);
      g_assert_nonnull (sources[0]);
    }

  {
    g_autoptr(PuenteScenario) us = puente_scenario_load_preset ("us-lmdv-2032", NULL);
    g_autoptr(PuenteScenario) ca = puente_scenario_load_preset ("ca-acc2-2035", NULL);
    g_autoptr(PuenteScenario) base = puente_scenario_load_preset ("baseline", NULL);
    g_autoptr(GPtrArray) none = puente_scenario_list_set_levers (base);

    g_assert_cmpuint (none->len, ==, 0);
    /* The legal texts year by year: the rule tables of rules.json. */
    g_assert_cmpfloat (puente_scenario_get_lever (us, "ldv.us.rule", NULL), ==, 1);
    g_assert_cmpfloat_with_epsilon (0.69 * puente_scenario_get_lever (us, "ldv.us.bev_share_of_zev", NULL),
                                    0.56, 1e-12);
    g_assert_cmpfloat (puente_scenario_get_lever (ca, "ldv.ca.rule", NULL), ==, 1);
    /* Later events are in the descriptions. */
    g_assert_nonnull (strstr (puente_scenario_get_description (us, PUENTE_LANG_EN), "2026"));
    g_assert_nonnull (strstr (puente_scenario_get_description (ca, PUENTE_LANG_EN), "Congressional Review Act"));
  }
}

static void
test_unknown_preset (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteScenario) scenario = puente_scenario_load_preset ("us-lmdv-2023", &error);

  g_assert_null (scenario);
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_UNKNOWN_PRESET);
  g_assert_nonnull (strstr (error->message, "us-lmdv-2032"));
}

/* Saving through a link writes the file linked to, and a read-only file
 * is replaced only when the caller says the user agreed. */
static void
test_save_special_targets (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "real.json", NULL);
  g_autofree char *linked = g_build_filename (dir, "link.json", NULL);
  g_autofree char *readonly = g_build_filename (dir, "locked.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autoptr(PuenteScenario) scenario = puente_scenario_new ();
  g_autoptr(PuenteScenario) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GStatBuf st;

  g_assert_true (puente_scenario_set_lever (scenario, "ldv.mx.target_share", 0.7, &error));

  g_assert_true (g_file_set_contents (target, "{}", -1, NULL));
  g_assert_cmpint (symlink ("real.json", linked), ==, 0);
  g_assert_true (puente_scenario_save_file (scenario, linked, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (linked, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  loaded = puente_scenario_load_file (target, &error);
  g_assert_no_error (error);
  g_assert_true (puente_scenario_is_set (loaded, "ldv.mx.target_share"));

  g_assert_true (g_file_set_contents (readonly, "{\"read\": \"only\"}", -1, NULL));
  g_assert_cmpint (g_chmod (readonly, 0444), ==, 0);
  g_assert_true (g_file_get_contents (readonly, &before, NULL, NULL));
  g_assert_false (puente_scenario_save_file (scenario, readonly, &error));
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (readonly, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  /* The user said yes: replaced, and still read-only. */
  g_assert_true (puente_scenario_save_file_full (scenario, readonly, PUENTE_FILE_WRITE_REPLACE_READ_ONLY, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (readonly, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "ldv.mx.target_share"));
  g_assert_cmpint (g_stat (readonly, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0444);

  /* A FIFO is never replaced by a regular file. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (puente_scenario_save_file (scenario, fifo, &error));
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_WRITE);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  remove_tree (dir);
}

/* A file from Puente 0.1 that sets the replaced supply.nearshoring lever
 * still opens, with its share read as the nearest level of
 * supply.plant_statuses, and saves under the new id; out of range, it is
 * refused with both ids named. */
static void
test_replaced_lever (void)
{
  static const struct { const char *share; double level; } cases[] = {
    { "0", 1 }, { "0.2", 1 }, { "0.5", 2 }, { "0.8", 3 }, { "1", 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"format\": \"puente-scenario\", \"version\": 1, "
                                               "\"levers\": {\"supply.nearshoring\": %s}}", cases[i].share);
      g_autoptr(GError) error = NULL;
      g_autoptr(PuenteScenario) scenario = puente_scenario_load_data (json, -1, "old.json", &error);
      g_autofree char *saved = NULL;
      gsize length;

      g_assert_no_error (error);
      g_assert_true (puente_scenario_is_set (scenario, "supply.plant_statuses"));
      g_assert_cmpfloat (puente_scenario_get_lever (scenario, "supply.plant_statuses", NULL), ==, cases[i].level);
      saved = puente_scenario_to_data (scenario, &length);
      g_assert_nonnull (strstr (saved, "supply.plant_statuses"));
      g_assert_null (strstr (saved, "supply.nearshoring"));
    }

  /* The new id, when the file also sets it, wins. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PuenteScenario) scenario =
      puente_scenario_load_data ("{\"format\": \"puente-scenario\", \"version\": 1, \"levers\": "
                                 "{\"supply.nearshoring\": 1, \"supply.plant_statuses\": 0}}",
                                 -1, "both.json", &error);

    g_assert_no_error (error);
    g_assert_cmpfloat (puente_scenario_get_lever (scenario, "supply.plant_statuses", NULL), ==, 0);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PuenteScenario) scenario =
      puente_scenario_load_data ("{\"format\": \"puente-scenario\", \"version\": 1, \"levers\": "
                                 "{\"supply.nearshoring\": 1.5}}", -1, "bad.json", &error);

    g_assert_null (scenario);
    g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_OUT_OF_RANGE);
    g_assert_nonnull (strstr (error->message, "supply.nearshoring"));
    g_assert_nonnull (strstr (error->message, "supply.plant_statuses"));
  }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/scenario/round-trip", test_round_trip);
  g_test_add_func ("/model/scenario/inheritance", test_inheritance);
  g_test_add_func ("/model/scenario/set-lever-errors", test_set_lever_errors);
  g_test_add_func ("/model/scenario/errors", test_errors);
  g_test_add_func ("/model/scenario/replaced-lever", test_replaced_lever);
  g_test_add_func ("/model/scenario/file-errors", test_file_errors);
  g_test_add_func ("/model/scenario/save/backup", test_save_backup);
  g_test_add_func ("/model/scenario/save/failure-keeps-previous", test_save_failure_keeps_previous);
  g_test_add_func ("/model/scenario/presets", test_presets);
  g_test_add_func ("/model/scenario/unknown-preset", test_unknown_preset);

  g_test_add_func ("/model/scenario/save-special-targets", test_save_special_targets);

  return g_test_run ();
}
