/* puente-export-dialog.h: export the chart on screen as PNG, SVG, PDF or CSV
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "puente-chart-data.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_EXPORT_DIALOG (puente_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PuenteExportDialog, puente_export_dialog, PUENTE, EXPORT_DIALOG, AdwWindow)

/* Takes ownership of @data (exported) and @preview_data (an identical
 * copy the preview draws). The export starts in @lang (the window's) and
 * in @settings' "export-style". */
GtkWidget *puente_export_dialog_new (GtkWindow       *parent,
                                     GSettings       *settings,
                                     PuenteLang       lang,
                                     PuenteChartData *data,
                                     PuenteChartData *preview_data);

G_END_DECLS
