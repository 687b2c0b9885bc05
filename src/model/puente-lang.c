/* puente-lang.c: the one language type
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-lang.h"

G_DEFINE_ENUM_TYPE (PuenteLang, puente_lang, G_DEFINE_ENUM_VALUE (PUENTE_LANG_EN, "en"), G_DEFINE_ENUM_VALUE (PUENTE_LANG_ES, "es"), G_DEFINE_ENUM_VALUE (PUENTE_LANG_BOTH, "both"))

static gboolean
has_code (const char *text,
          const char *code)
{
  return g_ascii_strncasecmp (text, code, 2) == 0 &&
    (text[2] == '\0' || text[2] == '_' || text[2] == '-' || text[2] == '.');
}

gboolean
puente_lang_from_string (const char *text,
                         PuenteLang *lang)
{
  g_return_val_if_fail (lang != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (text, "both") == 0 || g_ascii_strcasecmp (text, "en+es") == 0)
    *lang = PUENTE_LANG_BOTH;
  else if (has_code (text, "en"))
    *lang = PUENTE_LANG_EN;
  else if (has_code (text, "es"))
    *lang = PUENTE_LANG_ES;
  else
    return FALSE;
  return TRUE;
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

char *
puente_lang_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  GString         *out;
  gboolean         space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  out = g_string_new (NULL);

  if (decomposed == NULL)
    return g_string_free (out, FALSE);
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, g_unichar_tolower (c));
        }
      else
        space = TRUE;
    }
  return g_string_free (out, FALSE);
}
