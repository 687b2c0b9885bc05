/* puente-overview.c: the key indicators of the scenarios, as cards
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "puente-indicator-card.h"
#include "puente-indicators.h"
#include "puente-overview-private.h"

struct _PuenteOverview
{
  GtkWidget        parent_instance;

  PuenteWorkspace *workspace;
  PuenteLang       lang;
  GPtrArray       *cards;

  GtkFlowBox      *flow_box;
  AdwClamp        *clamp;
};

G_DEFINE_FINAL_TYPE (PuenteOverview, puente_overview, GTK_TYPE_WIDGET)

GtkWidget *
puente_overview_new (PuenteWorkspace *workspace,
                     PuenteLang       lang)
{
  PuenteOverview *self;
  guint           n;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (PUENTE_TYPE_OVERVIEW, NULL);
  self->workspace = g_object_ref (workspace);
  self->lang = lang;

  n = puente_key_indicators_get_n ();
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *card = puente_indicator_card_new (workspace, i, lang);

      gtk_flow_box_append (self->flow_box, card);
      /* A focus stop named and described by its card, not "GtkFlowBoxChild". */
      gtk_accessible_update_relation (GTK_ACCESSIBLE (gtk_widget_get_parent (card)),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, card, NULL,
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, card, NULL,
                                      -1);
      g_ptr_array_add (self->cards, card);
    }

  return GTK_WIDGET (self);
}

GtkWidget *
puente_overview_get_card (PuenteOverview *self,
                          const char     *key_id)
{
  int index;

  g_return_val_if_fail (PUENTE_IS_OVERVIEW (self), NULL);

  index = puente_key_indicators_find (key_id);
  if (index < 0 || (guint) index >= self->cards->len)
    return NULL;

  return g_ptr_array_index (self->cards, index);
}

void
puente_overview_set_wide (PuenteOverview *self,
                          gboolean        wide)
{
  g_return_if_fail (PUENTE_IS_OVERVIEW (self));

  /* A projector's whole width for more cards at once. */
  adw_clamp_set_maximum_size (self->clamp, wide ? 2400 : 1400);
}

static void
puente_overview_dispose (GObject *object)
{
  PuenteOverview *self = PUENTE_OVERVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_OVERVIEW);
  /* The template's root children are ours to unparent. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (puente_overview_parent_class)->dispose (object);
}

static void
puente_overview_class_init (PuenteOverviewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_overview_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteOverview, flow_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteOverview, clamp);
}

static void
puente_overview_init (PuenteOverview *self)
{
  self->cards = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
