/* puente-window.c: the main window
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "puente-window.h"

struct _PuenteWindow
{
  AdwApplicationWindow parent_instance;

  AdwViewStack *view_stack;
};

G_DEFINE_FINAL_TYPE (PuenteWindow, puente_window, ADW_TYPE_APPLICATION_WINDOW)

PuenteWindow *
puente_window_new (PuenteApplication *application)
{
  return g_object_new (PUENTE_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

const char *
puente_window_get_visible_view (PuenteWindow *self)
{
  g_return_val_if_fail (PUENTE_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
puente_window_set_visible_view (PuenteWindow *self,
                                const char   *name)
{
  g_return_if_fail (PUENTE_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static GSettings *
get_settings (PuenteWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (!PUENTE_IS_APPLICATION (app))
    return NULL;

  return puente_application_get_settings (PUENTE_APPLICATION (app));
}

static void
restore_window_state (PuenteWindow *self)
{
  GSettings *settings = get_settings (self);

  if (settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
puente_window_close_request (GtkWindow *window)
{
  PuenteWindow *self = PUENTE_WINDOW (window);
  GSettings *settings = get_settings (self);

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized",
                              gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (puente_window_parent_class)->close_request (window);
}

static void
puente_window_constructed (GObject *object)
{
  PuenteWindow *self = PUENTE_WINDOW (object);

  G_OBJECT_CLASS (puente_window_parent_class)->constructed (object);

  restore_window_state (self);
}

static void
puente_window_class_init (PuenteWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = puente_window_constructed;
  window_class->close_request = puente_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteWindow, view_stack);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
puente_window_init (PuenteWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_str_has_suffix (APP_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}
