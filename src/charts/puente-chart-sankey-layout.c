/* puente-chart-sankey-layout.c: where the Sankey's nodes, bands and labels go
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Columns share the width equally; each node stands at the left of its
 * column's slot and its label to its right, in the slot (or wider, over
 * the next column where no node is in the way). Nodes are as tall as
 * their throughput, on one scale for every panel, and each column is
 * centred above the channel where loops (recycled material going back to
 * an earlier stage) run under everything.
 *
 * Labels are placed one node at a time, left to right and top to bottom,
 * into the free vertical gaps beside the node: whole names first, then
 * the short names the data declares, each wrapped at word boundaries at a
 * few widths. A label that cannot sit level with its node sits in the
 * nearest gap with a leader line; one that fits nowhere becomes a number,
 * and the key under the plot names it. Column headers wrap too, and take
 * two or three staggered rows when a word is wider than a column.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-chart-sankey-private.h"

/* Wrap widths tried for a label, in slot widths, narrowest first. */
static const double wrap_widths[] = { 1.0, 1.6, 2.4 };
#define N_WIDTHS G_N_ELEMENTS (wrap_widths)
#define N_VARIANTS 2     /* the whole name, the short name */
#define MAX_LINES 5      /* a name's lines */
#define MAX_LINES_BOTH 8 /* in English and Spanish */
#define MAX_KEY_ROUNDS 8

typedef struct
{
  ChartContext         *ctx;
  const PuenteSankey   *sk;
  SankeyLayout         *layout;
  const ChartRect      *area;
  guint                 nn, nl, ncol;
  double                line_h;
  double                pad;    /* between a node and its label */
  double                margin; /* around a label's backdrop */
  double                gap_y;  /* between the nodes of a column */
  double                loop_gap;
  double                loop_sum; /* the largest total of loops in a panel */
  gboolean              has_loop;
  /* Measured names: node x variant x width, made when first needed. */
  PangoLayout         **names;
  gboolean             *name_done;
  gboolean             *keyed; /* nodes named in the key */
  /* The chart's fonts, or smaller ones where its type does not fit
   * (presentation type on a small page), never below the report's. */
  PangoFontDescription *fonts[N_FONTS];
} Builder;

static gboolean
is_loop (const PuenteSankey     *sk,
         const PuenteSankeyLink *link)
{
  const PuenteSankeyNode *a = &g_array_index (sk->nodes, PuenteSankeyNode, link->source);
  const PuenteSankeyNode *b = &g_array_index (sk->nodes, PuenteSankeyNode, link->target);

  return link->recycling || b->column <= a->column;
}

static double
link_value (const PuenteSankeyLink *link,
            guint                   slot)
{
  return slot == PUENTE_SCENARIO_B ? link->value_b : link->value;
}

static guint
node_column (const Builder *b,
             guint          node)
{
  return MIN (g_array_index (b->sk->nodes, PuenteSankeyNode, node).column, b->ncol - 1);
}

/* Text */

/* @text in @font, wrapped at word boundaries at @width (none: < 0). */
static PangoLayout *
wrapped (Builder    *b,
         ChartFont   font,
         const char *text,
         double      width)
{
  PangoLayout *layout = pango_layout_new (b->ctx->pango);

  pango_layout_set_font_description (layout, b->fonts[font]);
  pango_layout_set_text (layout, text, -1);
  if (width >= 0)
    {
      pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
    }
  return layout;
}

/* @text with its abbreviations' spaces unbreakable: "EE. UU." stays on
 * one line. */
static char *
keep_together (const char *text)
{
  GString *out = g_string_new (text);

  g_string_replace (out, "EE. UU.", "EE.\u00a0UU.", 0);
  return g_string_free (out, FALSE);
}

/* @text in the chart's language; in both, English, then Spanish in
 * italics on lines of its own. */
static PangoLayout *
bilingual (Builder          *b,
           ChartFont         font,
           const PuenteText *text,
           double            width)
{
  PangoLayout *layout;

  if (b->ctx->style->lang == PUENTE_LANG_BOTH && text->es != NULL && g_strcmp0 (text->en, text->es) != 0)
    {
      g_autofree char *es = keep_together (text->es);
      g_autofree char *both = g_strconcat (text->en, "\n", es, NULL);
      PangoAttrList   *attrs = pango_attr_list_new ();
      PangoAttribute  *italic = pango_attr_style_new (PANGO_STYLE_ITALIC);

      layout = wrapped (b, font, both, width);
      italic->start_index = (guint) strlen (text->en) + 1;
      pango_attr_list_insert (attrs, italic);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  else
    {
      g_autofree char *one = chart_text (b->ctx, text);
      g_autofree char *kept = keep_together (one);

      layout = wrapped (b, font, kept, width);
    }
  return layout;
}

/* Every word within the width (a word wider than it overflows, as
 * PANGO_WRAP_WORD never breaks one) and at most @max_lines lines. */
static gboolean
fits (PangoLayout *layout,
      int          max_lines)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.width <= pango_layout_get_width (layout) + PANGO_SCALE / 8 &&
    pango_layout_get_line_count (layout) <= max_lines;
}

static void
size_of (PangoLayout *layout,
         double      *width,
         double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

static void
label_clear (gpointer data)
{
  SankeyLabel *label = data;

  g_clear_object (&label->text);
  g_clear_object (&label->value);
}

static GArray *
label_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (SankeyLabel));

  g_array_set_clear_func (array, label_clear);
  return array;
}

/* The node's name, whole (@variant 0) or short (1), wrapped at
 * wrap_widths[@width] slots; NULL when it has no short name. */
