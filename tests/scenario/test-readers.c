/* test-readers.c: every reader of the model refuses the hostile files
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scenario loader, the dataset loader (each of its files in turn) and
 * the shared JSON reader meet the corpus of test-hostile.h: a clear error
 * naming the file and what is wrong, and no crash or hang. The time each
 * refusal takes is reported; the 10 s bound only turns a hang into a
 * failure (the 1 s target is measured by bench-readers).
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "puente-dataset.h"
#include "puente-file.h"
#include "puente-deck.h"
#include "puente-scenario.h"
#include "test-hostile.h"

#define HANG_SECONDS 10.0

static char *corpus_dir;
static const HostileFile *corpus;
static guint n_corpus;

static void
check_error (const GError      *error,
             const HostileFile *file,
             const char        *path,
             double             seconds)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_assert_nonnull (error);
  g_test_message ("%s (%.3f s): %.200s", file->name, seconds, error->message);
  g_assert_cmpfloat (seconds, <, HANG_SECONDS);
  /* Says where... */
  g_assert_nonnull (strstr (error->message, file->name));
  /* ...and what, in a message a person can read in full. */
  if (file->what != NULL)
    g_assert_nonnull (strstr (error->message, file->what));
  g_assert_cmpuint (strlen (error->message), <, 1000);
}

static void
test_scenario_reader (void)
{
  for (guint i = 0; i < n_corpus; i++)
    {
      g_autofree char *path = g_build_filename (corpus_dir, corpus[i].name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PuenteScenario) scenario = NULL;
      gint64 start = g_get_monotonic_time ();

      scenario = puente_scenario_load_file (path, &error);
      g_assert_null (scenario);
      g_assert_true (error->domain == PUENTE_SCENARIO_ERROR);
      check_error (error, &corpus[i], path, (g_get_monotonic_time () - start) / 1e6);
    }
}

static void
test_deck_reader (void)
{
  for (guint i = 0; i < n_corpus; i++)
    {
      g_autofree char *path = g_build_filename (corpus_dir, corpus[i].name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PuenteDeck) deck = NULL;
      gint64 start = g_get_monotonic_time ();

      deck = puente_deck_load_file (path, &error);
      g_assert_null (deck);
      g_assert_true (error->domain == PUENTE_DECK_ERROR);
      check_error (error, &corpus[i], path, (g_get_monotonic_time () - start) / 1e6);
    }
}

/* The megabyte id: no suggestion computed from it, and only its start
 * quoted back. */
static void
test_long_id (void)
{
  g_autofree char *path = g_build_filename (corpus_dir, "long-id.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteScenario) scenario = puente_scenario_load_file (path, &error);

  g_assert_null (scenario);
  g_assert_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_UNKNOWN_LEVER);
  g_assert_nonnull (strstr (error->message, "unknown lever “ldv.us.target_shar"));
  g_assert_nonnull (strstr (error->message, "…"));
  g_assert_null (strstr (error->message, "did you mean"));
  g_assert_cmpuint (strlen (error->message), <, 300);
}

/* A copy of the fixture dataset with @file replaced by the hostile @name. */
static char *
dataset_with (const char *file,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("puente-readers-XXXXXX", &error);
  const char * const *names = puente_dataset_get_file_names (NULL);

  g_assert_no_error (error);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *dst = g_build_filename (dir, names[i], NULL);

      if (strcmp (names[i], file) == 0)
        hostile_file_make (name, dst);
      else
        {
          g_autofree char *src = g_build_filename (TEST_DATASET_DIR, names[i], NULL);
          g_autofree char *data = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (src, &data, &length, &error));
          g_assert_true (g_file_set_contents (dst, data, (gssize) length, &error));
        }
    }
  return dir;
}

