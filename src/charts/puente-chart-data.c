/* puente-chart-data.c: the numbers and words one chart shows
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "puente-chart-data.h"
#include "puente-i18n.h"

void
puente_text_set (PuenteText *text,
                 const char *en,
                 const char *es)
{
  g_return_if_fail (text != NULL);

  g_free (text->en);
  g_free (text->es);
  text->en = g_strdup (en);
  text->es = (es != NULL && g_strcmp0 (es, en) != 0) ? g_strdup (es) : NULL;
}

void
puente_text_set_msgid (PuenteText *text,
                       const char *context,
                       const char *msgid)
{
  g_return_if_fail (text != NULL);

  if (msgid == NULL)
    {
      puente_text_clear (text);
      return;
    }
  puente_text_set (text, msgid, puente_pgettext (PUENTE_LANG_ES, context, msgid));
}

void
puente_text_clear (PuenteText *text)
{
  g_clear_pointer (&text->en, g_free);
  g_clear_pointer (&text->es, g_free);
}

char *
puente_text_get (const PuenteText *text,
                 PuenteLang        lang)
{
  const char *en, *es;

  g_return_val_if_fail (text != NULL, NULL);

  en = text->en != NULL ? text->en : "";
  es = text->es != NULL ? text->es : en;
  switch (lang)
    {
    case PUENTE_LANG_ES:
      return g_strdup (es);
    case PUENTE_LANG_BOTH:
      if (strcmp (en, es) == 0)
        return g_strdup (en);
      return g_strconcat (en, " / ", es, NULL);
    case PUENTE_LANG_EN:
    default:
      return g_strdup (en);
    }
}

/* Sankey */

static void
clear_node (gpointer data)
{
  PuenteSankeyNode *node = data;

  g_free (node->id);
  puente_text_clear (&node->label);
  puente_text_clear (&node->short_label);
}

PuenteSankey *
puente_sankey_new (guint n_columns)
{
  PuenteSankey *self = g_new0 (PuenteSankey, 1);

  self->nodes = g_array_new (FALSE, TRUE, sizeof (PuenteSankeyNode));
  g_array_set_clear_func (self->nodes, clear_node);
  self->links = g_array_new (FALSE, TRUE, sizeof (PuenteSankeyLink));
  self->n_columns = n_columns;
  self->column_labels = g_new0 (PuenteText, MAX (n_columns, 1));
  self->highlight = -1;
  return self;
}

/* Follows links from @node in one direction, marking them. */
static void
mark_paths (const PuenteSankey *self,
            guint               node,
            gboolean            downstream,
            gboolean           *on_path,
            gboolean           *seen)
{
  if (seen[node])
    return;
  seen[node] = TRUE;

  for (guint l = 0; l < self->links->len; l++)
    {
      const PuenteSankeyLink *link = &g_array_index (self->links, PuenteSankeyLink, l);
      guint                   from = downstream ? link->source : link->target;
      guint                   to = downstream ? link->target : link->source;

      if (link->recycling || from != node)
        continue;
      on_path[l] = TRUE;
      mark_paths (self, to, downstream, on_path, seen);
    }
}

void
puente_sankey_paths_through (const PuenteSankey *self,
                             guint               node,
                             gboolean           *on_path)
{
  g_autofree gboolean *seen = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (node < self->nodes->len);
  g_return_if_fail (on_path != NULL);

  memset (on_path, 0, self->links->len * sizeof (gboolean));
  seen = g_new0 (gboolean, self->nodes->len);
  mark_paths (self, node, TRUE, on_path, seen);
  memset (seen, 0, self->nodes->len * sizeof (gboolean));
  mark_paths (self, node, FALSE, on_path, seen);
}

void
puente_sankey_free (PuenteSankey *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->nodes);
  g_array_unref (self->links);
  for (guint i = 0; i < self->n_columns; i++)
    puente_text_clear (&self->column_labels[i]);
  g_free (self->column_labels);
  g_free (self);
}

