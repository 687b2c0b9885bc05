/* puente-scenario-banner.c: the scenarios shown, with their legal status
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "puente-info-popover.h"
#include "puente-scenario-banner.h"

struct _PuenteScenarioBanner
{
  GtkWidget        parent_instance;

  PuenteWorkspace *workspace;
  PuenteLang       lang;

  GtkWidget       *a_box;
  GtkDrawingArea  *a_swatch;
  GtkLabel        *a_name;
  GtkLabel        *a_badge;
  GtkMenuButton   *a_info;
  GtkWidget       *b_box;
  GtkDrawingArea  *b_swatch;
  GtkLabel        *b_name;
  GtkLabel        *b_badge;
  GtkMenuButton   *b_info;
};

G_DEFINE_FINAL_TYPE (PuenteScenarioBanner, puente_scenario_banner, GTK_TYPE_WIDGET)

const char *
puente_scenario_badge_css_class (PuenteLegalStatus status)
{
  switch (status)
    {
    case PUENTE_LEGAL_STATUS_REPEALED:
      return "status-repealed";
    case PUENTE_LEGAL_STATUS_BLOCKED:
      return "status-blocked";
    case PUENTE_LEGAL_STATUS_IN_FORCE:
      return "status-in-force";
    case PUENTE_LEGAL_STATUS_NOT_BINDING:
    case PUENTE_LEGAL_STATUS_ILLUSTRATIVE:
    case PUENTE_LEGAL_STATUS_REFERENCE:
    case PUENTE_LEGAL_STATUS_NONE:
    default:
      return "status-other";
    }
}

static void
add_paragraph (GtkBox     *box,
               const char *text,
               const char *css_class,
               gboolean    selectable)
{
  GtkWidget *label;

  if (text == NULL || *text == '\0')
    return;
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_selectable (GTK_LABEL (label), selectable);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
}

GtkWidget *
puente_scenario_info_new (const PuenteScenario *scenario,
                          const char           *name,
                          PuenteLang            lang)
{
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  const char      *status = puente_scenario_get_status (scenario, lang);
  const char      *date = puente_scenario_get_date (scenario);
  const char     **sources = puente_scenario_get_sources (scenario);
  g_autofree char *badge = puente_scenario_dup_badge (scenario, lang);

  g_return_val_if_fail (scenario != NULL, NULL);

  add_paragraph (GTK_BOX (box), name, "title-4", FALSE);
  if (badge != NULL)
    {
      GtkWidget *label = gtk_label_new (badge);

      gtk_widget_set_halign (label, GTK_ALIGN_START);
      gtk_widget_add_css_class (label, "status-badge");
      gtk_widget_add_css_class (label, puente_scenario_badge_css_class (puente_scenario_get_legal_status (scenario)));
      gtk_box_append (GTK_BOX (box), label);
    }
  if (status != NULL)
    {
      g_autofree char *text = NULL;

      if (date != NULL)
        /* Translators: "Status as of 2026-11-29: Repealed ..." */
        text = g_strdup_printf (_ ("Status as of %s: %s"), date, status);
      else
        text = g_strdup_printf (_ ("Status: %s"), status);
      add_paragraph (GTK_BOX (box), text, NULL, TRUE);
    }
  else
    add_paragraph (GTK_BOX (box), _ ("Not a preset: no legal status is recorded for this scenario."), "dim-label", FALSE);
  add_paragraph (GTK_BOX (box), puente_scenario_get_description (scenario, lang), NULL, TRUE);
  if (sources[0] != NULL)
    {
      add_paragraph (GTK_BOX (box), _ ("Sources:"), "heading", FALSE);
      for (guint i = 0; sources[i] != NULL; i++)
        {
          g_autofree char *item = g_strconcat ("• ", sources[i], NULL);

          add_paragraph (GTK_BOX (box), item, "caption", TRUE);
        }
    }
  return box;
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  gboolean dashed = GPOINTER_TO_INT (user_data);
  GdkRGBA  colour;
  double   dashes[] = { 6, 4 };

  /* The label's colour (legend-a or legend-b in the style sheet). */
  gtk_style_context_get_color (gtk_widget_get_style_context (gtk_widget_get_next_sibling (GTK_WIDGET (area))),
                               &colour);
  gdk_cairo_set_source_rgba (cr, &colour);
  cairo_set_line_width (cr, 3.5);
  if (dashed)
    cairo_set_dash (cr, dashes, 2, 0);
  cairo_move_to (cr, 0, height / 2.0);
  cairo_line_to (cr, width, height / 2.0);
  cairo_stroke (cr);
}

