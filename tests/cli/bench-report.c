/* bench-report.c: how long a 20-slide report takes to print
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `meson test -C _build --benchmark report`. The example deck's five
 * slides (overview, chart, map A | B, map B − A, supply chain) four times
 * over, printed to PDF in English and in both languages side by side,
 * each run from the deck (every scenario run, every figure drawn).
 * Prints the median and worst of the runs, in wall-clock time and in the
 * processor time the process used; fails when the median processor time
 * of a 20-slide report exceeds the target, 2 s. (The wall-clock time is
 * the same on an idle machine; on the shared build machines, where other
 * jobs take the processors, it is not a measure of this code.) Maps cost
 * the most: their vector basemap is most of the PDF's bytes, and writing
 * and compressing them most of the time.
 */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "puente-dataset.h"
#include "puente-deck.h"
#include "puente-report.h"

#define TARGET_SECONDS 2.0

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  int tries = argc > 1 ? atoi (argv[1]) : 5;
  g_autofree char *path = g_build_filename (g_getenv ("PUENTE_SOURCE_DIR"), "data", "decks", "example.puente-deck",
                                            NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDeck) example = puente_deck_load_file (path, &error);
  g_autoptr(PuenteDeck) deck = puente_deck_new ();
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);
  const PuenteLang langs[] = { PUENTE_LANG_EN, PUENTE_LANG_BOTH };
  gboolean ok = TRUE;

  g_assert_no_error (error);
  puente_i18n_init (NULL);
  for (guint copy = 0; copy < 4; copy++)
    for (guint i = 0; i < puente_deck_get_n_slides (example); i++)
      puente_deck_insert (deck, -1, puente_slide_copy (puente_deck_get_slide (example, i)));

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree double *times = g_new (double, MAX (tries, 1));
      g_autofree double *cpu = g_new (double, MAX (tries, 1));
      PuenteReportOptions options;
      guint n_pages = 0;
      gsize size = 0;

      puente_report_options_init (&options, deck, dataset);
      options.lang = langs[l];
      options.date = "2026-12-07";
      for (int t = 0; t < MAX (tries, 1); t++)
        {
          gint64 start = g_get_monotonic_time ();
          double cpu_start = cpu_seconds ();
          g_autoptr(GBytes) bytes = puente_report_render (&options, &n_pages, &error);

          g_assert_no_error (error);
          times[t] = (g_get_monotonic_time () - start) / 1e6;
          cpu[t] = cpu_seconds () - cpu_start;
          size = g_bytes_get_size (bytes);
        }
      qsort (times, MAX (tries, 1), sizeof (double), compare);
      qsort (cpu, MAX (tries, 1), sizeof (double), compare);
      g_print ("report, %u slides, %s: %u pages, %.1f MB; processor median %.3f s, worst %.3f s; "
               "wall clock median %.3f s, worst %.3f s (%d runs; target %.1f s)\n",
               puente_deck_get_n_slides (deck), langs[l] == PUENTE_LANG_BOTH ? "both" : "en", n_pages,
               size / 1e6, cpu[MAX (tries, 1) / 2], cpu[MAX (tries, 1) - 1], times[MAX (tries, 1) / 2],
               times[MAX (tries, 1) - 1], MAX (tries, 1), TARGET_SECONDS);
      if (cpu[MAX (tries, 1) / 2] > TARGET_SECONDS)
        ok = FALSE;
    }
  return ok ? 0 : 1;
}