void
puente_sankey_set_column (PuenteSankey *self,
                          guint         column,
                          const char   *en,
                          const char   *es)
{
  g_return_if_fail (self != NULL && column < self->n_columns);
  puente_text_set (&self->column_labels[column], en, es);
}

guint
puente_sankey_add_node (PuenteSankey        *self,
                        const char          *id,
                        const char          *en,
                        const char          *es,
                        guint                column,
                        PuenteSankeyNodeKind kind)
{
  PuenteSankeyNode node = { 0 };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (column < self->n_columns, 0);

  node.id = g_strdup (id);
  puente_text_set (&node.label, en, es);
  node.column = column;
  node.kind = kind;
  node.colour = -1;
  g_array_append_val (self->nodes, node);
  return self->nodes->len - 1;
}

void
puente_sankey_set_short_label (PuenteSankey *self,
                               guint         node,
                               const char   *en,
                               const char   *es)
{
  g_return_if_fail (self != NULL && node < self->nodes->len);

  puente_text_set (&g_array_index (self->nodes, PuenteSankeyNode, node).short_label, en, es);
}

int
puente_sankey_find_node (const PuenteSankey *self,
                         const char         *id)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->nodes->len; i++)
    if (g_strcmp0 (g_array_index (self->nodes, PuenteSankeyNode, i).id, id) == 0)
      return (int) i;
  return -1;
}

void
puente_sankey_add_link (PuenteSankey *self,
                        guint         source,
                        guint         target,
                        double        value,
                        gboolean      recycling)
{
  PuenteSankeyLink link = { source, target, value, recycling, 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (source < self->nodes->len && target < self->nodes->len);
  g_return_if_fail (source != target);
  g_return_if_fail (value >= 0);

  g_array_append_val (self->links, link);
}

/* Sums of the flows into and out of @node in @slot. */
static void
node_flows (const PuenteSankey *self,
            guint               node,
            guint               slot,
            double             *in,
            double             *out)
{
  *in = *out = 0;
  for (guint i = 0; i < self->links->len; i++)
    {
      const PuenteSankeyLink *link = &g_array_index (self->links, PuenteSankeyLink, i);
      double                  v = slot == PUENTE_SCENARIO_B ? link->value_b : link->value;

      if (link->target == node)
        *in += v;
      if (link->source == node)
        *out += v;
    }
}

double
puente_sankey_node_inflow (const PuenteSankey *self,
                           guint               node)
{
  double in, out;

  node_flows (self, node, PUENTE_SCENARIO_A, &in, &out);
  return in;
}

double
puente_sankey_node_outflow (const PuenteSankey *self,
                            guint               node)
{
  double in, out;

  node_flows (self, node, PUENTE_SCENARIO_A, &in, &out);
  return out;
}

double
puente_sankey_node_total (const PuenteSankey *self,
                          guint               node)
{
  return puente_sankey_node_total_in (self, node, PUENTE_SCENARIO_A);
}

double
puente_sankey_node_total_in (const PuenteSankey *self,
                             guint               node,
                             guint               slot)
{
  double in, out;

  g_return_val_if_fail (self != NULL, 0);

  node_flows (self, node, slot, &in, &out);
  return MAX (in, out);
}

/* @b's node @node in @self, added when @self lacks it. */
static guint
map_node (PuenteSankey       *self,
          const PuenteSankey *b,
          guint               node)
{
  const PuenteSankeyNode *n = &g_array_index (b->nodes, PuenteSankeyNode, node);
  int                     found = puente_sankey_find_node (self, n->id);
  guint                   added;

  if (found >= 0)
    return (guint) found;
  added = puente_sankey_add_node (self, n->id, n->label.en, n->label.es, MIN (n->column, self->n_columns - 1), n->kind);
  if (n->short_label.en != NULL)
    puente_sankey_set_short_label (self, added, n->short_label.en, n->short_label.es);
  return added;
}

void
puente_sankey_set_b (PuenteSankey       *self,
                     const PuenteSankey *b)
{
  g_return_if_fail (self != NULL && b != NULL);

  for (guint i = 0; i < self->links->len; i++)
    g_array_index (self->links, PuenteSankeyLink, i).value_b = 0;
  for (guint i = 0; i < b->links->len; i++)
    {
      const PuenteSankeyLink *link = &g_array_index (b->links, PuenteSankeyLink, i);
      guint                   source = map_node (self, b, link->source);
      guint                   target = map_node (self, b, link->target);
      gboolean                found = FALSE;

      for (guint j = 0; j < self->links->len && !found; j++)
        {
          PuenteSankeyLink *mine = &g_array_index (self->links, PuenteSankeyLink, j);

          if (mine->source == source && mine->target == target)
            {
              mine->value_b = link->value;
              found = TRUE;
            }
        }
      if (!found)
        {
          PuenteSankeyLink added = { source, target, 0, link->recycling, link->value };

          g_array_append_val (self->links, added);
        }
    }
  self->has_b = TRUE;
}

gboolean
puente_sankey_check_balance (const PuenteSankey *self,
                             double              tolerance,
                             guint              *bad_node)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const PuenteSankeyNode *node = &g_array_index (self->nodes, PuenteSankeyNode, i);
      double                  in = puente_sankey_node_inflow (self, i);
      double                  out = puente_sankey_node_outflow (self, i);
      gboolean                ok;

      switch (node->kind)
        {
        case PUENTE_SANKEY_NODE_SOURCE:
          ok = in <= tolerance * MAX (1.0, out);
          break;
        case PUENTE_SANKEY_NODE_SINK:
          ok = out <= tolerance * MAX (1.0, in);
          break;
        case PUENTE_SANKEY_NODE_FLOW:
        default:
          ok = fabs (in - out) <= tolerance * MAX (1.0, MAX (in, out));
          break;
        }
      if (!ok)
        {
          if (bad_node != NULL)
            *bad_node = i;
          return FALSE;
        }
    }
  return TRUE;
}