static PangoLayout *
node_name (Builder *b,
           guint    node,
           guint    variant,
           guint    width)
{
  guint i = (node * N_VARIANTS + variant) * N_WIDTHS + width;

  if (!b->name_done[i])
    {
      const PuenteSankeyNode *n = &g_array_index (b->sk->nodes, PuenteSankeyNode, node);
      const PuenteText       *text = variant == 0 ? &n->label : &n->short_label;

      b->name_done[i] = TRUE;
      if (text->en != NULL)
        {
          /* Clear of the next column's nodes (find_room keeps 2 apart). */
          double w = wrap_widths[width] * (b->layout->spacing - b->layout->node_w) - b->pad - 2 * b->margin - 3;

          b->names[i] = bilingual (b, FONT_LABEL, text, w);
        }
    }
  return b->names[i];
}

static char *
format_flow (Builder *b,
             double   value,
             gboolean sign)
{
  ChartContext    *ctx = b->ctx;
  g_autofree char *number = chart_format_value (ctx, fabs (value));
  const char      *prefix = !sign ? (value < 0 ? "−" : "") : value > 0 ? "+"
         : value < 0                                                   ? "−"
                                                                       : "±";

  return g_strdup_printf ("%s%s %s", prefix, number, ctx->data->unit);
}

/* "68.8 GWh", and in B − A "B − A +3.1 GWh" under it. */
static PangoLayout *
node_value (Builder             *b,
            const SankeyNodeBox *box,
            double               max_width)
{
  g_autofree char *value = format_flow (b, box->value, FALSE);
  g_autofree char *text = NULL;
  PangoLayout     *layout;

  if (b->layout->difference)
    {
      g_autofree char *diff = format_flow (b, box->value - box->value_a, TRUE);

      text = g_strdup_printf ("%s\nB − A %s", value, diff);
    }
  else
    text = g_steal_pointer (&value);
  layout = wrapped (b, FONT_SMALL, text, max_width);
  return layout;
}

/* Columns and headers */

static void
place_columns (Builder *b)
{
  SankeyLayout *layout = b->layout;
  double        margin_left = 0;

  layout->node_w = MAX (8.0, b->ctx->m.label_size * 0.75);
  /* A loop into the first column turns left of it. */
  for (guint l = 0; l < b->nl; l++)
    {
      const PuenteSankeyLink *link = &g_array_index (b->sk->links, PuenteSankeyLink, l);

      if (is_loop (b->sk, link) && node_column (b, link->target) == 0)
        margin_left = b->line_h * 2;
    }
  /* Every column's slot holds its nodes and their labels; the last
   * column's labels need a slot too. */
  layout->x0 = b->area->x + margin_left;
  layout->spacing = (b->area->width - margin_left) / b->ncol;
}

/* Lays the headers out in @rows staggered rows (column c in row c % rows);
 * FALSE when a word is wider than its room. Returns the height in
 * @height. */
static gboolean
layout_headers (Builder *b,
                guint    rows,
                double  *height)
{
  SankeyLayout *layout = b->layout;
  double        room = rows * layout->spacing - b->margin * 2 - b->line_h * 0.3;
  double        row_h[3] = { 0 };
  gboolean      ok = TRUE;

  g_array_set_size (layout->headers, 0);
  for (guint c = 0; c < b->ncol; c++)
    {
      SankeyLabel label = { -1 };
      double      w, h;

      if (b->sk->column_labels[c].en == NULL || *b->sk->column_labels[c].en == '\0')
        continue;
      label.text = bilingual (b, FONT_LABEL_BOLD, &b->sk->column_labels[c],
                              MIN (room, b->area->x + b->area->width - (layout->x0 + c * layout->spacing)));
      ok = ok && fits (label.text, b->ctx->style->lang == PUENTE_LANG_BOTH ? 4 : 2);
      size_of (label.text, &w, &h);
      label.x = layout->x0 + c * layout->spacing;
      label.y = c % rows; /* the row, until the rows' heights are known */
      label.text_h = h;
      row_h[c % rows] = MAX (row_h[c % rows], h);
      label.box = (ChartRect){ label.x, 0, w, h };
      g_array_append_val (layout->headers, label);
    }

  *height = 0;
  for (guint r = 0; r < rows; r++)
    *height += row_h[r];
  for (guint i = 0; i < layout->headers->len; i++)
    {
      SankeyLabel *label = &g_array_index (layout->headers, SankeyLabel, i);
      guint        row = (guint) label->y;
      double       y = b->area->y;

      for (guint r = 0; r < row; r++)
        y += row_h[r];
      label->y = y;
      label->box.y = y;
    }
  return ok;
}

static double
place_headers (Builder *b)
{
  double height = 0;

  for (guint rows = 1; rows <= 3; rows++)
    if (layout_headers (b, rows, &height))
      break;
  return height > 0 ? height + b->line_h * 0.4 : 0;
}

/* Nodes and bands */

static double
panel_total (Builder *b,
             guint    slot,
             guint    node)
{
  return puente_sankey_node_total_in (b->sk, node, slot);
}

/* The height the nodes of @column take at @scale. */
static double
column_height (Builder           *b,
               const SankeyPanel *panel,
               guint              column,
               double             scale)
{
  double h = 0;
  guint  count = 0;

  for (guint i = 0; i < b->nn; i++)
    {
      const SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, i);

      if (!box->shown || node_column (b, i) != column)
        continue;
      h += box->value * scale;
      count++;
    }
  return h + (count > 0 ? (count - 1) * b->gap_y : 0);
}

