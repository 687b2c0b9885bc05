/* puente-map-labels.c: the map's names, placed for the whole view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A placement covers an area: the view and a quarter view on each side, in
 * world pixels at the view's zoom. To know whether a name fits inside its
 * state, the area's states and countries are drawn once into a small mask
 * (each feature its own colour, half resolution, no antialiasing) and a
 * candidate box is read back from it. Symbols (from the painters' marks)
 * and names already placed sit in a grid of cells, so a candidate is
 * checked against its neighbours only.
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "puente-geo.h"
#include "puente-map-labels.h"
#include "puente-place-index.h"
#include "puente-states-painter.h"

/* What a callout out of the view costs, in pixels of leader. */
#define OUT_OF_VIEW 1000.0
/* A quarter view more on each side. */
#define AREA_MARGIN 0.25
/* Mask pixels per logical pixel. */
#define MASK_SCALE 0.5
/* Grid cells, logical pixels. */
#define CELL 48.0
/* Space kept between a name and anything else, logical pixels. */
#define PAD 2.0
/* A state's name lies on its own state: at least this share of the box,
 * and at most that share on another land (the rest over water). */
#define OWN_SHARE 0.7
#define OTHER_SHARE 0.05
/* A country's name may cross a little more. */
#define COUNTRY_OWN_SHARE 0.55
#define COUNTRY_OTHER_SHARE 0.15

/* From which zoom the names of a layer's places are written. The
 * painters set it per place; these are the layers' choices. */

typedef struct
{
  PuenteMapLabelKind          kind;
  char                       *id;
  char                       *text;
  gboolean                    abbreviated;
  const PuenteBasemapFeature *feature; /* states and countries */
  double                      cx, cy;  /* centre, world pixels */
  double                      w, h;    /* the text's logical box */
  double                      ox, oy;  /* layout origin from the box's corner */
  double                      wrap;    /* layout width, or -1 */
  gboolean                    callout; /* outside its state, with a leader */
  double                      ax, ay;  /* where the leader points, world pixels */
  double                      font_size;
  gboolean                    bold;
  /* A picture of the name (halo and text), for screens. */
  cairo_surface_t            *sprite;
  guint32                     sprite_colours;
  double                      sprite_scale;
} Label;

typedef struct
{
  /* What the placement was made for. */
  PuenteMapContext *context; /* compared only */
  guint             generation;
  int               year;
  PuenteLang        language;
  double            zoom;
  double            scale;
  char             *painters; /* their ids, joined */
  char             *selection;
  /* Where: world pixels at the zoom. */
  double            x0, y0, x1, y1;
  GArray           *labels; /* of Label */
} Placement;

struct _PuenteMapLabels
{
  double     scale;
  double     device_scale;
  Placement *placement;
  guint      placements;
  guint      reuses;
};

/* ---- lifecycle ---------------------------------------------------------- */

static void
label_clear (gpointer data)
{
  Label *label = data;

  g_free (label->id);
  g_free (label->text);
  g_clear_pointer (&label->sprite, cairo_surface_destroy);
}

static void
placement_free (Placement *placement)
{
  if (placement == NULL)
    return;
  g_free (placement->painters);
  g_free (placement->selection);
  g_clear_pointer (&placement->labels, g_array_unref);
  g_free (placement);
}

PuenteMapLabels *
puente_map_labels_new (void)
{
  PuenteMapLabels *self = g_new0 (PuenteMapLabels, 1);

  self->scale = 1;
  self->device_scale = 1;
  return self;
}

void
puente_map_labels_free (PuenteMapLabels *self)
{
  if (self == NULL)
    return;
  placement_free (self->placement);
  g_free (self);
}

double
puente_map_labels_get_scale (PuenteMapLabels *self)
{
  g_return_val_if_fail (self != NULL, 1);

  return self->scale;
}

void
puente_map_labels_set_scale (PuenteMapLabels *self,
                             double           scale)
{
  g_return_if_fail (self != NULL);

  self->scale = CLAMP (scale, 0.5, 4);
}

void
puente_map_labels_set_device_scale (PuenteMapLabels *self,
                                    double           scale)
{
  g_return_if_fail (self != NULL);

  self->device_scale = CLAMP (scale, 1, 4);
}

void
puente_map_labels_get_stats (PuenteMapLabels *self,
                             guint           *placements,
                             guint           *reuses)
{
  g_return_if_fail (self != NULL);

  if (placements != NULL)
    *placements = self->placements;
  if (reuses != NULL)
    *reuses = self->reuses;
}

/* ---- text --------------------------------------------------------------- */

static void
setup_layout (PangoLayout *layout,
              const Label *label)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_new ();
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_family (desc, "Cantarell,DejaVu Sans,Sans");
  pango_font_description_set_weight (desc, label->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_SEMIBOLD);
  pango_font_description_set_absolute_size (desc, label->font_size * PANGO_SCALE);
  if (label->kind == PUENTE_MAP_LABEL_COUNTRY)
    pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int) (label->font_size * 0.12 * PANGO_SCALE)));
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_width (layout, label->wrap > 0 ? (int) (label->wrap * PANGO_SCALE) : -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, label->text, -1);
}

/* A layout for measuring and drawing: unhinted metrics, so a name has the
 * same size at every scale and on every surface. */
static PangoLayout *
create_layout (cairo_t *cr)
{
  PangoLayout          *layout = pango_cairo_create_layout (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);
  return layout;
}

static void
measure (PangoLayout *layout,
         Label       *label)
{
  PangoRectangle ink, logical;

  setup_layout (layout, label);
  pango_layout_get_extents (layout, &ink, &logical);
  label->w = logical.width / (double) PANGO_SCALE;
  label->h = logical.height / (double) PANGO_SCALE;
  label->ox = -logical.x / (double) PANGO_SCALE;
  label->oy = -logical.y / (double) PANGO_SCALE;
}

/* ---- the mask of features ----------------------------------------------- */

typedef struct
{
  cairo_surface_t *surface;
  const guint32   *data;
  int              width, height, stride; /* stride in pixels */
} Mask;

