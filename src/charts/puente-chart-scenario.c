/* puente-chart-scenario.c: the scenarios a drawing shows, with their status
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-chart-scenario.h"

void
puente_chart_data_name_scenario (PuenteChartData      *data,
                                 guint                 slot,
                                 const char           *id,
                                 const PuenteScenario *scenario)
{
  const char      *en, *es;
  g_autofree char *status_en = NULL;
  g_autofree char *status_es = NULL;

  g_return_if_fail (data != NULL);
  g_return_if_fail (slot < PUENTE_N_SCENARIO_SLOTS);
  g_return_if_fail (scenario != NULL);

  en = puente_scenario_get_name (scenario, PUENTE_LANG_EN);
  es = puente_scenario_get_name (scenario, PUENTE_LANG_ES);
  puente_chart_data_set_scenario (data, slot, id, en != NULL && *en != '\0' ? en : id, es);
  status_en = puente_scenario_dup_badge (scenario, PUENTE_LANG_EN);
  status_es = puente_scenario_dup_badge (scenario, PUENTE_LANG_ES);
  puente_chart_data_set_scenario_status (data, slot, status_en, status_es);
}

/* @msgid in @lang; "English / Español" for both. */
static char *
translate (PuenteLang  lang,
           const char *msgid)
{
  const char *es = puente_gettext (PUENTE_LANG_ES, msgid);

  if (lang == PUENTE_LANG_ES)
    return g_strdup (es);
  if (lang == PUENTE_LANG_BOTH && strcmp (es, msgid) != 0)
    return g_strconcat (msgid, " / ", es, NULL);
  return g_strdup (msgid);
}

/* "Name (Repealed, as of 2026-12-07)", or the name alone. */
static char *
name_with_status (const PuenteText *name,
                  const PuenteText *status,
                  PuenteLang        lang)
{
  g_autofree char *text = puente_text_get (name, lang);
  g_autofree char *badge = NULL;

  if (status->en == NULL)
    return g_steal_pointer (&text);
  badge = puente_text_get (status, lang);
  return g_strdup_printf ("%s (%s)", text, badge);
}

char *
puente_chart_scenarios_line (const PuenteText *names,
                             const PuenteText *statuses,
                             gboolean          has_b,
                             PuenteLang        lang)
{
  g_autofree char *a = NULL;

  g_return_val_if_fail (names != NULL && statuses != NULL, NULL);

  a = name_with_status (&names[PUENTE_SCENARIO_A], &statuses[PUENTE_SCENARIO_A], lang);
  if (has_b)
    {
      g_autofree char *label = translate (lang, N_ ("Scenarios"));
      g_autofree char *b = name_with_status (&names[PUENTE_SCENARIO_B], &statuses[PUENTE_SCENARIO_B], lang);

      return g_strdup_printf ("%s: A = %s; B = %s", label, a, b);
    }
  else
    {
      g_autofree char *label = translate (lang, N_ ("Scenario"));

      return g_strdup_printf ("%s: %s", label, a);
    }
}
