/* puente-file.h: reading and writing files that users hand to Puente
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file Puente reads (scenarios, datasets, the autosave, the user's
 * scenarios folder, decks, station imports) goes through these functions,
 * so a hostile or mistaken file gets a clear error instead of a crash, a
 * hang or an exhausted memory:
 *
 *   g_autoptr(GError) error = NULL;
 *   g_autoptr(JsonParser) parser =
 *     puente_file_read_json (path, PUENTE_FILE_MAX_SIZE, &error);
 *
 *   if (parser == NULL)
 *     return fail (error->message);   // "PATH: what is wrong, and where"
 *   root = json_parser_get_root (parser);
 *
 * Reading:
 *  - only regular files: a folder, a device (/dev/zero), a FIFO or a socket
 *    is refused by its kind. The file is opened with O_NONBLOCK and the
 *    opened descriptor is checked, so a FIFO can never block the caller;
 *  - at most @max_size bytes, counted on what is read (a device or /proc
 *    file that reports size 0 still stops at the limit);
 *  - JSON is checked before json-glib parses it, in one cheap pass:
 *    valid UTF-8, no NUL byte and no "\u0000" escape (either would cut
 *    text short), nesting at most PUENTE_JSON_MAX_DEPTH deep (json-glib's
 *    parser recurses without limit), and whole numbers that fit in 64 bits
 *    (json-glib wraps larger ones silently). After parsing, a key given twice
 *    in one object is an error.
 *
 * Writing (puente_file_write): a temporary file in the target's folder,
 * synced and renamed over the target, so the previous file survives any
 * failure. A folder, a device, a FIFO or a socket is never replaced; a
 * read-only file only with PUENTE_FILE_WRITE_REPLACE_READ_ONLY; writing
 * through a symbolic link writes the file it points to.
 *
 * Every message starts with the path (or the caller's @where) and is
 * translated. Errors are in PUENTE_FILE_ERROR; callers with their own error
 * domain keep the message and choose their code from this one.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define PUENTE_FILE_ERROR (puente_file_error_quark ())

/* The largest file any Puente reader accepts unless it says otherwise. */
#define PUENTE_FILE_MAX_SIZE (10 * 1024 * 1024)
/* JSON nesting allowed: Puente's formats need fewer than 10 levels. */
#define PUENTE_JSON_MAX_DEPTH 64

typedef enum {
  PUENTE_FILE_ERROR_NOT_FOUND,     /* no such file */
  PUENTE_FILE_ERROR_NOT_REGULAR,   /* a folder, device, FIFO or socket */
  PUENTE_FILE_ERROR_TOO_LARGE,     /* more than the size limit */
  PUENTE_FILE_ERROR_READ,          /* permission denied, I/O error */
  PUENTE_FILE_ERROR_NOT_TEXT,      /* not UTF-8, or a NUL byte or escape */
  PUENTE_FILE_ERROR_TOO_DEEP,      /* nesting over PUENTE_JSON_MAX_DEPTH */
  PUENTE_FILE_ERROR_NUMBER,        /* a whole number beyond 64 bits */
  PUENTE_FILE_ERROR_SYNTAX,        /* JSON syntax, with line and column */
  PUENTE_FILE_ERROR_DUPLICATE_KEY, /* a key twice in one object */
  PUENTE_FILE_ERROR_READ_ONLY,     /* writing over a read-only file */
  PUENTE_FILE_ERROR_WRITE,         /* the write failed; nothing changed */
} PuenteFileError;

typedef enum {
  PUENTE_FILE_WRITE_NONE = 0,
  /* Keep the previous file as "PATH~". */
  PUENTE_FILE_WRITE_BACKUP = 1 << 0,
  /* fsync the file and its folder before returning. */
  PUENTE_FILE_WRITE_DURABLE = 1 << 1,
  /* Replace a file without write permission (the user said so). */
  PUENTE_FILE_WRITE_REPLACE_READ_ONLY = 1 << 2,
  /* A new file is readable by its owner only (0600). */
  PUENTE_FILE_WRITE_PRIVATE = 1 << 3,
} PuenteFileWriteFlags;

GQuark      puente_file_error_quark (void);

/* The whole of the regular file @path, at most @max_size bytes. The data
 * is followed by a NUL byte that is not part of the returned length. */
GBytes     *puente_file_read (const char *path,
                              gsize       max_size,
                              GError    **error);

/* Checks @data as described above (UTF-8, NUL, depth, numbers), then
 * parses it and checks for duplicate keys. @where (a path, or a name such
 * as "presets/baseline.json") starts every message. The parser holds the
 * root (json_parser_get_root ()), which is never NULL. */
JsonParser *puente_json_parse (const char *data,
                               gsize       length,
                               const char *where,
                               GError    **error);
/* Only the cheap pre-scan of puente_json_parse (). */
gboolean    puente_json_check (const char *data,
                               gsize       length,
                               const char *where,
                               GError    **error);
/* Sets @error to @file_error's message in a reader's own @domain: code
 * @not_found for a file missing, not regular or unreadable, @too_large
 * for one over the size limit, @other for its content (the scenario and
 * deck readers). */
void        puente_file_error_translate (GError      **error,
                                         const GError *file_error,
                                         GQuark        domain,
                                         int           not_found,
                                         int           too_large,
                                         int           other);

/* puente_file_read () then puente_json_parse (), @path as @where. */
JsonParser *puente_file_read_json (const char *path,
                                   gsize       max_size,
                                   GError    **error);

/* The file to write for @path: @path itself, or the file a symbolic link
 * points to. Fails for a folder, a device, a FIFO or a socket, and for a
 * read-only file without PUENTE_FILE_WRITE_REPLACE_READ_ONLY. For writers
 * that produce their own temporary file (cairo's). */
char       *puente_file_resolve_output (const char          *path,
                                        PuenteFileWriteFlags flags,
                                        GError             **error);
/* Writes @data to @path atomically (see above). A replaced file keeps its
 * permissions. */
gboolean    puente_file_write (const char          *path,
                               const void          *data,
                               gsize                length,
                               PuenteFileWriteFlags flags,
                               GError             **error);
/* TRUE when @a and @b name the same existing file (same device and inode,
 * so links and different spellings of a path count). */
gboolean    puente_file_is_same (const char *a,
                                 const char *b);
/* Renames @path to "@path.broken" (or "@path.N.broken" if taken) so a file
 * that cannot be read stops being read; returns the new path. */
char       *puente_file_set_aside (const char *path,
                                   GError    **error);
/* Sets @path aside because of @reason and says so for the user: "REASON.
 * The file was set aside as “NEW PATH”." (or why it could not be). */
char       *puente_file_set_aside_for (const char   *path,
                                       const GError *reason);

/* @text cut to at most @max_chars characters with "…", for messages that
 * quote what a user wrote: a megabyte id is not echoed whole. */
char       *puente_text_abbreviate (const char *text,
                                    gsize       max_chars);

G_END_DECLS
