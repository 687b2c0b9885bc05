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
#include "puente-lever-panel-private.h"
#include "puente-lever-row-private.h"
#include "puente-levers.h"
#include "puente-window-private.h"
#include "test-hostile.h"

typedef void (*A11yCheck) (PuenteWindow *window);

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
  check (PUENTE_WINDOW (window));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  puente_i18n_init (NULL);

  g_test_add_data_func ("/gui/a11y/tab-keeps-scenario", check_tab_keeps_scenario, with_window);
  g_test_add_data_func ("/gui/a11y/every-control-named", check_every_control_named, with_window);

  return g_test_run ();
}
