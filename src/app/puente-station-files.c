/* puente-station-files.c: the station files the user imported
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "puente-station-files.h"
#include "puente-tsan.h"

#define SETTINGS_KEY "station-files"

struct _PuenteStationFiles
{
  GObject               parent_instance;

  GPtrArray            *paths;  /* NULL-terminated */
  GHashTable           *errors; /* path -> message of its last import */
  /* Files whose import the user is told about, errors or not. */
  GHashTable           *announce;
  PuenteStations       *stations;
  GSettings            *settings;
  GCancellable         *cancellable;
  /* Bumped on every change of the list: a job for an older list is
   * imported again. */
  guint                 generation;
  gboolean              busy;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (PuenteStationFiles, puente_station_files, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  REPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  GStrv           paths;
  guint           generation;
  /* The window's language: the messages are written in it. */
  locale_t        locale;
  PuenteStations *stations;
  GHashTable     *errors;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  /* On whichever thread GTask drops the job (puente-tsan.h). */
  PUENTE_TSAN_ACQUIRE (job);
  g_strfreev (job->paths);
  g_clear_pointer (&job->stations, puente_stations_unref);
  g_clear_pointer (&job->errors, g_hash_table_unref);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteStateLocator) locator = NULL;
  locale_t previous;

  /* The job, handed over by start_import () (puente-tsan.h). */
  PUENTE_TSAN_ACQUIRE (job);
  /* A pool thread: its own locale comes back after. */
  previous = uselocale (job->locale);

  locator = puente_state_locator_dup_default (&error);
  if (locator == NULL)
    {
      uselocale (previous);
      PUENTE_TSAN_RELEASE (job);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  job->stations = puente_stations_new (locator);
  for (guint i = 0; job->paths[i] != NULL; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      if (!puente_stations_import_file (job->stations, job->paths[i], &error))
        {
          g_hash_table_insert (job->errors, g_strdup (job->paths[i]), g_strdup (error->message));
          g_clear_error (&error);
        }
    }
  uselocale (previous);
  /* Back to the main thread, with the stations (on_import_done ()). */
  PUENTE_TSAN_RELEASE (job);
  g_task_return_boolean (task, TRUE);
}

static void start_import (PuenteStationFiles *self);

/* "NY.csv: 4736 stations imported; 121 rows skipped: not an electric
 * station". */
static char *
describe_import (PuenteStations *stations,
                 const char     *path)
{
  for (guint i = 0; i < puente_stations_get_n_files (stations); i++)
    {
      const PuenteStationFile *file = puente_stations_get_file (stations, i);
      g_autofree char         *skips = NULL;
      g_autofree char         *imported = NULL;

      if (g_strcmp0 (file->path, path) != 0)
        continue;
      /* Translators: a station file's name and how many stations it gave */
      imported = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u station imported", "%s: %u stations imported",
                                               file->n_imported),
                                  file->name, file->n_imported);
      skips = puente_station_file_describe_skips (file);
      if (*skips == '\0')
        return g_steal_pointer (&imported);
      return g_strconcat (imported, "; ", skips, NULL);
    }
  return NULL;
}

static void
import_done (PuenteStationFiles *self,
             ImportJob          *job,
             GAsyncResult       *result)
{
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer       key;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[REPORT], 0, error->message, TRUE);
      self->busy = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
      return;
    }
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (job->generation != self->generation)
    {
      /* The list changed meanwhile: import it as it is now. */
      start_import (self);
      return;
    }

  g_clear_pointer (&self->stations, puente_stations_unref);
  if (puente_stations_get_n_files (job->stations) > 0)
    self->stations = puente_stations_ref (job->stations);
  g_hash_table_remove_all (self->errors);
  g_hash_table_iter_init (&iter, job->errors);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_insert (self->errors, g_strdup (key), g_strdup (g_hash_table_lookup (job->errors, key)));
  self->busy = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);

  /* Errors always; what went well for the files just added. */
  for (guint i = 0; i + 1 < self->paths->len; i++)
    {
      const char *path = self->paths->pdata[i];
      const char *message = g_hash_table_lookup (self->errors, path);

      if (message != NULL)
        g_signal_emit (self, signals[REPORT], 0, message, TRUE);
      else if (g_hash_table_contains (self->announce, path))
        {
          g_autofree char *text = describe_import (self->stations, path);

          if (text != NULL)
            g_signal_emit (self, signals[REPORT], 0, text, FALSE);
        }
    }
  g_hash_table_remove_all (self->announce);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportJob *job = g_task_get_task_data (G_TASK (result));

  /* The job comes back from import_thread (), and goes back to be freed
   * wherever GTask drops it (import_job_free ()). */
  PUENTE_TSAN_ACQUIRE (job);
  import_done (PUENTE_STATION_FILES (source), job, result);
  PUENTE_TSAN_RELEASE (job);
}

