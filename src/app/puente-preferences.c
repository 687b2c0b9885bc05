/* puente-preferences.c: the preferences window
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row is bound to a GSettings key; the window reacts to the keys.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-preferences.h"

struct _PuentePreferences
{
  AdwPreferencesWindow parent_instance;

  GSettings           *settings;

  AdwComboRow         *language_row;
  AdwComboRow         *units_row;
  AdwComboRow         *export_style_row;
  GtkSwitch           *online_switch;
};

G_DEFINE_FINAL_TYPE (PuentePreferences, puente_preferences, ADW_TYPE_PREFERENCES_WINDOW)

/* Combo rows list an enum key's values in the schema's order. */
static gboolean
enum_to_selected (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *const *nicks = user_data;
  const char        *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
selected_to_enum (const GValue       *value,
                  const GVariantType *type,
                  gpointer            user_data)
{
  const char *const *nicks = user_data;
  guint              selected = g_value_get_uint (value);

  if (selected >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[selected]);
}

static void
bind_enum (GSettings         *settings,
           const char        *key,
           AdwComboRow       *row,
           const char *const *nicks)
{
  g_settings_bind_with_mapping (settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                enum_to_selected, selected_to_enum, (gpointer) nicks, NULL);
}

GtkWidget *
puente_preferences_new (GtkWindow *parent,
                        GSettings *settings)
{
  static const char *const languages[] = { "auto", "en", "es", NULL };
  static const char *const units[] = { "metric", "us-customary", NULL };
  static const char *const styles[] = { "presentation", "report", NULL };
  PuentePreferences       *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PUENTE_TYPE_PREFERENCES, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);

  bind_enum (settings, "language", self->language_row, languages);
  bind_enum (settings, "units", self->units_row, units);
  bind_enum (settings, "export-style", self->export_style_row, styles);
  g_settings_bind (settings, "online-tiles", self->online_switch, "active", G_SETTINGS_BIND_DEFAULT);

  return GTK_WIDGET (self);
}

static void
puente_preferences_dispose (GObject *object)
{
  PuentePreferences *self = PUENTE_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_PREFERENCES);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (puente_preferences_parent_class)->dispose (object);
}

static void
puente_preferences_class_init (PuentePreferencesClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_preferences_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, PuentePreferences, language_row);
  gtk_widget_class_bind_template_child (widget_class, PuentePreferences, units_row);
  gtk_widget_class_bind_template_child (widget_class, PuentePreferences, export_style_row);
  gtk_widget_class_bind_template_child (widget_class, PuentePreferences, online_switch);
}

static void
puente_preferences_init (PuentePreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
