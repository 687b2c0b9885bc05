/* puente-cli-export-all.c: the “export-all” command, draw every chart into a directory
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "puente-cli-chart-job.h"
#include "puente-cli-commands.h"
#include "puente-cli-private.h"

int
puente_cli_export_all (PuenteCli *cli,
                       int        argc,
                       char     **argv)
{
  g_auto(ChartArgs) args = { 0 };
  GOptionEntry entries[] = {
    CHART_OPTIONS (args),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &args.format, N_ ("png, svg, pdf, csv, a list (png,pdf) or all (default png)"), N_ ("FORMAT") },
    { "dir", 'd', 0, G_OPTION_ARG_FILENAME, &args.dir, N_ ("Write the files into DIR (created if needed)"), N_ ("DIR") },
    { NULL }
  };
  g_auto(ChartJob) job = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean progress = isatty (STDERR_FILENO);
  guint    n_charts = puente_chart_catalogue_get_n ();
  guint    done = 0, total;
  int      status;

  if ((status = puente_cli_parse_options ("export-all", NULL,
                                          _ ("Draw every chart of the catalogue into a directory, one file per chart and format (ID.png, ID.pdf...)."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return puente_cli_usage_error (_ ("“%s” takes no arguments, but “%s” was given."), "export-all", argv[1]);
  if (args.dir == NULL)
    return puente_cli_usage_error ("%s", _ ("Give the output directory with --dir DIR."));
  if ((status = puente_cli_chart_job_prepare (cli, &args, TRUE, &job)) >= 0)
    return status;
  if (g_mkdir_with_parents (args.dir, 0777) != 0)
    {
      int              saved = errno;
      g_autofree char *message = g_strdup_printf (_ ("Could not create the directory “%s”: %s"), args.dir, g_strerror (saved));
      return puente_cli_fail_message (message);
    }

  total = n_charts * job.formats->len;
  for (guint i = 0; i < n_charts; i++)
    {
      const PuenteChartSpec *spec = puente_chart_catalogue_get (i);
      g_autoptr(PuenteChartData) data = NULL;

      /* The stations charts with --stations only. */
      if (spec->needs_stations && job.stations == NULL)
        {
          total -= job.formats->len;
          continue;
        }
      data = puente_cli_chart_job_build (&job, spec, &args, &error);
      if (data == NULL)
        {
          if (progress)
            g_printerr ("\n");
          return puente_cli_fail (error);
        }
      for (guint f = 0; f < job.formats->len; f++)
        {
          PuenteChartFormat format = g_array_index (job.formats, PuenteChartFormat, f);
          g_autofree char  *name = g_strconcat (spec->id, ".", puente_chart_format_extension (format), NULL);
          g_autofree char  *path = g_build_filename (args.dir, name, NULL);

          if (!puente_cli_chart_job_write (&job, data, format, path, &error))
            {
              if (progress)
                g_printerr ("\n");
              return puente_cli_fail (error);
            }
          done++;
          if (progress)
            g_printerr ("\r\033[K[%u/%u] %s", done, total, path);
        }
    }
  if (progress)
    g_printerr ("\r\033[K");
  g_print (_ ("Wrote %u files to %s\n"), total, args.dir);
  return PUENTE_CLI_EXIT_OK;
}

/* bench --charts */
