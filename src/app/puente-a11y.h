/* puente-a11y.h: accessible names GTK 4.8 does not give by itself
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     puente_a11y_name_drop_down (GtkDropDown *drop_down,
                                     const char  *name);
void     puente_a11y_fix_mnemonic_names (GtkWidget *root);

GArray  *puente_a11y_focus_path (GtkWidget *root,
                                 GtkWidget *focus);
gboolean puente_a11y_focus_path_restore (GtkWidget    *root,
                                         const GArray *path);

G_END_DECLS
