/* puente-report.h: a deck printed as one PDF report
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report of a deck (puente-deck.h): a cover (the deck's title, the
 * date, every scenario with its legal status, the list of slides), one
 * page per slide (its title, the scenarios, the chart, map or overview
 * drawn as vectors at print size with the very code the window and the
 * exports use, the speaker notes, a table of the slide's key figures A, B
 * and B − A), and an appendix (every source cited, a short methodology),
 * every page numbered. Text is Pango on a Cairo PDF surface: selectable,
 * its fonts embedded. In both languages, English and Spanish side by side
 * on each page, or each page in English then in Spanish.
 *
 * Cairo, Pango, the model, the charts and the map's Cairo-only renderer:
 * no GTK, so the window's Export Report… and `puente-cli report` print
 * the same file.
 */
#pragma once

#include "puente-chart-export.h"
#include "puente-deck.h"
#include "puente-units.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_REPORT_PAPER_A4,     /* 210 × 297 mm */
  PUENTE_REPORT_PAPER_LETTER, /* 8.5 × 11 in */
} PuenteReportPaper;

/* How --lang both lays the two languages out. */
typedef enum {
  PUENTE_REPORT_BOTH_SIDE,     /* side by side on each page */
  PUENTE_REPORT_BOTH_SEQUENCE, /* each page in English, then in Spanish */
} PuenteReportBothLayout;

typedef struct
{
  const PuenteDeck      *deck;
  PuenteDataset         *dataset;
  PuenteLang             lang;
  PuenteReportBothLayout both_layout;
  PuenteReportPaper      paper;
  PuenteUnitSystem       units;
  /* The date on the cover, "YYYY-MM-DD"; NULL: today. */
  const char            *date;
} PuenteReportOptions;

/* English, side by side for both, A4, metric, today. */
void     puente_report_options_init (PuenteReportOptions *options,
                                     const PuenteDeck    *deck,
                                     PuenteDataset       *dataset);
gboolean puente_report_paper_from_string (const char        *text,
                                          PuenteReportPaper *paper);

/* The PDF's bytes; @n_pages (may be NULL) receives its page count. Errors:
 * PUENTE_DECK_ERROR_INVALID naming the slide (an unknown chart, metric or
 * layer, a year past a scenario's horizon), PUENTE_CHART_ERROR for a
 * chart that cannot be drawn. */
GBytes  *puente_report_render (const PuenteReportOptions *options,
                               guint                     *n_pages,
                               GError                   **error);
/* Draws @slide's figure alone, as its report page draws it (the chart,
 * the map or the overview's cards), in a @width x @height box of CSS
 * pixels at the origin of @cr: the deck panel's thumbnails. */
gboolean puente_report_draw_slide (PuenteDataset     *dataset,
                                   const PuenteSlide *slide,
                                   PuenteLang         lang,
                                   PuenteUnitSystem   units,
                                   cairo_t           *cr,
                                   double             width,
                                   double             height,
                                   GError           **error);
/* Written atomically (puente_chart_write_bytes ()). */
gboolean puente_report_export (const PuenteReportOptions *options,
                               const char                *path,
                               GError                   **error);

G_END_DECLS
