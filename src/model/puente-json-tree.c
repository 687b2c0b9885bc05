/* puente-json-tree.c: a fast, read-only JSON tree for large imports
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recursive descent over the text, nesting bounded by the caller; nodes
 * live in one array and point into the text, whose strings are unescaped
 * where they stand (an escape is never shorter than what it stands for).
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-json-tree.h"

typedef struct
{
  guint8      kind;
  guint32     next;   /* next sibling */
  guint32     first;  /* first child */
  guint32     count;  /* children */
  guint32     length; /* a number's text */
  const char *key;    /* an object member's name */
  const char *value;  /* a string's text (NUL-terminated) or a number's */
} Node;

struct _PuenteJsonTree
{
  GArray *nodes; /* of Node; 0 is no node */
};

typedef struct
{
  char    *start;
  char    *p;
  char    *end;
  guint    depth;
  guint    max_depth;
  GArray  *nodes;
  GError **error;
} Parser;

static gboolean
fail (Parser     *parser,
      const char *what)
{
  guint line = 1;

  for (const char *c = parser->start; c < parser->p && c < parser->end; c++)
    if (*c == '\n')
      line++;
  /* Translators: where a JSON file is wrong, and what is wrong */
  g_set_error (parser->error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("line %u: %s"), line, what);
  return FALSE;
}

static void
skip_space (Parser *parser)
{
  while (parser->p < parser->end &&
         (*parser->p == ' ' || *parser->p == '\n' || *parser->p == '\r' || *parser->p == '\t'))
    parser->p++;
}

static guint32
add_node (Parser *parser,
          guint8  kind)
{
  Node node = { 0 };

  node.kind = kind;
  g_array_append_val (parser->nodes, node);
  return parser->nodes->len - 1;
}

static Node *
node_at (Parser *parser,
         guint32 index)
{
  return &g_array_index (parser->nodes, Node, index);
}

static int
hex4 (const char *s)
{
  int v = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (s[i]);

      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* The string at parser->p (on its opening quote), unescaped in place. */
static const char *
parse_string (Parser *parser)
{
  char *r = parser->p + 1, *w = r, *text = r;

  for (;;)
    {
      guchar c;

      if (r >= parser->end)
        {
          parser->p = r;
          fail (parser, _ ("a string is not closed"));
          return NULL;
        }
      c = (guchar) *r;
      if (c == '"')
        break;
      if (c < 0x20)
        {
          parser->p = r;
          fail (parser, _ ("a control character in a string"));
          return NULL;
        }
      if (c != '\\')
        {
          *w++ = *r++;
          continue;
        }
      if (r + 1 >= parser->end)
        {
          parser->p = r;
          fail (parser, _ ("a string is not closed"));
          return NULL;
        }
      switch (r[1])
        {
        case '"':
        case '\\':
        case '/':
          *w++ = r[1];
          r += 2;
          break;
        case 'b':
          *w++ = '\b';
          r += 2;
          break;
        case 'f':
          *w++ = '\f';
          r += 2;
          break;
        case 'n':
          *w++ = '\n';
          r += 2;
          break;
        case 'r':
          *w++ = '\r';
          r += 2;
          break;
        case 't':
          *w++ = '\t';
          r += 2;
          break;
        case 'u':
          {
            int      u = r + 6 <= parser->end ? hex4 (r + 2) : -1;
            gunichar ch;

            r += 6;
            if (u >= 0xd800 && u <= 0xdbff && r + 6 <= parser->end && r[0] == '\\' && r[1] == 'u')
              {
                int low = hex4 (r + 2);

                if (low >= 0xdc00 && low <= 0xdfff)
                  {
                    ch = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                    r += 6;
                    w += g_unichar_to_utf8 (ch, w);
                    break;
                  }
              }
            if (u < 0 || (u >= 0xd800 && u <= 0xdfff))
              {
                parser->p = r - 6;
                fail (parser, _ ("a bad \\u escape in a string"));
                return NULL;
              }
            /* A C string cannot hold U+0000: the replacement character. */
            ch = u == 0 ? 0xfffd : (gunichar) u;
            w += g_unichar_to_utf8 (ch, w);
          }
          break;
        default:
          parser->p = r;
          fail (parser, _ ("a bad escape in a string"));
          return NULL;
        }
    }
  parser->p = r + 1;
  *w = '\0';
  return text;
}

static gboolean
digits (Parser *parser)
{
  const char *from = parser->p;

  while (parser->p < parser->end && g_ascii_isdigit (*parser->p))
    parser->p++;
  return parser->p > from;
}

static guint32 parse_value (Parser *parser);

static guint32
parse_container (Parser  *parser,
                 gboolean object)
{
  guint32 index = add_node (parser, object ? PUENTE_JSON_OBJECT : PUENTE_JSON_ARRAY);
  guint32 last = 0;
  char    close = object ? '}' : ']';

  if (++parser->depth > parser->max_depth)
    {
      fail (parser, _ ("nested too deeply"));
      return 0;
    }
  parser->p++;
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == close)
    {
      parser->p++;
      parser->depth--;
      return index;
    }
  for (;;)
    {
      const char *key = NULL;
      guint32     child;

      skip_space (parser);
      if (object)
        {
          if (parser->p >= parser->end || *parser->p != '"')
            {
              fail (parser, _ ("expected a member name"));
              return 0;
            }
          if ((key = parse_string (parser)) == NULL)
            return 0;
          skip_space (parser);
          if (parser->p >= parser->end || *parser->p != ':')
            {
              fail (parser, _ ("expected ':'"));
              return 0;
            }
          parser->p++;
        }
      if ((child = parse_value (parser)) == 0)
        return 0;
      node_at (parser, child)->key = key;
      if (last == 0)
        node_at (parser, index)->first = child;
      else
        node_at (parser, last)->next = child;
      node_at (parser, index)->count++;
      last = child;
      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        {
          parser->p++;
          continue;
        }
      if (parser->p < parser->end && *parser->p == close)
        {
          parser->p++;
          parser->depth--;
          return index;
        }
      fail (parser, object ? _ ("expected ',' or '}'") : _ ("expected ',' or ']'"));
      return 0;
    }
}