static void
measure_panel (Builder     *b,
               SankeyPanel *panel)
{
  double loops = 0;

  g_array_set_size (panel->nodes, b->nn);
  for (guint i = 0; i < b->nn; i++)
    {
      SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, i);

      box->value = panel_total (b, panel->slot, i);
      box->value_a = b->layout->difference ? panel_total (b, PUENTE_SCENARIO_A, i) : box->value;
      box->shown = box->value > 0 || (b->layout->difference && box->value_a > 0);
    }
  for (guint l = 0; l < b->nl; l++)
    {
      const PuenteSankeyLink *link = &g_array_index (b->sk->links, PuenteSankeyLink, l);

      if (is_loop (b->sk, link) && link_value (link, panel->slot) > 0)
        {
          b->has_loop = TRUE;
          loops += link_value (link, panel->slot);
        }
    }
  b->loop_sum = MAX (b->loop_sum, loops);
}

/* One scale for every panel: the fullest column of any panel fills its
 * height, with room under it for the loops. */
static double
shared_scale (Builder *b)
{
  SankeyLayout *layout = b->layout;
  double        scale = G_MAXDOUBLE;

  for (guint p = 0; p < layout->n_panels; p++)
    {
      const SankeyPanel *panel = &layout->panels[p];
      double             avail = panel->plot.height - (b->has_loop ? b->loop_gap * 2 : 0);

      for (guint c = 0; c < b->ncol; c++)
        {
          double gaps = column_height (b, panel, c, 0);
          double sum = (column_height (b, panel, c, 1) - gaps) + b->loop_sum;

          if (sum > 0)
            scale = MIN (scale, (avail - gaps) / sum);
        }
    }
  return isfinite (scale) && scale > 0 && scale < G_MAXDOUBLE ? scale : 0;
}

static void
place_nodes (Builder     *b,
             SankeyPanel *panel)
{
  SankeyLayout *layout = b->layout;
  double        main_h = panel->plot.height - (b->has_loop ? b->loop_gap * 2 + b->loop_sum * layout->scale : 0);

  for (guint c = 0; c < b->ncol; c++)
    {
      double y = panel->plot.y + MAX (0.0, (main_h - column_height (b, panel, c, layout->scale)) / 2);

      for (guint i = 0; i < b->nn; i++)
        {
          SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, i);

          if (!box->shown || node_column (b, i) != c)
            continue;
          box->rect.x = layout->x0 + c * layout->spacing;
          box->rect.y = y;
          box->rect.width = layout->node_w;
          box->rect.height = box->value * layout->scale;
          y += box->rect.height + b->gap_y;
        }
    }
}

typedef struct
{
  guint  link;
  double key;
} SideItem;

static int
compare_side (gconstpointer a,
              gconstpointer b)
{
  const SideItem *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->link < y->link ? -1 : (x->link > y->link);
}

/* Where the links leave and enter @node: stacked down its sides in the
 * order of the nodes at their other ends, loops last, so that bands do
 * not cross at the node. */
static void
stack_sides (Builder     *b,
             SankeyPanel *panel,
             guint        node,
             gboolean     outgoing)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (SideItem));
  const SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, node);
  double               offset = 0;

  for (guint l = 0; l < b->nl; l++)
    {
      const PuenteSankeyLink *link = &g_array_index (b->sk->links, PuenteSankeyLink, l);
      guint                   other = outgoing ? link->target : link->source;
      const SankeyNodeBox    *o = &g_array_index (panel->nodes, SankeyNodeBox, other);
      SideItem                item = { l, 0 };

      if ((outgoing ? link->source : link->target) != node || link_value (link, panel->slot) <= 0)
        continue;
      item.key = is_loop (b->sk, link) ? G_MAXDOUBLE / 2 : o->rect.y + o->rect.height / 2;
      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_side);
  for (guint j = 0; j < items->len; j++)
    {
      guint       l = g_array_index (items, SideItem, j).link;
      SankeyBand *band = &g_array_index (panel->bands, SankeyBand, l);

      if (outgoing)
        band->y0 = box->rect.y + offset + band->width / 2;
      else
        band->y1 = box->rect.y + offset + band->width / 2;
      offset += band->width;
    }
}

static void
place_bands (Builder     *b,
             SankeyPanel *panel)
{
  double lowest = panel->plot.y, channel;

  g_array_set_size (panel->bands, b->nl);
  for (guint i = 0; i < b->nn; i++)
    {
      const SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, i);

      if (box->shown)
        lowest = MAX (lowest, box->rect.y + box->rect.height);
    }
  for (guint l = 0; l < b->nl; l++)
    {
      const PuenteSankeyLink *link = &g_array_index (b->sk->links, PuenteSankeyLink, l);
      SankeyBand             *band = &g_array_index (panel->bands, SankeyBand, l);
      const SankeyNodeBox    *s = &g_array_index (panel->nodes, SankeyNodeBox, link->source);
      const SankeyNodeBox    *t = &g_array_index (panel->nodes, SankeyNodeBox, link->target);
      double                  v = link_value (link, panel->slot);

      memset (band, 0, sizeof *band);
      band->width = v * b->layout->scale;
      band->x0 = s->rect.x + s->rect.width;
      band->x1 = t->rect.x;
      band->loop = is_loop (b->sk, link);
      if (b->layout->difference)
        {
          double a = link->value, d = v - a, top = MAX (fabs (a), fabs (v));

          band->change = top > 0 && fabs (d) > 0.01 * top ? (d > 0 ? 1 : -1) : 0;
        }
    }
  for (guint i = 0; i < b->nn; i++)
    if (g_array_index (panel->nodes, SankeyNodeBox, i).shown)
      {
        stack_sides (b, panel, i, TRUE);
        stack_sides (b, panel, i, FALSE);
      }

  /* Loops run in a channel under the lowest node, one under another. */
  channel = lowest + b->loop_gap;
  for (guint l = 0; l < b->nl; l++)
    {
      SankeyBand *band = &g_array_index (panel->bands, SankeyBand, l);

      if (!band->loop || band->width <= 0)
        continue;
      band->channel = channel + band->width / 2;
      band->bulge = MAX (band->width, b->line_h) * 1.05;
      channel += band->width + 2;
    }
}

