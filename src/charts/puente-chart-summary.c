/* puente-chart-summary.c: what a figure shows, in words and as a table
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers are written as the chart writes them in its read-outs: shares
 * as percent with one decimal, amounts compact ("2.1M", "45k").
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "puente-chart-summary.h"
#include "puente-chart.h"
#include "puente-i18n.h"

static gboolean
shows_b (const PuenteChartData *data)
{
  if (!data->has_b)
    return FALSE;
  if (data->kind == PUENTE_CHART_SANKEY)
    return data->sankey != NULL && data->sankey->has_b;
  return data->kind != PUENTE_CHART_FAN;
}

/* "10% in 2024" */
static char *
value_in_year (const PuenteChartData *data,
               PuenteLang             lang,
               double                 value,
               int                    year)
{
  g_autofree char *number = puente_chart_format_readout (data, lang, value);

  /* Translators: a chart's value in a year, in its text alternative:
   * "10% in 2024" */
  return g_strdup_printf (puente_gettext (lang, "%s in %d"), number, year);
}

/* The first and last points with a value in @values. */
static gboolean
find_ends (const double *values,
           guint         n,
           guint        *first,
           guint        *last)
{
  gboolean found = FALSE;

  for (guint i = 0; values != NULL && i < n; i++)
    if (isfinite (values[i]))
      {
        if (!found)
          *first = i;
        *last = i;
        found = TRUE;
      }
  return found;
}

static void
summarise_years (GString               *out,
                 const PuenteChartData *data,
                 PuenteLang             lang)
{
  gboolean with_b = shows_b (data);
  int      marker = data->year - data->first_year;

  for (guint s = 0; s < data->series->len; s++)
    {
      const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
      const double            *a = data->kind == PUENTE_CHART_FAN && series->bands[PUENTE_P50] != NULL
                   ? series->bands[PUENTE_P50]
                   : series->values[PUENTE_SCENARIO_A];
      g_autofree char         *label = puente_text_get (&series->label, lang);
      guint                    first = 0, last = 0;

      if (!find_ends (a, data->n_points, &first, &last))
        continue;
      {
        g_autofree char *from = value_in_year (data, lang, a[first], data->first_year + (int) first);
        g_autofree char *to = value_in_year (data, lang, a[last], data->first_year + (int) last);

        if (data->kind == PUENTE_CHART_FAN)
          /* Translators: a fan chart's series in its text alternative:
           * "United States: median 10% in 2024 to 20% in 2050" */
          g_string_append_printf (out, puente_gettext (lang, "%s: median %s to %s"), label, from, to);
        else
          /* Translators: a chart's series in its text alternative:
           * "United States: 10% in 2024 to 20% in 2050" */
          g_string_append_printf (out, puente_gettext (lang, "%s: %s to %s"), label, from, to);
      }
      if (data->kind == PUENTE_CHART_FAN && series->bands[PUENTE_P5] != NULL)
        {
          g_autofree char *lo = puente_chart_format_readout (data, lang, series->bands[PUENTE_P5][last]);
          g_autofree char *hi = puente_chart_format_readout (data, lang, series->bands[PUENTE_P95][last]);

          /* Translators: the 5th to 95th percentile of a fan chart in its
           * last year: "; 90% range in 2050: 12% to 31%" */
          g_string_append_printf (out, puente_gettext (lang, "; 90%% range in %d: %s to %s"),
                                  data->first_year + (int) last, lo, hi);
        }
      if (with_b && find_ends (series->values[PUENTE_SCENARIO_B], data->n_points, &first, &last))
        {
          g_autofree char *b = value_in_year (data, lang, series->values[PUENTE_SCENARIO_B][last],
                                              data->first_year + (int) last);

          /* Translators: scenario B's last value in a chart's text
           * alternative: "; B reaches 68% in 2050" */
          g_string_append_printf (out, puente_gettext (lang, "; B reaches %s"), b);
        }
      g_string_append (out, ". ");
    }

  /* The selected year, A and B side by side. */
  if (data->year > 0 && marker >= 0 && (guint) marker < data->n_points)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      for (guint s = 0; s < data->series->len; s++)
        {
          const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
          g_autofree char         *label = puente_text_get (&series->label, lang);
          double                   a = data->kind == PUENTE_CHART_FAN && series->bands[PUENTE_P50] != NULL
                              ? series->bands[PUENTE_P50][marker]
                              : puente_chart_data_get_value (data, s, (guint) marker, PUENTE_SCENARIO_A);
          g_autofree char         *na = puente_chart_format_readout (data, lang, a);

          if (with_b)
            {
              g_autofree char *nb = puente_chart_format_readout (data, lang,
                                                                 puente_chart_data_get_value (data, s, (guint) marker,
                                                                                              PUENTE_SCENARIO_B));

              g_ptr_array_add (items, g_strdup_printf ("%s %s (A), %s (B)", label, na, nb));
            }
          else
            g_ptr_array_add (items, g_strdup_printf ("%s %s", label, na));
        }
      g_ptr_array_add (items, NULL);
      if (items->len > 1)
        {
          g_autofree char *list = g_strjoinv ("; ", (char **) items->pdata);

          /* Translators: a chart's values in the selected year, in its text
           * alternative: "In 2030: United States 14%; Mexico 3%." */
          g_string_append_printf (out, puente_gettext (lang, "In %d: %s."), data->year, list);
        }
    }
}