static void
show_slot (PuenteScenarioBanner *self,
           const PuenteScenario *scenario,
           const char           *name,
           GtkLabel             *name_label,
           GtkLabel             *badge_label,
           GtkMenuButton        *info)
{
  g_autofree char               *badge = puente_scenario_dup_badge (scenario, self->lang);
  PuenteLegalStatus              status = puente_scenario_get_legal_status (scenario);
  static const PuenteLegalStatus all[] = {
    PUENTE_LEGAL_STATUS_REPEALED,
    PUENTE_LEGAL_STATUS_BLOCKED,
    PUENTE_LEGAL_STATUS_IN_FORCE,
    PUENTE_LEGAL_STATUS_REFERENCE,
  };

  gtk_label_set_text (name_label, name);
  gtk_widget_set_visible (GTK_WIDGET (badge_label), badge != NULL);
  gtk_label_set_text (badge_label, badge != NULL ? badge : "");
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (badge_label), puente_scenario_badge_css_class (all[i]));
  gtk_widget_add_css_class (GTK_WIDGET (badge_label), puente_scenario_badge_css_class (status));
  gtk_menu_button_set_popover (info, puente_info_popover_new (puente_scenario_info_new (scenario, name, self->lang)));
}

static void
update (PuenteScenarioBanner *self)
{
  const PuenteScenario *compare = puente_workspace_get_compare (self->workspace);
  g_autofree char      *a_name = NULL;

  if (puente_workspace_get_modified (self->workspace))
    /* Translators: a scenario name with unsaved changes */
    a_name = g_strdup_printf (_ ("%s (changed)"), puente_workspace_get_name (self->workspace, self->lang));
  else
    a_name = g_strdup (puente_workspace_get_name (self->workspace, self->lang));
  show_slot (self, puente_workspace_get_scenario (self->workspace), a_name, self->a_name, self->a_badge, self->a_info);

  gtk_widget_set_visible (self->b_box, compare != NULL);
  if (compare != NULL)
    {
      const char *name = puente_scenario_get_name (compare, self->lang);

      show_slot (self, compare, name != NULL && *name != '\0' ? name : puente_workspace_get_compare_id (self->workspace),
                 self->b_name, self->b_badge, self->b_info);
    }
}

GtkWidget *
puente_scenario_banner_new (PuenteWorkspace *workspace,
                            PuenteLang       lang)
{
  PuenteScenarioBanner *self;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (PUENTE_TYPE_SCENARIO_BANNER, NULL);
  self->workspace = g_object_ref (workspace);
  self->lang = lang;
  g_signal_connect_object (workspace, "scenario-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::modified", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

const char *
puente_scenario_banner_get_badge (PuenteScenarioBanner *self,
                                  guint                 slot)
{
  GtkWidget *box;
  GtkLabel  *badge;

  g_return_val_if_fail (PUENTE_IS_SCENARIO_BANNER (self), NULL);
  g_return_val_if_fail (slot < 2, NULL);

  box = slot == 0 ? self->a_box : self->b_box;
  badge = slot == 0 ? self->a_badge : self->b_badge;
  if (!gtk_widget_get_visible (box) || !gtk_widget_get_visible (GTK_WIDGET (badge)))
    return NULL;
  return gtk_label_get_text (badge);
}

void
puente_scenario_banner_set_stacked (PuenteScenarioBanner *self,
                                    gboolean              stacked)
{
  g_return_if_fail (PUENTE_IS_SCENARIO_BANNER (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  stacked ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  /* Side by side, each name takes its half's room and the badges line up
   * at its end; stacked, each badge follows its name. */
  gtk_widget_set_hexpand (GTK_WIDGET (self->a_name), !stacked);
  gtk_widget_set_hexpand (GTK_WIDGET (self->b_name), !stacked);
}

static void
puente_scenario_banner_dispose (GObject *object)
{
  PuenteScenarioBanner *self = PUENTE_SCENARIO_BANNER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_SCENARIO_BANNER);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (puente_scenario_banner_parent_class)->dispose (object);
}

static void
puente_scenario_banner_class_init (PuenteScenarioBannerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_scenario_banner_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-scenario-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteScenarioBanner, a_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteScenarioBanner, a_swatch);
  gtk_widget_class_bind_template_child (widget_class, PuenteScenarioBanner, a_name);
  gtk_widget_class_bind_template_child (widget_class, PuenteScenarioBanner, a_badge);
  gtk_widget_class_bind_template_child (widget_class, PuenteScenarioBanner, a_info);
  gtk_widget_class_bind_template_child (widget_class, PuenteScenarioBanner, b_box);
  gtk_widget_class_bind_template_child (widget_class, PuenteScenarioBanner, b_swatch);
  gtk_widget_class_bind_template_child (widget_class, PuenteScenarioBanner, b_name);
  gtk_widget_class_bind_template_child (widget_class, PuenteScenarioBanner, b_badge);
  gtk_widget_class_bind_template_child (widget_class, PuenteScenarioBanner, b_info);
  gtk_widget_class_set_css_name (widget_class, "scenariobanner");
}

static void
puente_scenario_banner_init (PuenteScenarioBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->a_swatch, draw_swatch, GINT_TO_POINTER (FALSE), NULL);
  gtk_drawing_area_set_draw_func (self->b_swatch, draw_swatch, GINT_TO_POINTER (TRUE), NULL);
  puente_scenario_banner_set_stacked (self, FALSE);
}
