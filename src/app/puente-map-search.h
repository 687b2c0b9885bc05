/* puente-map-search.h: finding a place on the map by its name
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search entry over the map with the places it finds listed under it as
 * the user types (states in English or Spanish, codes and abbreviations,
 * ports of entry, transit cities, supply-chain sites; accents and case
 * ignored: src/model's place index). Up and Down pick a place, Enter or a
 * click activates it ("place-activated"); then, or on Esc, the search
 * empties and runs "map.focus".
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-place-index.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_MAP_SEARCH (puente_map_search_get_type ())

G_DECLARE_FINAL_TYPE (PuenteMapSearch, puente_map_search, PUENTE, MAP_SEARCH, GtkWidget)

/* Places of @dataset, names in @lang. */
GtkWidget              *puente_map_search_new (PuenteDataset *dataset,
                                               PuenteLang     lang);
GtkEditable            *puente_map_search_get_entry (PuenteMapSearch *self);
/* Focuses the entry, its text selected. */
void                    puente_map_search_start (PuenteMapSearch *self);
/* The places found for the entry's text, best first. */
guint                   puente_map_search_get_n_results (PuenteMapSearch *self);
const PuentePlaceMatch *puente_map_search_get_result (PuenteMapSearch *self,
                                                      guint            index);
/* The place Enter would activate (-1: none); moving picks the next
 * (@delta 1) or previous (-1) one, as Down and Up do. */
int                     puente_map_search_get_picked (PuenteMapSearch *self);
void                    puente_map_search_move (PuenteMapSearch *self,
                                                int              delta);
/* The place @id (a state code, port, city or site id) as the search
 * finds it: its name, where it is, its box; FALSE when unknown. */
gboolean                puente_map_search_lookup (PuenteMapSearch  *self,
                                                  const char       *id,
                                                  PuentePlaceMatch *match);
/* What Enter does: activates the picked place (the entry's text searched
 * first, if the list is not up to date). FALSE when nothing was found. */
gboolean                puente_map_search_activate (PuenteMapSearch *self);

G_END_DECLS
