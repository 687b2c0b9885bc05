/* puente-indicator-card.c: one key indicator, A, B and B − A
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card shows a key indicator (model.md §6) of scenario A large, and when
 * a comparison is set, B and the difference B − A with an arrow. The
 * sparkline under it draws the indicator's series over the years with the
 * selected year marked. Where the dataset has an observed figure of the
 * indicator (the selected year's, else the latest), a line shows it
 * beside the model's value of that year.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-format.h"
#include "puente-indicator-card-private.h"
#include "puente-indicators.h"
#include "puente-observed.h"
#include "puente-sparkline.h"
#include "puente-units.h"

struct _PuenteIndicatorCard
{
  GtkWidget        parent_instance;

  PuenteWorkspace *workspace;
  guint            key;
  PuenteLang       lang;

  GtkLabel        *title_label;
  GtkLabel        *value_label;
  GtkLabel        *unit_label;
  GtkLabel        *observed_label;
  GtkLabel        *a_tag;
  GtkWidget       *compare_box;
  GtkLabel        *b_label;
  GtkLabel        *b_unit_label;
  GtkImage        *delta_icon;
  GtkLabel        *delta_label;
  GtkDrawingArea  *sparkline;
};

G_DEFINE_FINAL_TYPE (PuenteIndicatorCard, puente_indicator_card, GTK_TYPE_WIDGET)

static void
draw_sparkline (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  PuenteIndicatorCard *self = user_data;
  const PuenteKeyIndicator *key = puente_key_indicators_get (self->key);
  const PuenteResults *results = puente_workspace_get_results (self->workspace);
  const PuenteResults *compare = puente_workspace_get_compare_results (self->workspace);
  const double *a = puente_results_get_series (results, key->indicator, key->region);
  const double *b = compare != NULL ? puente_results_get_series (compare, key->indicator, key->region) : NULL;
  int first = puente_results_get_first_year (results);
  int horizon = puente_workspace_get_horizon (self->workspace);
  guint n = (guint) MAX (0, horizon - first + 1);
  PuenteSparklineStyle style;

  puente_sparkline_style_default (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  puente_sparkline_draw (cr, 0, 0, width, height, a, b,
                         MIN (n, puente_results_get_n_years (results)),
                         puente_workspace_get_year (self->workspace) - first, &style);
}

/* "Observed 2025: 9.4 % · model 9.3 %", with the source as its tooltip. */
static void
update_observed (PuenteIndicatorCard *self)
{
  const PuenteKeyIndicator *key = puente_key_indicators_get (self->key);
  g_autofree char *source = NULL;
  g_autofree char *text = puente_observed_text (puente_workspace_get_dataset (self->workspace),
                                                puente_workspace_get_results (self->workspace),
                                                key->indicator, key->region,
                                                puente_workspace_get_year (self->workspace),
                                                self->lang, &source);

  gtk_widget_set_visible (GTK_WIDGET (self->observed_label), text != NULL);
  gtk_label_set_text (self->observed_label, text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->observed_label), source);
}