static void
summarise_bars (GString               *out,
                const PuenteChartData *data,
                PuenteLang             lang)
{
  gboolean with_b = shows_b (data);

  if (data->year > 0)
    /* Translators: the year of a bar chart, in its text alternative */
    g_string_append_printf (out, puente_gettext (lang, "In %d: "), data->year);
  for (guint s = 0; s < data->series->len; s++)
    {
      const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *list = NULL;

      for (guint p = 0; p < data->n_points; p++)
        {
          g_autofree char *category = data->categories != NULL ? puente_text_get (&data->categories[p], lang)
                                                               : g_strdup_printf ("%d", data->first_year + (int) p);
          g_autofree char *na = puente_chart_format_readout (data, lang,
                                                             puente_chart_data_get_value (data, s, p, PUENTE_SCENARIO_A));

          if (with_b)
            {
              g_autofree char *nb = puente_chart_format_readout (data, lang,
                                                                 puente_chart_data_get_value (data, s, p, PUENTE_SCENARIO_B));

              g_ptr_array_add (items, g_strdup_printf ("%s %s (A), %s (B)", category, na, nb));
            }
          else
            g_ptr_array_add (items, g_strdup_printf ("%s %s", category, na));
        }
      g_ptr_array_add (items, NULL);
      list = g_strjoinv (", ", (char **) items->pdata);
      if (data->series->len > 1)
        {
          g_autofree char *label = puente_text_get (&series->label, lang);

          g_string_append_printf (out, "%s: ", label);
        }
      g_string_append_printf (out, "%s. ", list);
    }
}

typedef struct
{
  guint  index;
  double key;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  if (ra->key != rb->key)
    return ra->key > rb->key ? -1 : 1;
  return ra->index < rb->index ? -1 : ra->index > rb->index;
}

static char *
node_label (const PuenteSankey *sankey,
            guint               node,
            PuenteLang          lang)
{
  return puente_text_get (&g_array_index (sankey->nodes, PuenteSankeyNode, node).label, lang);
}

