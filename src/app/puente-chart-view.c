/* puente-chart-view.c: a chart from src/charts as a widget, with hover
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drawing is src/charts' own (what the user sees is what they export);
 * this widget only hands it a cairo_t from the snapshot, keeps the layout
 * for hit testing, and shows what is under the pointer as a read-out.
 */
#include "config.h"

#include <adwaita.h>

#include "puente-chart-summary.h"
#include "puente-chart-view-private.h"
#include "puente-chart.h"

#define COMPACT_WIDTH 1000
#define COMPACT_HEIGHT 560

struct _PuenteChartView
{
  GtkWidget          parent_instance;

  PuenteChartData   *data;
  PuenteChartStyle   style;
  PuenteChartLayout *layout;
  gboolean           interactive;
  gboolean           follow_dark;
  double             virtual_width;
  gint64             last_draw_usec;

  char              *summary; /* the accessible description */

  double             hover_x;
  double             hover_y;
  gboolean           hovering;
};

G_DEFINE_FINAL_TYPE (PuenteChartView, puente_chart_view, GTK_TYPE_WIDGET)

static void
puente_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PuenteChartView *self = PUENTE_CHART_VIEW (widget);
  int              width = gtk_widget_get_width (widget);
  int              height = gtk_widget_get_height (widget);
  double           scale = 1.0;
  cairo_t         *cr;
  gint64           start;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  start = g_get_monotonic_time ();
  /* The chart follows the window's light or dark style. */
  if (self->follow_dark)
    self->style.dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_clear_pointer (&self->layout, puente_chart_layout_free);

  /* A thumbnail is the full chart drawn large and scaled down, so it looks
   * like the chart rather than a jumble of text. */
  if (self->virtual_width > width)
    {
      scale = width / self->virtual_width;
      cairo_scale (cr, scale, scale);
    }
  /* A projector's type in a laptop's chart would leave the plot no
   * room: narrower than COMPACT_WIDTH, the presentation style draws as
   * the report's (Present mode's room style keeps its size). */
  if (self->style.preset == PUENTE_CHART_STYLE_PRESENTATION && self->virtual_width <= 0 &&
      (width < COMPACT_WIDTH || height < COMPACT_HEIGHT))
    {
      PuenteChartStyle compact = self->style;

      compact.preset = PUENTE_CHART_STYLE_REPORT;
      self->layout = puente_chart_draw (self->data, &compact, cr, width, height);
    }
  else
    self->layout = puente_chart_draw (self->data, &self->style, cr, width / scale, height / scale);

  /* A marker on the hovered point of a chart over years. */
  if (self->interactive && self->hovering && self->layout != NULL)
    puente_chart_draw_hover (self->layout, &self->style, cr, self->hover_x, self->hover_y);
  cairo_destroy (cr);
  self->last_draw_usec = g_get_monotonic_time () - start;
}

