/* puente-cli-report.c: the “report” command, a deck printed as a PDF
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same file as the window's Export Report… for the same deck and
 * choices: both call puente_report_render () (src/report).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "puente-cli-commands.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-deck.h"
#include "puente-report.h"

int
puente_cli_report (PuenteCli *cli,
                   int        argc,
                   char     **argv)
{
  g_autofree char *lang_text = NULL;
  g_autofree char *size = NULL;
  g_autofree char *layout = NULL;
  g_autofree char *units = NULL;
  g_autofree char *date = NULL;
  g_autofree char *output = NULL;
  GOptionEntry     entries[] = {
        { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_text, N_ ("Report language: en, es or both"), N_ ("LANG") },
        { "size", 0, 0, G_OPTION_ARG_STRING, &size, N_ ("Paper: a4 (default) or letter"), N_ ("SIZE") },
        { "both-layout", 0, 0, G_OPTION_ARG_STRING, &layout, N_ ("With --lang both: side (English and Spanish side by side, the default) or sequence (each page in English, then in Spanish)"), N_ ("LAYOUT") },
        { "units", 0, 0, G_OPTION_ARG_STRING, &units, N_ ("metric (default) or us (US customary)"), N_ ("UNITS") },
        { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_ ("Date on the cover, YYYY-MM-DD (default: today)"), N_ ("DATE") },
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write the PDF to FILE (“-” for standard output)"), N_ ("FILE") },
        { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDeck) deck = NULL;
  g_autoptr(PuenteDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PuenteReportOptions    options;
  PuenteLang             lang = cli->chart_lang;
  PuenteReportPaper      paper = PUENTE_REPORT_PAPER_A4;
  PuenteUnitSystem       system = PUENTE_UNITS_METRIC;
  PuenteReportBothLayout both = PUENTE_REPORT_BOTH_SIDE;
  const char            *data;
  gsize                  length;
  int                    status;

  if ((status = puente_cli_parse_options ("report", N_ ("DECK"),
                                          _ ("Print a deck (a .puente-deck file) as a PDF report: a cover with the scenarios and their legal status, one page per slide with its figure, notes and key figures, and an appendix of sources and methodology."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    return puente_cli_usage_error ("%s", _ ("Give one deck file: puente-cli report DECK -o report.pdf"));
  if (output == NULL)
    return puente_cli_usage_error ("%s", _ ("Give the output file with -o FILE."));
  if (lang_text != NULL && !puente_lang_from_string (lang_text, &lang))
    return puente_cli_usage_error (_ ("Unknown report language “%s”: use en, es or both."), lang_text);
  if (size != NULL && !puente_report_paper_from_string (size, &paper))
    return puente_cli_usage_error (_ ("Unknown paper “%s”: use a4 or letter."), size);
  if (layout != NULL)
    {
      if (g_str_equal (layout, "sequence"))
        both = PUENTE_REPORT_BOTH_SEQUENCE;
      else if (!g_str_equal (layout, "side"))
        return puente_cli_usage_error (_ ("Unknown layout “%s”: use side or sequence."), layout);
    }
  if (units != NULL && !puente_units_from_string (units, &system))
    return puente_cli_usage_error (_ ("Unknown units “%s”: use metric or us."), units);
  if (date != NULL)
    {
      int y, m, d;

      if (strlen (date) != 10 || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
        return puente_cli_usage_error (_ ("Invalid date “%s”: give YYYY-MM-DD, like 2026-12-07."), date);
    }
  if (!puente_i18n_check (lang == PUENTE_LANG_BOTH ? PUENTE_LANG_ES : lang, &error))
    return puente_cli_fail (error);

  if ((deck = puente_deck_load_file (argv[1], &error)) == NULL)
    return puente_cli_fail (error);
  g_ptr_array_add (cli->inputs, g_strdup (argv[1]));
  if (!puente_cli_check_output (cli, output, &error))
    return puente_cli_fail (error);
  if ((dataset = puente_cli_load_dataset (cli, &error)) == NULL)
    return puente_cli_fail (error);

  puente_report_options_init (&options, deck, dataset);
  options.lang = lang;
  options.paper = paper;
  options.units = system;
  options.both_layout = both;
  options.date = date;
  if ((bytes = puente_report_render (&options, NULL, &error)) == NULL)
    return puente_cli_fail (error);
  data = g_bytes_get_data (bytes, &length);
  if (!puente_cli_write_output (cli, output, data, length, &error))
    return puente_cli_fail (error);
  return PUENTE_CLI_EXIT_OK;
}
