/* test-a11y.c: the window as a keyboard and screen-reader user meets it
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under GTK_A11Y=test, so every widget's accessible attributes (the
 * role, label, relations AT-SPI reads them from) are kept and can be read
 * back through gtk_test_accessible_*.
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "puente-application.h"
#include "puente-i18n.h"
#include "puente-chart-style.h"
#include "puente-charts-page-private.h"
#include "puente-lever-panel-private.h"
#include "puente-lever-row-private.h"
#include "puente-levers.h"
#include "puente-main-view-private.h"
#include "puente-map-labels.h"
#include "puente-window-private.h"
#include "test-hostile.h"

typedef void (*A11yCheck) (PuenteWindow *window);

/* Warnings logged. GTK's "Trying to snapshot AdwGizmo … without a current
 * allocation", seen on the map with B in Spanish since the map toolbar
 * lays itself out again (not an accessibility matter), is counted apart:
 * any other warning fails the test. */
static guint n_warnings;
static guint n_allocation_warnings;

static GLogWriterOutput
count_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (log_level & G_LOG_LEVEL_WARNING)
    {
      gboolean allocation = FALSE;

      for (gsize i = 0; i < n_fields; i++)
        if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
            strstr (fields[i].value, "without a current allocation") != NULL)
          allocation = TRUE;
      if (allocation)
        n_allocation_warnings++;
      else
        n_warnings++;
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static void
flush_events (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gboolean
run_check (gpointer user_data)
{
  GApplication *app = g_application_get_default ();
  A11yCheck check = (A11yCheck) user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (PUENTE_IS_WINDOW (window));
  flush_events ();
  n_warnings = 0;
  check (PUENTE_WINDOW (window));
  if (n_allocation_warnings > 0)
    g_test_message ("GTK warned %u times of a snapshot without an allocation", n_allocation_warnings);
  g_assert_cmpuint (n_warnings, ==, 0);
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app,
             A11yCheck     check)
{
  g_idle_add (run_check, (gpointer) check);
}

/* Opens the window, runs @check in it, and closes it without prompts. */
static void
with_window (gconstpointer data)
{
  g_autoptr(PuenteApplication) app = puente_application_new ();
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "puente", NULL);
  GList *windows;

  /* No recovered changes or autosave from an earlier run. */
  hostile_remove_tree (dir);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), (gpointer) data);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  flush_events ();
}

/* Tab, as the window's key binding moves focus. */
static void
press_tab (PuenteWindow *window)
{
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
  flush_events ();
}

/* ---- Tab through the levers ------------------------------------------ */

static PuenteLeverRow *
row_of (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, PUENTE_TYPE_LEVER_ROW);

  return row != NULL ? PUENTE_LEVER_ROW (row) : NULL;
}

/* Focus walks through every lever's slider and field, which show rounded
 * values (81.25 shows "81"): nothing of the scenario may move. */
static void
check_tab_keeps_scenario (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  PuenteLeverPanel *panel = PUENTE_LEVER_PANEL (puente_window_get_lever_panel (window));
  guint n = puente_levers_get_n ();
  g_autofree double *before = g_memdup2 (puente_workspace_get_values (workspace), n * sizeof (double));
  g_autofree gboolean *entered = g_new0 (gboolean, n);
  guint n_entered = 0;
  guint n_off_step = 0;
  guint n_moved = 0;

  g_assert_false (puente_workspace_get_modified (workspace));
  /* The baseline has levers between their display steps (derived from
   * the dataset): the test is only worth something if it does. */
  for (guint i = 0; i < n; i++)
    {
      const PuenteLever *info = puente_levers_get (i);
      double steps = (before[i] - info->min) / info->step;

      if (fabs (steps - round (steps)) > 1e-6)
        n_off_step++;
    }
  g_assert_cmpuint (n_off_step, >, 0);

  gtk_widget_grab_focus (GTK_WIDGET (puente_lever_panel_get_search_entry (panel)));
  flush_events ();
  for (guint presses = 0; presses < 20 * n && n_entered < n; presses++)
    {
      GtkWidget *focus;
      PuenteLeverRow *row;

      press_tab (window);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      row = row_of (focus);
      if (row != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) != NULL &&
          !entered[puente_lever_row_get_lever (row)])
        {
          entered[puente_lever_row_get_lever (row)] = TRUE;
          n_entered++;
        }
    }
  /* Out of the last field too. */
  press_tab (window);
  g_assert_cmpuint (n_entered, ==, n);

  for (guint i = 0; i < n; i++)
    if (puente_workspace_get_values (workspace)[i] != before[i])
      {
        g_test_message ("%s moved: %g -> %g", puente_levers_get (i)->id, before[i],
                        puente_workspace_get_values (workspace)[i]);
        n_moved++;
      }
  g_assert_cmpuint (n_moved, ==, 0);
  g_assert_false (puente_workspace_get_modified (workspace));
  g_assert_false (puente_workspace_can_undo (workspace));
}

