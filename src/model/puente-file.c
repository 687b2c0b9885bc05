/* puente-file.c: reading and writing files that users hand to Puente
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "puente-file.h"

/* Symbolic links followed when resolving an output, as the kernel does. */
#define MAX_LINK_HOPS 40
/* Characters of a number or a key quoted in a message. */
#define QUOTE_CHARS 40

G_DEFINE_QUARK (puente - file - error - quark, puente_file_error)

/* Sets @error to "WHERE: DETAIL". */
G_GNUC_PRINTF (4, 5)
static void
set_error (GError        **error,
           PuenteFileError code,
           const char     *where,
           const char     *format,
           ...)
{
  g_autofree char *detail = NULL;
  va_list          args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, PUENTE_FILE_ERROR, code, "%s: %s", where, detail);
}

char *
puente_text_abbreviate (const char *text,
                        gsize       max_chars)
{
  g_autofree char *valid = NULL;
  const char      *p;
  gsize            prefix;
  gsize            n = 0;

  if (text == NULL)
    return g_strdup ("");

  /* Only the start is ever shown: look no further than it can reach. */
  prefix = strnlen (text, max_chars * 4 + 4);
  valid = g_utf8_make_valid (text, (gssize) prefix);
  for (p = valid; *p != '\0' && n < max_chars; p = g_utf8_next_char (p))
    n++;

  if (*p == '\0' && text[prefix] == '\0')
    return g_steal_pointer (&valid);

  {
    g_autofree char *head = g_strndup (valid, (gsize) (p - valid));

    return g_strconcat (head, "…", NULL);
  }
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                  */

/* What a file that is not a regular file is, for messages. */
static const char *
describe_kind (mode_t mode)
{
  if (S_ISDIR (mode))
    return _ ("a folder");
  if (S_ISFIFO (mode))
    /* Translators: a named pipe, a special file that blocks readers */
    return _ ("a pipe (FIFO)");
  if (S_ISCHR (mode) || S_ISBLK (mode))
    /* Translators: a device file such as /dev/zero */
    return _ ("a device");
  if (S_ISSOCK (mode))
    return _ ("a socket");
  return _ ("a special file");
}

static void
set_read_errno (GError    **error,
                const char *where,
                int         saved_errno)
{
  if (saved_errno == ENOENT || saved_errno == ENOTDIR)
    set_error (error, PUENTE_FILE_ERROR_NOT_FOUND, where,
               _ ("no such file; check the name and the folder"));
  else
    set_error (error, PUENTE_FILE_ERROR_READ, where,
               _ ("cannot read the file: %s"), g_strerror (saved_errno));
}

static void
set_too_large (GError    **error,
               const char *where,
               gsize       max_size)
{
  g_autofree char *limit = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);

  /* Translators: %s is a size such as “10.0 MiB” */
  set_error (error, PUENTE_FILE_ERROR_TOO_LARGE, where,
             _ ("the file is larger than %s, the most Puente reads; check that this is the file you meant"),
             limit);
}

GBytes *
puente_file_read (const char *path,
                  gsize       max_size,
                  GError    **error)
{
  g_autofree char *where = NULL;
  g_autofree char *buf = NULL;
  struct stat      st;
  gsize            capacity, length = 0;
  int              fd, flags;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  where = g_filename_display_name (path);

  /* O_NONBLOCK: opening a FIFO with no writer must not wait for one. */
  do
    fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  while (fd < 0 && errno == EINTR);
  if (fd < 0)
    {
      set_read_errno (error, where, errno);
      return NULL;
    }

  /* The descriptor, not the name: the file cannot be swapped meanwhile. */
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;

      close (fd);
      set_read_errno (error, where, saved);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      /* Translators: %s is “a folder”, “a device”, “a pipe (FIFO)”... */
      set_error (error, PUENTE_FILE_ERROR_NOT_REGULAR, where,
                 _ ("this is %s, not a file; Puente reads only regular files"),
                 describe_kind (st.st_mode));
      return NULL;
    }

  /* A regular file: blocking reads are fine, and simpler. */
  flags = fcntl (fd, F_GETFL);
  if (flags >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  /* The size is only a hint (files grow, /proc says 0): the limit is
   * checked on the bytes read, reading one byte past it at most. A file
   * that already says it is larger is refused without reading it. */
  if ((guint64) MAX (st.st_size, 0) > max_size)
    {
      close (fd);
      set_too_large (error, where, max_size);
      return NULL;
    }
  capacity = MIN ((gsize) MAX (st.st_size, 0), max_size) + 2;
  buf = g_malloc (capacity);
  for (;;)
    {
      gssize n;

      if (length + 1 == capacity)
        {
          if (length > max_size)
            break;
          capacity = MIN (capacity * 2, max_size + 2);
          buf = g_realloc (buf, capacity);
        }

      n = read (fd, buf + length, capacity - 1 - length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          close (fd);
          set_read_errno (error, where, saved);
          return NULL;
        }
      if (n == 0)
        break;
      length += (gsize) n;
    }
  close (fd);

  if (length > max_size)
    {
      set_too_large (error, where, max_size);
      return NULL;
    }

  buf[length] = '\0';
  return g_bytes_new_take (g_steal_pointer (&buf), length);
}