guint
sankey_band_path (const SankeyBand *band,
                  double           *p)
{
  if (band->loop)
    {
      double yc = band->channel, reach = band->bulge * 1.33;
      double seg[] = {
        band->x0,
        band->y0,
        band->x0 + reach,
        band->y0,
        band->x0 + reach,
        yc,
        band->x0,
        yc,
        band->x0,
        yc,
        band->x1,
        yc,
        band->x1,
        yc,
        band->x1 - reach,
        yc,
        band->x1 - reach,
        band->y1,
        band->x1,
        band->y1,
      };

      memcpy (p, seg, sizeof seg);
      return 3;
    }
  else
    {
      double xm = (band->x0 + band->x1) / 2;
      double seg[] = { band->x0, band->y0, xm, band->y0, xm, band->y1, band->x1, band->y1 };

      memcpy (p, seg, sizeof seg);
      return 1;
    }
}

/* Labels */

typedef struct
{
  double top, bottom;
} Span;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a, *y = b;

  return x->top < y->top ? -1 : x->top > y->top;
}

/* The top of the free room for a block @w × @h at @x nearest @ideal,
 * within @panel's plot, clear of nodes and placed labels; FALSE when
 * there is none. */
static gboolean
find_room (Builder           *b,
           const SankeyPanel *panel,
           double             x,
           double             w,
           double             h,
           double             ideal,
           double            *top)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  double   lo = panel->plot.y, hi = panel->plot.y + panel->plot.height;
  double   best = G_MAXDOUBLE, cursor = lo;
  gboolean found = FALSE;

  if (x + w > b->area->x + b->area->width + 0.01)
    return FALSE;
  for (guint i = 0; i < b->nn; i++)
    {
      const SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, i);
      Span                 span = { box->rect.y - 2, box->rect.y + MAX (box->rect.height, 1) + 2 };

      if (box->shown && box->rect.x < x + w + 2 && x < box->rect.x + box->rect.width + 2)
        g_array_append_val (spans, span);
    }
  for (guint i = 0; i < panel->labels->len; i++)
    {
      const ChartRect *r = &g_array_index (panel->labels, SankeyLabel, i).box;
      Span             span = { r->y - 1, r->y + r->height + 1 };

      if (r->x < x + w && x < r->x + r->width)
        g_array_append_val (spans, span);
    }
  g_array_sort (spans, compare_spans);

  /* The gaps between the spans, and after the last. */
  for (guint i = 0; i <= spans->len; i++)
    {
      double gap_end = i < spans->len ? g_array_index (spans, Span, i).top : hi;

      gap_end = MIN (gap_end, hi);
      if (gap_end - cursor >= h)
        {
          double y = CLAMP (ideal, cursor, gap_end - h);

          if (fabs (y - ideal) < best)
            {
              best = fabs (y - ideal);
              *top = y;
              found = TRUE;
            }
        }
      if (i < spans->len)
        cursor = MAX (cursor, g_array_index (spans, Span, i).bottom);
    }
  return found;
}

/* The size of @label's block: text, value and margins. */
static void
label_size (Builder           *b,
            const SankeyLabel *label,
            double            *w,
            double            *h,
            double            *text_h)
{
  double tw, vw = 0, vh = 0;

  size_of (label->text, &tw, text_h);
  if (label->value != NULL)
    size_of (label->value, &vw, &vh);
  *w = MAX (tw, vw) + 2 * b->margin;
  *h = *text_h + vh + 2 * b->margin;
}

/* Puts @label (text and value set) beside @box at the free room nearest
 * to centring it on @mid; FALSE when there is none within @max_shift. */
static gboolean
try_label (Builder             *b,
           SankeyPanel         *panel,
           const SankeyNodeBox *box,
           SankeyLabel         *label,
           double               mid,
           double               max_shift)
{
  double w, h, th, x, top;

  label_size (b, label, &w, &h, &th);
  x = box->rect.x + box->rect.width + b->pad;
  if (!find_room (b, panel, x, w, h, mid - h / 2, &top) || fabs (top + h / 2 - mid) > max_shift)
    return FALSE;

  label->box = (ChartRect){ x, top, w, h };
  label->x = x + b->margin;
  label->y = top + b->margin;
  label->text_h = th;
  label->backdrop = TRUE;
  /* Not level with its node: a leader from the node's side. */
  label->leader = top > box->rect.y + box->rect.height - 1 || top + h < box->rect.y + 1;
  if (label->leader)
    {
      double ly = top + h / 2;

      label->leader_x[0] = box->rect.x + box->rect.width;
      label->leader_y[0] = CLAMP (ly, box->rect.y, box->rect.y + box->rect.height);
      label->leader_x[1] = label->leader_x[0] + b->pad * 0.5;
      label->leader_y[1] = ly;
      label->leader_x[2] = x;
      label->leader_y[2] = ly;
    }
  return TRUE;
}

/* Names and wrap widths in the order they are tried: each name within
 * the slot, then wider. */
static const guint candidates[][2] = { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 }, { 0, 2 }, { 1, 2 } };

static int
max_lines (Builder *b)
{
  return b->ctx->style->lang == PUENTE_LANG_BOTH ? MAX_LINES_BOTH : MAX_LINES;
}

/* The node's label: the first of its names and widths that fits level
 * with the node; else the one that lands nearest to it (a leader line
 * joins them); else FALSE (a number). */
