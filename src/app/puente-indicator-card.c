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

#include "puente-chart-summary.h"
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

  char            *description; /* the accessible description */
};

G_DEFINE_FINAL_TYPE (PuenteIndicatorCard, puente_indicator_card, GTK_TYPE_WIDGET)

static void
draw_sparkline (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  PuenteIndicatorCard      *self = user_data;
  const PuenteKeyIndicator *key = puente_key_indicators_get (self->key);
  const PuenteResults      *results = puente_workspace_get_results (self->workspace);
  const PuenteResults      *compare = puente_workspace_get_compare_results (self->workspace);
  const double             *a = puente_results_get_series (results, key->indicator, key->region);
  const double             *b = compare != NULL ? puente_results_get_series (compare, key->indicator, key->region) : NULL;
  int                       first = puente_results_get_first_year (results);
  int                       horizon = puente_workspace_get_horizon (self->workspace);
  guint                     n = (guint) MAX (0, horizon - first + 1);
  PuenteSparklineStyle      style;

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
  g_autofree char          *source = NULL;
  g_autofree char          *text = puente_observed_text (puente_workspace_get_dataset (self->workspace),
                                                         puente_workspace_get_results (self->workspace),
                                                         key->indicator, key->region,
                                                         puente_workspace_get_year (self->workspace),
                                                         self->lang, &source);

  gtk_widget_set_visible (GTK_WIDGET (self->observed_label), text != NULL);
  gtk_label_set_text (self->observed_label, text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->observed_label), source);
}

/* The sparkline in words: "Rising from 1.2M in 2024 to 9.8M in 2050",
 * "peaks at … in 2035". */
/* A value and its unit, "9.8M vehicles", "20.0%". */
static char *
value_with_unit (PuenteIndicatorCard *self,
                 double               value)
{
  const char      *unit = "";
  g_autofree char *number = puente_units_format (puente_key_indicators_get (self->key)->unit,
                                                 puente_units_get_current (), self->lang, value, FALSE, &unit);

  return g_strchomp (g_strdup_printf ("%s %s", number, unit));
}

/* The sparkline in words: "rising from 1.2M vehicles in 2024 to 9.8M
 * vehicles in 2050", "peaking at … in 2035, … in 2050". */
static char *
describe_trend (PuenteIndicatorCard *self,
                const double        *values,
                guint                n,
                int                  first_year)
{
  guint            start = 0, end = 0, peak = 0;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *top = NULL;
  PuenteTrend      trend = puente_trend_of (values, n, &peak);

  if (trend == PUENTE_TREND_NONE)
    return NULL;
  for (guint i = 0; i < n; i++)
    if (isfinite (values[i]))
      {
        if (!isfinite (values[start]))
          start = i;
        end = i;
      }
  from = value_with_unit (self, values[start]);
  to = value_with_unit (self, values[end]);
  top = value_with_unit (self, values[peak]);
  switch (trend)
    {
    case PUENTE_TREND_RISING:
      /* Translators: a sparkline in words: "rising from 1.2M vehicles in
       * 2024 to 9.8M vehicles in 2050" */
      return g_strdup_printf (_ ("rising from %s in %d to %s in %d"), from, first_year + (int) start, to,
                              first_year + (int) end);
    case PUENTE_TREND_FALLING:
      /* Translators: a sparkline in words */
      return g_strdup_printf (_ ("falling from %s in %d to %s in %d"), from, first_year + (int) start, to,
                              first_year + (int) end);
    case PUENTE_TREND_PEAKS:
      /* Translators: a sparkline in words: "peaking at 410 Mt CO₂ in 2027,
       * 250 Mt CO₂ in 2050" */
      return g_strdup_printf (_ ("peaking at %s in %d, %s in %d"), top, first_year + (int) peak, to,
                              first_year + (int) end);
    case PUENTE_TREND_FLAT:
    case PUENTE_TREND_NONE:
    default:
      /* Translators: a sparkline in words */
      return g_strdup_printf (_ ("steady at %s from %d to %d"), to, first_year + (int) start, first_year + (int) end);
    }
}

/* The card reads as its title, the value of the year and the trend of A
 * (and B) over the years, as the sparkline draws them. */
