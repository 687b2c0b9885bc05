/* test-keyboard.c: every task of issue 16 done with the keyboard alone
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs an X display (suite 'gui', under xvfb-run) and xdotool: the keys
 * are real key presses (XTEST), through the X server, GDK and GTK's
 * event path to whatever has the focus, as a keyboard user's would be.
 * No action is activated and no widget is set from here: the test only
 * presses keys, and reads what changed. To reach a control it presses
 * Tab until the focus is there, as a user would.
 *
 * Switching views, moving a lever, setting B, changing the year,
 * selecting a state and reading its details, switching language, opening
 * Preferences and exporting a chart.
 */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "figure-test-util.h"
#include "puente-i18n.h"
#include "puente-lever-row.h"
#include "puente-levers.h"
#include "puente-map-page-private.h"
#include "puente-preferences.h"
#include "puente-window-private.h"

/* Presses of Tab allowed to reach a control (the levers come first). */
#define MAX_TABS 400

static GtkWindow *
focused_window (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_is_active (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* Gives @window the X input focus (there is no window manager). */
static void
focus_window (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
  const char *argv[] = { "xdotool", "windowfocus", "--sync", xid, NULL };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                               &status, NULL));
  figure_test_wait (100);
}

/* Presses @keys ("Tab", "ctrl+e", "alt+2") one after the other, then
 * lets GTK handle them for @ms. */
static void
press_and_wait (const char *keys,
                guint       ms)
{
  g_auto(GStrv) split = g_strsplit (keys, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_strv_builder_add_many (builder, "xdotool", "key", "--delay", "40", NULL);
  g_strv_builder_addv (builder, (const char **) split);
  argv = g_strv_builder_end (builder);
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  figure_test_wait (ms);
}

static void
press (const char *keys)
{
  g_test_message ("keys: %s", keys);
  press_and_wait (keys, 150);
}

/* Types @text as keys. */
static void
type (const char *text)
{
  const char *argv[] = { "xdotool", "type", "--delay", "40", text, NULL };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                               &status, NULL));
  figure_test_wait (200);
}

/* Waits up to @ms for @done, pumping events. */
static gboolean
wait_until (gboolean (*done) (gpointer),
            gpointer  data,
            guint     ms)
{
  for (guint waited = 0; waited < ms; waited += 50)
    {
      if (done (data))
        return TRUE;
      figure_test_wait (50);
    }
  return done (data);
}

typedef gboolean (*FocusPredicate) (GtkWidget *focus,
                                    gpointer   data);

/* @key (Tab or shift+Tab) until @predicate holds for the focus widget;
 * FALSE if it never does. */
static gboolean
tab_to (GtkWindow      *window,
        const char     *key,
        FocusPredicate  predicate,
        gpointer        data)
{
  focus_window (window);
  for (guint i = 0; i < MAX_TABS; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      if (focus != NULL && predicate (focus, data))
        {
          g_test_message ("reached after %u presses of %s", i, key);
          return TRUE;
        }
      if (i % 25 == 0)
        g_test_message ("%u: focus on %s, window %s", i, focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing",
                        gtk_window_is_active (window) ? "active" : "not active");
      press_and_wait (key, 20);
    }
  return FALSE;
}

static gboolean
is_lever_scale (GtkWidget *focus,
                gpointer   data)
{
  GtkWidget *row = gtk_widget_get_ancestor (focus, PUENTE_TYPE_LEVER_ROW);

  return GTK_IS_SCALE (focus) && row != NULL &&
         (int) puente_lever_row_get_lever (PUENTE_LEVER_ROW (row)) == puente_levers_find (data);
}

static gboolean
is_year_scale (GtkWidget *focus,
               gpointer   data)
{
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (gtk_widget_has_css_class (w, "year-bar"))
      return GTK_IS_SCALE (focus);
  return FALSE;
}

static gboolean
is_compare_button (GtkWidget *focus,
                   gpointer   data)
{
  GtkWidget *button = gtk_widget_get_ancestor (focus, GTK_TYPE_MENU_BUTTON);
  GMenuModel *model = button != NULL ? gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)) : NULL;
  g_autoptr(GVariant) action = NULL;

  if (model == NULL || g_menu_model_get_n_items (model) == 0)
    return FALSE;
  /* Its first section's first item is "No Comparison": win.compare. */
  {
    g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, 0, G_MENU_LINK_SECTION);

    action = g_menu_model_get_item_attribute_value (section != NULL ? section : model, 0, G_MENU_ATTRIBUTE_ACTION,
                                                    G_VARIANT_TYPE_STRING);
  }
  return action != NULL && g_strcmp0 (g_variant_get_string (action, NULL), "win.compare") == 0;
}

static gboolean
is_map (GtkWidget *focus,
        gpointer   data)
{
  return focus == data;
}

static gboolean
has_preferences (gpointer data)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gboolean found = FALSE;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (PUENTE_IS_PREFERENCES (l->data) && gtk_widget_get_visible (l->data))
      found = TRUE;
  g_list_free (toplevels);
  return found == GPOINTER_TO_INT (data);
}

static gboolean
window_of_type (gpointer data)
{
  GtkWindow *window = focused_window ();

  return window != NULL && g_type_is_a (G_OBJECT_TYPE (window), g_type_from_name (data));
}

