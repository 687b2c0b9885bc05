/* puente-window-private.h: what tests look at inside the window
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-deck-session.h"
#include "puente-main-view.h"
#include "puente-window.h"

G_BEGIN_DECLS

/* Where this window autosaves unsaved changes. */
const char        *puente_window_get_autosave_path (PuenteWindow *self);
/* The message of the last error shown to the user. */
const char        *puente_window_get_last_error (PuenteWindow *self);
GtkWidget         *puente_window_get_lever_panel (PuenteWindow *self);
GtkWidget         *puente_window_get_overview (PuenteWindow *self);
/* The window's deck (NULL without a dataset). */
PuenteDeckSession *puente_window_get_deck_session (PuenteWindow *self);
/* The window's content, rebuilt on every language switch. */
PuenteMainView    *puente_window_get_main_view (PuenteWindow *self);

G_END_DECLS