/* ------------------------------------------------------------------------ */
/* JSON                                                                     */

/* A whole number written in JSON (digits with an optional "-") that
 * does not fit in a gint64. */
static gboolean
integer_overflows (const char *token,
                   gsize       length)
{
  const char *limit = "9223372036854775807";
  gboolean    negative = length > 0 && token[0] == '-';
  const char *digits = token + (negative ? 1 : 0);
  gsize       n = length - (negative ? 1 : 0);
  int         cmp;

  while (n > 1 && digits[0] == '0')
    {
      digits++;
      n--;
    }
  if (n != 19)
    return n > 19;

  cmp = memcmp (digits, limit, 19);
  if (negative)
    return cmp > 0 && memcmp (digits, "9223372036854775808", 19) != 0;
  return cmp > 0;
}

gboolean
puente_json_check (const char *data,
                   gsize       length,
                   const char *where,
                   GError    **error)
{
  gboolean in_string = FALSE;
  guint    depth = 0;
  guint    line = 1;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (where != NULL, FALSE);

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\0')
        {
          set_error (error, PUENTE_FILE_ERROR_NOT_TEXT, where,
                     _ ("line %u holds a NUL byte: this is not a text file"), line);
          return FALSE;
        }
      if (c == '\n')
        {
          line++;
          continue;
        }

      if (in_string)
        {
          if (c == '"')
            in_string = FALSE;
          else if (c == '\\' && i + 1 < length)
            {
              /* A NUL spelled as an escape would end the text early. */
              if (data[i + 1] == 'u' && i + 5 < length && memcmp (data + i + 2, "0000", 4) == 0)
                {
                  set_error (error, PUENTE_FILE_ERROR_NOT_TEXT, where,
                             _ ("line %u: text may not hold “\\u0000” (a NUL character); remove it"),
                             line);
                  return FALSE;
                }
              if (data[i + 1] == '\n')
                line++;
              i++;
            }
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          if (++depth > PUENTE_JSON_MAX_DEPTH)
            {
              set_error (error, PUENTE_FILE_ERROR_TOO_DEEP, where,
                         _ ("line %u: lists and objects are nested more than %d deep; Puente’s files need far fewer levels, so this is not one of them"),
                         line, PUENTE_JSON_MAX_DEPTH);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        case '-':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
          {
            gsize    end = i + 1;
            gboolean whole = TRUE;

            while (end < length && strchr ("0123456789+-.eE", data[end]) != NULL && data[end] != '\0')
              {
                if (data[end] == '.' || data[end] == 'e' || data[end] == 'E')
                  whole = FALSE;
                end++;
              }
            /* json-glib reads whole numbers as gint64 and wraps larger ones
             * silently: -18446744073709549586 would read as 2030. */
            if (whole && integer_overflows (data + i, end - i))
              {
                g_autofree char *token = g_strndup (data + i, end - i);
                g_autofree char *shown = puente_text_abbreviate (token, QUOTE_CHARS);

                set_error (error, PUENTE_FILE_ERROR_NUMBER, where,
                           _ ("line %u: the number %s is too large to be read exactly; whole numbers must lie between -9223372036854775808 and 9223372036854775807"),
                           line, shown);
                return FALSE;
              }
            i = end - 1;
          }
          break;
        default:
          break;
        }
    }

  return TRUE;
}

typedef struct
{
  GHashTable *seen;      /* "OBJECT-POINTER/name" */
  char       *duplicate; /* the first key given twice, or NULL */
  guint       line;
} DuplicateCheck;

static void
on_object_member (JsonParser *parser,
                  JsonObject *object,
                  const char *member_name,
                  gpointer    user_data)
{
  DuplicateCheck *check = user_data;
  char           *key;

  if (check->duplicate != NULL)
    return;

  key = g_strdup_printf ("%p/%s", (void *) object, member_name);
  if (!g_hash_table_add (check->seen, key))
    {
      check->duplicate = g_strdup (member_name);
      check->line = json_parser_get_current_line (parser);
    }
}

