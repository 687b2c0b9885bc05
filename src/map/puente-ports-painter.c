/* puente-ports-painter.c: ports of entry: truck crossings and charging power
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
#include "puente-i18n.h"
#include "puente-map-points-private.h"
#include "puente-ports-painter.h"

static char *
format_colour (double     value,
               gboolean   difference,
               PuenteLang lang)
{
  g_autofree char *number = puente_format_number (lang, value, fabs (value) < 10 ? 1 : 0);

  /* Translators: charging power in megawatts */
  return g_strdup_printf (puente_gettext (lang, "%s%s MW"), difference && value > 0 ? "+" : "", number);
}

static char *
format_threshold (double     value,
                  gboolean   difference,
                  PuenteLang lang)
{
  g_autofree char *number = puente_format_number (lang, value, fabs (value) < 1 ? 2 : fabs (value) < 10 ? 1
                                                                                                        : 0);

  return difference && value > 0 ? g_strdup_printf ("+%s", number) : g_steal_pointer (&number);
}

static void
get_place (const PuenteDataset *dataset,
           guint                index,
           PuentePlace         *place)
{
  const PuentePort *port = puente_dataset_get_port (dataset, index);

  *place = (PuentePlace){ port->id, port->lat, port->lon };
}

static const PuentePointSpec spec = {
  PUENTE_PORTS_CROSSINGS,
  PUENTE_PORTS_PEAK_MW,
  PUENTE_MAP_RAMP_VIRIDIS,
  20.0,
  NULL,
  0,
  TRUE,
  puente_dataset_get_n_ports,
  get_place,
  format_colour,
  format_threshold,
  .label_min_zoom = 6.0,
};

gboolean
puente_ports_is_available (PuenteMapContext *context)
{
  /* The engine's freight (medium and heavy duty) module may not be there yet: then no painter. */
  return puente_points_is_available (context, &spec);
}

void
puente_ports_paint (PuenteMapContext     *context,
                    cairo_t              *cr,
                    const PuenteMapFrame *frame)
{
  puente_points_paint (context, &spec, cr, frame);
}

/* ---- the painter -------------------------------------------------------- */

struct _PuentePortsPainter
{
  PuentePointPainter parent_instance;
};

G_DEFINE_FINAL_TYPE (PuentePortsPainter, puente_ports_painter, PUENTE_TYPE_POINT_PAINTER)

static char *
ports_format_tooltip (PuentePointPainter *painter,
                      const char         *name,
                      const char         *size_text,
                      const char         *colour_text)
{
  PuenteLang lang = puente_map_painter_get_language (PUENTE_MAP_PAINTER (painter));
  /* Translators: tooltip: a port of entry, truck crossings a year, charging power */
  return g_strdup_printf (puente_gettext (lang, "%s\nTruck crossings: %s a year\nPeak charging power: %s"), name, size_text, colour_text);
}

static char *
ports_format_legend_title (PuentePointPainter *painter,
                           int                 year)
{
  PuenteLang lang = puente_map_painter_get_language (PUENTE_MAP_PAINTER (painter));
  /* Translators: legend title with the year */
  return g_strdup_printf (puente_gettext (lang, "Ports of entry, %d"), year);
}

static char *
ports_format_size_key (PuentePointPainter *painter,
                       const char         *number)
{
  PuenteLang lang = puente_map_painter_get_language (PUENTE_MAP_PAINTER (painter));
  return g_strdup_printf (puente_gettext (lang, "%s truck crossings a year"), number);
}

static void
puente_ports_painter_class_init (PuentePortsPainterClass *klass)
{
  PuenteMapPainterClass   *painter_class = PUENTE_MAP_PAINTER_CLASS (klass);
  PuentePointPainterClass *point_class = PUENTE_POINT_PAINTER_CLASS (klass);

  painter_class->layer_id = "ports";
  painter_class->title = N_ ("Ports of entry");
  painter_class->sources = N_ ("Ports: CBP/BTS border crossing data; projections: Puente model");
  point_class->spec = &spec;
  point_class->colour_title = N_ ("Peak charging power for electric trucks (MW)");
  point_class->colour_difference_title = N_ ("Peak charging power, B − A (MW)");
  point_class->format_tooltip = ports_format_tooltip;
  point_class->format_legend_title = ports_format_legend_title;
  point_class->format_size_key = ports_format_size_key;
}

static void
puente_ports_painter_init (PuentePortsPainter *self)
{
}