static gboolean
place_name (Builder             *b,
            SankeyPanel         *panel,
            guint                node,
            const SankeyNodeBox *box)
{
  double      mid = box->rect.y + box->rect.height / 2;
  double      level = MAX (box->rect.height / 2, b->line_h * 1.5);
  SankeyLabel best = { (int) node };
  double      best_shift = G_MAXDOUBLE;

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      PangoLayout *name = node_name (b, node, candidates[k][0], candidates[k][1]);
      SankeyLabel  label = { (int) node };
      double       shift;

      if (name == NULL || !fits (name, max_lines (b)))
        continue;
      label.text = g_object_ref (name);
      label.value = node_value (b, box, pango_layout_get_width (name) / (double) PANGO_SCALE);
      if (!try_label (b, panel, box, &label, mid, G_MAXDOUBLE))
        {
          label_clear (&label);
          continue;
        }
      shift = fabs (label.box.y + label.box.height / 2 - mid);
      if (shift <= level)
        {
          label_clear (&best);
          g_array_append_val (panel->labels, label);
          return TRUE;
        }
      if (shift < best_shift)
        {
          label_clear (&best);
          best = label;
          best_shift = shift;
        }
      else
        label_clear (&label);
    }
  if (best.text == NULL)
    return FALSE;
  g_array_append_val (panel->labels, best);
  return TRUE;
}

/* A number beside the node; the key names it. */
static void
place_number (Builder             *b,
              SankeyPanel         *panel,
              guint                node,
              const SankeyNodeBox *box,
              int                  number)
{
  g_autofree char *text = g_strdup_printf ("%d", number);
  SankeyLabel      label = { (int) node };

  label.text = wrapped (b, FONT_LABEL_BOLD, text, -1);
  label.key = number;
  if (!try_label (b, panel, box, &label, box->rect.y + box->rect.height / 2, G_MAXDOUBLE))
    {
      /* Nowhere free (a plot smaller than its nodes): level with it. */
      double w, h;

      size_of (label.text, &w, &h);
      label.box = (ChartRect){ box->rect.x + box->rect.width + b->pad, box->rect.y, w + 2 * b->margin, h + 2 * b->margin };
      label.x = label.box.x + b->margin;
      label.y = label.box.y + b->margin;
      label.text_h = h;
      label.backdrop = TRUE;
    }
  g_array_append_val (panel->labels, label);
}

static gboolean
node_shown (Builder *b,
            guint    node)
{
  for (guint p = 0; p < b->layout->n_panels; p++)
    if (g_array_index (b->layout->panels[p].nodes, SankeyNodeBox, node).shown)
      return TRUE;
  return FALSE;
}

static int
key_number (Builder *b,
            guint    node)
{
  int number = 0;

  for (guint i = 0; i <= node; i++)
    if (b->keyed[i] && node_shown (b, i))
      number++;
  return number;
}

/* The first of the node's names that fits its slot, whole or short. NULL
 * when none does. */
static PangoLayout *
first_fit (Builder *b,
           guint    node)
{
  for (guint k = 0; k < N_VARIANTS; k++)
    {
      PangoLayout *name = node_name (b, node, candidates[k][0], candidates[k][1]);

      if (name != NULL && fits (name, max_lines (b)))
        return name;
    }
  return NULL;
}

/* The names of @column's nodes that fit their slot, in the nodes' order,
 * spread over the plot's height: each as level with its node as the
 * others let it be. @tops gets each one's top. */
static GArray *
spread_column (Builder     *b,
               SankeyPanel *panel,
               guint        column,
               GArray      *tops)
{
  GArray *labels = g_array_new (FALSE, TRUE, sizeof (SankeyLabel));
  double  lo = panel->plot.y, hi = panel->plot.y + panel->plot.height, bottom = lo;

  for (guint i = 0; i < b->nn; i++)
    {
      const SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, i);
      PangoLayout         *name;
      SankeyLabel          label = { (int) i };
      double               w, h, th, top;

      if (!box->shown || node_column (b, i) != column || b->keyed[i] || (name = first_fit (b, i)) == NULL)
        continue;
      label.text = g_object_ref (name);
      label.value = node_value (b, box, pango_layout_get_width (name) / (double) PANGO_SCALE);
      label_size (b, &label, &w, &h, &th);
      top = MAX (box->rect.y + box->rect.height / 2 - h / 2, bottom);
      bottom = top + h + 2;
      g_array_append_val (labels, label);
      g_array_append_val (tops, top);
    }
  /* Pushed below the plot: back up, keeping the order. */
  for (guint k = labels->len; k-- > 0;)
    {
      const SankeyLabel *label = &g_array_index (labels, SankeyLabel, k);
      double             w, h, th, *top = &g_array_index (tops, double, k);

      label_size (b, label, &w, &h, &th);
      *top = MAX (lo, MIN (*top, hi - h));
      hi = *top - 2;
    }
  return labels;
}

/* A node of @column whose names do not fit its slot: wider, or the key.
 * Returns TRUE when it joined the key. */
static gboolean
place_wide (Builder     *b,
            SankeyPanel *panel,
            guint        node)
{
  const SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, node);

  for (guint k = 0; k < panel->labels->len; k++)
    if (g_array_index (panel->labels, SankeyLabel, k).node == (int) node)
      return FALSE;
  if (place_name (b, panel, node, box))
    return FALSE;
  b->keyed[node] = TRUE;
  return TRUE;
}

/* One column's labels: spread (spread_column ()), then put where they
 * landed if nothing else is there; the rest wherever they fit. Returns
 * TRUE when a node joined the key. */
