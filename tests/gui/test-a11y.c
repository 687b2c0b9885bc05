/* test-a11y.c: the window as a keyboard and screen-reader user meets it
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under GTK_A11Y=test, so every widget's accessible attributes (the
 * role, label, relations AT-SPI reads them from) are kept and can be read
 * back through gtk_test_accessible_*.
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <math.h>

#include "puente-application.h"
#include "puente-i18n.h"
#include "puente-lever-panel-private.h"
#include "puente-lever-row-private.h"
#include "puente-levers.h"
#include "puente-window-private.h"
#include "test-hostile.h"

typedef void (*A11yCheck) (PuenteWindow *window);

static void
flush_events (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gboolean
run_check (gpointer user_data)
{
  GApplication *app = g_application_get_default ();
  A11yCheck check = (A11yCheck) user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (PUENTE_IS_WINDOW (window));
  flush_events ();
  check (PUENTE_WINDOW (window));
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app,
             A11yCheck     check)
{
  g_idle_add (run_check, (gpointer) check);
}

/* Opens the window, runs @check in it, and closes it without prompts. */
static void
with_window (gconstpointer data)
{
  g_autoptr(PuenteApplication) app = puente_application_new ();
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "puente", NULL);
  GList *windows;

  /* No recovered changes or autosave from an earlier run. */
  hostile_remove_tree (dir);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), (gpointer) data);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  flush_events ();
}

/* Tab, as the window's key binding moves focus. */
static void
press_tab (PuenteWindow *window)
{
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
  flush_events ();
}

/* ---- Tab through the levers ------------------------------------------ */

static PuenteLeverRow *
row_of (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, PUENTE_TYPE_LEVER_ROW);

  return row != NULL ? PUENTE_LEVER_ROW (row) : NULL;
}

/* Focus walks through every lever's slider and field, which show rounded
 * values (81.25 shows "81"): nothing of the scenario may move. */
static void
check_tab_keeps_scenario (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  PuenteLeverPanel *panel = PUENTE_LEVER_PANEL (puente_window_get_lever_panel (window));
  guint n = puente_levers_get_n ();
  g_autofree double *before = g_memdup2 (puente_workspace_get_values (workspace), n * sizeof (double));
  g_autofree gboolean *entered = g_new0 (gboolean, n);
  guint n_entered = 0;
  guint n_off_step = 0;
  guint n_moved = 0;

  g_assert_false (puente_workspace_get_modified (workspace));
  /* The baseline has levers between their display steps (derived from
   * the dataset): the test is only worth something if it does. */
  for (guint i = 0; i < n; i++)
    {
      const PuenteLever *info = puente_levers_get (i);
      double steps = (before[i] - info->min) / info->step;

      if (fabs (steps - round (steps)) > 1e-6)
        n_off_step++;
    }
  g_assert_cmpuint (n_off_step, >, 0);

  gtk_widget_grab_focus (GTK_WIDGET (puente_lever_panel_get_search_entry (panel)));
  flush_events ();
  for (guint presses = 0; presses < 20 * n && n_entered < n; presses++)
    {
      GtkWidget *focus;
      PuenteLeverRow *row;

      press_tab (window);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      row = row_of (focus);
      if (row != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) != NULL &&
          !entered[puente_lever_row_get_lever (row)])
        {
          entered[puente_lever_row_get_lever (row)] = TRUE;
          n_entered++;
        }
    }
  /* Out of the last field too. */
  press_tab (window);
  g_assert_cmpuint (n_entered, ==, n);

  for (guint i = 0; i < n; i++)
    if (puente_workspace_get_values (workspace)[i] != before[i])
      {
        g_test_message ("%s moved: %g -> %g", puente_levers_get (i)->id, before[i],
                        puente_workspace_get_values (workspace)[i]);
        n_moved++;
      }
  g_assert_cmpuint (n_moved, ==, 0);
  g_assert_false (puente_workspace_get_modified (workspace));
  g_assert_false (puente_workspace_can_undo (workspace));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  puente_i18n_init (NULL);

  g_test_add_data_func ("/gui/a11y/tab-keeps-scenario", check_tab_keeps_scenario, with_window);

  return g_test_run ();
}
