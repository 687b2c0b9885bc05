/* puente-deck-actions.c: the window's deck actions
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "puente-deck-actions.h"
#include "puente-tsan.h"
#include "puente-deck-session.h"
#include "puente-report.h"
#include "puente-units.h"
#include "puente-window-private.h"

static void
say (GtkWidget  *window,
     const char *message)
{
  gtk_widget_activate_action (window, "win.show-message", "s", message);
}

static void
add_to_deck_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PuenteDeckSession *session = puente_window_get_deck_session (PUENTE_WINDOW (widget));
  g_autofree char   *message = NULL;
  guint              index;

  if (session == NULL)
    return;
  index = puente_deck_session_add_current (session);
  /* Translators: a toast after Add to Deck; %u is the slide's number */
  message = g_strdup_printf (_ ("Added to the deck as slide %u"), index + 1);
  say (widget, message);
}

/* ---- open and save ------------------------------------------------------- */

static GtkFileFilter *
deck_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _ ("Puente Decks"));
  gtk_file_filter_add_suffix (filter, "puente-deck");
  return filter;
}

/* Open Deck's and Save Deck's choosers: "save" set on the latter. */
static void
on_deck_file_response (GtkNativeDialog *chooser,
                       int              response,
                       GtkWidget       *window)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  PuenteDeckSession *session = puente_window_get_deck_session (PUENTE_WINDOW (window));
  gboolean           save = g_object_get_data (G_OBJECT (chooser), "save") != NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && file != NULL && session != NULL)
    {
      if (!(save ? puente_deck_session_save (session, file, &error) : puente_deck_session_open (session, file, &error)))
        puente_window_show_error (PUENTE_WINDOW (window), error);
      else
        say (window, save ? _ ("Deck saved") : _ ("Deck opened"));
    }
  g_object_unref (chooser);
}

static void
run_open (GtkWidget *window)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_ ("Open Deck"), GTK_WINDOW (window),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"),
                                                               _ ("_Cancel"));
  g_autoptr(GtkFileFilter) filter = deck_filter ();

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_deck_file_response), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     GtkWidget        *window)
{
  if (g_str_equal (response, "discard"))
    run_open (window);
}

static void
open_deck_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PuenteDeckSession *session = puente_window_get_deck_session (PUENTE_WINDOW (widget));
  GtkWidget         *dialog;

  if (session == NULL)
    return;
  if (!puente_deck_session_get_modified (session) || puente_deck_session_get_n_slides (session) == 0)
    {
      run_open (widget);
      return;
    }
  /* Work is never lost without asking. */
  dialog = adw_message_dialog_new (GTK_WINDOW (widget), _ ("Discard the Deck’s Changes?"),
                                   _ ("The deck has changes that are not saved. Opening another deck discards them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "discard",
                                    _ ("_Discard and Open…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_discard_response), widget);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_deck_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PuenteDeckSession    *session = puente_window_get_deck_session (PUENTE_WINDOW (widget));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = deck_filter ();

  if (session == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_ ("Save Deck"), GTK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _ ("_Save"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (puente_deck_session_get_file (session) != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), puente_deck_session_get_file (session), NULL);
  else
    /* Translators: default file name of a saved deck; keep .puente-deck */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _ ("meeting.puente-deck"));
  g_object_set_data (G_OBJECT (chooser), "save", GINT_TO_POINTER (TRUE));
  g_signal_connect (chooser, "response", G_CALLBACK (on_deck_file_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the report ---------------------------------------------------------- */

typedef struct
{
  PuenteDeck         *deck;
  PuenteDataset      *dataset;
  PuenteReportOptions options;
  char               *path;
} ReportJob;

static void
report_job_free (ReportJob *job)
{
  /* On whichever thread GTask drops the job (puente-tsan.h). */
  PUENTE_TSAN_ACQUIRE (job);
  puente_deck_free (job->deck);
  puente_dataset_unref (job->dataset);
  g_free (job->path);
  g_free (job);
}

static void
report_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ReportJob *job = task_data;
  GError    *error = NULL;
  gboolean   done;

  /* The job, handed over by on_report_response () (puente-tsan.h). */
  PUENTE_TSAN_ACQUIRE (job);
  done = puente_report_export (&job->options, job->path, &error);
  PUENTE_TSAN_RELEASE (job);
  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_report_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* After report_thread (); freed wherever GTask drops it. */
  PUENTE_TSAN_ACQUIRE (g_task_get_task_data (G_TASK (result)));
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    puente_window_show_error (PUENTE_WINDOW (source), error);
  else
    say (GTK_WIDGET (source), _ ("Report exported"));
  PUENTE_TSAN_RELEASE (g_task_get_task_data (G_TASK (result)));
}

static void
on_report_response (GtkNativeDialog *chooser,
                    int              response,
                    GtkWidget       *window)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  PuenteDeckSession *session = puente_window_get_deck_session (PUENTE_WINDOW (window));
  const char        *lang = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "lang");
  const char        *layout = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "layout");
  const char        *paper = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "paper");
  g_autoptr(GTask) task = NULL;
  ReportJob *job;

  if (response != GTK_RESPONSE_ACCEPT || file == NULL || session == NULL)
    {
      g_object_unref (chooser);
      return;
    }
  job = g_new0 (ReportJob, 1);
  job->path = g_file_get_path (file);
  job->deck = puente_deck_copy (puente_deck_session_get_deck (session));
  job->dataset = puente_dataset_ref (puente_deck_session_get_dataset (session));
  puente_report_options_init (&job->options, job->deck, job->dataset);
  if (lang == NULL || !puente_lang_from_string (lang, &job->options.lang))
    job->options.lang = puente_window_get_language (PUENTE_WINDOW (window));
  if (paper != NULL)
    puente_report_paper_from_string (paper, &job->options.paper);
  job->options.both_layout = g_strcmp0 (layout, "sequence") == 0 ? PUENTE_REPORT_BOTH_SEQUENCE
                                                                 : PUENTE_REPORT_BOTH_SIDE;
  job->options.units = puente_units_get_current ();
  g_object_unref (chooser);

  if (job->path == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                      _ ("Puente writes reports to this computer's folders only"));

      report_job_free (job);
      puente_window_show_error (PUENTE_WINDOW (window), error);
      return;
    }
  say (window, _ ("Printing the report…"));
  task = g_task_new (window, NULL, on_report_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) report_job_free);
  PUENTE_TSAN_RELEASE (job);
  g_task_run_in_thread (task, report_thread);
}

