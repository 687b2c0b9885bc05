/* puente-deck-panel.c: the deck's slides, as a list of thumbnails
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are rebuilt from the session on every change (a deck holds
 * tens of slides, and thumbnails are cached by the session). Each row's
 * buttons act through the panel's "deck." actions with the slide's index
 * as target; moving is by drag and drop, or Move Up / Move Down in the
 * row's menu for the keyboard.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "puente-deck-panel.h"

#define THUMB_WIDTH 128
#define THUMB_HEIGHT 72

struct _PuenteDeckPanel
{
  GtkWidget          parent_instance;

  PuenteDeckSession *session;
  PuenteLang         lang;
  GtkLabel          *title_label;
  GtkListBox        *list;
  gulong             changed_id;
};

G_DEFINE_FINAL_TYPE (PuenteDeckPanel, puente_deck_panel, GTK_TYPE_WIDGET)

static const char *
view_name (const char *view)
{
  if (g_strcmp0 (view, "map") == 0)
    return _ ("Map");
  if (g_strcmp0 (view, "charts") == 0)
    return _ ("Charts");
  if (g_strcmp0 (view, "supply") == 0)
    return _ ("Supply Chain");
  return _ ("Overview");
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 gpointer       user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  return gdk_content_provider_new_typed (G_TYPE_UINT, (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
}

static gboolean
on_drop (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         PuenteDeckPanel *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  if (!G_VALUE_HOLDS_UINT (value))
    return FALSE;
  puente_deck_session_move (self->session, g_value_get_uint (value),
                            (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  return TRUE;
}

static GMenuModel *
row_menu (guint index,
          guint n)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  struct
  {
    GMenu      *section;
    const char *label;
    const char *action;
    gboolean    shown;
  } items[] = {
    { edit, N_ ("_Update from Current View"), "deck.update", TRUE },
    { edit, N_ ("_Edit Title and Notes…"), "deck.edit", TRUE },
    { edit, N_ ("D_uplicate"), "deck.duplicate", TRUE },
    { order, N_ ("Move _Up"), "deck.move-up", index > 0 },
    { order, N_ ("Move _Down"), "deck.move-down", index + 1 < n },
    { remove, N_ ("_Delete"), "deck.delete", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    if (items[i].shown)
      {
        g_autoptr(GMenuItem) item = g_menu_item_new (_ (items[i].label), NULL);

        g_menu_item_set_action_and_target_value (item, items[i].action, g_variant_new_uint32 (index));
        g_menu_append_item (items[i].section, item);
      }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}

static GtkWidget *
make_row (PuenteDeckPanel *self,
          guint            index)
{
  const PuenteSlide *slide = puente_deck_get_slide (puente_deck_session_get_deck (self->session), index);
  guint              n = puente_deck_session_get_n_slides (self->session);
  GtkWidget         *row = gtk_list_box_row_new ();
  GtkWidget         *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget         *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget         *picture;
  GtkWidget         *title;
  GtkWidget         *detail;
  GtkWidget         *show;
  GtkWidget         *more;
  GtkDragSource     *drag;
  GtkDropTarget     *drop;
  g_autoptr(GMenuModel) menu = row_menu (index, n);
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  g_autofree char *what = g_strdup_printf ("%s · %d", view_name (slide->view.view), slide->year);
  g_autofree char *name = NULL;
  GdkTexture      *texture = puente_deck_session_get_thumbnail (self->session, index, self->lang, THUMB_WIDTH,
                                                                THUMB_HEIGHT);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  detail = gtk_label_new (number);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "numeric");
  gtk_box_append (GTK_BOX (box), detail);

  picture = gtk_picture_new_for_paintable (texture != NULL ? GDK_PAINTABLE (texture) : NULL);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), FALSE);
  gtk_widget_set_size_request (picture, THUMB_WIDTH, THUMB_HEIGHT);
  gtk_widget_add_css_class (picture, "card");
  gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), picture);

  title = gtk_label_new (puente_slide_get_title (slide, self->lang));
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 28);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  detail = gtk_label_new (what);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), detail);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), texts);

  show = gtk_button_new_from_icon_name ("media-playback-start-symbolic");
  gtk_widget_set_valign (show, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (show), "deck.show");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (show), g_variant_new_uint32 (index));
  /* Translators: the button that shows a slide; %s is its title */
  name = g_strdup_printf (_ ("Show “%s”"), puente_slide_get_title (slide, self->lang));
  gtk_widget_set_tooltip_text (show, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (show), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_box_append (GTK_BOX (box), show);

  more = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (more), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (more), menu);
  gtk_widget_set_valign (more, GTK_ALIGN_CENTER);
  g_free (name);
  /* Translators: the menu of a slide; %s is its title */
  name = g_strdup_printf (_ ("Slide “%s”"), puente_slide_get_title (slide, self->lang));
  gtk_widget_set_tooltip_text (more, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (more), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_box_append (GTK_BOX (box), more);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  puente_slide_get_title (slide, self->lang), -1);

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare), NULL);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  drop = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));
  return row;
}

