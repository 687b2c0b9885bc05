/* puente-main-view.c: everything the window shows
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-charts-page.h"
#include "puente-lever-panel.h"
#include "puente-main-view-private.h"
#include "puente-map-page.h"
#include "puente-overview.h"
#include "puente-scenario-banner.h"
#include "puente-scenario-catalogue.h"
#include "puente-supply-page.h"
#include "puente-user-scenarios.h"

struct _PuenteMainView
{
  GtkWidget             parent_instance;

  PuenteWorkspace      *workspace;
  PuenteViewState      *state;
  GBinding             *bindings[4];
  PuenteLang            lang;
  int                   marks_horizon;

  GtkWidget            *lever_panel;
  GtkWidget            *overview;
  GtkWidget            *charts_page;
  GtkWidget            *map_page;
  GtkWidget            *supply_page;
  GtkWidget            *banner;
  char                 *scenario_text;

  GtkWidget            *header_bar;
  GtkWidget            *switcher_bar;
  GtkMenuButton        *scenario_button;
  GtkMenuButton        *deck_button;
  GtkLabel             *slide_counter;
  GtkLabel             *scenario_label;
  GtkMenuButton        *compare_button;
  GtkLabel             *compare_label;
  GtkBox               *banner_row;
  GtkWidget            *present_controls;
  GtkToggleButton      *pin_button;
  GtkToggleButton      *contrast_button;
  GtkToggleButton      *english_button;
  GtkToggleButton      *spanish_button;
  AdwToastOverlay      *toast_overlay;
  GtkBox               *banner_box;
  AdwFlap              *flap;
  GtkBox               *levers_box;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  GtkBox               *overview_box;
  GtkBox               *map_box;
  GtkBox               *charts_box;
  GtkBox               *supply_box;
  GtkButton            *play_button;
  GtkLabel             *year_label;
  GtkScale             *year_scale;
  GtkAdjustment        *year_adjustment;
};

G_DEFINE_FINAL_TYPE (PuenteMainView, puente_main_view, GTK_TYPE_WIDGET)

/* ---- scenario names and menus --------------------------------------- */

/* The names come from the scenario catalogue, which reads a file again
 * only when it changes: the menus are rebuilt when the user's scenarios
 * or the recent files change, not on every change of the scenario. */
