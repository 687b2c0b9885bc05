/* cli-test-run.h: running a program as a user would, for the cli tests
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  int    status;
  char  *out;
  char  *err;
  double seconds;
} Run;

void run_clear      (Run                *run);
/* Runs @program in @cwd (NULL: this folder) with @args (NULL-terminated)
 * and, when @localedir is not NULL, PUENTE_LOCALEDIR set to it; asserts
 * that it exited (no crash). */
void run_program_in (Run                *run,
                     const char         *program,
                     const char         *localedir,
                     const char         *cwd,
                     const char * const *args);
void run_program    (Run                *run,
                     const char         *program,
                     const char         *localedir,
                     const char * const *args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

G_END_DECLS