/* ---- sliders that speak ---------------------------------------------- */

static GtkScale *
lever_scale (PuenteWindow *window,
             const char   *id)
{
  GtkWidget *row = puente_lever_panel_get_row (PUENTE_LEVER_PANEL (puente_window_get_lever_panel (window)), id);

  g_assert_nonnull (row);
  return puente_lever_row_get_scale (PUENTE_LEVER_ROW (row));
}

static void
assert_text_property (gpointer               widget,
                      GtkAccessibleProperty  property,
                      const char            *expected)
{
  g_autofree char *differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, expected);

  if (differs != NULL)
    g_error ("the slider reads “%s”, not “%s”", differs, expected);
}

static void
assert_value_text (GtkScale   *scale,
                   const char *expected)
{
  assert_text_property (scale, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, expected);
}

/* A lever's slider reads its value with the unit the field shows, and
 * its description (which GTK 4.8 announces when it changes) follows the
 * value; the year slider reads the year. */
static void
check_sliders_speak (PuenteWindow *window)
{
  GtkScale *share = lever_scale (window, "ldv.us.target_share");
  GtkScale *growth = lever_scale (window, "ldv.us.sales_growth");
  GtkScale *incentive = lever_scale (window, "ldv.us.incentive_usd");
  PuenteWorkspace *workspace = puente_window_get_workspace (window);

  assert_value_text (share, "20 %");
  assert_text_property (share, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "20 %, baseline 20 %");
  gtk_range_set_value (GTK_RANGE (share), 45);
  flush_events ();
  assert_value_text (share, "45 %");
  assert_text_property (share, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "45 %, baseline 20 %");

  gtk_range_set_value (GTK_RANGE (growth), 1.5);
  gtk_range_set_value (GTK_RANGE (incentive), 7500);
  flush_events ();
  assert_value_text (growth, "1.5 %/yr");
  assert_value_text (incentive, "7500 USD");

  puente_workspace_set_year (workspace, 2035);
  flush_events ();
  {
    GtkWidget *bar = gtk_widget_get_ancestor (GTK_WIDGET (puente_main_view_get_page (puente_window_get_main_view (window),
                                                                                     "overview")),
                                              ADW_TYPE_VIEW_STACK);
    GtkWidget *year = NULL;

    for (GtkWidget *w = gtk_widget_get_next_sibling (bar); w != NULL && year == NULL; w = gtk_widget_get_next_sibling (w))
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        if (GTK_IS_SCALE (c))
          year = c;
    g_assert_nonnull (year);
    assert_value_text (GTK_SCALE (year), "2035");
    assert_text_property (year, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "2035");
  }

  /* Spanish: the unit words are translated. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "es"));
  flush_events ();
  assert_value_text (lever_scale (window, "ldv.us.sales_growth"), "1.5 %/año");
}

/* ---- moving between panes ------------------------------------------- */

static GtkWidget *
focus_of (PuenteWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static gboolean
focus_in (PuenteWindow *window,
          GtkWidget    *pane)
{
  GtkWidget *focus = focus_of (window);

  return focus != NULL && (focus == pane || gtk_widget_is_ancestor (focus, pane));
}

/* Tab presses from the first control of the header until focus reaches
 * @content. */
static guint
tabs_to_content (PuenteWindow *window,
                 GtkWidget    *content)
{
  guint presses = 0;

  gtk_root_set_focus (GTK_ROOT (window), NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (puente_window_get_main_view (window)), GTK_DIR_TAB_FORWARD));
  while (!focus_in (window, content) && presses < 2000)
    {
      press_tab (window);
      presses++;
    }
  return presses;
}

static void
fold_all (GtkWidget *widget)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_has_css_class (widget, "lever-group-title"))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (widget), FALSE);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fold_all (child);
}

