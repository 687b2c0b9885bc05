/* puente-transit-painter.c: transit cities: bus fleets and their electric share
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A disc per city, its area proportional to the transit bus fleet in the
 * year, coloured by the share of battery-electric buses.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-format.h"
#include "puente-i18n.h"
#include "puente-map-points-private.h"
#include "puente-transit-painter.h"

static const double share_breaks[] = { 0.05, 0.15, 0.3, 0.5, 0.75 };

static char *
format_colour (double     value,
               gboolean   difference,
               PuenteLang lang)
{
  if (difference)
    {
      g_autofree char *number = puente_format_number (lang, value * 100, 0);

      /* Translators: a difference of shares in percentage points */
      return g_strdup_printf (puente_gettext (lang, "%s%s pp"), value > 0 ? "+" : "", number);
    }
  return puente_format_percent (lang, value, 0);
}

static void
get_place (const PuenteDataset *dataset,
           guint                index,
           PuentePlace         *place)
{
  const PuenteCity *city = puente_dataset_get_city (dataset, index);

  *place = (PuentePlace){ city->id, city->lat, city->lon };
}

static const PuentePointSpec spec = {
  PUENTE_TRANSIT_FLEET,
  PUENTE_TRANSIT_EBUS_SHARE,
  PUENTE_MAP_RAMP_CIVIDIS,
  20.0,
  share_breaks,
  G_N_ELEMENTS (share_breaks),
  FALSE,
  puente_dataset_get_n_cities,
  get_place,
  format_colour,
  format_colour,
  .label_min_zoom = 5.5,
};

gboolean
puente_transit_is_available (PuenteMapContext *context)
{
  /* The engine's transit module may not be there yet: then no painter. */
  return puente_points_is_available (context, &spec);
}

void
puente_transit_paint (PuenteMapContext     *context,
                      cairo_t              *cr,
                      const PuenteMapFrame *frame)
{
  puente_points_paint (context, &spec, cr, frame);
}

/* ---- the painter -------------------------------------------------------- */

struct _PuenteTransitPainter
{
  PuentePointPainter parent_instance;
};

G_DEFINE_FINAL_TYPE (PuenteTransitPainter, puente_transit_painter, PUENTE_TYPE_POINT_PAINTER)

static char *
transit_format_tooltip (PuentePointPainter *painter,
                        const char         *name,
                        const char         *size_text,
                        const char         *colour_text)
{
  PuenteLang lang = puente_map_painter_get_language (PUENTE_MAP_PAINTER (painter));
  /* Translators: tooltip: a city, its bus fleet, the e-bus share */
  return g_strdup_printf (puente_gettext (lang, "%s\nTransit buses: %s\nBattery-electric share: %s"), name, size_text, colour_text);
}

static char *
transit_format_legend_title (PuentePointPainter *painter,
                             int                 year)
{
  PuenteLang lang = puente_map_painter_get_language (PUENTE_MAP_PAINTER (painter));
  /* Translators: legend title with the year */
  return g_strdup_printf (puente_gettext (lang, "Transit cities, %d"), year);
}

static char *
transit_format_size_key (PuentePointPainter *painter,
                         const char         *number)
{
  PuenteLang lang = puente_map_painter_get_language (PUENTE_MAP_PAINTER (painter));
  return g_strdup_printf (puente_gettext (lang, "%s buses"), number);
}

static void
puente_transit_painter_class_init (PuenteTransitPainterClass *klass)
{
  PuenteMapPainterClass   *painter_class = PUENTE_MAP_PAINTER_CLASS (klass);
  PuentePointPainterClass *point_class = PUENTE_POINT_PAINTER_CLASS (klass);

  painter_class->layer_id = "transit";
  painter_class->title = N_ ("Transit cities");
  painter_class->sources = N_ ("Transit: agencies’ fleet reports (US NTD, Mexican city governments); projections: Puente model");
  point_class->spec = &spec;
  point_class->colour_title = N_ ("Battery-electric share of the bus fleet");
  point_class->colour_difference_title = N_ ("Battery-electric share, B − A");
  point_class->format_tooltip = transit_format_tooltip;
  point_class->format_legend_title = transit_format_legend_title;
  point_class->format_size_key = transit_format_size_key;
}

static void
puente_transit_painter_init (PuenteTransitPainter *self)
{
}
