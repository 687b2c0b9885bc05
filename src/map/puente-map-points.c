/* puente-map-points.c: proportional symbols for point layers
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "puente-format.h"
#include "puente-map-points-private.h"

typedef struct
{
  const char *id;
  double      x, y, r;
  double      size;
  double      colour;
} PuentePointSymbol;

static gboolean
values_of (const PuenteResults   *results,
           const PuentePointSpec *spec,
           const char            *id,
           int                    year,
           double                *size,
           double                *colour)
{
  *size = puente_results_get_value (results, spec->size_indicator, id, year);
  *colour = spec->colour_indicator != NULL
    ? puente_results_get_value (results, spec->colour_indicator, id, year)
    : NAN;
  return !isnan (*size);
}

static gboolean
get_values (PuenteMapContext      *context,
            const PuentePointSpec *spec,
            const char            *id,
            double                *size,
            double                *colour)
{
  int year = puente_map_context_get_year (context);

  if (puente_map_context_get_results (context) == NULL)
    return FALSE;
  if (puente_map_context_is_difference (context))
    {
      double sa, ca, sb, cb;

      if (!values_of (puente_map_context_get_results (context), spec, id, year, &sa, &ca) ||
          !values_of (puente_map_context_get_compare (context), spec, id, year, &sb, &cb))
        return FALSE;
      /* Sized by B, coloured by the difference. */
      *size = sb;
      *colour = cb - ca;
      return TRUE;
    }
  return values_of (puente_map_context_get_shown (context), spec, id, year, size, colour);
}

static void
collect (PuenteMapContext  *context,
         const char        *indicator,
         const PuentePlace *places,
         guint              n_places,
         gboolean           difference,
         GArray            *values)
{
  const PuenteResults *a = puente_map_context_get_results (context);
  const PuenteResults *b = puente_map_context_get_compare (context);

  for (guint p = 0; a != NULL && p < n_places; p++)
    {
      const double *sa = puente_results_get_series (a, indicator, places[p].id);
      const double *sb = b != NULL ? puente_results_get_series (b, indicator, places[p].id) : NULL;
      guint         n = puente_results_get_n_years (a);

      if (b != NULL)
        n = MIN (n, puente_results_get_n_years (b));
      for (guint y = 0; sa != NULL && y < n; y++)
        {
          double v;

          if (difference)
            {
              if (sb == NULL)
                continue;
              v = sb[y] - sa[y];
              g_array_append_val (values, v);
              continue;
            }
          g_array_append_val (values, sa[y]);
          if (sb != NULL)
            g_array_append_val (values, sb[y]);
        }
    }
}

static double
get_reference (PuenteMapContext      *context,
               const PuentePointSpec *spec,
               const PuentePlace     *places,
               guint                  n_places)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  double max = 0;

  collect (context, spec->size_indicator, places, n_places, FALSE, values);
  for (guint i = 0; i < values->len; i++)
    if (isfinite (g_array_index (values, double, i)))
      max = MAX (max, fabs (g_array_index (values, double, i)));
  return max > 0 ? max : 1;
}

static void
get_classes (PuenteMapContext      *context,
             const PuentePointSpec *spec,
             const PuentePlace     *places,
             guint                  n_places,
             PuenteMapClasses      *classes)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean difference = puente_map_context_is_difference (context);

  if (spec->colour_indicator == NULL)
    {
      puente_map_classes_init (classes, spec->ramp, NULL, 0);
      return;
    }
  if (spec->breaks != NULL && !difference)
    {
      puente_map_classes_init (classes, spec->ramp, spec->breaks, spec->n_breaks);
      return;
    }
  collect (context, spec->colour_indicator, places, n_places, difference, values);
  if (difference)
    puente_map_classes_diverging (classes, (double *) values->data, values->len);
  else
    puente_map_classes_quantiles (classes, spec->ramp, (double *) values->data, values->len, 5);
}

static GArray *
get_places (const PuentePointSpec *spec,
            PuenteDataset         *dataset)
{
  guint   n = spec->get_n_places (dataset);
  GArray *places = g_array_sized_new (FALSE, FALSE, sizeof (PuentePlace), n);

  for (guint i = 0; i < n; i++)
    {
      PuentePlace place;

      spec->get_place (dataset, i, &place);
      g_array_append_val (places, place);
    }
  return places;
}

static int
compare_symbols (gconstpointer a,
                 gconstpointer b)
{
  const PuentePointSymbol *sa = a, *sb = b;

  return (sa->r < sb->r) - (sa->r > sb->r);
}