/* json-glib reports syntax errors as "<data>:LINE:COL: message". */
static void
set_syntax_error (GError      **error,
                  const char   *where,
                  const GError *json_error)
{
  const char *msg = json_error->message;
  guint64     line = 0, column = 0;
  const char *p = strchr (msg, ':');

  if (g_str_has_prefix (msg, "<") && p != NULL)
    {
      char *end = NULL;

      line = g_ascii_strtoull (p + 1, &end, 10);
      if (end != NULL && *end == ':')
        {
          column = g_ascii_strtoull (end + 1, &end, 10);
          if (end != NULL && *end == ':')
            {
              msg = end + 1;
              while (*msg == ' ')
                msg++;
            }
          else
            line = 0;
        }
      else
        line = 0;
    }

  if (line > 0)
    g_set_error (error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_SYNTAX,
                 /* Translators: "scenario.json, line 3, column 8: the JSON is
                  * malformed (Parse error: ...)"; the last %s is the
                  * parser's own English message */
                 _ ("%s, line %u, column %u: the JSON is malformed (%s); check for a missing comma, quote or brace at or just before that point"),
                 where, (guint) line, (guint) column, msg);
  else
    g_set_error (error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_SYNTAX,
                 _ ("%s: the JSON is malformed (%s)"), where, msg);
}

JsonParser *
puente_json_parse (const char *data,
                   gsize       length,
                   const char *where,
                   GError    **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  g_autoptr(GHashTable) seen = NULL;
  DuplicateCheck check = { 0 };
  gulong         handler;
  gboolean       parsed;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (where != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!puente_json_check (data, length, where, error))
    return NULL;
  if (!g_utf8_validate (data, (gssize) length, NULL))
    {
      set_error (error, PUENTE_FILE_ERROR_NOT_TEXT, where,
                 "%s", _ ("the file is not UTF-8 text; save it as UTF-8 JSON"));
      return NULL;
    }

  parser = json_parser_new_immutable ();
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  check.seen = seen;
  handler = g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), &check);
  parsed = json_parser_load_from_data (parser, length > 0 ? data : "", (gssize) length, &json_error);
  g_signal_handler_disconnect (parser, handler);

  if (!parsed)
    {
      g_free (check.duplicate);
      set_syntax_error (error, where, json_error);
      return NULL;
    }

  if (check.duplicate != NULL)
    {
      g_autofree char *duplicate = g_steal_pointer (&check.duplicate);
      g_autofree char *shown = puente_text_abbreviate (duplicate, QUOTE_CHARS);

      g_set_error (error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_DUPLICATE_KEY,
                   _ ("%s, line %u: the key “%s” appears twice in the same object; keep only one"),
                   where, check.line, shown);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      set_error (error, PUENTE_FILE_ERROR_SYNTAX, where,
                 "%s", _ ("the file is empty"));
      return NULL;
    }

  return g_steal_pointer (&parser);
}

void
puente_file_error_translate (GError      **error,
                             const GError *file_error,
                             GQuark        domain,
                             int           not_found,
                             int           too_large,
                             int           other)
{
  int code = other;

  g_return_if_fail (file_error != NULL);

  if (file_error->domain == PUENTE_FILE_ERROR)
    switch (file_error->code)
      {
      case PUENTE_FILE_ERROR_NOT_FOUND:
      case PUENTE_FILE_ERROR_NOT_REGULAR:
      case PUENTE_FILE_ERROR_READ:
        code = not_found;
        break;
      case PUENTE_FILE_ERROR_TOO_LARGE:
        code = too_large;
        break;
      default:
        break;
      }
  g_set_error_literal (error, domain, code, file_error->message);
}