static void
start_import (PuenteStationFiles *self)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  if (self->paths->len == 1)
    {
      /* Nothing left to import: no thread for that, and no change to
       * tell when there were no stations either. */
      gboolean had = self->stations != NULL;

      g_clear_pointer (&self->stations, puente_stations_unref);
      g_hash_table_remove_all (self->errors);
      if (had)
        g_signal_emit (self, signals[CHANGED], 0);
      return;
    }

  job = g_new0 (ImportJob, 1);
  job->paths = g_strdupv ((char **) self->paths->pdata);
  job->generation = self->generation;
  job->locale = uselocale ((locale_t) 0);
  job->errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  task = g_task_new (self, self->cancellable, on_import_done, NULL);
  g_task_set_source_tag (task, start_import);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  if (!self->busy)
    {
      self->busy = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
    }
  PUENTE_TSAN_RELEASE (job);
  g_task_run_in_thread (task, import_thread);
}

/* The list changed: remember it, and import it (after the running job). */
static void
list_changed (PuenteStationFiles *self)
{
  gboolean running = self->busy;

  self->generation++;
  if (self->settings != NULL)
    g_settings_set_strv (self->settings, SETTINGS_KEY, (const char *const *) self->paths->pdata);
  if (!running)
    start_import (self);
}

static int
find_path (PuenteStationFiles *self,
           const char         *path)
{
  for (guint i = 0; i + 1 < self->paths->len; i++)
    if (g_str_equal (self->paths->pdata[i], path))
      return (int) i;
  return -1;
}

static void
append_path (PuenteStationFiles *self,
             const char         *path)
{
  g_ptr_array_insert (self->paths, (int) self->paths->len - 1, g_strdup (path));
}

void
puente_station_files_bind_settings (PuenteStationFiles *self,
                                    GSettings          *settings)
{
  g_auto(GStrv) saved = NULL;

  g_return_if_fail (PUENTE_IS_STATION_FILES (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_set_object (&self->settings, settings);
  saved = g_settings_get_strv (settings, SETTINGS_KEY);
  for (guint i = 0; saved[i] != NULL; i++)
    if (find_path (self, saved[i]) < 0)
      append_path (self, saved[i]);
  list_changed (self);
}

void
puente_station_files_add (PuenteStationFiles *self,
                          const char *const  *paths)
{
  g_return_if_fail (PUENTE_IS_STATION_FILES (self));
  g_return_if_fail (paths != NULL);

  if (paths[0] == NULL)
    return;
  for (guint i = 0; paths[i] != NULL; i++)
    {
      if (find_path (self, paths[i]) < 0)
        append_path (self, paths[i]);
      g_hash_table_add (self->announce, g_strdup (paths[i]));
    }
  list_changed (self);
}

void
puente_station_files_remove (PuenteStationFiles *self,
                             const char         *path)
{
  int index;

  g_return_if_fail (PUENTE_IS_STATION_FILES (self));
  g_return_if_fail (path != NULL);

  if ((index = find_path (self, path)) < 0)
    return;
  g_hash_table_remove (self->errors, path);
  /* @path may be the list's own copy: last. */
  g_ptr_array_remove_index (self->paths, (guint) index);
  list_changed (self);
}

const char *const *
puente_station_files_get_paths (PuenteStationFiles *self)
{
  g_return_val_if_fail (PUENTE_IS_STATION_FILES (self), NULL);

  return (const char *const *) self->paths->pdata;
}

const char *
puente_station_files_get_error (PuenteStationFiles *self,
                                const char         *path)
{
  g_return_val_if_fail (PUENTE_IS_STATION_FILES (self), NULL);

  return path != NULL ? g_hash_table_lookup (self->errors, path) : NULL;
}

PuenteStations *
puente_station_files_get_stations (PuenteStationFiles *self)
{
  g_return_val_if_fail (PUENTE_IS_STATION_FILES (self), NULL);

  return self->stations;
}

gboolean
puente_station_files_get_busy (PuenteStationFiles *self)
{
  g_return_val_if_fail (PUENTE_IS_STATION_FILES (self), FALSE);

  return self->busy;
}

/* ---- choosing and dropping ------------------------------------------- */

/* The local paths of @files; a file elsewhere (a phone, a server) is
 * reported instead. */
static GStrv
local_paths (PuenteStationFiles *self,
             GListModel         *files)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_strv_builder_add (builder, path);
      else
        {
          g_autofree char *uri = g_file_get_uri (file);
          g_autofree char *message = NULL;

          message = g_strdup_printf (_ ("Cannot import “%s”: copy it to a folder on this computer first"), uri);
          g_signal_emit (self, signals[REPORT], 0, message, TRUE);
        }
    }
  return g_strv_builder_end (builder);
}

