/* puente-banner.c: a message across the window, with buttons
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "puente-banner.h"

struct _PuenteBanner
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *title_label;
  GtkBox    *buttons;
};

G_DEFINE_FINAL_TYPE (PuenteBanner, puente_banner, GTK_TYPE_WIDGET)

static void
puente_banner_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PUENTE_TYPE_BANNER);

  G_OBJECT_CLASS (puente_banner_parent_class)->dispose (object);
}

static void
puente_banner_class_init (PuenteBannerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_banner_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteBanner, box);
  gtk_widget_class_bind_template_child (widget_class, PuenteBanner, title_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteBanner, buttons);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
puente_banner_init (PuenteBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
puente_banner_new (const char *title,
                   gboolean    error)
{
  PuenteBanner *self = g_object_new (PUENTE_TYPE_BANNER, NULL);

  gtk_label_set_text (self->title_label, title);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self), "problem");
  return GTK_WIDGET (self);
}

void
puente_banner_add_button (PuenteBanner *self,
                          const char   *label,
                          const char   *action_name,
                          gboolean      suggested)
{
  GtkWidget *button;

  g_return_if_fail (PUENTE_IS_BANNER (self));

  button = gtk_button_new_with_mnemonic (label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (self->buttons, button);
}

const char *
puente_banner_get_title (PuenteBanner *self)
{
  g_return_val_if_fail (PUENTE_IS_BANNER (self), NULL);

  return gtk_label_get_text (self->title_label);
}
