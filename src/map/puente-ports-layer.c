/* puente-ports-layer.c: ports of entry: truck crossings and charging power
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A square per port of entry on the US side of the crossing, its area
 * proportional to northbound truck crossings in the year, coloured by the
 * peak charging power the electric trucks crossing there need.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-format.h"
#include "puente-map-points-private.h"
#include "puente-ports-layer.h"

static char *
format_colour (double     value,
               gboolean   difference,
               PuenteLang lang)
{
  g_autofree char *number = puente_format_number (lang, value, fabs (value) < 10 ? 1 : 0);

  /* Translators: charging power in megawatts */
  return g_strdup_printf (_("%s%s MW"), difference && value > 0 ? "+" : "", number);
}

static char *
format_threshold (double     value,
                  gboolean   difference,
                  PuenteLang lang)
{
  g_autofree char *number = puente_format_number (lang, value, fabs (value) < 1 ? 2 : fabs (value) < 10 ? 1 : 0);

  return difference && value > 0 ? g_strdup_printf ("+%s", number) : g_steal_pointer (&number);
}

static GArray *
get_places (PuenteDataset *dataset)
{
  GArray *places = g_array_new (FALSE, FALSE, sizeof (PuentePlace));

  for (guint i = 0; i < puente_dataset_get_n_ports (dataset); i++)
    {
      const PuentePort *item = puente_dataset_get_port (dataset, i);
      PuentePlace place = { item->id, item->lat, item->lon };

      g_array_append_val (places, place);
    }
  return places;
}

static const PuentePointSpec spec = {
  PUENTE_PORTS_CROSSINGS, PUENTE_PORTS_PEAK_MW, PUENTE_MAP_RAMP_VIRIDIS, 20.0, NULL, 0,
  TRUE, get_places, format_colour, format_threshold,
};

gboolean
puente_ports_is_available (PuenteMapContext *context)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), FALSE);

  /* The engine's freight (medium and heavy duty) module may not be there yet: then no layer. */
  return puente_points_is_available (context, &spec,
                                     puente_dataset_get_n_ports (puente_map_context_get_dataset (context)));
}

void
puente_ports_paint (PuenteMapContext     *context,
                    cairo_t              *cr,
                    const PuenteMapFrame *frame)
{
  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));

  if (puente_ports_is_available (context))
    puente_points_paint (context, &spec, cr, frame);
}

/* ---- the layer ---------------------------------------------------------- */

struct _PuentePortsLayer
{
  PuenteMapLayer parent_instance;

  PuentePoints   points;
};

G_DEFINE_FINAL_TYPE (PuentePortsLayer, puente_ports_layer, PUENTE_TYPE_MAP_LAYER)

static gboolean
ports_is_available (PuenteMapLayer *layer)
{
  return puente_ports_is_available (puente_map_layer_get_context (layer));
}

static const char *
ports_get_title (PuenteMapLayer *layer)
{
  return _("Ports of entry");
}

static const char *
ports_get_sources (PuenteMapLayer *layer)
{
  return _("Ports: CBP/BTS border crossing data; projections: Puente model");
}

static void
ports_draw (PuenteMapLayer       *layer,
            cairo_t              *cr,
            const PuenteMapFrame *frame)
{
  puente_points_draw (&PUENTE_PORTS_LAYER (layer)->points, puente_map_layer_get_context (layer), cr, frame);
}

static char *
ports_hit_test (PuenteMapLayer       *layer,
                const PuenteMapFrame *frame,
                double                x,
                double                y)
{
  return puente_points_hit_test (&PUENTE_PORTS_LAYER (layer)->points, puente_map_layer_get_context (layer),
                                 frame, x, y);
}

static char *
ports_describe (PuenteMapLayer *layer,
                const char     *id)
{
  const char *name;
  g_autofree char *size_text = NULL;
  g_autofree char *colour_text = NULL;

  if (!puente_points_describe (puente_map_layer_get_context (layer), &spec, id, &name, &size_text, &colour_text))
    return NULL;
  /* Translators: tooltip: a port of entry, truck crossings a year, charging power */
  return g_strdup_printf (_("%s\nTruck crossings: %s a year\nPeak charging power: %s"), name, size_text, colour_text);
}

static double
ports_draw_legend (PuenteMapLayer             *layer,
                   cairo_t                    *cr,
                   const PuenteMapLegendStyle *legend,
                   double                      x,
                   double                      y,
                   double                      width)
{
  PuentePortsLayer *self = PUENTE_PORTS_LAYER (layer);
  PuenteMapContext *context = puente_map_layer_get_context (layer);
  g_autofree char *title = NULL;
  g_autofree char *key_number = puente_points_key_number (&self->points, context);
  g_autofree char *key_text = NULL;

  /* Translators: legend title with the year */
  title = g_strdup_printf (_("Ports of entry, %d"), puente_map_context_get_year (context));
  key_text = g_strdup_printf (_("%s truck crossings a year"), key_number);
  return puente_points_legend (&self->points, context, cr, legend, title,
                               puente_map_context_is_difference (context)
                               ? _("Peak charging power, B − A (MW)")
                               : _("Peak charging power for electric trucks (MW)"),
                               key_text, x, y, width);
}

static void
puente_ports_layer_finalize (GObject *object)
{
  PuentePortsLayer *self = PUENTE_PORTS_LAYER (object);

  puente_points_clear (&self->points);

  G_OBJECT_CLASS (puente_ports_layer_parent_class)->finalize (object);
}

static void
puente_ports_layer_class_init (PuentePortsLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PuenteMapLayerClass *layer_class = PUENTE_MAP_LAYER_CLASS (klass);

  object_class->finalize = puente_ports_layer_finalize;
  layer_class->layer_id = "ports";
  layer_class->is_available = ports_is_available;
  layer_class->get_title = ports_get_title;
  layer_class->get_sources = ports_get_sources;
  layer_class->draw = ports_draw;
  layer_class->hit_test = ports_hit_test;
  layer_class->describe = ports_describe;
  layer_class->draw_legend = ports_draw_legend;
}

static void
puente_ports_layer_init (PuentePortsLayer *self)
{
  puente_points_init (&self->points, &spec);
}

PuenteMapLayer *
puente_ports_layer_new (ShumateViewport  *viewport,
                        PuenteMapContext *context)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), NULL);

  return g_object_new (PUENTE_TYPE_PORTS_LAYER, "viewport", viewport, "context", context, NULL);
}