static void
puente_indicator_card_update (PuenteIndicatorCard *self)
{
  const PuenteKeyIndicator *key;
  const PuenteResults *results;
  const PuenteResults *compare;
  PuenteUnitSystem units = puente_units_get_current ();
  const char *unit_text = "";
  double a;
  g_autofree char *value = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (PUENTE_IS_INDICATOR_CARD (self));

  key = puente_key_indicators_get (self->key);
  results = puente_workspace_get_results (self->workspace);
  a = puente_key_indicator_compute (key, results);
  value = puente_units_format (key->unit, units, self->lang, a, FALSE, &unit_text);
  title = puente_key_indicator_get_title (key, results, self->lang);
  gtk_label_set_text (self->title_label, title);
  /* The overview's focus stop for this card reads this name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_label_set_text (self->value_label, value);
  gtk_label_set_text (self->unit_label, unit_text);

  /* With B, both values side by side at the same size, then B − A. */
  compare = puente_workspace_get_compare_results (self->workspace);
  gtk_widget_set_visible (self->compare_box, compare != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->a_tag), compare != NULL);
  if (compare != NULL)
    {
      double b = puente_key_indicator_compute (key, compare);
      double delta = b - a;
      const char *b_unit = "";
      const char *delta_unit = "";
      g_autofree char *b_value = puente_units_format (key->unit, units, self->lang, b, FALSE, &b_unit);
      g_autofree char *delta_value = puente_units_format (key->unit, units, self->lang, delta, TRUE, &delta_unit);
      g_autofree char *delta_text = NULL;
      double tolerance = 1e-9 * MAX (1.0, fabs (a));

      gtk_label_set_text (self->b_label, b_value);
      gtk_label_set_text (self->b_unit_label, b_unit);
      /* Translators: difference between scenarios on an indicator card */
      delta_text = g_strdup_printf (_("B − A: %s %s"), delta_value, delta_unit);
      gtk_label_set_text (self->delta_label, g_strchomp (delta_text));
      gtk_image_set_from_icon_name (self->delta_icon,
                                    !isfinite (delta) || fabs (delta) <= tolerance ? "pan-end-symbolic"
                                    : delta > 0 ? "pan-up-symbolic" : "pan-down-symbolic");
    }

  update_observed (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->sparkline));
}

static void
on_year_notify (PuenteIndicatorCard *self)
{
  update_observed (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->sparkline));
}

GtkWidget *
puente_indicator_card_new (PuenteWorkspace *workspace,
                           guint            key,
                           PuenteLang       lang)
{
  PuenteIndicatorCard *self;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (key < puente_key_indicators_get_n (), NULL);

  self = g_object_new (PUENTE_TYPE_INDICATOR_CARD, NULL);
  self->workspace = g_object_ref (workspace);
  self->key = key;
  self->lang = lang;
  g_signal_connect_object (workspace, "results-changed",
                           G_CALLBACK (puente_indicator_card_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::year",
                           G_CALLBACK (on_year_notify), self, G_CONNECT_SWAPPED);
  gtk_drawing_area_set_draw_func (self->sparkline, draw_sparkline, self, NULL);
  puente_indicator_card_update (self);

  return GTK_WIDGET (self);
}

const char *
puente_indicator_card_get_value_text (PuenteIndicatorCard *self)
{
  g_return_val_if_fail (PUENTE_IS_INDICATOR_CARD (self), NULL);

  return gtk_label_get_text (self->value_label);
}

const char *
puente_indicator_card_get_observed_text (PuenteIndicatorCard *self)
{
  g_return_val_if_fail (PUENTE_IS_INDICATOR_CARD (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->observed_label)) ? gtk_label_get_text (self->observed_label) : NULL;
}

const char *
puente_indicator_card_get_b_text (PuenteIndicatorCard *self)
{
  g_return_val_if_fail (PUENTE_IS_INDICATOR_CARD (self), NULL);

  return gtk_widget_get_visible (self->compare_box) ? gtk_label_get_text (self->b_label) : NULL;
}

const char *
puente_indicator_card_get_delta_text (PuenteIndicatorCard *self)
{
  g_return_val_if_fail (PUENTE_IS_INDICATOR_CARD (self), NULL);

  return gtk_widget_get_visible (self->compare_box) ? gtk_label_get_text (self->delta_label) : NULL;
}

static void
puente_indicator_card_dispose (GObject *object)
{
  PuenteIndicatorCard *self = PUENTE_INDICATOR_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_INDICATOR_CARD);
  /* The template's root children are ours to unparent. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (puente_indicator_card_parent_class)->dispose (object);
}

static void
puente_indicator_card_class_init (PuenteIndicatorCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_indicator_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-indicator-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteIndicatorCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteIndicatorCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteIndicatorCard, unit_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteIndicatorCard, observed_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteIndicatorCard, a_tag);
  gtk_widget_class_bind_template_child (widget_class, PuenteIndicatorCard, compare_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteIndicatorCard, b_unit_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteIndicatorCard, b_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteIndicatorCard, delta_icon);
  gtk_widget_class_bind_template_child (widget_class, PuenteIndicatorCard, delta_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteIndicatorCard, sparkline);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
puente_indicator_card_init (PuenteIndicatorCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
