/* puente-map-stations.c: the imported stations in the Map view
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-format.h"
#include "puente-map-stations.h"
#include "puente-stations-layer.h"

struct _PuenteMapStations
{
  GtkWidget           parent_instance;

  PuenteWorkspace    *workspace;
  PuenteStationFiles *files;
  PuenteViewState    *state;
  PuenteLang          lang;
  GBinding           *dc_fast_binding;
  GPtrArray          *networks; /* the dropdown's, after "All networks" */
  gboolean            syncing;

  GtkBox             *files_box;
  GtkWidget          *busy_box;
  GtkCheckButton     *dc_fast_check;
  GtkCheckButton     *base_check;
  GtkDropDown        *network_dropdown;
  GtkDropDown        *show_dropdown;
  GtkWidget          *filters_box;
};

G_DEFINE_FINAL_TYPE (PuenteMapStations, puente_map_stations, GTK_TYPE_WIDGET)

/* ---- the files ---------------------------------------------------------- */

static void
on_remove_clicked (GtkButton         *button,
                   PuenteMapStations *self)
{
  puente_station_files_remove (self->files, gtk_widget_get_name (GTK_WIDGET (button)));
}

/* "alt_fuel_stations_NY_2025-04.csv: 4736 stations", or why it failed. */
static char *
describe_file (PuenteMapStations *self,
               const char        *path)
{
  PuenteStations  *stations = puente_station_files_get_stations (self->files);
  const char      *error = puente_station_files_get_error (self->files, path);
  g_autofree char *name = g_path_get_basename (path);

  if (error != NULL)
    return g_strdup (error);
  for (guint i = 0; stations != NULL && i < puente_stations_get_n_files (stations); i++)
    {
      const PuenteStationFile *file = puente_stations_get_file (stations, i);

      if (g_strcmp0 (file->path, path) == 0)
        {
          g_autofree char *count = puente_format_number (self->lang, file->n_imported, 0);

          /* Translators: an imported station file and its stations */
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s station", "%s: %s stations", file->n_imported),
                                  name, count);
        }
    }
  return g_steal_pointer (&name);
}

static void
update_files (PuenteMapStations *self)
{
  const char *const *paths = puente_station_files_get_paths (self->files);
  GtkWidget         *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->files_box))) != NULL)
    gtk_box_remove (self->files_box, child);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      GtkWidget       *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *text = describe_file (self, paths[i]);
      g_autofree char *name = g_path_get_basename (paths[i]);
      g_autofree char *remove = NULL;
      GtkWidget       *label = gtk_label_new (text);
      GtkWidget       *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_tooltip_text (label, paths[i]);
      if (puente_station_files_get_error (self->files, paths[i]) != NULL)
        gtk_widget_add_css_class (label, "error");
      gtk_box_append (GTK_BOX (row), label);

      /* The button's name is the path it removes. */
      gtk_widget_set_name (button, paths[i]);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Translators: tooltip and accessible name of a button; %s is a file name */
      remove = g_strdup_printf (_ ("Remove %s"), name);
      gtk_widget_set_tooltip_text (button, remove);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked), self, 0);
      gtk_box_append (GTK_BOX (row), button);
      gtk_box_append (self->files_box, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->files_box), paths[0] != NULL);
  gtk_widget_set_visible (self->busy_box, puente_station_files_get_busy (self->files));
}

/* ---- the filters ------------------------------------------------------ */

static void
sync_network (PuenteMapStations *self)
{
  const char *network = puente_view_state_peek_string (self->state, "stations-network");
  guint       selected = 0;

  for (guint i = 0; network != NULL && i < self->networks->len; i++)
    if (g_str_equal (self->networks->pdata[i], network))
      selected = i + 1;
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->network_dropdown, selected);
  self->syncing = FALSE;
}

static void
update_networks (PuenteMapStations *self)
{
  PuenteStations *stations = puente_station_files_get_stations (self->files);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GArray) networks = stations != NULL ? puente_stations_list_networks (stations) : NULL;
  const char *wanted = puente_view_state_peek_string (self->state, "stations-network");
  gboolean    found = FALSE;

  g_ptr_array_set_size (self->networks, 0);
  gtk_string_list_append (list, _ ("All networks"));
  for (guint i = 0; networks != NULL && i < networks->len; i++)
    {
      const PuenteStationNetwork *n = &g_array_index (networks, PuenteStationNetwork, i);
      /* Translators: a charging network in a list, and its stations */
      g_autofree char            *count = puente_format_number (self->lang, n->stations, 0);
      g_autofree char            *text = g_strdup_printf (_ ("%s (%s)"), n->network, count);

      g_ptr_array_add (self->networks, g_strdup (n->network));
      gtk_string_list_append (list, text);
      found |= g_strcmp0 (n->network, wanted) == 0;
    }
  /* A network that none of the files has any more shows nothing: all. */
  if (wanted != NULL && !found && stations != NULL)
    g_object_set (self->state, "stations-network", NULL, NULL);
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->network_dropdown, G_LIST_MODEL (list));
  self->syncing = FALSE;
  sync_network (self);
  gtk_widget_set_sensitive (self->filters_box, stations != NULL);
}

