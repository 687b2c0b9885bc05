/* puente-export-dialog.c: export the chart on screen as PNG, SVG, PDF or CSV
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The preview is drawn by the same code as the file, with the chosen
 * language, style and size, so the export is what the preview shows. The
 * size is a screen's pixels, or a physical size where the type prints at
 * its own size: the chart's report figure (160 × 100 mm for most), an A4
 * or letter page, or millimetres. PNG starts on the screen, PDF and SVG on
 * the report figure, until a size is chosen. The file is written by
 * src/charts (temporary file, then rename: a failed export keeps the
 * previous file).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-a11y.h"
#include "puente-chart-export.h"
#include "puente-chart-view.h"
#include "puente-export-dialog-private.h"

struct _PuenteExportDialog
{
  AdwWindow             parent_instance;

  PuenteChartData      *data;
  GtkFileChooserNative *chooser;

  AdwComboRow          *format_row;
  AdwComboRow          *language_row;
  AdwComboRow          *style_row;
  AdwComboRow          *size_row;
  AdwActionRow         *width_row;
  AdwActionRow         *height_row;
  GtkSpinButton        *width_spin;
  GtkSpinButton        *height_spin;
  GtkWidget            *dpi_row;
  GtkSpinButton        *dpi_spin;
  GtkWidget            *size_group;
  GtkAspectFrame       *preview_frame;
  PuenteChartView      *preview;

  guint                 shown_size;  /* the size_row choice the spins show */
  gboolean              size_chosen; /* by the user: formats keep it */
  gboolean              updating;
};

/* The size_row's choices. */
enum {
  SIZE_SCREEN,
  SIZE_REPORT,
  SIZE_A4,
  SIZE_LETTER,
  SIZE_CUSTOM,
};

G_DEFINE_FINAL_TYPE (PuenteExportDialog, puente_export_dialog, ADW_TYPE_WINDOW)

static const PuenteChartFormat formats[] = {
  PUENTE_CHART_FORMAT_PNG,
  PUENTE_CHART_FORMAT_SVG,
  PUENTE_CHART_FORMAT_PDF,
  PUENTE_CHART_FORMAT_CSV,
};

static PuenteChartFormat
selected_format (PuenteExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  return formats[MIN (selected, G_N_ELEMENTS (formats) - 1)];
}

static void
selected_style (PuenteExportDialog *self,
                PuenteChartStyle   *style)
{
  static const PuenteLang langs[] = { PUENTE_LANG_EN, PUENTE_LANG_ES, PUENTE_LANG_BOTH };

  puente_chart_style_init (style);
  style->lang = langs[MIN (adw_combo_row_get_selected (self->language_row), G_N_ELEMENTS (langs) - 1)];
  style->preset = adw_combo_row_get_selected (self->style_row) == 0 ? PUENTE_CHART_STYLE_PRESENTATION
                                                                    : PUENTE_CHART_STYLE_REPORT;
}

static void
selected_size (PuenteExportDialog *self,
               PuenteChartSize    *size)
{
  guint choice = adw_combo_row_get_selected (self->size_row);

  switch (choice)
    {
    case SIZE_REPORT:
      puente_chart_size_init_default (size, PUENTE_CHART_FORMAT_PDF, self->data->kind);
      break;
    case SIZE_A4:
    case SIZE_LETTER:
      puente_chart_size_parse (choice == SIZE_A4 ? "a4" : "letter", size, NULL);
      break;
    case SIZE_SCREEN:
    case SIZE_CUSTOM:
    default:
      memset (size, 0, sizeof *size);
      size->width = gtk_spin_button_get_value (self->width_spin);
      size->height = gtk_spin_button_get_value (self->height_spin);
      size->unit = choice == SIZE_CUSTOM ? PUENTE_CHART_UNIT_MM : PUENTE_CHART_UNIT_PX;
      break;
    }
  size->dpi = gtk_spin_button_get_value (self->dpi_spin);
}

/* The spins in pixels (a screen) or millimetres (a custom print size),
 * from @size; hidden for pages and the report figure, whose size the
 * row says. */
static void
show_size (PuenteExportDialog    *self,
           guint                  choice,
           const PuenteChartSize *size)
{
  gboolean mm = choice == SIZE_CUSTOM;
  gboolean spins = choice == SIZE_SCREEN || choice == SIZE_CUSTOM;

  gtk_widget_set_visible (GTK_WIDGET (self->width_row), spins);
  gtk_widget_set_visible (GTK_WIDGET (self->height_row), spins);
  adw_action_row_set_subtitle (self->width_row, mm ? _ ("Millimetres") : _ ("Pixels"));
  adw_action_row_set_subtitle (self->height_row, mm ? _ ("Millimetres") : _ ("Pixels"));
  if (choice != self->shown_size && spins)
    {
      self->updating = TRUE;
      gtk_spin_button_set_range (self->width_spin, mm ? 40 : 320, mm ? 1000 : 8000);
      gtk_spin_button_set_range (self->height_spin, mm ? 30 : 200, mm ? 1000 : 8000);
      gtk_spin_button_set_value (self->width_spin, mm ? size->width : 1920);
      gtk_spin_button_set_value (self->height_spin, mm ? size->height : 1080);
      self->updating = FALSE;
      self->shown_size = choice;
    }
}

