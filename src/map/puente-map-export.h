/* puente-map-export.h: the map view as PNG, SVG or PDF
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws what the map shows with Cairo alone: the basemap (the same tile
 * renderer the offline source uses), every shown layer through its
 * cairo-only draw, the legend of those layers, a title, the source line
 * and the basemap's attribution.
 */
#pragma once

#include "puente-map-painter.h"

G_BEGIN_DECLS

typedef enum
{
  PUENTE_MAP_FORMAT_PNG,
  PUENTE_MAP_FORMAT_SVG,
  PUENTE_MAP_FORMAT_PDF,
} PuenteMapFormat;

typedef struct
{
  const char           *title;        /* NULL: none */
  const char           *subtitle;     /* NULL: none */
  const char           *attribution;  /* basemap credit */
  PuenteBasemapStyle    style;
  PuenteLang language;
  int                   png_scale;    /* device pixels per logical pixel */
} PuenteMapExportOptions;

/* By the file name's extension; FALSE when it is none of the three. */
gboolean puente_map_format_from_path (const char                   *path,
                                      PuenteMapFormat              *format);
/* Writes the file atomically (a temporary file, then a rename). */
gboolean puente_map_export_to_file   (const char                   *path,
                                      PuenteMapFormat               format,
                                      PuenteBasemap                *basemap,
                                      GPtrArray                    *layers,
                                      const PuenteMapFrame         *frame,
                                      const PuenteMapExportOptions *options,
                                      GError                      **error);

G_END_DECLS
