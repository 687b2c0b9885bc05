/* puente-scenario-catalogue.c: the names of the scenarios a user can pick
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "puente-scenario-catalogue.h"
#include "puente-scenario.h"
#include "puente-user-scenarios.h"

/* Quiet time after a change in the folder before it is read again: a
 * save is a write, a rename and a few events. */
#define REFRESH_DELAY_MS 200
/* Without a folder monitor, how often the folder's own time stamp is
 * looked at (one stat; the files are read only when it changed). */
#define POLL_INTERVAL_S 2

typedef struct
{
  char  *path;
  gint64 mtime;
  char  *names[2]; /* by PuenteLang: English, Spanish; NULL when none */
} Entry;

struct _PuenteScenarioCatalogue
{
  GObject       parent_instance;

  GHashTable   *presets; /* id -> PuenteScenario */
  GPtrArray    *user;    /* Entry, sorted by path */
  GFileMonitor *monitor;
  guint         refresh_source;
  /* Without a monitor: the folder, polled, and its last time stamp. */
  char         *folder;
  gint64        folder_mtime;
  guint         poll_source;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PuenteScenarioCatalogue, puente_scenario_catalogue, G_TYPE_OBJECT)

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->path);
  g_free (entry->names[PUENTE_LANG_EN]);
  g_free (entry->names[PUENTE_LANG_ES]);
  g_free (entry);
}

static gint64
mtime_of (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return -1;
  return (gint64) st.st_mtime * G_USEC_PER_SEC + (gint64) (st.st_mtim.tv_nsec / 1000);
}

static Entry *
find_entry (PuenteScenarioCatalogue *self,
            const char              *path)
{
  for (guint i = 0; i < self->user->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->user, i);

      if (g_str_equal (entry->path, path))
        return entry;
    }
  return NULL;
}

