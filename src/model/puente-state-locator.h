/* puente-state-locator.h: which US or Mexican state a point or a name is
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the basemap's geometry (data/geo/basemap.json, in the data
 * GResource) at its finest level, without GTK, so the model and
 * puente-cli answer "which state is this point in" exactly as the map
 * draws the states. A locator is immutable once built and may be shared
 * between threads.
 *
 * The basemap is simplified (about 50 m at its finest level, and Natural
 * Earth's borders are approximate to a few hundred metres), so callers
 * that compare a record's state with its coordinates should allow a
 * tolerance (puente_state_locator_distance_to ()).
 */
#pragma once

#include <gio/gio.h>

#include "puente-lang.h"

G_BEGIN_DECLS

#define PUENTE_STATE_LOCATOR_ERROR (puente_state_locator_error_quark ())
GQuark puente_state_locator_error_quark (void);

typedef enum {
  PUENTE_STATE_LOCATOR_ERROR_INVALID,
} PuenteStateLocatorError;

typedef struct _PuenteStateLocator PuenteStateLocator;

/* The geometry of a basemap file (the format tools/make-basemap writes). */
PuenteStateLocator                *puente_state_locator_new_from_bytes (GBytes  *basemap,
                                                                        GError **error);
/* The locator of the built-in basemap, built once per process. */
PuenteStateLocator                *puente_state_locator_dup_default (GError **error);
PuenteStateLocator                *puente_state_locator_ref (PuenteStateLocator *self);
void                               puente_state_locator_unref (PuenteStateLocator *self);

/* The ISO 3166-2 code of the US or Mexican state (or DC) at the point
 * ("US-NY", "MX-NLE"), or NULL (the sea, another country, off the map). */
const char                        *puente_state_locator_find_state (const PuenteStateLocator *self,
                                                                    double                    latitude,
                                                                    double                    longitude);
/* The ISO 3166-1 alpha-2 code of the country at the point ("US", "MX",
 * "CA", ...), or NULL (the sea, or a country far from North America). */
const char                        *puente_state_locator_find_country (const PuenteStateLocator *self,
                                                                      double                    latitude,
                                                                      double                    longitude);
/* Kilometres from the point to state @code: 0 inside it, else to its
 * nearest border or coast; G_MAXDOUBLE when farther than @max_km (the
 * search stops there) or @code is unknown. */
double                             puente_state_locator_distance_to (const PuenteStateLocator *self,
                                                                     const char               *code,
                                                                     double                    latitude,
                                                                     double                    longitude,
                                                                     double                    max_km);
/* The state nearest the point within @max_km (the point itself may be in
 * the sea), or NULL; *@distance_km gets its distance. */
const char                        *puente_state_locator_nearest (const PuenteStateLocator *self,
                                                                 double                    latitude,
                                                                 double                    longitude,
                                                                 double                    max_km,
                                                                 double                   *distance_km);

/* The state a record's free text names, as station files write it: names
 * in English or Spanish with or without accents ("Nuevo Leon", "Estado de
 * Mexico", "Michoacan de Ocampo"), US postal codes ("NY"), ISO codes
 * ("NLE", "MX-NLE") and common Mexican abbreviations ("CDMX", "N.L.",
 * "Edomex"). @country ("US", "MX" or NULL for either) settles codes both
 * countries use. NULL when the text names no state (a county, a city). */
const char                        *puente_state_locator_lookup_name (const PuenteStateLocator *self,
                                                                     const char               *text,
                                                                     const char               *country);
/* The state's name in @lang (PUENTE_LANG_BOTH reads English), or NULL
 * for an unknown code. */
const char                        *puente_state_locator_get_name (const PuenteStateLocator *self,
                                                                  const char               *code,
                                                                  PuenteLang                lang);

/* Where state @code is: the point well inside it the map labels
 * (@label_latitude, @label_longitude) and its bounding box in degrees (for
 * Alaska, the part west of the antimeridian's far side, so the box does
 * not span the world). Any out pointer may be NULL. FALSE for an unknown
 * code. */
gboolean                           puente_state_locator_get_extent (const PuenteStateLocator *self,
                                                                    const char               *code,
                                                                    double                   *label_latitude,
                                                                    double                   *label_longitude,
                                                                    double                   *west,
                                                                    double                   *south,
                                                                    double                   *east,
                                                                    double                   *north);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteStateLocator, puente_state_locator_unref)

G_END_DECLS