static void
next_pane (PuenteWindow *window,
           gboolean      forward)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), forward ? "win.next-pane" : "win.previous-pane",
                                             NULL));
  flush_events ();
}

/* F6 moves between the levers, the view switcher and the view, Shift+F6
 * back; folded lever groups leave their levers out of the Tab order; the
 * focus stays where it was across a language switch. */
static void
check_panes (PuenteWindow *window)
{
  PuenteMainView *view = puente_window_get_main_view (window);
  GtkWidget *levers = puente_window_get_lever_panel (window);
  /* The view pane: the scenarios' banner, the view and the year bar. */
  GtkWidget *content = gtk_widget_get_parent (gtk_widget_get_ancestor (GTK_WIDGET (puente_main_view_get_page (view,
                                                                                                             "overview")),
                                                                       ADW_TYPE_VIEW_STACK));
  PuenteLeverRow *row;
  GtkWidget *focus;
  guint open, folded;
  guint n = puente_levers_get_n ();
  g_autofree double *values = g_memdup2 (puente_workspace_get_values (puente_window_get_workspace (window)),
                                         n * sizeof (double));

  gtk_root_set_focus (GTK_ROOT (window), NULL);
  next_pane (window, TRUE);
  g_assert_true (focus_in (window, levers));
  next_pane (window, TRUE);
  g_assert_nonnull (gtk_widget_get_ancestor (focus_of (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  next_pane (window, TRUE);
  g_assert_true (focus_in (window, content));
  next_pane (window, TRUE);
  g_assert_true (focus_in (window, levers));
  next_pane (window, FALSE);
  g_assert_true (focus_in (window, content));

  /* Tab from the header through the levers to the view, then with every
   * group folded (Space on each group's title). */
  open = tabs_to_content (window, content);
  fold_all (levers);
  flush_events ();
  folded = tabs_to_content (window, content);
  g_test_message ("Tab presses from the header to the view: %u with the lever groups open, %u folded; F6: 1 or 2",
                  open, folded);
  g_assert_cmpuint (open, >, n * 3);
  g_assert_cmpuint (folded, <, 30);
  g_assert_true (memcmp (values, puente_workspace_get_values (puente_window_get_workspace (window)),
                         n * sizeof (double)) == 0);

  /* The year slider has the focus; after a switch to Spanish, the
   * rebuilt one has it. */
  puente_window_set_visible_view (window, "charts");
  flush_events ();
  next_pane (window, FALSE);
  while (!GTK_IS_SCALE (focus_of (window)))
    press_tab (window);
  g_assert_null (row_of (focus_of (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-language", NULL));
  flush_events ();
  g_assert_cmpint (puente_window_get_language (window), ==, PUENTE_LANG_ES);
  g_assert_true (GTK_IS_SCALE (focus_of (window)));
  g_assert_null (row_of (focus_of (window)));
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), GTK_WIDGET (puente_window_get_main_view (window))));

  /* The folds stayed; a lever's slider keeps the focus back to English. */
  levers = puente_window_get_lever_panel (window);
  row = PUENTE_LEVER_ROW (puente_lever_panel_get_row (PUENTE_LEVER_PANEL (levers), "ldv.us.target_share"));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (row)));
  for (GtkWidget *w = GTK_WIDGET (row); w != NULL; w = gtk_widget_get_parent (w))
    if (gtk_widget_has_css_class (gtk_widget_get_first_child (w), "lever-group-title"))
      {
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (gtk_widget_get_first_child (w)), TRUE);
        break;
      }
  flush_events ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (puente_lever_row_get_scale (row))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-language", NULL));
  flush_events ();
  focus = focus_of (window);
  g_assert_true (GTK_IS_SCALE (focus));
  g_assert_nonnull (row_of (focus));
  g_assert_cmpint (puente_lever_row_get_lever (row_of (focus)), ==, puente_levers_find ("ldv.us.target_share"));
}