static void
on_network_selected (PuenteMapStations *self)
{
  guint selected = gtk_drop_down_get_selected (self->network_dropdown);

  if (self->syncing)
    return;
  g_object_set (self->state, "stations-network",
                selected > 0 && selected <= self->networks->len ? self->networks->pdata[selected - 1] : NULL, NULL);
}

static void
sync_show (PuenteMapStations *self)
{
  PuenteStationsShow show;

  g_object_get (self->state, "stations-show", &show, NULL);
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->show_dropdown, show);
  self->syncing = FALSE;
}

static void
on_show_selected (PuenteMapStations *self)
{
  guint selected = gtk_drop_down_get_selected (self->show_dropdown);

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;
  g_object_set (self->state, "stations-show", (PuenteStationsShow) selected, NULL);
}

/* ---- scenario A's base year ------------------------------------------- */

static void
sync_base (PuenteMapStations *self)
{
  gboolean active = puente_scenario_has_base_ports (puente_workspace_get_scenario (self->workspace));

  self->syncing = TRUE;
  gtk_check_button_set_active (self->base_check, active);
  self->syncing = FALSE;
  /* Turned off always; on with stations to count. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->base_check),
                            active || puente_station_files_get_stations (self->files) != NULL);
}

static void
on_base_toggled (PuenteMapStations *self)
{
  if (self->syncing)
    return;
  puente_workspace_set_base_ports (self->workspace, gtk_check_button_get_active (self->base_check) ? puente_station_files_get_stations (self->files) : NULL);
}

static void
on_files_changed (PuenteMapStations *self)
{
  update_files (self);
  update_networks (self);
  sync_base (self);
}

/* ---- building ---------------------------------------------------------- */

static GtkWidget *
labelled (const char *text,
          GtkWidget  *control)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), control);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return box;
}

