/* puente-window.c: the main window
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window shows one workspace (scenario A, optional scenario B, the
 * selected year) through one view state (view, chart, map, selection,
 * scroll positions), in one language. Widgets edit the workspace and the
 * view state and redraw from them; switching the language rebuilds the
 * widgets from both, so nothing is lost. The window itself only wires
 * them together and runs the file dialogs.
 *
 * Work is never lost: every way of replacing A (a file opened, dropped or
 * given to a second launch, a preset, recovered changes) goes through
 * request_replacement (), which asks Save / Discard / Cancel when A has
 * unsaved changes. Unsaved changes are autosaved to this window's own
 * files (puente-autosave.h); a failed autosave shows a banner and is
 * retried. Changes another window left behind are offered in a banner
 * until restored or discarded, across language switches and restarts.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-a11y.h"
#include "puente-autosave.h"
#include "puente-banner.h"
#include "puente-charts-page.h"
#include "puente-deck-actions.h"
#include "puente-deck-panel.h"
#include "puente-export-dialog.h"
#include "puente-i18n.h"
#include "puente-main-view.h"
#include "puente-map-page.h"
#include "puente-scenario-catalogue.h"
#include "puente-station-files.h"
#include "puente-supply-page.h"
#include "puente-units.h"
#include "puente-user-scenarios.h"
#include "puente-window-private.h"

#define PLAY_INTERVAL_MS 600
/* Unsaved changes reach the disk this long after the last one. */
#define AUTOSAVE_DELAY_MS 2000
/* A failed autosave is tried again this often. */
#define AUTOSAVE_RETRY_S 10

typedef struct _Replacement Replacement;

struct _PuenteWindow
{
  AdwApplicationWindow  parent_instance;

  PuenteWorkspace      *workspace;
  PuenteViewState      *state;
  PuenteLang            lang;
  GError               *dataset_error;
  PuenteMainView       *view;
  GtkFileChooserNative *chooser;
  guint                 play_source;
  char                 *last_error;
  gboolean              closing_confirmed;
  gboolean              following_setting;
  guint                 autosave_source;

  PuenteAutosave       *autosave;
  GError               *autosave_error; /* the last autosave failed: a banner */
  guint                 autosave_retry_source;
  GPtrArray            *recoveries; /* PuenteRecovery: offered first to last */
  GPtrArray            *notices;    /* files set aside at the start: a banner */
  GPtrArray            *restored;   /* PuenteRecovery restored, to delete once autosaved */
  Replacement          *pending;    /* the new A, waiting for the user's answer */
  GtkWidget            *pending_dialog;
  /* PageDown and PageUp, before any list scrolls: on in Present mode. */
  GtkEventController   *clicker;
  PuenteDeckSession    *deck; /* the deck: its slides, file, autosave */
};

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_SCENARIO_PRESET,
  PROP_SCENARIO_FILE,
  PROP_COMPARE,
  PROP_PRESENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PuenteWindow, puente_window, ADW_TYPE_APPLICATION_WINDOW)

PuenteLang
puente_window_get_language (PuenteWindow *self)
{
  g_return_val_if_fail (PUENTE_IS_WINDOW (self), PUENTE_LANG_EN);

  return self->lang;
}

void
puente_window_show_error (PuenteWindow *self,
                          const GError *error)
{
  AdwToast *toast;

  g_free (self->last_error);
  self->last_error = g_strdup (error->message);

  toast = adw_toast_new (error->message);
  adw_toast_set_timeout (toast, 8);
  puente_main_view_add_toast (self->view, toast);
}

static void
show_message (PuenteWindow *self,
              const char   *message)
{
  puente_main_view_add_toast (self->view, adw_toast_new (message));
}

static GSettings *get_settings (PuenteWindow *self);

/* ---- title and actions ---------------------------------------------- */

static void
update_title (PuenteWindow *self)
{
  g_autofree char *title = NULL;

  if (self->workspace == NULL)
    return;

  /* Translators: window title: scenario name — application name */
  title = g_strdup_printf (_ ("%s — Puente"), puente_main_view_get_scenario_text (self->view));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_actions (PuenteWindow *self)
{
  gboolean ready = self->workspace != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 ready && puente_workspace_can_undo (self->workspace));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 ready && puente_workspace_can_redo (self->workspace));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-data", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-chart", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate", ready);
  /* A preset's name is the preset's: rename a copy of it. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename",
                                 ready && puente_workspace_get_preset_id (self->workspace) == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-scenario",
                                 ready && puente_workspace_get_file (self->workspace) != NULL &&
                                   puente_user_scenarios_contains (puente_workspace_get_file (self->workspace)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.play", ready);
}

/* ---- playing the years ----------------------------------------------- */

static void
stop_playing (PuenteWindow *self)
{
  g_clear_handle_id (&self->play_source, g_source_remove);
  puente_main_view_set_playing (self->view, FALSE);
}

static gboolean
play_step (gpointer user_data)
{
  PuenteWindow *self = user_data;
  int           year = puente_workspace_get_year (self->workspace);

  if (year >= puente_workspace_get_horizon (self->workspace))
    {
      self->play_source = 0;
      stop_playing (self);
      return G_SOURCE_REMOVE;
    }

  puente_workspace_set_year (self->workspace, year + 1);
  return G_SOURCE_CONTINUE;
}

static void
play_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PuenteWindow *self = PUENTE_WINDOW (widget);

  if (self->play_source != 0)
    {
      stop_playing (self);
      return;
    }

  /* From the end, play starts again at the base year. */
  if (puente_workspace_get_year (self->workspace) >= puente_workspace_get_horizon (self->workspace))
    puente_workspace_set_year (self->workspace, PUENTE_BASE_YEAR);

  self->play_source = g_timeout_add (PLAY_INTERVAL_MS, play_step, self);
  puente_main_view_set_playing (self->view, TRUE);
}

/* ---- files ----------------------------------------------------------- */

static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* ---- replacing scenario A ------------------------------------------- */

/* What becomes A once the user has said what to do with unsaved changes. */
struct _Replacement
{
  PuenteScenario *scenario;
  char           *preset_id;
  GFile          *file;
  char           *name;       /* for the question */
  PuenteRecovery *recovery;   /* restoring it (owned by self->recoveries) */
  gboolean        after_save; /* the user chose Save: replace once saved */
};

static void
replacement_free (Replacement *r)
{
  if (r == NULL)
    return;
  g_clear_pointer (&r->scenario, puente_scenario_free);
  g_free (r->preset_id);
  g_clear_object (&r->file);
  g_free (r->name);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Replacement, replacement_free)

static Replacement *
replacement_new (PuenteWindow   *self,
                 PuenteScenario *scenario,
                 const char     *preset_id,
                 GFile          *file)
{
  Replacement *r = g_new0 (Replacement, 1);
  const char  *name = puente_scenario_get_name (scenario, puente_window_get_language (self));

  r->scenario = scenario;
  r->preset_id = g_strdup (preset_id);
  r->file = file != NULL ? g_object_ref (file) : NULL;
  if (name != NULL && *name != '\0')
    r->name = g_strdup (name);
  else if (file != NULL)
    r->name = g_file_get_basename (file);
  else
    r->name = g_strdup (_ ("Untitled Scenario"));
  return r;
}

