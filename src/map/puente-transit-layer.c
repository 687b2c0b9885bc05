/* puente-transit-layer.c: transit cities: bus fleets and their electric share
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
#include "puente-map-points-private.h"
#include "puente-transit-layer.h"

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
      return g_strdup_printf (_("%s%s pp"), value > 0 ? "+" : "", number);
    }
  return puente_format_percent (lang, value, 0);
}

static GArray *
get_places (PuenteDataset *dataset)
{
  GArray *places = g_array_new (FALSE, FALSE, sizeof (PuentePlace));

  for (guint i = 0; i < puente_dataset_get_n_cities (dataset); i++)
    {
      const PuenteCity *item = puente_dataset_get_city (dataset, i);
      PuentePlace place = { item->id, item->lat, item->lon };

      g_array_append_val (places, place);
    }
  return places;
}

static const PuentePointSpec spec = {
  PUENTE_TRANSIT_FLEET, PUENTE_TRANSIT_EBUS_SHARE, PUENTE_MAP_RAMP_CIVIDIS, 20.0,
  share_breaks, G_N_ELEMENTS (share_breaks),
  FALSE, get_places, format_colour, format_colour,
};

gboolean
puente_transit_is_available (PuenteMapContext *context)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), FALSE);

  /* The engine's transit module may not be there yet: then no layer. */
  return puente_points_is_available (context, &spec,
                                     puente_dataset_get_n_cities (puente_map_context_get_dataset (context)));
}

void
puente_transit_paint (PuenteMapContext     *context,
                    cairo_t              *cr,
                    const PuenteMapFrame *frame)
{
  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));

  if (puente_transit_is_available (context))
    puente_points_paint (context, &spec, cr, frame);
}

/* ---- the layer ---------------------------------------------------------- */

struct _PuenteTransitLayer
{
  PuenteMapLayer parent_instance;

  PuentePoints   points;
};

G_DEFINE_FINAL_TYPE (PuenteTransitLayer, puente_transit_layer, PUENTE_TYPE_MAP_LAYER)

static gboolean
transit_is_available (PuenteMapLayer *layer)
{
  return puente_transit_is_available (puente_map_layer_get_context (layer));
}

static const char *
transit_get_title (PuenteMapLayer *layer)
{
  return _("Transit cities");
}

static const char *
transit_get_sources (PuenteMapLayer *layer)
{
  return _("Transit: agencies’ fleet reports (US NTD, Mexican city governments); projections: Puente model");
}

static void
transit_draw (PuenteMapLayer       *layer,
            cairo_t              *cr,
            const PuenteMapFrame *frame)
{
  puente_points_draw (&PUENTE_TRANSIT_LAYER (layer)->points, puente_map_layer_get_context (layer), cr, frame);
}

static char *
transit_hit_test (PuenteMapLayer       *layer,
                const PuenteMapFrame *frame,
                double                x,
                double                y)
{
  return puente_points_hit_test (&PUENTE_TRANSIT_LAYER (layer)->points, puente_map_layer_get_context (layer),
                                 frame, x, y);
}

static char *
transit_describe (PuenteMapLayer *layer,
                const char     *id)
{
  const char *name;
  g_autofree char *size_text = NULL;
  g_autofree char *colour_text = NULL;

  if (!puente_points_describe (puente_map_layer_get_context (layer), &spec, id, &name, &size_text, &colour_text))
    return NULL;
  /* Translators: tooltip: a city, its bus fleet, the e-bus share */
  return g_strdup_printf (_("%s\nTransit buses: %s\nBattery-electric share: %s"), name, size_text, colour_text);
}

static double
transit_draw_legend (PuenteMapLayer             *layer,
                   cairo_t                    *cr,
                   const PuenteMapLegendStyle *legend,
                   double                      x,
                   double                      y,
                   double                      width)
{
  PuenteTransitLayer *self = PUENTE_TRANSIT_LAYER (layer);
  PuenteMapContext *context = puente_map_layer_get_context (layer);
  g_autofree char *title = NULL;
  g_autofree char *key_number = puente_points_key_number (&self->points, context);
  g_autofree char *key_text = NULL;

  /* Translators: legend title with the year */
  title = g_strdup_printf (_("Transit cities, %d"), puente_map_context_get_year (context));
  key_text = g_strdup_printf (_("%s buses"), key_number);
  return puente_points_legend (&self->points, context, cr, legend, title,
                               puente_map_context_is_difference (context)
                               ? _("Battery-electric share, B − A")
                               : _("Battery-electric share of the bus fleet"),
                               key_text, x, y, width);
}

static void
puente_transit_layer_finalize (GObject *object)
{
  PuenteTransitLayer *self = PUENTE_TRANSIT_LAYER (object);

  puente_points_clear (&self->points);

  G_OBJECT_CLASS (puente_transit_layer_parent_class)->finalize (object);
}

static void
puente_transit_layer_class_init (PuenteTransitLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PuenteMapLayerClass *layer_class = PUENTE_MAP_LAYER_CLASS (klass);

  object_class->finalize = puente_transit_layer_finalize;
  layer_class->layer_id = "transit";
  layer_class->is_available = transit_is_available;
  layer_class->get_title = transit_get_title;
  layer_class->get_sources = transit_get_sources;
  layer_class->draw = transit_draw;
  layer_class->hit_test = transit_hit_test;
  layer_class->describe = transit_describe;
  layer_class->draw_legend = transit_draw_legend;
}

static void
puente_transit_layer_init (PuenteTransitLayer *self)
{
  puente_points_init (&self->points, &spec);
}

PuenteMapLayer *
puente_transit_layer_new (ShumateViewport  *viewport,
                        PuenteMapContext *context)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), NULL);

  return g_object_new (PUENTE_TYPE_TRANSIT_LAYER, "viewport", viewport, "context", context, NULL);
}
