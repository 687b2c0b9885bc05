/* puente-map-table.c: the map's metric by state, as a table and in words
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-chart-summary.h"
#include "puente-map-table.h"
#include "puente-place-index.h"

/* States named at each end of the ranking. */
#define RANKING_ENDS 3

static void
set_value (PuenteTable       *table,
           PuenteTableRow    *row,
           guint              column,
           PuenteStatesMetric metric,
           double             value,
           gboolean           difference,
           PuenteLang         lang)
{
  g_autofree char *text = puente_states_metric_format (metric, value, difference, lang);

  puente_table_set_cell (table, row, column, text, value);
}

static const char *
state_name (const PuenteState *state,
            PuenteLang         lang)
{
  return lang == PUENTE_LANG_ES ? state->name_es : state->name_en;
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  PuenteLang lang = GPOINTER_TO_INT (user_data);

  return g_utf8_collate (state_name (*(const PuenteState **) a, lang), state_name (*(const PuenteState **) b, lang));
}

PuenteTable *
puente_map_table_build (PuenteMapContext  *context,
                        PuenteStatesMetric metric,
                        PuenteLang         lang)
{
  PuenteDataset       *dataset = puente_map_context_get_dataset (context);
  const PuenteResults *a = puente_map_context_get_results (context);
  const PuenteResults *b = puente_map_context_get_compare (context);
  int                  year = puente_map_context_get_year (context);
  const char          *title = puente_states_metric_get_title (metric, lang);
  PuenteTable         *table = puente_table_new (b != NULL ? 5 : 3);
  g_autoptr(GPtrArray) states = g_ptr_array_new ();

  /* Translators: column headers of the map's table */
  puente_table_set_header (table, 0, _ ("State"), FALSE);
  puente_table_set_header (table, 1, _ ("Country"), FALSE);
  puente_table_set_value_headers (table, 2, title, b != NULL);

  /* By name, as a reader looks for one. */
  for (guint i = 0; i < puente_dataset_get_n_states (dataset); i++)
    g_ptr_array_add (states, (gpointer) puente_dataset_get_state (dataset, i));
  g_ptr_array_sort_with_data (states, compare_names, GINT_TO_POINTER (lang));

  for (guint i = 0; i < states->len; i++)
    {
      const PuenteState *state = g_ptr_array_index (states, i);
      PuenteTableRow    *row = puente_table_add_row (table, state->code);
      double             va = a != NULL ? puente_states_metric_get_value (metric, a, state->code, year) : NAN;

      puente_table_set_cell (table, row, 0, state_name (state, lang), NAN);
      puente_table_set_cell (table, row, 1, state->country == PUENTE_COUNTRY_MX ? _ ("Mexico") : _ ("United States"),
                             NAN);
      set_value (table, row, 2, metric, va, FALSE, lang);
      if (b != NULL)
        {
          double vb = puente_states_metric_get_value (metric, b, state->code, year);

          set_value (table, row, 3, metric, vb, FALSE, lang);
          set_value (table, row, 4, metric, vb - va, TRUE, lang);
        }
    }
  return table;
}

guint
puente_map_table_shown_column (const PuenteTable *table,
                               PuenteMapContext  *context)
{
  const PuenteResults *b = puente_map_context_get_compare (context);

  if (table->n_columns < 5 || b == NULL)
    return 2;
  if (puente_map_context_is_difference (context))
    return 4;
  return puente_map_context_get_shown (context) == b ? 3 : 2;
}

char *
puente_map_table_describe (PuenteMapContext  *context,
                           PuenteStatesMetric metric,
                           const PuenteTable *table,
                           const char        *selected,
                           PuenteLang         lang)
{
  gboolean         difference = puente_map_context_is_difference (context);
  guint            column = puente_map_table_shown_column (table, context);
  g_autofree char *ranking = puente_table_describe_ranking (table, 0, column, RANKING_ENDS, lang);
  GString         *out = g_string_new (NULL);
  int              row;

  g_string_append_printf (out, "%s%s, %d. %s", difference ? "B − A: " : "",
                          puente_states_metric_get_title (metric, lang), puente_map_context_get_year (context),
                          ranking);
  if (selected == NULL)
    return g_string_free (out, FALSE);

  row = puente_table_find_row (table, selected);
  if (row >= 0)
    {
      const PuenteTableRow *r = puente_table_get_row (table, (guint) row);

      if (table->n_columns == 5)
        /* Translators: the selected state in the map's accessible
         * description: "Selected: Texas, 12% (A), 15% (B), B − A +3 pp." */
        g_string_append_printf (out, _ (" Selected: %s, %s (A), %s (B), B − A %s."), r->cells[0].text,
                                r->cells[2].text, r->cells[3].text, r->cells[4].text);
      else
        /* Translators: the selected state in the map's accessible
         * description: "Selected: Texas, 12%." */
        g_string_append_printf (out, _ (" Selected: %s, %s."), r->cells[0].text, r->cells[2].text);
    }
  else
    {
      PuenteDataset  *dataset = puente_map_context_get_dataset (context);
      const char     *name = puente_map_context_get_place_name (context, selected);
      PuentePlaceKind kind = puente_dataset_find_port (dataset, selected) >= 0 ? PUENTE_PLACE_PORT
        : puente_dataset_find_city (dataset, selected) >= 0                    ? PUENTE_PLACE_CITY
                                                                               : PUENTE_PLACE_SITE;

      if (name != NULL)
        /* Translators: a selected port, city or site in the map's
         * accessible description: "Selected: Laredo, Port of entry." */
        g_string_append_printf (out, _ (" Selected: %s, %s."), name, puente_place_kind_get_label (kind, lang));
    }
  return g_string_free (out, FALSE);
}
