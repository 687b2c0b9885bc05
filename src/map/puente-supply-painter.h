/* puente-supply-painter.h: supply-chain sites by stage, and flows between stages
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-map-painter.h"

G_BEGIN_DECLS

/* The name of a site's stage in @lang. */
const char *puente_supply_type_name (PuenteSiteType type,
                                     PuenteLang     lang);
/* "Paused (2025-06)": the status in @lang with its date (free it). */
char       *puente_supply_status_label (const PuenteSite *site,
                                        PuenteLang        lang);
void        puente_supply_paint (PuenteMapContext     *context,
                                 cairo_t              *cr,
                                 const PuenteMapFrame *frame);

#define PUENTE_TYPE_SUPPLY_PAINTER (puente_supply_painter_get_type ())

G_DECLARE_FINAL_TYPE (PuenteSupplyPainter, puente_supply_painter, PUENTE, SUPPLY_PAINTER, PuenteMapPainter)

G_END_DECLS
