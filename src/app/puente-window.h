/* puente-window.h
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "puente-application.h"
#include "puente-view-state.h"
#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_WINDOW (puente_window_get_type ())

G_DECLARE_FINAL_TYPE (PuenteWindow, puente_window, PUENTE, WINDOW, AdwApplicationWindow)

PuenteWindow    *puente_window_new (PuenteApplication *application);
/* NULL when the dataset could not be loaded (the window says why). */
PuenteWorkspace *puente_window_get_workspace (PuenteWindow *self);
/* How the window shows the workspace. It outlives the widgets (a language
 * switch rebuilds them from it), and setting its properties moves the
 * window. */
PuenteViewState *puente_window_get_view_state (PuenteWindow *self);
/* The name of the visible view: "overview", "map", "charts" or "supply". */
const char      *puente_window_get_visible_view (PuenteWindow *self);
void             puente_window_set_visible_view (PuenteWindow *self,
                                                 const char   *name);
/* Opens a scenario file as A; on failure shows the error and changes
 * nothing. With unsaved changes in A, asks Save / Discard / Cancel first:
 * TRUE means the file was read (and A replaced, or the question asked). */
gboolean         puente_window_open_file (PuenteWindow *self,
                                          GFile        *file);
/* The same for a preset. */
gboolean         puente_window_open_preset (PuenteWindow *self,
                                            const char   *preset_id);
gboolean         puente_window_compare_file (PuenteWindow *self,
                                             GFile        *file);
/* Shows an error to the user (a toast) and remembers it. */
void             puente_window_show_error (PuenteWindow *self,
                                           const GError *error);
/* The window's language: English or Spanish. */
PuenteLang       puente_window_get_language (PuenteWindow *self);
/* Switches the whole window to @lang (English or Spanish), keeping the
 * workspace (scenarios, undo history, year) and the view state (view,
 * chart, map, selection, scroll positions). When @lang cannot be shown
 * (its catalogue or locale is missing) shows why and returns FALSE. */
gboolean         puente_window_set_language (PuenteWindow *self,
                                             PuenteLang    lang);

G_END_DECLS