/* Chart data */

static void
series_free (gpointer data)
{
  PuenteChartSeries *series = data;

  puente_text_clear (&series->label);
  g_free (series->indicator);
  g_free (series->region);
  for (guint i = 0; i < PUENTE_N_SCENARIO_SLOTS; i++)
    g_free (series->values[i]);
  for (guint i = 0; i < PUENTE_N_PERCENTILES; i++)
    {
      g_free (series->bands[i]);
      g_free (series->b_bands[i]);
    }
  g_free (series);
}

PuenteChartData *
puente_chart_data_new (const char     *id,
                       PuenteChartKind kind)
{
  PuenteChartData *self = g_new0 (PuenteChartData, 1);

  g_return_val_if_fail (id != NULL, NULL);

  self->id = g_strdup (id);
  self->kind = kind;
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->unit = g_strdup ("");
  return self;
}

static void
clear_categories (PuenteChartData *self)
{
  if (self->categories != NULL)
    for (guint i = 0; i < self->n_points; i++)
      puente_text_clear (&self->categories[i]);
  g_clear_pointer (&self->categories, g_free);
  g_clear_pointer (&self->category_codes, g_strfreev);
}

void
puente_chart_data_free (PuenteChartData *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  puente_text_clear (&self->title);
  puente_text_clear (&self->subtitle);
  puente_text_clear (&self->axis_title);
  puente_text_clear (&self->sources);
  g_free (self->unit);
  clear_categories (self);
  g_ptr_array_unref (self->series);
  for (guint i = 0; i < PUENTE_N_SCENARIO_SLOTS; i++)
    {
      puente_text_clear (&self->scenario[i]);
      puente_text_clear (&self->status[i]);
      g_free (self->scenario_id[i]);
    }
  puente_sankey_free (self->sankey);
  g_free (self);
}

void
puente_chart_data_set_years (PuenteChartData *self,
                             int              first_year,
                             guint            n_years)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->series->len == 0);

  clear_categories (self);
  self->first_year = first_year;
  self->n_points = n_years;
}