static void
on_chooser_response (GtkNativeDialog    *dialog,
                     int                 response,
                     PuenteStationFiles *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_auto(GStrv) paths = local_paths (self, files);

      puente_station_files_add (self, (const char *const *) paths);
    }
  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);
}

void
puente_station_files_choose (PuenteStationFiles *self,
                             GtkWindow          *parent)
{
  g_autoptr(GtkFileFilter) stations = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (PUENTE_IS_STATION_FILES (self));

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }
  self->chooser = gtk_file_chooser_native_new (_ ("Import Charging Stations"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _ ("_Import"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_filter_set_name (stations, _ ("Station Files (AFDC CSV or JSON, Open Charge Map JSON)"));
  gtk_file_filter_add_suffix (stations, "csv");
  gtk_file_filter_add_suffix (stations, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), stations);
  gtk_file_filter_set_name (all, _ ("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Whether a dropped @file is a station list: any CSV, and JSON that is
 * not a Puente scenario. */
static gboolean
is_station_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFileInputStream) stream = NULL;
  char  head[65536];
  gsize n = 0;

  if (name == NULL)
    return FALSE;
  if (g_str_has_suffix (name, ".csv") || g_str_has_suffix (name, ".CSV"))
    return TRUE;
  if (!g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, ".JSON"))
    return FALSE;
  /* Scenarios say so at their top: "format": "puente-scenario". */
  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head - 1, &n, NULL, NULL))
    return FALSE;
  head[n] = '\0';
  return strstr (head, "\"puente-scenario\"") == NULL;
}

gboolean
puente_station_files_drop (PuenteStationFiles *self,
                           const GValue       *value,
                           GFile             **other)
{
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_auto(GStrv) paths = NULL;

  g_return_val_if_fail (PUENTE_IS_STATION_FILES (self), FALSE);
  g_return_val_if_fail (other != NULL && *other == NULL, FALSE);

  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      GFile *file = g_value_get_object (value);

      if (is_station_file (file))
        g_list_store_append (files, file);
      else
        *other = g_object_ref (file);
    }
  else if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
      {
        if (is_station_file (l->data))
          g_list_store_append (files, l->data);
        else if (*other == NULL)
          *other = g_object_ref (l->data);
      }
  if (g_list_model_get_n_items (G_LIST_MODEL (files)) == 0)
    return FALSE;
  paths = local_paths (self, G_LIST_MODEL (files));
  puente_station_files_add (self, (const char *const *) paths);
  return paths[0] != NULL;
}

/* ---- GObject ---------------------------------------------------------- */

static void
puente_station_files_dispose (GObject *object)
{
  PuenteStationFiles *self = PUENTE_STATION_FILES (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (puente_station_files_parent_class)->dispose (object);
}

static void
puente_station_files_finalize (GObject *object)
{
  PuenteStationFiles *self = PUENTE_STATION_FILES (object);

  g_clear_pointer (&self->paths, g_ptr_array_unref);
  g_clear_pointer (&self->errors, g_hash_table_unref);
  g_clear_pointer (&self->announce, g_hash_table_unref);
  g_clear_pointer (&self->stations, puente_stations_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (puente_station_files_parent_class)->finalize (object);
}

static void
puente_station_files_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PuenteStationFiles *self = PUENTE_STATION_FILES (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_station_files_class_init (PuenteStationFilesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = puente_station_files_dispose;
  object_class->finalize = puente_station_files_finalize;
  object_class->get_property = puente_station_files_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The stations were replaced (imported again, a file removed). */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* What an import did, a translated sentence; TRUE for an error. */
  signals[REPORT] =
    g_signal_new ("report", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
puente_station_files_init (PuenteStationFiles *self)
{
  self->paths = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->paths, NULL);
  self->errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->announce = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

PuenteStationFiles *
puente_station_files_new (void)
{
  return g_object_new (PUENTE_TYPE_STATION_FILES, NULL);
}