static void finish_restore (PuenteWindow *self, PuenteRecovery *recovery);

static void
apply_replacement (PuenteWindow *self,
                   Replacement  *r)
{
  PuenteScenario *scenario = g_steal_pointer (&r->scenario);

  if (r->recovery != NULL)
    {
      puente_workspace_restore (self->workspace, scenario, r->file, r->preset_id);
      finish_restore (self, r->recovery);
      return;
    }

  puente_workspace_replace (self->workspace, scenario, r->preset_id, r->file);
  if (r->file != NULL)
    add_recent (r->file);
}

/* The user cancelled, or the save they chose failed: A stays. */
static void
drop_pending (PuenteWindow *self)
{
  GtkWidget *dialog = self->pending_dialog;

  g_clear_weak_pointer (&self->pending_dialog);
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  g_clear_pointer (&self->pending, replacement_free);
}

/* A save the user chose before a replacement has finished. */
static void
continue_pending (PuenteWindow *self)
{
  g_autoptr(Replacement) r = NULL;

  if (self->pending == NULL || !self->pending->after_save)
    return;
  r = g_steal_pointer (&self->pending);
  apply_replacement (self, r);
}

static gboolean save_to (PuenteWindow *self, GFile *file);

typedef enum {
  CHOOSE_OPEN,
  CHOOSE_COMPARE,
  CHOOSE_SAVE,
  CHOOSE_EXPORT_DATA,
  CHOOSE_EXPORT_MAP,
} ChooseKind;

static void run_chooser (PuenteWindow *self, ChooseKind kind);

static void
on_replace_response (AdwMessageDialog *dialog,
                     const char       *response,
                     PuenteWindow     *self)
{
  GFile *file;

  g_clear_weak_pointer (&self->pending_dialog);
  if (self->pending == NULL)
    return;

  if (g_strcmp0 (response, "discard") == 0)
    {
      g_autoptr(Replacement) r = g_steal_pointer (&self->pending);

      apply_replacement (self, r);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      self->pending->after_save = TRUE;
      file = puente_workspace_get_file (self->workspace);
      if (file != NULL)
        save_to (self, file);
      else
        run_chooser (self, CHOOSE_SAVE);
    }
  else
    g_clear_pointer (&self->pending, replacement_free);
}

/* "Save Changes?" with Cancel, Discard and Save (the default); the caller
 * says in the body what happens to the changes. */
static GtkWidget *
save_question_new (PuenteWindow *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Save Changes?"), NULL);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _ ("_Cancel"),
                                    "discard", _ ("_Discard"),
                                    "save", _ ("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

/* Makes @r (taken) scenario A: at once when A has no unsaved changes,
 * else once the user has answered Save, Discard or Cancel. */
static void
request_replacement (PuenteWindow *self,
                     Replacement  *r)
{
  GtkWidget  *dialog;
  const char *current;

  if (!puente_workspace_get_modified (self->workspace))
    {
      g_autoptr(Replacement) now = r;

      apply_replacement (self, now);
      return;
    }

  /* The latest request wins. */
  drop_pending (self);
  self->pending = r;

  current = puente_workspace_get_name (self->workspace, puente_window_get_language (self));
  dialog = save_question_new (self);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: the first %s is the scenario being
                                   * edited, the second the one about to replace it */
                                  _ ("“%s” has changes that are not saved. Opening “%s” replaces them: save them first, or discard them?"),
                                  current, r->name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_replace_response), self);
  g_set_weak_pointer (&self->pending_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
puente_window_open_file (PuenteWindow *self,
                         GFile        *file)
{
  g_autoptr(GError) error = NULL;
  PuenteScenario *scenario;

  g_return_val_if_fail (PUENTE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->workspace == NULL)
    return FALSE;

  /* Read first: a file that cannot be read changes nothing and asks
   * nothing. */
  scenario = puente_workspace_read_file (file, &error);
  if (scenario == NULL)
    {
      puente_window_show_error (self, error);
      return FALSE;
    }

  request_replacement (self, replacement_new (self, scenario, NULL, file));
  return TRUE;
}

gboolean
puente_window_open_preset (PuenteWindow *self,
                           const char   *preset_id)
{
  g_autoptr(GError) error = NULL;
  PuenteScenario *scenario;

  g_return_val_if_fail (PUENTE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (preset_id != NULL, FALSE);

  if (self->workspace == NULL)
    return FALSE;

  scenario = puente_scenario_load_preset (preset_id, &error);
  if (scenario == NULL)
    {
      puente_window_show_error (self, error);
      return FALSE;
    }

  request_replacement (self, replacement_new (self, scenario, preset_id, NULL));
  return TRUE;
}

gboolean
puente_window_compare_file (PuenteWindow *self,
                            GFile        *file)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PUENTE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->workspace == NULL)
    return FALSE;

  if (!puente_workspace_set_compare_file (self->workspace, file, &error))
    {
      puente_window_show_error (self, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean export_data_to (PuenteWindow *self, GFile *file);
static gboolean export_map_to (PuenteWindow *self, GFile *file);

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  PuenteWindow *self = user_data;
  ChooseKind    kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  g_clear_object (&self->chooser);

  if (file == NULL)
    {
      /* No file to save to: an open waiting for that save is off. */
      if (kind == CHOOSE_SAVE)
        drop_pending (self);
      return;
    }

  switch (kind)
    {
    case CHOOSE_OPEN:
      puente_window_open_file (self, file);
      break;
    case CHOOSE_COMPARE:
      puente_window_compare_file (self, file);
      break;
    case CHOOSE_SAVE:
      save_to (self, file);
      break;
    case CHOOSE_EXPORT_DATA:
      export_data_to (self, file);
      break;
    case CHOOSE_EXPORT_MAP:
      export_map_to (self, file);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
run_chooser (PuenteWindow *self,
             ChooseKind    kind)
{
  GtkFileChooserAction action = (kind == CHOOSE_SAVE || kind == CHOOSE_EXPORT_DATA || kind == CHOOSE_EXPORT_MAP)
    ? GTK_FILE_CHOOSER_ACTION_SAVE
    : GTK_FILE_CHOOSER_ACTION_OPEN;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *title;
  const char *accept;

  switch (kind)
    {
    case CHOOSE_OPEN:
      title = _ ("Open Scenario");
      accept = _ ("_Open");
      break;
    case CHOOSE_COMPARE:
      title = _ ("Compare With Scenario");
      accept = _ ("_Compare");
      break;
    case CHOOSE_SAVE:
      title = _ ("Save Scenario");
      accept = _ ("_Save");
      break;
    case CHOOSE_EXPORT_MAP:
      title = _ ("Export Map");
      accept = _ ("_Export");
      break;
    case CHOOSE_EXPORT_DATA:
    default:
      title = _ ("Export Data");
      accept = _ ("_Export");
      break;
    }

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_object_set_data (G_OBJECT (self->chooser), "kind", GINT_TO_POINTER (kind));

  if (kind == CHOOSE_EXPORT_MAP)
    {
      static const struct
      {
        const char *name;
        const char *suffix;
      } formats[] = {
        { N_ ("PNG Images"), "png" },
        { N_ ("SVG Images"), "svg" },
        { N_ ("PDF Documents"), "pdf" },
      };

      /* The format is the name's extension; a filter each to pick one. */
      for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
        {
          g_autoptr(GtkFileFilter) format = gtk_file_filter_new ();

          gtk_file_filter_set_name (format, _ (formats[i].name));
          gtk_file_filter_add_suffix (format, formats[i].suffix);
          gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), format);
        }
      /* Translators: default file name of an exported map; keep .png */
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _ ("puente-map.png"));
      g_clear_object (&filter);
    }
  else if (kind == CHOOSE_EXPORT_DATA)
    {
      gtk_file_filter_set_name (filter, _ ("CSV Files"));
      gtk_file_filter_add_suffix (filter, "csv");
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), "puente-results.csv");
    }
  else
    {
      gtk_file_filter_set_name (filter, _ ("Puente Scenarios"));
      gtk_file_filter_add_suffix (filter, "json");
      if (kind == CHOOSE_SAVE)
        {
          /* Translators: default file name for a saved scenario; keep .json */
          gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _ ("scenario.json"));
        }
    }
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean save_to_full (PuenteWindow *self, GFile *file, PuenteFileWriteFlags flags);