/* ---- every control named --------------------------------------------- */

/* Roles a user acts on: each needs a name, focusable or not. */
static gboolean
is_interactive_role (GtkAccessibleRole role)
{
  switch (role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The accessible label's text, or NULL when the widget has none: the
 * test context only compares, and answers with the value it holds when
 * it differs from the one asked for. */
static char *
accessible_label (GtkAccessible *accessible)
{
  char *value;

  if (!gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  value = gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
  if (value != NULL && *value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

/* The name the labels @accessible is labelled by give it, "" when they
 * have none (GTK 4.8 names an icon button by its GtkImage: nothing).
 * The test context prints the relation's references as Type<address>. */
static char *
labelled_by_name (GtkAccessible *accessible)
{
  g_autofree char *refs = NULL;
  GString *name = g_string_new (NULL);
  const char *p;

  if (!gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return g_string_free (name, FALSE);

  refs = gtk_test_accessible_check_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
  for (p = refs; p != NULL && (p = strchr (p, '<')) != NULL; p++)
    {
      gpointer address = NULL;
      g_autofree char *label = NULL;

      if (sscanf (p, "<%p>", &address) != 1 || !GTK_IS_ACCESSIBLE (address))
        continue;
      label = accessible_label (address);
      if (label != NULL)
        g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", label);
    }

  return g_string_free (name, FALSE);
}

typedef struct
{
  const char *where;
  guint       n_checked;
  guint       n_unnamed;
  GString    *report;
} NameCheck;

static void
report_widget (NameCheck  *check,
               GtkWidget  *widget,
               const char *problem)
{
  g_string_append_printf (check->report, "%s: %s %s", check->where, problem, G_OBJECT_TYPE_NAME (widget));
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    if (g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Puente") || g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Adw"))
      {
        g_string_append_printf (check->report, " in %s", G_OBJECT_TYPE_NAME (w));
        break;
      }
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    g_string_append_printf (check->report, " (tooltip “%s”)", gtk_widget_get_tooltip_text (widget));
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    g_string_append_printf (check->report, " (label “%s”)", gtk_button_get_label (GTK_BUTTON (widget)));
  g_string_append_c (check->report, '\n');
  check->n_unnamed++;
}

/* Whether keyboard focus can land on @widget: focusable, and neither it
 * nor a parent refuses focus to what it holds. */
static gboolean
takes_focus (GtkWidget *widget)
{
  if (!gtk_widget_get_focusable (widget))
    return FALSE;
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_can_focus (w))
      return FALSE;
  return TRUE;
}

/* Lists and scrolled windows are focusable but hand focus to what they
 * hold: the user lands on that, not on them. */
static gboolean
passes_focus_on (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_mapped (child) && (takes_focus (child) || passes_focus_on (child)))
      return TRUE;
  return FALSE;
}

/* GTK 4.8 names an element by its label property, then the labels it is
 * labelled by, one after the other: an element with both reads its name
 * twice ("Export Chart… Export Chart…"). */
static void
check_names (NameCheck *check,
             GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (accessible);

  if (!gtk_widget_get_mapped (widget))
    return;

  if (role != GTK_ACCESSIBLE_ROLE_NONE && role != GTK_ACCESSIBLE_ROLE_PRESENTATION &&
      (is_interactive_role (role) || (takes_focus (widget) && !passes_focus_on (widget))))
    {
      g_autofree char *label = accessible_label (accessible);
      g_autofree char *by = labelled_by_name (accessible);
      gboolean labelled_by = *by != '\0';

      check->n_checked++;
      if (label == NULL && !labelled_by)
        report_widget (check, widget, "unnamed");
      else if (label != NULL && labelled_by)
        {
          g_autofree char *problem = g_strdup_printf ("name read twice (“%s” “%s”)", label, by);

          report_widget (check, widget, problem);
        }
      else if (label != NULL && strchr (label, '_') != NULL)
        report_widget (check, widget, "mnemonic underscore read");
    }

  /* A picture that says nothing is presentation, or it is read as
   * "image" (those in a named button or list row are the control's). */
  if (role == GTK_ACCESSIBLE_ROLE_IMG && GTK_IS_IMAGE (widget) &&
      gtk_widget_get_ancestor (widget, GTK_TYPE_BUTTON) == NULL &&
      gtk_widget_get_ancestor (widget, GTK_TYPE_MENU_BUTTON) == NULL &&
      gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW) == NULL)
    {
      g_autofree char *label = accessible_label (accessible);

      check->n_checked++;
      if (label == NULL)
        report_widget (check, widget, "image neither named nor presentation");
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_names (check, child);
}

static void
check_window_names (NameCheck  *check,
                    GtkWidget  *window,
                    const char *where)
{
  check->where = where;
  check_names (check, window);
}

static gboolean
has_named (GtkWidget  *widget,
           const char *prefix)
{
  g_autofree char *label = accessible_label (GTK_ACCESSIBLE (widget));

  if (gtk_widget_get_mapped (widget) && label != NULL && g_str_has_prefix (label, prefix))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_named (child, prefix))
      return TRUE;
  return FALSE;
}

static void
check_named (GtkWidget  *window,
             const char *prefix)
{
  if (!has_named (window, prefix))
    g_error ("nothing shown is named “%s…”", prefix);
}

static void
show_view (PuenteWindow *window,
           const char   *view)
{
  puente_window_set_visible_view (window, view);
  for (guint i = 0; i < 5; i++)
    {
      flush_events ();
      g_usleep (20000);
    }
}

/* Every view, with and without B, in both languages; the export dialog
 * and Preferences too. */
static void
check_every_control_named (PuenteWindow *window)
{
  static const char *views[] = { "overview", "map", "charts", "supply" };
  static const char *languages[] = { "en", "es" };
  NameCheck check = { NULL, 0, 0, g_string_new (NULL) };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", languages[l]));
      for (guint b = 0; b < 2; b++)
        {
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s",
                                                     b ? "us-lmdv-2032" : ""));
          for (guint v = 0; v < G_N_ELEMENTS (views); v++)
            {
              g_autofree char *where = g_strdup_printf ("%s, %s, %s", languages[l], views[v], b ? "A | B" : "A");

              show_view (window, views[v]);
              check_window_names (&check, GTK_WIDGET (window), where);
            }
        }

      /* The export dialog, over the charts, and Preferences. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", NULL));
      g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "preferences", NULL);
      flush_events ();
      {
        GList *toplevels = gtk_window_list_toplevels ();

        for (GList *t = toplevels; t != NULL; t = t->next)
          if (t->data != (gpointer) window && gtk_widget_get_mapped (t->data))
            {
              g_autofree char *where = g_strdup_printf ("%s, %s", languages[l], G_OBJECT_TYPE_NAME (t->data));

              g_test_message ("checked %s", where);
              check_window_names (&check, t->data, where);
              gtk_window_destroy (t->data);
            }
        g_list_free (toplevels);
      }
      flush_events ();
    }

  g_test_message ("%u elements checked, %u unnamed or misnamed", check.n_checked, check.n_unnamed);
  if (check.n_unnamed > 0)
    g_test_message ("%s", check.report->str);
  g_assert_cmpuint (check.n_checked, >, 200);
  g_assert_cmpuint (check.n_unnamed, ==, 0);

  /* And the names say what a sighted user sees. */
  show_view (window, "charts");
  check_named (GTK_WIDGET (window), "Escenario A: ");
  check_named (GTK_WIDGET (window), "Escenario B: Estándares de EE. UU.");
  check_named (GTK_WIDGET (window), "Región: ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "en"));
  show_view (window, "map");
  check_named (GTK_WIDGET (window), "Reset US ZEV share of new sales in the target year");
  check_named (GTK_WIDGET (window), "About: US ZEV share of new sales in the target year");
  check_named (GTK_WIDGET (window), "Year");
  check_named (GTK_WIDGET (window), "What Colours the States: ");
  check_named (GTK_WIDGET (window), "Main Menu");
  g_string_free (check.report, TRUE);
}

/* ---- contrast of what is drawn ---------------------------------------- */

/* Something painted before a text: a colour, or a picture (Cairo drawing,
 * texture) whose colour the render nodes do not tell. */
typedef struct
{
  graphene_rect_t bounds;
  GdkRGBA         colour;
  gboolean        picture;
} Ground;

typedef struct
{
  graphene_rect_t bounds;
  PuenteRgb       fg;
  PuenteRgb       bg;
  double          needed;
} DrawnText;

typedef struct
{
  GArray *grounds;   /* Ground, in painting order */
  GArray *texts;     /* DrawnText */
  guint   n_unknown; /* texts over a picture */
} Drawing;

static PuenteRgb
over (const GdkRGBA   *top,
      const PuenteRgb *bottom)
{
  return (PuenteRgb) { top->red * top->alpha + bottom->r * (1 - top->alpha),
                       top->green * top->alpha + bottom->g * (1 - top->alpha),
                       top->blue * top->alpha + bottom->b * (1 - top->alpha) };
}

/* What lies under @point now: the last opaque ground there, with the
 * translucent ones painted over it. FALSE over a picture. */
static gboolean
ground_at (Drawing                *drawing,
           const graphene_point_t *point,
           PuenteRgb              *colour)
{
  int base = -1;

  for (int i = (int) drawing->grounds->len - 1; i >= 0 && base < 0; i--)
    {
      Ground *g = &g_array_index (drawing->grounds, Ground, i);

      if (graphene_rect_contains_point (&g->bounds, point) && (g->picture || g->colour.alpha >= 0.999))
        base = i;
    }
  if (base < 0 || g_array_index (drawing->grounds, Ground, base).picture)
    return FALSE;

  *colour = over (&g_array_index (drawing->grounds, Ground, base).colour, &(PuenteRgb) { 0, 0, 0 });
  for (guint i = base + 1; i < drawing->grounds->len; i++)
    {
      Ground *g = &g_array_index (drawing->grounds, Ground, i);

      if (graphene_rect_contains_point (&g->bounds, point))
        *colour = over (&g->colour, colour);
    }
  return TRUE;
}

/* Walks @node's tree in painting order, in window coordinates, with the
 * opacity and the clip (what a scrolled window hides is not drawn) of
 * where it is. */
static void
walk_nodes (Drawing               *drawing,
            GskRenderNode         *node,
            GskTransform          *transform,
            double                 opacity,
            const graphene_rect_t *clip)
{
  graphene_rect_t bounds;
  graphene_rect_t inner_clip;

  gsk_render_node_get_bounds (node, &bounds);
  gsk_transform_transform_bounds (transform, &bounds, &bounds);

  switch ((int) gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        walk_nodes (drawing, gsk_container_node_get_child (node, i), transform, opacity, clip);
      break;
    case GSK_TRANSFORM_NODE:
      {
        GskTransform *inner = gsk_transform_transform (gsk_transform_ref (transform),
                                                       gsk_transform_node_get_transform (node));

        walk_nodes (drawing, gsk_transform_node_get_child (node), inner, opacity, clip);
        gsk_transform_unref (inner);
      }
      break;
    case GSK_OPACITY_NODE:
      walk_nodes (drawing, gsk_opacity_node_get_child (node), transform,
                  opacity * gsk_opacity_node_get_opacity (node), clip);
      break;
    case GSK_CLIP_NODE:
    case GSK_ROUNDED_CLIP_NODE:
      if (graphene_rect_intersection (clip, &bounds, &inner_clip))
        walk_nodes (drawing,
                    gsk_render_node_get_node_type (node) == GSK_CLIP_NODE ? gsk_clip_node_get_child (node)
                                                                         : gsk_rounded_clip_node_get_child (node),
                    transform, opacity, &inner_clip);
      break;
    case GSK_SHADOW_NODE:
      walk_nodes (drawing, gsk_shadow_node_get_child (node), transform, opacity, clip);
      break;
    case GSK_DEBUG_NODE:
      walk_nodes (drawing, gsk_debug_node_get_child (node), transform, opacity, clip);
      break;
    case GSK_COLOR_MATRIX_NODE:
      walk_nodes (drawing, gsk_color_matrix_node_get_child (node), transform, opacity, clip);
      break;
    case GSK_BLUR_NODE:
      walk_nodes (drawing, gsk_blur_node_get_child (node), transform, opacity, clip);
      break;
    case GSK_COLOR_NODE:
      {
        Ground ground = { bounds, *gsk_color_node_get_color (node), FALSE };

        ground.colour.alpha *= opacity;
        g_array_append_val (drawing->grounds, ground);
      }
      break;
    case GSK_CAIRO_NODE:
    case GSK_TEXTURE_NODE:
    case GSK_LINEAR_GRADIENT_NODE:
    case GSK_RADIAL_GRADIENT_NODE:
      {
        Ground ground = { bounds, { 0 }, TRUE };

        g_array_append_val (drawing->grounds, ground);
      }
      break;
    case GSK_TEXT_NODE:
      {
        PangoFontDescription *desc = pango_font_describe_with_absolute_size (gsk_text_node_get_font (node));
        double px = pango_font_description_get_size (desc) / (double) PANGO_SCALE;
        gboolean bold = pango_font_description_get_weight (desc) >= PANGO_WEIGHT_BOLD;
        GdkRGBA fg = *gsk_text_node_get_color (node);
        graphene_point_t centre;
        DrawnText text = { bounds };

        pango_font_description_free (desc);
        graphene_rect_get_center (&bounds, &centre);
        if (!graphene_rect_contains_point (clip, &centre))
          break;
        if (!ground_at (drawing, &centre, &text.bg))
          {
            drawing->n_unknown++;
            break;
          }
        fg.alpha *= opacity;
        text.fg = over (&fg, &text.bg);
        /* Large text (18 pt, or 14 pt bold) needs 3:1. */
        text.needed = px >= 24 || (bold && px >= 18.66) ? 3.0 : 4.5;
        g_array_append_val (drawing->texts, text);
      }
      break;
    default:
      break;
    }
}

/* Insensitive widgets are exempt (WCAG 1.4.3); a label's text names a
 * failure. */
static GtkWidget *
label_at (GtkWidget              *window,
          GtkWidget              *widget,
          const graphene_point_t *point,
          gboolean               *sensitive)
{
  graphene_rect_t bounds;
  GtkWidget *found = NULL;

  if (!gtk_widget_get_mapped (widget))
    return NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && found == NULL;
       child = gtk_widget_get_next_sibling (child))
    found = label_at (window, child, point, sensitive);
  if (found == NULL && (GTK_IS_LABEL (widget) || GTK_IS_TEXT (widget)) &&
      gtk_widget_compute_bounds (widget, window, &bounds) && graphene_rect_contains_point (&bounds, point))
    {
      found = widget;
      *sensitive = gtk_widget_is_sensitive (widget);
    }
  return found;
}

