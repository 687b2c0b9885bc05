/* test-hostile.c: the hostile files of issue 12, for every reader's tests
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "test-hostile.h"

#define HEAD "{\"format\": \"puente-scenario\", \"version\": 1, "

static const HostileFile corpus[] = {
  { "deep.json", "nested more than 64" },
  { "zero.json", "a device" },
  { "fifo.json", "a pipe (FIFO)" },
  { "folder.json", "a folder" },
  { "big.json", "larger than 10.0" },
  { "wrap-year.json", "too large" },
  { "wrap-version.json", "too large" },
  { "nul.json", "NUL" },
  { "long-id.json", NULL },
};

char *
hostile_deep_json (guint depth)
{
  GString *out = g_string_sized_new (2 * depth + 1);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (out, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (out, ']');
  return g_string_free (out, FALSE);
}

char *
hostile_long_id_scenario (gsize id_length)
{
  GString *out = g_string_new (HEAD "\"levers\": {\"");

  for (gsize i = 0; i < id_length; i++)
    g_string_append_c (out, "ldv.us.target_shar"[i % 18]);
  g_string_append (out, "\": 0.5}}");
  return g_string_free (out, FALSE);
}

static void
set_contents (const char *path,
              const char *data,
              gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

void
hostile_file_make (const char *name,
                   const char *path)
{
  if (strcmp (name, "deep.json") == 0)
    {
      /* The 200 KB file of 100,000 nested "[" that crashed every reader. */
      g_autofree char *deep = hostile_deep_json (100000);

      set_contents (path, deep, -1);
    }
  else if (strcmp (name, "zero.json") == 0)
    g_assert_cmpint (symlink ("/dev/zero", path), ==, 0);
  else if (strcmp (name, "fifo.json") == 0)
    g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  else if (strcmp (name, "folder.json") == 0)
    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  else if (strcmp (name, "big.json") == 0)
    {
      /* Valid JSON, 10 MiB + 1 byte. */
      gsize size = 10 * 1024 * 1024 + 1;
      g_autofree char *big = g_malloc (size);

      memset (big, ' ', size);
      big[0] = '{';
      big[size - 1] = '}';
      set_contents (path, big, (gssize) size);
    }
  else if (strcmp (name, "wrap-year.json") == 0)
    /* -18446744073709549586 is 2030 modulo 2^64. */
    set_contents (path, HEAD "\"levers\": {\"ldv.us.target_year\": -18446744073709549586}}", -1);
  else if (strcmp (name, "wrap-version.json") == 0)
    /* 18446744073709551617 is 1 modulo 2^64. */
    set_contents (path, "{\"format\": \"puente-scenario\", \"version\": 18446744073709551617, \"levers\": {}}", -1);
  else if (strcmp (name, "nul.json") == 0)
    set_contents (path, HEAD "\"name\": {\"en\": \"Plan\\u0000 B\"}, \"levers\": {}}", -1);
  else if (strcmp (name, "long-id.json") == 0)
    {
      g_autofree char *scenario = hostile_long_id_scenario (1024 * 1024);

      set_contents (path, scenario, -1);
    }
  else
    g_assert_not_reached ();
}

const HostileFile *
hostile_corpus_make (const char *dir,
                     guint      *n_files)
{
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autofree char *path = g_build_filename (dir, corpus[i].name, NULL);

      hostile_file_make (corpus[i].name, path);
    }

  *n_files = G_N_ELEMENTS (corpus);
  return corpus;
}

void
hostile_remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      GDir *dir;
      const char *name;

      /* A test may have made it read-only. */
      g_chmod (path, 0755);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          hostile_remove_tree (child);
        }
      if (dir != NULL)
        g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}
