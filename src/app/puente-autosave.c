/* puente-autosave.c: unsaved changes kept on disk, and recovered
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "puente-autosave.h"
#include "puente-file.h"

/* An origin is a path or a preset id: a few kilobytes at most. */
#define MAX_ORIGIN_SIZE 65536

struct _PuenteAutosave
{
  GObject parent_instance;

  char   *json_path;
  char   *origin_path;
  char   *lock_path;
  int     lock_fd;
};

G_DEFINE_FINAL_TYPE (PuenteAutosave, puente_autosave, G_TYPE_OBJECT)

struct _PuenteRecovery
{
  char           *json_path;
  char           *origin_path;
  char           *lock_path;
  int             lock_fd;
  PuenteScenario *scenario;
  char           *origin;
  GDateTime      *time;
};

char *
puente_autosave_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "puente", "recovery", NULL);
}

/* TRUE when @fd is the file at @path. */
static gboolean
holds (int         fd,
       const char *path)
{
  struct stat held, named;

  return fstat (fd, &held) == 0 && stat (path, &named) == 0 &&
    held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

/* Opens and locks @path (creating it when @create), or -1 when another
 * window holds it. The lock is on the file that is still at @path: a
 * file removed between open () and flock () is not one. */
static int
take_lock (const char *path,
           gboolean    create)
{
  for (guint attempt = 0; attempt < 8; attempt++)
    {
      int fd = g_open (path, O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0), 0600);

      if (fd < 0)
        return -1;
      if (flock (fd, LOCK_EX | LOCK_NB) != 0)
        {
          close (fd);
          return -1;
        }
      if (holds (fd, path))
        return fd;
      close (fd);
      if (!create)
        return -1;
    }
  return -1;
}

/* Removes the lock file while holding it, then lets it go. */
static void
drop_lock (const char *path,
           int        *fd)
{
  if (*fd < 0)
    return;
  g_unlink (path);
  close (*fd);
  *fd = -1;
}

gboolean
puente_autosave_is_orphan (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *lock_path = NULL;
  char            *dot = strchr (base, '.');
  int              fd;

  if (dot != NULL)
    *dot = '\0';
  lock_path = g_strconcat (dir, G_DIR_SEPARATOR_S, base, ".lock", NULL);
  if (!g_file_test (lock_path, G_FILE_TEST_EXISTS))
    return TRUE;
  if ((fd = take_lock (lock_path, FALSE)) < 0)
    return FALSE;
  close (fd);
  return TRUE;
}

/* ---- one window's autosave ----------------------------------------- */

static void
puente_autosave_finalize (GObject *object)
{
  PuenteAutosave *self = PUENTE_AUTOSAVE (object);

  /* With unsaved changes on disk the lock file stays: they are recovery
   * data for the next start, which finds the lock free. */
  if (g_file_test (self->json_path, G_FILE_TEST_EXISTS))
    {
      if (self->lock_fd >= 0)
        close (self->lock_fd);
    }
  else
    drop_lock (self->lock_path, &self->lock_fd);

  g_free (self->json_path);
  g_free (self->origin_path);
  g_free (self->lock_path);

  G_OBJECT_CLASS (puente_autosave_parent_class)->finalize (object);
}

static void
puente_autosave_class_init (PuenteAutosaveClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = puente_autosave_finalize;
}

static void
puente_autosave_init (PuenteAutosave *self)
{
  self->lock_fd = -1;
}

PuenteAutosave *
puente_autosave_new (void)
{
  PuenteAutosave  *self = g_object_new (PUENTE_TYPE_AUTOSAVE, NULL);
  g_autofree char *dir = puente_autosave_get_dir ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *id = g_strdup_printf ("%s-%d-%08x", stamp, (int) getpid (), g_random_int ());
  g_autofree char *base = g_build_filename (dir, id, NULL);

  self->json_path = g_strconcat (base, ".json", NULL);
  self->origin_path = g_strconcat (base, ".origin", NULL);
  self->lock_path = g_strconcat (base, ".lock", NULL);

  /* Without a folder or a lock autosaving still works: the write reports
   * any problem where the user sees it. */
  g_mkdir_with_parents (dir, 0700);
  self->lock_fd = take_lock (self->lock_path, TRUE);
  if (self->lock_fd < 0)
    g_debug ("No lock on %s: %s", self->lock_path, g_strerror (errno));

  return self;
}