static guint
check_contrast_drawn (GtkWidget  *window,
                      const char *where,
                      GString    *report)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GskTransform *identity = NULL;
  Drawing drawing = { g_array_new (FALSE, FALSE, sizeof (Ground)), g_array_new (FALSE, FALSE, sizeof (DrawnText)), 0 };
  guint n_failed = 0, n_checked = 0;

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (window), gtk_widget_get_height (window));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  walk_nodes (&drawing, node, identity, 1.0,
              &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (window), gtk_widget_get_height (window)));
  gsk_render_node_unref (node);

  for (guint i = 0; i < drawing.texts->len; i++)
    {
      DrawnText *text = &g_array_index (drawing.texts, DrawnText, i);
      double ratio = puente_rgb_contrast (&text->fg, &text->bg);
      graphene_point_t centre;
      gboolean sensitive = TRUE;
      GtkWidget *label;

      graphene_rect_get_center (&text->bounds, &centre);
      label = label_at (window, window, &centre, &sensitive);
      if (!sensitive)
        continue;
      n_checked++;
      if (ratio < text->needed)
        {
          n_failed++;
          g_string_append_printf (report, "%s: %.2f:1 (needs %.1f) “%s” #%02x%02x%02x on #%02x%02x%02x\n", where, ratio,
                                  text->needed,
                                  label == NULL ? "?" : GTK_IS_LABEL (label) ? gtk_label_get_text (GTK_LABEL (label))
                                                                              : gtk_editable_get_text (GTK_EDITABLE (label)),
                                  (int) (text->fg.r * 255 + 0.5), (int) (text->fg.g * 255 + 0.5),
                                  (int) (text->fg.b * 255 + 0.5), (int) (text->bg.r * 255 + 0.5),
                                  (int) (text->bg.g * 255 + 0.5), (int) (text->bg.b * 255 + 0.5));
        }
    }
  g_test_message ("%s: %u texts checked, %u below AA, %u over drawings (the chart and map tests' own)",
                  where, n_checked, n_failed, drawing.n_unknown);
  g_assert_cmpuint (n_checked, >, 10);
  g_array_unref (drawing.grounds);
  g_array_unref (drawing.texts);
  return n_failed;
}

