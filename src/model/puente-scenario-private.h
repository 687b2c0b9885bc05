/* puente-scenario-private.h: what the scenario's files share
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "puente-scenario.h"

G_BEGIN_DECLS

/* puente-scenario-ports.c: the base year's ports from imported stations. */
typedef struct _PuenteBasePorts PuenteBasePorts;

PuenteBasePorts                *puente_base_ports_new_from_stations (PuenteStations *stations);
PuenteBasePorts                *puente_base_ports_copy (const PuenteBasePorts *self);
void                            puente_base_ports_free (PuenteBasePorts *self);
guint                           puente_base_ports_get_n_files (const PuenteBasePorts *self);
const PuenteScenarioStationFile                  *
puente_base_ports_get_file (const PuenteBasePorts *self,
                                             guint                  index);
gboolean         puente_base_ports_lookup (const PuenteBasePorts *self,
                                           const char            *region,
                                           double                *level2,
                                           double                *dc_fast);
/* "base_ports" of a version 2 file; NULL with the error. */
PuenteBasePorts *puente_base_ports_read (JsonNode   *node,
                                         const char *where,
                                         GError    **error);
/* Appends ",\n  \"base_ports\": {...}" to a scenario's JSON. */
void             puente_base_ports_append (const PuenteBasePorts *self,
                                           GString               *out);

G_END_DECLS
