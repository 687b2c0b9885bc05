/* puente-deck-session.h: the window's deck, and its slides taken and shown
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window has one deck session for its whole life (a language switch
 * rebuilds the panel, never the deck). It holds the deck (puente-deck.h),
 * the file it was opened from or saved to, whether it has unsaved changes,
 * and the slide shown last. A slide is taken from the window's workspace
 * (scenarios A and B, the year) and view state (puente_view_state_to_
 * slide_view ()); showing one sets them back: B, the year and the view at
 * once, and A through the window ("replace-scenario"), which asks before
 * unsaved changes to A are replaced. Unsaved changes to the deck are
 * autosaved to a file of the window's own, next to its scenario autosave.
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-deck.h"
#include "puente-view-state.h"
#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_DECK_SESSION (puente_deck_session_get_type ())

G_DECLARE_FINAL_TYPE (PuenteDeckSession, puente_deck_session, PUENTE, DECK_SESSION, GObject)

/* Signals:
 * "changed" ()                         the slides or their texts changed
 * "replace-scenario" (PuenteScenario*)  a slide's A should become A (the
 *                                      handler copies it)
 * Properties: "modified" (bool), "current" (int, -1 for none), "file". */
PuenteDeckSession *puente_deck_session_new (PuenteWorkspace *workspace,
                                            PuenteViewState *state);
const PuenteDeck  *puente_deck_session_get_deck (PuenteDeckSession *self);
PuenteDataset     *puente_deck_session_get_dataset (PuenteDeckSession *self);
guint              puente_deck_session_get_n_slides (PuenteDeckSession *self);
GFile             *puente_deck_session_get_file (PuenteDeckSession *self);
gboolean           puente_deck_session_get_modified (PuenteDeckSession *self);
/* The slide shown last, -1 before any. */
int                puente_deck_session_get_current (PuenteDeckSession *self);

/* The current view as a slide, titled by its view and year in English
 * and Spanish ("Map, 2035" / "Mapa, 2035"). */
PuenteSlide       *puente_deck_session_capture (PuenteDeckSession *self);
/* Captures the current view after the last slide; returns its index. */
guint              puente_deck_session_add_current (PuenteDeckSession *self);
/* Slide @index takes the current view (its titles and notes stay). */
void               puente_deck_session_update (PuenteDeckSession *self,
                                               guint              index);
void               puente_deck_session_duplicate (PuenteDeckSession *self,
                                                  guint              index);
void               puente_deck_session_remove (PuenteDeckSession *self,
                                               guint              index);
void               puente_deck_session_move (PuenteDeckSession *self,
                                             guint              from,
                                             guint              to);
/* Titles and notes in English and Spanish (NULL or "": none). */
void               puente_deck_session_set_texts (PuenteDeckSession *self,
                                                  guint              index,
                                                  const char        *title_en,
                                                  const char        *title_es,
                                                  const char        *notes_en,
                                                  const char        *notes_es);
/* Shows slide @index: exactly its scenarios, year and view. */
void               puente_deck_session_show (PuenteDeckSession *self,
                                             guint              index);
/* Shows the next (@step 1) or previous (-1) slide; FALSE at either end
 * or without slides. */
gboolean           puente_deck_session_step (PuenteDeckSession *self,
                                             int                step);

/* Replaces the deck with the file's (nothing changes when it cannot be
 * read: @error says why). */
gboolean           puente_deck_session_open (PuenteDeckSession *self,
                                             GFile             *file,
                                             GError           **error);
/* Saves atomically (the previous file kept as "NAME~"). */
gboolean           puente_deck_session_save (PuenteDeckSession *self,
                                             GFile             *file,
                                             GError           **error);

/* Where unsaved changes are autosaved (NULL: nowhere). */
void               puente_deck_session_set_autosave_path (PuenteDeckSession *self,
                                                          const char        *path);

/* Takes over the newest deck a crashed window left unsaved in the
 * recovery folder: it becomes this deck, with unsaved changes, autosaved
 * at once as this window's, and the left-over file is removed. Returns
 * its number of slides (0: none found). Others stay for the next start. */
guint              puente_deck_session_recover (PuenteDeckSession *self);

/* Slide @index's figure, @width x @height pixels, in @lang, drawn by the
 * report's code; cached until the slide changes. NULL when it cannot be
 * drawn. */
GdkTexture        *puente_deck_session_get_thumbnail (PuenteDeckSession *self,
                                                      guint              index,
                                                      PuenteLang         lang,
                                                      int                width,
                                                      int                height);

G_END_DECLS
