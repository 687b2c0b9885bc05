/* bench-readers.c: how long each reader takes to refuse a hostile file
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The target (issue 12): a clear error in under a second, for every
 * reader and every file of the hostile corpus. Prints the median and the
 * slowest of N tries (default 20) per reader and file, in milliseconds;
 * fails when one is over a second. `meson test -C _build --benchmark
 * readers`, or run it with a count.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "puente-dataset-private.h"
#include "puente-file.h"
#include "puente-deck.h"
#include "puente-scenario.h"
#include "test-hostile.h"

typedef gboolean (*ReadFunc) (const char *path, const char *dataset_dir);

static gboolean
read_scenario (const char *path,
               const char *dataset_dir)
{
  g_autoptr(PuenteScenario) scenario = puente_scenario_load_file (path, NULL);

  return scenario != NULL;
}

static gboolean
read_deck (const char *path,
           const char *dataset_dir)
{
  g_autoptr(PuenteDeck) deck = puente_deck_load_file (path, NULL);

  return deck != NULL;
}

static gboolean
read_json (const char *path,
           const char *dataset_dir)
{
  g_autoptr(JsonParser) parser = puente_file_read_json (path, PUENTE_FILE_MAX_SIZE, NULL);

  return parser != NULL;
}

static gboolean
read_dataset (const char *path,
              const char *dataset_dir)
{
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_dir (dataset_dir, NULL);

  return dataset != NULL;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* A dataset folder: the fixture, with states.json the hostile @name. */
static char *
dataset_with (const char *name)
{
  char *dir = g_dir_make_tmp ("puente-bench-XXXXXX", NULL);
  const char * const *files = puente_dataset_get_file_names (NULL);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *dst = g_build_filename (dir, files[i], NULL);
      g_autofree char *src = g_build_filename (TEST_DATASET_DIR, files[i], NULL);
      g_autofree char *data = NULL;
      gsize length;

      if (strcmp (files[i], "states.json") == 0)
        hostile_file_make (name, dst);
      else if (g_file_get_contents (src, &data, &length, NULL))
        g_file_set_contents (dst, data, (gssize) length, NULL);
    }
  return dir;
}

int
main (int   argc,
      char *argv[])
{
  static const struct
  {
    const char *name;
    ReadFunc    read;
  } readers[] = {
    { "scenario file", read_scenario },
    { "deck file", read_deck },
    { "dataset folder", read_dataset },
    { "JSON reader", read_json },
  };
  int tries = argc > 1 ? atoi (argv[1]) : 20;
  g_autofree char *dir = g_dir_make_tmp ("puente-bench-XXXXXX", NULL);
  g_autofree double *times = g_new (double, MAX (tries, 1));
  const HostileFile *corpus;
  double worst = 0;
  guint n;

  corpus = hostile_corpus_make (dir, &n);
  g_print ("%-16s %-18s %10s %10s\n", "reader", "file", "median ms", "max ms");
  for (guint r = 0; r < G_N_ELEMENTS (readers); r++)
    for (guint i = 0; i < n; i++)
      {
        g_autofree char *path = g_build_filename (dir, corpus[i].name, NULL);
        g_autofree char *dataset = dataset_with (corpus[i].name);

        for (int t = 0; t < tries; t++)
          {
            gint64 start = g_get_monotonic_time ();

            if (readers[r].read (path, dataset) && corpus[i].what != NULL)
              {
                g_printerr ("%s accepted %s\n", readers[r].name, corpus[i].name);
                return 1;
              }
            times[t] = (g_get_monotonic_time () - start) / 1000.0;
          }
        qsort (times, (gsize) tries, sizeof (double), compare_doubles);
        g_print ("%-16s %-18s %10.2f %10.2f\n", readers[r].name, corpus[i].name,
                 times[tries / 2], times[tries - 1]);
        worst = MAX (worst, times[tries - 1]);
        hostile_remove_tree (dataset);
      }

  hostile_remove_tree (dir);
  g_print ("slowest refusal: %.2f ms (target: under 1000 ms)\n", worst);
  return worst < 1000 ? 0 : 1;
}
