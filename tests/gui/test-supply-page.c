/* test-supply-page.c: the Supply chain view's Sankey as a user sees it
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (suite 'gui'). The page in a window the size it has in
 * a maximised window at 1920×1080 and 1366×768, in English and Spanish,
 * with B or not: the chart the page draws keeps every text whole and
 * clear of the others, and with B it shows and names both scenarios
 * (A | B) or the difference (B − A), as the buttons say. Export Chart
 * writes it at a screen's size or a print size.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "chart-test-util.h"
#include "puente-chart-view-private.h"
#include "puente-export-dialog-private.h"
#include "puente-i18n.h"
#include "puente-supply-page-private.h"
#include "puente-ui-resources.h"

/* The page's size in a maximised window with the levers shown (measured
 * under Xvfb + openbox). */
static const struct
{
  const char *name;
  int         width, height;
} page_sizes[] = {
  { "1920×1080", 1594, 972 },
  { "1366×768", 1040, 656 },
};

typedef struct
{
  PuenteWorkspace  *workspace;
  PuenteViewState  *state;
  GtkWidget        *window;
  PuenteSupplyPage *page;
} Fixture;

static void
flush_events (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Until the chart view has drawn at the window's size. */
static const PuenteChartLayout *
wait_for_chart (Fixture *f)
{
  PuenteChartView *view = puente_supply_page_get_chart_view (f->page);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_widget_queue_draw (GTK_WIDGET (view));
  flush_events ();
  while (puente_chart_view_get_layout (view) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (puente_chart_view_get_layout (view));
  return puente_chart_view_get_layout (view);
}

static void
close_window (Fixture *f)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  flush_events ();
}

static void
open_page (Fixture    *f,
           PuenteLang  lang,
           int         width,
           int         height)
{
  close_window (f);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  f->page = PUENTE_SUPPLY_PAGE (puente_supply_page_new (f->workspace, f->state, lang));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_chart (f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PuenteDataset) dataset = puente_dataset_load_default (&error);

  g_assert_no_error (error);
  f->workspace = puente_workspace_new (dataset);
  g_assert_true (puente_workspace_load_preset (f->workspace, "baseline", &error));
  g_assert_no_error (error);
  puente_workspace_set_year (f->workspace, 2035);
  f->state = puente_view_state_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_window (f);
  g_clear_object (&f->workspace);
  g_clear_object (&f->state);
}

static void
set_compare (Fixture    *f,
             const char *preset)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (puente_workspace_set_compare_preset (f->workspace, preset, &error));
  g_assert_no_error (error);
  flush_events ();
}

/* Without B the chart names scenario A; with B, A | B names both panels,
 * B − A says what it shows, and the buttons and the view state agree. */
static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  const PuenteChartLayout *layout;
  GtkWidget *box;
  PuenteMapMode mode;

  open_page (f, PUENTE_LANG_EN, page_sizes[0].width, page_sizes[0].height);
  box = puente_supply_page_get_compare_box (f->page);
  g_assert_false (gtk_widget_get_visible (box));
  layout = wait_for_chart (f);
  g_assert_true (chart_test_has_text (layout, "Scenario: Current policies"));
  g_assert_false (chart_test_has_text (layout, "B: "));

  set_compare (f, "na-battery-nearshoring");
  g_assert_true (gtk_widget_get_visible (box));
  layout = wait_for_chart (f);
  g_assert_true (chart_test_has_text (layout, "A: Current policies"));
  g_assert_true (chart_test_has_text (layout, "B: North American battery nearshoring"));

  /* B − A: the third button. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (gtk_widget_get_last_child (box)), TRUE);
  flush_events ();
  g_object_get (f->state, "supply-mode", &mode, NULL);
  g_assert_cmpint (mode, ==, PUENTE_MAP_MODE_DIFFERENCE);
  layout = wait_for_chart (f);
  g_assert_true (chart_test_has_text (layout, "Flows of B: North American battery nearshoring"));
  g_assert_true (chart_test_has_text (layout, "More in B"));

  /* A alone: the first; the footer says which. */
  g_object_set (f->state, "supply-mode", PUENTE_MAP_MODE_SINGLE, NULL);
  flush_events ();
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (gtk_widget_get_first_child (box))));
  layout = wait_for_chart (f);
  g_assert_false (chart_test_has_text (layout, "B: "));
  g_assert_true (chart_test_has_text (layout, "Scenario: Current policies"));

  /* The export is the chart in sight. */
  g_object_set (f->state, "supply-mode", PUENTE_MAP_MODE_SPLIT, NULL);
  {
    g_autoptr(PuenteChartData) export = puente_supply_page_build_data (f->page);

    g_assert_true (export->has_b && export->sankey->has_b && !export->show_difference);
    g_assert_cmpint (export->year, ==, 2035);
  }
}

/* At both sizes, in both languages, with and without B: every text of the
 * drawn chart whole and clear of the others. */
