/* puente-format.c: numbers and axis ticks in the chart's language
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-format.h"

static const PuenteNumberFormat formats[] = {
  [PUENTE_LANG_EN] = {
    .decimal = ".",
    .thousands = ",",
    .si_short = { "k", "M", "B" },
    .si_one_million = NULL,
    .scale_words = { "thousands", "millions", "billions" },
    .percent = "%",
  },
  /* Spanish (Mexico): same separators as US English (NOM-008-SCFI permits
   * both; Mexican usage is the point). "Billón" is 10^12 in Spanish, so
   * 10^9 is "mil millones". */
  [PUENTE_LANG_ES] = {
    .decimal = ".",
    .thousands = ",",
    .si_short = { " mil", " millones", " mil millones" },
    .si_one_million = " millón",
    .scale_words = { "miles", "millones", "miles de millones" },
    .percent = "%",
  },
  /* Bilingual charts: abbreviations both audiences read the same way; no
   * "B" (a billón is 10^12 to Spanish readers), and no "thousands / miles"
   * (English readers see a distance): a multiplier reads the same in both. */
  [PUENTE_LANG_BOTH] = {
    .decimal = ".",
    .thousands = ",",
    .si_short = { "k", "M", NULL },
    .si_one_million = NULL,
    .scale_words = { "×1,000", "millions / millones", "billions / miles de millones" },
    .percent = "%",
  },
};

static const PuenteNumberFormat *
puente_number_format_get (PuenteLang lang)
{
  if ((guint) lang >= G_N_ELEMENTS (formats))
    lang = PUENTE_LANG_EN;
  return &formats[lang];
}

char *
puente_format_number (PuenteLang lang,
                      double     value,
                      int        decimals)
{
  const PuenteNumberFormat *fmt = puente_number_format_get (lang);
  char                      digits[G_ASCII_DTOSTR_BUF_SIZE + 320];
  char                      format[8];
  GString                  *out;
  const char               *dot;
  const char               *p;
  gsize                     int_len;

  if (!isfinite (value))
    return g_strdup (PUENTE_FORMAT_MISSING);

  decimals = CLAMP (decimals, 0, 9);
  /* %f in the C locale, whatever LC_NUMERIC says. */
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (digits, sizeof digits, format, value);
  /* "-0" is not a number anyone wants to read. */
  if (digits[0] == '-' && strspn (digits + 1, "0.") == strlen (digits + 1))
    memmove (digits, digits + 1, strlen (digits));

  out = g_string_new (NULL);
  p = digits;
  if (*p == '-')
    {
      g_string_append (out, "−");
      p++;
    }
  dot = strchr (p, '.');
  int_len = dot != NULL ? (gsize) (dot - p) : strlen (p);
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, fmt->thousands);
      g_string_append_c (out, p[i]);
    }
  if (dot != NULL)
    {
      g_string_append (out, fmt->decimal);
      g_string_append (out, dot + 1);
    }
  return g_string_free (out, FALSE);
}

/* Fewest decimals (up to @max) that show @value to 2 significant digits at
 * least, without trailing zeros. */
static int
compact_decimals (double value,
                  int    max)
{
  double a = fabs (value);
  int    d;

  if (a >= 100 || a == 0)
    d = 0;
  else if (a >= 10)
    d = 1;
  else
    d = 1 + (int) ceil (-log10 (a));
  d = CLAMP (d, 0, max);
  /* Drop the zeros rounding leaves at the end: 2.50 -> 2.5, 12.96 -> 13. */
  while (d > 0 && fmod (round (a * pow (10, d)), 10) == 0)
    d--;
  return d;
}

char *
puente_format_si (PuenteLang lang,
                  double     value,
                  int        max_decimals)
{
  const PuenteNumberFormat *fmt = puente_number_format_get (lang);
  double                    a = fabs (value);
  g_autofree char          *number = NULL;
  int                       level = -1;
  double                    shown;

  if (!isfinite (value))
    return g_strdup (PUENTE_FORMAT_MISSING);

  if (a >= 999.5e6 && fmt->si_short[2] != NULL)
    level = 2;
  else if (a >= 999.5e3)
    level = 1;
  else if (a >= 999.5)
    level = 0;

  if (level < 0)
    {
      number = puente_format_number (lang, value, compact_decimals (value, max_decimals));
      return g_steal_pointer (&number);
    }

  shown = value / pow (1000, level + 1);
  /* Two significant digits at least, at most one decimal above 10. */
  {
    double r = fabs (shown) >= 100 ? round (shown)
      : fabs (shown) >= 10         ? round (shown * 10) / 10
                                   : round (shown * 100) / 100;
    int    d = fabs (r) >= 100 ? 0 : compact_decimals (r, fabs (r) >= 10 ? 1 : 2);

    number = puente_format_number (lang, r, d);
    if (level == 1 && fmt->si_one_million != NULL && fabs (r) == 1.0)
      return g_strconcat (number, fmt->si_one_million, NULL);
  }
  return g_strconcat (number, fmt->si_short[level], NULL);
}