static void
build_menus (PuenteMainView *self)
{
  PuenteScenarioCatalogue *catalogue = puente_scenario_catalogue_get_default ();
  g_autoptr(GMenu) scenario_menu = g_menu_new ();
  g_autoptr(GMenu) presets = g_menu_new ();
  g_autoptr(GMenu) files = g_menu_new ();
  g_autoptr(GMenu) compare_menu = g_menu_new ();
  g_autoptr(GMenu) compare_none = g_menu_new ();
  g_autoptr(GMenu) compare_presets = g_menu_new ();
  g_autoptr(GMenu) compare_files = g_menu_new ();
  const char **ids;
  guint        n_ids = 0;

  /* The list belongs to the model library. */
  ids = puente_scenario_list_presets (&n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      const char      *name = puente_scenario_catalogue_get_preset_name (catalogue, ids[i], self->lang);
      g_autofree char *badge = puente_scenario_catalogue_dup_preset_badge (catalogue, ids[i], self->lang);
      /* Translators: a preset in the scenario menus: its name — its
       * legal status badge ("Repealed, as of 2026-12-07") */
      g_autofree char *label = badge != NULL ? g_strdup_printf (_ ("%s — %s"), name, badge) : g_strdup (name);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);
      g_autoptr(GMenuItem) compare_item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.load-preset", "s", ids[i]);
      g_menu_append_item (presets, item);
      g_menu_item_set_action_and_target (compare_item, "win.compare", "s", ids[i]);
      g_menu_append_item (compare_presets, compare_item);
    }

  g_menu_append_section (scenario_menu, _ ("Presets"), G_MENU_MODEL (presets));

  {
    guint n_user = puente_scenario_catalogue_get_n_user (catalogue);
    g_autoptr(GMenu) mine = g_menu_new ();
    g_autoptr(GMenu) manage = g_menu_new ();

    for (guint i = 0; i < n_user; i++)
      {
        const char      *path = puente_scenario_catalogue_get_user_path (catalogue, i);
        g_autofree char *base = g_path_get_basename (path);
        const char      *name = puente_scenario_catalogue_get_user_name (catalogue, i, self->lang);
        g_autoptr(GMenuItem) item = g_menu_item_new (name != NULL && *name != '\0' ? name : base, NULL);

        g_menu_item_set_action_and_target (item, "win.load-file", "s", path);
        g_menu_append_item (mine, item);
      }
    if (n_user > 0)
      g_menu_append_section (scenario_menu, _ ("My Scenarios"), G_MENU_MODEL (mine));

    g_menu_append (manage, _ ("_Duplicate as My Scenario"), "win.duplicate");
    g_menu_append (manage, _ ("_Rename…"), "win.rename");
    g_menu_append (manage, _ ("D_elete"), "win.delete-scenario");
    g_menu_append_section (scenario_menu, NULL, G_MENU_MODEL (manage));
  }

  g_menu_append (files, _ ("_Open Scenario File…"), "win.open");
  g_menu_append_section (scenario_menu, NULL, G_MENU_MODEL (files));

  /* Scenario files this application opened or saved lately. */
  {
    g_autoptr(GMenu) recent = g_menu_new ();
    GList      *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
    const char *app_name = g_get_application_name ();
    guint       n = 0;

    for (GList *l = items; l != NULL && n < 5; l = l->next)
      {
        GtkRecentInfo *info = l->data;
        g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
        g_autofree char *path = g_file_get_path (file);
        g_autoptr(GMenuItem) item = NULL;

        if (path == NULL || !g_str_has_suffix (path, ".json") || !gtk_recent_info_exists (info) ||
            (app_name != NULL && !gtk_recent_info_has_application (info, app_name)) ||
            puente_user_scenarios_contains (file))
          continue;

        item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
        g_menu_item_set_action_and_target (item, "win.load-file", "s", path);
        g_menu_append_item (recent, item);
        n++;
      }
    g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
    if (n > 0)
      g_menu_append_section (scenario_menu, _ ("Recent Files"), G_MENU_MODEL (recent));
  }

  g_menu_append (compare_none, _ ("No Comparison"), "win.compare::");
  g_menu_append_section (compare_menu, NULL, G_MENU_MODEL (compare_none));
  g_menu_append_section (compare_menu, _ ("Compare With"), G_MENU_MODEL (compare_presets));
  g_menu_append (compare_files, _ ("Compare With _File…"), "win.compare-file");
  g_menu_append_section (compare_menu, NULL, G_MENU_MODEL (compare_files));

  gtk_menu_button_set_menu_model (self->scenario_button, G_MENU_MODEL (scenario_menu));
  gtk_menu_button_set_menu_model (self->compare_button, G_MENU_MODEL (compare_menu));
}

/* The header's buttons say which scenario they choose; the banner under
 * them gives the full names, so nothing there is ever cut short. */
static void
update_labels (PuenteMainView *self)
{
  const char      *name;
  const char      *compare_id;
  g_autofree char *a11y_name = NULL;
  g_autofree char *compare_a11y_name = NULL;

  name = puente_workspace_get_name (self->workspace, self->lang);
  g_free (self->scenario_text);
  if (puente_workspace_get_modified (self->workspace))
    /* Translators: a scenario name with unsaved changes */
    self->scenario_text = g_strdup_printf (_ ("%s (changed)"), name);
  else
    self->scenario_text = g_strdup (name);
  /* Translators: the header button that chooses scenario A */
  gtk_label_set_text (self->scenario_label, _ ("Scenario A"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->scenario_button), self->scenario_text);
  /* Translators: accessible name of the scenario A button; %s is its name */
  a11y_name = g_strdup_printf (_ ("Scenario A: %s"), self->scenario_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scenario_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_name, -1);

  compare_id = puente_workspace_get_compare_id (self->workspace);
  if (compare_id == NULL)
    {
      gtk_label_set_text (self->compare_label, _ ("No Comparison"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->compare_button), _ ("Compare With"));
      compare_a11y_name = g_strdup_printf (_ ("Scenario B: %s"), _ ("No Comparison"));
    }
  else
    {
      const PuenteScenario *compare = puente_workspace_get_compare (self->workspace);
      const char           *compare_name = puente_scenario_get_name (compare, self->lang);
      g_autofree char      *text = NULL;

      if (compare_name == NULL || *compare_name == '\0')
        compare_name = compare_id;
      /* Translators: "compare with" button's tooltip; %s is a scenario name */
      text = g_strdup_printf (_ ("vs. %s"), compare_name);
      /* Translators: the header button that chooses scenario B */
      gtk_label_set_text (self->compare_label, _ ("Scenario B"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->compare_button), text);
      /* Translators: accessible name of the compare button; %s is a scenario name */
      compare_a11y_name = g_strdup_printf (_ ("Scenario B: %s"), compare_name);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->compare_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, compare_a11y_name, -1);
}