GtkWidget *
puente_map_stations_new (PuenteWorkspace *workspace,
                         PuenteViewState *state,
                         PuenteLang       lang)
{
  PuenteMapStations *self;
  GtkWidget         *box, *heading, *button, *spinner, *busy_label;
  const char        *shows[] = { N_ ("Open and planned"), N_ ("Open only"), N_ ("Planned only"), NULL };
  g_autoptr(GtkStringList) show_list = gtk_string_list_new (NULL);
  PuenteStationFiles *files;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (PUENTE_IS_VIEW_STATE (state), NULL);

  self = g_object_new (PUENTE_TYPE_MAP_STATIONS, NULL);
  self->workspace = g_object_ref (workspace);
  files = puente_workspace_get_station_files (workspace);
  self->files = g_object_ref (files);
  self->state = g_object_ref (state);
  self->lang = lang;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  heading = gtk_label_new (_ ("Charging Stations"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  button = gtk_button_new_with_mnemonic (_ ("_Import Stations…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.import-stations");
  gtk_widget_set_tooltip_text (button, _ ("Import AFDC (CSV or JSON) or Open Charge Map (JSON) station files; you can also drop them on the window"));
  gtk_box_append (GTK_BOX (box), button);

  self->files_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->files_box));
  self->busy_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (spinner));
  busy_label = gtk_label_new (_ ("Importing…"));
  gtk_box_append (GTK_BOX (self->busy_box), spinner);
  gtk_box_append (GTK_BOX (self->busy_box), busy_label);
  gtk_box_append (GTK_BOX (box), self->busy_box);

  self->filters_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->dc_fast_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_ ("_DC fast only")));
  gtk_box_append (GTK_BOX (self->filters_box), GTK_WIDGET (self->dc_fast_check));
  self->network_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_box_append (GTK_BOX (self->filters_box), labelled (_ ("Network"), GTK_WIDGET (self->network_dropdown)));
  for (guint i = 0; shows[i] != NULL; i++)
    gtk_string_list_append (show_list, _ (shows[i]));
  self->show_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&show_list)), NULL));
  gtk_box_append (GTK_BOX (self->filters_box), labelled (_ ("Status"), GTK_WIDGET (self->show_dropdown)));
  gtk_box_append (GTK_BOX (box), self->filters_box);

  self->base_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_ ("Use as scenario A's _base-year ports")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->base_check),
                               _ ("Scenario A starts from the imported files' open public Level 2 and DC fast ports in the states they cover (the dataset's elsewhere); the scenario file records the files"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->base_check));

  self->dc_fast_binding = g_object_bind_property (state, "stations-dc-fast-only", self->dc_fast_check, "active",
                                                  G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (self->network_dropdown, "notify::selected", G_CALLBACK (on_network_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->show_dropdown, "notify::selected", G_CALLBACK (on_show_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::stations-network", G_CALLBACK (sync_network), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::stations-show", G_CALLBACK (sync_show), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (files, "changed", G_CALLBACK (on_files_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (files, "notify::busy", G_CALLBACK (update_files), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->base_check, "toggled", G_CALLBACK (on_base_toggled), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "scenario-changed", G_CALLBACK (sync_base), self, G_CONNECT_SWAPPED);
  on_files_changed (self);
  sync_show (self);
  return GTK_WIDGET (self);
}

GtkCheckButton *
puente_map_stations_get_dc_fast_check (PuenteMapStations *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_STATIONS (self), NULL);
  return self->dc_fast_check;
}

GtkCheckButton *
puente_map_stations_get_base_check (PuenteMapStations *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_STATIONS (self), NULL);
  return self->base_check;
}

GtkDropDown *
puente_map_stations_get_network_dropdown (PuenteMapStations *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_STATIONS (self), NULL);
  return self->network_dropdown;
}

GtkDropDown *
puente_map_stations_get_show_dropdown (PuenteMapStations *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_STATIONS (self), NULL);
  return self->show_dropdown;
}

GtkButton *
puente_map_stations_get_remove_button (PuenteMapStations *self,
                                       const char        *path)
{
  g_return_val_if_fail (PUENTE_IS_MAP_STATIONS (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->files_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *button = gtk_widget_get_last_child (row);

      if (g_strcmp0 (gtk_widget_get_name (button), path) == 0)
        return GTK_BUTTON (button);
    }
  return NULL;
}

void
puente_map_stations_show (PuenteMapPane      *pane,
                          PuenteStationFiles *files,
                          PuenteViewState    *state)
{
  PuenteMapLayer        *layer = puente_map_pane_get_layer (pane, "stations");
  PuenteStationsPainter *painter;
  PuenteStationsShow     show;
  gboolean               dc_fast_only, shown;
  g_auto(GStrv) layers = NULL;

  if (layer == NULL)
    return;
  painter = PUENTE_STATIONS_PAINTER (puente_map_layer_get_painter (layer));
  g_object_get (state, "stations-dc-fast-only", &dc_fast_only, "stations-show", &show, NULL);
  puente_stations_painter_set_stations (painter, puente_station_files_get_stations (files));
  puente_stations_painter_set_dc_fast_only (painter, dc_fast_only);
  puente_stations_painter_set_network (painter, puente_view_state_peek_string (state, "stations-network"));
  puente_stations_painter_set_show (painter, show);
  /* Their attribution shows wherever they do (from the state: the layer
   * may not have heard of a change of it yet). */
  g_object_get (state, "map-layers", &layers, NULL);
  shown = layers != NULL && g_strv_contains ((const char *const *) layers, "stations") &&
    puente_map_painter_is_available (PUENTE_MAP_PAINTER (painter));
  puente_map_pane_set_credit (pane, shown ? puente_map_painter_get_sources (PUENTE_MAP_PAINTER (painter)) : NULL);
}

/* ---- GObject ------------------------------------------------------------ */

static void
puente_map_stations_dispose (GObject *object)
{
  PuenteMapStations *self = PUENTE_MAP_STATIONS (object);
  GtkWidget         *child;

  g_clear_pointer (&self->dc_fast_binding, g_binding_unbind);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->networks, g_ptr_array_unref);
  g_clear_object (&self->files);
  g_clear_object (&self->workspace);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (puente_map_stations_parent_class)->dispose (object);
}

static void
puente_map_stations_class_init (PuenteMapStationsClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_map_stations_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
puente_map_stations_init (PuenteMapStations *self)
{
  self->networks = g_ptr_array_new_with_free_func (g_free);
}