static gboolean
file_written (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

static void
check_keyboard (PuenteWindow *window)
{
  PuenteWorkspace *workspace = puente_window_get_workspace (window);
  int lever = puente_levers_find ("ldv.us.target_share");
  double baseline = puente_workspace_get_lever (workspace, lever);
  int year = puente_workspace_get_year (workspace);
  PuenteMapPage *map_page;
  GtkWidget *map;
  GtkWidget *focus;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *selected;

  if (!GDK_IS_X11_DISPLAY (gtk_widget_get_display (GTK_WIDGET (window))))
    {
      g_test_skip ("Key presses go through X (xdotool): needs an X display");
      return;
    }
  if (g_find_program_in_path ("xdotool") == NULL)
    {
      g_test_fail_printf ("xdotool is missing: tools/install-deps installs it");
      return;
    }
  gtk_window_present (GTK_WINDOW (window));
  focus_window (GTK_WINDOW (window));

  /* Switching views: Alt+1 … Alt+4. */
  press ("alt+3");
  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "charts");
  press ("alt+4");
  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "supply");
  press ("alt+1");
  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "overview");

  /* Moving a lever: Tab to its slider, a step up with the arrow; then
   * Ctrl+Z takes it back. */
  g_assert_true (tab_to (GTK_WINDOW (window), "Tab", is_lever_scale, (gpointer) "ldv.us.target_share"));
  press ("Right");
  g_assert_cmpfloat (puente_workspace_get_lever (workspace, lever), >, baseline);
  press ("ctrl+z");
  g_assert_cmpfloat_with_epsilon (puente_workspace_get_lever (workspace, lever), baseline, 1e-12);

  /* Changing the year: back (Shift+Tab) to the year slider, a year on. */
  g_assert_true (tab_to (GTK_WINDOW (window), "shift+Tab", is_year_scale, NULL));
  press ("Right");
  g_assert_cmpint (puente_workspace_get_year (workspace), ==, year + 1);

  /* Setting B: Tab to "compare with", open it, the first preset. */
  g_assert_null (puente_workspace_get_compare_id (workspace));
  g_assert_true (tab_to (GTK_WINDOW (window), "Tab", is_compare_button, NULL));
  press ("Return");
  press ("Down Return");
  g_assert_nonnull (puente_workspace_get_compare_id (workspace));

  /* Selecting a state and reading its details: the map (Alt+2), Ctrl+F,
   * its name, Enter. */
  press ("alt+2");
  g_assert_cmpstr (puente_window_get_visible_view (window), ==, "map");
  map_page = PUENTE_MAP_PAGE (figure_test_page (window, "map"));
  press ("ctrl+f");
  type ("nuevo leon");
  press ("Return");
  g_assert_cmpstr (puente_view_state_get_selection (puente_window_get_view_state (window)), ==, "MX-NLE");
  g_assert_cmpstr (puente_map_page_get_panel_title (map_page), ==, "Nuevo León");

  /* And from the map itself: Tab to it, Ctrl+Right to the next place,
   * which the map's description reads, Enter into its figures. */
  map = puente_map_page_get_map (map_page, 0);
  g_assert_true (tab_to (GTK_WINDOW (window), "Tab", is_map, map));
  press ("ctrl+Right");
  selected = puente_view_state_get_selection (puente_window_get_view_state (window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (selected, !=, "MX-NLE");
  g_assert_nonnull (puente_map_page_get_panel_title (map_page));
  g_assert_nonnull (strstr (puente_map_page_get_description (map_page, 0), puente_map_page_get_panel_title (map_page)));
  press ("ctrl+Left");
  g_assert_cmpstr (puente_view_state_get_selection (puente_window_get_view_state (window)), ==, "MX-NLE");
  press ("Return");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, g_type_from_name ("PuenteMapDetails")));

  /* Switching language: Ctrl+L. */
  press ("ctrl+l");
  g_assert_cmpint (puente_window_get_language (window), ==, PUENTE_LANG_ES);
  press ("ctrl+l");
  g_assert_cmpint (puente_window_get_language (window), ==, PUENTE_LANG_EN);

  /* Preferences: Ctrl+comma opens them, Esc closes them. */
  focus_window (GTK_WINDOW (window));
  press ("ctrl+comma");
  g_assert_true (wait_until (has_preferences, GINT_TO_POINTER (TRUE), 3000));
  press ("Escape");
  g_assert_true (wait_until (has_preferences, GINT_TO_POINTER (FALSE), 3000));

  /* Exporting a chart: the Charts view, Ctrl+E, Alt+E (Export…), a path
   * typed into the file chooser, Enter. */
  focus_window (GTK_WINDOW (window));
  press ("alt+3");
  press ("ctrl+e");
  g_assert_true (wait_until (window_of_type, (gpointer) "PuenteExportDialog", 3000));
  press ("alt+e");
  g_assert_true (wait_until (window_of_type, (gpointer) "GtkFileChooserDialog", 5000));
  dir = g_dir_make_tmp ("puente-keys-XXXXXX", NULL);
  path = g_build_filename (dir, "chart.png", NULL);
  press ("ctrl+a");
  type (path);
  press ("Return");
  g_assert_true (wait_until (file_written, path, 10000));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_keyboard (void)
{
  figure_test_run (check_keyboard);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Criticals fail the test (G_DEBUG=fatal-criticals); GTK's own
   * warnings do not, as in the window test. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  puente_i18n_init (NULL);

  g_test_add_func ("/gui/keyboard/tasks", test_keyboard);

  return g_test_run ();
}
