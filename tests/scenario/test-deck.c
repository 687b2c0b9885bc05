/* test-deck.c: deck files round-trip, and bad ones fail clearly
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A deck saved and opened again gives every slide back as it was: the
 * embedded scenarios lever by lever, the year, every field of the view,
 * titles and notes in both languages. A deck file with anything wrong in
 * it is refused with a message naming the file, the slide and what is
 * wrong, and the deck on disk is left as it was.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "puente-deck.h"
#include "puente-i18n.h"
#include "puente-scenario.h"

static PuenteDeck *
make_deck (void)
{
  g_autoptr(PuenteScenario) baseline = puente_scenario_load_preset ("baseline", NULL);
  g_autoptr(PuenteScenario) mine = puente_scenario_new ();
  g_autoptr(PuenteDeck) deck = puente_deck_new ();
  PuenteSlide *slide;

  g_assert_nonnull (baseline);
  puente_scenario_set_name (mine, PUENTE_LANG_EN, "Faster Mexico");
  puente_scenario_set_name (mine, PUENTE_LANG_ES, "México más rápido");
  g_assert_true (puente_scenario_set_lever (mine, "ldv.mx.target_share", 0.6, NULL));
  g_assert_true (puente_scenario_set_lever (mine, "ldv.mx.target_year", 2032, NULL));

  puente_deck_set_title (deck, PUENTE_LANG_EN, "Border meeting");
  puente_deck_set_title (deck, PUENTE_LANG_ES, "Reunión fronteriza");

  /* The overview, A alone, with the defaults. */
  slide = puente_slide_new (baseline, NULL, 2030);
  puente_slide_set_title (slide, PUENTE_LANG_EN, "Where we stand");
  puente_deck_insert (deck, -1, slide);

  /* A map with every field away from its default. */
  slide = puente_slide_new (baseline, mine, 2035);
  puente_slide_set_title (slide, PUENTE_LANG_EN, "Nuevo León, A | B");
  puente_slide_set_title (slide, PUENTE_LANG_ES, "Nuevo León, A | B (es)");
  puente_slide_set_notes (slide, PUENTE_LANG_EN, "Line one.\nLine \"two\", with quotes — and a dash.");
  puente_slide_set_notes (slide, PUENTE_LANG_ES, "Línea uno.\nLínea dos: ñ, ü, €.");
  g_free (slide->view.view);
  slide->view.view = g_strdup ("map");
  slide->view.chart_id = g_strdup ("co2");
  slide->view.chart_region = g_strdup ("MX-NLE");
  slide->view.chart_difference = TRUE;
  slide->view.chart_uncertainty = TRUE;
  g_free (slide->view.map_metric);
  slide->view.map_metric = g_strdup ("charging-gap");
  g_strfreev (slide->view.map_layers);
  slide->view.map_layers = g_strsplit ("states,ports,supply", ",", -1);
  g_free (slide->view.map_mode);
  slide->view.map_mode = g_strdup ("split");
  slide->view.map_legend = FALSE;
  g_free (slide->view.map_legend_fold);
  slide->view.map_legend_fold = g_strdup ("collapsed");
  slide->view.map_fitted = FALSE;
  slide->view.map_latitude = 25.6866142;
  slide->view.map_longitude = -100.3161126;
  slide->view.map_zoom = 6.25;
  slide->view.selection = g_strdup ("MX-NLE");
  slide->view.supply_node = g_strdup ("cells-na");
  g_free (slide->view.supply_mode);
  slide->view.supply_mode = g_strdup ("difference");
  puente_deck_insert (deck, -1, slide);

  /* A chart, no layers at all. */
  slide = puente_slide_new (mine, baseline, 2050);
  g_free (slide->view.view);
  slide->view.view = g_strdup ("charts");
  slide->view.chart_id = g_strdup ("zev-share-sales");
  g_strfreev (slide->view.map_layers);
  slide->view.map_layers = g_new0 (char *, 1);
  puente_deck_insert (deck, 1, slide);
  return g_steal_pointer (&deck);
}

