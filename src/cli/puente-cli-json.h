/* puente-cli-json.h: JSON text for the command line, numbers round-trip exact
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's generator prints 0.68 as 0.68000000000000005; people read
 * this output, so doubles are written in the shortest C-locale form that
 * reads back as the same double, and non-finite numbers as null.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Pretty-printed, with a final newline. */
char *puente_cli_json_to_string (JsonNode *node);

G_END_DECLS