static void
mask_draw (Mask          *mask,
           PuenteBasemap *basemap,
           double         zoom,
           double         x0,
           double         y0,
           double         width,
           double         height)
{
  cairo_t *cr;

  mask->width = (int) ceil (width * MASK_SCALE);
  mask->height = (int) ceil (height * MASK_SCALE);
  mask->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, MAX (mask->width, 1), MAX (mask->height, 1));
  cr = cairo_create (mask->surface);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_scale (cr, MASK_SCALE, MASK_SCALE);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_paint (cr);
  /* Countries, then the states over them: a pixel is its state's. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < puente_basemap_get_n_features (basemap); i++)
      {
        const PuenteBasemapFeature *f = puente_basemap_get_feature (basemap, i);
        guint                       id = i + 1;

        if ((puente_basemap_feature_get_kind (f) == PUENTE_BASEMAP_FEATURE_STATE) != (pass == 1))
          continue;
        cairo_new_path (cr);
        puente_basemap_append_feature_path (basemap, cr, f, zoom, x0, y0, width, height);
        if (!cairo_has_current_point (cr))
          continue;
        cairo_set_source_rgb (cr, ((id >> 16) & 0xff) / 255.0, ((id >> 8) & 0xff) / 255.0, (id & 0xff) / 255.0);
        cairo_fill (cr);
      }
  cairo_destroy (cr);
  cairo_surface_flush (mask->surface);
  mask->data = (const guint32 *) (const void *) cairo_image_surface_get_data (mask->surface);
  mask->stride = cairo_image_surface_get_stride (mask->surface) / 4;
}

static void
mask_clear (Mask *mask)
{
  g_clear_pointer (&mask->surface, cairo_surface_destroy);
}

/* How a box (area pixels) sits: the shares of its samples on @id and on
 * other land. FALSE when it leaves the mask. */
static gboolean
mask_read (const Mask *mask,
           double      x,
           double      y,
           double      w,
           double      h,
           guint       id,
           double      max_other,
           double     *own_share,
           double     *other_share)
{
  int   mx0 = (int) floor (x * MASK_SCALE), my0 = (int) floor (y * MASK_SCALE);
  int   mx1 = (int) ceil ((x + w) * MASK_SCALE), my1 = (int) ceil ((y + h) * MASK_SCALE);
  guint own = 0, other = 0, total, max_other_n;

  if (mx0 < 0 || my0 < 0 || mx1 > mask->width || my1 > mask->height || mx1 <= mx0 || my1 <= my0)
    return FALSE;
  total = (guint) ((mx1 - mx0) * (my1 - my0));
  max_other_n = (guint) floor (max_other * total);
  for (int my = my0; my < my1; my++)
    {
      const guint32 *row = mask->data + (gsize) my * mask->stride;

      for (int mx = mx0; mx < mx1; mx++)
        {
          guint v = row[mx] & 0xffffff;

          if (v == id)
            own++;
          else if (v != 0 && ++other > max_other_n)
            {
              *own_share = 0;
              *other_share = 1;
              return TRUE;
            }
        }
    }
  *own_share = own / (double) total;
  *other_share = other / (double) total;
  return TRUE;
}

/* The first point of feature @id on the way from (@x0, @y0) to (@x1,
 * @y1), area pixels, a little inside it; (@x1, @y1) when none. */
static void
mask_enter (const Mask *mask,
            guint       id,
            double      x0,
            double      y0,
            double      x1,
            double      y1,
            double     *x,
            double     *y)
{
  double length = hypot (x1 - x0, y1 - y0);

  for (double t = 0; t < length; t += 1.5)
    {
      double px = x0 + (x1 - x0) * t / length, py = y0 + (y1 - y0) * t / length;
      int    mx = (int) (px * MASK_SCALE), my = (int) (py * MASK_SCALE);

      if (mx < 0 || my < 0 || mx >= mask->width || my >= mask->height)
        continue;
      if ((mask->data[(gsize) my * mask->stride + mx] & 0xffffff) == id)
        {
          /* Into it a little, not more than halfway to the end. */
          t = MIN (t + 4, t + (length - t) / 2);
          *x = x0 + (x1 - x0) * t / length;
          *y = y0 + (y1 - y0) * t / length;
          return;
        }
    }
  *x = x1;
  *y = y1;
}

/* ---- what is taken: names and symbols ----------------------------------- */

typedef struct
{
  double   x0, y0, x1, y1; /* a box, area pixels */
  double   cx, cy, r;      /* or a disc (r > 0) */
  gboolean name;           /* a name's box, not a symbol */
} Shape;

typedef struct
{
  GArray  *shapes; /* of Shape */
  GArray **cells;  /* of guint (shape indices) */
  int      columns, rows;
} Taken;

static void
taken_init (Taken *taken,
            double width,
            double height)
{
  taken->shapes = g_array_new (FALSE, FALSE, sizeof (Shape));
  taken->columns = MAX (1, (int) ceil (width / CELL));
  taken->rows = MAX (1, (int) ceil (height / CELL));
  taken->cells = g_new0 (GArray *, (gsize) taken->columns * taken->rows);
}

static void
taken_clear (Taken *taken)
{
  for (int i = 0; i < taken->columns * taken->rows; i++)
    if (taken->cells[i] != NULL)
      g_array_unref (taken->cells[i]);
  g_free (taken->cells);
  g_array_unref (taken->shapes);
}

static void
cell_range (const Taken *taken,
            double       x0,
            double       y0,
            double       x1,
            double       y1,
            int         *c0,
            int         *r0,
            int         *c1,
            int         *r1)
{
  *c0 = CLAMP ((int) floor (x0 / CELL), 0, taken->columns - 1);
  *r0 = CLAMP ((int) floor (y0 / CELL), 0, taken->rows - 1);
  *c1 = CLAMP ((int) floor (x1 / CELL), 0, taken->columns - 1);
  *r1 = CLAMP ((int) floor (y1 / CELL), 0, taken->rows - 1);
}

static void
taken_add (Taken       *taken,
           const Shape *shape)
{
  guint index = taken->shapes->len;
  int   c0, r0, c1, r1;

  g_array_append_val (taken->shapes, *shape);
  if (shape->r > 0)
    cell_range (taken, shape->cx - shape->r, shape->cy - shape->r, shape->cx + shape->r, shape->cy + shape->r,
                &c0, &r0, &c1, &r1);
  else
    cell_range (taken, shape->x0, shape->y0, shape->x1, shape->y1, &c0, &r0, &c1, &r1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        GArray **cell = &taken->cells[r * taken->columns + c];

        if (*cell == NULL)
          *cell = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (*cell, index);
      }
}

static gboolean
shape_hits_box (const Shape *s,
                double       x0,
                double       y0,
                double       x1,
                double       y1)
{
  if (s->r > 0)
    {
      double nx = CLAMP (s->cx, x0, x1), ny = CLAMP (s->cy, y0, y1);

      return (nx - s->cx) * (nx - s->cx) + (ny - s->cy) * (ny - s->cy) < s->r * s->r;
    }
  return s->x0 < x1 && x0 < s->x1 && s->y0 < y1 && y0 < s->y1;
}

