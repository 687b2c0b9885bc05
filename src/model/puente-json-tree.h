/* puente-json-tree.h: a fast, read-only JSON tree for large imports
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib builds a GObject-friendly tree through GScanner at about
 * 20 MB/s; a 50 MB station export then takes two and a half seconds to
 * parse alone. This parser builds a flat array of nodes over the text
 * itself (strings are unescaped in place) at several hundred MB/s, for
 * reading, with the nesting bounded. It accepts exactly RFC 8259 JSON in
 * UTF-8 (a byte-order mark aside), and refuses anything else with the
 * line of the error.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PUENTE_JSON_NULL,
  PUENTE_JSON_FALSE,
  PUENTE_JSON_TRUE,
  PUENTE_JSON_NUMBER,
  PUENTE_JSON_STRING,
  PUENTE_JSON_ARRAY,
  PUENTE_JSON_OBJECT,
} PuenteJsonKind;

/* A node of a tree; 0 is no node. */
typedef guint32                PuenteJsonNode;

typedef struct _PuenteJsonTree PuenteJsonTree;

/* Parses @text (@length bytes, NUL-terminated after them), which it
 * modifies and which must outlive the tree. Containers nested deeper
 * than @max_depth are an error, whose message says where and what
 * ("line 3: expected ':'"): callers put it in their own. */
PuenteJsonTree                *puente_json_tree_parse (char    *text,
                                                       gsize    length,
                                                       guint    max_depth,
                                                       GError **error);
void                           puente_json_tree_free (PuenteJsonTree *self);

PuenteJsonNode                 puente_json_tree_root (const PuenteJsonTree *self);
PuenteJsonKind                 puente_json_tree_kind (const PuenteJsonTree *self,
                                                      PuenteJsonNode        node);
/* Children of an array or object, in order (members' values for an
 * object); 0 after the last. */
PuenteJsonNode                 puente_json_tree_first (const PuenteJsonTree *self,
                                                       PuenteJsonNode        node);
PuenteJsonNode                 puente_json_tree_next (const PuenteJsonTree *self,
                                                      PuenteJsonNode        node);
guint                          puente_json_tree_length (const PuenteJsonTree *self,
                                                        PuenteJsonNode        node);
/* The value of member @name of @object (the last one if repeated), or 0
 * when @object is not an object, or the member is absent or null. */
PuenteJsonNode                 puente_json_tree_member (const PuenteJsonTree *self,
                                                        PuenteJsonNode        object,
                                                        const char           *name);
/* A string node's text, else NULL. */
const char                    *puente_json_tree_string (const PuenteJsonTree *self,
                                                        PuenteJsonNode        node);
/* A number node's value; FALSE for anything else or a number out of the
 * double range. */
gboolean                       puente_json_tree_number (const PuenteJsonTree *self,
                                                        PuenteJsonNode        node,
                                                        double               *value);
/* A string's text, or a number's as written (copied to @buf), "true" or
 * "false"; NULL for null, arrays and objects. */
const char                    *puente_json_tree_text (const PuenteJsonTree *self,
                                                      PuenteJsonNode        node,
                                                      char                 *buf,
                                                      gsize                 size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteJsonTree, puente_json_tree_free)

G_END_DECLS
