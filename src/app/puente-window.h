/* puente-window.h
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "puente-application.h"
#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_WINDOW (puente_window_get_type ())

G_DECLARE_FINAL_TYPE (PuenteWindow, puente_window, PUENTE, WINDOW, AdwApplicationWindow)

PuenteWindow    *puente_window_new              (PuenteApplication *application);
/* NULL when the dataset could not be loaded (the window says why). */
PuenteWorkspace *puente_window_get_workspace    (PuenteWindow      *self);
/* The name of the visible view: "overview", "map", "charts" or "supply". */
const char      *puente_window_get_visible_view (PuenteWindow      *self);
void             puente_window_set_visible_view (PuenteWindow      *self,
                                                 const char        *name);
/* Opens a scenario file as A; on failure shows the error and changes nothing. */
gboolean         puente_window_open_file        (PuenteWindow      *self,
                                                 GFile             *file);
gboolean         puente_window_compare_file     (PuenteWindow      *self,
                                                 GFile             *file);
/* Shows an error to the user (a toast) and remembers it. */
void             puente_window_show_error       (PuenteWindow      *self,
                                                 const GError      *error);
/* The message of the last error shown to the user, for tests. */
const char      *puente_window_get_last_error   (PuenteWindow      *self);
GtkWidget       *puente_window_get_lever_panel  (PuenteWindow      *self);
GtkWidget       *puente_window_get_overview     (PuenteWindow      *self);
/* UI language code, "en" or "es", for data that carries both. */
const char      *puente_window_get_language     (PuenteWindow      *self);
/* Switches the whole window to @lang ("en" or "es") keeping the
 * scenarios, undo history, view and year. */
void             puente_window_set_language     (PuenteWindow      *self,
                                                 const char        *lang);

G_END_DECLS
