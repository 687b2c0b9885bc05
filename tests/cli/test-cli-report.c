/* test-cli-report.c: `puente-cli report` prints a deck as a reader needs it
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: test-cli-report PATH-TO-PUENTE-CLI [GTest options]
 *
 * The example deck (five slides: overview, chart, map A | B, B − A map,
 * supply chain) printed in English, Spanish and both: the pages are a
 * cover, one page per slide in order (two in "sequence"), and an appendix
 * of sources and methodology, as pdfinfo and pdftotext read them; every
 * slide's title and notes are there as text; every font is embedded
 * (pdffonts). A malformed deck fails with a clear message and leaves the
 * output file as it was.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cli-test-run.h"
#include "puente-deck.h"

static const char *cli_path;
static char *deck_path;

static char *
tool_output (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, &error))
    g_error ("%s: %s (poppler-utils is installed by tools/install-deps)", argv[0], error->message);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
page_count (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = tool_output (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* The text of page @page, its lines joined by spaces (pdftotext breaks
 * long titles and notes where the page wraps them). */
static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, pdf, "-", NULL };
  g_autofree char *text = tool_output (argv);
  g_autoptr(GString) joined = g_string_new (text);

  g_string_replace (joined, "\n", " ", 0);
  while (g_string_replace (joined, "  ", " ", 0) > 0)
    ;
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static gboolean
contains (const char *text,
          const char *words)
{
  g_autoptr(GString) joined = g_string_new (words);

  g_string_replace (joined, "\n", " ", 0);
  return strstr (text, joined->str) != NULL;
}

static char *
report (const char *lang,
        const char *layout,
        const char *dir)
{
  g_autofree char *name = g_strdup_printf ("report-%s-%s.pdf", lang, layout);
  char *path = g_build_filename (dir, name, NULL);
  const char *args[] = { "report", deck_path, "--lang", lang, "--both-layout", layout, "--date", "2026-12-07",
                         "-o", path, NULL };
  g_auto(Run) run = { 0 };

  run_program (&run, cli_path, NULL, args);
  if (run.status != 0)
    g_error ("puente-cli report failed: %s", run.err);
  return path;
}

/* Checks the pages of @pdf: cover pages, then each slide's page(s) in
 * order with its title and notes in @langs, then the appendix. */
static void
check_report (const char       *pdf,
              const PuenteDeck *deck,
              const PuenteLang *langs,
              guint             n_langs,
              gboolean          sequence,
              const char       *slide_word,
              const char       *sources_word,
              const char       *methodology_word)
{
  guint n_pages = page_count (pdf);
  guint n_slides = puente_deck_get_n_slides (deck);
  guint page = 1;
  g_autofree char *first = page_text (pdf, 1);
  g_autofree char *last = page_text (pdf, n_pages);

  g_test_message ("%s: %u pages", pdf, n_pages);
  /* The cover: the deck's title, the date, the scenarios' legal status. */
  g_assert_true (contains (first, puente_deck_get_title (deck, langs[0])));
  g_assert_true (contains (first, "2026-12-07"));
  g_assert_true (contains (first, puente_scenario_get_name (puente_deck_get_slide (deck, 0)->a, langs[0])));

  /* The slides, in order, after the cover. */
  for (guint i = 0; i < n_slides; i++)
    {
      const PuenteSlide *slide = puente_deck_get_slide (deck, i);
      for (guint step = 0; step < (sequence ? 2u : 1u); step++)
        {
          g_autofree char *text = NULL;
          g_autofree char *counter = g_strdup_printf ("%s %u ", step == 1 ? "Diapositiva" : slide_word, i + 1);

          /* Skip the cover's pages (and a page a slide's table ran onto). */
          for (;;)
            {
              g_free (text);
              text = page_text (pdf, ++page);
              g_assert_cmpuint (page, <, n_pages);
              if (contains (text, counter))
                break;
              g_assert_true (i > 0 || step > 0 || !contains (text, "Speaker notes"));
            }
          /* A slide's notes and table may run onto the next pages (after
           * a landscape page for the Sankey, a portrait one). */
          while (page + 1 < n_pages)
            {
              g_autofree char *next = page_text (pdf, page + 1);
              char *joined;

              /* Its running head says "(continued)". */
              if (strstr (next, "(continued") == NULL && strstr (next, "(continuación") == NULL)
                break;
              joined = g_strconcat (text, " ", next, NULL);
              g_free (text);
              text = joined;
              page++;
            }
          for (guint l = 0; l < n_langs; l++)
            {
              PuenteLang lang = sequence ? langs[step] : langs[l];

              if (!contains (text, puente_slide_get_title (slide, lang)))
                g_error ("page %u lacks the title “%s”: %s", page, puente_slide_get_title (slide, lang), text);
              if (!contains (text, puente_slide_get_notes (slide, lang)))
                g_error ("page %u lacks the notes “%s”: %s", page, puente_slide_get_notes (slide, lang), text);
            }
        }
    }
  g_assert_cmpuint (page, >=, 1 + n_slides * (sequence ? 2 : 1));
  /* The appendix: sources, then the methodology, on the last pages. */
  {
    g_autofree char *appendix = page_text (pdf, page + 1);
    g_autoptr(GString) rest = g_string_new (NULL);

    g_assert_true (contains (appendix, sources_word));
    for (guint p = page + 1; p <= n_pages; p++)
      {
        g_autofree char *text = page_text (pdf, p);

        g_string_append (rest, text);
      }
    g_assert_true (contains (rest->str, methodology_word));
    g_assert_true (contains (last, "docs/methodology.md"));
  }
  g_assert_cmpuint (n_pages, <=, page + 4);
}