static void
rebuild (PuenteDeckPanel *self)
{
  GtkWidget       *child;
  guint            n = puente_deck_session_get_n_slides (self->session);
  GFile           *file = puente_deck_session_get_file (self->session);
  g_autofree char *title = NULL;
  g_autofree char *base = file != NULL ? g_file_get_basename (file) : NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->list, make_row (self, i));

  if (n == 0)
    title = g_strdup (_ ("Deck: no slides yet. Add to Deck (Ctrl+D) keeps the current view as a slide."));
  else
    /* Translators: the deck panel's title: the file (or "Deck") and its
     * number of slides */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u slide", "%s: %u slides", n),
                             base != NULL ? base : _ ("Deck"), n);
  if (puente_deck_session_get_modified (self->session))
    {
      /* Translators: after the deck panel's title when the deck has changes not saved */
      char *full = g_strconcat (title, _ (" (not saved)"), NULL);

      g_free (title);
      title = full;
    }
  gtk_label_set_text (self->title_label, title);
}

static guint
target_index (GVariant *parameter)
{
  return g_variant_get_uint32 (parameter);
}

static gboolean
valid (PuenteDeckPanel *self,
       guint            index)
{
  return index < puente_deck_session_get_n_slides (self->session);
}

static void
show_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PuenteDeckPanel *self = PUENTE_DECK_PANEL (widget);
  GtkWidget       *popover = gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER);

  if (!valid (self, target_index (parameter)))
    return;
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  puente_deck_session_show (self->session, target_index (parameter));
}

static void
slide_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PuenteDeckPanel *self = PUENTE_DECK_PANEL (widget);
  guint            index = target_index (parameter);

  if (!valid (self, index))
    return;
  if (g_str_equal (action_name, "deck.update"))
    puente_deck_session_update (self->session, index);
  else if (g_str_equal (action_name, "deck.duplicate"))
    puente_deck_session_duplicate (self->session, index);
  else if (g_str_equal (action_name, "deck.delete"))
    puente_deck_session_remove (self->session, index);
  else if (g_str_equal (action_name, "deck.move-up") && index > 0)
    puente_deck_session_move (self->session, index, index - 1);
  else if (g_str_equal (action_name, "deck.move-down"))
    puente_deck_session_move (self->session, index, index + 1);
}

/* ---- titles and notes ---------------------------------------------------- */

typedef struct
{
  PuenteDeckSession *session;
  guint              index;
  GtkEditable       *titles[2];
  GtkTextBuffer     *notes[2];
} EditData;

static void
edit_data_free (EditData *data)
{
  g_object_unref (data->session);
  g_free (data);
}

static void
on_edit_response (AdwMessageDialog *dialog,
                  const char       *response,
                  EditData         *data)
{
  g_autofree char *notes_en = NULL;
  g_autofree char *notes_es = NULL;
  GtkTextIter      start, end;

  if (!g_str_equal (response, "save") || data->index >= puente_deck_session_get_n_slides (data->session))
    return;
  gtk_text_buffer_get_bounds (data->notes[0], &start, &end);
  notes_en = gtk_text_buffer_get_text (data->notes[0], &start, &end, FALSE);
  gtk_text_buffer_get_bounds (data->notes[1], &start, &end);
  notes_es = gtk_text_buffer_get_text (data->notes[1], &start, &end, FALSE);
  puente_deck_session_set_texts (data->session, data->index, gtk_editable_get_text (data->titles[0]),
                                 gtk_editable_get_text (data->titles[1]), notes_en, notes_es);
}

