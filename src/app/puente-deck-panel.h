/* puente-deck-panel.h: the deck's slides, as a list of thumbnails
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per slide of the window's deck session: its thumbnail (the
 * report's figure, small), title, view and year; Show, and a menu to
 * update it from the current view, edit its titles and notes in English
 * and Spanish, duplicate or delete it. Rows are dragged to reorder. The
 * panel is rebuilt with the window's widgets on a language switch; the
 * deck lives in the session.
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-deck-session.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_DECK_PANEL (puente_deck_panel_get_type ())

G_DECLARE_FINAL_TYPE (PuenteDeckPanel, puente_deck_panel, PUENTE, DECK_PANEL, GtkWidget)

GtkWidget  *puente_deck_panel_new (PuenteDeckSession *session,
                                   PuenteLang         lang);
/* The list of slides, for tests. */
GtkListBox *puente_deck_panel_get_list (PuenteDeckPanel *self);

G_END_DECLS