static void
test_round_trip (void)
{
  g_autoptr(PuenteDeck) deck = make_deck ();
  g_autoptr(PuenteDeck) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("puente-deck-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "meeting.puente-deck", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  const PuenteSlide *slide;

  g_assert_true (puente_deck_save_file (deck, path, PUENTE_FILE_WRITE_NONE, &error));
  g_assert_no_error (error);
  again = puente_deck_load_file (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);

  g_assert_true (puente_deck_equal (deck, again));
  g_assert_cmpuint (puente_deck_get_n_slides (again), ==, 3);
  g_assert_cmpstr (puente_deck_get_title (again, PUENTE_LANG_ES), ==, "Reunión fronteriza");
  /* The order, as inserted: overview, chart, map. */
  g_assert_cmpstr (puente_deck_get_slide (again, 0)->view.view, ==, "overview");
  g_assert_cmpstr (puente_deck_get_slide (again, 1)->view.view, ==, "charts");
  slide = puente_deck_get_slide (again, 2);
  g_assert_cmpint (slide->year, ==, 2035);
  g_assert_cmpstr (slide->view.map_metric, ==, "charging-gap");
  g_assert_cmpstr (slide->view.map_layers[2], ==, "supply");
  g_assert_cmpfloat (slide->view.map_latitude, ==, 25.6866142);
  g_assert_cmpfloat (slide->view.map_zoom, ==, 6.25);
  g_assert_false (slide->view.map_fitted);
  g_assert_cmpstr (slide->view.selection, ==, "MX-NLE");
  g_assert_cmpstr (puente_slide_get_notes (slide, PUENTE_LANG_ES), ==, "Línea uno.\nLínea dos: ñ, ü, €.");
  g_assert_cmpstr (puente_scenario_get_name (slide->b, PUENTE_LANG_ES), ==, "México más rápido");
  g_assert_cmpfloat (puente_scenario_get_lever (slide->b, "ldv.mx.target_share", NULL), ==, 0.6);
  /* A preset keeps its id and legal status, so the report can print it. */
  g_assert_cmpstr (puente_scenario_get_id (slide->a), ==, "baseline");
  g_assert_nonnull (puente_scenario_get_status (slide->a, PUENTE_LANG_EN));
  /* The chart slide kept an empty layer list, not the default one. */
  g_assert_cmpuint (g_strv_length (puente_deck_get_slide (again, 1)->view.map_layers), ==, 0);

  /* Reordered, saved again: the previous file is the backup. */
  puente_deck_move (again, 2, 0);
  g_assert_true (puente_deck_save_file (again, path, PUENTE_FILE_WRITE_NONE, &error));
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  {
    g_autoptr(PuenteDeck) moved = puente_deck_load_file (path, &error);
    g_autoptr(PuenteDeck) previous = puente_deck_load_file (backup, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (puente_deck_get_slide (moved, 0)->view.view, ==, "map");
    g_assert_true (puente_deck_equal (previous, deck));
  }
  g_remove (backup);
  g_remove (path);
  g_rmdir (dir);
}

/* The example deck the README shows opens. */
static void
test_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PUENTE_SOURCE_DIR"), "data", "decks",
                                            "example.puente-deck", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDeck) deck = puente_deck_load_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (puente_deck_get_n_slides (deck), ==, 5);
}

typedef struct
{
  const char *from;     /* replaced in the saved deck (NULL: the whole)... */
  const char *to;       /* ...by this */
  int         code;
  const char *words[3]; /* the message holds each */
} Bad;