/* ---- year bar -------------------------------------------------------- */

static void
sync_year (PuenteMainView *self)
{
  int              year = puente_workspace_get_year (self->workspace);
  int              horizon = puente_workspace_get_horizon (self->workspace);
  g_autofree char *text = g_strdup_printf ("%d", year);

  gtk_label_set_text (self->year_label, text);
  /* The description too: GTK 4.8 tells screen readers of a new
   * description, not of a new value. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->year_scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
  if (self->marks_horizon != horizon)
    {
      self->marks_horizon = horizon;
      gtk_adjustment_set_upper (self->year_adjustment, horizon);
      gtk_scale_clear_marks (self->year_scale);
      for (int mark = 2025; mark <= horizon; mark += 5)
        {
          g_autofree char *label = mark % 10 == 0 ? g_strdup_printf ("%d", mark) : NULL;

          gtk_scale_add_mark (self->year_scale, mark, GTK_POS_BOTTOM, label);
        }
    }
  gtk_adjustment_set_value (self->year_adjustment, year);
}

static void
on_year_adjustment_changed (PuenteMainView *self,
                            GtkAdjustment  *adjustment)
{
  if (self->workspace != NULL)
    puente_workspace_set_year (self->workspace, (int) gtk_adjustment_get_value (adjustment));
}

void
puente_main_view_set_playing (PuenteMainView *self,
                              gboolean        playing)
{
  g_return_if_fail (PUENTE_IS_MAIN_VIEW (self));

  gtk_button_set_icon_name (self->play_button, playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), playing ? _ ("Pause") : _ ("Play Years"));
}

/* ---- Present mode ---------------------------------------------------- */

/* In Present mode the header gives its room to the views, the sidebar
 * shows only when pinned (and then stays docked), and the banner carries
 * the controls a facilitator needs. */
static void
apply_present (PuenteMainView *self)
{
  gboolean present;

  g_object_get (self->state, "present", &present, NULL);
  gtk_widget_set_visible (self->header_bar, !present);
  gtk_widget_set_visible (self->switcher_bar, !present);
  gtk_widget_set_visible (self->present_controls, present);
  if (self->workspace == NULL)
    return;

  /* A and B on a line each: the room's type needs the width. */
  puente_scenario_banner_set_stacked (PUENTE_SCENARIO_BANNER (self->banner), present);
  puente_overview_set_wide (PUENTE_OVERVIEW (self->overview), present);

  g_clear_pointer (&self->bindings[1], g_binding_unbind);
  adw_flap_set_fold_policy (self->flap, present ? ADW_FLAP_FOLD_POLICY_NEVER : ADW_FLAP_FOLD_POLICY_AUTO);
  self->bindings[1] = g_object_bind_property (self->state, present ? "levers-pinned" : "levers-shown",
                                              self->flap, "reveal-flap",
                                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

/* ---- construction ---------------------------------------------------- */

static void
show_dataset_error (PuenteMainView *self,
                    const GError   *error)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _ ("The Dataset Could Not Be Loaded"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page), error->message);
  adw_flap_set_content (self->flap, page);
  adw_flap_set_reveal_flap (self->flap, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scenario_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->compare_button), FALSE);
}