static gboolean
place_column (Builder     *b,
              SankeyPanel *panel,
              guint        column)
{
  g_autoptr(GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) labels = spread_column (b, panel, column, tops);
  gboolean more = FALSE;

  for (guint k = 0; k < labels->len; k++)
    {
      SankeyLabel         *label = &g_array_index (labels, SankeyLabel, k);
      const SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, label->node);
      double               w, h, th;

      label_size (b, label, &w, &h, &th);
      if (try_label (b, panel, box, label, g_array_index (tops, double, k) + h / 2, 0.5))
        {
          g_array_append_val (panel->labels, *label);
          continue;
        }
      label_clear (label);
      more |= place_wide (b, panel, label->node);
    }
  for (guint i = 0; i < b->nn; i++)
    if (g_array_index (panel->nodes, SankeyNodeBox, i).shown && node_column (b, i) == column &&
        !b->keyed[i] && first_fit (b, i) == NULL)
      more |= place_wide (b, panel, i);
  return more;
}

/* Labels column by column; returns TRUE when a node had to join the
 * key. */
static gboolean
place_labels (Builder     *b,
              SankeyPanel *panel)
{
  g_autofree gboolean *numbered = g_new0 (gboolean, MAX (b->nn, 1));
  gboolean             more = FALSE;

  g_array_set_size (panel->labels, 0);
  /* Numbers first, level with their nodes: the names go around them. */
  for (guint i = 0; i < b->nn; i++)
    {
      const SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, i);

      if (box->shown && b->keyed[i])
        {
          place_number (b, panel, i, box, key_number (b, i));
          numbered[i] = TRUE;
        }
    }
  for (guint c = 0; c < b->ncol; c++)
    more |= place_column (b, panel, c);
  /* This round's new numbers in the room the names left (the next round
   * places them first). */
  for (guint i = 0; i < b->nn; i++)
    {
      const SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, i);

      if (box->shown && b->keyed[i] && !numbered[i])
        place_number (b, panel, i, box, key_number (b, i));
    }
  return more;
}

/* "68.8 GWh"; "A 68.8 GWh, B 70.1 GWh"; "70.1 GWh, B − A +1.3 GWh". */
static char *
key_values (Builder *b,
            guint    node)
{
  SankeyLayout        *layout = b->layout;
  const SankeyNodeBox *first = &g_array_index (layout->panels[0].nodes, SankeyNodeBox, node);
  g_autofree char     *value = format_flow (b, first->value, FALSE);

  if (layout->difference)
    {
      g_autofree char *diff = format_flow (b, first->value - first->value_a, TRUE);

      return g_strdup_printf ("%s, B − A %s", value, diff);
    }
  if (layout->n_panels > 1)
    {
      g_autofree char *other = format_flow (b, g_array_index (layout->panels[1].nodes, SankeyNodeBox, node).value, FALSE);

      return g_strdup_printf ("A %s, B %s", value, other);
    }
  return g_steal_pointer (&value);
}

/* The key's height in @n columns, or G_MAXDOUBLE when a word is wider
 * than a column. Leaves the entries wrapped to the columns. */
static double
key_height (Builder *b,
            guint    n)
{
  GArray *key = b->layout->key;
  double  gap = b->line_h, col_w = (b->area->width - (n - 1) * gap) / n, height = 0, row_h = 0;

  for (guint i = 0; i < key->len; i++)
    {
      PangoLayout *text = g_array_index (key, SankeyLabel, i).text;
      double       w, h;

      pango_layout_set_width (text, (int) (col_w * PANGO_SCALE));
      if (!fits (text, 3))
        return G_MAXDOUBLE;
      size_of (text, &w, &h);
      row_h = MAX (row_h, h);
      if ((i + 1) % n == 0 || i + 1 == key->len)
        {
          height += row_h;
          row_h = 0;
        }
    }
  return height;
}

/* The key: "3  Vehicles assembled in the US: 68.8 GWh" in as many columns
 * across the area as makes it shortest, from @top. Returns its height. */
static double
layout_key (Builder *b,
            double   top)
{
  SankeyLayout *layout = b->layout;
  double        gap = b->line_h, best = G_MAXDOUBLE, col_w, x, y = top, row_h = 0;
  guint         n = 0, columns = 1;

  g_array_set_size (layout->key, 0);
  for (guint i = 0; i < b->nn; i++)
    if (b->keyed[i] && node_shown (b, i))
      {
        const PuenteSankeyNode *node = &g_array_index (b->sk->nodes, PuenteSankeyNode, i);
        g_autofree char        *name = chart_text (b->ctx, &node->label);
        g_autofree char        *values = key_values (b, i);
        g_autofree char        *text = g_strdup_printf ("%d  %s: %s", ++n, name, values);
        SankeyLabel             label = { (int) i };

        label.text = wrapped (b, FONT_SMALL, text, b->area->width);
        label.key = (int) n;
        g_array_append_val (layout->key, label);
      }
  if (n == 0)
    return 0;

  for (guint k = 1; k <= MIN (n, 6); k++)
    {
      double h = key_height (b, k);

      if (h < best - 0.5)
        best = h, columns = k;
    }
  key_height (b, columns);
  col_w = (b->area->width - (columns - 1) * gap) / columns;
  x = b->area->x;
  for (guint i = 0; i < layout->key->len; i++)
    {
      SankeyLabel *label = &g_array_index (layout->key, SankeyLabel, i);
      double       w, h;

      size_of (label->text, &w, &h);
      label->x = x, label->y = y, label->text_h = h;
      label->box = (ChartRect){ x, y, w, h };
      row_h = MAX (row_h, h);
      x += col_w + gap;
      if ((i + 1) % columns == 0)
        {
          x = b->area->x, y += row_h, row_h = 0;
        }
    }
  return y + row_h - top;
}

/* Panels */

/* "Flows of B: ... Under each value, B − A (A: ...)." in @lang; in both,
 * English, then Spanish on its own line. */