/* Whether a box (with the padding around it) touches anything taken. */
static gboolean
taken_hits (const Taken *taken,
            double       x0,
            double       y0,
            double       x1,
            double       y1)
{
  int c0, r0, c1, r1;

  x0 -= PAD;
  y0 -= PAD;
  x1 += PAD;
  y1 += PAD;
  cell_range (taken, x0, y0, x1, y1, &c0, &r0, &c1, &r1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        GArray *cell = taken->cells[r * taken->columns + c];

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          if (shape_hits_box (&g_array_index (taken->shapes, Shape, g_array_index (cell, guint, i)), x0, y0, x1, y1))
            return TRUE;
      }
  return FALSE;
}

/* ---- placing ------------------------------------------------------------ */

typedef struct
{
  Label  shape;  /* text, size, wrap */
  double dx, dy; /* offset of the centre from the anchor */
  double cost;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  return (ca->cost > cb->cost) - (ca->cost < cb->cost);
}

typedef struct
{
  PuenteMapLabels  *self;
  PuenteMapContext *context;
  PuenteBasemap    *basemap;
  PangoLayout      *layout;
  Placement        *placement;
  const Placement  *previous;
  Mask              mask;
  Taken             taken;
  GArray           *leaders;       /* of double[4]: callouts' lines, area pixels */
  double            width, height; /* the area, logical pixels */
  double            view[4];       /* the view placed for, area pixels */
} Placer;

/* Whether a box centred at (@cx, @cy) world pixels lies in the view the
 * placement is made for: names go there first. */
static gboolean
in_view (const Placer *p,
         const Label  *label,
         double        cx,
         double        cy)
{
  double x0 = cx - label->w / 2 - p->placement->x0, y0 = cy - label->h / 2 - p->placement->y0;

  return x0 >= p->view[0] && y0 >= p->view[1] && x0 + label->w <= p->view[2] && y0 + label->h <= p->view[3];
}

/* Type sizes at scale 1, logical pixels. */
static double
font_size_for (PuenteMapLabelKind kind,
               double             zoom)
{
  switch (kind)
    {
    case PUENTE_MAP_LABEL_STATE:
      return zoom < 5.25 ? 13.0 : zoom < 6.5 ? 14.0
                                             : 15.5;
    case PUENTE_MAP_LABEL_COUNTRY:
      return zoom < 4 ? 11.5 : 13.0;
    case PUENTE_MAP_LABEL_PLACE:
    default:
      return 12.0;
    }
}

/* Where the name of @id was in the previous placement, if anywhere. */
static const Label *
previous_label (const Placer      *p,
                PuenteMapLabelKind kind,
                const char        *id)
{
  for (guint i = 0; p->previous != NULL && i < p->previous->labels->len; i++)
    {
      const Label *l = &g_array_index (p->previous->labels, Label, i);

      if (l->kind == kind && g_str_equal (l->id, id))
        return l;
    }
  return NULL;
}

static gboolean
segments_cross (const double a[4],
                const double b[4])
{
  double d1 = (b[2] - b[0]) * (a[1] - b[1]) - (b[3] - b[1]) * (a[0] - b[0]);
  double d2 = (b[2] - b[0]) * (a[3] - b[1]) - (b[3] - b[1]) * (a[2] - b[0]);
  double d3 = (a[2] - a[0]) * (b[1] - a[1]) - (a[3] - a[1]) * (b[0] - a[0]);
  double d4 = (a[2] - a[0]) * (b[3] - a[1]) - (a[3] - a[1]) * (b[2] - a[0]);

  return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
}

static gboolean
segment_hits_box (const double s[4],
                  double       x0,
                  double       y0,
                  double       x1,
                  double       y1)
{
  const double edges[4][4] = {
    { x0, y0, x1, y0 },
    { x1, y0, x1, y1 },
    { x1, y1, x0, y1 },
    { x0, y1, x0, y0 },
  };

  if ((s[0] >= x0 && s[0] <= x1 && s[1] >= y0 && s[1] <= y1) || (s[2] >= x0 && s[2] <= x1 && s[3] >= y0 && s[3] <= y1))
    return TRUE;
  for (guint i = 0; i < 4; i++)
    if (segments_cross (s, edges[i]))
      return TRUE;
  return FALSE;
}

/* Whether @label, its centre at (@cx, @cy) world pixels, can go there. */
static gboolean
label_fits (Placer      *p,
            const Label *label,
            double       cx,
            double       cy,
            guint        feature_id)
{
  double x0 = cx - label->w / 2 - p->placement->x0, y0 = cy - label->h / 2 - p->placement->y0;
  double x1 = x0 + label->w, y1 = y0 + label->h;
  double own, other;

  if (x0 < 0 || y0 < 0 || x1 > p->width || y1 > p->height)
    return FALSE;
  if (taken_hits (&p->taken, x0, y0, x1, y1))
    return FALSE;
  for (guint i = 0; i < p->leaders->len / 4; i++)
    if (segment_hits_box (&g_array_index (p->leaders, double, 4 * i), x0 - PAD, y0 - PAD, x1 + PAD, y1 + PAD))
      return FALSE;
  if (label->kind == PUENTE_MAP_LABEL_PLACE)
    return TRUE;
  if (label->kind == PUENTE_MAP_LABEL_STATE)
    return mask_read (&p->mask, x0, y0, label->w, label->h, feature_id, OTHER_SHARE, &own, &other) && own >= OWN_SHARE && other <= OTHER_SHARE;
  return mask_read (&p->mask, x0, y0, label->w, label->h, feature_id, COUNTRY_OTHER_SHARE, &own, &other) && own >= COUNTRY_OWN_SHARE && other <= COUNTRY_OTHER_SHARE;
}

static void
place (Placer      *p,
       const Label *label,
       double       cx,
       double       cy)
{
  Label placed = *label;
  Shape box;

  placed.id = g_strdup (label->id);
  placed.text = g_strdup (label->text);
  placed.cx = cx;
  placed.cy = cy;
  g_array_append_val (p->placement->labels, placed);
  box.x0 = cx - label->w / 2 - p->placement->x0;
  box.y0 = cy - label->h / 2 - p->placement->y0;
  box.x1 = box.x0 + label->w;
  box.y1 = box.y0 + label->h;
  box.r = 0;
  box.name = TRUE;
  taken_add (&p->taken, &box);
}

/* Tries @candidates (sorted) around the anchor (@ax, @ay); the first that
 * fits is placed. The previous placement's spot goes first. */