char *
puente_format_value (PuenteLang lang,
                     double     value)
{
  double a = fabs (value);

  if (!isfinite (value))
    return g_strdup (PUENTE_FORMAT_MISSING);
  if (a >= 9999.5)
    return puente_format_si (lang, value, 2);
  if (a >= 99.5 || a == 0)
    return puente_format_number (lang, value, 0);
  /* Two significant digits: 0.022 MW is not "0.0", 12.94 is "12.9". */
  return puente_format_number (lang, value, compact_decimals (value, 3));
}

char *
puente_format_percent (PuenteLang lang,
                       double     share,
                       int        decimals)
{
  const PuenteNumberFormat *fmt = puente_number_format_get (lang);
  g_autofree char          *number = NULL;

  if (!isfinite (share))
    return g_strdup (PUENTE_FORMAT_MISSING);
  number = puente_format_number (lang, share * 100, decimals);
  return g_strconcat (number, fmt->percent, NULL);
}

guint
puente_nice_ticks (double  lo,
                   double  hi,
                   guint   max_ticks,
                   double *axis_lo,
                   double *axis_hi,
                   double *step)
{
  static const double mantissas[] = { 1, 2, 2.5, 5, 10 };
  double              range, rough, magnitude, s = 1;

  g_return_val_if_fail (axis_lo != NULL && axis_hi != NULL && step != NULL, 0);

  if (!isfinite (lo) || !isfinite (hi))
    lo = 0, hi = 1;
  if (lo > hi)
    {
      double t = lo;
      lo = hi;
      hi = t;
    }
  if (hi - lo < 1e-12 * MAX (1.0, fabs (hi)))
    {
      /* A flat series: a small window around it (or 0..1 for zero). */
      if (hi == 0)
        hi = 1;
      else if (hi > 0)
        lo = 0;
      else
        hi = 0;
    }
  max_ticks = MAX (max_ticks, 2);

  range = hi - lo;
  rough = range / max_ticks;
  magnitude = pow (10, floor (log10 (rough)));
  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    {
      s = mantissas[i] * magnitude;
      if (ceil (hi / s - 1e-9) - floor (lo / s + 1e-9) <= max_ticks)
        break;
    }

  *step = s;
  *axis_lo = floor (lo / s + 1e-9) * s;
  *axis_hi = ceil (hi / s - 1e-9) * s;
  if (fabs (*axis_lo) < s * 1e-9)
    *axis_lo = 0;
  return (guint) llround ((*axis_hi - *axis_lo) / s) + 1;
}

int
puente_decimals_for_step (double step)
{
  step = fabs (step);
  if (step == 0 || !isfinite (step))
    return 0;
  for (int d = 0; d <= 9; d++)
    {
      double scaled = step * pow (10, d);

      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1.0, scaled))
        return d;
    }
  return 9;
}

int
puente_axis_scale (double  max_abs,
                   double *divisor)
{
  int    scale = 0;
  double div = 1;

  max_abs = fabs (max_abs);
  if (max_abs >= 1e9)
    scale = 3, div = 1e9;
  else if (max_abs >= 1e6)
    scale = 2, div = 1e6;
  else if (max_abs >= 1e4)
    scale = 1, div = 1e3;
  if (divisor != NULL)
    *divisor = div;
  return scale;
}

const char *
puente_axis_scale_word (PuenteLang lang,
                        int        scale)
{
  if (scale < 1 || scale > 3)
    return NULL;
  return puente_number_format_get (lang)->scale_words[scale - 1];
}

char *
puente_format_source_via (const char *text,
                          const char *via)
{
  g_autoptr(GRegex) regex = NULL;

  if (text == NULL)
    return NULL;
  regex = g_regex_new ("\\bvia\\b", 0, 0, NULL);
  return g_regex_replace_literal (regex, text, -1, 0, via, 0, NULL);
}

char *
puente_format_source (PuenteLang  lang,
                      const char *text)
{
  /* Translators: between a figure's publisher and who republished it,
   * "Autodata via Haver Analytics" (Spanish: "vía") */
  return puente_format_source_via (text, puente_gettext (lang, N_ ("via")));
}