/* @label_text over @shown, naming @field (inside @shown, or @shown). */
static GtkWidget *
labelled (GtkWidget  *box,
          const char *label_text,
          GtkWidget  *shown,
          GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), shown);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  return field;
}

static GtkWidget *
notes_view (GtkTextBuffer **buffer,
            const char     *text)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (*buffer, text, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 90);
  gtk_widget_add_css_class (scrolled, "card");
  return view;
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PuenteDeckPanel   *self = PUENTE_DECK_PANEL (widget);
  guint              index = target_index (parameter);
  const PuenteSlide *slide;
  GtkWidget         *dialog;
  GtkWidget         *box;
  GtkWidget         *entry;
  GtkWidget         *view;
  EditData          *data;

  if (!valid (self, index))
    return;
  slide = puente_deck_get_slide (puente_deck_session_get_deck (self->session), index);
  data = g_new0 (EditData, 1);
  data->session = g_object_ref (self->session);
  data->index = index;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _ ("Slide Title and Notes"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s",
                                  _ ("The notes print under the slide in the report; write them in both languages for a bilingual room."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (box, 460, -1);

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), slide->title[PUENTE_LANG_EN] != NULL ? slide->title[PUENTE_LANG_EN] : "");
  data->titles[0] = GTK_EDITABLE (labelled (box, _ ("_Title in English"), entry, entry));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), slide->title[PUENTE_LANG_ES] != NULL ? slide->title[PUENTE_LANG_ES] : "");
  data->titles[1] = GTK_EDITABLE (labelled (box, _ ("T_itle in Spanish"), entry, entry));
  view = notes_view (&data->notes[0], slide->notes[PUENTE_LANG_EN] != NULL ? slide->notes[PUENTE_LANG_EN] : "");
  labelled (box, _ ("_Notes in English"), gtk_widget_get_parent (view), view);
  view = notes_view (&data->notes[1], slide->notes[PUENTE_LANG_ES] != NULL ? slide->notes[PUENTE_LANG_ES] : "");
  labelled (box, _ ("N_otes in Spanish"), gtk_widget_get_parent (view), view);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "save", _ ("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_edit_response), data, (GClosureNotify) edit_data_free,
                         0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the widget ---------------------------------------------------------- */

static void
puente_deck_panel_dispose (GObject *object)
{
  PuenteDeckPanel *self = PUENTE_DECK_PANEL (object);
  GtkWidget       *child;

  g_clear_signal_handler (&self->changed_id, self->session);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_DECK_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (puente_deck_panel_parent_class)->dispose (object);
}

static void
puente_deck_panel_class_init (PuenteDeckPanelClass *klass)
{
  GObjectClass            *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass          *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *const slide_actions[] = {
    "deck.update",
    "deck.duplicate",
    "deck.delete",
    "deck.move-up",
    "deck.move-down",
  };

  object_class->dispose = puente_deck_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/PuenteZEV/Puente/puente-deck-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteDeckPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteDeckPanel, list);

  gtk_widget_class_install_action (widget_class, "deck.show", "u", show_activated);
  gtk_widget_class_install_action (widget_class, "deck.edit", "u", edit_activated);
  for (guint i = 0; i < G_N_ELEMENTS (slide_actions); i++)
    gtk_widget_class_install_action (widget_class, slide_actions[i], "u", slide_activated);
}

static void
puente_deck_panel_init (PuenteDeckPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
puente_deck_panel_new (PuenteDeckSession *session,
                       PuenteLang         lang)
{
  PuenteDeckPanel *self = g_object_new (PUENTE_TYPE_DECK_PANEL, NULL);

  self->session = g_object_ref (session);
  self->lang = lang;
  self->changed_id = g_signal_connect_swapped (session, "changed", G_CALLBACK (rebuild), self);
  g_signal_connect_object (session, "notify::modified", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}

GtkListBox *
puente_deck_panel_get_list (PuenteDeckPanel *self)
{
  g_return_val_if_fail (PUENTE_IS_DECK_PANEL (self), NULL);
  return self->list;
}
