/* puente-place-index.h: finding a state, port, city or site by its name
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The places the map shows, searchable as people type them: US and Mexican
 * states by their English and Spanish names, USPS and ISO 3166-2 codes and
 * INEGI's abbreviations ("nuevo leon", "NL", "N.L.", "NLE" and "MX-NLE" all
 * find Nuevo León), ports of entry (and their Mexican twin city), transit
 * cities and supply-chain sites (and their company). Matching ignores case,
 * accents and punctuation. No GTK: the map page's search entry and
 * puente-cli both use it. An index is immutable once built and may be
 * shared between threads.
 */
#pragma once

#include <glib.h>

#include "puente-dataset.h"
#include "puente-lang.h"
#include "puente-state-locator.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_PLACE_STATE,
  PUENTE_PLACE_PORT,
  PUENTE_PLACE_CITY,
  PUENTE_PLACE_SITE,
} PuentePlaceKind;

typedef struct
{
  PuentePlaceKind kind;
  /* The id the map selects: an ISO 3166-2 code for a state ("MX-NLE"), the
   * dataset's id for a port, city or site. Borrowed from the index. */
  const char     *id;
  /* The place's name in the language of the search (borrowed). */
  const char     *name;
  /* Where it is, in the language of the search (borrowed): "Mexico" or
   * "United States" for a state, the state's name for the others. */
  const char     *context;
  /* Where to centre the map: a state's label point, a place's position. */
  double          latitude;
  double          longitude;
  /* What to fit in view: a state's bounding box; a point's own position
   * (west == east, south == north). */
  double          west;
  double          south;
  double          east;
  double          north;
  /* Higher is better: an exact name or code beats the start of a name,
   * which beats the start of a later word, which beats a name's middle. */
  double          score;
} PuentePlaceMatch;

typedef struct _PuentePlaceIndex PuentePlaceIndex;

/* The places of @dataset; states' bounds come from @locator (NULL: the
 * built-in basemap's). NULL and @error when the locator cannot be loaded. */
PuentePlaceIndex                *puente_place_index_new (PuenteDataset            *dataset,
                                                         const PuenteStateLocator *locator,
                                                         GError                  **error);
PuentePlaceIndex                *puente_place_index_ref (PuentePlaceIndex *self);
void                             puente_place_index_unref (PuentePlaceIndex *self);

/* The places @query names, best first, at most @max_results (0: all), with
 * names in @lang (PUENTE_LANG_BOTH reads English). A query of fewer than
 * two letters or digits matches nothing unless it is a whole code. Returns
 * an array of PuentePlaceMatch (empty when nothing matches); its strings
 * are the index's. */
GArray                          *puente_place_index_search (PuentePlaceIndex *self,
                                                            const char       *query,
                                                            PuenteLang        lang,
                                                            guint             max_results);
/* The place with @id, as a match of score 0; FALSE when unknown. */
gboolean                         puente_place_index_lookup (PuentePlaceIndex *self,
                                                            const char       *id,
                                                            PuenteLang        lang,
                                                            PuentePlaceMatch *match);

/* "State", "Port of entry", "Transit city", "Supply-chain site" in @lang. */
const char                      *puente_place_kind_get_label (PuentePlaceKind kind,
                                                              PuenteLang      lang);

/* The label the map writes where a state's name does not fit: INEGI's
 * abbreviation for a Mexican state ("NL", "Coah.", "CDMX"), the USPS code
 * for a US state ("TX"); NULL for an unknown code. */
const char                      *puente_state_get_abbreviation (const char *code,
                                                                PuenteLang  lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuentePlaceIndex, puente_place_index_unref)

G_END_DECLS
