/* puente-chart-svg.c: a chart's text as SVG <text> elements
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cairo 1.16's SVG surface writes every glyph as an outline (<symbol> and
 * <use>), so an exported chart's words cannot be edited, searched or read
 * aloud. SVG exports draw the chart without its text
 * (CHART_DRAW_TEXT_AS_ELEMENTS) and add the text recorded in the layout
 * as <text> elements: one per text, a <tspan> per line where Pango broke
 * it, at Pango's positions, in the chart's fonts. Lines aligned right or
 * centred are anchored there, so another font in the reader's viewer
 * moves words by a little, never off their mark.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-chart-private.h"

static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buf, sizeof buf, "%.3f", fabs (value) < 0.0005 ? 0 : value);
  /* 12.500 -> 12.5, 3.000 -> 3 */
  if (strchr (buf, '.') != NULL)
    {
      char *end = buf + strlen (buf) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  g_string_append (out, buf);
}

/* "Cantarell, DejaVu Sans, sans-serif" -> Cantarell, 'DejaVu Sans', sans-serif */
static void
append_families (GString    *out,
                 const char *families)
{
  g_auto(GStrv) names = g_strsplit (families != NULL ? families : "sans-serif", ",", -1);
  gboolean first = TRUE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);

      if (*name == '\0')
        continue;
      if (!first)
        g_string_append (out, ", ");
      if (strchr (name, ' ') != NULL)
        g_string_append_printf (out, "'%s'", name);
      else
        g_string_append (out, name);
      first = FALSE;
    }
}

static gboolean
italic_at (PangoLayout *layout,
           int          index)
{
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  g_autoptr(GSList) list = NULL;
  gboolean italic = FALSE;

  if (attrs == NULL)
    return FALSE;
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_STYLE && (guint) index >= attr->start_index &&
          (guint) index < attr->end_index && ((PangoAttrInt *) attr)->value != PANGO_STYLE_NORMAL)
        italic = TRUE;
    }
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);
  return italic;
}

/* The words a line shows: as laid out, or cut with "…" as an ellipsized
 * layout draws them. */
static char *
shown_text (PangoLayout     *layout,
            PangoLayoutLine *line)
{
  const char      *text = pango_layout_get_text (layout) + line->start_index;
  g_autofree char *whole = g_strndup (text, (gsize) line->length);
  g_autoptr(PangoLayout) probe = NULL;
  glong n, lo = 0, hi;

  g_strchomp (whole);
  if (!pango_layout_is_ellipsized (layout))
    return g_steal_pointer (&whole);

  /* The longest beginning that fits the width with its ellipsis. */
  probe = pango_layout_copy (layout);
  pango_layout_set_width (probe, -1);
  pango_layout_set_ellipsize (probe, PANGO_ELLIPSIZE_NONE);
  n = g_utf8_strlen (whole, -1);
  hi = n;
  while (lo < hi)
    {
      glong            mid = (lo + hi + 1) / 2;
      g_autofree char *head = g_utf8_substring (whole, 0, mid);
      g_autofree char *candidate = g_strconcat (head, "…", NULL);
      int              width;

      pango_layout_set_text (probe, candidate, -1);
      pango_layout_get_size (probe, &width, NULL);
      if (width <= pango_layout_get_width (layout))
        lo = mid;
      else
        hi = mid - 1;
    }
  {
    g_autofree char *head = g_utf8_substring (whole, 0, lo);

    return g_strconcat (g_strchomp (head), "…", NULL);
  }
}

static void
append_line (GString         *out,
             const ChartText *text,
             PangoLayoutIter *iter)
{
  PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
  g_autofree char *words = shown_text (text->layout, line);
  g_autofree char *escaped = NULL;
  PangoRectangle   logical;
  PangoAlignment   align = pango_layout_get_alignment (text->layout);
  const char      *anchor = "start";
  double           x;

  if (*words == '\0')
    return;
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  x = (double) logical.x / PANGO_SCALE;
  if (text->xalign > 0.99 || align == PANGO_ALIGN_RIGHT)
    {
      anchor = "end";
      x = (double) (logical.x + logical.width) / PANGO_SCALE;
    }
  else if (text->xalign > 0.49 || align == PANGO_ALIGN_CENTER)
    {
      anchor = "middle";
      x = (logical.x + logical.width / 2.0) / PANGO_SCALE;
    }

  escaped = g_markup_escape_text (words, -1);
  g_string_append (out, "<tspan x=\"");
  append_number (out, x);
  g_string_append (out, "\" y=\"");
  append_number (out, (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
  g_string_append_printf (out, "\" text-anchor=\"%s\"", anchor);
  if (italic_at (text->layout, line->start_index))
    g_string_append (out, " font-style=\"italic\"");
  g_string_append_printf (out, ">%s</tspan>", escaped);
}

static void
append_text (GString         *out,
             const ChartText *text)
{
  const PangoFontDescription *desc = pango_layout_get_font_description (text->layout);
  const cairo_matrix_t       *m = &text->to_device;
  PangoLayoutIter            *iter;
  double                      matrix[] = { m->xx, m->yx, m->xy, m->yy, m->x0, m->y0 };

  g_string_append (out, "<text transform=\"matrix(");
  for (guint i = 0; i < G_N_ELEMENTS (matrix); i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      append_number (out, matrix[i]);
    }
  g_string_append (out, ")\" font-family=\"");
  append_families (out, desc != NULL ? pango_font_description_get_family (desc) : NULL);
  g_string_append (out, "\" font-size=\"");
  append_number (out, desc != NULL ? pango_font_description_get_size (desc) / (double) PANGO_SCALE : 12);
  g_string_append (out, "\"");
  if (desc != NULL && pango_font_description_get_weight (desc) >= PANGO_WEIGHT_SEMIBOLD)
    g_string_append (out, " font-weight=\"bold\"");
  g_string_append_printf (out, " fill=\"#%02x%02x%02x\" xml:space=\"preserve\">",
                          (int) lround (text->colour.r * 255), (int) lround (text->colour.g * 255),
                          (int) lround (text->colour.b * 255));

  iter = pango_layout_get_iter (text->layout);
  do
    append_line (out, text, iter);
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_string_append (out, "</text>\n");
}

char *
chart_texts_to_svg (const PuenteChartLayout *layout)
{
  GString *out = g_string_new ("<g id=\"chart-text\">\n");

  g_return_val_if_fail (layout != NULL, NULL);

  for (guint i = 0; i < layout->texts->len; i++)
    append_text (out, &g_array_index (layout->texts, ChartText, i));
  g_string_append (out, "</g>\n");
  return g_string_free (out, FALSE);
}