gboolean
puente_autosave_write (PuenteAutosave       *self,
                       const PuenteScenario *scenario,
                       const char           *origin,
                       GError              **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_val_if_fail (PUENTE_IS_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (scenario != NULL, FALSE);

  /* The folder may have gone since the start. */
  dir = g_path_get_dirname (self->json_path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "%s", g_strerror (saved));
      return FALSE;
    }
  /* The lock file removed behind our back (a cleaner, a user): the lock
   * held no longer protects the name, so take it again. */
  if (self->lock_fd >= 0 && !holds (self->lock_fd, self->lock_path))
    {
      close (self->lock_fd);
      self->lock_fd = -1;
    }
  if (self->lock_fd < 0)
    self->lock_fd = take_lock (self->lock_path, TRUE);

  data = puente_scenario_to_data (scenario, &length);
  return puente_file_write (self->origin_path, origin != NULL ? origin : "",
                            origin != NULL ? strlen (origin) : 0,
                            PUENTE_FILE_WRITE_PRIVATE, error) &&
    puente_file_write (self->json_path, data, length,
                       PUENTE_FILE_WRITE_PRIVATE | PUENTE_FILE_WRITE_DURABLE, error);
}

void
puente_autosave_clear (PuenteAutosave *self)
{
  g_return_if_fail (PUENTE_IS_AUTOSAVE (self));

  g_unlink (self->json_path);
  g_unlink (self->origin_path);
}

const char *
puente_autosave_get_path (PuenteAutosave *self)
{
  g_return_val_if_fail (PUENTE_IS_AUTOSAVE (self), NULL);

  return self->json_path;
}

/* ---- recovery ------------------------------------------------------ */

void
puente_recovery_free (PuenteRecovery *self)
{
  if (self == NULL)
    return;

  if (self->lock_fd >= 0)
    close (self->lock_fd);
  g_free (self->json_path);
  g_free (self->origin_path);
  g_free (self->lock_path);
  g_clear_pointer (&self->scenario, puente_scenario_free);
  g_free (self->origin);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_free (self);
}

void
puente_recovery_discard (PuenteRecovery *self)
{
  g_return_if_fail (self != NULL);

  g_unlink (self->json_path);
  g_unlink (self->origin_path);
  drop_lock (self->lock_path, &self->lock_fd);
}

const PuenteScenario *
puente_recovery_get_scenario (const PuenteRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->scenario;
}

const char *
puente_recovery_get_origin (const PuenteRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->origin;
}

GDateTime *
puente_recovery_get_time (const PuenteRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->time;
}

const char *
puente_recovery_get_path (const PuenteRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->json_path;
}

/* Puente 0.1 kept one autosave.json beside the recovery folder: it joins
 * the folder, so its changes are offered like any other. */
static void
adopt_old_autosave (const char *dir)
{
  g_autofree char *old = g_build_filename (g_get_user_data_dir (), "puente", "autosave.json", NULL);
  g_autofree char *old_origin = g_build_filename (g_get_user_data_dir (), "puente", "autosave.origin", NULL);
  g_autofree char *old_backup = g_strconcat (old, "~", NULL);
  g_autofree char *json = g_build_filename (dir, "autosave-0.1.json", NULL);
  g_autofree char *origin = g_build_filename (dir, "autosave-0.1.origin", NULL);
  GStatBuf         st;

  if (g_lstat (old, &st) != 0 || g_lstat (json, &st) == 0)
    return;
  if (g_rename (old, json) != 0)
    return;
  g_rename (old_origin, origin);
  g_unlink (old_backup);
}

