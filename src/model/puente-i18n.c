/* puente-i18n.c: translations in a language chosen per call or per thread
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libintl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "puente-i18n.h"

G_DEFINE_QUARK (puente - i18n - error - quark, puente_i18n_error)

/* Set once by puente_i18n_init (), read-only after. */
static struct
{
  char      *localedir;
  locale_t   locales[2]; /* by PuenteLang; (locale_t) 0 when missing */
  PuenteLang system_lang;
} state;

/* Spanish locales to borrow LC_MESSAGES from, Mexico's first. Any will do:
 * gettext falls back from "es_XX" to our "es" catalogue. */
static const char *const spanish_locales[] = {
  "es_MX.UTF-8",
  "es_US.UTF-8",
  "es_ES.UTF-8",
  "es_CO.UTF-8",
  "es_AR.UTF-8",
  "es_CL.UTF-8",
  "es_PE.UTF-8",
  "es_VE.UTF-8",
  "es_GT.UTF-8",
  "es_CR.UTF-8",
};

const char *
puente_i18n_get_build_tree (void)
{
  static gsize once = 0;
  static char *build_tree;

  if (g_once_init_enter (&once))
    {
#ifdef __linux__
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *root = realpath (PUENTE_BUILD_ROOT, NULL);

      if (exe != NULL && root != NULL && g_str_has_prefix (exe, root) && exe[strlen (root)] == '/')
        build_tree = g_steal_pointer (&root);
#endif
      g_once_init_leave (&once, 1);
    }
  return build_tree;
}

static char *
puente_i18n_find_localedir (void)
{
  const char *localedir = g_getenv ("PUENTE_LOCALEDIR");

  if (localedir != NULL && *localedir != '\0')
    return g_strdup (localedir);
  if (puente_i18n_get_build_tree () != NULL)
    return g_build_filename (puente_i18n_get_build_tree (), "po", NULL);
  return g_strdup (LOCALEDIR);
}

static PuenteLang
lang_from_environment (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "es"))
        return PUENTE_LANG_ES;
      if (g_str_has_prefix (names[i], "en"))
        return PUENTE_LANG_EN;
    }
  return PUENTE_LANG_EN;
}

/* A locale whose LC_MESSAGES is @name and everything else the process's. */
static locale_t
messages_locale (const char *name)
{
  locale_t base = duplocale (LC_GLOBAL_LOCALE);
  locale_t locale;

  if (base == (locale_t) 0)
    return (locale_t) 0;
  locale = newlocale (LC_MESSAGES_MASK, name, base);
  if (locale == (locale_t) 0)
    freelocale (base);
  return locale;
}

