/* puente-observed.c: "observed" beside "model" in the window
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only figures of the year they are observed in are shown (a row whose
 * figure is of another year, such as a quarter standing in for the next
 * year, is for the validation table, not for a reader of one year).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-observed.h"

static gboolean
shown (const PuenteObservation *obs)
{
  return obs->figure.year == obs->year;
}

static char *
format (double      value,
        const char *unit,
        PuenteLang  lang)
{
  if (!isfinite (value))
    return g_strdup (PUENTE_FORMAT_MISSING);
  if (g_strcmp0 (unit, "share") == 0)
    return puente_format_percent (lang, value, 1);
  /* As the charts and the map's details write amounts. */
  return puente_format_value (lang, value);
}

/* The observation of @indicator (NULL: any) in @region in @year, else in
 * the latest year that has one. */
static const PuenteObservation *
find (const PuenteDataset *dataset,
      const char          *indicator,
      const char          *region,
      int                  year)
{
  const PuenteObservation *latest = NULL;

  for (guint i = 0; i < puente_dataset_get_n_observations (dataset); i++)
    {
      const PuenteObservation *obs = puente_dataset_get_observation (dataset, i);

      if (!shown (obs) || g_strcmp0 (obs->region, region) != 0 ||
          (indicator != NULL && g_strcmp0 (obs->indicator, indicator) != 0))
        continue;
      if (obs->year == year)
        return obs;
      if (latest == NULL || obs->year > latest->year)
        latest = obs;
    }
  return latest;
}

char *
puente_observed_text (const PuenteDataset *dataset,
                      const PuenteResults *results,
                      const char          *indicator,
                      const char          *region,
                      int                  year,
                      PuenteLang           lang,
                      char               **source)
{
  const PuenteObservation *obs;
  g_autofree char         *observed = NULL;
  g_autofree char         *model = NULL;

  g_return_val_if_fail (dataset != NULL && results != NULL, NULL);

  if (source != NULL)
    *source = NULL;
  if ((obs = find (dataset, indicator, region, year)) == NULL)
    return NULL;
  observed = format (obs->figure.value, obs->figure.unit, lang);
  model = format (puente_results_get_value (results, obs->indicator, obs->region, obs->year),
                  obs->figure.unit, lang);
  if (source != NULL)
    {
      g_autofree char *publisher = puente_format_source (lang, obs->figure.publisher);

      /* Translators: tooltip of an observed figure: publisher, title (year) */
      *source = g_strdup_printf (_ ("Observed: %s, %s (%d)"), publisher, obs->figure.title, obs->figure.year);
    }
  /* Translators: an observed figure beside the model's, e.g. "Observed 2025: 9.4 % · model 9.3 %" */
  return g_strdup_printf (_ ("Observed %d: %s · model %s"), obs->year, observed, model);
}

char *
puente_observed_region_text (const PuenteDataset *dataset,
                             const PuenteResults *results,
                             const char          *region,
                             int                  year,
                             PuenteLang           lang,
                             int                 *shown_year)
{
  const PuenteObservation *first;
  GString                 *out;

  g_return_val_if_fail (dataset != NULL && results != NULL, NULL);

  if ((first = find (dataset, NULL, region, year)) == NULL)
    return NULL;
  if (shown_year != NULL)
    *shown_year = first->year;
  out = g_string_new (NULL);
  for (guint i = 0; i < puente_dataset_get_n_observations (dataset); i++)
    {
      const PuenteObservation *obs = puente_dataset_get_observation (dataset, i);
      int                      index;
      g_autofree char         *observed = NULL;
      g_autofree char         *model = NULL;

      if (!shown (obs) || obs->year != first->year || g_strcmp0 (obs->region, region) != 0)
        continue;
      index = puente_results_find_indicator (results, obs->indicator);
      observed = format (obs->figure.value, obs->figure.unit, lang);
      model = format (puente_results_get_value (results, obs->indicator, obs->region, obs->year),
                      obs->figure.unit, lang);
      if (out->len > 0)
        g_string_append_c (out, '\n');
      /* Translators: one observed figure beside the model's: indicator, observed, model */
      g_string_append_printf (out, _ ("%s: %s (model %s)"),
                              index >= 0 ? _ (puente_results_get_indicator (results, index)->label) : obs->indicator,
                              observed, model);
    }
  return g_string_free (out, FALSE);
}