static gboolean
place_first_fit (Placer *p,
                 GArray *candidates,
                 double  ax,
                 double  ay,
                 guint   feature_id)
{
  const Label *before;

  if (candidates->len == 0)
    return FALSE;
  before = previous_label (p, g_array_index (candidates, Candidate, 0).shape.kind,
                           g_array_index (candidates, Candidate, 0).shape.id);
  for (guint i = 0; before != NULL && i < candidates->len; i++)
    {
      const Candidate *c = &g_array_index (candidates, Candidate, i);

      if (g_str_equal (before->text, c->shape.text) && before->wrap == c->shape.wrap)
        {
          if (label_fits (p, &c->shape, before->cx, before->cy, feature_id))
            {
              place (p, &c->shape, before->cx, before->cy);
              return TRUE;
            }
          break;
        }
    }
  /* In the view first, then anywhere in the area. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < candidates->len; i++)
      {
        const Candidate *c = &g_array_index (candidates, Candidate, i);

        if (in_view (p, &c->shape, ax + c->dx, ay + c->dy) != (pass == 0))
          continue;
        if (label_fits (p, &c->shape, ax + c->dx, ay + c->dy, feature_id))
          {
            place (p, &c->shape, ax + c->dx, ay + c->dy);
            return TRUE;
          }
      }
  return FALSE;
}

/* Offsets of a name's centre from its anchor, within the feature's main
 * box, nearest first: for the text's shapes (one line, two lines, the
 * abbreviation), each a little dearer than the one before. */
static void
add_area_candidates (GArray      *candidates,
                     const Label *shape,
                     double       penalty,
                     double       ax,
                     double       ay,
                     double       bx0,
                     double       by0,
                     double       bx1,
                     double       by1)
{
  double    step_x = MAX (3.0, MIN (shape->w * 0.2, (bx1 - bx0) / 10));
  double    step_y = MAX (3.0, MIN (shape->h * 0.5, (by1 - by0) / 10));
  const int reach = 8;

  for (int j = -reach; j <= reach; j++)
    for (int i = -reach; i <= reach; i++)
      {
        Candidate c;
        double    cx = ax + i * step_x, cy = ay + j * step_y;

        if (cx < bx0 || cx > bx1 || cy < by0 || cy > by1)
          continue;
        c.shape = *shape;
        c.dx = i * step_x;
        c.dy = j * step_y;
        /* Moving up or down reads better than sideways. */
        c.cost = penalty + (c.dx / MAX (shape->w, 1)) * (c.dx / MAX (shape->w, 1)) * 2 + (c.dy / MAX (shape->h, 1)) * (c.dy / MAX (shape->h, 1)) * 0.5;
        g_array_append_val (candidates, c);
      }
}

/* A name's text, type and box (the halo's room included). */
/* Whether the box's middle and corners are on feature @id: a quick test
 * before label_fits () reads the whole box. */
static gboolean
corners_on (const Placer *p,
            const Label  *shape,
            double        cx,
            double        cy,
            guint         id)
{
  static const double at[][2] = { { 0, 0 }, { -0.5, -0.5 }, { 0.5, -0.5 }, { -0.5, 0.5 }, { 0.5, 0.5 } };

  for (guint i = 0; i < G_N_ELEMENTS (at); i++)
    {
      int mx = (int) ((cx + at[i][0] * (shape->w - 2) - p->placement->x0) * MASK_SCALE);
      int my = (int) ((cy + at[i][1] * (shape->h - 2) - p->placement->y0) * MASK_SCALE);

      if (mx < 0 || my < 0 || mx >= p->mask.width || my >= p->mask.height || (p->mask.data[(gsize) my * p->mask.stride + mx] & 0xffffff) != id)
        return FALSE;
    }
  return TRUE;
}

/* Where the coarse search found no room, every other pixel of a small
 * state's box, nearest the anchor first. */
#define FINE_MAX 240.0

static gboolean
place_fine (Placer      *p,
            const Label *shape,
            double       ax,
            double       ay,
            double       bx0,
            double       by0,
            double       bx1,
            double       by1,
            guint        feature_id)
{
  double best_x = 0, best_y = 0, best_d = G_MAXDOUBLE;

  if (bx1 - bx0 > FINE_MAX || by1 - by0 > FINE_MAX)
    return FALSE;
  for (double y = by0 + shape->h / 2; y <= by1 - shape->h / 2; y += 2)
    for (double x = bx0 + shape->w / 2; x <= bx1 - shape->w / 2; x += 2)
      {
        double d = (x - ax) * (x - ax) + (y - ay) * (y - ay) * 4 + (in_view (p, shape, x, y) ? 0 : 1e9);

        if (d < best_d && corners_on (p, shape, x, y, feature_id) && label_fits (p, shape, x, y, feature_id))
          {
            best_d = d;
            best_x = x;
            best_y = y;
          }
      }
  if (best_d == G_MAXDOUBLE)
    return FALSE;
  place (p, shape, best_x, best_y);
  return TRUE;
}

static void
init_text_label (Label             *label,
                 PangoLayout       *layout,
                 double             scale,
                 double             zoom,
                 PuenteMapLabelKind kind,
                 const char        *id,
                 const char        *text,
                 double             wrap)
{
  *label = (Label){ kind, (char *) id, (char *) text };
  label->font_size = font_size_for (kind, zoom) * scale;
  label->bold = kind == PUENTE_MAP_LABEL_COUNTRY;
  label->wrap = wrap;
  measure (layout, label);
  label->w += 2;
}

static gboolean
place_feature (Placer                     *p,
               const PuenteBasemapFeature *f,
               guint                       feature_index)
{
  PuenteLang       lang = puente_map_context_get_language (p->context);
  gboolean         state = puente_basemap_feature_get_kind (f) == PUENTE_BASEMAP_FEATURE_STATE;
  const char      *id = puente_basemap_feature_get_id (f);
  const char      *name = puente_basemap_feature_get_name (f, lang == PUENTE_LANG_ES ? PUENTE_LANG_ES : PUENTE_LANG_EN);
  g_autofree char *upper = NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  PuenteMapLabelKind kind = state ? PUENTE_MAP_LABEL_STATE : PUENTE_MAP_LABEL_COUNTRY;
  double             zoom = p->placement->zoom, scale = p->self->scale;
  double             lat, lon, ax, ay, bx0, by0, bx1, by1;
  Label              one, two, abbreviation;
  const char        *abbr = state ? puente_state_get_abbreviation (id, lang) : NULL;

  puente_basemap_feature_get_label_point (f, &lat, &lon);
  puente_geo_project (lat, lon, 0, &ax, &ay);
  ax *= exp2 (p->placement->zoom);
  ay *= exp2 (p->placement->zoom);
  puente_basemap_feature_get_main_box (f, p->placement->zoom, &bx0, &by0, &bx1, &by1);
  /* Only features whose main part reaches the area. */
  if (bx1 < p->placement->x0 || by1 < p->placement->y0 || bx0 > p->placement->x1 || by0 > p->placement->y1)
    return TRUE;

  if (!state)
    name = upper = g_utf8_strup (name, -1);
  init_text_label (&one, p->layout, scale, zoom, kind, id, name, -1);
  add_area_candidates (candidates, &one, 0, ax, ay, bx0, by0, bx1, by1);
  if (strchr (name, ' ') != NULL)
    {
      init_text_label (&two, p->layout, scale, zoom, kind, id, name, ceil (one.w * 0.62));
      add_area_candidates (candidates, &two, 0.6, ax, ay, bx0, by0, bx1, by1);
    }
  if (abbr != NULL)
    {
      init_text_label (&abbreviation, p->layout, scale, zoom, kind, id, abbr, -1);
      abbreviation.abbreviated = TRUE;
      add_area_candidates (candidates, &abbreviation, 4, ax, ay, bx0, by0, bx1, by1);
    }
  g_array_sort (candidates, compare_candidates);
  if (place_first_fit (p, candidates, ax, ay, feature_index + 1))
    return TRUE;
  /* A small state: its name, or at least its abbreviation, wherever in it
   * there is room. */
  if (place_fine (p, &one, ax, ay, bx0, by0, bx1, by1, feature_index + 1))
    return TRUE;
  return abbr != NULL && place_fine (p, &abbreviation, ax, ay, bx0, by0, bx1, by1, feature_index + 1);
}

/* Whether the segment from (@x0, @y0) to (@x1, @y1), area pixels, crosses
 * a name already placed. */
static gboolean
leader_crosses_names (const Taken *taken,
                      double       x0,
                      double       y0,
                      double       x1,
                      double       y1)
{
  double length = hypot (x1 - x0, y1 - y0);
  guint  steps = (guint) ceil (length / 3);

  for (guint k = 0; k <= steps; k++)
    {
      double t = steps > 0 ? (double) k / steps : 0;
      double x = x0 + (x1 - x0) * t, y = y0 + (y1 - y0) * t;
      int    c, r;

      cell_range (taken, x, y, x, y, &c, &r, &c, &r);
      {
        GArray *cell = taken->cells[r * taken->columns + c];

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          {
            const Shape *shape = &g_array_index (taken->shapes, Shape, g_array_index (cell, guint, i));

            if (shape->name && shape_hits_box (shape, x - 1, y - 1, x + 1, y + 1))
              return TRUE;
          }
      }
    }
  return FALSE;
}

/* A callout's box and line are clear of the other callouts' lines. */
static gboolean
clear_of_leaders (const Placer *p,
                  const double  leader[4],
                  double        x0,
                  double        y0,
                  double        x1,
                  double        y1,
                  gboolean      no_crossing)
{
  for (guint i = 0; i < p->leaders->len / 4; i++)
    {
      const double *other = &g_array_index (p->leaders, double, 4 * i);

      if ((no_crossing && segments_cross (leader, other)) || segment_hits_box (other, x0 - PAD, y0 - PAD, x1 + PAD, y1 + PAD))
        return FALSE;
    }
  return TRUE;
}

static guint
leaders_crossed (const Placer *p,
                 const double  leader[4])
{
  guint n = 0;

  for (guint i = 0; i < p->leaders->len / 4; i++)
    n += segments_cross (leader, &g_array_index (p->leaders, double, 4 * i));
  return n;
}

/* A state too small for its abbreviation: the abbreviation beside it, over
 * the sea if it can, with a leader line into the state. */
static void
place_callout (Placer                     *p,
               const PuenteBasemapFeature *f,
               guint                       feature_index)
{
  PuenteLang  lang = puente_map_context_get_language (p->context);
  const char *id = puente_basemap_feature_get_id (f);
  const char *abbr = puente_state_get_abbreviation (id, lang);
  double      lat, lon, ax, ay, bx0, by0, bx1, by1, best_cost = G_MAXDOUBLE, best_x = 0, best_y = 0;
  double      best_leader[4] = { 0 };
  Label       label;

  if (abbr == NULL)
    return;
  puente_basemap_feature_get_label_point (f, &lat, &lon);
  puente_geo_project (lat, lon, 0, &ax, &ay);
  ax *= exp2 (p->placement->zoom);
  ay *= exp2 (p->placement->zoom);
  puente_basemap_feature_get_main_box (f, p->placement->zoom, &bx0, &by0, &bx1, &by1);
  if (ax < p->placement->x0 || ay < p->placement->y0 || ax > p->placement->x1 || ay > p->placement->y1)
    return;
  init_text_label (&label, p->layout, p->self->scale, p->placement->zoom, PUENTE_MAP_LABEL_STATE, id, abbr, -1);
  label.abbreviated = TRUE;

  /* Near, with lines that cross no other; then farther, crossing if they
   * must (also when the near one is out of view). */
  for (int pass = 0; pass < 2 && best_cost >= OUT_OF_VIEW; pass++)
    {
      double reach_max = pass == 0 ? 50 : 80;

      for (guint k = 0; k < 16; k++)
        {
          double angle = k * G_PI / 8, dx = cos (angle), dy = sin (angle);
          /* From the edge of the state's box outwards. */
          double start = MIN (fabs (dx) > 1e-9 ? (dx > 0 ? bx1 - ax : ax - bx0) / fabs (dx) : G_MAXDOUBLE,
                              fabs (dy) > 1e-9 ? (dy > 0 ? by1 - ay : ay - by0) / fabs (dy) : G_MAXDOUBLE);

          for (double d = MAX (start, 0) + 6; d < start + reach_max; d += 6)
            {
              double reach = d + 0.5 * (fabs (dx) * label.w + fabs (dy) * label.h) + 2;
              double cx = ax + dx * reach, cy = ay + dy * reach;
              double x0 = cx - label.w / 2 - p->placement->x0, y0 = cy - label.h / 2 - p->placement->y0;
              double cost = d, own, other, ex, ey, leader[4];

              if (cost >= best_cost)
                break;
              if (x0 < 0 || y0 < 0 || x0 + label.w > p->width || y0 + label.h > p->height)
                continue;
              if (taken_hits (&p->taken, x0, y0, x0 + label.w, y0 + label.h))
                continue;
              /* Over land costs more than over the sea. */
              if (mask_read (&p->mask, x0, y0, label.w, label.h, feature_index + 1, 1, &own, &other) && other > 0.05)
                cost += 80 * other;
              /* The leader from the box's edge into the state. */
              ex = CLAMP (ax - p->placement->x0, x0, x0 + label.w);
              ey = CLAMP (ay - p->placement->y0, y0, y0 + label.h);
              leader[0] = ex;
              leader[1] = ey;
              mask_enter (&p->mask, feature_index + 1, ex, ey, ax - p->placement->x0, ay - p->placement->y0,
                          &leader[2], &leader[3]);
              cost += hypot (leader[2] - ex, leader[3] - ey) * 0.5;
              if (!in_view (p, &label, cx, cy))
                cost += OUT_OF_VIEW;
              /* Crossing another callout's line: only if it must, and dear. */
              if (pass > 0)
                cost += 60 * leaders_crossed (p, leader);
              if (cost < best_cost && !leader_crosses_names (&p->taken, ex + (leader[2] - ex) * 0.1, ey + (leader[3] - ey) * 0.1, leader[2], leader[3]) && clear_of_leaders (p, leader, x0, y0, x0 + label.w, y0 + label.h, pass == 0))
                {
                  best_cost = cost;
                  best_x = cx;
                  best_y = cy;
                  memcpy (best_leader, leader, sizeof best_leader);
                }
            }
        }
    }
  if (best_cost == G_MAXDOUBLE)
    return;
  label.callout = TRUE;
  label.ax = best_leader[2] + p->placement->x0;
  label.ay = best_leader[3] + p->placement->y0;
  place (p, &label, best_x, best_y);
  g_array_append_vals (p->leaders, best_leader, 4);
}

/* A place's name beside its symbol: right, left, above, below, then the
 * corners. */
static void
place_place (Placer                    *p,
             const PuenteMapPlaceLabel *place_label,
             double                     area_left,
             double                     area_top)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  Label               label;
  double              ax = place_label->x + area_left, ay = place_label->y + area_top;
  double              r = place_label->radius + 3;
  static const double sides[][2] = {
    { 1, 0 },
    { -1, 0 },
    { 0, -1 },
    { 0, 1 },
    { 1, -1 },
    { -1, -1 },
    { 1, 1 },
    { -1, 1 },
  };

  init_text_label (&label, p->layout, p->self->scale, p->placement->zoom, PUENTE_MAP_LABEL_PLACE, place_label->id,
                   place_label->text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      Candidate c = { label };

      c.dx = sides[i][0] * (r + label.w / 2);
      c.dy = sides[i][1] * (r * (sides[i][0] != 0 ? 0.7 : 1) + label.h / 2);
      c.cost = i;
      g_array_append_val (candidates, c);
    }
  place_first_fit (p, candidates, ax, ay, 0);
}