void
puente_i18n_init (const char *localedir)
{
  static gsize once = 0;

  if (!g_once_init_enter (&once))
    return;

  state.localedir = localedir != NULL ? g_strdup (localedir) : puente_i18n_find_localedir ();
  bindtextdomain (GETTEXT_PACKAGE, state.localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* No textdomain (): every lookup names our domain, and GLib's g_dgettext
   * would otherwise decide once and for good not to translate in an
   * untranslated locale such as C.UTF-8. */

  /* English is the text of the sources: the "C" messages locale. */
  state.locales[PUENTE_LANG_EN] = messages_locale ("C");
  for (guint i = 0; i < G_N_ELEMENTS (spanish_locales) && state.locales[PUENTE_LANG_ES] == (locale_t) 0; i++)
    state.locales[PUENTE_LANG_ES] = messages_locale (spanish_locales[i]);
  state.system_lang = lang_from_environment ();

  g_once_init_leave (&once, 1);
}

static void
ensure_init (void)
{
  puente_i18n_init (NULL);
}

const char *
puente_i18n_get_localedir (void)
{
  ensure_init ();
  return state.localedir;
}

PuenteLang
puente_i18n_get_system_lang (void)
{
  ensure_init ();
  return state.system_lang;
}

static const char *
lookup (PuenteLang  lang,
        const char *msgid)
{
  locale_t    previous = uselocale (state.locales[lang]);
  const char *translated = dcgettext (GETTEXT_PACKAGE, msgid, LC_MESSAGES);

  uselocale (previous);
  return translated;
}

static gboolean
translates (PuenteLang lang)
{
  ensure_init ();
  return lang == PUENTE_LANG_ES && state.locales[PUENTE_LANG_ES] != (locale_t) 0;
}

gboolean
puente_i18n_check (PuenteLang lang,
                   GError   **error)
{
  g_autofree char *catalogue = NULL;
  const char      *header;

  ensure_init ();
  if (lang != PUENTE_LANG_ES)
    return TRUE;

  catalogue = g_build_filename (state.localedir, "es", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (state.locales[PUENTE_LANG_ES] == (locale_t) 0)
    {
      g_set_error (error, PUENTE_I18N_ERROR, PUENTE_I18N_ERROR_NO_LOCALE,
                   /* Translators: shown in English when Spanish cannot be */
                   _ ("Spanish needs a Spanish locale on this computer, such as es_MX.UTF-8, and there is none: "
                      "add one (on Debian: sudo dpkg-reconfigure locales) and start Puente again"));
      return FALSE;
    }

  /* The catalogue's header, empty when there is no catalogue. */
  header = lookup (PUENTE_LANG_ES, "");
  if (header == NULL || *header == '\0')
    {
      g_set_error (error, PUENTE_I18N_ERROR, PUENTE_I18N_ERROR_NO_CATALOGUE,
                   _ ("The Spanish translation was not found: “%s” is missing or unreadable. "
                      "Build Puente (make) or install it again"),
                   catalogue);
      return FALSE;
    }
  return TRUE;
}

const char *
puente_gettext (PuenteLang  lang,
                const char *msgid)
{
  g_return_val_if_fail (msgid != NULL, NULL);

  if (!translates (lang))
    return msgid;
  return lookup (lang, msgid);
}

const char *
puente_pgettext (PuenteLang  lang,
                 const char *context,
                 const char *msgid)
{
  char             buffer[256];
  g_autofree char *allocated = NULL;
  const char      *key;
  const char      *translated;
  gsize            context_len, msgid_len;

  g_return_val_if_fail (msgid != NULL, NULL);

  if (context == NULL)
    return puente_gettext (lang, msgid);
  if (!translates (lang))
    return msgid;

  /* gettext's key for a context: "context\004msgid". */
  context_len = strlen (context);
  msgid_len = strlen (msgid);
  if (context_len + msgid_len + 2 <= sizeof buffer)
    {
      memcpy (buffer, context, context_len);
      buffer[context_len] = '\004';
      memcpy (buffer + context_len + 1, msgid, msgid_len + 1);
      key = buffer;
    }
  else
    key = allocated = g_strconcat (context, "\004", msgid, NULL);

  translated = lookup (lang, key);
  /* Untranslated: gettext hands back our key. */
  return translated == key ? msgid : translated;
}

const char *
puente_ngettext (PuenteLang  lang,
                 const char *msgid,
                 const char *msgid_plural,
                 gulong      n)
{
  locale_t    previous;
  const char *translated;

  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (msgid_plural != NULL, NULL);

  if (!translates (lang))
    return n == 1 ? msgid : msgid_plural;

  previous = uselocale (state.locales[lang]);
  translated = dcngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n, LC_MESSAGES);
  uselocale (previous);
  return translated;
}

void
puente_i18n_set_thread_lang (PuenteLang lang)
{
  g_return_if_fail (lang == PUENTE_LANG_EN || lang == PUENTE_LANG_ES);

  ensure_init ();
  if (state.locales[lang] != (locale_t) 0)
    uselocale (state.locales[lang]);
  else if (state.locales[PUENTE_LANG_EN] != (locale_t) 0)
    uselocale (state.locales[PUENTE_LANG_EN]);
}
