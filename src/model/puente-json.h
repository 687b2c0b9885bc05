/* puente-json.h: JSON text that people read: exact numbers, escaped strings
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's generator prints 0.68 as 0.68000000000000005; scenario files
 * and the command line's output are read by people, so doubles are written
 * in the shortest C-locale form that reads back as the same double.
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Shortest C-locale text for @value that g_ascii_strtod reads back exactly.
 * @buf must hold G_ASCII_DTOSTR_BUF_SIZE bytes. */
void        puente_json_format_number (char  *buf,
                                       gsize  size,
                                       double value);
/* @text as a quoted JSON string (NULL as ""). */
void        puente_json_append_string (GString    *out,
                                       const char *text);

/* The string member @name of @object, or NULL when @object is NULL or the
 * member is absent, null or not a string. */
const char *puente_json_get_string (JsonObject *object,
                                    const char *name);

G_END_DECLS