gboolean
puente_chart_view_hit_test (PuenteChartView *self,
                            double           x,
                            double           y,
                            PuenteChartHit  *hit)
{
  g_return_val_if_fail (PUENTE_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  hit->kind = PUENTE_CHART_HIT_NONE;
  if (self->layout == NULL)
    return FALSE;

  /* Thumbnails draw scaled: hit testing works in the chart's units. */
  if (self->virtual_width > gtk_widget_get_width (GTK_WIDGET (self)))
    {
      double scale = gtk_widget_get_width (GTK_WIDGET (self)) / self->virtual_width;

      x /= scale;
      y /= scale;
    }

  return puente_chart_hit_test (self->layout, x, y, hit);
}

static char *
puente_chart_view_describe_at (PuenteChartView *self,
                               double           x,
                               double           y)
{
  PuenteChartHit hit;

  g_return_val_if_fail (PUENTE_IS_CHART_VIEW (self), NULL);

  if (self->data == NULL || !puente_chart_view_hit_test (self, x, y, &hit))
    return NULL;

  return puente_chart_describe_hit (self->data, &self->style, &hit);
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  PuenteChartView *self = PUENTE_CHART_VIEW (widget);
  g_autofree char *text = NULL;

  if (!self->interactive || keyboard)
    return FALSE;

  text = puente_chart_view_describe_at (self, x, y);
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           PuenteChartView          *self)
{
  self->hovering = TRUE;
  self->hover_x = x;
  self->hover_y = y;
  if (self->interactive)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_leave (GtkEventControllerMotion *controller,
          PuenteChartView          *self)
{
  self->hovering = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The text alternative: the title names the chart, the summary of its
 * numbers (in the style's language) describes it, whenever either
 * changes. */
static void
update_accessible (PuenteChartView *self)
{
  g_autofree char *title = NULL;

  g_clear_pointer (&self->summary, g_free);
  if (self->data == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  title = puente_text_get (&self->data->title, self->style.lang);
  self->summary = puente_chart_summary (self->data, self->style.lang);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary,
                                  -1);
}

GtkWidget *
puente_chart_view_new (void)
{
  return g_object_new (PUENTE_TYPE_CHART_VIEW, NULL);
}

void
puente_chart_view_set_data (PuenteChartView *self,
                            PuenteChartData *data)
{
  g_return_if_fail (PUENTE_IS_CHART_VIEW (self));

  /* The layout borrows the data: drop it first. */
  g_clear_pointer (&self->layout, puente_chart_layout_free);
  g_clear_pointer (&self->data, puente_chart_data_free);
  self->data = data;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const PuenteChartData *
puente_chart_view_get_data (PuenteChartView *self)
{
  g_return_val_if_fail (PUENTE_IS_CHART_VIEW (self), NULL);

  return self->data;
}

void
puente_chart_view_set_style (PuenteChartView        *self,
                             const PuenteChartStyle *style)
{
  g_return_if_fail (PUENTE_IS_CHART_VIEW (self));
  g_return_if_fail (style != NULL);

  if (self->style.lang != style->lang)
    {
      self->style = *style;
      update_accessible (self);
    }
  self->style = *style;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
puente_chart_view_set_interactive (PuenteChartView *self,
                                   gboolean         interactive)
{
  g_return_if_fail (PUENTE_IS_CHART_VIEW (self));

  self->interactive = interactive;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), interactive);
  /* A chart of its own (not a thumbnail or a preview) is a focus stop, so
   * a screen reader reaches its description from the keyboard. */
  gtk_widget_set_focusable (GTK_WIDGET (self), interactive);
}

void
puente_chart_view_set_virtual_width (PuenteChartView *self,
                                     double           width)
{
  g_return_if_fail (PUENTE_IS_CHART_VIEW (self));

  self->virtual_width = width;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
puente_chart_view_set_follow_dark (PuenteChartView *self,
                                   gboolean         follow)
{
  g_return_if_fail (PUENTE_IS_CHART_VIEW (self));

  self->follow_dark = follow;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gint64
puente_chart_view_get_last_draw_usec (PuenteChartView *self)
{
  g_return_val_if_fail (PUENTE_IS_CHART_VIEW (self), 0);

  return self->last_draw_usec;
}

const char *
puente_chart_view_get_summary (PuenteChartView *self)
{
  g_return_val_if_fail (PUENTE_IS_CHART_VIEW (self), NULL);

  return self->summary;
}

const PuenteChartLayout *
puente_chart_view_get_layout (PuenteChartView *self)
{
  g_return_val_if_fail (PUENTE_IS_CHART_VIEW (self), NULL);

  return self->layout;
}

double
puente_chart_view_get_min_text_px (PuenteChartView *self)
{
  int    width;
  double scale, min = G_MAXDOUBLE;
  guint  n;

  g_return_val_if_fail (PUENTE_IS_CHART_VIEW (self), 0);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  scale = self->virtual_width > width && width > 0 ? width / self->virtual_width : 1.0;
  /* What the last snapshot drew; before one, what its style allows. */
  n = self->layout != NULL ? puente_chart_layout_get_n_texts (self->layout) : 0;
  for (guint i = 0; i < n; i++)
    {
      PuenteChartText text;

      puente_chart_layout_get_text (self->layout, i, &text);
      min = MIN (min, text.size);
    }
  if (n == 0)
    min = puente_chart_style_get_min_text (&self->style);
  return min * scale;
}

static void
puente_chart_view_dispose (GObject *object)
{
  PuenteChartView *self = PUENTE_CHART_VIEW (object);

  g_clear_pointer (&self->layout, puente_chart_layout_free);
  g_clear_pointer (&self->data, puente_chart_data_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (puente_chart_view_parent_class)->dispose (object);
}

static void
puente_chart_view_class_init (PuenteChartViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_chart_view_dispose;
  widget_class->snapshot = puente_chart_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
puente_chart_view_init (PuenteChartView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  puente_chart_style_init (&self->style);
  self->follow_dark = TRUE;
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
}