static void
test_dataset_reader (void)
{
  const char * const *names = puente_dataset_get_file_names (NULL);

  for (guint f = 0; names[f] != NULL; f++)
    for (guint i = 0; i < n_corpus; i++)
      {
        g_autofree char *dir = dataset_with (names[f], corpus[i].name);
        g_autofree char *path = g_build_filename (dir, names[f], NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(PuenteDataset) dataset = NULL;
        gint64 start = g_get_monotonic_time ();
        HostileFile as_dataset = { names[f], corpus[i].what };

        dataset = puente_dataset_load_dir (dir, &error);
        g_assert_null (dataset);
        g_assert_true (error->domain == PUENTE_DATASET_ERROR);
        check_error (error, &as_dataset, path, (g_get_monotonic_time () - start) / 1e6);
        /* The whole path: --dataset DIR says which folder. */
        g_assert_nonnull (strstr (error->message, dir));
        hostile_remove_tree (dir);
      }
}

/* The shared reader itself, as decks and station importers will use it. */
static void
test_json_reader (void)
{
  for (guint i = 0; i < n_corpus; i++)
    {
      g_autofree char *path = g_build_filename (corpus_dir, corpus[i].name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonParser) parser = NULL;
      gint64 start = g_get_monotonic_time ();

      parser = puente_file_read_json (path, PUENTE_FILE_MAX_SIZE, &error);
      if (corpus[i].what == NULL)
        {
          /* Well-formed JSON: the reader accepts it, its user judges it. */
          g_assert_no_error (error);
          g_assert_nonnull (parser);
          continue;
        }
      g_assert_null (parser);
      g_assert_true (error->domain == PUENTE_FILE_ERROR);
      check_error (error, &corpus[i], path, (g_get_monotonic_time () - start) / 1e6);
    }
}

/* Sizes: the limit counts bytes read, whatever the file reports. */
static void
test_size_limit (void)
{
  g_autofree char *path = g_build_filename (corpus_dir, "exact.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *data = g_malloc (1000);

  memset (data, 'x', 1000);
  g_assert_true (g_file_set_contents (path, data, 1000, &error));
  bytes = puente_file_read (path, 1000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 1000);
  /* NUL-terminated past the end, for parsers that want it. */
  g_assert_cmpint (((const char *) g_bytes_get_data (bytes, NULL))[1000], ==, '\0');
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = puente_file_read (path, 999, &error);
  g_assert_null (bytes);
  g_assert_error (error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* /proc files say they are empty. */
  bytes = puente_file_read ("/proc/self/status", PUENTE_FILE_MAX_SIZE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
  g_unlink (path);
}

/* What the pre-scan lets through and what it stops. */
static void
test_json_check (void)
{
  static const struct
  {
    const char *json;
    int         code;   /* -1: accepted */
  } cases[] = {
    { "[9223372036854775807, -9223372036854775808]", -1 },
    { "[9223372036854775808]", PUENTE_FILE_ERROR_NUMBER },
    { "[-9223372036854775809]", PUENTE_FILE_ERROR_NUMBER },
    { "[00000000000000000000001]", -1 },
    { "[1e999, 123456789012345678901234567890.5]", -1 },
    { "[\"9223372036854775808\"]", -1 },
    { "[\"\\\\u0000\"]", -1 },
    { "[\"a\\u0000b\"]", PUENTE_FILE_ERROR_NOT_TEXT },
    { "{\"a\": 1, \"b\": {\"a\": 2}}", -1 },
    { "{\"a\": 1, \"a\": 2}", PUENTE_FILE_ERROR_DUPLICATE_KEY },
    { "[\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"]", -1 },
    { "", PUENTE_FILE_ERROR_SYNTAX },
    { "[1,", PUENTE_FILE_ERROR_SYNTAX },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonParser) parser = puente_json_parse (cases[i].json, strlen (cases[i].json), "t.json", &error);

      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_nonnull (json_parser_get_root (parser));
        }
      else
        {
          g_assert_error (error, PUENTE_FILE_ERROR, cases[i].code);
          g_assert_true (g_str_has_prefix (error->message, "t.json"));
        }
    }

  /* Depth: 64 levels are fine, 65 are not. */
  {
    g_autofree char *ok = hostile_deep_json (PUENTE_JSON_MAX_DEPTH);
    g_autofree char *deep = hostile_deep_json (PUENTE_JSON_MAX_DEPTH + 1);
    g_autoptr(GError) error = NULL;

    g_assert_true (puente_json_check (ok, strlen (ok), "t.json", &error));
    g_assert_false (puente_json_check (deep, strlen (deep), "t.json", &error));
    g_assert_error (error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_TOO_DEEP);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  corpus_dir = g_dir_make_tmp ("puente-hostile-XXXXXX", &error);
  g_assert_no_error (error);
  corpus = hostile_corpus_make (corpus_dir, &n_corpus);

  g_test_add_func ("/model/readers/scenario", test_scenario_reader);
  g_test_add_func ("/model/readers/deck", test_deck_reader);
  g_test_add_func ("/model/readers/long-id", test_long_id);
  g_test_add_func ("/model/readers/dataset", test_dataset_reader);
  g_test_add_func ("/model/readers/json", test_json_reader);
  g_test_add_func ("/model/readers/size-limit", test_size_limit);
  g_test_add_func ("/model/readers/json-check", test_json_check);

  status = g_test_run ();
  hostile_remove_tree (corpus_dir);
  g_free (corpus_dir);
  return status;
}
