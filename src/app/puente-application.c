/* puente-application.c: the AdwApplication, its actions and options
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "puente-application.h"
#include "puente-ui-resources.h"
#include "puente-window.h"

struct _PuenteApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (PuenteApplication, puente_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

PuenteApplication *
puente_application_new (void)
{
  return g_object_new (PUENTE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

GSettings *
puente_application_get_settings (PuenteApplication *self)
{
  g_return_val_if_fail (PUENTE_IS_APPLICATION (self), NULL);

  return self->settings;
}

static int
puente_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("puente %s\n", PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static GtkWindow *
get_or_create_window (PuenteApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (puente_window_new (self));

  return window;
}

static void
puente_application_activate (GApplication *app)
{
  gtk_window_present (get_or_create_window (PUENTE_APPLICATION (app)));
}

static void
puente_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  /* Opening scenario files comes with the scenario editor; for now a file
   * argument still brings up the window rather than doing nothing. */
  gtk_window_present (get_or_create_window (PUENTE_APPLICATION (app)));
}

static void
puente_application_startup (GApplication *app)
{
  PuenteApplication *self = PUENTE_APPLICATION (app);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  G_APPLICATION_CLASS (puente_application_parent_class)->startup (app);

  /* A missing schema would abort in g_settings_new (); run without saved
   * settings instead, and say so once. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);
  else
    g_warning ("GSettings schema %s is not installed; settings will not be kept", APP_ID);

  gtk_window_set_default_icon_name (APP_ID);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Close windows so each can save its state, then quit. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
  g_application_quit (app);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Puente authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Puente"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Puente authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Compare zero-emission vehicle policies for the United States and Mexico on one map, in English and Spanish."),
                        "website", "https://github.com/PuenteZEV/Puente",
                        "issue-url", "https://github.com/PuenteZEV/Puente/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Puente authors",
                        "developers", developers,
                        /* Translators: put your name here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Data"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("Every figure in the dataset names its publisher, title, address and year; see the methodology page for the sources."));
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
puente_application_dispose (GObject *object)
{
  PuenteApplication *self = PUENTE_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (puente_application_parent_class)->dispose (object);
}

static void
puente_application_class_init (PuenteApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = puente_application_dispose;

  /* The UI resource lives in a static library: referencing it keeps the
   * linker from dropping its object file, whose constructor registers it. */
  (void) puente_ui_get_resource ();

  app_class->activate = puente_application_activate;
  app_class->open = puente_application_open;
  app_class->startup = puente_application_startup;
  app_class->handle_local_options = puente_application_handle_local_options;
}

static void
puente_application_init (PuenteApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Compare zero-emission vehicle policies for the United States and Mexico."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
}
