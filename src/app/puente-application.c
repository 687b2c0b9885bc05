/* puente-application.c: the AdwApplication, its actions and options
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-application.h"
#include "puente-i18n.h"
#include "puente-preferences.h"
#include "puente-units.h"
#include "puente-ui-resources.h"
#include "puente-window-private.h"

struct _PuenteApplication
{
  AdwApplication parent_instance;

  GSettings     *settings;
  /* What new windows speak: --lang, else the setting, else the system's. */
  PuenteLang     lang;
  gboolean       lang_from_command_line;
};

G_DEFINE_FINAL_TYPE (PuenteApplication, puente_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_ ("Show the version and exit"), NULL },
  { "preset", 'p', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("Start from the preset scenario ID"), N_ ("ID") },
  { "scenario", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Open the scenario FILE as scenario A"), N_ ("FILE") },
  { "compare", 'c', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Compare with the scenario FILE, or a preset ID"), N_ ("FILE") },
  { "view", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("Show a view: overview, map, charts or supply"), N_ ("VIEW") },
  { "year", 'y', G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, NULL,
    N_ ("Select a year"), N_ ("YEAR") },
  { "lang", 'l', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("Language of the window: en or es"), N_ ("LANG") },
  { "present", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_ ("Start in Present mode: full screen, large type for a meeting room"), NULL },
  { "units", 'u', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("Units for the whole meeting: metric or us (US customary)"), N_ ("UNITS") },
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_ ("[FILE…]") },
  { NULL }
};