void
puente_chart_data_set_categories (PuenteChartData   *self,
                                  guint              n,
                                  const char *const *codes,
                                  const char *const *names_en,
                                  const char *const *names_es)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->series->len == 0);
  g_return_if_fail (codes != NULL || n == 0);

  clear_categories (self);
  self->n_points = n;
  self->category_codes = g_new0 (char *, n + 1);
  self->categories = g_new0 (PuenteText, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      self->category_codes[i] = g_strdup (codes[i]);
      puente_text_set (&self->categories[i],
                       names_en != NULL && names_en[i] != NULL ? names_en[i] : codes[i],
                       names_es != NULL ? names_es[i] : NULL);
    }
}

void
puente_chart_data_set_scenario (PuenteChartData *self,
                                guint            slot,
                                const char      *id,
                                const char      *name_en,
                                const char      *name_es)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (slot < PUENTE_N_SCENARIO_SLOTS);

  /* A Sankey without B's flows draws one scenario: naming a second would
   * only mislead the source line. */
  if (slot == PUENTE_SCENARIO_B && self->kind == PUENTE_CHART_SANKEY &&
      (self->sankey == NULL || !self->sankey->has_b))
    return;

  g_free (self->scenario_id[slot]);
  self->scenario_id[slot] = g_strdup (id);
  puente_text_set (&self->scenario[slot], name_en != NULL ? name_en : id, name_es);
  if (slot == PUENTE_SCENARIO_B && !self->has_b)
    {
      self->has_b = TRUE;
      for (guint i = 0; i < self->series->len; i++)
        {
          PuenteChartSeries *series = g_ptr_array_index (self->series, i);

          if (series->values[PUENTE_SCENARIO_B] == NULL)
            series->values[PUENTE_SCENARIO_B] = g_new0 (double, MAX (self->n_points, 1));
        }
    }
}

void
puente_chart_data_set_scenario_status (PuenteChartData *self,
                                       guint            slot,
                                       const char      *status_en,
                                       const char      *status_es)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (slot < PUENTE_N_SCENARIO_SLOTS);

  if (status_en == NULL)
    puente_text_clear (&self->status[slot]);
  else
    puente_text_set (&self->status[slot], status_en, status_es);
}

PuenteChartSeries *
puente_chart_data_add_series (PuenteChartData *self,
                              const char      *label_en,
                              const char      *label_es,
                              const char      *indicator,
                              const char      *region,
                              int              colour)
{
  PuenteChartSeries *series;

  g_return_val_if_fail (self != NULL, NULL);

  series = g_new0 (PuenteChartSeries, 1);
  puente_text_set (&series->label, label_en, label_es);
  series->indicator = g_strdup (indicator);
  series->region = g_strdup (region);
  series->colour = colour >= 0 ? colour : (int) (self->series->len % 8);
  series->values[PUENTE_SCENARIO_A] = g_new0 (double, MAX (self->n_points, 1));
  if (self->has_b)
    series->values[PUENTE_SCENARIO_B] = g_new0 (double, MAX (self->n_points, 1));
  g_ptr_array_add (self->series, series);
  return series;
}

void
puente_chart_series_alloc_bands (PuenteChartSeries *series,
                                 guint              n_points)
{
  g_return_if_fail (series != NULL);

  for (guint i = 0; i < PUENTE_N_PERCENTILES; i++)
    {
      g_free (series->bands[i]);
      series->bands[i] = g_new0 (double, MAX (n_points, 1));
    }
}

double **
puente_chart_series_get_bands (PuenteChartSeries *series,
                               guint              slot)
{
  g_return_val_if_fail (series != NULL, NULL);
  g_return_val_if_fail (slot < PUENTE_N_SCENARIO_SLOTS, NULL);

  return slot == PUENTE_SCENARIO_B ? series->b_bands : series->bands;
}