JsonParser *
puente_file_read_json (const char *path,
                       gsize       max_size,
                       GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *where = NULL;
  gsize            length;
  const char      *data;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = puente_file_read (path, max_size, error);
  if (bytes == NULL)
    return NULL;

  where = g_filename_display_name (path);
  data = g_bytes_get_data (bytes, &length);
  return puente_json_parse (data, length, where, error);
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                  */

char *
puente_file_resolve_output (const char          *path,
                            PuenteFileWriteFlags flags,
                            GError             **error)
{
  g_autofree char *target = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  target = g_strdup (path);
  for (guint hops = 0;; hops++)
    {
      g_autofree char *where = g_filename_display_name (target);
      GStatBuf         st;

      if (g_lstat (target, &st) != 0)
        {
          int saved = errno;

          /* A new file (or where a dangling link points): write it. */
          if (saved == ENOENT)
            return g_steal_pointer (&target);
          set_error (error, PUENTE_FILE_ERROR_WRITE, where,
                     _ ("cannot write here: %s"), g_strerror (saved));
          return NULL;
        }

      if (S_ISLNK (st.st_mode))
        {
          g_autofree char *link = NULL;

          if (hops >= MAX_LINK_HOPS)
            {
              set_error (error, PUENTE_FILE_ERROR_WRITE, where,
                         _ ("cannot write here: %s"), g_strerror (ELOOP));
              return NULL;
            }
          link = g_file_read_link (target, NULL);
          if (link == NULL)
            {
              set_error (error, PUENTE_FILE_ERROR_WRITE, where,
                         _ ("cannot write here: %s"), g_strerror (errno));
              return NULL;
            }
          if (!g_path_is_absolute (link))
            {
              g_autofree char *dir = g_path_get_dirname (target);

              g_free (target);
              target = g_build_filename (dir, link, NULL);
            }
          else
            {
              g_free (target);
              target = g_steal_pointer (&link);
            }
          continue;
        }

      if (!S_ISREG (st.st_mode))
        {
          /* Translators: %s is “a folder”, “a device”, “a pipe (FIFO)”... */
          set_error (error, PUENTE_FILE_ERROR_NOT_REGULAR, where,
                     _ ("this is %s, not a file; Puente writes only regular files, so choose a file name"),
                     describe_kind (st.st_mode));
          return NULL;
        }

      /* Read-only by its permissions: root may write it, but should ask. */
      if ((flags & PUENTE_FILE_WRITE_REPLACE_READ_ONLY) == 0 &&
          ((st.st_mode & 0222) == 0 || (geteuid () != 0 && g_access (target, W_OK) != 0)))
        {
          set_error (error, PUENTE_FILE_ERROR_READ_ONLY, where,
                     _ ("the file is read-only; choose another name, or make it writable first"));
          return NULL;
        }

      return g_steal_pointer (&target);
    }
}

static gboolean
copy_for_backup (const char *path,
                 const char *backup,
                 GError    **error)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  return g_file_set_contents_full (backup, contents, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0666, error);
}

/* Keeps the current @path as "@path~": a hard link when the file system
 * allows it (instant, and the original is never absent), else a copy. */
static gboolean
make_backup (const char *path,
             GError    **error)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  GStatBuf         st;

  if (g_lstat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        return TRUE; /* nothing to keep */
      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                           g_strerror (saved));
      return FALSE;
    }

  if (g_unlink (backup) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _ ("cannot replace the backup “%s”: %s"), backup, g_strerror (saved));
      return FALSE;
    }

  if (link (path, backup) == 0)
    return TRUE;

  return copy_for_backup (path, backup, error);
}

gboolean
puente_file_write (const char          *path,
                   const void          *data,
                   gsize                length,
                   PuenteFileWriteFlags flags,
                   GError             **error)
{
  g_autofree char *target = NULL;
  g_autoptr(GError) local_error = NULL;
  GFileSetContentsFlags set_flags = G_FILE_SET_CONTENTS_CONSISTENT;
  int                   mode = (flags & PUENTE_FILE_WRITE_PRIVATE) ? 0600 : 0666;
  GStatBuf              st;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  target = puente_file_resolve_output (path, flags, error);
  if (target == NULL)
    return FALSE;

  /* A replaced file keeps its permissions (a read-only one stays so). */
  if (g_stat (target, &st) == 0)
    mode = (int) (st.st_mode & 07777);
  if (flags & PUENTE_FILE_WRITE_DURABLE)
    set_flags |= G_FILE_SET_CONTENTS_DURABLE;

  /* The backup first: if it fails, nothing has been touched. */
  if (((flags & PUENTE_FILE_WRITE_BACKUP) && !make_backup (target, &local_error)) ||
      !g_file_set_contents_full (target, data != NULL ? data : "", (gssize) length,
                                 set_flags, mode, &local_error))
    {
      g_set_error_literal (error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_WRITE,
                           local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
puente_file_is_same (const char *a,
                     const char *b)
{
  GStatBuf sa, sb;

  if (a == NULL || b == NULL || g_stat (a, &sa) != 0 || g_stat (b, &sb) != 0)
    return FALSE;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

char *
puente_file_set_aside_for (const char   *path,
                           const GError *reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (path != NULL && reason != NULL, NULL);

  aside = puente_file_set_aside (path, &error);
  if (aside == NULL)
    return g_strdup_printf ("%s. %s", reason->message, error->message);

  shown = g_filename_display_name (aside);
  /* Translators: the first %s says what is wrong with a file, and where */
  return g_strdup_printf (_ ("%s. The file was set aside as “%s”."), reason->message, shown);
}

char *
puente_file_set_aside (const char *path,
                       GError    **error)
{
  g_autofree char *where = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *aside = n == 1 ? g_strconcat (path, ".broken", NULL)
                                      : g_strdup_printf ("%s.%u.broken", path, n);
      GStatBuf         st;

      if (g_lstat (aside, &st) == 0)
        continue;
      if (g_rename (path, aside) == 0)
        return g_steal_pointer (&aside);
      break;
    }

  where = g_filename_display_name (path);
  set_error (error, PUENTE_FILE_ERROR_WRITE, where,
             _ ("cannot set the file aside: %s"), g_strerror (errno));
  return NULL;
}