static void
check_fonts (const char *pdf)
{
  const char *argv[] = { "pdffonts", pdf, NULL };
  g_autofree char *out = tool_output (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n_fonts = 0;

  /* name, type, encoding, then "emb sub uni": every font embedded. */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      if (*lines[i] == '\0')
        continue;
      fields = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      for (guint f = 0; fields[f] != NULL; f++)
        if (*fields[f] != '\0')
          g_ptr_array_add (words, fields[f]);
      g_assert_cmpuint (words->len, >=, 7);
      if (!g_str_equal (g_ptr_array_index (words, words->len - 5), "yes"))
        g_error ("font not embedded: %s", lines[i]);
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static void
test_english (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDeck) deck = puente_deck_load_file (deck_path, &error);
  g_autofree char *dir = g_dir_make_tmp ("puente-report-XXXXXX", NULL);
  g_autofree char *pdf = report ("en", "side", dir);
  PuenteLang langs[] = { PUENTE_LANG_EN };

  g_assert_no_error (error);
  check_report (pdf, deck, langs, 1, FALSE, "Slide", "Sources", "Methodology");
  check_fonts (pdf);
  {
    g_autofree char *cover = page_text (pdf, 1);

    /* Each preset's legal status, in its words. */
    g_assert_true (contains (cover, "Legal status:"));
    g_assert_true (contains (cover, "Political target, not binding"));
  }
  g_remove (pdf);
  g_rmdir (dir);
}

static void
test_spanish (void)
{
  g_autoptr(PuenteDeck) deck = puente_deck_load_file (deck_path, NULL);
  g_autofree char *dir = g_dir_make_tmp ("puente-report-XXXXXX", NULL);
  g_autofree char *pdf = report ("es", "side", dir);
  PuenteLang langs[] = { PUENTE_LANG_ES };
  g_autofree char *slide = page_text (pdf, 4);

  check_report (pdf, deck, langs, 1, FALSE, "Diapositiva", "Fuentes", "Metodología");
  check_fonts (pdf);
  g_assert_false (contains (slide, "Speaker notes"));
  g_remove (pdf);
  g_rmdir (dir);
}

static void
test_both (void)
{
  g_autoptr(PuenteDeck) deck = puente_deck_load_file (deck_path, NULL);
  g_autofree char *dir = g_dir_make_tmp ("puente-report-XXXXXX", NULL);
  g_autofree char *side = report ("both", "side", dir);
  g_autofree char *sequence = report ("both", "sequence", dir);
  PuenteLang langs[] = { PUENTE_LANG_EN, PUENTE_LANG_ES };

  /* Side by side: each slide's page holds both languages. */
  check_report (side, deck, langs, 2, FALSE, "Slide", "Sources", "Metodología");
  /* In sequence: each slide's English page, then its Spanish page. */
  check_report (sequence, deck, langs, 2, TRUE, "Slide", "Sources", "Metodología");
  g_assert_cmpuint (page_count (sequence), >, page_count (side));
  check_fonts (side);
  g_remove (side);
  g_remove (sequence);
  g_rmdir (dir);
}

/* A malformed deck: exit status 1, a message naming the file, the slide
 * and what is wrong; the output file untouched. */
static void
test_malformed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("puente-report-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.puente-deck", NULL);
  g_autofree char *out = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GString) broken = NULL;
  const char *args[] = { "report", bad, "-o", out, NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) unknown = { 0 };

  g_assert_true (g_file_get_contents (deck_path, &text, NULL, NULL));
  broken = g_string_new (text);
  g_assert_cmpuint (g_string_replace (broken, "\"year\": 2032", "\"year\": \"2032\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (bad, broken->str, -1, NULL));
  g_assert_true (g_file_set_contents (out, "the previous report", -1, NULL));

  run_program (&run, cli_path, NULL, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "bad.puente-deck: slide 2"));
  g_assert_nonnull (strstr (run.err, "“year” must be a number"));
  g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "the previous report");

  /* A chart the catalogue does not have: refused before any page. */
  g_string_assign (broken, text);
  g_assert_cmpuint (g_string_replace (broken, "\"zev-share-sales\"", "\"zev-share-of-everything\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (bad, broken->str, -1, NULL));
  run_program (&unknown, cli_path, NULL, args);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "slide 2: unknown chart “zev-share-of-everything”"));
  g_free (after);
  g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "the previous report");

  g_remove (bad);
  g_remove (out);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2 || argv[1][0] == '-')
    {
      g_printerr ("usage: %s PATH-TO-PUENTE-CLI [GTest options]\n", argv[0]);
      return 2;
    }
  cli_path = g_canonicalize_filename (argv[1], NULL);
  argv[1] = argv[0];
  argc--;
  argv++;
  g_test_init (&argc, &argv, NULL);
  deck_path = g_build_filename (SOURCE_ROOT, "data", "decks", "example.puente-deck", NULL);

  g_test_add_func ("/cli/report/english", test_english);
  g_test_add_func ("/cli/report/spanish", test_spanish);
  g_test_add_func ("/cli/report/both", test_both);
  g_test_add_func ("/cli/report/malformed", test_malformed);
  return g_test_run ();
}
