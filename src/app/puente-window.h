/* puente-window.h
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "puente-application.h"

G_BEGIN_DECLS

#define PUENTE_TYPE_WINDOW (puente_window_get_type ())

G_DECLARE_FINAL_TYPE (PuenteWindow, puente_window, PUENTE, WINDOW, AdwApplicationWindow)

PuenteWindow *puente_window_new              (PuenteApplication *application);
/* The name of the visible view: "overview", "map", "charts" or "supply". */
const char   *puente_window_get_visible_view (PuenteWindow      *self);
void          puente_window_set_visible_view (PuenteWindow      *self,
                                              const char        *name);

G_END_DECLS