static void
summarise_sankey (GString               *out,
                  const PuenteChartData *data,
                  PuenteLang             lang)
{
  const PuenteSankey *sankey = data->sankey;
  gboolean            with_b = shows_b (data);
  g_autofree Ranked  *ranked = NULL;
  guint               n = 0;

  if (sankey == NULL)
    return;
  ranked = g_new0 (Ranked, sankey->links->len + 1);
  for (guint i = 0; i < sankey->links->len; i++)
    {
      const PuenteSankeyLink *link = &g_array_index (sankey->links, PuenteSankeyLink, i);

      if (link->value > 0 || (with_b && link->value_b > 0))
        ranked[n++] = (Ranked){ i, MAX (link->value, with_b ? link->value_b : 0) };
    }
  qsort (ranked, n, sizeof (Ranked), compare_ranked);

  if (data->year > 0)
    /* Translators: a Sankey's text alternative: "Flows in 2030, in GWh,
     * largest first: " */
    g_string_append_printf (out, puente_gettext (lang, "Flows in %d, in %s, largest first: "), data->year,
                            data->unit != NULL ? data->unit : "");
  else
    /* Translators: a Sankey's text alternative: "Flows, in GWh, largest
     * first: " */
    g_string_append_printf (out, puente_gettext (lang, "Flows, in %s, largest first: "),
                            data->unit != NULL ? data->unit : "");
  for (guint i = 0; i < n; i++)
    {
      const PuenteSankeyLink *link = &g_array_index (sankey->links, PuenteSankeyLink, ranked[i].index);
      g_autofree char        *from = node_label (sankey, link->source, lang);
      g_autofree char        *to = node_label (sankey, link->target, lang);
      g_autofree char        *na = puente_chart_format_readout (data, lang, link->value);

      if (i > 0)
        g_string_append (out, "; ");
      g_string_append_printf (out, "%s → %s %s", from, to, na);
      if (with_b)
        {
          g_autofree char *nb = puente_chart_format_readout (data, lang, link->value_b);

          g_string_append_printf (out, " (A), %s (B)", nb);
        }
    }
  g_string_append (out, ".");
}