static void
update_accessible (PuenteIndicatorCard *self)
{
  const PuenteKeyIndicator *key = puente_key_indicators_get (self->key);
  const PuenteResults      *results = puente_workspace_get_results (self->workspace);
  const PuenteResults      *compare = puente_workspace_get_compare_results (self->workspace);
  int                       first = puente_results_get_first_year (results);
  guint                     n = MIN ((guint) MAX (0, puente_workspace_get_horizon (self->workspace) - first + 1),
                                     puente_results_get_n_years (results));
  g_autofree char          *trend_a = describe_trend (self, puente_results_get_series (results, key->indicator, key->region),
                                                      n, first);
  g_autofree char          *trend_b = compare != NULL ? describe_trend (self, puente_results_get_series (compare, key->indicator, key->region),
                                                                        n, first)
                                                      : NULL;
  g_autofree char          *label = g_strdup_printf ("%s: %s %s", gtk_label_get_text (self->title_label),
                                                     gtk_label_get_text (self->value_label),
                                                     gtk_label_get_text (self->unit_label));
  GString                  *description = g_string_new (NULL);

  if (compare != NULL)
    {
      /* Translators: value of scenario B, read on an indicator card */
      g_autofree char *b = g_strdup_printf (_ ("B: %s %s"), gtk_label_get_text (self->b_label),
                                            gtk_label_get_text (self->b_unit_label));

      g_string_append_printf (description, "%s; %s. ", g_strchomp (b), gtk_label_get_text (self->delta_label));
    }
  if (trend_a != NULL)
    /* Translators: a card's sparkline in words, for scenario A */
    g_string_append_printf (description, _ ("Trend, A: %s. "), trend_a);
  if (trend_b != NULL)
    /* Translators: a card's sparkline in words, for scenario B */
    g_string_append_printf (description, _ ("Trend, B: %s. "), trend_b);
  if (gtk_widget_get_visible (GTK_WIDGET (self->observed_label)))
    g_string_append (description, gtk_label_get_text (self->observed_label));
  g_strchomp (description->str);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, g_strchomp (label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  g_free (self->description);
  self->description = g_string_free (description, FALSE);
}

static void
puente_indicator_card_update (PuenteIndicatorCard *self)
{
  const PuenteKeyIndicator *key;
  const PuenteResults      *results;
  const PuenteResults      *compare;
  PuenteUnitSystem          units = puente_units_get_current ();
  const char               *unit_text = "";
  double                    a;
  g_autofree char          *value = NULL;
  g_autofree char          *title = NULL;

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
      double           b = puente_key_indicator_compute (key, compare);
      double           delta = b - a;
      const char      *b_unit = "";
      const char      *delta_unit = "";
      g_autofree char *b_value = puente_units_format (key->unit, units, self->lang, b, FALSE, &b_unit);
      g_autofree char *delta_value = puente_units_format (key->unit, units, self->lang, delta, TRUE, &delta_unit);
      g_autofree char *delta_text = NULL;
      double           tolerance = 1e-9 * MAX (1.0, fabs (a));

      gtk_label_set_text (self->b_label, b_value);
      gtk_label_set_text (self->b_unit_label, b_unit);
      /* Translators: difference between scenarios on an indicator card */
      delta_text = g_strdup_printf (_ ("B − A: %s %s"), delta_value, delta_unit);
      gtk_label_set_text (self->delta_label, g_strchomp (delta_text));
      gtk_image_set_from_icon_name (self->delta_icon,
                                    !isfinite (delta) || fabs (delta) <= tolerance ? "pan-end-symbolic"
                                      : delta > 0                                  ? "pan-up-symbolic"
                                                                                   : "pan-down-symbolic");
    }

  update_observed (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->sparkline));
}

static void
on_year_notify (PuenteIndicatorCard *self)
{
  update_observed (self);
  update_accessible (self);
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

const char *
puente_indicator_card_get_description (PuenteIndicatorCard *self)
{
  g_return_val_if_fail (PUENTE_IS_INDICATOR_CARD (self), NULL);

  return self->description;
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
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (puente_indicator_card_parent_class)->dispose (object);
}

static void
puente_indicator_card_class_init (PuenteIndicatorCardClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
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
