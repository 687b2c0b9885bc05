/* test-json-tree.c: the JSON reader behind large station imports
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * It must read what RFC 8259 allows, exactly as written, and refuse the
 * rest with where it went wrong: a station file is whatever a user has.
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "puente-json-tree.h"

static PuenteJsonTree *
parse (const char  *text,
       char       **copy,
       GError     **error)
{
  *copy = g_strdup (text);
  return puente_json_tree_parse (*copy, strlen (*copy), 32, error);
}

static void
test_values (void)
{
  g_autofree char *copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteJsonTree) tree =
    parse ("\xef\xbb\xbf {\"a\": \"caf\\u00e9 \\\"x\\\"\\n\\ud83d\\ude97\", \"n\": -12.5e2, \"id\": 100582,"
           " \"s\": \" 41.5 \", \"t\": true, \"z\": null, \"a\": \"last\", \"list\": [1, [], {}, \"x\"],"
           " \"nul\": \"a\\u0000b\"}  \n", &copy, &error);
  PuenteJsonNode root, list, item;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double v = 0;

  g_assert_no_error (error);
  root = puente_json_tree_root (tree);
  g_assert_cmpint (puente_json_tree_kind (tree, root), ==, PUENTE_JSON_OBJECT);
  g_assert_cmpuint (puente_json_tree_length (tree, root), ==, 9);
  /* A repeated member: the last one, as json-glib reads it. */
  g_assert_cmpstr (puente_json_tree_string (tree, puente_json_tree_member (tree, root, "a")), ==, "last");
  g_assert_true (puente_json_tree_number (tree, puente_json_tree_member (tree, root, "n"), &v));
  g_assert_cmpfloat (v, ==, -1250);
  g_assert_cmpstr (puente_json_tree_text (tree, puente_json_tree_member (tree, root, "id"), buf, sizeof buf), ==, "100582");
  g_assert_false (puente_json_tree_number (tree, puente_json_tree_member (tree, root, "s"), &v));
  g_assert_cmpstr (puente_json_tree_string (tree, puente_json_tree_member (tree, root, "s")), ==, " 41.5 ");
  g_assert_cmpstr (puente_json_tree_text (tree, puente_json_tree_member (tree, root, "t"), buf, sizeof buf), ==, "true");
  /* Null and absent are alike. */
  g_assert_cmpuint (puente_json_tree_member (tree, root, "z"), ==, 0);
  g_assert_cmpuint (puente_json_tree_member (tree, root, "missing"), ==, 0);
  g_assert_false (puente_json_tree_number (tree, puente_json_tree_member (tree, root, "t"), &v));
  g_assert_cmpstr (puente_json_tree_string (tree, puente_json_tree_member (tree, root, "nul")), ==, "a\xef\xbf\xbd" "b");
  list = puente_json_tree_member (tree, root, "list");
  g_assert_cmpuint (puente_json_tree_length (tree, list), ==, 4);
  item = puente_json_tree_first (tree, list);
  g_assert_cmpint (puente_json_tree_kind (tree, item), ==, PUENTE_JSON_NUMBER);
  item = puente_json_tree_next (tree, item);
  g_assert_cmpint (puente_json_tree_kind (tree, item), ==, PUENTE_JSON_ARRAY);
  g_assert_cmpuint (puente_json_tree_length (tree, item), ==, 0);
  item = puente_json_tree_next (tree, puente_json_tree_next (tree, item));
  g_assert_cmpstr (puente_json_tree_string (tree, item), ==, "x");
  g_assert_cmpuint (puente_json_tree_next (tree, item), ==, 0);

  /* The first string, escapes and all. */
  {
    g_autofree char *copy2 = NULL;
    g_autoptr(PuenteJsonTree) one = parse ("[\"caf\\u00e9 \\\"x\\\"\\n\\ud83d\\ude97\"]", &copy2, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (puente_json_tree_string (one, puente_json_tree_first (one, puente_json_tree_root (one))), ==,
                     "café \"x\"\n\xf0\x9f\x9a\x97");
  }
}

static void
test_refusals (void)
{
  const struct
  {
    const char *text;
    const char *message;
  } cases[] = {
    { "", "line 1: expected a value" },
    { "[1, 2", "line 1: expected ',' or ']'" },
    { "{\"a\" 1}", "line 1: expected ':'" },
    { "{\"a\": 1,}", "line 1: expected a member name" },
    { "[01]", "line 1: expected ',' or ']'" },
    { "[1.]", "line 1: a number without digits after its point" },
    { "[1e]", "line 1: a number without digits in its exponent" },
    { "[-]", "line 1: expected a value" },
    { "[NaN]", "line 1: expected a value" },
    { "[tru]", "line 1: expected a value" },
    { "[\"a\nb\"]", "line 1: a control character in a string" },
    { "[\"\\x\"]", "line 1: a bad escape in a string" },
    { "[\"\\ud800\"]", "line 1: a bad \\u escape in a string" },
    { "[\"open", "line 1: a string is not closed" },
    { "[1]\n\n[2]", "line 3: more text after the value" },
    { "[\"\xff\"]", "the text is not UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *copy = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PuenteJsonTree) tree = parse (cases[i].text, &copy, &error);

      g_assert_null (tree);
      g_assert_nonnull (error);
      if (g_strcmp0 (error->message, cases[i].message) != 0)
        g_error ("“%s”: “%s”, expected “%s”", cases[i].text, error->message, cases[i].message);
    }
}

static void
test_depth (void)
{
  GString *deep = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteJsonTree) ok = NULL;
  g_autoptr(PuenteJsonTree) refused = NULL;

  for (guint i = 0; i < 32; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < 32; i++)
    g_string_append_c (deep, ']');
  text = g_string_free (deep, FALSE);
  ok = puente_json_tree_parse (text, strlen (text), 32, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ok);
  /* A million brackets do not reach the stack's end. */
  {
    gsize n = 1000000;
    char *brackets = g_malloc (n + 1);

    memset (brackets, '[', n);
    brackets[n] = '\0';
    refused = puente_json_tree_parse (brackets, n, 32, &error);
    g_assert_null (refused);
    g_assert_cmpstr (error->message, ==, "line 1: nested too deeply");
    g_free (brackets);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/json-tree/values", test_values);
  g_test_add_func ("/model/json-tree/refusals", test_refusals);
  g_test_add_func ("/model/json-tree/depth", test_depth);

  return g_test_run ();
}