static void
on_read_only_response (AdwMessageDialog *dialog,
                       const char       *response,
                       PuenteWindow     *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (g_strcmp0 (response, "replace") == 0)
    save_to_full (self, file, PUENTE_FILE_WRITE_REPLACE_READ_ONLY);
  else
    drop_pending (self);
}

/* Saving over a read-only file: only if the user says so. */
static void
ask_replace_read_only (PuenteWindow *self,
                       GFile        *file)
{
  g_autofree char *name = g_file_get_parse_name (file);
  GtkWidget       *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Replace Read-Only File?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _ ("“%s” is read-only. Replace it with this scenario? It stays read-only."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _ ("_Cancel"),
                                    "replace", _ ("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_read_only_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
save_to_full (PuenteWindow        *self,
              GFile               *file,
              PuenteFileWriteFlags flags)
{
  g_autoptr(GError) error = NULL;

  if (!puente_workspace_save_file_full (self->workspace, file, flags, &error))
    {
      if (g_error_matches (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_READ_ONLY))
        {
          ask_replace_read_only (self, file);
          return FALSE;
        }
      puente_window_show_error (self, error);
      drop_pending (self);
      return FALSE;
    }

  add_recent (file);
  /* The menus show its name now, not when the folder's monitor tells. */
  if (puente_user_scenarios_contains (file))
    puente_scenario_catalogue_refresh (puente_scenario_catalogue_get_default ());
  show_message (self, _ ("Scenario saved"));
  continue_pending (self);
  return TRUE;
}

static gboolean
save_to (PuenteWindow *self,
         GFile        *file)
{
  return save_to_full (self, file, PUENTE_FILE_WRITE_NONE);
}

/* Where on this computer @file is: exports write local files only. */
static char *
export_path (GFile   *file,
             GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _ ("Cannot save to “%s”: choose a folder on this computer"), uri);
    }
  return path;
}

static gboolean
export_csv (GFile   *file,
            GString *csv,
            GError **error)
{
  g_autofree char *path = export_path (file, error);

  return path != NULL && puente_file_write (path, csv->str, csv->len, PUENTE_FILE_WRITE_NONE, error);
}

static gboolean
export_data_to (PuenteWindow *self,
                GFile        *file)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const PuenteResults *compare = puente_workspace_get_compare_results (self->workspace);
  const char          *a_id = puente_workspace_get_preset_id (self->workspace);

  if (!puente_results_write_csv (puente_workspace_get_results (self->workspace),
                                 a_id != NULL ? a_id : "A", csv, &error) ||
      (compare != NULL &&
       !puente_results_write_csv (compare, puente_workspace_get_compare_id (self->workspace),
                                  csv, &error)) ||
      /* Atomic: a failed write keeps the previous file; never over a
       * folder, a device, a FIFO or a read-only file. */
      !export_csv (file, csv, &error))
    {
      puente_window_show_error (self, error);
      return FALSE;
    }

  show_message (self, _ ("Data exported"));
  return TRUE;
}

/* The Map view as it is (its metric, layers, mode and view), by the
 * file name's extension. */
static gboolean
export_map_to (PuenteWindow *self,
               GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export_path (file, &error);

  if (path == NULL ||
      !puente_map_page_export (PUENTE_MAP_PAGE (puente_main_view_get_map_page (self->view)), path, &error))
    {
      puente_window_show_error (self, error);
      return FALSE;
    }
  show_message (self, _ ("Map exported"));
  return TRUE;
}

/* Actions that only run a file chooser. */
static const struct
{
  const char *action;
  ChooseKind  kind;
} chooser_actions[] = {
  { "win.open", CHOOSE_OPEN },
  { "win.compare-file", CHOOSE_COMPARE },
  { "win.save-as", CHOOSE_SAVE },
  { "win.export-data", CHOOSE_EXPORT_DATA },
  { "win.export-map", CHOOSE_EXPORT_MAP },
};

static void
chooser_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  for (guint i = 0; i < G_N_ELEMENTS (chooser_actions); i++)
    if (g_str_equal (action_name, chooser_actions[i].action))
      run_chooser (PUENTE_WINDOW (widget), chooser_actions[i].kind);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PuenteWindow *self = PUENTE_WINDOW (widget);
  GFile        *file = puente_workspace_get_file (self->workspace);

  if (file != NULL)
    save_to (self, file);
  else
    run_chooser (self, CHOOSE_SAVE);
}

static void
export_chart_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PuenteWindow     *self = PUENTE_WINDOW (widget);
  PuenteChartsPage *page = PUENTE_CHARTS_PAGE (puente_main_view_get_charts_page (self->view));
  PuenteSupplyPage *supply = PUENTE_SUPPLY_PAGE (puente_main_view_get_supply_page (self->view));
  gboolean          sankey = g_strcmp0 (puente_window_get_visible_view (self), PUENTE_VIEW_SUPPLY) == 0;
  g_autoptr(GError) error = NULL;
  PuenteChartData *data;
  PuenteChartData *preview;

  /* The chart in sight: the Supply chain view's Sankey there, else the
   * Charts view's chart. */
  data = sankey ? puente_supply_page_build_data (supply) : puente_charts_page_build_data (page, &error);
  if (data == NULL)
    {
      if (error != NULL)
        puente_window_show_error (self, error);
      return;
    }
  preview = sankey ? puente_supply_page_build_data (supply) : puente_charts_page_build_data (page, NULL);
  gtk_window_present (GTK_WINDOW (puente_export_dialog_new (GTK_WINDOW (self), get_settings (self), self->lang,
                                                            data, preview)));
}

static void
show_message_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  show_message (PUENTE_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  puente_workspace_undo (PUENTE_WINDOW (widget)->workspace);
}

static void
redo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  puente_workspace_redo (PUENTE_WINDOW (widget)->workspace);
}