typedef struct
{
  guint  index;
  double order;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a, *rb = b;

  return (ra->order > rb->order) - (ra->order < rb->order);
}

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  const PuenteMapPlaceLabel *pa = a, *pb = b;

  return (pa->weight < pb->weight) - (pa->weight > pb->weight);
}

static char *
painters_key (PuenteMapPainter *const *painters,
              guint                    n_painters)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < n_painters; i++)
    if (puente_map_painter_is_available (painters[i]))
      g_string_append_printf (key, "%s/", puente_map_painter_get_id (painters[i]));
  return g_string_free (key, FALSE);
}

static Placement *
compute (PuenteMapLabels         *self,
         PuenteMapContext        *context,
         PuenteMapPainter *const *painters,
         guint                    n_painters,
         const PuenteMapFrame    *frame,
         const Placement         *previous)
{
  Placer         p = { self, context, puente_map_context_get_basemap (context) };
  PuenteMapFrame area = *frame;
  g_auto(PuenteMapMarks) marks = { 0 };
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr(GArray) unplaced = g_array_new (FALSE, FALSE, sizeof (guint));
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t         *scratch_cr = cairo_create (scratch);
  const char      *selection = puente_map_context_get_selection (context);
  double           left, top;

  area.width = ceil (frame->width * (1 + 2 * AREA_MARGIN));
  area.height = ceil (frame->height * (1 + 2 * AREA_MARGIN));
  puente_map_frame_get_origin (&area, &left, &top);

  p.placement = g_new0 (Placement, 1);
  p.placement->context = context;
  p.placement->generation = puente_map_context_get_generation (context);
  p.placement->year = puente_map_context_get_year (context);
  p.placement->language = puente_map_context_get_language (context);
  p.placement->zoom = frame->zoom;
  p.placement->scale = self->scale;
  p.placement->painters = painters_key (painters, n_painters);
  p.placement->selection = g_strdup (selection);
  p.placement->x0 = left;
  p.placement->y0 = top;
  p.placement->x1 = left + area.width;
  p.placement->y1 = top + area.height;
  p.placement->labels = g_array_new (FALSE, FALSE, sizeof (Label));
  g_array_set_clear_func (p.placement->labels, label_clear);
  p.previous = previous;
  p.width = area.width;
  p.height = area.height;
  p.view[0] = (area.width - frame->width) / 2;
  p.view[1] = (area.height - frame->height) / 2;
  p.view[2] = p.view[0] + frame->width;
  p.view[3] = p.view[1] + frame->height;
  p.layout = create_layout (scratch_cr);

  mask_draw (&p.mask, p.basemap, frame->zoom, left, top, area.width, area.height);
  taken_init (&p.taken, area.width, area.height);
  p.leaders = g_array_new (FALSE, FALSE, sizeof (double));

  /* Every symbol shown is taken. */
  puente_map_marks_init (&marks);
  for (guint i = 0; i < n_painters; i++)
    puente_map_painter_collect_marks (painters[i], &area, &marks);
  for (guint i = 0; i < marks.obstacles->len; i++)
    {
      const PuenteMapObstacle *o = &g_array_index (marks.obstacles, PuenteMapObstacle, i);
      Shape                    shape = { 0 };

      if (o->square)
        {
          shape.x0 = o->x - o->radius;
          shape.y0 = o->y - o->radius;
          shape.x1 = o->x + o->radius;
          shape.y1 = o->y + o->radius;
        }
      else
        {
          shape.cx = o->x;
          shape.cy = o->y;
          shape.r = MAX (o->radius, 0.5);
        }
      taken_add (&p.taken, &shape);
    }

  /* States: the selected one first, then the smaller (they have the least
   * room); countries around them; the US's and Mexico's own names only
   * zoomed out, where the states' names do not fit. */
  for (guint i = 0; i < puente_basemap_get_n_features (p.basemap); i++)
    {
      const PuenteBasemapFeature *f = puente_basemap_get_feature (p.basemap, i);
      const char                 *country = puente_basemap_feature_get_country (f);
      gboolean                    focus = g_str_equal (country, "US") || g_str_equal (country, "MX");
      Ranked                      r = { i };

      if (puente_basemap_feature_get_kind (f) == PUENTE_BASEMAP_FEATURE_STATE)
        {
          if (!focus)
            continue;
          r.order = g_strcmp0 (selection, puente_basemap_feature_get_id (f)) == 0
            ? -1
            : puente_basemap_feature_get_area (f, frame->zoom);
        }
      else if (focus)
        {
          if (frame->zoom >= 3.75)
            continue;
          r.order = 3e12;
        }
      else
        r.order = 1e12 + 1e9 / MAX (puente_basemap_feature_get_area (f, frame->zoom), 1);
      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    {
      guint                       index = g_array_index (ranked, Ranked, i).index;
      const PuenteBasemapFeature *f = puente_basemap_get_feature (p.basemap, index);

      if (puente_basemap_feature_get_kind (f) != PUENTE_BASEMAP_FEATURE_STATE)
        continue;
      if (!place_feature (&p, f, index))
        g_array_append_val (unplaced, index);
    }
  /* The states too small for any name in them, by callouts; then the
   * countries. */
  for (guint i = 0; i < unplaced->len; i++)
    {
      guint index = g_array_index (unplaced, guint, i);

      place_callout (&p, puente_basemap_get_feature (p.basemap, index), index);
    }
  for (guint i = 0; i < ranked->len; i++)
    {
      guint                       index = g_array_index (ranked, Ranked, i).index;
      const PuenteBasemapFeature *f = puente_basemap_get_feature (p.basemap, index);

      if (puente_basemap_feature_get_kind (f) != PUENTE_BASEMAP_FEATURE_STATE)
        place_feature (&p, f, index);
    }

  /* Places, larger symbols first, from the zoom their layer names them. */
  g_array_sort (marks.places, compare_places);
  for (guint i = 0; i < marks.places->len; i++)
    {
      const PuenteMapPlaceLabel *place_label = &g_array_index (marks.places, PuenteMapPlaceLabel, i);

      if (frame->zoom >= place_label->min_zoom && place_label->text != NULL)
        place_place (&p, place_label, left, top);
    }

  taken_clear (&p.taken);
  g_array_unref (p.leaders);
  mask_clear (&p.mask);
  g_object_unref (p.layout);
  cairo_destroy (scratch_cr);
  cairo_surface_destroy (scratch);
  return p.placement;
}

static gboolean
placement_valid (const Placement         *placement,
                 PuenteMapLabels         *self,
                 PuenteMapContext        *context,
                 PuenteMapPainter *const *painters,
                 guint                    n_painters,
                 const PuenteMapFrame    *frame)
{
  g_autofree char *key = NULL;
  double           left, top;

  if (placement == NULL || placement->context != context || placement->zoom != frame->zoom || placement->scale != self->scale || placement->generation != puente_map_context_get_generation (context) || placement->year != puente_map_context_get_year (context) || placement->language != puente_map_context_get_language (context) || g_strcmp0 (placement->selection, puente_map_context_get_selection (context)) != 0)
    return FALSE;
  puente_map_frame_get_origin (frame, &left, &top);
  if (left < placement->x0 || top < placement->y0 || left + frame->width > placement->x1 || top + frame->height > placement->y1)
    return FALSE;
  key = painters_key (painters, n_painters);
  return g_str_equal (key, placement->painters);
}

static const Placement *
get_placement (PuenteMapLabels         *self,
               PuenteMapContext        *context,
               PuenteMapPainter *const *painters,
               guint                    n_painters,
               const PuenteMapFrame    *frame)
{
  Placement *placement;

  if (placement_valid (self->placement, self, context, painters, n_painters, frame))
    {
      self->reuses++;
      return self->placement;
    }
  /* Names keep their spot from the last placement at this zoom. */
  placement = compute (self, context, painters, n_painters, frame,
                       self->placement != NULL && self->placement->zoom == frame->zoom && self->placement->scale == self->scale ? self->placement : NULL);
  placement_free (self->placement);
  self->placement = placement;
  self->placements++;
  return placement;
}

/* ---- drawing ------------------------------------------------------------ */

typedef struct
{
  PuenteRgb text;
  PuenteRgb halo;
  double    halo_alpha;
} Colours;

void
puente_map_label_colours_on (const PuenteRgb *ground,
                             PuenteRgb       *text,
                             PuenteRgb       *halo,
                             double          *halo_alpha)
{
  static const PuenteRgb dark = PUENTE_MAP_LABEL_DARK;
  static const PuenteRgb light = PUENTE_MAP_LABEL_LIGHT;
  gboolean               light_text = puente_rgb_contrast (&light, ground) > puente_rgb_contrast (&dark, ground);

  g_return_if_fail (ground != NULL && text != NULL && halo != NULL && halo_alpha != NULL);

  *text = light_text ? light : dark;
  *halo = light_text ? dark : light;
  *halo_alpha = 0.9;
}

static void
colours_for (const Label         *label,
             PuenteMapContext    *context,
             PuenteStatesPainter *states,
             Colours             *colours)
{
  gboolean  dark_map = puente_map_context_get_style (context) == PUENTE_BASEMAP_STYLE_DARK;
  PuenteRgb fill;

  if (label->kind == PUENTE_MAP_LABEL_STATE && !label->callout && states != NULL && puente_states_painter_get_fill (states, label->id, &fill))
    puente_map_label_colours_on (&fill, &colours->text, &colours->halo, &colours->halo_alpha);
  else if (dark_map)
    *colours = (Colours){ PUENTE_MAP_LABEL_LIGHT, PUENTE_MAP_LABEL_DARK, 0.9 };
  else
    *colours = (Colours){ PUENTE_MAP_LABEL_DARK, PUENTE_MAP_LABEL_LIGHT, 0.9 };
  if (label->kind == PUENTE_MAP_LABEL_COUNTRY)
    {
      /* Grey on the grey context land: quieter than the states. */
      if (dark_map)
        colours->text = (PuenteRgb){ 0.82, 0.82, 0.8 };
      else
        colours->text = (PuenteRgb){ 0.33, 0.32, 0.36 };
    }
}

static guint32
colours_key (const Colours *c)
{
  return ((guint32) (c->text.r * 15) << 12) | ((guint32) (c->text.g * 15) << 8) | ((guint32) (c->text.b * 15) << 4) | (guint32) (c->halo.r * 15);
}

/* Halo, then text, with the box's corner at (@x, @y). */
static void
draw_text (cairo_t       *cr,
           PangoLayout   *layout,
           const Label   *label,
           const Colours *colours,
           double         scale,
           double         x,
           double         y)
{
  setup_layout (layout, label);
  cairo_new_path (cr);
  cairo_move_to (cr, x + 1 + label->ox, y + label->oy);
  pango_cairo_layout_path (cr, layout);
  cairo_set_source_rgba (cr, colours->halo.r, colours->halo.g, colours->halo.b, colours->halo_alpha);
  cairo_set_line_width (cr, 3.2 * scale);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_move_to (cr, x + 1 + label->ox, y + label->oy);
  cairo_set_source_rgb (cr, colours->text.r, colours->text.g, colours->text.b);
  pango_cairo_show_layout (cr, layout);
}

/* A callout's line from its box (corner at @x, @y) to (@tx, @ty): dark on
 * a light halo, whatever is under it (callouts sit beside their state, over
 * the sea or a neighbour, not on their own fill). */
static void
draw_leader (cairo_t       *cr,
             const Label   *label,
             const Colours *colours,
             double         scale,
             double         x,
             double         y,
             double         tx,
             double         ty)
{
  double ex = CLAMP (tx, x, x + label->w), ey = CLAMP (ty, y, y + label->h);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_new_path (cr);
  cairo_move_to (cr, ex, ey);
  cairo_line_to (cr, tx, ty);
  cairo_set_source_rgba (cr, colours->halo.r, colours->halo.g, colours->halo.b, colours->halo_alpha);
  cairo_set_line_width (cr, 3 * scale);
  cairo_stroke_preserve (cr);
  cairo_set_source_rgb (cr, colours->text.r, colours->text.g, colours->text.b);
  cairo_set_line_width (cr, 1.2 * scale);
  cairo_stroke (cr);
  cairo_arc (cr, tx, ty, 1.8 * scale, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);
}

static gboolean
is_vector (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The name as a picture, redrawn when its colours change. */
static cairo_surface_t *
get_sprite (Label         *label,
            const Colours *colours,
            double         scale,
            double         device_scale)
{
  guint32 key = colours_key (colours);
  int     margin = (int) ceil (2 * scale) + 1;

  if (label->sprite == NULL || label->sprite_colours != key || label->sprite_scale != device_scale)
    {
      cairo_t     *cr;
      PangoLayout *layout;

      g_clear_pointer (&label->sprite, cairo_surface_destroy);
      label->sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                  (int) ceil ((label->w + 2 * margin) * device_scale),
                                                  (int) ceil ((label->h + 2 * margin) * device_scale));
      cairo_surface_set_device_scale (label->sprite, device_scale, device_scale);
      cr = cairo_create (label->sprite);
      layout = create_layout (cr);
      draw_text (cr, layout, label, colours, scale, margin, margin);
      g_object_unref (layout);
      cairo_destroy (cr);
      label->sprite_colours = key;
      label->sprite_scale = device_scale;
    }
  return label->sprite;
}

static PuenteStatesPainter *
find_states (PuenteMapPainter *const *painters,
             guint                    n_painters)
{
  for (guint i = 0; i < n_painters; i++)
    if (PUENTE_IS_STATES_PAINTER (painters[i]) && puente_map_painter_is_available (painters[i]))
      return PUENTE_STATES_PAINTER (painters[i]);
  return NULL;
}

void
puente_map_labels_draw (PuenteMapLabels         *self,
                        PuenteMapContext        *context,
                        PuenteMapPainter *const *painters,
                        guint                    n_painters,
                        cairo_t                 *cr,
                        const PuenteMapFrame    *frame)
{
  const Placement     *placement;
  PuenteStatesPainter *states;
  PangoLayout         *layout = NULL;
  gboolean             vector;
  double               left, top;

  g_return_if_fail (self != NULL);
  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));
  g_return_if_fail (cr != NULL && frame != NULL);

  if (frame->width < 1 || frame->height < 1)
    return;
  placement = get_placement (self, context, painters, n_painters, frame);
  states = find_states (painters, n_painters);
  vector = is_vector (cr);
  puente_map_frame_get_origin (frame, &left, &top);

  cairo_save (cr);
  for (guint i = 0; i < placement->labels->len; i++)
    {
      Label  *label = &g_array_index (placement->labels, Label, i);
      double  x = label->cx - label->w / 2 - left, y = label->cy - label->h / 2 - top;
      Colours colours;

      if (x + label->w < -4 || y + label->h < -4 || x > frame->width + 4 || y > frame->height + 4)
        continue;
      colours_for (label, context, states, &colours);
      if (label->callout)
        draw_leader (cr, label, &colours, self->scale, x, y, label->ax - left, label->ay - top);
      if (vector)
        {
          if (layout == NULL)
            layout = create_layout (cr);
          draw_text (cr, layout, label, &colours, self->scale, x, y);
        }
      else
        {
          int              margin = (int) ceil (2 * self->scale) + 1;
          cairo_surface_t *sprite = get_sprite (label, &colours, self->scale, self->device_scale);
          double           ds = self->device_scale;

          /* Whole device pixels: no resampling blur. */
          cairo_set_source_surface (cr, sprite, round ((x - margin) * ds) / ds, round ((y - margin) * ds) / ds);
          cairo_paint (cr);
        }
    }
  cairo_restore (cr);
  g_clear_object (&layout);
}