void
puente_scenario_catalogue_refresh (PuenteScenarioCatalogue *self)
{
  g_autoptr(GPtrArray) paths = puente_user_scenarios_list ();
  GPtrArray *user = g_ptr_array_new_with_free_func (entry_free);
  gboolean   changed = paths->len != self->user->len;

  g_return_if_fail (PUENTE_IS_SCENARIO_CATALOGUE (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      gint64      mtime = mtime_of (path);
      Entry      *old = find_entry (self, path);
      Entry      *entry = g_new0 (Entry, 1);

      entry->path = g_strdup (path);
      entry->mtime = mtime;
      if (old != NULL && old->mtime == mtime)
        {
          /* Unchanged since it was read: keep its names. */
          entry->names[PUENTE_LANG_EN] = g_strdup (old->names[PUENTE_LANG_EN]);
          entry->names[PUENTE_LANG_ES] = g_strdup (old->names[PUENTE_LANG_ES]);
        }
      else
        {
          g_autoptr(PuenteScenario) scenario = puente_scenario_load_file (path, NULL);

          if (scenario != NULL)
            {
              entry->names[PUENTE_LANG_EN] = g_strdup (puente_scenario_get_name (scenario, PUENTE_LANG_EN));
              entry->names[PUENTE_LANG_ES] = g_strdup (puente_scenario_get_name (scenario, PUENTE_LANG_ES));
            }
          changed = TRUE;
        }
      if (old == NULL)
        changed = TRUE;
      g_ptr_array_add (user, entry);
    }

  g_ptr_array_unref (self->user);
  self->user = user;
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
refresh_later (gpointer user_data)
{
  PuenteScenarioCatalogue *self = user_data;

  self->refresh_source = 0;
  puente_scenario_catalogue_refresh (self);
  return G_SOURCE_REMOVE;
}

/* No folder monitor (the system's inotify watches used up, or none on
 * this file system): a scenario written there from outside shows within
 * a few seconds all the same. A file saved into the same folder within
 * one time-stamp tick of the last look is seen at the next change. */
static gboolean
poll_folder (gpointer user_data)
{
  PuenteScenarioCatalogue *self = user_data;
  gint64                   mtime = mtime_of (self->folder);

  if (mtime != self->folder_mtime)
    {
      self->folder_mtime = mtime;
      puente_scenario_catalogue_refresh (self);
    }
  return G_SOURCE_CONTINUE;
}

static void
on_folder_changed (GFileMonitor            *monitor,
                   GFile                   *file,
                   GFile                   *other,
                   GFileMonitorEvent        event,
                   PuenteScenarioCatalogue *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_later, self);
}

PuenteScenarioCatalogue *
puente_scenario_catalogue_get_default (void)
{
  static PuenteScenarioCatalogue *catalogue;

  if (catalogue == NULL)
    catalogue = g_object_new (PUENTE_TYPE_SCENARIO_CATALOGUE, NULL);
  return catalogue;
}

/* Presets ship in the GResource: read once. */
static PuenteScenario *
lookup_preset (PuenteScenarioCatalogue *self,
               const char              *preset_id)
{
  PuenteScenario *preset = g_hash_table_lookup (self->presets, preset_id);

  if (preset == NULL)
    {
      preset = puente_scenario_load_preset (preset_id, NULL);
      if (preset != NULL)
        g_hash_table_insert (self->presets, g_strdup (preset_id), preset);
    }
  return preset;
}

const char *
puente_scenario_catalogue_get_preset_name (PuenteScenarioCatalogue *self,
                                           const char              *preset_id,
                                           PuenteLang               lang)
{
  PuenteScenario *preset;
  const char     *name;

  g_return_val_if_fail (PUENTE_IS_SCENARIO_CATALOGUE (self), NULL);
  g_return_val_if_fail (preset_id != NULL, NULL);

  if ((preset = lookup_preset (self, preset_id)) == NULL)
    return preset_id;
  name = puente_scenario_get_name (preset, lang);
  return name != NULL && *name != '\0' ? name : preset_id;
}

char *
puente_scenario_catalogue_dup_preset_badge (PuenteScenarioCatalogue *self,
                                            const char              *preset_id,
                                            PuenteLang               lang)
{
  PuenteScenario *preset;

  g_return_val_if_fail (PUENTE_IS_SCENARIO_CATALOGUE (self), NULL);
  g_return_val_if_fail (preset_id != NULL, NULL);

  if ((preset = lookup_preset (self, preset_id)) == NULL)
    return NULL;
  return puente_scenario_dup_badge (preset, lang);
}

guint
puente_scenario_catalogue_get_n_user (PuenteScenarioCatalogue *self)
{
  g_return_val_if_fail (PUENTE_IS_SCENARIO_CATALOGUE (self), 0);

  return self->user->len;
}

const char *
puente_scenario_catalogue_get_user_path (PuenteScenarioCatalogue *self,
                                         guint                    index)
{
  g_return_val_if_fail (PUENTE_IS_SCENARIO_CATALOGUE (self), NULL);
  g_return_val_if_fail (index < self->user->len, NULL);

  return ((Entry *) g_ptr_array_index (self->user, index))->path;
}

const char *
puente_scenario_catalogue_get_user_name (PuenteScenarioCatalogue *self,
                                         guint                    index,
                                         PuenteLang               lang)
{
  Entry *entry;

  g_return_val_if_fail (PUENTE_IS_SCENARIO_CATALOGUE (self), NULL);
  g_return_val_if_fail (index < self->user->len, NULL);

  entry = g_ptr_array_index (self->user, index);
  return entry->names[lang == PUENTE_LANG_ES ? PUENTE_LANG_ES : PUENTE_LANG_EN];
}

static void
puente_scenario_catalogue_finalize (GObject *object)
{
  PuenteScenarioCatalogue *self = PUENTE_SCENARIO_CATALOGUE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_handle_id (&self->poll_source, g_source_remove);
  g_clear_pointer (&self->folder, g_free);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  g_clear_pointer (&self->user, g_ptr_array_unref);
  g_clear_pointer (&self->presets, g_hash_table_unref);

  G_OBJECT_CLASS (puente_scenario_catalogue_parent_class)->finalize (object);
}

static void
puente_scenario_catalogue_class_init (PuenteScenarioCatalogueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = puente_scenario_catalogue_finalize;

  /* The user scenarios or their names changed. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
puente_scenario_catalogue_init (PuenteScenarioCatalogue *self)
{
  g_autofree char *path = puente_user_scenarios_get_dir ();
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  self->presets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) puente_scenario_free);
  self->user = g_ptr_array_new_with_free_func (entry_free);

  /* Watched from the start, so that the first scenario saved there shows. */
  g_mkdir_with_parents (path, 0700);
  self->monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_folder_changed), self);
  else
    {
      /* Not a fault of the user's (e.g. the system's inotify watches
       * are used up): Puente's own saves and deletions refresh the menus
       * themselves, and files added from outside are found by looking
       * at the folder now and then. */
      g_debug ("No monitor for %s (%s): polling it every %d s",
               path, error->message, POLL_INTERVAL_S);
      self->folder = g_strdup (path);
      self->folder_mtime = mtime_of (path);
      self->poll_source = g_timeout_add_seconds (POLL_INTERVAL_S, poll_folder, self);
    }

  puente_scenario_catalogue_refresh (self);
}