static void
load_preset (PuenteWindow *self,
             const char   *id)
{
  if (id != NULL && *id != '\0')
    puente_window_open_preset (self, id);
}

static void
set_compare (PuenteWindow *self,
             const char   *id)
{
  g_autoptr(GError) error = NULL;

  if (self->workspace != NULL &&
      !puente_workspace_set_compare_preset (self->workspace, id != NULL && *id != '\0' ? id : NULL, &error))
    puente_window_show_error (self, error);
}

static void
import_stations_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PuenteWindow *self = PUENTE_WINDOW (widget);

  if (self->workspace != NULL)
    puente_station_files_choose (puente_workspace_get_station_files (self->workspace), GTK_WINDOW (self));
}

/* What an import of stations did: errors stay longer. */
static void
on_stations_report (PuenteWindow *self,
                    const char   *message,
                    gboolean      is_error)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, is_error ? 10 : 6);
  if (is_error)
    {
      g_free (self->last_error);
      self->last_error = g_strdup (message);
    }
  puente_main_view_add_toast (self->view, toast);
}

/* The files imported before come back. */
static void
setup_station_files (PuenteWindow *self,
                     GSettings    *settings)
{
  PuenteStationFiles *files = puente_workspace_get_station_files (self->workspace);

  g_signal_connect_object (files, "report", G_CALLBACK (on_stations_report), self, G_CONNECT_SWAPPED);
  puente_station_files_bind_settings (files, settings);
}

/* F9: the levers sidebar; in Present mode, whether it stays pinned. */
static void
toggle_levers_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PuenteViewState *state = PUENTE_WINDOW (widget)->state;
  const char      *property;
  gboolean         present, shown;

  g_object_get (state, "present", &present, NULL);
  property = present ? "levers-pinned" : "levers-shown";
  g_object_get (state, property, &shown, NULL);
  g_object_set (state, property, !shown, NULL);
}

/* ---- Present mode and stepping through views ------------------------- */

static void
leave_present_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  g_object_set (PUENTE_WINDOW (widget)->state, "present", FALSE, NULL);
}

static void
step_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  puente_view_state_step (PUENTE_WINDOW (widget)->state,
                          g_str_equal (action_name, "win.next-view") ? 1 : -1);
}

static void
show_view_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  puente_view_state_set_view (PUENTE_WINDOW (widget)->state, g_variant_get_string (parameter, NULL));
}

/* Full screen, the room's type scale (the "present" style class), the
 * clicker's keys; leaving restores the window as it was. */
static void
on_present_changed (PuenteWindow *self)
{
  gboolean present, high_contrast;

  g_object_get (self->state, "present", &present, "high-contrast", &high_contrast, NULL);
  if (present)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "present");
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "present");
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
  if (present && high_contrast)
    gtk_widget_add_css_class (GTK_WIDGET (self), "high-contrast");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "high-contrast");
  gtk_event_controller_set_propagation_phase (self->clicker, present ? GTK_PHASE_CAPTURE : GTK_PHASE_NONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-present", present);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENT]);
}

static const struct
{
  guint       keyval;
  const char *action;
} slide_keys[] = {
  { GDK_KEY_Right, "win.next-slide" },
  { GDK_KEY_Down, "win.next-slide" },
  { GDK_KEY_space, "win.next-slide" },
  { GDK_KEY_Left, "win.previous-slide" },
  { GDK_KEY_Up, "win.previous-slide" },
  { GDK_KEY_BackSpace, "win.previous-slide" },
};

/* The shortcuts clickers send, caught before a focused list scrolls. */
static GtkEventController *
clicker_controller_new (void)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Down, 0),
                                                          gtk_named_action_new ("win.next-view")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Up, 0),
                                                          gtk_named_action_new ("win.previous-view")));
  /* With a deck open, the other keys clickers send step its slides (the
   * actions are off without slides, and the keys then do what they do). */
  for (guint i = 0; i < G_N_ELEMENTS (slide_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (slide_keys[i].keyval, 0),
                                                            gtk_named_action_new (slide_keys[i].action)));
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
  return controller;
}

/* F6 and Shift+F6: between the levers, the view switcher and the view. */
static void
focus_pane_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PuenteWindow *self = PUENTE_WINDOW (widget);

  if (!puente_main_view_focus_pane (self->view, g_str_equal (action_name, "win.next-pane")))
    gtk_widget_error_bell (widget);
}

/* ---- autosave and recovery ----------------------------------------- */

static char *
origin_of (PuenteWorkspace *workspace)
{
  GFile *file = puente_workspace_get_file (workspace);

  if (file != NULL)
    return g_strconcat ("file:", g_file_peek_path (file), NULL);
  if (puente_workspace_get_preset_id (workspace) != NULL)
    return g_strconcat ("preset:", puente_workspace_get_preset_id (workspace), NULL);
  return g_strdup ("");
}

static void update_banners (PuenteWindow *self);

static void
set_autosave_error (PuenteWindow *self,
                    const GError *error)
{
  if (error == NULL && self->autosave_error == NULL)
    return;

  g_clear_error (&self->autosave_error);
  if (error != NULL)
    self->autosave_error = g_error_copy (error);
  update_banners (self);
}

static gboolean retry_autosave (gpointer user_data);

/* Recovered changes restored into A are in this window's hands now. */
static void
forget_restored (PuenteWindow *self)
{
  if (self->restored == NULL)
    return;
  for (guint i = 0; i < self->restored->len; i++)
    puente_recovery_discard (g_ptr_array_index (self->restored, i));
  g_clear_pointer (&self->restored, g_ptr_array_unref);
}

