/* test-hostile.h: the hostile files of issue 12, for every reader's tests
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each reader (scenario files, datasets, the autosave, the user's scenarios
 * folder, and the importers to come) must refuse every one of these with a
 * clear error, quickly, without crashing: a deeply nested file, a link to
 * /dev/zero, a FIFO, a folder, a file of 10 MiB + 1 byte, numbers that
 * wrap around in 64 bits, a NUL escape and a megabyte-long lever id.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;    /* file name in the corpus folder */
  const char *what;    /* words every reader's error must contain, or NULL
                        * (a scenario with a long id is a fine JSON file) */
} HostileFile;

/* Makes the corpus in @dir (which must exist); returns its list. */
const HostileFile *hostile_corpus_make        (const char *dir,
                                               guint      *n_files);
/* Makes one file of the corpus as @path. */
void               hostile_file_make          (const char *name,
                                               const char *path);

/* @depth "[" then @depth "]": json-glib recursed once per level. */
char              *hostile_deep_json          (guint       depth);
/* A valid scenario but for one unknown lever id @id_length bytes long. */
char              *hostile_long_id_scenario   (gsize       id_length);

/* Removes @path and, for a folder, what it holds, never following a
 * symbolic link (a link to /dev is removed, not its target). */
void               hostile_remove_tree        (const char *path);

G_END_DECLS