static const Bad bad[] = {
  { "\"format\": \"puente-deck\"", "\"format\": \"puente-scenario\"", PUENTE_DECK_ERROR_FORMAT,
    { "not a Puente deck", "puente-deck", NULL } },
  { "\"version\": 1,", "\"version\": 2,", PUENTE_DECK_ERROR_VERSION, { "version 2", "update Puente", NULL } },
  { "\"year\": 2035", "\"year\": 2070", PUENTE_DECK_ERROR_INVALID, { "slide 3", "“year”", "2070" } },
  { "\"year\": 2035", "\"year\": 2035.5", PUENTE_DECK_ERROR_INVALID, { "slide 3", "whole year", NULL } },
  { "\"year\": 2035", "\"year\": \"2035\"", PUENTE_DECK_ERROR_INVALID, { "slide 3", "must be a number", NULL } },
  { "\"view\": \"map\"", "\"view\": \"slides\"", PUENTE_DECK_ERROR_INVALID, { "slide 3", "“view”", "“slides”" } },
  { "\"map-mode\": \"split\"", "\"map-mode\": \"both\"", PUENTE_DECK_ERROR_INVALID, { "slide 3", "map-mode", NULL } },
  { "\"map-fitted\": false", "\"map-fitted\": 0", PUENTE_DECK_ERROR_INVALID, { "slide 3", "true or false", NULL } },
  { "\"map-zoom\": 6.25", "\"map-zoom\": 99", PUENTE_DECK_ERROR_INVALID, { "slide 3", "map-zoom", "99" } },
  { "\"map-fitted\": false", "\"map-fitted\": false, \"map-colour\": 1", PUENTE_DECK_ERROR_FORMAT,
    { "slide 3", "unknown key “map-colour”", NULL } },
  { "\"ldv.mx.target_share\": 0.6", "\"ldv.mx.target_share\": 6", PUENTE_DECK_ERROR_SCENARIO,
    { "slide 2, scenario A", "ldv.mx.target_share", "from 0 to 1" } },
  { "\"ldv.mx.target_share\"", "\"ldv.mx.target_shar\"", PUENTE_DECK_ERROR_SCENARIO,
    { "slide 2, scenario A", "unknown lever", NULL } },
  { "\"slides\": [", "\"slides\": 1, \"x\": [", PUENTE_DECK_ERROR_FORMAT, { "unknown key “x”", NULL, NULL } },
  { NULL, "{\"format\": \"puente-deck\", \"version\": 1, \"slides\": {}}", PUENTE_DECK_ERROR_INVALID,
    { "“slides”", NULL, NULL } },
  { "\"notes\": {", "\"notes\": {\"fr\": \"non\",", PUENTE_DECK_ERROR_FORMAT, { "slide 3", "“fr”", NULL } },
  { "{", "[", PUENTE_DECK_ERROR_MALFORMED, { "line", NULL, NULL } },
};

static void
test_malformed (void)
{
  g_autoptr(PuenteDeck) deck = make_deck ();
  g_autofree char *dir = g_dir_make_tmp ("puente-deck-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.puente-deck", NULL);
  g_autofree char *good = puente_deck_to_data (deck, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PuenteDeck) loaded = NULL;
      g_autofree char *text = NULL;
      g_autofree char *after = NULL;

      if (bad[i].from == NULL)
        text = g_strdup (bad[i].to);
      else
        {
          g_autoptr(GString) s = g_string_new (good);

          if (strstr (good, bad[i].from) == NULL)
            g_error ("no “%s” in %s", bad[i].from, good);
          g_string_replace (s, bad[i].from, bad[i].to, 1);
          text = g_string_free (g_steal_pointer (&s), FALSE);
        }
      g_assert_true (g_file_set_contents (path, text, -1, NULL));

      loaded = puente_deck_load_file (path, &error);
      g_assert_null (loaded);
      g_assert_error (error, PUENTE_DECK_ERROR, bad[i].code);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, path));
      for (guint w = 0; w < G_N_ELEMENTS (bad[i].words) && bad[i].words[w] != NULL; w++)
        if (strstr (error->message, bad[i].words[w]) == NULL)
          g_error ("“%s” lacks “%s”", error->message, bad[i].words[w]);
      /* Nothing changed on disk. */
      g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, text);
    }
  g_remove (path);
  g_rmdir (dir);
}

/* Spanish messages for Spanish readers. */
static void
test_translated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDeck) deck = NULL;

  puente_i18n_set_thread_lang (PUENTE_LANG_ES);
  deck = puente_deck_load_data ("{\"format\": \"puente-deck\", \"version\": 1, \"slides\": [{\"year\": 2030}]}", -1,
                                "x.puente-deck", &error);
  puente_i18n_set_thread_lang (PUENTE_LANG_EN);
  g_assert_null (deck);
  g_assert_nonnull (strstr (error->message, "x.puente-deck: diapositiva 1"));
  g_assert_nonnull (strstr (error->message, "escenario A"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  puente_i18n_init (NULL);

  g_test_add_func ("/model/deck/round-trip", test_round_trip);
  g_test_add_func ("/model/deck/example", test_example);
  g_test_add_func ("/model/deck/malformed", test_malformed);
  g_test_add_func ("/model/deck/translated", test_translated);
  return g_test_run ();
}
