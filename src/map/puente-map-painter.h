/* puente-map-painter.h: what a data layer of the map draws, with Cairo alone
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A painter is a data layer without a widget: it draws its picture of a
 * context in a frame, hit-tests it, describes its places, draws its legend
 * and says where its symbols and named places are (for the labels). It has
 * no GTK in it: the map's ShumateLayers (puente-map-layer.h) show a painter
 * on screen, and the exports (puente-map-export.h) draw the same painters
 * in PNG, SVG and PDF, in the window and in puente-cli alike.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "puente-map-context.h"
#include "puente-map-style.h"

G_BEGIN_DECLS

/* Where the labels must not go, in a frame's pixels: a symbol. */
typedef struct
{
  double   x, y;   /* centre */
  double   radius; /* a disc, or half the side of a square */
  gboolean square;
} PuenteMapObstacle;

/* A place a layer names at closer zooms, beside its symbol. */
typedef struct
{
  const char *id;       /* borrowed from the dataset */
  const char *text;     /* borrowed: the place's name in the context's language */
  double      x, y;     /* the symbol's centre, frame pixels */
  double      radius;   /* the symbol's radius: the name goes beside it */
  double      weight;   /* higher is more important (symbol size) */
  double      min_zoom; /* named from this zoom on */
} PuenteMapPlaceLabel;

/* What the labels pass asks of every painter shown. */
typedef struct
{
  GArray *obstacles; /* of PuenteMapObstacle */
  GArray *places;    /* of PuenteMapPlaceLabel */
} PuenteMapMarks;

#define PUENTE_TYPE_MAP_PAINTER (puente_map_painter_get_type ())

G_DECLARE_DERIVABLE_TYPE (PuenteMapPainter, puente_map_painter, PUENTE, MAP_PAINTER, GObject)

struct _PuenteMapPainterClass
{
  GObjectClass parent_class;

  /* Stable id for settings and the command line: "states", "charging",
   * "used", "ports", "transit", "supply", "stations". */
  const char  *layer_id;
  /* Untranslated (marked N_) name and source line, for the default
   * get_title () and get_sources (). */
  const char  *title;
  const char  *sources;

  /* Whether the model and dataset have what the layer shows. */
  gboolean (*is_available) (PuenteMapPainter *self);
  /* Translated name for the layers popover and the legend. */
  const char *(*get_title) (PuenteMapPainter *self);
  /* Translated source line ("Data: ..."), or NULL. */
  const char *(*get_sources) (PuenteMapPainter *self);
  /* The value proportional symbols are scaled by, over all years and
   * scenarios; puente_map_painter_get_reference () keeps it per
   * generation of the context's results. */
  double (*compute_reference) (PuenteMapContext *context);
  void (*draw) (PuenteMapPainter     *self,
                cairo_t              *cr,
                const PuenteMapFrame *frame);
  /* The id of the place at (@x, @y) of @frame, or NULL. */
  char *(*hit_test) (PuenteMapPainter     *self,
                     const PuenteMapFrame *frame,
                     double                x,
                     double                y);
  /* One or two lines about @id for a tooltip, or NULL. */
  char *(*describe) (PuenteMapPainter *self,
                     const char       *id);
  /* Draws the legend at (@x, @y) within @width; @cr NULL only measures.
   * Returns the height. */
  double (*draw_legend) (PuenteMapPainter           *self,
                         cairo_t                    *cr,
                         const PuenteMapLegendStyle *style,
                         double                      x,
                         double                      y,
                         double                      width);
  /* Appends the symbols drawn in @frame and the places they name. */
  void (*collect_marks) (PuenteMapPainter     *self,
                         const PuenteMapFrame *frame,
                         PuenteMapMarks       *marks);

  gpointer padding[6];
};

/* A painter of @painter_type showing @context. */
PuenteMapPainter  *puente_map_painter_new (GType             painter_type,
                                           PuenteMapContext *context);
/* The built-in painter with @layer_id ("states", "charging", "used",
 * "transit", "stations", "ports", "supply"), or NULL for an unknown id.
 * The stations painter is available once it is given stations. */
PuenteMapPainter  *puente_map_painter_new_for_id (const char       *layer_id,
                                                  PuenteMapContext *context);
/* The built-in layers' ids, bottom to top, NULL-terminated. */
const char *const *puente_map_painter_list_ids (void);

PuenteMapContext  *puente_map_painter_get_context (PuenteMapPainter *self);
const char        *puente_map_painter_get_id (PuenteMapPainter *self);
/* The context's language: every text the painter draws or describes. */
PuenteLang         puente_map_painter_get_language (PuenteMapPainter *self);
const char        *puente_map_painter_get_title (PuenteMapPainter *self);
const char        *puente_map_painter_get_sources (PuenteMapPainter *self);
gboolean           puente_map_painter_is_available (PuenteMapPainter *self);
void               puente_map_painter_draw (PuenteMapPainter     *self,
                                            cairo_t              *cr,
                                            const PuenteMapFrame *frame);
char              *puente_map_painter_hit_test (PuenteMapPainter     *self,
                                                const PuenteMapFrame *frame,
                                                double                x,
                                                double                y);
char              *puente_map_painter_describe (PuenteMapPainter *self,
                                                const char       *id);
double             puente_map_painter_draw_legend (PuenteMapPainter           *self,
                                                   cairo_t                    *cr,
                                                   const PuenteMapLegendStyle *style,
                                                   double                      x,
                                                   double                      y,
                                                   double                      width);
void               puente_map_painter_collect_marks (PuenteMapPainter     *self,
                                                     const PuenteMapFrame *frame,
                                                     PuenteMapMarks       *marks);
/* The class's compute_reference () for the context's results, computed
 * once per generation. */
double             puente_map_painter_get_reference (PuenteMapPainter *self);
/* Device pixels per logical pixel where the picture lands (1 unless set):
 * painters that draw cached pixels draw them that sharp. */
double             puente_map_painter_get_device_scale (PuenteMapPainter *self);
void               puente_map_painter_set_device_scale (PuenteMapPainter *self,
                                                        double            scale);

void               puente_map_marks_init (PuenteMapMarks *marks);
void               puente_map_marks_clear (PuenteMapMarks *marks);
void               puente_map_marks_add_obstacle (PuenteMapMarks *marks,
                                                  double          x,
                                                  double          y,
                                                  double          radius,
                                                  gboolean        square);
void               puente_map_marks_add_place (PuenteMapMarks *marks,
                                               const char     *id,
                                               const char     *text,
                                               double          x,
                                               double          y,
                                               double          radius,
                                               double          weight,
                                               double          min_zoom);

/* How much symbols grow with the zoom: 1 at zoom 4.5. */
double             puente_map_symbol_scale (const PuenteMapFrame *frame);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PuenteMapMarks, puente_map_marks_clear)

G_END_DECLS