double
puente_chart_data_get_value (const PuenteChartData *self,
                             guint                  series,
                             guint                  point,
                             guint                  slot)
{
  const PuenteChartSeries *s;

  g_return_val_if_fail (self != NULL, NAN);

  if (series >= self->series->len || point >= self->n_points || slot >= PUENTE_N_SCENARIO_SLOTS)
    return NAN;
  s = g_ptr_array_index (self->series, series);
  if (s->values[slot] == NULL)
    return NAN;
  return s->values[slot][point];
}

typedef struct
{
  guint  index;
  double key;
} SortItem;

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const SortItem *x = a, *y = b;

  /* Largest first; missing values last; ties keep their order. */
  if (isnan (x->key) != isnan (y->key))
    return isnan (x->key) ? 1 : -1;
  if (x->key > y->key)
    return -1;
  if (x->key < y->key)
    return 1;
  return x->index < y->index ? -1 : (x->index > y->index);
}

void
puente_chart_data_sort_categories (PuenteChartData *self,
                                   guint            max_categories)
{
  g_autofree SortItem *items = NULL;
  guint                n, keep;
  char               **codes;
  PuenteText          *names;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->category_codes != NULL);

  n = self->n_points;
  if (n == 0 || self->series->len == 0)
    return;

  items = g_new (SortItem, n);
  for (guint i = 0; i < n; i++)
    {
      items[i].index = i;
      items[i].key = puente_chart_data_get_value (self, 0, i, PUENTE_SCENARIO_A);
    }
  qsort (items, n, sizeof (SortItem), compare_items);
  keep = max_categories > 0 ? MIN (n, max_categories) : n;

  codes = g_new0 (char *, keep + 1);
  names = g_new0 (PuenteText, keep);
  for (guint i = 0; i < keep; i++)
    {
      codes[i] = g_strdup (self->category_codes[items[i].index]);
      names[i] = self->categories[items[i].index];
      memset (&self->categories[items[i].index], 0, sizeof (PuenteText));
    }
  for (guint s = 0; s < self->series->len; s++)
    {
      PuenteChartSeries *series = g_ptr_array_index (self->series, s);

      for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
        {
          double *sorted;

          if (series->values[slot] == NULL)
            continue;
          sorted = g_new0 (double, MAX (keep, 1));
          for (guint i = 0; i < keep; i++)
            sorted[i] = series->values[slot][items[i].index];
          g_free (series->values[slot]);
          series->values[slot] = sorted;
        }
    }
  clear_categories (self);
  self->category_codes = codes;
  self->categories = names;
  self->n_points = keep;
}

/* CSV */

