/* puente-map-search.c: finding a place on the map by its name
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "puente-map-search.h"

/* As many as the list shows without scrolling on a laptop. */
#define MAX_RESULTS 8

struct _PuenteMapSearch
{
  GtkWidget         parent_instance;

  PuentePlaceIndex *index;
  PuenteLang        lang;
  GArray           *matches;
  /* The text the list was found for. */
  char             *searched;

  GtkSearchEntry   *entry;
  GtkWidget        *results;
  GtkListBox       *list;
  GtkWidget        *empty;
};

G_DEFINE_FINAL_TYPE (PuenteMapSearch, puente_map_search, GTK_TYPE_WIDGET)

enum {
  PLACE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
result_row (PuenteMapSearch        *self,
            const PuentePlaceMatch *match)
{
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget       *name = gtk_label_new (match->name);
  g_autofree char *where = NULL;
  GtkWidget       *detail;

  /* Translators: under a place found by the map's search: its kind, and
   * where it is (a country, or a state) */
  where = g_strdup_printf (_ ("%s · %s"), puente_place_kind_get_label (match->kind, self->lang), match->context);
  detail = gtk_label_new (where);
  /* As wide as the search, whatever the name: the toolbar beside it is
   * laid out for that width. */
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 1);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 1);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  return box;
}

/* Finds the entry's text and lists what it names, the best picked. */
static void
search (PuenteMapSearch *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  GtkWidget  *row;

  if (g_strcmp0 (text, self->searched) == 0)
    return;
  g_free (self->searched);
  self->searched = g_strdup (text);
  g_clear_pointer (&self->matches, g_array_unref);
  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, row);

  if (self->index != NULL && *text != '\0')
    self->matches = puente_place_index_search (self->index, text, self->lang, MAX_RESULTS);
  for (guint i = 0; self->matches != NULL && i < self->matches->len; i++)
    gtk_list_box_append (self->list, result_row (self, &g_array_index (self->matches, PuentePlaceMatch, i)));
  if (puente_map_search_get_n_results (self) > 0)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));

  gtk_widget_set_visible (GTK_WIDGET (self->list), puente_map_search_get_n_results (self) > 0);
  gtk_widget_set_visible (self->empty, *text != '\0' && puente_map_search_get_n_results (self) == 0);
  gtk_widget_set_visible (self->results, *text != '\0');
}

/* The search is left, empty, and the map gets the keys again. */
static void
finish (PuenteMapSearch *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  search (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "map.focus", NULL);
}

static void
on_row_activated (PuenteMapSearch *self,
                  GtkListBoxRow   *row)
{
  gtk_list_box_select_row (self->list, row);
  puente_map_search_activate (self);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PuenteMapSearch       *self)
{
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      puente_map_search_move (self, 1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      puente_map_search_move (self, -1);
      return TRUE;
    default:
      return FALSE;
    }
}

GtkWidget *
puente_map_search_new (PuenteDataset *dataset,
                       PuenteLang     lang)
{
  PuenteMapSearch *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (dataset != NULL, NULL);

  self = g_object_new (PUENTE_TYPE_MAP_SEARCH, NULL);
  self->lang = lang;
  self->index = puente_place_index_new (dataset, NULL, &error);
  /* Without its places, the search says why rather than find nothing. */
  if (self->index == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->entry), FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), error->message);
    }
  return GTK_WIDGET (self);
}

GtkEditable *
puente_map_search_get_entry (PuenteMapSearch *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_SEARCH (self), NULL);

  return GTK_EDITABLE (self->entry);
}

void
puente_map_search_start (PuenteMapSearch *self)
{
  g_return_if_fail (PUENTE_IS_MAP_SEARCH (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

guint
puente_map_search_get_n_results (PuenteMapSearch *self)
{
  g_return_val_if_fail (PUENTE_IS_MAP_SEARCH (self), 0);

  return self->matches != NULL ? self->matches->len : 0;
}

const PuentePlaceMatch *
puente_map_search_get_result (PuenteMapSearch *self,
                              guint            index)
{
  g_return_val_if_fail (PUENTE_IS_MAP_SEARCH (self), NULL);
  g_return_val_if_fail (index < puente_map_search_get_n_results (self), NULL);

  return &g_array_index (self->matches, PuentePlaceMatch, index);
}

int
puente_map_search_get_picked (PuenteMapSearch *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PUENTE_IS_MAP_SEARCH (self), -1);

  row = gtk_list_box_get_selected_row (self->list);
  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}

void
puente_map_search_move (PuenteMapSearch *self,
                        int              delta)
{
  int            n, picked;
  GtkListBoxRow *row;

  g_return_if_fail (PUENTE_IS_MAP_SEARCH (self));

  search (self);
  n = puente_map_search_get_n_results (self);
  if (n == 0)
    return;
  picked = CLAMP (puente_map_search_get_picked (self) + delta, 0, n - 1);
  row = gtk_list_box_get_row_at_index (self->list, picked);
  gtk_list_box_select_row (self->list, row);
  /* The entry keeps the focus: typing goes on. */
  gtk_widget_queue_draw (GTK_WIDGET (row));
}

gboolean
puente_map_search_lookup (PuenteMapSearch  *self,
                          const char       *id,
                          PuentePlaceMatch *match)
{
  g_return_val_if_fail (PUENTE_IS_MAP_SEARCH (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return self->index != NULL && puente_place_index_lookup (self->index, id, self->lang, match);
}

gboolean
puente_map_search_activate (PuenteMapSearch *self)
{
  PuentePlaceMatch match;
  int              picked;

  g_return_val_if_fail (PUENTE_IS_MAP_SEARCH (self), FALSE);

  /* Enter typed before the delayed search ran. */
  search (self);
  picked = puente_map_search_get_picked (self);
  if (picked < 0)
    return FALSE;
  /* A copy: the list goes when the search finishes. */
  match = *puente_map_search_get_result (self, picked);
  g_signal_emit (self, signals[PLACE_ACTIVATED], 0, &match);
  finish (self);
  return TRUE;
}

static void
puente_map_search_dispose (GObject *object)
{
  PuenteMapSearch *self = PUENTE_MAP_SEARCH (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_MAP_SEARCH);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->index, puente_place_index_unref);
  g_clear_pointer (&self->searched, g_free);

  G_OBJECT_CLASS (puente_map_search_parent_class)->dispose (object);
}

static void
puente_map_search_class_init (PuenteMapSearchClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_map_search_dispose;

  /* A PuentePlaceMatch *, valid during the emission. */
  signals[PLACE_ACTIVATED] = g_signal_new ("place-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                           NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-map-search.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteMapSearch, entry);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapSearch, results);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapSearch, list);
  gtk_widget_class_bind_template_child (widget_class, PuenteMapSearch, empty);
  gtk_widget_class_bind_template_callback (widget_class, search);
  gtk_widget_class_bind_template_callback (widget_class, puente_map_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, finish);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mapsearch");
}

static void
puente_map_search_init (PuenteMapSearch *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Results as soon as a word is typed. */
  gtk_search_entry_set_search_delay (self->entry, 50);
  /* Ahead of the entry's own Up and Down, which would leave it. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
}
