/* puente-map-labels.h: the map's names, placed for the whole view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the whole view, above the data layers, names the states,
 * the countries around them and, at closer zooms, the ports, transit cities
 * and supply-chain sites the layers shown draw. Each name goes where it
 * touches no other name and no symbol of any layer shown: a state's name
 * moves inside its state away from its charging rings and city discs,
 * wraps on two lines, or shrinks to its abbreviation (INEGI's for Mexico,
 * USPS's for the US: puente_state_get_abbreviation ()); a place's name
 * goes beside its symbol. Smaller states are placed first (they have the
 * least room), then larger ones, countries, and places by symbol size.
 * Every name has a halo: light text on dark fills, dark text on light
 * ones.
 *
 * A placement is kept for the zoom and reused while the map pans, so names
 * do not jump; it covers the view and a quarter view around it, and a new one
 * (when the view leaves that, or the zoom, language, year, scenarios or
 * layers change) keeps the names it can where they were. Cairo only: the
 * map's labels layer and the exports draw the same names at the same
 * places.
 */
#pragma once

#include "puente-map-painter.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_MAP_LABEL_STATE,
  PUENTE_MAP_LABEL_COUNTRY,
  PUENTE_MAP_LABEL_PLACE,
} PuenteMapLabelKind;

/* A placed name. */
typedef struct
{
  PuenteMapLabelKind kind;
  const char        *id;   /* a state or country code, or a place id */
  const char        *text; /* as drawn; valid until the next placement */
  gboolean           abbreviated;
  double             x, y; /* top-left corner of the text's box, frame pixels */
  double             width, height;
} PuenteMapLabelBox;

typedef struct _PuenteMapLabels PuenteMapLabels;

PuenteMapLabels                *puente_map_labels_new (void);
/* A name's text is black or white, whichever stands out more from what
 * is under it (at worst 4.6:1, WCAG AA), on a halo of the other. */
#define PUENTE_MAP_LABEL_DARK \
  {                           \
    0, 0, 0                   \
  }
#define PUENTE_MAP_LABEL_LIGHT \
  {                            \
    1, 1, 1                    \
  }

void    puente_map_label_colours_on (const PuenteRgb *ground,
                                     PuenteRgb       *text,
                                     PuenteRgb       *halo,
                                     double          *halo_alpha);

void    puente_map_labels_free (PuenteMapLabels *self);

/* How big the names are: 1 normally, more in Present mode (a projector's
 * back row). Between 0.5 and 4. */
double  puente_map_labels_get_scale (PuenteMapLabels *self);
void    puente_map_labels_set_scale (PuenteMapLabels *self,
                                     double           scale);
/* Device pixels per logical pixel of the screen the names land on: names
 * drawn on an image or a screen are kept as pictures that sharp and reused
 * while the map pans. Vector surfaces (PDF, SVG) always get text. */
void    puente_map_labels_set_device_scale (PuenteMapLabels *self,
                                            double           scale);

/* Draws the names of @context in @frame, placed around the symbols of
 * @painters (the layers shown, any order; those not available are
 * skipped): placed now, or taken from the placement of an earlier frame. */
void    puente_map_labels_draw (PuenteMapLabels         *self,
                                PuenteMapContext        *context,
                                PuenteMapPainter *const *painters,
                                guint                    n_painters,
                                cairo_t                 *cr,
                                const PuenteMapFrame    *frame);
/* The names puente_map_labels_draw () draws in @frame, as boxes (an array
 * of PuenteMapLabelBox), for tests and hit-testing. */
GArray *puente_map_labels_get_boxes (PuenteMapLabels         *self,
                                     PuenteMapContext        *context,
                                     PuenteMapPainter *const *painters,
                                     guint                    n_painters,
                                     const PuenteMapFrame    *frame);
/* The box a name of @kind takes at @zoom (on one line, its halo's room
 * included), in logical pixels. */
void    puente_map_labels_measure (PuenteMapLabels   *self,
                                   PuenteMapLabelKind kind,
                                   const char        *text,
                                   double             zoom,
                                   double            *width,
                                   double            *height);
/* How many placements were computed, and how many frames reused one. */
void    puente_map_labels_get_stats (PuenteMapLabels *self,
                                     guint           *placements,
                                     guint           *reuses);

G_END_DECLS
