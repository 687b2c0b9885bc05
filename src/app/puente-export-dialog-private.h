/* puente-export-dialog-private.h: what tests drive in the Export Chart dialog
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-export-dialog.h"

G_BEGIN_DECLS

/* Writes the chart to @path as the dialog's choices say (what Export…
 * does once a file is chosen). */
gboolean     puente_export_dialog_export_to (PuenteExportDialog *self,
                                             const char         *path,
                                             GError            **error);
AdwComboRow *puente_export_dialog_get_format_row (PuenteExportDialog *self);
/* Screen, report figure, A4, letter, custom millimetres. */
AdwComboRow *puente_export_dialog_get_size_row (PuenteExportDialog *self);

G_END_DECLS
