/* puente-map-page.h: the Map view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "puente-map-layer.h"
#include "puente-view-state.h"
#include "puente-workspace.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_MAP_PAGE (puente_map_page_get_type ())

G_DECLARE_FINAL_TYPE (PuenteMapPage, puente_map_page, PUENTE, MAP_PAGE, GtkWidget)

/* Labels, legends and numbers in @lang; metric, layers, mode, legend,
 * centre, zoom and selection follow @state both ways. */
GtkWidget *puente_map_page_new (PuenteWorkspace *workspace,
                                PuenteViewState *state,
                                PuenteLang       lang);

/* Writes the first map's view as PNG, SVG or PDF (by @path's
 * extension): Export Map (Ctrl+Shift+E, the window's). */
gboolean   puente_map_page_export (PuenteMapPage *self,
                                   const char    *path,
                                   GError       **error);

G_END_DECLS