char *
puente_chart_summary (const PuenteChartData *data,
                      PuenteLang             lang)
{
  GString *out;

  g_return_val_if_fail (data != NULL, NULL);

  out = g_string_new (NULL);
  if (data->axis_title.en != NULL && data->kind != PUENTE_CHART_SANKEY)
    {
      g_autofree char *axis = puente_text_get (&data->axis_title, lang);

      /* Translators: first words of a chart's text alternative: what its
       * values are ("Values: Share of new sales. ") */
      g_string_append_printf (out, puente_gettext (lang, "Values: %s. "), axis);
    }
  if (shows_b (data))
    {
      g_autofree char *a = puente_text_get (&data->scenario[PUENTE_SCENARIO_A], lang);
      g_autofree char *b = puente_text_get (&data->scenario[PUENTE_SCENARIO_B], lang);

      /* Translators: the two scenarios a chart compares, in its text
       * alternative */
      g_string_append_printf (out, puente_gettext (lang, "A: %s; B: %s. "), a, b);
    }

  switch (data->kind)
    {
    case PUENTE_CHART_SANKEY:
      summarise_sankey (out, data, lang);
      break;
    case PUENTE_CHART_BARS:
    case PUENTE_CHART_HBARS:
      summarise_bars (out, data, lang);
      break;
    case PUENTE_CHART_LINE:
    case PUENTE_CHART_STACKED_AREA:
    case PUENTE_CHART_FAN:
    case PUENTE_N_CHART_KINDS:
    default:
      summarise_years (out, data, lang);
      break;
    }

  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* ---- tables ------------------------------------------------------------- */

static void
set_number (PuenteTable           *table,
            PuenteTableRow        *row,
            guint                  column,
            const PuenteChartData *data,
            PuenteLang             lang,
            double                 value)
{
  g_autofree char *text = puente_chart_format_readout (data, lang, value);

  puente_table_set_cell (table, row, column, text, value);
}

/* "United States (A)" when B shows too. */
static char *
series_header (const PuenteChartSeries *series,
               PuenteLang               lang,
               const char              *slot)
{
  g_autofree char *label = puente_text_get (&series->label, lang);

  return slot != NULL ? g_strdup_printf ("%s (%s)", label, slot) : g_steal_pointer (&label);
}

static PuenteTable *
sankey_table (const PuenteChartData *data,
              PuenteLang             lang)
{
  const PuenteSankey *sankey = data->sankey;
  gboolean            with_b = shows_b (data);
  PuenteTable        *table = puente_table_new (with_b ? 5 : 3);
  /* Translators: header of the Sankey table's flow column: "Flow, GWh" */
  g_autofree char    *flow = g_strdup_printf ("%s, %s", puente_gettext (lang, "Flow"),
                                           data->unit != NULL ? data->unit : "");

  /* Translators: column headers of the Sankey's table */
  puente_table_set_header (table, 0, puente_gettext (lang, "From"), FALSE);
  puente_table_set_header (table, 1, puente_gettext (lang, "To"), FALSE);
  puente_table_set_value_headers (table, 2, flow, with_b);

  for (guint i = 0; sankey != NULL && i < sankey->links->len; i++)
    {
      const PuenteSankeyLink *link = &g_array_index (sankey->links, PuenteSankeyLink, i);
      const PuenteSankeyNode *source = &g_array_index (sankey->nodes, PuenteSankeyNode, link->source);
      const PuenteSankeyNode *target = &g_array_index (sankey->nodes, PuenteSankeyNode, link->target);
      g_autofree char        *key = g_strdup_printf ("%s>%s", source->id, target->id);
      g_autofree char        *from = puente_text_get (&source->label, lang);
      g_autofree char        *to = puente_text_get (&target->label, lang);
      PuenteTableRow         *row = puente_table_add_row (table, key);

      puente_table_set_cell (table, row, 0, from, NAN);
      puente_table_set_cell (table, row, 1, to, NAN);
      set_number (table, row, 2, data, lang, link->value);
      if (with_b)
        {
          set_number (table, row, 3, data, lang, link->value_b);
          set_number (table, row, 4, data, lang, link->value_b - link->value);
        }
    }
  return table;
}

static PuenteTable *
fan_table (const PuenteChartData *data,
           PuenteLang             lang)
{
  static const char *const names[PUENTE_N_PERCENTILES] = { "p5", "p25", NULL, "p75", "p95" };
  PuenteTable             *table = puente_table_new (1 + data->series->len * PUENTE_N_PERCENTILES);

  puente_table_set_header (table, 0, puente_gettext (lang, "Year"), TRUE);
  for (guint s = 0; s < data->series->len; s++)
    for (guint p = 0; p < PUENTE_N_PERCENTILES; p++)
      {
        const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
        /* Translators: the median column of a fan chart's table */
        g_autofree char         *header = series_header (series, lang, names[p] != NULL ? names[p] : puente_gettext (lang, "median"));

        puente_table_set_header (table, 1 + s * PUENTE_N_PERCENTILES + p, header, TRUE);
      }
  for (guint i = 0; i < data->n_points; i++)
    {
      g_autofree char *year = g_strdup_printf ("%d", data->first_year + (int) i);
      PuenteTableRow  *row = puente_table_add_row (table, year);

      puente_table_set_cell (table, row, 0, year, data->first_year + (int) i);
      for (guint s = 0; s < data->series->len; s++)
        {
          const PuenteChartSeries *series = g_ptr_array_index (data->series, s);

          for (guint p = 0; p < PUENTE_N_PERCENTILES; p++)
            set_number (table, row, 1 + s * PUENTE_N_PERCENTILES + p, data, lang,
                        series->bands[p] != NULL ? series->bands[p][i] : NAN);
        }
    }
  return table;
}

PuenteTable *
puente_chart_data_to_table (const PuenteChartData *data,
                            PuenteLang             lang)
{
  gboolean     with_b;
  guint        per_series;
  PuenteTable *table;

  g_return_val_if_fail (data != NULL, NULL);

  if (data->kind == PUENTE_CHART_SANKEY)
    return sankey_table (data, lang);
  if (data->kind == PUENTE_CHART_FAN)
    return fan_table (data, lang);

  with_b = shows_b (data);
  per_series = with_b ? 2 : 1;
  table = puente_table_new (1 + data->series->len * per_series);
  if (data->categories != NULL)
    /* Translators: header of the first column of a bar chart's table */
    puente_table_set_header (table, 0, puente_gettext (lang, "Category"), FALSE);
  else
    /* Translators: header of the first column of a chart's table */
    puente_table_set_header (table, 0, puente_gettext (lang, "Year"), TRUE);
  for (guint s = 0; s < data->series->len; s++)
    {
      const PuenteChartSeries *series = g_ptr_array_index (data->series, s);
      g_autofree char         *a = series_header (series, lang, with_b ? "A" : NULL);

      puente_table_set_header (table, 1 + s * per_series, a, TRUE);
      if (with_b)
        {
          g_autofree char *b = series_header (series, lang, "B");

          puente_table_set_header (table, 2 + s * per_series, b, TRUE);
        }
    }

  for (guint p = 0; p < data->n_points; p++)
    {
      PuenteTableRow *row;

      if (data->categories != NULL)
        {
          g_autofree char *name = puente_text_get (&data->categories[p], lang);

          row = puente_table_add_row (table, data->category_codes != NULL ? data->category_codes[p] : name);
          puente_table_set_cell (table, row, 0, name, NAN);
        }
      else
        {
          g_autofree char *year = g_strdup_printf ("%d", data->first_year + (int) p);

          row = puente_table_add_row (table, year);
          puente_table_set_cell (table, row, 0, year, data->first_year + (int) p);
        }
      for (guint s = 0; s < data->series->len; s++)
        {
          set_number (table, row, 1 + s * per_series, data, lang,
                      puente_chart_data_get_value (data, s, p, PUENTE_SCENARIO_A));
          if (with_b)
            set_number (table, row, 2 + s * per_series, data, lang,
                        puente_chart_data_get_value (data, s, p, PUENTE_SCENARIO_B));
        }
    }
  return table;
}

/* ---- rankings and trends ------------------------------------------------ */

static char *
ranked_item (const PuenteTable *table,
             guint              index,
             guint              name_column,
             guint              value_column)
{
  const PuenteTableRow *row = puente_table_get_row (table, index);

  return g_strdup_printf ("%s %s", row->cells[name_column].text, row->cells[value_column].text);
}

char *
puente_table_describe_ranking (const PuenteTable *table,
                               guint              name_column,
                               guint              value_column,
                               guint              n,
                               PuenteLang         lang)
{
  g_autofree Ranked *ranked = NULL;
  g_autoptr(GPtrArray) top = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) bottom = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *top_text = NULL;
  guint            count = 0;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (name_column < table->n_columns && value_column < table->n_columns, NULL);

  ranked = g_new0 (Ranked, table->rows->len + 1);
  for (guint i = 0; i < table->rows->len; i++)
    {
      double value = puente_table_get_row (table, i)->cells[value_column].value;

      if (isfinite (value))
        ranked[count++] = (Ranked){ i, value };
    }
  if (count == 0)
    return g_strdup (puente_gettext (lang, "No values."));
  qsort (ranked, count, sizeof (Ranked), compare_ranked);

  if (count <= 2 * n)
    {
      g_autofree char *all = NULL;

      for (guint i = 0; i < count; i++)
        g_ptr_array_add (top, ranked_item (table, ranked[i].index, name_column, value_column));
      g_ptr_array_add (top, NULL);
      all = g_strjoinv (", ", (char **) top->pdata);
      /* Translators: every place of the map, highest value first */
      return g_strdup_printf (puente_gettext (lang, "Highest first: %s."), all);
    }
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (top, ranked_item (table, ranked[i].index, name_column, value_column));
      g_ptr_array_add (bottom, ranked_item (table, ranked[count - 1 - i].index, name_column, value_column));
    }
  g_ptr_array_add (top, NULL);
  g_ptr_array_add (bottom, NULL);
  top_text = g_strjoinv (", ", (char **) top->pdata);
  {
    g_autofree char *bottom_text = g_strjoinv (", ", (char **) bottom->pdata);

    /* Translators: the map's highest and lowest places: "Highest:
     * California 31%, …; lowest: Chiapas 0.2%, …" */
    return g_strdup_printf (puente_gettext (lang, "Highest: %s; lowest: %s."), top_text, bottom_text);
  }
}

PuenteTrend
puente_trend_of (const double *values,
                 guint         n,
                 guint        *peak)
{
  guint first = 0, last = 0, top;

  if (values == NULL || !find_ends (values, n, &first, &last))
    return PUENTE_TREND_NONE;

  top = first;
  for (guint i = first; i <= last; i++)
    if (isfinite (values[i]) && values[i] > values[top])
      top = i;
  if (peak != NULL)
    *peak = top;

  if (top != first && top != last && values[top] - values[last] >= 0.05 * fabs (values[top]) &&
      values[top] > values[first])
    return PUENTE_TREND_PEAKS;
  if (fabs (values[last] - values[first]) <= 0.01 * MAX (fabs (values[first]), fabs (values[last])))
    return PUENTE_TREND_FLAT;
  return values[last] > values[first] ? PUENTE_TREND_RISING : PUENTE_TREND_FALLING;
}