PuenteApplication *
puente_application_new (void)
{
  return g_object_new (PUENTE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}

GSettings *
puente_application_get_settings (PuenteApplication *self)
{
  g_return_val_if_fail (PUENTE_IS_APPLICATION (self), NULL);

  return self->settings;
}

PuenteLang
puente_application_get_language (PuenteApplication *self)
{
  g_return_val_if_fail (PUENTE_IS_APPLICATION (self), PUENTE_LANG_EN);

  return self->lang;
}

/* Reads --lang's value into @lang: 0, or the exit status (2: not a
 * language, 1: not available) after printing why. */
static int
parse_lang_option (const char *text,
                   PuenteLang *lang,
                   void (*print) (const char *message, gpointer data),
                   gpointer data)
{
  g_autoptr(GError) error = NULL;
  PuenteLang parsed;

  if (!puente_lang_from_string (text, &parsed) || parsed == PUENTE_LANG_BOTH)
    {
      /* Translators: %s is what the user typed after --lang */
      g_autofree char *message = g_strdup_printf (_ ("Unknown language “%s”: use en or es"), text);

      print (message, data);
      return 2;
    }
  /* Asked for, so it must be there: never silent English. */
  if (!puente_i18n_check (parsed, &error))
    {
      print (error->message, data);
      return 1;
    }
  *lang = parsed;
  return 0;
}

static void
print_local (const char *message,
             gpointer    data)
{
  g_printerr ("%s\n", message);
}

static void
print_remote (const char *message,
              gpointer    data)
{
  g_application_command_line_printerr (data, "%s\n", message);
}

static int
puente_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  const char *lang = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("puente %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "lang", "&s", &lang))
    {
      PuenteApplication *self = PUENTE_APPLICATION (app);
      int                status = parse_lang_option (lang, &self->lang, print_local, NULL);

      if (status != 0)
        return status;
      /* Before any window exists, so everything starts in that language. */
      self->lang_from_command_line = TRUE;
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
puente_application_open (GApplication *app,
                         GFile       **files,
                         int           n_files,
                         const char   *hint)
{
  PuenteWindow *window = PUENTE_WINDOW (get_or_create_window (PUENTE_APPLICATION (app)));

  for (int i = 0; i < n_files; i++)
    puente_window_open_file (window, files[i]);
  gtk_window_present (GTK_WINDOW (window));
}

/* A command-line name as a file: a URI only with "scheme://" or
 * "file:", so "x:y.json" is a file in the current folder. */
static GFile *
file_for_arg (GApplicationCommandLine *command_line,
              const char              *arg)
{
  const char *colon = strchr (arg, ':');

  if (g_str_has_prefix (arg, "file:") || (colon != NULL && g_str_has_prefix (colon, "://") && g_uri_is_valid (arg, G_URI_FLAGS_NONE, NULL)))
    return g_file_new_for_uri (arg);
  if (g_path_is_absolute (arg))
    return g_file_new_for_path (arg);
  return g_file_new_build_filename (g_application_command_line_get_cwd (command_line), arg, NULL);
}

static void
apply_option_error (PuenteWindow *window,
                    const char   *message)
{
  g_autoptr(GError) error = g_error_new_literal (G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, message);

  puente_window_show_error (window, error);
}

static int
puente_application_command_line (GApplication            *app,
                                 GApplicationCommandLine *command_line)
{
  PuenteApplication      *self = PUENTE_APPLICATION (app);
  GVariantDict           *options = g_application_command_line_get_options_dict (command_line);
  PuenteWindow           *window = PUENTE_WINDOW (get_or_create_window (self));
  PuenteWorkspace        *workspace = puente_window_get_workspace (window);
  g_autofree const char **files = NULL;
  const char             *preset = NULL;
  const char             *scenario = NULL;
  const char             *compare = NULL;
  const char             *view = NULL;
  const char             *lang_text = NULL;
  const char             *units = NULL;
  PuenteLang              lang;
  int                     year = 0;
  int                     status = 0;

  g_variant_dict_lookup (options, "preset", "&s", &preset);
  g_variant_dict_lookup (options, "scenario", "^&ay", &scenario);
  g_variant_dict_lookup (options, "compare", "^&ay", &compare);
  g_variant_dict_lookup (options, "view", "&s", &view);
  g_variant_dict_lookup (options, "year", "i", &year);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "lang", "&s", &lang_text);
  g_variant_dict_lookup (options, "units", "&s", &units);

  /* A second launch with --lang switches the running window. */
  if (lang_text != NULL)
    {
      status = parse_lang_option (lang_text, &lang, print_remote, command_line);
      if (status == 0)
        puente_window_set_language (window, lang);
    }

  /* The meeting's units: a setting, so the window (and the next start)
   * follows it. */
  if (units != NULL)
    {
      PuenteUnitSystem system;

      if (puente_units_from_string (units, &system))
        g_settings_set_string (self->settings, "units", puente_units_to_string (system));
      else
        {
          /* Translators: %s is what the user typed after --units */
          g_autofree char *message = g_strdup_printf (_ ("Unknown units “%s”: use metric or us"), units);

          g_application_command_line_printerr (command_line, "%s\n", message);
          apply_option_error (window, message);
          status = 2;
        }
    }

  if (workspace != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* A second launch into a window with unsaved changes asks first. */
      if (preset != NULL && !puente_window_open_preset (window, preset))
        {
          g_application_command_line_printerr (command_line, "%s\n",
                                               puente_window_get_last_error (window));
          status = 1;
        }
      if (scenario != NULL)
        {
          g_autoptr(GFile) file = file_for_arg (command_line, scenario);

          if (!puente_window_open_file (window, file))
            {
              g_application_command_line_printerr (command_line, "%s\n",
                                                   puente_window_get_last_error (window));
              status = 1;
            }
        }
      for (guint i = 0; files != NULL && files[i] != NULL; i++)
        {
          g_autoptr(GFile) file = file_for_arg (command_line, files[i]);

          if (!puente_window_open_file (window, file))
            status = 1;
        }
      if (compare != NULL)
        {
          g_autoptr(GFile) file = file_for_arg (command_line, compare);
          g_autoptr(PuenteScenario) compare_preset = puente_scenario_load_preset (compare, NULL);

          /* A preset id or a file. */
          if (compare_preset != NULL)
            {
              if (!puente_workspace_set_compare_preset (workspace, compare, &error))
                {
                  puente_window_show_error (window, error);
                  status = 1;
                }
            }
          else if (!puente_window_compare_file (window, file))
            {
              status = 1;
            }
        }
      if (year != 0)
        puente_workspace_set_year (workspace, year);
    }

  if (view != NULL)
    {
      if (g_strv_contains ((const char *const[]){ "overview", "map", "charts", "supply", NULL }, view))
        {
          puente_window_set_visible_view (window, view);
        }
      else
        {
          /* Translators: %s is what the user typed after --view */
          g_autofree char *message = g_strdup_printf (_ ("Unknown view “%s”: use overview, map, charts or supply"), view);

          g_application_command_line_printerr (command_line, "%s\n", message);
          apply_option_error (window, message);
          status = 2;
        }
    }

  if (g_variant_dict_contains (options, "present"))
    g_object_set (puente_window_get_view_state (window), "present", TRUE, NULL);

  gtk_window_present (GTK_WINDOW (window));
  return status;
}

static void
puente_application_startup (GApplication *app)
{
  PuenteApplication *self = PUENTE_APPLICATION (app);

  G_APPLICATION_CLASS (puente_application_parent_class)->startup (app);

  /* The schema is required (main () says so when it is missing). */
  self->settings = g_settings_new (APP_ID);

  /* The language chosen last time, unless --lang says otherwise. */
  if (!self->lang_from_command_line)
    {
      g_autofree char *lang = g_settings_get_string (self->settings, "language");

      if (!puente_lang_from_string (lang, &self->lang))
        self->lang = puente_i18n_get_system_lang ();
    }

  gtk_window_set_default_icon_name (APP_ID);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList        *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Close windows so each can save its state; one with unsaved changes
   * asks first and stays open if the user cancels. The application ends
   * with its last window. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication    *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Puente authors", NULL };
  GtkWidget         *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _ ("Puente"),
                        "application-icon", APP_ID,
                        "developer-name", _ ("The Puente authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _ ("Compare zero-emission vehicle policies for the United States and Mexico on one map, in English and Spanish."),
                        "website", "https://github.com/PuenteZEV/Puente",
                        "issue-url", "https://github.com/PuenteZEV/Puente/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Puente authors",
                        "developers", developers,
                        /* Translators: put your name here, one per line. */
                        "translator-credits", _ ("translator-credits"),
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _ ("Data"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _ ("Every figure in the dataset names its publisher, title, address and year; see the methodology page for the sources."));
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PuenteApplication *self = PUENTE_APPLICATION (user_data);
  GtkWindow         *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (puente_preferences_new (parent, self->settings)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
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
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = puente_application_dispose;

  /* The UI resource lives in a static library: referencing it keeps the
   * linker from dropping its object file, whose constructor registers it. */
  (void) puente_ui_get_resource ();

  app_class->activate = puente_application_activate;
  app_class->open = puente_application_open;
  app_class->startup = puente_application_startup;
  app_class->handle_local_options = puente_application_handle_local_options;
  app_class->command_line = puente_application_command_line;
}

static void
puente_application_init (PuenteApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  self->lang = puente_i18n_get_system_lang ();

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _ ("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _ ("Compare zero-emission vehicle policies for the United States and Mexico."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
}
