/* puente-banner.h: a message across the window, with buttons
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libadwaita 1.2 has no AdwBanner: this is ours, for what must stay in
 * view until dealt with (recovered changes, a failing autosave), where a
 * toast would time out or be lost. The window makes its banners again
 * when its content is rebuilt, so their text follows the language.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PUENTE_TYPE_BANNER (puente_banner_get_type ())

G_DECLARE_FINAL_TYPE (PuenteBanner, puente_banner, PUENTE, BANNER, GtkWidget)

/* @error: drawn as a problem (on the error colour). */
GtkWidget  *puente_banner_new (const char *title,
                               gboolean    error);
/* Adds a button (@label with a mnemonic) activating @action_name; the
 * last one @suggested is the main one. */
void        puente_banner_add_button (PuenteBanner *self,
                                      const char   *label,
                                      const char   *action_name,
                                      gboolean      suggested);
const char *puente_banner_get_title (PuenteBanner *self);

G_END_DECLS
