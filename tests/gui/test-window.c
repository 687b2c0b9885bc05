/* test-window.c: the application starts, shows its window, and quits
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "puente-application.h"
#include "puente-window.h"

typedef struct
{
  PuenteApplication *app;
  PuenteWindow      *window;
  GPtrArray         *views_seen;
  gboolean           timed_out;
} Fixture;

static gboolean
on_timeout (gpointer user_data)
{
  Fixture *f = user_data;

  f->timed_out = TRUE;
  g_application_quit (G_APPLICATION (f->app));
  return G_SOURCE_REMOVE;
}

static gboolean
inspect_window (gpointer user_data)
{
  Fixture *f = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (f->app));
  static const char *views[] = { "overview", "map", "charts", "supply" };

  g_assert_nonnull (window);
  g_assert_true (PUENTE_IS_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Puente");
  f->window = PUENTE_WINDOW (window);

  /* Every view of the switcher can be shown. */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      puente_window_set_visible_view (f->window, views[i]);
      g_ptr_array_add (f->views_seen, g_strdup (puente_window_get_visible_view (f->window)));
    }

  /* Closing the last window ends the application. */
  gtk_window_close (window);
  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app,
             gpointer      user_data)
{
  g_idle_add (inspect_window, user_data);
}

static void
test_window_opens_and_closes (void)
{
  Fixture f = { 0 };
  guint timeout_id;
  int status;

  f.views_seen = g_ptr_array_new_with_free_func (g_free);
  f.app = puente_application_new ();
  g_application_set_flags (G_APPLICATION (f.app),
                           g_application_get_flags (G_APPLICATION (f.app)) | G_APPLICATION_NON_UNIQUE);
  /* Connected after the class handler, which creates the window. */
  g_signal_connect_after (f.app, "activate", G_CALLBACK (on_activate), &f);
  timeout_id = g_timeout_add_seconds (20, on_timeout, &f);

  status = g_application_run (G_APPLICATION (f.app), 0, NULL);

  g_assert_false (f.timed_out);
  g_source_remove (timeout_id);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (f.window);
  g_assert_cmpuint (f.views_seen->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (f.views_seen, 0), ==, "overview");
  g_assert_cmpstr (g_ptr_array_index (f.views_seen, 3), ==, "supply");
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (f.app)));

  g_ptr_array_unref (f.views_seen);
  g_object_unref (f.app);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gui/window/opens-and-closes", test_window_opens_and_closes);

  return g_test_run ();
}