static void
on_option_changed (PuenteExportDialog *self)
{
  PuenteChartFormat format = selected_format (self);
  PuenteChartStyle  style;
  PuenteChartSize   size;
  g_autofree char  *size_text = NULL;
  double            width, height;

  if (self->updating || self->data == NULL)
    return;
  /* PNG starts on the screen, PDF and SVG on the report figure. */
  if (!self->size_chosen)
    {
      self->updating = TRUE;
      adw_combo_row_set_selected (self->size_row, format == PUENTE_CHART_FORMAT_PNG ? SIZE_SCREEN : SIZE_REPORT);
      self->updating = FALSE;
    }
  gtk_widget_set_visible (self->size_group, format != PUENTE_CHART_FORMAT_CSV);
  gtk_widget_set_visible (self->dpi_row, format == PUENTE_CHART_FORMAT_PNG);

  puente_chart_size_init_default (&size, PUENTE_CHART_FORMAT_PDF, self->data->kind);
  show_size (self, adw_combo_row_get_selected (self->size_row), &size);
  selected_size (self, &size);
  size_text = puente_chart_size_to_string (&size);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->size_row), size_text);

  selected_style (self, &style);
  puente_chart_view_set_style (self->preview, &style);
  /* The preview keeps the export's proportions and type size. */
  puente_chart_size_resolve (&size, &width, &height, NULL, NULL);
  gtk_aspect_frame_set_ratio (self->preview_frame, width / MAX (height, 1.0));
  puente_chart_view_set_virtual_width (self->preview, width);
}

static void
on_size_chosen (PuenteExportDialog *self)
{
  if (!self->updating)
    self->size_chosen = TRUE;
  on_option_changed (self);
}

gboolean
puente_export_dialog_export_to (PuenteExportDialog *self,
                                const char         *path,
                                GError            **error)
{
  PuenteChartSize  size;
  PuenteChartStyle style;

  g_return_val_if_fail (PUENTE_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  selected_size (self, &size);
  selected_style (self, &style);
  return puente_chart_export (self->data, &style, selected_format (self), &size, path, error);
}

AdwComboRow *
puente_export_dialog_get_format_row (PuenteExportDialog *self)
{
  g_return_val_if_fail (PUENTE_IS_EXPORT_DIALOG (self), NULL);

  return self->format_row;
}

AdwComboRow *
puente_export_dialog_get_size_row (PuenteExportDialog *self)
{
  g_return_val_if_fail (PUENTE_IS_EXPORT_DIALOG (self), NULL);

  return self->size_row;
}

static void
on_chooser_response (GtkNativeDialog    *dialog,
                     int                 response,
                     PuenteExportDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error (&error, PUENTE_CHART_ERROR, PUENTE_CHART_ERROR_WRITE,
                 _ ("Choose a folder on this computer to export to"));
  if (error == NULL && puente_export_dialog_export_to (self, path, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_ ("Exported “%s”"), name);

      if (PUENTE_IS_EXPORT_DIALOG (self))
        {
          gtk_window_destroy (GTK_WINDOW (self));
          if (parent != NULL)
            gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-message", "s", message);
        }
      return;
    }

  {
    GtkWidget *alert = adw_message_dialog_new (GTK_WINDOW (self), _ ("Export Failed"), error->message);

    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _ ("_Close"));
    gtk_window_present (GTK_WINDOW (alert));
  }
}

static void
on_export_clicked (PuenteExportDialog *self)
{
  PuenteChartFormat format = selected_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_ ("Export Chart"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  name = g_strdup_printf ("%s.%s", self->data->id, puente_chart_format_extension (format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_file_filter_add_suffix (filter, puente_chart_format_extension (format));
  gtk_file_filter_set_name (filter, puente_chart_format_to_string (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

GtkWidget *
puente_export_dialog_new (GtkWindow       *parent,
                          GSettings       *settings,
                          PuenteLang       lang,
                          PuenteChartData *data,
                          PuenteChartData *preview_data)
{
  PuenteExportDialog *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (preview_data != NULL, NULL);

  self = g_object_new (PUENTE_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->data = data;
  puente_chart_view_set_data (self->preview, preview_data);

  adw_combo_row_set_selected (self->language_row, lang == PUENTE_LANG_ES ? 1 : 0);
  /* Exports start in the preferred style (Preferences). */
  adw_combo_row_set_selected (self->style_row, g_settings_get_enum (settings, "export-style"));
  on_option_changed (self);

  return GTK_WIDGET (self);
}

static void
puente_export_dialog_dispose (GObject *object)
{
  PuenteExportDialog *self = PUENTE_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (puente_export_dialog_parent_class)->dispose (object);
}

static void
puente_export_dialog_finalize (GObject *object)
{
  PuenteExportDialog *self = PUENTE_EXPORT_DIALOG (object);

  g_clear_pointer (&self->data, puente_chart_data_free);

  G_OBJECT_CLASS (puente_export_dialog_parent_class)->finalize (object);
}

static void
puente_export_dialog_class_init (PuenteExportDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_export_dialog_dispose;
  object_class->finalize = puente_export_dialog_finalize;

  g_type_ensure (PUENTE_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, style_row);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, dpi_row);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, dpi_spin);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, size_group);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, preview_frame);
  gtk_widget_class_bind_template_child (widget_class, PuenteExportDialog, preview);
  gtk_widget_class_bind_template_callback (widget_class, on_option_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_size_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
puente_export_dialog_init (PuenteExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  puente_a11y_fix_mnemonic_names (GTK_WIDGET (self));
  puente_chart_view_set_follow_dark (self->preview, FALSE);
}
