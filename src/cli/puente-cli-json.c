/* puente-cli-json.c: JSON text for the command line
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "puente-cli-json.h"
#include "puente-json.h"

static void
newline (GString *out,
         int      indent)
{
  if (indent < 0)
    return;
  g_string_append_c (out, '\n');
  for (int i = 0; i < indent; i++)
    g_string_append (out, "  ");
}

static gboolean
is_scalar_array (JsonArray *array)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!JSON_NODE_HOLDS_VALUE (json_array_get_element (array, i)) &&
        !JSON_NODE_HOLDS_NULL (json_array_get_element (array, i)))
      return FALSE;
  return TRUE;
}

static void
puente_cli_json_append (GString  *out,
                        JsonNode *node,
                        int       indent)
{
  int inner = indent < 0 ? -1 : indent + 1;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);
        gboolean first = TRUE;

        g_string_append_c (out, '{');
        for (const GList *l = members; l != NULL; l = l->next)
          {
            if (!first)
              g_string_append_c (out, ',');
            newline (out, inner);
            puente_json_append_string (out, l->data);
            g_string_append (out, indent < 0 ? ":" : ": ");
            puente_cli_json_append (out, json_object_get_member (object, l->data), inner);
            first = FALSE;
          }
        if (!first)
          newline (out, indent);
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint      n = json_array_get_length (array);
        /* Series of numbers stay on one line: a row per series reads well. */
        gboolean   flat = is_scalar_array (array);

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append (out, flat && indent >= 0 ? ", " : ",");
            if (!flat)
              newline (out, inner);
            puente_cli_json_append (out, json_array_get_element (array, i), flat ? -1 : inner);
          }
        if (n > 0 && !flat)
          newline (out, indent);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          {
            double v = json_node_get_double (node);
            char   buf[G_ASCII_DTOSTR_BUF_SIZE];

            if (!isfinite (v))
              {
                g_string_append (out, "null");
                break;
              }
            puente_json_format_number (buf, sizeof buf, v);
            g_string_append (out, buf);
          }
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_STRING:
          puente_json_append_string (out, json_node_get_string (node));
          break;
        default:
          g_string_append (out, "null");
          break;
        }
      break;

    default:
      g_string_append (out, "null");
      break;
    }
}

char *
puente_cli_json_to_string (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  puente_cli_json_append (out, node, 0);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}