static void
test_labels_whole (Fixture       *f,
                   gconstpointer  data)
{
  const PuenteLang langs[] = { PUENTE_LANG_EN, PUENTE_LANG_ES };
  const PuenteMapMode modes[] = { PUENTE_MAP_MODE_SINGLE, PUENTE_MAP_MODE_SPLIT, PUENTE_MAP_MODE_DIFFERENCE };

  for (guint with_b = 0; with_b < 2; with_b++)
    {
      if (with_b)
        set_compare (f, "na-battery-nearshoring");
      for (guint s = 0; s < G_N_ELEMENTS (page_sizes); s++)
        for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
          {
            open_page (f, langs[l], page_sizes[s].width, page_sizes[s].height);
            for (guint m = 0; m < (with_b ? G_N_ELEMENTS (modes) : 1); m++)
              {
                PuenteChartView *view = puente_supply_page_get_chart_view (f->page);
                const PuenteChartLayout *layout;
                g_autofree char *what = g_strdup_printf ("%s, %s, mode %u%s", page_sizes[s].name,
                                                         puente_lang_to_string (langs[l]), modes[m],
                                                         with_b ? " with B" : "");

                g_object_set (f->state, "supply-mode", modes[m], NULL);
                layout = wait_for_chart (f);
                g_test_message ("%s: the chart is %d × %d", what, gtk_widget_get_width (GTK_WIDGET (view)),
                                gtk_widget_get_height (GTK_WIDGET (view)));
                g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), >, page_sizes[s].width - 20);
                chart_test_check_texts (layout, gtk_widget_get_width (GTK_WIDGET (view)),
                                        gtk_widget_get_height (GTK_WIDGET (view)), what);
              }
          }
    }
}

static double
pdf_width_mm (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autoptr(GRegex) page = g_regex_new ("Page size:\\s+([0-9.]+) x", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *info = NULL;
  g_autofree char *width = NULL;
  int status;

  info = chart_test_run_tool (argv, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_regex_match (page, info, 0, &match));
  width = g_match_info_fetch (match, 1);
  return g_ascii_strtod (width, NULL) / 72 * 25.4;
}

/* Export Chart: PNG starts at a screen's size, PDF at the chart's report
 * figure (the Sankey's 250 mm wide), an A4 page when chosen, and a size
 * chosen stays when the format changes. */
static void
test_export_sizes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("puente-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sankey.pdf", NULL);
  g_autoptr(GError) error = NULL;
  PuenteExportDialog *dialog;
  AdwComboRow *format, *size;

  open_page (f, PUENTE_LANG_EN, page_sizes[1].width, page_sizes[1].height);
  dialog = PUENTE_EXPORT_DIALOG (puente_export_dialog_new (GTK_WINDOW (f->window), settings, PUENTE_LANG_EN,
                                                           puente_supply_page_build_data (f->page),
                                                           puente_supply_page_build_data (f->page)));
  gtk_window_present (GTK_WINDOW (dialog));
  flush_events ();
  format = puente_export_dialog_get_format_row (dialog);
  size = puente_export_dialog_get_size_row (dialog);
  g_assert_cmpuint (adw_combo_row_get_selected (size), ==, 0);   /* PNG: a screen */

  adw_combo_row_set_selected (format, 2);   /* PDF */
  flush_events ();
  g_assert_cmpuint (adw_combo_row_get_selected (size), ==, 1);   /* the report figure */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (size)), ==, "250 × 160 mm");
  g_assert_true (puente_export_dialog_export_to (dialog, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (pdf_width_mm (pdf), 250, 0.05);
  chart_test_check_pdf_type (pdf, 8.0);

  /* A4, chosen, stays through a change of format and back. */
  adw_combo_row_set_selected (size, 2);
  adw_combo_row_set_selected (format, 1);
  adw_combo_row_set_selected (format, 2);
  flush_events ();
  g_assert_cmpuint (adw_combo_row_get_selected (size), ==, 2);
  g_assert_true (puente_export_dialog_export_to (dialog, pdf, &error));
  g_assert_cmpfloat_with_epsilon (pdf_width_mm (pdf), 297, 0.05);

  gtk_window_destroy (GTK_WINDOW (dialog));
  flush_events ();
  g_remove (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_NUMERIC, "C");
  /* The page's template (the application registers it otherwise). */
  (void) puente_ui_get_resource ();
  puente_i18n_init (NULL);
  adw_init ();

  g_test_add ("/gui/supply/compare", Fixture, NULL, fixture_set_up, test_compare, fixture_tear_down);
  g_test_add ("/gui/supply/labels-whole", Fixture, NULL, fixture_set_up, test_labels_whole, fixture_tear_down);
  g_test_add ("/gui/supply/export-sizes", Fixture, NULL, fixture_set_up, test_export_sizes, fixture_tear_down);

  return g_test_run ();
}