static gboolean
autosave_now (gpointer user_data)
{
  PuenteWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *origin = NULL;

  self->autosave_source = 0;
  if (self->workspace == NULL || self->autosave == NULL)
    return G_SOURCE_REMOVE;

  /* Only this window's own files: another window's, or recovered ones
   * not yet restored or discarded, are never touched here. Restored ones
   * go once saved, discarded or autosaved here. */
  if (!puente_workspace_get_modified (self->workspace))
    {
      puente_autosave_clear (self->autosave);
      forget_restored (self);
      set_autosave_error (self, NULL);
      return G_SOURCE_REMOVE;
    }

  origin = origin_of (self->workspace);
  if (!puente_autosave_write (self->autosave, puente_workspace_get_scenario (self->workspace),
                              origin, &error))
    {
      g_message ("Unsaved changes could not be autosaved: %s", error->message);
      set_autosave_error (self, error);
      if (self->autosave_retry_source == 0)
        self->autosave_retry_source = g_timeout_add_seconds (AUTOSAVE_RETRY_S, retry_autosave, self);
      return G_SOURCE_REMOVE;
    }

  forget_restored (self);
  set_autosave_error (self, NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
retry_autosave (gpointer user_data)
{
  PuenteWindow *self = user_data;

  self->autosave_retry_source = 0;
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  autosave_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (PuenteWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_now, self);
}

/* The recovered changes just restored are A now: once they are in this
 * window's own autosave, the old files go. */
static void
finish_restore (PuenteWindow   *self,
                PuenteRecovery *recovery)
{
  guint index;

  /* Its files go once this window's autosave holds the changes: now, or
   * after a retry; until then they stay for the next start. */
  if (self->restored == NULL)
    self->restored = g_ptr_array_new_with_free_func ((GDestroyNotify) puente_recovery_free);
  if (g_ptr_array_find (self->recoveries, recovery, &index))
    g_ptr_array_add (self->restored, g_ptr_array_steal_index (self->recoveries, index));
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  autosave_now (self);
  show_message (self, _ ("Unsaved changes restored"));
  update_banners (self);
}

static PuenteRecovery *
first_recovery (PuenteWindow *self)
{
  if (self->recoveries == NULL || self->recoveries->len == 0)
    return NULL;
  return g_ptr_array_index (self->recoveries, 0);
}

static void
restore_autosave_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PuenteWindow   *self = PUENTE_WINDOW (widget);
  PuenteRecovery *recovery = first_recovery (self);
  const char     *origin;
  g_autoptr(GFile) file = NULL;
  const char  *preset_id = NULL;
  Replacement *r;

  if (recovery == NULL || self->workspace == NULL)
    return;

  origin = puente_recovery_get_origin (recovery);
  if (origin != NULL && g_str_has_prefix (origin, "file:"))
    file = g_file_new_for_path (origin + strlen ("file:"));
  else if (origin != NULL && g_str_has_prefix (origin, "preset:"))
    preset_id = origin + strlen ("preset:");

  r = replacement_new (self, puente_scenario_copy (puente_recovery_get_scenario (recovery)),
                       preset_id, file);
  r->recovery = recovery;
  request_replacement (self, r);
}

static void
dismiss_notices_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PuenteWindow *self = PUENTE_WINDOW (widget);

  g_clear_pointer (&self->notices, g_ptr_array_unref);
  update_banners (self);
}

static void
discard_recovery_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PuenteWindow   *self = PUENTE_WINDOW (widget);
  PuenteRecovery *recovery = first_recovery (self);

  if (recovery == NULL)
    return;

  /* A restore of it waiting for an answer is off. */
  if (self->pending != NULL && self->pending->recovery == recovery)
    drop_pending (self);
  puente_recovery_discard (recovery);
  g_ptr_array_remove (self->recoveries, recovery);
  show_message (self, _ ("Recovered changes discarded"));
  update_banners (self);
}

/* The banners, made again in the current language: recovered changes to
 * restore or discard, files set aside at the start, and an autosave that
 * keeps failing. */
static void
update_banners (PuenteWindow *self)
{
  g_autoptr(GPtrArray) banners = g_ptr_array_new ();
  PuenteRecovery *recovery = first_recovery (self);

  if (self->view == NULL)
    return;

  if (recovery != NULL)
    {
      const char      *name = puente_scenario_get_name (puente_recovery_get_scenario (recovery),
                                                        puente_window_get_language (self));
      g_autofree char *when = g_date_time_format (puente_recovery_get_time (recovery), "%Y-%m-%d %H:%M");
      g_autofree char *title = NULL;
      guint            more = self->recoveries->len - 1;
      GtkWidget       *banner;

      if (name == NULL || *name == '\0')
        name = _ ("Untitled Scenario");
      if (more == 0)
        /* Translators: %s is a scenario name, then a date and time */
        title = g_strdup_printf (_ ("Puente closed with unsaved changes to “%s” (autosaved %s)."),
                                 name, when);
      else
        title = g_strdup_printf (ngettext ("Puente closed with unsaved changes to “%s” (autosaved %s), and %u more set of changes.",
                                           "Puente closed with unsaved changes to “%s” (autosaved %s), and %u more sets of changes.",
                                           more),
                                 name, when, more);
      banner = puente_banner_new (title, FALSE);
      puente_banner_add_button (PUENTE_BANNER (banner), _ ("_Discard"), "win.discard-recovery", FALSE);
      puente_banner_add_button (PUENTE_BANNER (banner), _ ("_Restore"), "win.restore-autosave", TRUE);
      g_ptr_array_add (banners, banner);
    }

  if (self->notices != NULL && self->notices->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      GtkWidget *banner;

      for (guint i = 0; i < self->notices->len; i++)
        {
          if (i > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, g_ptr_array_index (self->notices, i));
        }
      banner = puente_banner_new (text->str, TRUE);
      puente_banner_add_button (PUENTE_BANNER (banner), _ ("_Dismiss"), "win.dismiss-notices", FALSE);
      g_ptr_array_add (banners, banner);
    }

  if (self->autosave_error != NULL)
    {
      g_autofree char *dir = puente_autosave_get_dir ();
      g_autofree char *shown = g_filename_display_name (dir);
      g_autofree char *title = NULL;
      GtkWidget       *banner;

      title = g_strdup_printf (_ ("Unsaved changes could not be saved for recovery in “%s”: %s. Puente tries again every %d seconds; save the scenario to keep your changes."),
                               shown, self->autosave_error->message, AUTOSAVE_RETRY_S);
      banner = puente_banner_new (title, TRUE);
      puente_banner_add_button (PUENTE_BANNER (banner), _ ("Save _As…"), "win.save-as", TRUE);
      g_ptr_array_add (banners, banner);
    }

  puente_main_view_set_banners (self->view, banners);
}

/* ---- user scenarios ------------------------------------------------- */


static void
duplicate_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PuenteWindow    *self = PUENTE_WINDOW (widget);
  /* Translators: name of a copy of a scenario; %s is the original's name */
  g_autofree char *name = g_strdup_printf (_ ("%s (copy)"), puente_workspace_get_name (self->workspace, self->lang));
  g_autoptr(GFile) file = puente_user_scenarios_new_file (name);

  puente_workspace_duplicate (self->workspace, name, file);
  if (save_to (self, file))
    show_message (self, _ ("Saved as one of your scenarios"));
}

static void
on_rename_response (AdwMessageDialog *dialog,
                    const char       *response,
                    PuenteWindow     *self)
{
  GtkEditable     *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  GFile           *file;

  if (g_strcmp0 (response, "rename") != 0 || *name == '\0')
    return;

  puente_workspace_set_name (self->workspace, self->lang, name);
  file = puente_workspace_get_file (self->workspace);
  if (file != NULL && puente_user_scenarios_contains (file))
    save_to (self, file);
}

