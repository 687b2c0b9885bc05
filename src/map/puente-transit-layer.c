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

static const PuentePointSpec spec = {
  PUENTE_TRANSIT_FLEET, PUENTE_TRANSIT_EBUS_SHARE, PUENTE_MAP_RAMP_CIVIDIS, 20.0,
  share_breaks, G_N_ELEMENTS (share_breaks),
};

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

gboolean
puente_transit_is_available (PuenteMapContext *context)
{
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), FALSE);

  /* The engine's transit module may not be there yet: then no layer. */
  return puente_dataset_get_n_cities (puente_map_context_get_dataset (context)) > 0 &&
         puente_map_context_has_indicator (context, spec.size_indicator) &&
         puente_map_context_has_indicator (context, spec.colour_indicator);
}

void
puente_transit_paint (PuenteMapContext     *context,
                      cairo_t              *cr,
                      const PuenteMapFrame *frame)
{
  g_autoptr(GArray) places = NULL;
  g_autoptr(GArray) symbols = NULL;
  PuenteMapClasses classes;
  double reference;

  g_return_if_fail (PUENTE_IS_MAP_CONTEXT (context));

  if (!puente_transit_is_available (context))
    return;
  places = get_places (puente_map_context_get_dataset (context));
  reference = puente_points_reference (context, &spec, (PuentePlace *) places->data, places->len);
  puente_points_classes (context, &spec, (PuentePlace *) places->data, places->len, &classes);
  symbols = puente_points_layout (context, &spec, (PuentePlace *) places->data, places->len, reference, frame);
  cairo_save (cr);
  puente_points_paint (context, symbols, &classes, cr, FALSE);
  cairo_restore (cr);
}

/* ---- the layer ---------------------------------------------------------- */

struct _PuenteTransitLayer
{
  PuenteMapLayer   parent_instance;

  GArray          *places;
  double           reference;
  PuenteMapClasses classes;
  guint            generation;
  gboolean         valid;
};

G_DEFINE_FINAL_TYPE (PuenteTransitLayer, puente_transit_layer, PUENTE_TYPE_MAP_LAYER)

static void
update_cache (PuenteTransitLayer *self)
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
layout (PuenteTransitLayer   *self,
        const PuenteMapFrame *frame)
{
  update_cache (self);
  return puente_points_layout (puente_map_layer_get_context (PUENTE_MAP_LAYER (self)), &spec,
                               (PuentePlace *) self->places->data, self->places->len,
                               self->reference, frame);
}

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
  PuenteTransitLayer *self = PUENTE_TRANSIT_LAYER (layer);
  g_autoptr(GArray) symbols = layout (self, frame);

  puente_points_paint (puente_map_layer_get_context (layer), symbols, &self->classes, cr, FALSE);
}

static char *
transit_hit_test (PuenteMapLayer       *layer,
                  const PuenteMapFrame *frame,
                  double                x,
                  double                y)
{
  g_autoptr(GArray) symbols = layout (PUENTE_TRANSIT_LAYER (layer), frame);

  return puente_points_hit_test (symbols, x, y);
}

static char *
transit_describe (PuenteMapLayer *layer,
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
  /* Translators: tooltip: a city, its bus fleet, the e-bus share */
  return g_strdup_printf (_("%s\nTransit buses: %s\nBattery-electric share: %s"), name, size_text, colour_text);
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

  return format_colour (value, data->difference, data->lang);
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
  FormatData data = { puente_map_context_is_difference (context),
                      puente_map_lang (puente_map_context_get_language (context)) };
  g_autofree char *title = NULL;
  g_autofree char *key_number = NULL;
  g_autofree char *key_text = NULL;
  double top = y;

  update_cache (self);
  /* Translators: legend title with the year */
  title = g_strdup_printf (_("Transit cities, %d"), puente_map_context_get_year (context));
  y += puente_map_legend_text (cr, legend, title, x, y, width, TRUE, FALSE) + 4;
  y += puente_map_legend_text (cr, legend, data.difference ? _("Battery-electric share, B − A") : _("Battery-electric share of the bus fleet"),
                               x, y, width, FALSE, TRUE) + 2;
  y += puente_map_legend_classes (cr, legend, &self->classes, format_threshold, &data, x, y, width) + 4;
  key_number = puente_format_si (data.lang, puente_map_round_nice (self->reference / 2), 1);
  key_text = g_strdup_printf (_("%s buses"), key_number);
  y += puente_points_size_key (cr, legend, &spec, self->reference, key_text, x, y, width);
  return y - top;
}

static void
puente_transit_layer_finalize (GObject *object)
{
  PuenteTransitLayer *self = PUENTE_TRANSIT_LAYER (object);

  g_clear_pointer (&self->places, g_array_unref);

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
}

PuenteMapLayer *
puente_transit_layer_new (ShumateViewport  *viewport,
                          PuenteMapContext *context)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (PUENTE_IS_MAP_CONTEXT (context), NULL);

  return g_object_new (PUENTE_TYPE_TRANSIT_LAYER, "viewport", viewport, "context", context, NULL);
}
