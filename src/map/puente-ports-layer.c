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

static const PuentePointSpec spec = {
  PUENTE_PORTS_CROSSINGS, PUENTE_PORTS_PEAK_MW, PUENTE_MAP_RAMP_VIRIDIS, 20.0, NULL, 0,
};

static char *
format_colour (double     value,
               gboolean   difference,
               PuenteLang lang)
{
  g_autofree char *number = puente_format_number (lang, value, fabs (value) < 10 ? 1 : 0);

  /* Translators: charging power in megawatts */
  return g_strdup_printf (_("%s%s MW"), difference && value > 0 ? "+" : "", number);
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

gboolean
puente_ports_is_available (PuenteMapContext *context)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), FALSE);

  /* The engine's freight (medium and heavy duty) module may not be there yet: then no layer. */
  return puente_dataset_get_n_ports (puente_map_context_get_dataset (context)) > 0 &&
         puente_map_context_has_indicator (context, spec.size_indicator) &&
         puente_map_context_has_indicator (context, spec.colour_indicator);
}

void
puente_ports_paint (PuenteMapContext     *context,
                    cairo_t              *cr,
                    const PuenteMapFrame *frame)
{
  g_autoptr(GArray) places = NULL;
  g_autoptr(GArray) symbols = NULL;
  PuenteMapClasses classes;
  double reference;

  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));

  if (!puente_ports_is_available (context))
    return;
  places = get_places (puente_map_context_get_dataset (context));
  reference = puente_points_reference (context, &spec, (PuentePlace *) places->data, places->len);
  puente_points_classes (context, &spec, (PuentePlace *) places->data, places->len, &classes);
  symbols = puente_points_layout (context, &spec, (PuentePlace *) places->data, places->len, reference, frame);
  cairo_save (cr);
  puente_points_paint (context, symbols, &classes, cr, TRUE);
  cairo_restore (cr);
}

/* ---- the layer ---------------------------------------------------------- */

struct _PuentePortsLayer
{
  PuenteMapLayer   parent_instance;

  GArray          *places;
  double           reference;
  PuenteMapClasses classes;
  guint            generation;
  gboolean         valid;
};

G_DEFINE_FINAL_TYPE (PuentePortsLayer, puente_ports_layer, PUENTE_TYPE_MAP_LAYER)

static void
update_cache (PuentePortsLayer *self)
{
  PuenteMapContext *context = puente_map_layer_get_context (PUENTE_MAP_LAYER (self));
  guint generation = puente_map_context_get_generation (context);

  if (self->places == NULL)
    self->places = get_places (puente_map_context_get_dataset (context));
  if (self->valid && self->generation == generation)
    return;
  self->reference = puente_points_reference (context, &spec, (PuentePlace *) self->places->data,
                                             self->places->len);
  puente_points_classes (context, &spec, (PuentePlace *) self->places->data, self->places->len,
                         &self->classes);
  self->generation = generation;
  self->valid = TRUE;
}

static GArray *
layout (PuentePortsLayer   *self,
        const PuenteMapFrame *frame)
{
  update_cache (self);
  return puente_points_layout (puente_map_layer_get_context (PUENTE_MAP_LAYER (self)), &spec,
                               (PuentePlace *) self->places->data, self->places->len,
                               self->reference, frame);
}

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
  PuentePortsLayer *self = PUENTE_PORTS_LAYER (layer);
  g_autoptr(GArray) symbols = layout (self, frame);

  puente_points_paint (puente_map_layer_get_context (layer), symbols, &self->classes, cr, TRUE);
}

static char *
ports_hit_test (PuenteMapLayer       *layer,
                const PuenteMapFrame *frame,
                double                x,
                double                y)
{
  g_autoptr(GArray) symbols = layout (PUENTE_PORTS_LAYER (layer), frame);

  return puente_points_hit_test (symbols, x, y);
}

static char *
ports_describe (PuenteMapLayer *layer,
                const char     *id)
{
  PuenteMapContext *context = puente_map_layer_get_context (layer);
  PuenteLang lang = puente_map_lang (puente_map_context_get_language (context));
  const char *name = puente_map_context_get_place_name (context, id);
  g_autofree char *size_text = NULL;
  g_autofree char *colour_text = NULL;
  double size, colour;

  if (name == NULL || !puente_points_get_values (context, &spec, id, &size, &colour))
    return NULL;
  size_text = puente_format_number (lang, size, 0);
  colour_text = format_colour (colour, puente_map_context_is_difference (context), lang);
  /* Translators: tooltip: a port of entry, truck crossings a year, charging power */
  return g_strdup_printf (_("%s\nTruck crossings: %s a year\nPeak charging power: %s"), name, size_text, colour_text);
}

typedef struct
{
  gboolean   difference;
  PuenteLang lang;
} FormatData;

static char *
format_threshold (double   value,
                  gpointer user_data)
{
  FormatData *data = user_data;
  g_autofree char *number = puente_format_number (data->lang, value, fabs (value) < 1 ? 2 : fabs (value) < 10 ? 1 : 0);

  return data->difference && value > 0 ? g_strdup_printf ("+%s", number) : g_steal_pointer (&number);
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
  FormatData data = { puente_map_context_is_difference (context),
                      puente_map_lang (puente_map_context_get_language (context)) };
  g_autofree char *title = NULL;
  g_autofree char *key_number = NULL;
  g_autofree char *key_text = NULL;
  double top = y;

  update_cache (self);
  /* Translators: legend title with the year */
  title = g_strdup_printf (_("Ports of entry, %d"), puente_map_context_get_year (context));
  y += puente_map_legend_text (cr, legend, title, x, y, width, TRUE, FALSE) + 4;
  y += puente_map_legend_text (cr, legend, data.difference ? _("Peak charging power, B − A (MW)") : _("Peak charging power for electric trucks (MW)"),
                               x, y, width, FALSE, TRUE) + 2;
  y += puente_map_legend_classes (cr, legend, &self->classes, format_threshold, &data, x, y, width) + 4;
  key_number = puente_format_si (data.lang, puente_map_round_nice (self->reference / 2), 1);
  key_text = g_strdup_printf (_("%s truck crossings a year"), key_number);
  y += puente_points_size_key (cr, legend, &spec, self->reference, key_text, x, y, width);
  return y - top;
}

static void
puente_ports_layer_finalize (GObject *object)
{
  PuentePortsLayer *self = PUENTE_PORTS_LAYER (object);

  g_clear_pointer (&self->places, g_array_unref);

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
}

PuenteMapLayer *
puente_ports_layer_new (ShumateViewport  *viewport,
                        PuenteMapContext *context)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), NULL);

  return g_object_new (PUENTE_TYPE_PORTS_LAYER, "viewport", viewport, "context", context, NULL);
}
