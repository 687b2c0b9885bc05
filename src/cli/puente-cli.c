/* puente-cli.c: global options, language, help and command dispatch
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "puente-cli.h"
#include "puente-cli-commands.h"
#include "puente-cli-private.h"
#include "puente-dataset.h"
#include "puente-i18n.h"

typedef struct
{
  const char *name;
  int (*run) (PuenteCli *cli, int argc, char **argv);
  const char *summary; /* N_() */
} Command;

static const Command commands[] = {
  { "levers", puente_cli_levers,
    N_ ("List the policy levers: ids, units, ranges and baseline values") },
  { "presets", puente_cli_presets,
    N_ ("List the scenarios that ship with Puente, with their policy status") },
  { "run", puente_cli_run,
    N_ ("Run a scenario and write its results as CSV or JSON") },
  { "indicators", puente_cli_indicators,
    N_ ("Key indicators of a scenario, or of two scenarios and their difference") },
  { "validate", puente_cli_validate,
    N_ ("Check a scenario file and explain what is wrong with it") },
  { "bench", puente_cli_bench,
    N_ ("Time full model runs (median and 95th percentile)") },
  { "charts", puente_cli_charts,
    N_ ("List the charts that can be drawn") },
  { "chart", puente_cli_chart,
    N_ ("Draw one chart to a PNG, SVG, PDF or CSV file") },
  { "export-all", puente_cli_export_all,
    N_ ("Draw every chart into a directory") },
  { "map", puente_cli_map,
    N_ ("Draw the map (A, A | B or B − A) to a PNG, SVG or PDF file") },
  { "report", puente_cli_report,
    N_ ("Print a deck of slides as a PDF report (cover, one page per slide, sources)") },
  { "flows", puente_cli_flows, N_ ("Battery supply-chain flows of one year (nodes and links, GWh and tonnes)") },
  { "ensemble", puente_cli_ensemble, N_ ("Percentiles of a scenario's series over sampled uncertain inputs") },
  { "check-model", puente_cli_check_model,
    N_ ("Compare the model with observed figures (the validation table)") },
  { "stations", puente_cli_stations,
    N_ ("Import charging-station files: totals by state, border coverage, need") },
};