static guint32
parse_value (Parser *parser)
{
  guint32 index;

  skip_space (parser);
  if (parser->p >= parser->end)
    {
      fail (parser, _ ("expected a value"));
      return 0;
    }
  switch (*parser->p)
    {
    case '{':
      return parse_container (parser, TRUE);
    case '[':
      return parse_container (parser, FALSE);
    case '"':
      {
        const char *text = parse_string (parser);

        if (text == NULL)
          return 0;
        index = add_node (parser, PUENTE_JSON_STRING);
        node_at (parser, index)->value = text;
        return index;
      }
    case 't':
    case 'f':
    case 'n':
      {
        static const struct
        {
          const char    *word;
          PuenteJsonKind kind;
        } words[] = { { "true", PUENTE_JSON_TRUE }, { "false", PUENTE_JSON_FALSE }, { "null", PUENTE_JSON_NULL } };

        for (guint i = 0; i < G_N_ELEMENTS (words); i++)
          {
            gsize n = strlen (words[i].word);

            if ((gsize) (parser->end - parser->p) >= n && memcmp (parser->p, words[i].word, n) == 0)
              {
                parser->p += n;
                return add_node (parser, words[i].kind);
              }
          }
        fail (parser, _ ("expected a value"));
        return 0;
      }
    default:
      {
        /* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
        char *from = parser->p;

        if (*parser->p == '-')
          parser->p++;
        if (parser->p < parser->end && *parser->p == '0')
          parser->p++;
        else if (!digits (parser))
          {
            parser->p = from;
            fail (parser, _ ("expected a value"));
            return 0;
          }
        if (parser->p < parser->end && *parser->p == '.')
          {
            parser->p++;
            if (!digits (parser))
              {
                fail (parser, _ ("a number without digits after its point"));
                return 0;
              }
          }
        if (parser->p < parser->end && (*parser->p == 'e' || *parser->p == 'E'))
          {
            parser->p++;
            if (parser->p < parser->end && (*parser->p == '+' || *parser->p == '-'))
              parser->p++;
            if (!digits (parser))
              {
                fail (parser, _ ("a number without digits in its exponent"));
                return 0;
              }
          }
        index = add_node (parser, PUENTE_JSON_NUMBER);
        node_at (parser, index)->value = from;
        node_at (parser, index)->length = (guint32) (parser->p - from);
        return index;
      }
    }
}

PuenteJsonTree *
puente_json_tree_parse (char    *text,
                        gsize    length,
                        guint    max_depth,
                        GError **error)
{
  g_autoptr(GArray) nodes = g_array_sized_new (FALSE, FALSE, sizeof (Node), length / 16 + 16);
  Parser          parser = { text, text, text + length, 0, max_depth, nodes, error };
  PuenteJsonTree *self;
  Node            none = { 0 };

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("the text is not UTF-8"));
      return NULL;
    }
  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    parser.p += 3;
  g_array_append_val (nodes, none);
  if (parse_value (&parser) == 0)
    return NULL;
  skip_space (&parser);
  if (parser.p < parser.end)
    {
      fail (&parser, _ ("more text after the value"));
      return NULL;
    }
  self = g_new0 (PuenteJsonTree, 1);
  self->nodes = g_steal_pointer (&nodes);
  return self;
}

void
puente_json_tree_free (PuenteJsonTree *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->nodes);
  g_free (self);
}

static const Node *
get (const PuenteJsonTree *self,
     PuenteJsonNode        node)
{
  return node > 0 && node < self->nodes->len ? &g_array_index (self->nodes, Node, node) : NULL;
}

PuenteJsonNode
puente_json_tree_root (const PuenteJsonTree *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->nodes->len > 1 ? 1 : 0;
}

PuenteJsonKind
puente_json_tree_kind (const PuenteJsonTree *self,
                       PuenteJsonNode        node)
{
  const Node *n;

  g_return_val_if_fail (self != NULL, PUENTE_JSON_NULL);
  n = get (self, node);
  return n != NULL ? n->kind : PUENTE_JSON_NULL;
}

PuenteJsonNode
puente_json_tree_first (const PuenteJsonTree *self,
                        PuenteJsonNode        node)
{
  const Node *n;

  g_return_val_if_fail (self != NULL, 0);
  n = get (self, node);
  return n != NULL ? n->first : 0;
}

PuenteJsonNode
puente_json_tree_next (const PuenteJsonTree *self,
                       PuenteJsonNode        node)
{
  const Node *n;

  g_return_val_if_fail (self != NULL, 0);
  n = get (self, node);
  return n != NULL ? n->next : 0;
}

guint
puente_json_tree_length (const PuenteJsonTree *self,
                         PuenteJsonNode        node)
{
  const Node *n;

  g_return_val_if_fail (self != NULL, 0);
  n = get (self, node);
  return n != NULL && (n->kind == PUENTE_JSON_ARRAY || n->kind == PUENTE_JSON_OBJECT) ? n->count : 0;
}

PuenteJsonNode
puente_json_tree_member (const PuenteJsonTree *self,
                         PuenteJsonNode        object,
                         const char           *name)
{
  const Node    *n;
  PuenteJsonNode found = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (name != NULL, 0);

  n = get (self, object);
  if (n == NULL || n->kind != PUENTE_JSON_OBJECT)
    return 0;
  for (PuenteJsonNode child = n->first; child != 0; child = get (self, child)->next)
    if (strcmp (get (self, child)->key, name) == 0)
      found = child;
  return found != 0 && get (self, found)->kind != PUENTE_JSON_NULL ? found : 0;
}

const char *
puente_json_tree_string (const PuenteJsonTree *self,
                         PuenteJsonNode        node)
{
  const Node *n;

  g_return_val_if_fail (self != NULL, NULL);
  n = get (self, node);
  return n != NULL && n->kind == PUENTE_JSON_STRING ? n->value : NULL;
}

gboolean
puente_json_tree_number (const PuenteJsonTree *self,
                         PuenteJsonNode        node,
                         double               *value)
{
  const Node *n;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  n = get (self, node);
  if (n == NULL || n->kind != PUENTE_JSON_NUMBER)
    return FALSE;
  /* The text ends at a delimiter the parser checked: strtod stops there. */
  *value = g_ascii_strtod (n->value, NULL);
  return isfinite (*value);
}

const char *
puente_json_tree_text (const PuenteJsonTree *self,
                       PuenteJsonNode        node,
                       char                 *buf,
                       gsize                 size)
{
  const Node *n;

  g_return_val_if_fail (self != NULL, NULL);

  n = get (self, node);
  if (n == NULL)
    return NULL;
  switch (n->kind)
    {
    case PUENTE_JSON_STRING:
      return n->value;
    case PUENTE_JSON_NUMBER:
      g_strlcpy (buf, n->value, MIN (size, (gsize) n->length + 1));
      return buf;
    case PUENTE_JSON_TRUE:
      return "true";
    case PUENTE_JSON_FALSE:
      return "false";
    default:
      return NULL;
    }
}
