/* figure-test-util.c: a Puente window for the figures' GUI tests
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "figure-test-util.h"
#include "puente-application.h"
#include "puente-main-view-private.h"
#include "puente-window-private.h"

/* A window is given this long (sanitized builds run slower). */
#define RUN_SECONDS 240

typedef struct
{
  FigureTest test;
  gboolean   ran;
  gboolean   timed_out;
} Run;

static void
on_wait_done (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

void
figure_test_wait (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add_once (ms, on_wait_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 10; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

char *
figure_test_get_property (GtkWidget            *widget,
                          GtkAccessibleProperty property)
{
  /* GTK's test API answers with the value when it differs from the one
   * asked for: ask for one no property has. */
  char *value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, "\x01");

  return value != NULL ? value : g_strdup ("\x01");
}

GtkWidget *
figure_test_page (PuenteWindow *window,
                  const char   *name)
{
  return gtk_widget_get_first_child (GTK_WIDGET (puente_main_view_get_page (puente_window_get_main_view (window),
                                                                            name)));
}

void
figure_test_show_view (PuenteWindow *window,
                       const char   *view)
{
  puente_window_set_visible_view (window, view);
  figure_test_wait (200);
}

static gboolean
on_idle (gpointer user_data)
{
  Run *run = user_data;
  GApplication *app = g_application_get_default ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (PUENTE_IS_WINDOW (window));
  figure_test_wait (100);
  run->test (PUENTE_WINDOW (window));
  run->ran = TRUE;
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app,
             Run          *run)
{
  g_idle_add (on_idle, run);
}

static void
on_timeout (gpointer user_data)
{
  Run *run = user_data;

  run->timed_out = TRUE;
  g_application_quit (g_application_get_default ());
}

void
figure_test_run (FigureTest test)
{
  Run run = { test, FALSE, FALSE };
  g_autoptr(PuenteApplication) app = puente_application_new ();
  guint timeout;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &run);
  timeout = g_timeout_add_once (RUN_SECONDS * 1000, on_timeout, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_false (run.timed_out);
  g_source_remove (timeout);
  g_assert_true (run.ran);

  /* Windows left open go without the unsaved-changes prompt. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;
       l = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (l->data);
  figure_test_wait (0);
}