static void
rename_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PuenteWindow *self = PUENTE_WINDOW (widget);
  GtkWidget    *dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Rename Scenario"), NULL);
  GtkWidget    *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry),
                         puente_workspace_get_name (self->workspace, self->lang));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _ ("_Cancel"),
                                    "rename", _ ("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_rename_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    PuenteWindow     *self)
{
  g_autoptr(GError) error = NULL;
  GFile *file = puente_workspace_get_file (self->workspace);

  if (g_strcmp0 (response, "delete") != 0 || file == NULL)
    return;

  if (!g_file_delete (file, NULL, &error))
    {
      puente_window_show_error (self, error);
      return;
    }

  puente_scenario_catalogue_refresh (puente_scenario_catalogue_get_default ());
  if (!puente_workspace_load_preset (self->workspace, "baseline", &error))
    puente_window_show_error (self, error);
  show_message (self, _ ("Scenario deleted"));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PuenteWindow *self = PUENTE_WINDOW (widget);
  GtkWidget    *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Delete Scenario?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _ ("“%s” will be deleted from your scenarios. This cannot be undone."),
                                  puente_workspace_get_name (self->workspace, self->lang));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _ ("_Cancel"),
                                    "delete", _ ("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- drag and drop --------------------------------------------------- */

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  PuenteWindow *self = user_data;
  g_autoptr(GFile) scenario = NULL;
  gboolean imported = FALSE;

  /* Station files (several at once) are imported; a scenario opens. */
  if (self->workspace != NULL)
    imported = puente_station_files_drop (puente_workspace_get_station_files (self->workspace), value, &scenario);
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    scenario = g_value_dup_object (value);
  if (scenario != NULL)
    return puente_window_open_file (self, scenario) || imported;
  return imported;
}

/* ---- closing --------------------------------------------------------- */

static gboolean
close_now (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* Closing from a dialog's answer: once the dialog, transient for this
 * window, is gone (closing at once left it pointing at a freed window). */
static void
close_when_idle (PuenteWindow *self)
{
  self->closing_confirmed = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT, close_now, g_object_ref (self), g_object_unref);
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   PuenteWindow     *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    close_when_idle (self);
  else if (g_strcmp0 (response, "save") == 0)
    {
      GFile *file = puente_workspace_get_file (self->workspace);

      if (file != NULL && save_to (self, file))
        close_when_idle (self);
      else if (file == NULL)
        {
          run_chooser (self, CHOOSE_SAVE);
        }
    }
}

static gboolean
confirm_close (PuenteWindow *self)
{
  GtkWidget  *dialog;
  const char *name = puente_workspace_get_name (self->workspace, self->lang);

  dialog = save_question_new (self);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _ ("“%s” has changes that are not saved. Changes that are not saved are lost."),
                                  name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* ---- workspace and language ---------------------------------------- */

static void
on_workspace_notify (PuenteWindow *self)
{
  update_title (self);
  update_actions (self);
  schedule_autosave (self);
}

/* The scenario menus mark the current A and B (their actions' states). */
static void
on_scenario_changed (PuenteWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO_PRESET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARE]);
  on_workspace_notify (self);
}

/* Metric or US customary: one meeting-wide preference, whatever the
 * language (a language switch changes words, never numbers). */
static void
apply_units (PuenteWindow *self)
{
  g_autofree char *units = g_settings_get_string (get_settings (self), "units");
  PuenteUnitSystem system;

  if (!puente_units_from_string (units, &system))
    system = PUENTE_UNITS_METRIC;
  puente_units_set_current (system);
}

/* Builds the window's content in the window's language, from the
 * workspace (what the user works on) and the view state (how the window
 * shows it): a rebuild loses nothing. */
static void update_deck (PuenteWindow *self);

static void
build_view (PuenteWindow *self)
{
  GtkWidget *view;
  /* A language switch keeps the keyboard focus where it was. */
  g_autoptr(GArray) focus = self->view == NULL ? NULL
                                                : puente_a11y_focus_path (GTK_WIDGET (self->view), gtk_root_get_focus (GTK_ROOT (self)));

  /* GtkBuilder's translatable strings and _() on this thread. */
  puente_i18n_set_thread_lang (self->lang);
  apply_units (self);
  /* GtkApplication loads the shortcuts window once, before the window
   * has a language: load it again in this one. */
  {
    g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");

    gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                             GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  }
  view = puente_main_view_new (self->workspace, self->state, self->lang, self->dataset_error);

  self->view = PUENTE_MAIN_VIEW (view);
  if (self->deck != NULL)
    puente_main_view_set_deck_panel (self->view, puente_deck_panel_new (self->deck, self->lang));
  update_deck (self);
  puente_main_view_set_playing (self->view, self->play_source != 0);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), view);
  puente_a11y_focus_path_restore (view, focus);

  update_title (self);
  update_actions (self);
  update_banners (self);
}

gboolean
puente_window_set_language (PuenteWindow *self,
                            PuenteLang    lang)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PUENTE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (lang == PUENTE_LANG_EN || lang == PUENTE_LANG_ES, FALSE);

  /* A language that cannot be shown is said so, never shown in English. */
  if (!puente_i18n_check (lang, &error))
    {
      puente_window_show_error (self, error);
      return FALSE;
    }

  /* Remembered for the next start, unless it came from the setting. */
  if (!self->following_setting)
    g_settings_set_string (get_settings (self), "language", puente_lang_to_string (lang));

  if (lang == self->lang && self->view != NULL)
    return TRUE;

  self->lang = lang;
  build_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  return TRUE;
}

static void
on_language_setting_changed (PuenteWindow *self,
                             const char   *key,
                             GSettings    *settings)
{
  g_autofree char *text = g_settings_get_string (settings, "language");
  PuenteLang       lang;

  /* "auto" follows the system. */
  if (!puente_lang_from_string (text, &lang))
    lang = puente_i18n_get_system_lang ();
  self->following_setting = TRUE;
  puente_window_set_language (self, lang);
  self->following_setting = FALSE;
}

/* PageDown and PageUp in Present mode: the deck's slides when it has
 * some, else the views. */
static gboolean
on_state_step (PuenteWindow *self,
               int           delta)
{
  if (self->deck == NULL || puente_deck_session_get_n_slides (self->deck) == 0)
    return FALSE;
  puente_deck_session_step (self->deck, delta);
  return TRUE;
}

/* "Slide 3 / 5" beside Present mode's controls while a slide is shown;
 * the slide actions on while the deck has slides. */
static void
update_deck (PuenteWindow *self)
{
  g_autofree char *counter = NULL;
  gboolean         present = FALSE;
  int              current;
  guint            n;

  if (self->deck == NULL || self->view == NULL)
    return;
  n = puente_deck_session_get_n_slides (self->deck);
  current = puente_deck_session_get_current (self->deck);
  g_object_get (self->state, "present", &present, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-slide", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-slide", n > 0);
  if (present && current >= 0 && (guint) current < n)
    /* Translators: the slide counter in Present mode: slide 3 of 5 */
    counter = g_strdup_printf (_ ("Slide %d / %u"), current + 1, n);
  puente_main_view_set_slide_counter (self->view, counter);
}

/* A slide's scenario A: through request_replacement (), which asks
 * before unsaved changes to A are replaced. */
static void
on_deck_replace_scenario (PuenteWindow         *self,
                          const PuenteScenario *scenario)
{
  const char  *id = puente_scenario_get_id (scenario);
  const char **presets;
  guint        n_presets = 0;
  const char  *preset_id = NULL;

  presets = puente_scenario_list_presets (&n_presets);
  for (guint i = 0; id != NULL && i < n_presets; i++)
    if (g_str_equal (presets[i], id))
      preset_id = id;
  request_replacement (self, replacement_new (self, puente_scenario_copy (scenario), preset_id, NULL));
}

