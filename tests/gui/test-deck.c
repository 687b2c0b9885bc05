/* test-deck.c: slides taken from the window, saved, and shown again
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three views of the window (a map, A | B, zoomed on Nuevo León with a
 * selection; a chart with its region and B − A; another scenario A on the
 * supply chain) go into the deck with Add to Deck (Ctrl+D's action), the
 * deck is saved and opened again, and showing each slide gives the window
 * back exactly the state it was taken from: scenarios A and B, the year,
 * every property of the view. A language switch while a slide is shown
 * keeps the slide. The deck panel lists one row per slide, each named for
 * screen readers.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "puente-application.h"
#include "puente-autosave.h"
#include "puente-deck-panel.h"
#include "puente-i18n.h"
#include "puente-window-private.h"
#include "test-hostile.h"

typedef struct
{
  GtkApplication *app;
  gboolean        ran;
} Test;

static void
iterate (void)
{
  for (guint i = 0; i < 30; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* The window as a slide would take it. */
static PuenteSlide *
now (PuenteWindow *window)
{
  return puente_deck_session_capture (puente_window_get_deck_session (window));
}

static void
assert_shows (PuenteWindow      *window,
              const PuenteSlide *slide)
{
  g_autoptr(PuenteSlide) current = now (window);

  /* Titles and notes are the slide's own, not the window's. */
  for (guint l = 0; l < 2; l++)
    {
      g_free (current->title[l]);
      current->title[l] = g_strdup (slide->title[l]);
      g_free (current->notes[l]);
      current->notes[l] = g_strdup (slide->notes[l]);
    }
  if (!puente_slide_equal (current, slide))
    {
      g_autoptr(PuenteDeck) a = puente_deck_new ();
      g_autoptr(PuenteDeck) b = puente_deck_new ();
      g_autofree char *x = NULL;
      g_autofree char *y = NULL;

      puente_deck_insert (a, -1, puente_slide_copy (slide));
      puente_deck_insert (b, -1, g_steal_pointer (&current));
      x = puente_deck_to_data (a, NULL);
      y = puente_deck_to_data (b, NULL);
      g_error ("the window does not show the slide:\n%s\nbut:\n%s", x, y);
    }
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

static void
check_deck (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  PuenteViewState *state = puente_window_get_view_state (window);
  PuenteDeckSession *session = puente_window_get_deck_session (window);
  const char *layers[] = { "states", "ports", NULL };
  g_autofree char *dir = g_dir_make_tmp ("puente-deck-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "meeting.puente-deck", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDeck) taken = NULL;
  GtkWidget *panel;
  GtkListBox *list;
  guint n_rows = 0;

  g_assert_nonnull (session);

  /* 1: the map, A | B, zoomed on Nuevo León, a state selected. */
  g_assert_true (puente_workspace_set_compare_preset (workspace, "mx-electromobility", NULL));
  puente_workspace_set_year (workspace, 2035);
  puente_view_state_set_view (state, PUENTE_VIEW_MAP);
  g_object_set (state, "map-metric", "charging-gap", "map-layers", layers, "map-mode", PUENTE_MAP_MODE_SPLIT, NULL);
  puente_view_state_set_map_view (state, 25.67, -100.31, 6.5);
  g_object_set (state, "map-fitted", FALSE, NULL);
  puente_view_state_set_selection (state, "MX-NLE");
  iterate ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-deck", NULL);

  /* 2: a chart of one state, B − A, another year, no B... */
  puente_view_state_set_view (state, PUENTE_VIEW_CHARTS);
  g_object_set (state, "chart-id", "co2", "chart-region", "MX-NLE", "chart-difference", TRUE, NULL);
  puente_workspace_set_year (workspace, 2040);
  iterate ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-deck", NULL);

  /* 3: another A, no B, the supply chain. */
  g_assert_true (puente_workspace_load_preset (workspace, "na-battery-nearshoring", NULL));
  g_assert_true (puente_workspace_set_compare_preset (workspace, NULL, NULL));
  puente_view_state_set_view (state, PUENTE_VIEW_SUPPLY);
  g_object_set (state, "supply-node", "cells-na", NULL);
  puente_workspace_set_year (workspace, 2032);
  iterate ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-deck", NULL);
  iterate ();

  g_assert_cmpuint (puente_deck_session_get_n_slides (session), ==, 3);
  g_assert_true (puente_deck_session_get_modified (session));
  puente_deck_session_set_texts (session, 1, "CO₂ in Nuevo León", "CO₂ en Nuevo León", "Read the B − A panel.",
                                 "Lean el panel B − A.");
  taken = puente_deck_copy (puente_deck_session_get_deck (session));

  /* Saved and opened again. */
  g_assert_true (puente_deck_session_save (session, file, &error));
  g_assert_no_error (error);
  g_assert_false (puente_deck_session_get_modified (session));
  g_assert_true (puente_deck_session_open (session, file, &error));
  g_assert_no_error (error);
  g_assert_true (puente_deck_equal (puente_deck_session_get_deck (session), taken));

  /* Each slide shows exactly what it took, in any order. */
  for (guint i = 0; i < 3; i++)
    {
      guint index = (i + 1) % 3;

      puente_deck_session_show (session, index);
      iterate ();
      assert_shows (window, puente_deck_get_slide (taken, index));
      g_assert_cmpint (puente_deck_session_get_current (session), ==, (int) index);
    }

  /* In Present mode, PageDown (the clicker's key: win.next-view) and the
   * slide keys' actions step the slides, with a counter; Esc leaves. */
  g_object_set (state, "present", TRUE, NULL);
  puente_deck_session_show (session, 0);
  iterate ();
  g_assert_true (shows_text (GTK_WIDGET (puente_window_get_main_view (window)), "Slide 1 / 3"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-view", NULL));
  iterate ();
  g_assert_cmpint (puente_deck_session_get_current (session), ==, 1);
  assert_shows (window, puente_deck_get_slide (taken, 1));
  g_assert_true (shows_text (GTK_WIDGET (puente_window_get_main_view (window)), "Slide 2 / 3"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-slide", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-slide", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-view", NULL));
  iterate ();
  g_assert_cmpint (puente_deck_session_get_current (session), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-present", NULL));
  iterate ();
  g_assert_false (shows_text (GTK_WIDGET (puente_window_get_main_view (window)), "Slide 1 / 3"));

  /* Stepping as a clicker does, and a language switch keeps the slide. */
  puente_deck_session_show (session, 0);
  g_assert_true (puente_deck_session_step (session, 1));
  iterate ();
  assert_shows (window, puente_deck_get_slide (taken, 1));
  g_assert_true (puente_window_set_language (window, PUENTE_LANG_ES));
  iterate ();
  assert_shows (window, puente_deck_get_slide (taken, 1));
  g_assert_cmpint (puente_deck_session_get_current (session), ==, 1);
  g_assert_true (puente_deck_session_step (session, 1));
  g_assert_false (puente_deck_session_step (session, 1));
  iterate ();
  assert_shows (window, puente_deck_get_slide (taken, 2));

  /* The panel, rebuilt in Spanish: a row per slide, each named. */
  panel = puente_deck_panel_new (session, PUENTE_LANG_ES);
  g_object_ref_sink (panel);
  list = puente_deck_panel_get_list (PUENTE_DECK_PANEL (panel));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      n_rows++;
  g_assert_cmpuint (n_rows, ==, 3);
  /* Reordered from the panel's own action, as the row menu does. */
  gtk_widget_activate_action (panel, "deck.move-down", "u", 0);
  iterate ();
  g_assert_cmpstr (puente_deck_get_slide (puente_deck_session_get_deck (session), 0)->title[PUENTE_LANG_EN], ==,
                   "CO₂ in Nuevo León");
  g_assert_true (puente_deck_session_get_modified (session));
  g_object_unref (panel);

  /* Saved: nothing left for a recovery. */
  g_assert_true (puente_deck_session_save (session, file, NULL));

  g_remove (path);
  g_remove (backup);
  g_rmdir (dir);
}

/* A deck a crashed window left unsaved: the next window takes it over,
 * with unsaved changes, and says so. */
static void
check_recovered (PuenteWindow *window)
{
  PuenteDeckSession *session = puente_window_get_deck_session (window);
  g_autofree char *dir = puente_autosave_get_dir ();
  g_autofree char *orphan = g_build_filename (dir, "crashed-window.puente-deck", NULL);

  g_assert_cmpuint (puente_deck_session_get_n_slides (session), ==, 5);
  g_assert_true (puente_deck_session_get_modified (session));
  g_assert_false (g_file_test (orphan, G_FILE_TEST_EXISTS));
  /* In the window's language: the first test left it in Spanish. */
  if (strstr (puente_window_get_last_error (window), puente_window_get_language (window) == PUENTE_LANG_ES
                                                       ? "Se recuperó una presentación" : "was recovered") == NULL ||
      strstr (puente_window_get_last_error (window), "(5 ") == NULL)
    g_error ("no word of the recovered deck: %s", puente_window_get_last_error (window));
  /* Saved where the user says, it is no longer a recovery. */
  {
    g_autofree char *path = g_build_filename (dir, "..", "saved.puente-deck", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (puente_deck_session_save (session, file, NULL));
    g_remove (path);
  }
}

static void (*check) (PuenteWindow *window);

static gboolean
run_in_window (gpointer data)
{
  Test *test = data;
  GtkWindow *window = gtk_application_get_active_window (test->app);

  g_assert_true (PUENTE_IS_WINDOW (window));
  iterate ();
  check (PUENTE_WINDOW (window));
  test->ran = TRUE;
  g_application_quit (G_APPLICATION (test->app));
  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app,
             Test         *test)
{
  g_idle_add (run_in_window, test);
}

static void
run_window (void (*run) (PuenteWindow *window))
{
  Test test = { 0 };

  check = run;
  test.app = GTK_APPLICATION (puente_application_new ());
  g_application_set_flags (G_APPLICATION (test.app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (test.app, "activate", G_CALLBACK (on_activate), &test);
  g_assert_cmpint (g_application_run (G_APPLICATION (test.app), 0, NULL), ==, 0);
  g_assert_true (test.ran);
  for (GList *l = gtk_application_get_windows (test.app); l != NULL; l = gtk_application_get_windows (test.app))
    gtk_window_destroy (l->data);
  g_object_unref (test.app);
}

/* Each test starts with no decks or autosaves left by another. */
static void
from_scratch (void)
{
  g_autofree char *data = g_build_filename (g_get_user_data_dir (), "puente", NULL);

  hostile_remove_tree (data);
}

static void
test_deck_round_trip (void)
{
  from_scratch ();
  run_window (check_deck);
}

static void
test_deck_recovered (void)
{
  g_autofree char *dir = puente_autosave_get_dir ();
  g_autofree char *orphan = g_build_filename (dir, "crashed-window.puente-deck", NULL);
  g_autofree char *example = g_build_filename (g_getenv ("PUENTE_SOURCE_DIR"), "data", "decks",
                                               "example.puente-deck", NULL);
  g_autofree char *text = NULL;

  from_scratch ();
  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_get_contents (example, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (orphan, text, -1, NULL));
  run_window (check_recovered);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  puente_i18n_init (NULL);

  g_test_add_func ("/gui/deck/round-trip", test_deck_round_trip);
  g_test_add_func ("/gui/deck/recovered", test_deck_recovered);
  return g_test_run ();
}