static char *
difference_title (PuenteLang             lang,
                  const PuenteChartData *data)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (lang == PUENTE_LANG_BOTH)
    {
      g_autofree char *en = difference_title (PUENTE_LANG_EN, data);
      g_autofree char *es = difference_title (PUENTE_LANG_ES, data);

      return g_strconcat (en, "\n", es, NULL);
    }
  a = puente_text_get (&data->scenario[PUENTE_SCENARIO_A], lang);
  b = puente_text_get (&data->scenario[PUENTE_SCENARIO_B], lang);
  /* Translators: the supply-chain Sankey comparing scenarios: %s are the
   * names of scenarios B and A */
  return g_strdup_printf (puente_gettext (lang, N_ ("Flows of B: %s. Under each value, B − A (A: %s).")), b, a);
}

static void
panel_title (Builder     *b,
             SankeyPanel *panel)
{
  const PuenteChartData *data = b->ctx->data;
  g_autofree char       *text = NULL;

  if (!data->has_b || !b->sk->has_b)
    return;
  if (b->layout->difference)
    text = difference_title (b->ctx->style->lang, data);
  else
    {
      g_autofree char *name = chart_text (b->ctx, &data->scenario[panel->slot]);

      text = g_strdup_printf ("%s: %s", panel->slot == PUENTE_SCENARIO_A ? "A" : "B", name);
    }
  panel->title.node = -1;
  panel->title.text = wrapped (b, FONT_LABEL_BOLD, text, b->area->width);
}

/* Splits the room under the headers and above the key between the
 * panels, each under its title. */
static void
place_panels (Builder *b,
              double   top,
              double   bottom)
{
  SankeyLayout *layout = b->layout;
  double        each = (bottom - top) / layout->n_panels;

  for (guint p = 0; p < layout->n_panels; p++)
    {
      SankeyPanel *panel = &layout->panels[p];
      double       y = top + p * each, title_h = 0, w;

      if (panel->title.text != NULL)
        {
          size_of (panel->title.text, &w, &title_h);
          panel->title.x = b->area->x;
          panel->title.y = y + (p > 0 ? b->line_h * 0.3 : 0);
          panel->title.text_h = title_h;
          panel->title.box = (ChartRect){ panel->title.x, panel->title.y, w, title_h };
          title_h += b->line_h * 0.4 + (p > 0 ? b->line_h * 0.3 : 0);
        }
      panel->plot = (ChartRect){ b->area->x, y + title_h, b->area->width, MAX (1.0, each - title_h) };
    }
}

static void
lay_out_panels (Builder *b,
                double   top,
                double   key_h)
{
  SankeyLayout *layout = b->layout;

  place_panels (b, top, b->area->y + b->area->height - (key_h > 0 ? key_h + b->line_h * 0.5 : 0));
  layout->scale = shared_scale (b);
  for (guint p = 0; p < layout->n_panels; p++)
    {
      place_nodes (b, &layout->panels[p]);
      place_bands (b, &layout->panels[p]);
    }
}

/* Hit testing reads the layout's nodes and links: one per data node and
 * link per panel. */
static void
fill_hit_geometry (ChartContext       *ctx,
                   const SankeyLayout *layout)
{
  PuenteChartLayout  *hits = ctx->layout;
  const PuenteSankey *sk = ctx->data->sankey;
  guint               nn = sk->nodes->len, nl = sk->links->len;

  hits->n_panels = layout->n_panels;
  hits->nodes = g_array_sized_new (FALSE, TRUE, sizeof (ChartNode), nn * layout->n_panels);
  hits->links = g_array_sized_new (FALSE, TRUE, sizeof (ChartLink), nl * layout->n_panels);
  for (guint p = 0; p < layout->n_panels; p++)
    {
      const SankeyPanel *panel = &layout->panels[p];

      hits->panel_slot[p] = panel->slot;
      for (guint i = 0; i < nn; i++)
        {
          const SankeyNodeBox *box = &g_array_index (panel->nodes, SankeyNodeBox, i);
          ChartNode            node = { { 0 } };

          if (box->shown)
            node.rect = box->rect;
          g_array_append_val (hits->nodes, node);
        }
      for (guint l = 0; l < nl; l++)
        {
          const SankeyBand *band = &g_array_index (panel->bands, SankeyBand, l);
          ChartLink         link = { g_array_new (FALSE, FALSE, sizeof (double)), band->width };
          double            pts[2 + 6 * SANKEY_MAX_SEGMENTS];
          guint             n = sankey_band_path (band, pts);

          /* The centre line, sampled: 16 points a curve. */
          for (guint seg = 0; seg < n && band->width > 0; seg++)
            {
              const double *q = pts + 6 * seg;

              for (guint k = seg == 0 ? 0 : 1; k <= 16; k++)
                {
                  double t = k / 16.0, u = 1 - t;
                  double x = u * u * u * q[0] + 3 * u * u * t * q[2] + 3 * u * t * t * q[4] + t * t * t * q[6];
                  double y = u * u * u * q[1] + 3 * u * u * t * q[3] + 3 * u * t * t * q[5] + t * t * t * q[7];

                  g_array_append_val (link.points, x);
                  g_array_append_val (link.points, y);
                }
            }
          g_array_append_val (hits->links, link);
        }
    }
}

