/* figure-test-util.h: a Puente window for the figures' GUI tests
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-window.h"

G_BEGIN_DECLS

typedef void (*FigureTest) (PuenteWindow *window);

/* Starts the application, runs @test on its window once shown, quits. */
void   figure_test_run             (FigureTest     test);
/* Lets layout, redraws and handlers run (and @ms pass, for 0 none). */
void   figure_test_wait            (guint          ms);
/* An accessible property's value as GTK's test context writes it: the
 * text of a label or description ("" when unset). Free with g_free. */
char  *figure_test_get_property    (GtkWidget     *widget,
                                    GtkAccessibleProperty property);
/* The page of the view @name ("map", "charts", ...) in the window now. */
GtkWidget *figure_test_page        (PuenteWindow  *window,
                                    const char    *name);
/* Shows @view and lets it lay out. */
void   figure_test_show_view       (PuenteWindow  *window,
                                    const char    *view);

G_END_DECLS