static void
print_help (gboolean to_stderr)
{
  void (*print) (const char *format, ...) G_GNUC_PRINTF (1, 2) = to_stderr ? g_printerr : g_print;

  print ("%s\n  puente-cli [--lang en|es] [--dataset %s] %s [%s]\n\n",
         _ ("Usage:"), _ ("DIR"), _ ("COMMAND"), _ ("OPTIONS"));
  print ("%s\n\n",
         _ ("Compare US–Mexico zero-emission vehicle policy scenarios from the command line."));
  print ("%s\n", _ ("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    print ("  %-12s %s\n", commands[i].name, _ (commands[i].summary));
  print ("  %-12s %s\n", "help", _ ("Show this help, or the help of a command (puente-cli help run)"));
  print ("\n%s\n", _ ("Global options:"));
  {
    g_autofree char *dataset = g_strconcat ("--dataset ", _ ("DIR"), NULL);
    const char      *options[][2] = {
           { "--lang en|es", _ ("Language of messages and labels (English or Spanish)") },
           { dataset, _ ("Use the dataset in DIR instead of the built-in one") },
           { "--version", _ ("Print the version and exit") },
           { "-h, --help", _ ("Show this help and exit") },
    };

    for (guint i = 0; i < G_N_ELEMENTS (options); i++)
      {
        /* Pad by characters: translations are UTF-8. */
        int pad = 18 - (int) g_utf8_strlen (options[i][0], -1);

        print ("  %s%*s%s\n", options[i][0], MAX (pad, 1), "", options[i][1]);
      }
  }
  print ("\n%s\n", _ ("Exit status: 0 success, 1 invalid input, 2 usage error."));
  print ("%s\n", _ ("Run “puente-cli COMMAND --help” for the options of a command."));
}

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

int
puente_cli_main (int    argc,
                 char **argv)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *lang = NULL;
  g_autofree char *dataset_dir = NULL;
  g_autofree char *bad_global = NULL;
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
  gboolean       after_dashdash = FALSE;
  PuenteCli      cli = { 0 };
  const Command *command;
  int            n_args;

  /* Global options may appear anywhere before "--"; take them out first,
   * since the language must be set before any message is printed. */
  for (int i = 0; i < argc; i++)
    {
      const char *arg = argv[i];
      const char *value = NULL;
      char      **target = NULL;

      if (i == 0 || after_dashdash)
        {
          g_ptr_array_add (args, argv[i]);
          continue;
        }
      if (strcmp (arg, "--") == 0)
        after_dashdash = TRUE;

      if (strcmp (arg, "--lang") == 0 || strcmp (arg, "--dataset") == 0)
        {
          target = arg[2] == 'l' ? &lang : &dataset_dir;
          if (i + 1 < argc)
            value = argv[++i];
          else if (bad_global == NULL)
            bad_global = g_strdup (arg);
        }
      else if (g_str_has_prefix (arg, "--lang="))
        {
          target = &lang;
          value = arg + strlen ("--lang=");
        }
      else if (g_str_has_prefix (arg, "--dataset="))
        {
          target = &dataset_dir;
          value = arg + strlen ("--dataset=");
        }
      else
        {
          g_ptr_array_add (args, argv[i]);
          continue;
        }

      if (value != NULL)
        {
          g_free (*target);
          *target = g_strdup (value);
        }
    }
  g_ptr_array_add (args, NULL);
  n_args = (int) args->len - 1;

  /* Messages in the desktop's language unless --lang says otherwise;
   * "both" is a chart language (bilingual charts), messages stay. A
   * language asked for must be there: never silent English. */
  cli.lang = puente_i18n_get_system_lang ();
  if (!puente_i18n_check (cli.lang, NULL))
    cli.lang = PUENTE_LANG_EN;
  cli.chart_lang = cli.lang;
  puente_i18n_set_thread_lang (cli.lang);
  g_set_prgname ("puente-cli");
  if (lang != NULL)
    {
      g_autoptr(GError) error = NULL;
      PuenteLang requested;

      if (!puente_lang_from_string (lang, &requested))
        return puente_cli_usage_error (_ ("Unknown language “%s” for --lang; use “en” (English) or “es” (Spanish)."),
                                       lang);
      if (!puente_i18n_check (requested == PUENTE_LANG_BOTH ? PUENTE_LANG_ES : requested, &error))
        return puente_cli_fail (error);
      cli.chart_lang = requested;
      if (requested != PUENTE_LANG_BOTH)
        cli.lang = requested;
      puente_i18n_set_thread_lang (cli.lang);
    }

  if (bad_global != NULL)
    return puente_cli_usage_error (_ ("The option %s needs a value."), bad_global);
  if (dataset_dir != NULL && *dataset_dir == '\0')
    return puente_cli_usage_error (_ ("The option --dataset needs a folder."));

  cli.dataset_dir = dataset_dir;
  cli.inputs = inputs;

  if (n_args < 2)
    {
      print_help (TRUE);
      return PUENTE_CLI_EXIT_USAGE;
    }

  {
    const char *name = g_ptr_array_index (args, 1);
    char      **cmd_argv = (char **) args->pdata + 1;
    int         cmd_argc = n_args - 1;

    if (strcmp (name, "--version") == 0 || strcmp (name, "version") == 0)
      {
        if (cmd_argc > 1)
          return puente_cli_usage_error (_ ("“%s” takes no arguments."), name);
        g_print ("puente-cli %s\n", PACKAGE_VERSION);
        return PUENTE_CLI_EXIT_OK;
      }

    if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0 ||
        strcmp (name, "help") == 0)
      {
        if (cmd_argc == 1)
          {
            print_help (FALSE);
            return PUENTE_CLI_EXIT_OK;
          }
        if (cmd_argc == 2 && (command = find_command (cmd_argv[1])) != NULL)
          {
            char *help_argv[] = { (char *) command->name, (char *) "--help", NULL };

            return command->run (&cli, 2, help_argv);
          }
        return puente_cli_usage_error (_ ("Unknown command “%s”."), cmd_argv[cmd_argc - 1]);
      }

    command = find_command (name);
    if (command == NULL)
      {
        if (name[0] == '-')
          return puente_cli_usage_error (_ ("Unknown option “%s”; give a command first, such as “run”."),
                                         name);
        return puente_cli_usage_error (_ ("Unknown command “%s”."), name);
      }

    return command->run (&cli, cmd_argc, cmd_argv);
  }
}