static void
builder_init (Builder         *b,
              ChartContext    *ctx,
              const ChartRect *area,
              double           type_scale)
{
  const PuenteSankey *sk = ctx->data->sankey;
  g_autoptr(PangoLayout) probe = NULL;
  PangoRectangle logical;

  memset (b, 0, sizeof *b);
  b->ctx = ctx;
  b->sk = sk;
  b->area = area;
  b->nn = sk->nodes->len;
  b->nl = sk->links->len;
  b->ncol = MAX (sk->n_columns, 1);
  for (guint i = 0; i < N_FONTS; i++)
    {
      b->fonts[i] = pango_font_description_copy (ctx->fonts[i]);
      pango_font_description_set_absolute_size (b->fonts[i], pango_font_description_get_size (ctx->fonts[i]) * type_scale);
    }
  probe = wrapped (b, FONT_LABEL, "Ág", -1);
  pango_layout_get_extents (probe, NULL, &logical);
  b->line_h = (double) logical.height / PANGO_SCALE;
  b->pad = b->line_h * 0.45;
  b->margin = MAX (1.0, b->line_h * 0.1);
  b->gap_y = b->line_h * 0.8;
  b->loop_gap = b->line_h * 0.6;
  b->names = g_new0 (PangoLayout *, MAX (b->nn, 1) * N_VARIANTS * N_WIDTHS);
  b->name_done = g_new0 (gboolean, MAX (b->nn, 1) * N_VARIANTS * N_WIDTHS);
  b->keyed = g_new0 (gboolean, MAX (b->nn, 1));
}

static void
builder_clear (Builder *b)
{
  for (guint i = 0; i < MAX (b->nn, 1) * N_VARIANTS * N_WIDTHS; i++)
    g_clear_object (&b->names[i]);
  g_free (b->names);
  g_free (b->name_done);
  g_free (b->keyed);
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&b->fonts[i], pango_font_description_free);
}

/* Names that fit nowhere join the key, which takes room from the plot,
 * which may push more names into it: a few rounds settle it, and if they
 * do not, every node is a number. */
static void
lay_out_labels (Builder *b,
                double   top)
{
  SankeyLayout *layout = b->layout;
  double        key_h = 0;

  for (guint round = 0; round <= MAX_KEY_ROUNDS; round++)
    {
      gboolean more = FALSE;
      double   needed;

      if (round == MAX_KEY_ROUNDS)
        {
          for (guint i = 0; i < b->nn; i++)
            b->keyed[i] = TRUE;
          key_h = layout_key (b, 0);
        }
      lay_out_panels (b, top, key_h);
      for (guint p = 0; p < layout->n_panels; p++)
        more |= place_labels (b, &layout->panels[p]);
      needed = layout_key (b, 0);
      if (!more && needed <= key_h + 0.01)
        break;
      key_h = needed;
    }
  layout_key (b, b->area->y + b->area->height - key_h);
  layout->n_keyed = layout->key->len;
}

static SankeyLayout *
try_layout (ChartContext    *ctx,
            const ChartRect *area,
            double           type_scale)
{
  const PuenteSankey *sk = ctx->data->sankey;
  SankeyLayout       *layout = g_new0 (SankeyLayout, 1);
  gboolean            compare = ctx->data->has_b && sk->has_b;
  Builder             b;

  builder_init (&b, ctx, area, type_scale);
  b.layout = layout;
  layout->type_scale = type_scale;
  layout->difference = compare && ctx->data->show_difference;
  layout->n_panels = compare && !layout->difference ? 2 : 1;
  layout->headers = label_array_new ();
  layout->key = label_array_new ();
  for (guint p = 0; p < layout->n_panels; p++)
    {
      SankeyPanel *panel = &layout->panels[p];

      panel->slot = compare && (layout->difference || p == 1) ? PUENTE_SCENARIO_B : PUENTE_SCENARIO_A;
      panel->nodes = g_array_new (FALSE, TRUE, sizeof (SankeyNodeBox));
      panel->bands = g_array_new (FALSE, TRUE, sizeof (SankeyBand));
      panel->labels = label_array_new ();
      measure_panel (&b, panel);
      panel_title (&b, panel);
    }

  place_columns (&b);
  lay_out_labels (&b, area->y + place_headers (&b));
  builder_clear (&b);
  return layout;
}

SankeyLayout *
sankey_layout_new (ChartContext    *ctx,
                   const ChartRect *area)
{
  SankeyLayout      *layout = try_layout (ctx, area, 1.0);
  PuenteChartStyle   report = *ctx->style;
  PuenteChartMetrics m;
  gboolean           room_fits;

  /* Presentation type on a small page: numbers instead of names. Type
   * as small as the report's may name them. The room's type (Present
   * mode) is a floor for the back row: it keeps it, with numbers and a
   * key, while it names at least two nodes in three. */
  report.preset = PUENTE_CHART_STYLE_REPORT;
  puente_chart_style_get_metrics (&report, &m);
  room_fits = ctx->style->preset == PUENTE_CHART_STYLE_ROOM &&
    layout->n_keyed * 3 <= layout->panels[0].nodes->len;
  if (layout->n_keyed > 0 && m.label_size < ctx->m.label_size && !room_fits)
    {
      SankeyLayout *smaller = try_layout (ctx, area, m.label_size / ctx->m.label_size);

      if (smaller->n_keyed < layout->n_keyed)
        {
          sankey_layout_free (layout);
          layout = smaller;
        }
      else
        sankey_layout_free (smaller);
    }
  fill_hit_geometry (ctx, layout);
  return layout;
}

void
sankey_layout_free (SankeyLayout *layout)
{
  if (layout == NULL)
    return;
  g_clear_pointer (&layout->headers, g_array_unref);
  g_clear_pointer (&layout->key, g_array_unref);
  for (guint p = 0; p < layout->n_panels; p++)
    {
      SankeyPanel *panel = &layout->panels[p];

      label_clear (&panel->title);
      g_clear_pointer (&panel->nodes, g_array_unref);
      g_clear_pointer (&panel->bands, g_array_unref);
      g_clear_pointer (&panel->labels, g_array_unref);
    }
  g_free (layout);
}
