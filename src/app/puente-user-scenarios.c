/* puente-user-scenarios.c: the user's own scenarios and the autosave
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "puente-file.h"
#include "puente-user-scenarios.h"

char *
puente_user_scenarios_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "puente", "scenarios", NULL);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

GPtrArray *
puente_user_scenarios_list (void)
{
  g_autofree char *dir_path = puente_user_scenarios_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray  *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return paths;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));

  g_ptr_array_sort (paths, compare_paths);
  return paths;
}

gboolean
puente_user_scenarios_contains (GFile *file)
{
  g_autofree char *dir_path = puente_user_scenarios_get_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (dir_path);
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  parent = g_file_get_parent (file);
  return parent != NULL && g_file_equal (parent, dir);
}

GFile *
puente_user_scenarios_new_file (const char *name)
{
  g_autofree char *dir_path = puente_user_scenarios_get_dir ();
  g_autoptr(GString) slug = g_string_new (NULL);
  g_autofree char *ascii = g_str_to_ascii (name != NULL ? name : "", NULL);

  g_mkdir_with_parents (dir_path, 0700);

  /* A readable, portable file name from the scenario's name. */
  for (const char *p = ascii; *p != '\0' && slug->len < 60; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_assign (slug, "scenario");

  for (guint n = 1; n < 10000; n++)
    {
      g_autofree char *base = n == 1 ? g_strdup_printf ("%s.json", slug->str)
                                     : g_strdup_printf ("%s-%u.json", slug->str, n);
      g_autofree char *path = g_build_filename (dir_path, base, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_file_new_for_path (path);
    }

  g_return_val_if_reached (NULL);
}

void
puente_user_scenarios_check (GPtrArray *problems)
{
  g_autoptr(GPtrArray) paths = puente_user_scenarios_list ();

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(PuenteScenario) scenario = puente_scenario_load_file (path, &error);
      g_autofree char *explained = NULL;
      char            *message;

      if (scenario != NULL)
        continue;

      explained = puente_file_set_aside_for (path, error);
      /* Translators: %s says what is wrong, where, and the file's new name */
      message = g_strdup_printf (_ ("One of your scenarios could not be read: %s"), explained);
      g_message ("%s", message);
      if (problems != NULL)
        g_ptr_array_add (problems, message);
      else
        g_free (message);
    }
}