/* Every text the window draws, measured from its render nodes (the CSS
 * colours, opacities and backgrounds as GTK composes them), on every
 * view, with B, in light and dark: WCAG AA. */
static void
check_contrast (PuenteWindow *window)
{
  static const char *views[] = { "overview", "map", "charts", "supply" };
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GString) report = g_string_new (NULL);
  guint n_failed = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", "s", "us-lmdv-2032"));
  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          g_autofree char *where = g_strdup_printf ("%s, %s", dark ? "dark" : "light", views[v]);

          show_view (window, views[v]);
          n_failed += check_contrast_drawn (GTK_WIDGET (window), where, report);
        }
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  if (n_failed > 0)
    g_test_message ("%s", report->str);
  g_assert_cmpuint (n_failed, ==, 0);
}

/* A state's name on the map is black or white on whatever fill colours
 * the state: at least 4.5:1 on any colour. */
static void
test_map_label_contrast (void)
{
  double worst = 21;

  for (guint r = 0; r < 256; r += 5)
    for (guint g = 0; g < 256; g += 5)
      for (guint b = 0; b < 256; b += 5)
        {
          PuenteRgb fill = { r / 255.0, g / 255.0, b / 255.0 };
          PuenteRgb text, halo;
          double alpha;

          puente_map_label_colours_on (&fill, &text, &halo, &alpha);
          worst = MIN (worst, puente_rgb_contrast (&text, &fill));
        }
  g_test_message ("a state name on its fill: at worst %.2f:1", worst);
  g_assert_cmpfloat (worst, >=, 4.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Warnings are counted (count_writer ()), criticals still abort. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
  g_log_set_writer_func (count_writer, NULL, NULL);
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  puente_i18n_init (NULL);

  g_test_add_data_func ("/gui/a11y/tab-keeps-scenario", check_tab_keeps_scenario, with_window);
  g_test_add_data_func ("/gui/a11y/every-control-named", check_every_control_named, with_window);
  g_test_add_data_func ("/gui/a11y/contrast", check_contrast, with_window);
  g_test_add_data_func ("/gui/a11y/panes", check_panes, with_window);
  g_test_add_data_func ("/gui/a11y/sliders-speak", check_sliders_speak, with_window);
  g_test_add_func ("/gui/a11y/map-label-contrast", test_map_label_contrast);

  return g_test_run ();
}