static void
append_field (GString    *out,
              const char *text)
{
  if (text == NULL)
    text = "";
  if (strpbrk (text, ",\"\n\r") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Four significant digits, and whole numbers from 1,000 on: the model's
 * figures are not more precise than that, and 12,345,678 vehicles stay
 * 12345678 rather than 1.235e+07. */
static void
append_number (GString *out,
               double   value)
{
  char format[8], buf[G_ASCII_DTOSTR_BUF_SIZE];
  int  decimals;

  if (!isfinite (value))
    return; /* an empty field */
  decimals = value == 0 ? 0 : CLAMP (3 - (int) floor (log10 (fabs (value))), 0, 15);
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buf, sizeof buf, format, value);
  /* 12.50 -> 12.5; -0.000 -> 0 */
  if (strchr (buf, '.') != NULL)
    {
      char *end = buf + strlen (buf) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  g_string_append (out, strcmp (buf, "-0") == 0 ? "0" : buf);
}

/* "# Label: text" (nothing when @text is empty). */
static void
append_meta (GString    *out,
             PuenteLang  lang,
             const char *label_msgid,
             const char *text)
{
  g_autoptr(GString) label = g_string_new (puente_gettext (lang == PUENTE_LANG_ES ? PUENTE_LANG_ES : PUENTE_LANG_EN,
                                                            label_msgid));
  g_autofree char *line = NULL;

  if (text == NULL || *text == '\0')
    return;
  if (lang == PUENTE_LANG_BOTH && strcmp (puente_gettext (PUENTE_LANG_ES, label_msgid), label->str) != 0)
    g_string_append_printf (label, " / %s", puente_gettext (PUENTE_LANG_ES, label_msgid));
  /* One line each: a comment line cannot hold a line break. */
  line = g_strdelimit (g_strdup (text), "\r\n", ' ');
  g_string_append_printf (out, "# %s: %s\n", label->str, line);
}

/* What the rows are: the chart, the scenarios with their status, the
 * units, the sources and the rounding, as "# " lines. */
static void
append_header (GString               *out,
               const PuenteChartData *self,
               PuenteLang             lang)
{
  static const char *scenario_labels[] = { N_ ("Scenario A"), N_ ("Scenario B") };
  static const char *status_labels[] = { N_ ("Status of A"), N_ ("Status of B") };
  g_autofree char   *title = puente_text_get (&self->title, lang);
  g_autofree char   *subtitle = puente_text_get (&self->subtitle, lang);
  g_autofree char   *axis = puente_text_get (&self->axis_title, lang);
  g_autofree char   *sources = puente_text_get (&self->sources, lang);
  g_autofree char   *chart = g_strdup_printf (*subtitle != '\0' ? "%s (%s) — %s" : "%s (%s)", title, self->id, subtitle);
  g_autofree char   *units = NULL;
  const char        *unit;

  append_meta (out, lang, N_ ("Chart"), chart);
  for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
    {
      g_autofree char *name = NULL;
      g_autofree char *status = NULL;
      g_autofree char *scenario = NULL;

      if ((slot == PUENTE_SCENARIO_B && !self->has_b) || self->scenario[slot].en == NULL)
        continue;
      name = puente_text_get (&self->scenario[slot], lang);
      /* The rows name it by its id. */
      scenario = self->scenario_id[slot] != NULL && strcmp (self->scenario_id[slot], name) != 0
        ? g_strdup_printf ("%s — %s", self->scenario_id[slot], name)
        : g_strdup (name);
      append_meta (out, lang, scenario_labels[slot], scenario);
      status = self->status[slot].en != NULL ? puente_text_get (&self->status[slot], lang) : NULL;
      append_meta (out, lang, status_labels[slot], status);
    }
  unit = self->value_kind == PUENTE_VALUE_SHARE ? "%" : self->unit;
  units = *axis == '\0' || strcmp (axis, unit) == 0 ? g_strdup (unit) : g_strdup_printf ("%s (%s)", unit, axis);
  append_meta (out, lang, N_ ("Units"), units);
  append_meta (out, lang, N_ ("Sources"), sources);
  append_meta (out, lang, N_ ("Values"),
               puente_gettext (lang == PUENTE_LANG_ES ? PUENTE_LANG_ES : PUENTE_LANG_EN,
                               N_ ("rounded to four significant digits, whole numbers from 1,000")));
}

static double
shown (const PuenteChartData *self,
       double                 value)
{
  return self->value_kind == PUENTE_VALUE_SHARE ? value * 100 : value;
}

char *
puente_chart_data_to_csv (const PuenteChartData *self,
                          PuenteLang             lang)
{
  GString         *out;
  /* g_autofree on an array frees its first element only: one name each. */
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;
  const char      *scenario_names[PUENTE_N_SCENARIO_SLOTS];
  const char      *unit;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  unit = self->value_kind == PUENTE_VALUE_SHARE ? "%" : self->unit;
  name_a = self->scenario_id[PUENTE_SCENARIO_A] != NULL ? g_strdup (self->scenario_id[PUENTE_SCENARIO_A])
                                                        : puente_text_get (&self->scenario[PUENTE_SCENARIO_A], lang);
  name_b = self->scenario_id[PUENTE_SCENARIO_B] != NULL ? g_strdup (self->scenario_id[PUENTE_SCENARIO_B])
                                                        : puente_text_get (&self->scenario[PUENTE_SCENARIO_B], lang);
  scenario_names[PUENTE_SCENARIO_A] = name_a;
  scenario_names[PUENTE_SCENARIO_B] = name_b;

  append_header (out, self, lang);
  if (self->kind == PUENTE_CHART_SANKEY)
    {
      g_string_append (out, "scenario,year,source,target,value,unit\n");
      if (self->sankey == NULL)
        return g_string_free (out, FALSE);
      /* Every flow the chart draws: A's, and B's when it shows B. */
      for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
        for (guint i = 0; i < self->sankey->links->len; i++)
          {
            const PuenteSankeyLink *link = &g_array_index (self->sankey->links, PuenteSankeyLink, i);
            const PuenteSankeyNode *a = &g_array_index (self->sankey->nodes, PuenteSankeyNode, link->source);
            const PuenteSankeyNode *b = &g_array_index (self->sankey->nodes, PuenteSankeyNode, link->target);
            double                  value = slot == PUENTE_SCENARIO_B ? link->value_b : link->value;
            g_autofree char        *la = NULL;
            g_autofree char        *lb = NULL;

            if (slot == PUENTE_SCENARIO_B && !(self->has_b && self->sankey->has_b))
              break;
            if (!(value > 0))
              continue;
            la = puente_text_get (&a->label, lang);
            lb = puente_text_get (&b->label, lang);
            append_field (out, scenario_names[slot]);
            g_string_append_printf (out, ",%d,", self->year);
            append_field (out, la);
            g_string_append_c (out, ',');
            append_field (out, lb);
            g_string_append_c (out, ',');
            append_number (out, value);
            g_string_append_c (out, ',');
            append_field (out, unit);
            g_string_append_c (out, '\n');
          }
      return g_string_free (out, FALSE);
    }

  if (self->kind == PUENTE_CHART_FAN)
    g_string_append (out, "scenario,series,indicator,region,year,p5,p25,p50,p75,p95,unit\n");
  else
    g_string_append (out, "scenario,series,indicator,region,year,value,unit\n");

  for (guint slot = 0; slot < PUENTE_N_SCENARIO_SLOTS; slot++)
    {
      if (slot == PUENTE_SCENARIO_B && !self->has_b)
        break;
      for (guint s = 0; s < self->series->len; s++)
        {
          const PuenteChartSeries *series = g_ptr_array_index (self->series, s);
          g_autofree char         *label = puente_text_get (&series->label, lang);

          for (guint i = 0; i < self->n_points; i++)
            {
              const char *region = series->region;

              if (self->kind == PUENTE_CHART_FAN && series->bands[0] == NULL &&
                  series->values[slot] == NULL)
                continue;
              if (self->category_codes != NULL)
                region = self->category_codes[i];
              append_field (out, scenario_names[slot]);
              g_string_append_c (out, ',');
              append_field (out, label);
              g_string_append_c (out, ',');
              append_field (out, series->indicator);
              g_string_append_c (out, ',');
              append_field (out, region);
              g_string_append_printf (out, ",%d,",
                                      self->category_codes != NULL ? self->year
                                                                   : self->first_year + (int) i);
              if (self->kind == PUENTE_CHART_FAN)
                {
                  for (guint p = 0; p < PUENTE_N_PERCENTILES; p++)
                    {
                      const double *band = slot == PUENTE_SCENARIO_A ? series->bands[p] : series->b_bands[p];

                      if (band != NULL)
                        append_number (out, shown (self, band[i]));
                      else if (p == PUENTE_P50 && series->values[slot] != NULL)
                        append_number (out, shown (self, series->values[slot][i]));
                      g_string_append_c (out, ',');
                    }
                }
              else
                {
                  append_number (out, shown (self, series->values[slot][i]));
                  g_string_append_c (out, ',');
                }
              append_field (out, unit);
              g_string_append_c (out, '\n');
            }
        }
    }
  return g_string_free (out, FALSE);
}
