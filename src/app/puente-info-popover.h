/* puente-info-popover.h: a popover of text to read (and copy from)
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ⓘ buttons of the levers and the scenarios open one: wrapped text,
 * scrolled when long, selectable for copying sources, and nothing
 * selected when it opens (GTK selects the whole of the first selectable
 * label it focuses; a reader would see a highlighted block).
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A popover showing @content (a box of labels); not parented. */
GtkWidget *puente_info_popover_new (GtkWidget *content);

G_END_DECLS