static void
setup_workspace (PuenteWindow *self)
{
  guint n_recovered;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);

  if (dataset == NULL)
    {
      self->dataset_error = g_steal_pointer (&error);
      build_view (self);
      return;
    }

  self->workspace = puente_workspace_new (dataset);
  if (!puente_workspace_load_preset (self->workspace, "baseline", &error))
    {
      g_warning ("The baseline preset could not be loaded: %s", error->message);
      g_clear_error (&error);
    }

  /* Files that cannot be read are set aside, never stop the start. */
  problems = g_ptr_array_new_with_free_func (g_free);
  puente_user_scenarios_check (problems);
  self->autosave = puente_autosave_new ();
  self->recoveries = puente_recovery_find (problems);

  g_signal_connect_object (self->workspace, "notify::modified",
                           G_CALLBACK (on_workspace_notify), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "notify::can-undo",
                           G_CALLBACK (on_workspace_notify), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "notify::can-redo",
                           G_CALLBACK (on_workspace_notify), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "scenario-changed",
                           G_CALLBACK (on_scenario_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "levers-changed",
                           G_CALLBACK (schedule_autosave), self, G_CONNECT_SWAPPED);

  /* The deck: a slide's A replaces A as any other scenario does. */
  self->deck = puente_deck_session_new (self->workspace, self->state);
  g_signal_connect_object (self->deck, "replace-scenario", G_CALLBACK (on_deck_replace_scenario), self,
                           G_CONNECT_SWAPPED);
  {
    g_autofree char *base = g_strdup (puente_autosave_get_path (self->autosave));
    g_autofree char *deck_path = NULL;

    if (g_str_has_suffix (base, ".json"))
      base[strlen (base) - strlen (".json")] = '\0';
    deck_path = g_strconcat (base, ".puente-deck", NULL);
    puente_deck_session_set_autosave_path (self->deck, deck_path);
  }
  n_recovered = puente_deck_session_recover (self->deck);
  g_signal_connect_object (self->deck, "changed", G_CALLBACK (update_deck), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->deck, "notify::current", G_CALLBACK (update_deck), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::present", G_CALLBACK (update_deck), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "step", G_CALLBACK (on_state_step), self, G_CONNECT_SWAPPED);

  if (n_recovered > 0)
    /* Translators: at the start, after a crash; %u is the number of slides */
    g_ptr_array_add (problems, g_strdup_printf (puente_ngettext (self->lang, "A deck with changes that were not saved (%u slide) was recovered: save it with Save Deck…", "A deck with changes that were not saved (%u slides) was recovered: save it with Save Deck…", n_recovered), n_recovered));

  /* Said in a banner that stays until dismissed: a toast would cut the
   * message short or time out before it is read. */
  if (problems->len > 0)
    {
      g_free (self->last_error);
      self->last_error = g_strdup (g_ptr_array_index (problems, problems->len - 1));
      self->notices = g_steal_pointer (&problems);
    }
  build_view (self);
}

/* ---- public ---------------------------------------------------------- */

PuenteDeckSession *
puente_window_get_deck_session (PuenteWindow *self)
{
  g_return_val_if_fail (PUENTE_IS_WINDOW (self), NULL);

  return self->deck;
}

static void setup (PuenteWindow *self, PuenteApplication *application);

PuenteWindow *
puente_window_new (PuenteApplication *application)
{
  PuenteWindow *self;

  g_return_val_if_fail (PUENTE_IS_APPLICATION (application), NULL);

  self = g_object_new (PUENTE_TYPE_WINDOW, "application", application, NULL);
  setup (self, application);
  return self;
}

PuenteWorkspace *
puente_window_get_workspace (PuenteWindow *self)
{
  g_return_val_if_fail (PUENTE_IS_WINDOW (self), NULL);

  return self->workspace;
}

GtkWidget *
puente_window_get_overview (PuenteWindow *self)
{
  g_return_val_if_fail (PUENTE_IS_WINDOW (self), NULL);

  return puente_main_view_get_overview (self->view);
}

GtkWidget *
puente_window_get_lever_panel (PuenteWindow *self)
{
  g_return_val_if_fail (PUENTE_IS_WINDOW (self), NULL);

  return puente_main_view_get_lever_panel (self->view);
}

const char *
puente_window_get_autosave_path (PuenteWindow *self)
{
  g_return_val_if_fail (PUENTE_IS_WINDOW (self), NULL);

  return self->autosave != NULL ? puente_autosave_get_path (self->autosave) : NULL;
}

const char *
puente_window_get_last_error (PuenteWindow *self)
{
  g_return_val_if_fail (PUENTE_IS_WINDOW (self), NULL);

  return self->last_error;
}

PuenteViewState *
puente_window_get_view_state (PuenteWindow *self)
{
  g_return_val_if_fail (PUENTE_IS_WINDOW (self), NULL);

  return self->state;
}

const char *
puente_window_get_visible_view (PuenteWindow *self)
{
  g_return_val_if_fail (PUENTE_IS_WINDOW (self), NULL);

  return puente_view_state_get_view (self->state);
}

void
puente_window_set_visible_view (PuenteWindow *self,
                                const char   *name)
{
  g_return_if_fail (PUENTE_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  puente_view_state_set_view (self->state, name);
}

PuenteMainView *
puente_window_get_main_view (PuenteWindow *self)
{
  g_return_val_if_fail (PUENTE_IS_WINDOW (self), NULL);

  return self->view;
}

/* ---- window state ---------------------------------------------------- */

static GSettings *
get_settings (PuenteWindow *self)
{
  return puente_application_get_settings (PUENTE_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static void
restore_window_state (PuenteWindow *self)
{
  GSettings *settings = get_settings (self);

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
  GSettings    *settings = get_settings (self);

  if (self->workspace != NULL && puente_workspace_get_modified (self->workspace) &&
      !self->closing_confirmed)
    return confirm_close (self);

  stop_playing (self);

  /* Closed on purpose: nothing of this window's to recover next time
   * (recovered changes not dealt with stay for the next start). */
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->autosave_retry_source, g_source_remove);
  if (self->autosave != NULL)
    puente_autosave_clear (self->autosave);

  {
    int width, height;

    gtk_window_get_default_size (window, &width, &height);
    g_settings_set_int (settings, "window-width", width);
    g_settings_set_int (settings, "window-height", height);
    g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
  }

  return GTK_WINDOW_CLASS (puente_window_parent_class)->close_request (window);
}

/* Once the window belongs to @application (GObject sets "application"
 * after constructed ()), it reads the settings and builds its content. */
static void
setup (PuenteWindow      *self,
       PuenteApplication *application)
{
  GSettings *settings = get_settings (self);
  g_autoptr(GError) error = NULL;

  /* The map's metric and layers are remembered for the next start. */
  g_settings_bind (settings, "map-metric", self->state, "map-metric", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "map-layers", self->state, "map-layers", G_SETTINGS_BIND_DEFAULT);

  /* The application's language when it can be shown, else English and
   * why (once the view can show it). */
  self->lang = puente_application_get_language (application);
  if (!puente_i18n_check (self->lang, &error))
    self->lang = PUENTE_LANG_EN;

  restore_window_state (self);
  setup_workspace (self);
  if (error != NULL)
    puente_window_show_error (self, error);
  if (self->workspace != NULL)
    setup_station_files (self, settings);

  g_signal_connect_object (settings, "changed::language",
                           G_CALLBACK (on_language_setting_changed), self, G_CONNECT_SWAPPED);
  /* Units show everywhere: the content is rebuilt, as for a language. */
  g_signal_connect_object (settings, "changed::units",
                           G_CALLBACK (build_view), self, G_CONNECT_SWAPPED);
}

static void
puente_window_dispose (GObject *object)
{
  PuenteWindow *self = PUENTE_WINDOW (object);

  g_clear_handle_id (&self->play_source, g_source_remove);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->autosave_retry_source, g_source_remove);
  drop_pending (self);
  g_clear_pointer (&self->recoveries, g_ptr_array_unref);
  g_clear_pointer (&self->notices, g_ptr_array_unref);
  g_clear_pointer (&self->restored, g_ptr_array_unref);
  g_clear_object (&self->autosave);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_WINDOW);
  g_clear_object (&self->deck);
  g_clear_object (&self->workspace);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (puente_window_parent_class)->dispose (object);
}

static void
puente_window_finalize (GObject *object)
{
  PuenteWindow *self = PUENTE_WINDOW (object);

  g_free (self->last_error);
  g_clear_error (&self->dataset_error);
  g_clear_error (&self->autosave_error);

  G_OBJECT_CLASS (puente_window_parent_class)->finalize (object);
}

static void
puente_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PuenteWindow *self = PUENTE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, puente_lang_to_string (self->lang));
      break;
    case PROP_SCENARIO_PRESET:
      g_value_set_string (value, self->workspace != NULL && puente_workspace_get_preset_id (self->workspace) != NULL ? puente_workspace_get_preset_id (self->workspace) : "");
      break;
    case PROP_SCENARIO_FILE:
      {
        GFile *file = self->workspace != NULL ? puente_workspace_get_file (self->workspace) : NULL;

        g_value_set_string (value, file != NULL && g_file_peek_path (file) != NULL ? g_file_peek_path (file) : "");
      }
      break;
    case PROP_COMPARE:
      g_value_set_string (value, self->workspace != NULL && puente_workspace_get_compare_id (self->workspace) != NULL ? puente_workspace_get_compare_id (self->workspace) : "");
      break;
    case PROP_PRESENT:
      {
        gboolean present;

        g_object_get (self->state, "present", &present, NULL);
        g_value_set_boolean (value, present);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PuenteWindow *self = PUENTE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      {
        PuenteLang lang;

        if (self->view != NULL && puente_lang_from_string (g_value_get_string (value), &lang) &&
            lang != PUENTE_LANG_BOTH)
          puente_window_set_language (self, lang);
      }
      break;
    case PROP_SCENARIO_PRESET:
      load_preset (self, g_value_get_string (value));
      break;
    case PROP_SCENARIO_FILE:
      if (g_value_get_string (value) != NULL && *g_value_get_string (value) != '\0')
        {
          g_autoptr(GFile) file = g_file_new_for_path (g_value_get_string (value));

          puente_window_open_file (self, file);
        }
      break;
    case PROP_COMPARE:
      set_compare (self, g_value_get_string (value));
      break;
    case PROP_PRESENT:
      g_object_set (self->state, "present", g_value_get_boolean (value), NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
toggle_language_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PuenteWindow *self = PUENTE_WINDOW (widget);

  puente_window_set_language (self, self->lang == PUENTE_LANG_ES ? PUENTE_LANG_EN : PUENTE_LANG_ES);
}

/* Alt+1 … Alt+4 show the views in the switcher's order. */
static const char *const shown_views[] = {
  PUENTE_VIEW_OVERVIEW,
  PUENTE_VIEW_MAP,
  PUENTE_VIEW_CHARTS,
  PUENTE_VIEW_SUPPLY,
};

static void
puente_window_class_init (PuenteWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = puente_window_dispose;
  object_class->finalize = puente_window_finalize;
  object_class->get_property = puente_window_get_property;
  object_class->set_property = puente_window_set_property;
  window_class->close_request = puente_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-window.ui");

  for (guint i = 0; i < G_N_ELEMENTS (chooser_actions); i++)
    gtk_widget_class_install_action (widget_class, chooser_actions[i].action, NULL, chooser_activated);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "win.export-chart", NULL, export_chart_activated);
  gtk_widget_class_install_action (widget_class, "win.show-message", "s", show_message_activated);
  gtk_widget_class_install_action (widget_class, "win.restore-autosave", NULL, restore_autosave_activated);
  gtk_widget_class_install_action (widget_class, "win.discard-recovery", NULL, discard_recovery_activated);
  gtk_widget_class_install_action (widget_class, "win.dismiss-notices", NULL, dismiss_notices_activated);
  gtk_widget_class_install_action (widget_class, "win.duplicate", NULL, duplicate_activated);
  gtk_widget_class_install_action (widget_class, "win.rename", NULL, rename_activated);
  gtk_widget_class_install_action (widget_class, "win.delete-scenario", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.play", NULL, play_activated);
  gtk_widget_class_install_action (widget_class, "win.toggle-levers", NULL, toggle_levers_activated);
  gtk_widget_class_install_action (widget_class, "win.leave-present", NULL, leave_present_activated);
  gtk_widget_class_install_action (widget_class, "win.next-view", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "win.previous-view", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_activated);
  gtk_widget_class_install_action (widget_class, "win.import-stations", NULL, import_stations_activated);
  gtk_widget_class_install_action (widget_class, "win.toggle-language", NULL, toggle_language_activated);
  gtk_widget_class_install_action (widget_class, "win.next-pane", NULL, focus_pane_activated);
  gtk_widget_class_install_action (widget_class, "win.previous-pane", NULL, focus_pane_activated);

  puente_deck_actions_install (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-levers", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.next-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, "win.previous-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-chart", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-map", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "win.toggle-language", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  /* Present mode: F5 as in presentation programs, F11 as for full screen. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "win.next-view", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "win.previous-view", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (shown_views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.show-view", "s",
                                         shown_views[i]);

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "en",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The scenario menus' actions are these properties: the menus mark
   * the current preset, file and comparison. */
  properties[PROP_SCENARIO_PRESET] =
    g_param_spec_string ("scenario-preset", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCENARIO_FILE] =
    g_param_spec_string ("scenario-file", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE] =
    g_param_spec_string ("compare", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESENT] =
    g_param_spec_boolean ("present", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_property_action (widget_class, "win.language", "language");
  gtk_widget_class_install_property_action (widget_class, "win.load-preset", "scenario-preset");
  gtk_widget_class_install_property_action (widget_class, "win.load-file", "scenario-file");
  gtk_widget_class_install_property_action (widget_class, "win.compare", "compare");
  gtk_widget_class_install_property_action (widget_class, "win.present", "present");
}

static void
puente_window_init (PuenteWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->state = puente_view_state_new ();
  self->clicker = clicker_controller_new ();
  gtk_widget_add_controller (GTK_WIDGET (self), self->clicker);
  g_signal_connect_object (self->state, "notify::present", G_CALLBACK (on_present_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::high-contrast", G_CALLBACK (on_present_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-present", FALSE);

  if (g_str_has_suffix (APP_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, (GType[]){ GDK_TYPE_FILE_LIST, G_TYPE_FILE }, 2);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
