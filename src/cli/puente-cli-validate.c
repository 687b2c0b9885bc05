/* puente-cli-validate.c: the “validate” command, check a scenario file
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "puente-cli-commands.h"
#include "puente-cli-json.h"
#include "puente-cli-private.h"
#include "puente-scenario.h"

int
puente_cli_validate (PuenteCli *cli,
                     int        argc,
                     char     **argv)
{
  GOptionEntry entries[] = {
    { NULL }
  };
  g_autoptr(PuenteScenario) scenario = NULL;
  g_autoptr(GPtrArray) set = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  int         status;

  if ((status = puente_cli_parse_options ("validate", _ ("FILE"),
                                          _ ("Check a scenario file: exit status 0 when it is valid, 1 with an explanation when it is not."),
                                          entries, &argc, &argv)) >= 0)
    return status;
  if (argc < 2)
    return puente_cli_usage_error (_ ("“validate” needs the scenario file to check."));
  if (argc > 2)
    return puente_cli_usage_error (_ ("“validate” checks one file at a time, but %d were given."),
                                   argc - 1);

  if ((scenario = puente_scenario_load_file (argv[1], &error)) == NULL)
    return puente_cli_fail (error);

  set = puente_scenario_list_set_levers (scenario);
  name = puente_scenario_get_name (scenario, cli->lang);
  if (name != NULL)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%s: valid scenario “%s”, changing %u lever.\n",
                          "%s: valid scenario “%s”, changing %u levers.\n", set->len),
             argv[1], name, set->len);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "%s: valid scenario, changing %u lever.\n",
                          "%s: valid scenario, changing %u levers.\n", set->len),
             argv[1], set->len);
  return PUENTE_CLI_EXIT_OK;
}