GtkWidget *
puente_main_view_new (PuenteWorkspace *workspace,
                      PuenteViewState *state,
                      PuenteLang       lang,
                      const GError    *error)
{
  PuenteMainView *self;

  g_return_val_if_fail (workspace == NULL || PUENTE_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (workspace != NULL || error != NULL, NULL);
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (state), NULL);

  self = g_object_new (PUENTE_TYPE_MAIN_VIEW, NULL);
  self->state = g_object_ref (state);
  self->lang = lang;
  if (workspace == NULL)
    {
      show_dataset_error (self, error);
      return GTK_WIDGET (self);
    }

  self->workspace = g_object_ref (workspace);
  g_signal_connect_object (workspace, "notify::modified",
                           G_CALLBACK (update_labels), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "scenario-changed",
                           G_CALLBACK (update_labels), self, G_CONNECT_SWAPPED);
  /* A saved, duplicated or deleted scenario changes "My Scenarios"; an
   * opened or saved file, "Recent Files". */
  g_signal_connect_object (puente_scenario_catalogue_get_default (), "changed",
                           G_CALLBACK (build_menus), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (build_menus), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::year",
                           G_CALLBACK (sync_year), self, G_CONNECT_SWAPPED);
  /* The horizon lever may move the year bar's end. */
  g_signal_connect_object (workspace, "results-changed",
                           G_CALLBACK (sync_year), self, G_CONNECT_SWAPPED);

  self->lever_panel = puente_lever_panel_new (workspace, state, lang);
  gtk_widget_set_vexpand (self->lever_panel, TRUE);
  gtk_box_append (self->levers_box, self->lever_panel);

  self->overview = puente_overview_new (workspace, lang);
  gtk_widget_set_vexpand (self->overview, TRUE);
  gtk_box_append (self->overview_box, self->overview);

  self->map_page = puente_map_page_new (workspace, state, lang);
  gtk_widget_set_vexpand (self->map_page, TRUE);
  gtk_box_append (self->map_box, self->map_page);

  self->charts_page = puente_charts_page_new (workspace, state, lang);
  gtk_widget_set_vexpand (self->charts_page, TRUE);
  gtk_box_append (self->charts_box, self->charts_page);

  self->supply_page = puente_supply_page_new (workspace, state, lang);
  gtk_widget_set_vexpand (self->supply_page, TRUE);
  gtk_box_append (self->supply_box, self->supply_page);

  self->banner = puente_scenario_banner_new (workspace, lang);
  gtk_widget_set_hexpand (self->banner, TRUE);
  gtk_box_prepend (self->banner_row, self->banner);

  build_menus (self);
  update_labels (self);
  sync_year (self);

  /* The view, the sidebar and Present mode are the view state's. */
  self->bindings[0] = g_object_bind_property (state, "view", self->view_stack, "visible-child-name",
                                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  self->bindings[2] = g_object_bind_property (state, "levers-pinned", self->pin_button, "active",
                                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  self->bindings[3] = g_object_bind_property (state, "high-contrast", self->contrast_button, "active",
                                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (state, "notify::present", G_CALLBACK (apply_present), self, G_CONNECT_SWAPPED);
  apply_present (self);

  return GTK_WIDGET (self);
}

void
puente_main_view_add_toast (PuenteMainView *self,
                            AdwToast       *toast)
{
  g_return_if_fail (PUENTE_IS_MAIN_VIEW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
puente_main_view_set_banners (PuenteMainView *self,
                              GPtrArray      *banners)
{
  GtkWidget *child;

  g_return_if_fail (PUENTE_IS_MAIN_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->banner_box))) != NULL)
    gtk_box_remove (self->banner_box, child);
  for (guint i = 0; banners != NULL && i < banners->len; i++)
    gtk_box_append (self->banner_box, g_ptr_array_index (banners, i));
}

GtkBox *
puente_main_view_get_page (PuenteMainView *self,
                           const char     *name)
{
  g_return_val_if_fail (PUENTE_IS_MAIN_VIEW (self), NULL);

  if (g_strcmp0 (name, "overview") == 0)
    return self->overview_box;
  if (g_strcmp0 (name, "map") == 0)
    return self->map_box;
  if (g_strcmp0 (name, "charts") == 0)
    return self->charts_box;
  if (g_strcmp0 (name, "supply") == 0)
    return self->supply_box;

  g_return_val_if_reached (NULL);
}

GMenuModel *
puente_main_view_get_scenario_menu (PuenteMainView *self)
{
  g_return_val_if_fail (PUENTE_IS_MAIN_VIEW (self), NULL);

  return gtk_menu_button_get_menu_model (self->scenario_button);
}

GtkWidget *
puente_main_view_get_lever_panel (PuenteMainView *self)
{
  g_return_val_if_fail (PUENTE_IS_MAIN_VIEW (self), NULL);

  return self->lever_panel;
}

GtkWidget *
puente_main_view_get_overview (PuenteMainView *self)
{
  g_return_val_if_fail (PUENTE_IS_MAIN_VIEW (self), NULL);

  return self->overview;
}

GtkWidget *
puente_main_view_get_map_page (PuenteMainView *self)
{
  g_return_val_if_fail (PUENTE_IS_MAIN_VIEW (self), NULL);

  return self->map_page;
}

GtkWidget *
puente_main_view_get_charts_page (PuenteMainView *self)
{
  g_return_val_if_fail (PUENTE_IS_MAIN_VIEW (self), NULL);

  return self->charts_page;
}

GtkWidget *
puente_main_view_get_supply_page (PuenteMainView *self)
{
  g_return_val_if_fail (PUENTE_IS_MAIN_VIEW (self), NULL);

  return self->supply_page;
}

GtkWidget *
puente_main_view_get_banner (PuenteMainView *self)
{
  g_return_val_if_fail (PUENTE_IS_MAIN_VIEW (self), NULL);

  return self->banner;
}

void
puente_main_view_set_slide_counter (PuenteMainView *self,
                                    const char     *text)
{
  g_return_if_fail (PUENTE_IS_MAIN_VIEW (self));

  gtk_label_set_text (self->slide_counter, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->slide_counter), text != NULL);
}

void
puente_main_view_set_deck_panel (PuenteMainView *self,
                                 GtkWidget      *panel)
{
  GtkWidget *popover = gtk_popover_new ();

  g_return_if_fail (PUENTE_IS_MAIN_VIEW (self));

  gtk_popover_set_child (GTK_POPOVER (popover), panel);
  gtk_menu_button_set_popover (self->deck_button, popover);
}

/* ---- panes (F6) ------------------------------------------------------ */

/* The levers (when shown), the view switcher (in the header, or at the
 * bottom on a narrow window) and the view with its year bar, in F6's
 * order. */
static guint
get_panes (PuenteMainView *self,
           GtkWidget      *panes[3])
{
  guint n = 0;

  if (adw_flap_get_reveal_flap (self->flap))
    panes[n++] = GTK_WIDGET (self->levers_box);
  if (adw_view_switcher_title_get_title_visible (self->switcher_title))
    panes[n++] = self->switcher_bar;
  else
    panes[n++] = GTK_WIDGET (self->switcher_title);
  panes[n++] = gtk_widget_get_parent (GTK_WIDGET (self->view_stack));
  return n;
}

/* Moves the focus to the next pane (@forward) or the previous one, into
 * its first control; from outside any pane, to the first or the last. */
gboolean
puente_main_view_focus_pane (PuenteMainView *self,
                             gboolean        forward)
{
  GtkWidget *panes[3];
  guint      n;
  int        current = -1;
  GtkRoot   *root;
  GtkWidget *focus;

  g_return_val_if_fail (PUENTE_IS_MAIN_VIEW (self), FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  n = get_panes (self, panes);
  for (guint i = 0; i < n && focus != NULL; i++)
    if (focus == panes[i] || gtk_widget_is_ancestor (focus, panes[i]))
      current = i;

  for (guint tries = 0; tries < n; tries++)
    {
      if (current < 0)
        current = forward ? 0 : (int) n - 1;
      else
        current = (current + (forward ? 1 : (int) n - 1)) % n;
      /* A pane with nothing to focus (the flap folded) gives way to the next. */
      if (gtk_widget_get_mapped (panes[current]) &&
          gtk_widget_child_focus (panes[current], GTK_DIR_TAB_FORWARD))
        return TRUE;
    }
  return FALSE;
}

const char *
puente_main_view_get_scenario_text (PuenteMainView *self)
{
  g_return_val_if_fail (PUENTE_IS_MAIN_VIEW (self), NULL);

  return self->scenario_text != NULL ? self->scenario_text : "";
}

static void
puente_main_view_dispose (GObject *object)
{
  PuenteMainView *self = PUENTE_MAIN_VIEW (object);

  /* First, so that taking the widgets apart changes no view state. */
  for (guint i = 0; i < G_N_ELEMENTS (self->bindings); i++)
    g_clear_pointer (&self->bindings[i], g_binding_unbind);
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_MAIN_VIEW);
  /* The template's root children are ours to unparent. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace);
  g_clear_object (&self->state);
  g_clear_pointer (&self->scenario_text, g_free);

  G_OBJECT_CLASS (puente_main_view_parent_class)->dispose (object);
}

static void
puente_main_view_class_init (PuenteMainViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_main_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-main-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, scenario_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, deck_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, slide_counter);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, scenario_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, compare_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, compare_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, banner_row);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, present_controls);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, pin_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, contrast_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, english_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, spanish_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, banner_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, flap);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, levers_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, overview_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, map_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, charts_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, supply_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, play_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, year_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, year_scale);
  gtk_widget_class_bind_template_child (widget_class, PuenteMainView, year_adjustment);
  gtk_widget_class_bind_template_callback (widget_class, on_year_adjustment_changed);
}

static void
puente_main_view_init (PuenteMainView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
