/* puente-i18n.c: translations in a language chosen per call
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "puente-i18n.h"

static struct
{
  gboolean pushed;
  gboolean switched;
  char    *saved_language;   /* NULL when LANGUAGE was unset */
  gboolean had_language;
  char    *saved_messages;   /* LC_MESSAGES before the push */
} stack;

gboolean
puente_lang_from_string (const char *text,
                         PuenteLang *lang)
{
  g_return_val_if_fail (lang != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (text, "both") == 0 || g_ascii_strcasecmp (text, "en+es") == 0)
    {
      *lang = PUENTE_LANG_BOTH;
      return TRUE;
    }
  if (g_ascii_strncasecmp (text, "en", 2) == 0 &&
      (text[2] == '\0' || text[2] == '_' || text[2] == '-' || text[2] == '.'))
    {
      *lang = PUENTE_LANG_EN;
      return TRUE;
    }
  if (g_ascii_strncasecmp (text, "es", 2) == 0 &&
      (text[2] == '\0' || text[2] == '_' || text[2] == '-' || text[2] == '.'))
    {
      *lang = PUENTE_LANG_ES;
      return TRUE;
    }
  return FALSE;
}

const char *
puente_lang_to_string (PuenteLang lang)
{
  switch (lang)
    {
    case PUENTE_LANG_ES:
      return "es";
    case PUENTE_LANG_BOTH:
      return "both";
    case PUENTE_LANG_EN:
    default:
      return "en";
    }
}

void
puente_i18n_init (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      const char *localedir = g_getenv ("PUENTE_LOCALEDIR");

      if (localedir == NULL || *localedir == '\0')
        localedir = LOCALEDIR;
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&once, 1);
    }
}

static gboolean
is_english (const char *lang)
{
  return lang == NULL || g_str_has_prefix (lang, "en");
}

/* gettext ignores LANGUAGE when LC_MESSAGES is "C" or "POSIX", and glibc
 * caches translations by the LC_MESSAGES name: a switch must land on a
 * locale name other than the current one (es_MX.UTF-8, or at least another
 * spelling of C.UTF-8), or a later lookup in the old language can be
 * served from the new language's cache. */
static void
set_messages_locale_for (const char *lang,
                         const char *current)
{
  const char *spanish[] = { "es_MX.UTF-8", "es_MX.utf8", "es_ES.UTF-8", "es_US.UTF-8",
                            "C.UTF-8", "C.utf8" };

  (void) lang;
  for (guint i = 0; i < G_N_ELEMENTS (spanish); i++)
    if (g_strcmp0 (spanish[i], current) != 0 && setlocale (LC_MESSAGES, spanish[i]) != NULL)
      return;
  g_warning ("No locale to switch the language of chart text to “%s”", lang);
}

void
puente_i18n_push (const char *lang)
{
  const char *language;
  const char *messages;

  g_return_if_fail (!stack.pushed);

  puente_i18n_init ();
  stack.pushed = TRUE;
  stack.switched = !is_english (lang);
  if (!stack.switched)
    return;

  language = g_getenv ("LANGUAGE");
  stack.had_language = language != NULL;
  stack.saved_language = g_strdup (language);
  messages = setlocale (LC_MESSAGES, NULL);
  stack.saved_messages = g_strdup (messages);

  g_setenv ("LANGUAGE", lang, TRUE);
  set_messages_locale_for (lang, stack.saved_messages);
}

void
puente_i18n_pop (void)
{
  g_return_if_fail (stack.pushed);

  stack.pushed = FALSE;
  if (!stack.switched)
    return;

  if (stack.had_language)
    g_setenv ("LANGUAGE", stack.saved_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_MESSAGES, stack.saved_messages != NULL ? stack.saved_messages : "");
  g_clear_pointer (&stack.saved_language, g_free);
  g_clear_pointer (&stack.saved_messages, g_free);
  stack.switched = FALSE;
}

const char *
puente_i18n_lookup (const char *context,
                    const char *msgid)
{
  g_return_val_if_fail (msgid != NULL, NULL);

  if (!stack.switched)
    return msgid;

  if (context != NULL)
    {
      g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);
      const char *translated = dgettext (GETTEXT_PACKAGE, key);

      /* Untranslated: gettext hands back our temporary key. */
      if (translated == key)
        return msgid;
      return translated;
    }

  return dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
puente_i18n_pgettext_for (const char *lang,
                          const char *context,
                          const char *msgid)
{
  const char *result;

  g_return_val_if_fail (msgid != NULL, NULL);

  if (is_english (lang))
    return msgid;

  puente_i18n_push (lang);
  result = puente_i18n_lookup (context, msgid);
  puente_i18n_pop ();
  return result;
}

const char *
puente_i18n_gettext_for (const char *lang,
                         const char *msgid)
{
  return puente_i18n_pgettext_for (lang, NULL, msgid);
}