void
puente_map_labels_measure (PuenteMapLabels   *self,
                           PuenteMapLabelKind kind,
                           const char        *text,
                           double             zoom,
                           double            *width,
                           double            *height)
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  PangoLayout     *layout;
  Label            label;

  g_return_if_fail (self != NULL && text != NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  layout = create_layout (cr);
  init_text_label (&label, layout, self->scale, zoom, kind, NULL, text, -1);
  *width = label.w;
  *height = label.h;
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

GArray *
puente_map_labels_get_boxes (PuenteMapLabels         *self,
                             PuenteMapContext        *context,
                             PuenteMapPainter *const *painters,
                             guint                    n_painters,
                             const PuenteMapFrame    *frame)
{
  const Placement *placement;
  GArray          *boxes;
  double           left, top;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), NULL);
  g_return_val_if_fail (frame != NULL, NULL);

  boxes = g_array_new (FALSE, FALSE, sizeof (PuenteMapLabelBox));
  if (frame->width < 1 || frame->height < 1)
    return boxes;
  placement = get_placement (self, context, painters, n_painters, frame);
  puente_map_frame_get_origin (frame, &left, &top);
  for (guint i = 0; i < placement->labels->len; i++)
    {
      const Label      *label = &g_array_index (placement->labels, Label, i);
      PuenteMapLabelBox box = {
        label->kind,
        label->id,
        label->text,
        label->abbreviated,
        label->cx - label->w / 2 - left,
        label->cy - label->h / 2 - top,
        label->w,
        label->h,
      };

      if (box.x + box.width < 0 || box.y + box.height < 0 || box.x > frame->width || box.y > frame->height)
        continue;
      g_array_append_val (boxes, box);
    }
  return boxes;
}