static char *
read_origin (const char *path)
{
  g_autoptr(GBytes) bytes = puente_file_read (path, MAX_ORIGIN_SIZE, NULL);
  const char *data;
  gsize       length;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  if (length == 0 || !g_utf8_validate (data, (gssize) length, NULL) || memchr (data, '\0', length) != NULL)
    return NULL;
  return g_strndup (data, length);
}

/* Reads the claimed recovery at @json_path; a file that cannot be read
 * is set aside and described in @problems. */
static PuenteRecovery *
claim (const char *dir,
       const char *id,
       int         lock_fd,
       GPtrArray  *problems)
{
  g_autoptr(PuenteRecovery) self = g_new0 (PuenteRecovery, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_build_filename (dir, id, NULL);
  GStatBuf         st;

  self->lock_fd = lock_fd;
  self->json_path = g_strconcat (base, ".json", NULL);
  self->origin_path = g_strconcat (base, ".origin", NULL);
  self->lock_path = g_strconcat (base, ".lock", NULL);

  self->scenario = puente_scenario_load_file (self->json_path, &error);
  if (self->scenario == NULL)
    {
      g_autofree char *explained = puente_file_set_aside_for (self->json_path, error);
      /* Translators: %s says what is wrong, where, and the file's new name */
      char            *message = g_strdup_printf (_ ("Recovered changes could not be read: %s"), explained);

      g_message ("%s", message);
      if (problems != NULL)
        g_ptr_array_add (problems, message);
      else
        g_free (message);
      g_unlink (self->origin_path);
      drop_lock (self->lock_path, &self->lock_fd);
      return NULL;
    }

  self->origin = read_origin (self->origin_path);
  if (g_stat (self->json_path, &st) == 0)
    self->time = g_date_time_new_from_unix_local (st.st_mtime);
  else
    self->time = g_date_time_new_now_local ();
  return g_steal_pointer (&self);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const PuenteRecovery *ra = *(const PuenteRecovery *const *) a;
  const PuenteRecovery *rb = *(const PuenteRecovery *const *) b;

  return g_date_time_compare (rb->time, ra->time);
}

GPtrArray *
puente_recovery_find (GPtrArray *problems)
{
  GPtrArray       *found = g_ptr_array_new_with_free_func ((GDestroyNotify) puente_recovery_free);
  g_autofree char *dir_path = puente_autosave_get_dir ();
  g_autoptr(GPtrArray) locks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_mkdir_with_parents (dir_path, 0700);
  adopt_old_autosave (dir_path);

  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    return found;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autofree char *lock_path = NULL;
      PuenteRecovery  *recovery;
      int              fd;

      if (g_str_has_suffix (name, ".lock"))
        {
          g_ptr_array_add (locks, g_strndup (name, strlen (name) - strlen (".lock")));
          continue;
        }
      if (!g_str_has_suffix (name, ".json"))
        continue;

      id = g_strndup (name, strlen (name) - strlen (".json"));
      lock_path = g_strconcat (dir_path, G_DIR_SEPARATOR_S, id, ".lock", NULL);
      /* Held: a live window's autosave, not ours to touch. */
      if ((fd = take_lock (lock_path, TRUE)) < 0)
        continue;
      if ((recovery = claim (dir_path, id, fd, problems)) != NULL)
        g_ptr_array_add (found, recovery);
    }

  /* Locks of windows that closed without unsaved changes. */
  for (guint i = 0; i < locks->len; i++)
    {
      const char      *id = g_ptr_array_index (locks, i);
      g_autofree char *json = g_strconcat (dir_path, G_DIR_SEPARATOR_S, id, ".json", NULL);
      g_autofree char *lock_path = g_strconcat (dir_path, G_DIR_SEPARATOR_S, id, ".lock", NULL);
      int              fd;

      if (g_file_test (json, G_FILE_TEST_EXISTS))
        continue;
      if ((fd = take_lock (lock_path, FALSE)) >= 0)
        drop_lock (lock_path, &fd);
    }

  g_ptr_array_sort (found, newest_first);
  return found;
}
