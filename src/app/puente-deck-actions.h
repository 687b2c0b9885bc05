/* puente-deck-actions.h: the window's deck actions
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.add-to-deck (Ctrl+D), win.open-deck, win.save-deck and
 * win.export-report, on the window's deck session
 * (puente_window_get_deck_session ()). The report is printed on a worker
 * thread from a copy of the deck, in the language, layout and paper the
 * file chooser's choices say.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void puente_deck_actions_install (GtkWidgetClass *window_class);

G_END_DECLS
