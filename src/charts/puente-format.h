/* puente-format.h: numbers and axis ticks in the chart's language
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Formatting never reads the machine's LC_NUMERIC: each language has its
 * separators and word forms in a table, so a chart exported in Spanish on an
 * English desktop (or the reverse) reads the same as on a Spanish one.
 * Mexican Spanish writes numbers like US English: 1,234.5.
 */
#pragma once

#include <glib.h>

#include "puente-i18n.h"

G_BEGIN_DECLS

/* What every view, chart and table shows for a value that is missing. */
#define PUENTE_FORMAT_MISSING "—"

typedef struct
{
  const char *decimal;   /* "." */
  const char *thousands; /* "," */
  /* Abbreviations for 10^3, 10^6, 10^9 after a number ("k", "M", "B";
   * Spanish "mil", "millones", "mil millones"), with the space before them. */
  const char *si_short[3];
  const char *si_one_million; /* singular where the language has one: "millón" */
  /* Scale words for axis titles: "thousands", "millions", "billions". */
  const char *scale_words[3];
  const char *percent; /* "%" (with its space, if any) */
} PuenteNumberFormat;

/* 1234567.891, 1 decimal -> "1,234,567.9"; NAN -> PUENTE_FORMAT_MISSING. */
char       *puente_format_number (PuenteLang lang,
                                  double     value,
                                  int        decimals);
/* Compact: 1234 -> "1.2k" / "1.2 mil"; 2500000 -> "2.5M" / "2.5 millones";
 * below 1,000 the number with up to @max_decimals decimals. */
char       *puente_format_si (PuenteLang lang,
                              double     value,
                              int        max_decimals);
/* An amount as the charts write it beside their marks and in read-outs,
 * and the map's details panel beside them: compact from 10,000 ("45k",
 * "2.1M"; "45 mil", "2.1 millones"), whole from 100 ("7,922"), below
 * that to two significant digits without trailing zeros ("12.9", "5.5",
 * "0.022", "0"); NAN -> "–". */
char       *puente_format_value (PuenteLang lang,
                                 double     value);
/* A share 0.452 -> "45.2%" (with @decimals decimals). */
char       *puente_format_percent (PuenteLang lang,
                                   double     share,
                                   int        decimals);

/* "Nice" axis: a step of 1, 2, 2.5 or 5 times a power of ten giving at most
 * @max_ticks intervals over [lo, hi]; the axis widens to whole steps.
 * Returns the number of ticks (intervals + 1). */
guint       puente_nice_ticks (double  lo,
                               double  hi,
                               guint   max_ticks,
                               double *axis_lo,
                               double *axis_hi,
                               double *step);
/* Decimals needed to print multiples of @step exactly (0.25 -> 2). */
int         puente_decimals_for_step (double step);

/* Axis scale for values up to @max_abs: 0 none, 1 thousands, 2 millions,
 * 3 billions; @divisor receives 1, 1e3, 1e6 or 1e9. Thousands only from
 * 10,000 on, so "5,000" stays as it is. */
int         puente_axis_scale (double  max_abs,
                               double *divisor);
/* A dataset source's publisher as a reader of @lang reads it: the dataset
 * writes "X via Y" (Y republished X's figure); Spanish writes "vía". */
char       *puente_format_source (PuenteLang  lang,
                                  const char *text);
/* The same with the word already translated (the caller's _("via")). */
char       *puente_format_source_via (const char *text,
                                      const char *via);

/* The scale word for an axis title ("millions" / "millones"); NULL for 0. */
const char *puente_axis_scale_word (PuenteLang lang,
                                    int        scale);

G_END_DECLS