/* Symbols in drawing order (largest first). */
static GArray *
layout (PuenteMapContext      *context,
        const PuentePointSpec *spec,
        const PuentePlace     *places,
        guint                  n_places,
        double                 reference,
        const PuenteMapFrame  *frame)
{
  GArray *symbols = g_array_new (FALSE, FALSE, sizeof (PuentePointSymbol));
  double  scale = puente_map_symbol_scale (frame);

  for (guint p = 0; p < n_places; p++)
    {
      PuentePointSymbol s = { places[p].id };

      if (!get_values (context, spec, places[p].id, &s.size, &s.colour))
        continue;
      puente_map_frame_project (frame, places[p].latitude, places[p].longitude, &s.x, &s.y);
      s.r = MAX (3.0, spec->max_radius * scale * sqrt (MAX (s.size, 0) / reference));
      if (s.x + s.r < 0 || s.y + s.r < 0 || s.x - s.r > frame->width || s.y - s.r > frame->height)
        continue;
      g_array_append_val (symbols, s);
    }
  g_array_sort (symbols, compare_symbols);
  return symbols;
}

static void
paint_symbols (PuenteMapContext       *context,
               GArray                 *symbols,
               const PuenteMapClasses *classes,
               cairo_t                *cr,
               gboolean                square)
{
  const char *selection = puente_map_context_get_selection (context);
  gboolean    dark = puente_map_context_get_style (context) == PUENTE_BASEMAP_STYLE_DARK;

  for (guint i = 0; i < symbols->len; i++)
    {
      const PuentePointSymbol *s = &g_array_index (symbols, PuentePointSymbol, i);
      gboolean                 selected = g_strcmp0 (s->id, selection) == 0;
      PuenteRgb                rgb;

      puente_map_classes_colour (classes, s->colour, &rgb);
      cairo_new_path (cr);
      if (square)
        cairo_rectangle (cr, s->x - s->r * 0.89, s->y - s->r * 0.89, s->r * 1.78, s->r * 1.78);
      else
        cairo_arc (cr, s->x, s->y, s->r, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, rgb.r, rgb.g, rgb.b, 0.9);
      cairo_fill_preserve (cr);
      if (dark)
        cairo_set_source_rgba (cr, 1, 1, 1, selected ? 1 : 0.7);
      else
        cairo_set_source_rgba (cr, 0, 0, 0, selected ? 1 : 0.6);
      cairo_set_line_width (cr, selected ? 3 : 1);
      cairo_stroke (cr);
    }
}

static char *
hit_test_symbols (GArray *symbols,
                  double  x,
                  double  y)
{
  for (guint i = symbols->len; i-- > 0;)
    {
      const PuentePointSymbol *s = &g_array_index (symbols, PuentePointSymbol, i);

      if (hypot (x - s->x, y - s->y) <= MAX (s->r, 5) + 2)
        return g_strdup (s->id);
    }
  return NULL;
}

/* A size key: a circle for half the reference, with its text. */
static double
size_key (cairo_t                    *cr,
          const PuenteMapLegendStyle *legend,
          const PuentePointSpec      *spec,
          double                      reference,
          const char                 *text,
          double                      x,
          double                      y,
          double                      width)
{
  return puente_map_legend_size_key (cr, legend, spec->max_radius, puente_map_round_nice (reference / 2), reference,
                                     text, x, y, width);
}

/* ---- what the layers call ---------------------------------------------- */

gboolean
puente_points_is_available (PuenteMapContext      *context,
                            const PuentePointSpec *spec)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), FALSE);

  return spec->get_n_places (puente_map_context_get_dataset (context)) > 0 &&
    puente_map_context_has_indicator (context, spec->size_indicator) &&
    puente_map_context_has_indicator (context, spec->colour_indicator);
}

void
puente_points_paint (PuenteMapContext      *context,
                     const PuentePointSpec *spec,
                     cairo_t               *cr,
                     const PuenteMapFrame  *frame)
{
  g_autoptr(GArray) places = NULL;
  g_autoptr(GArray) symbols = NULL;
  PuenteMapClasses classes;
  double           reference;

  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));

  if (!puente_points_is_available (context, spec))
    return;
  places = get_places (spec, puente_map_context_get_dataset (context));
  reference = get_reference (context, spec, (PuentePlace *) places->data, places->len);
  get_classes (context, spec, (PuentePlace *) places->data, places->len, &classes);
  symbols = layout (context, spec, (PuentePlace *) places->data, places->len, reference, frame);
  cairo_save (cr);
  paint_symbols (context, symbols, &classes, cr, spec->square);
  cairo_restore (cr);
}

void
puente_points_init (PuentePoints          *points,
                    const PuentePointSpec *spec)
{
  *points = (PuentePoints){ .spec = spec };
}

