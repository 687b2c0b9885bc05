/* cli-test-run.c: running a program as a user would, for the cli tests
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cli-test-run.h"

void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
run_program_in (Run                *run,
                const char         *program,
                const char         *localedir,
                const char         *cwd,
                const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_ptr_array_add (argv, (gpointer) program);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* As a user runs it: catalogues found without help, unless a test
   * points elsewhere on purpose. */
  g_subprocess_launcher_unsetenv (launcher, "PUENTE_LOCALEDIR");
  if (localedir != NULL)
    g_subprocess_launcher_setenv (launcher, "PUENTE_LOCALEDIR", localedir, TRUE);
  if (cwd != NULL)
    g_subprocess_launcher_set_cwd (launcher, cwd);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  /* Exited, not killed by a signal: no crash. */
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  run->seconds = (g_get_monotonic_time () - start) / 1e6;
}

void
run_program (Run                *run,
             const char         *program,
             const char         *localedir,
             const char * const *args)
{
  run_program_in (run, program, localedir, NULL, args);
}