static void
export_report_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PuenteDeckSession    *session = puente_window_get_deck_session (PUENTE_WINDOW (widget));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *lang_ids[] = { "en", "es", "both", NULL };
  const char *lang_labels[] = { _ ("English"), _ ("Spanish"), _ ("English and Spanish"), NULL };
  const char *layout_ids[] = { "side", "sequence", NULL };
  const char *layout_labels[] = { _ ("Side by side"), _ ("One after the other"), NULL };
  const char *paper_ids[] = { "a4", "letter", NULL };
  const char *paper_labels[] = { _ ("A4"), _ ("Letter"), NULL };

  if (session == NULL)
    return;
  if (puente_deck_session_get_n_slides (session) == 0)
    {
      say (widget, _ ("The deck has no slides: Add to Deck (Ctrl+D) first"));
      return;
    }
  chooser = gtk_file_chooser_native_new (_ ("Export Report"), GTK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _ ("PDF Documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: default file name of an exported report; keep .pdf */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _ ("puente-report.pdf"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "lang", _ ("Language"), lang_ids, lang_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "lang",
                               puente_lang_to_string (puente_window_get_language (PUENTE_WINDOW (widget))));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "layout", _ ("Both languages"), layout_ids,
                               layout_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "layout", "side");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "paper", _ ("Paper"), paper_ids, paper_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "paper", "a4");
  g_signal_connect (chooser, "response", G_CALLBACK (on_report_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
step_slide_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PuenteDeckSession *session = puente_window_get_deck_session (PUENTE_WINDOW (widget));

  if (session != NULL)
    puente_deck_session_step (session, g_str_equal (action_name, "win.next-slide") ? 1 : -1);
}

void
puente_deck_actions_install (GtkWidgetClass *window_class)
{
  gtk_widget_class_install_action (window_class, "win.next-slide", NULL, step_slide_activated);
  gtk_widget_class_install_action (window_class, "win.previous-slide", NULL, step_slide_activated);
  gtk_widget_class_install_action (window_class, "win.add-to-deck", NULL, add_to_deck_activated);
  gtk_widget_class_install_action (window_class, "win.open-deck", NULL, open_deck_activated);
  gtk_widget_class_install_action (window_class, "win.save-deck", NULL, save_deck_activated);
  gtk_widget_class_install_action (window_class, "win.export-report", NULL, export_report_activated);
  gtk_widget_class_add_binding_action (window_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.add-to-deck", NULL);
}