void
puente_points_clear (PuentePoints *points)
{
  g_clear_pointer (&points->places, g_array_unref);
  points->valid = FALSE;
}

static void
puente_points_update (PuentePoints     *points,
                      PuenteMapContext *context)
{
  guint generation = puente_map_context_get_generation (context);

  if (points->places == NULL)
    points->places = get_places (points->spec, puente_map_context_get_dataset (context));
  if (points->valid && points->generation == generation)
    return;
  points->reference = get_reference (context, points->spec, (PuentePlace *) points->places->data,
                                     points->places->len);
  get_classes (context, points->spec, (PuentePlace *) points->places->data, points->places->len,
               &points->classes);
  points->generation = generation;
  points->valid = TRUE;
}

static GArray *
layout_points (PuentePoints         *points,
               PuenteMapContext     *context,
               const PuenteMapFrame *frame)
{
  puente_points_update (points, context);
  return layout (context, points->spec, (PuentePlace *) points->places->data, points->places->len,
                 points->reference, frame);
}

void
puente_points_draw (PuentePoints         *points,
                    PuenteMapContext     *context,
                    cairo_t              *cr,
                    const PuenteMapFrame *frame)
{
  g_autoptr(GArray) symbols = layout_points (points, context, frame);

  paint_symbols (context, symbols, &points->classes, cr, points->spec->square);
}

void
puente_points_collect_marks (PuentePoints         *points,
                             PuenteMapContext     *context,
                             const PuenteMapFrame *frame,
                             PuenteMapMarks       *marks)
{
  g_autoptr(GArray) symbols = layout_points (points, context, frame);

  for (guint i = 0; i < symbols->len; i++)
    {
      const PuentePointSymbol *s = &g_array_index (symbols, PuentePointSymbol, i);
      /* A square's half side is 0.89 r (as paint_symbols () draws it);
       * and the outline. */
      double                   r = (points->spec->square ? s->r * 0.89 : s->r) + 1;

      puente_map_marks_add_obstacle (marks, s->x, s->y, r, points->spec->square);
      puente_map_marks_add_place (marks, s->id, puente_map_context_get_place_name (context, s->id), s->x, s->y, r,
                                  s->size, points->spec->label_min_zoom);
    }
}

char *
puente_points_hit_test (PuentePoints         *points,
                        PuenteMapContext     *context,
                        const PuenteMapFrame *frame,
                        double                x,
                        double                y)
{
  g_autoptr(GArray) symbols = layout_points (points, context, frame);

  return hit_test_symbols (symbols, x, y);
}

gboolean
puente_points_describe (PuenteMapContext      *context,
                        const PuentePointSpec *spec,
                        const char            *id,
                        const char           **name,
                        char                 **size_text,
                        char                 **colour_text)
{
  PuenteLang lang = puente_map_context_get_language (context);
  double     size, colour;

  *name = puente_map_context_get_place_name (context, id);
  if (*name == NULL || !get_values (context, spec, id, &size, &colour))
    return FALSE;
  *size_text = puente_format_number (lang, size, 0);
  *colour_text = spec->format_colour (colour, puente_map_context_is_difference (context), lang);
  return TRUE;
}

char *
puente_points_key_number (PuentePoints     *points,
                          PuenteMapContext *context)
{
  PuenteLang lang = puente_map_context_get_language (context);

  puente_points_update (points, context);
  return puente_format_si (lang, puente_map_round_nice (points->reference / 2), 1);
}

typedef struct
{
  const PuentePointSpec *spec;
  gboolean               difference;
  PuenteLang             lang;
} FormatData;

static char *
format_threshold (double   value,
                  gpointer user_data)
{
  FormatData *data = user_data;

  return data->spec->format_threshold (value, data->difference, data->lang);
}

double
puente_points_legend (PuentePoints               *points,
                      PuenteMapContext           *context,
                      cairo_t                    *cr,
                      const PuenteMapLegendStyle *legend,
                      const char                 *title,
                      const char                 *subtitle,
                      const char                 *key_text,
                      double                      x,
                      double                      y,
                      double                      width)
{
  FormatData data = { points->spec, puente_map_context_is_difference (context),
                      puente_map_context_get_language (context) };
  double     top = y;

  puente_points_update (points, context);
  y += puente_map_legend_text (cr, legend, title, x, y, width, TRUE, FALSE) + 4;
  y += puente_map_legend_text (cr, legend, subtitle, x, y, width, FALSE, TRUE) + 2;
  y += puente_map_legend_classes (cr, legend, &points->classes, format_threshold, &data, x, y, width) + 4;
  y += size_key (cr, legend, points->spec, points->reference, key_text, x, y, width);
  return y - top;
}
