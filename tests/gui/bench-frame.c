/* bench-frame.c: from a lever change to the redrawn chart
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sweeps the US target-share slider across its range with the Charts view
 * showing, and times each step from the value change (which recomputes
 * the scenario) to the end of the next frame painted with the new chart.
 * Prints the median and worst of the sweep. Needs a display (Xvfb).
 */
#include "config.h"

#include <adwaita.h>

#include "puente-application.h"
#include "puente-chart-view-private.h"
#include "puente-charts-page-private.h"
#include "puente-i18n.h"
#include "puente-lever-panel-private.h"
#include "puente-lever-row-private.h"
#include "puente-main-view-private.h"
#include "puente-window-private.h"

#define STEPS 101

static gboolean painted;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted = TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gboolean
run_sweep (gpointer user_data)
{
  GApplication *app = user_data;
  PuenteWindow *window = PUENTE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  GtkWidget *row = puente_lever_panel_get_row (PUENTE_LEVER_PANEL (puente_window_get_lever_panel (window)),
                                               "ldv.us.target_share");
  GtkRange *scale = GTK_RANGE (puente_lever_row_get_scale (PUENTE_LEVER_ROW (row)));
  PuenteChartView *chart = PUENTE_CHART_VIEW (puente_charts_page_get_chart_view (
    PUENTE_CHARTS_PAGE (puente_main_view_get_charts_page (PUENTE_MAIN_VIEW (content)))));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  double frame_ms[STEPS], draw_ms[STEPS], update_ms[STEPS];
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);

  for (guint i = 0; i < STEPS; i++)
    {
      gint64 start, deadline;

      painted = FALSE;
      start = g_get_monotonic_time ();
      gtk_range_set_value (scale, (i % 2 == 0) ? i : 100 - i);
      /* The model run and every view's update happen in the change itself. */
      update_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      deadline = start + G_USEC_PER_SEC;
      while (!painted && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      frame_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      draw_ms[i] = puente_chart_view_get_last_draw_usec (chart) / 1000.0;
    }
  g_signal_handler_disconnect (clock, handler);

  qsort (frame_ms, STEPS, sizeof (double), compare_doubles);
  qsort (draw_ms, STEPS, sizeof (double), compare_doubles);
  qsort (update_ms, STEPS, sizeof (double), compare_doubles);
  g_print ("lever change to painted frame (Charts view, %d steps): median %.2f ms, worst %.2f ms\n",
           STEPS, frame_ms[STEPS / 2], frame_ms[STEPS - 1]);
  g_print ("  of which recomputing and updating the views: median %.2f ms, worst %.2f ms\n",
           update_ms[STEPS / 2], update_ms[STEPS - 1]);
  g_print ("  and drawing the chart: median %.2f ms, worst %.2f ms\n",
           draw_ms[STEPS / 2], draw_ms[STEPS - 1]);
  g_print ("  (the rest is GTK painting the window and waiting for the next frame tick)\n");

  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app)
{
  PuenteWindow *window = PUENTE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  puente_window_set_visible_view (window, "charts");
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  /* Let the window map and the first frames settle. */
  g_timeout_add (1500, run_sweep, app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PuenteApplication) app = NULL;

  puente_i18n_init (NULL);
  app = puente_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), 0, NULL);
}
