/* puente-lever-row.c: one policy lever as a slider with its value
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The slider works in display units (shares and rates as percentages); the
 * entry beside it shows the value and takes a typed one. Either sets the
 * workspace's lever, which recomputes the scenario; the workspace's
 * "levers-changed" brings the row back in step after undo, redo or a new
 * scenario.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-dataset.h"
#include "puente-format.h"
#include "puente-info-popover.h"
#include "puente-lever-row-private.h"
#include "puente-levers.h"
#include "puente-units.h"

struct _PuenteLeverRow
{
  GtkWidget        parent_instance;

  PuenteWorkspace *workspace;
  guint            lever;
  double           factor; /* display value = model value * factor */
  gboolean         syncing;
  gboolean         edited; /* the entry holds text the user typed */
  char            *baseline_text;

  GtkLabel        *title_label;
  GtkScale        *scale;
  GtkEntry        *entry;
  GtkLabel        *unit_label;
  GtkLabel        *error_label;
  GtkButton       *reset_button;
  GtkButton       *info_button;
  GtkAdjustment   *adjustment;
  GtkWidget       *popover;
};

G_DEFINE_FINAL_TYPE (PuenteLeverRow, puente_lever_row, GTK_TYPE_WIDGET)

/* How a lever's model unit is shown: the units table's factor and label
 * in the meeting's unit system (Preferences → Units). */
static const char *
display_unit (const char *unit,
              double     *factor)
{
  PuenteUnitSystem system = puente_units_get_current ();
  const char      *label = puente_units_label_msgid (unit, system);

  *factor = puente_units_factor (unit, system);
  /* _("") would be the catalogue's header. */
  return *label != '\0' ? _ (label) : "";
}

static int
digits_for_step (double step)
{
  int digits = 0;

  while (digits < 4 && fabs (step - round (step)) > 1e-9)
    {
      step *= 10.0;
      digits++;
    }

  return digits;
}

static char *
format_display (PuenteLeverRow *self,
                double          model_value)
{
  const PuenteLever *info = puente_levers_get (self->lever);
  double             shown = model_value * self->factor;
  double             factor;
  const char        *unit = display_unit (info->unit, &factor);

  return g_strchomp (g_strdup_printf ("%.*f %s", digits_for_step (info->step * self->factor), shown, unit));
}

/* What a screen reader says of the slider and the field: the value with
 * its unit ("81 %", not "81.25"). GTK 4.8 tells screen readers when a
 * description changes but not when a value does, so the description
 * carries the value too: moving the slider is heard. */
static void
update_accessible_value (PuenteLeverRow *self)
{
  g_autofree char *value = format_display (self, gtk_adjustment_get_value (self->adjustment) / self->factor);
  g_autofree char *description = NULL;

  if (self->baseline_text == NULL)
    return;
  /* Translators: what a screen reader says of a lever's slider: its value
   * with the unit, then the baseline, e.g. "81 %, baseline 75 %" */
  description = g_strdup_printf (_ ("%s, baseline %s"), value, self->baseline_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
update_entry (PuenteLeverRow *self)
{
  const PuenteLever *info = puente_levers_get (self->lever);
  char               buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double             shown = gtk_adjustment_get_value (self->adjustment);

  g_snprintf (buffer, sizeof buffer, "%.*f", digits_for_step (info->step * self->factor), shown);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), buffer);
  gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  self->edited = FALSE;
  update_accessible_value (self);
}

static void
on_entry_changed (PuenteLeverRow *self)
{
  /* update_entry () clears the flag after its own set_text (). */
  self->edited = TRUE;
}

static void
on_entry_activate (PuenteLeverRow *self)
{
  const PuenteLever *info = puente_levers_get (self->lever);
  g_autofree char   *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  char              *end = NULL;
  double             shown;

  /* The entry shows the value rounded to the lever's step: writing back
   * text nobody typed would move the lever (81.25 -> 81) just by tabbing
   * through it. */
  if (!self->edited)
    return;

  /* Accept a decimal comma too: typed values come from both languages. */
  g_strdelimit (text, ",", '.');
  g_strdelimit (text, "%", ' ');
  g_strchomp (text);
  shown = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (shown) ||
      shown < info->min * self->factor - 1e-9 || shown > info->max * self->factor + 1e-9)
    {
      int              digits = digits_for_step (info->step * self->factor);
      g_autofree char *lo = g_strdup_printf ("%.*f", digits, info->min * self->factor);
      g_autofree char *hi = g_strdup_printf ("%.*f", digits, info->max * self->factor);
      g_autofree char *kept = format_display (self, gtk_adjustment_get_value (self->adjustment) / self->factor);
      g_autofree char *hint = NULL;

      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      /* Translators: shown under a lever when a typed value is not a
       * number in range: what was typed, then the range */
      hint = g_strdup_printf (_ ("“%s” is not a number from %s to %s; the lever keeps %s"), text, lo, hi, kept);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), hint);
      gtk_label_set_text (self->error_label, hint);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_error_bell (GTK_WIDGET (self->entry));
      return;
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_adjustment_set_value (self->adjustment, shown);
  update_entry (self);
}

static void
on_value_changed (PuenteLeverRow *self)
{
  double value;

  update_entry (self);
  if (self->syncing || self->workspace == NULL)
    return;

  value = gtk_adjustment_get_value (self->adjustment) / self->factor;
  puente_workspace_set_lever (self->workspace, self->lever, value);
}

static void
on_reset_clicked (PuenteLeverRow *self)
{
  puente_workspace_reset_lever (self->workspace, self->lever);
}

static void
append_paragraph (GtkBox     *box,
                  const char *text,
                  const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  /* The text and its source can be copied; the title is a title. */
  gtk_label_set_selectable (GTK_LABEL (label), g_strcmp0 (css_class, "heading") != 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
}

static char *
describe_source (const PuenteLever   *info,
                 const PuenteDataset *dataset)
{
  const PuenteFigure *figure;
  g_autofree char    *publisher = NULL;

  if (info->default_parameter == NULL ||
      (figure = puente_dataset_get_parameter (dataset, info->default_parameter)) == NULL)
    return g_strdup (_ ("Baseline: a fixed default explained in the methodology."));
  publisher = puente_format_source_via (figure->publisher, _ ("via"));

  switch (figure->status)
    {
    case PUENTE_FIGURE_ASSUMPTION:
      /* Translators: %s is the reasoning behind an assumption */
      return g_strdup_printf (_ ("Baseline is an assumption: %s"),
                              figure->note != NULL ? figure->note : "");
    case PUENTE_FIGURE_DERIVED:
      /* Translators: publisher, title, year; then how the figure was derived */
      return g_strdup_printf (_ ("Baseline derived from %s, “%s” (%d): %s"),
                              publisher, figure->title, figure->year,
                              figure->note != NULL ? figure->note : "");
    case PUENTE_FIGURE_VERIFIED:
    case PUENTE_FIGURE_SECONDARY:
    default:
      /* Translators: publisher, title, year of the baseline's source */
      return g_strdup_printf (_ ("Baseline source: %s, “%s” (%d)."),
                              publisher, figure->title, figure->year);
    }
}

static void
on_info_clicked (PuenteLeverRow *self)
{
  const PuenteLever *info = puente_levers_get (self->lever);
  PuenteDataset     *dataset = puente_workspace_get_dataset (self->workspace);
  g_autofree char   *baseline = format_display (self, puente_lever_get_default (info, dataset));
  g_autofree char   *baseline_text = NULL;
  g_autofree char   *source = describe_source (info, dataset);
  GtkWidget         *box;

  g_clear_pointer (&self->popover, gtk_widget_unparent);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  append_paragraph (GTK_BOX (box), _ (info->label), "heading");
  append_paragraph (GTK_BOX (box), _ (info->description), NULL);
  /* Translators: %s is a value with its unit, e.g. "20 %" */
  baseline_text = g_strdup_printf (_ ("Baseline: %s"), baseline);
  append_paragraph (GTK_BOX (box), baseline_text, NULL);
  append_paragraph (GTK_BOX (box), source, "dim-label");

  self->popover = puente_info_popover_new (box);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self->info_button));
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
puente_lever_row_sync (PuenteLeverRow *self)
{
  const PuenteLever *info;
  gboolean           is_set;

  g_return_if_fail (PUENTE_IS_LEVER_ROW (self));

  info = puente_levers_get (self->lever);
  self->syncing = TRUE;
  gtk_adjustment_set_value (self->adjustment,
                            puente_workspace_get_lever (self->workspace, self->lever) * self->factor);
  self->syncing = FALSE;
  update_entry (self);

  is_set = puente_scenario_is_set (puente_workspace_get_scenario (self->workspace), info->id);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_button), is_set);
  if (is_set)
    gtk_widget_add_css_class (GTK_WIDGET (self), "changed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "changed");
}

static void
on_levers_changed (PuenteLeverRow  *self,
                   int              lever,
                   PuenteWorkspace *workspace)
{
  if (lever < 0 || (guint) lever == self->lever)
    puente_lever_row_sync (self);
}

static void
setup (PuenteLeverRow *self)
{
  const PuenteLever *info = puente_levers_get (self->lever);
  PuenteDataset     *dataset = puente_workspace_get_dataset (self->workspace);
  double             baseline = puente_lever_get_default (info, dataset);
  double             step;
  const char        *unit = display_unit (info->unit, &self->factor);
  g_autofree char   *tooltip = NULL;
  g_autofree char   *baseline_text = format_display (self, baseline);
  g_autofree char   *reset_name = NULL;
  g_autofree char   *info_name = NULL;

  step = info->step * self->factor;
  g_free (self->baseline_text);
  self->baseline_text = g_strdup (baseline_text);
  gtk_label_set_text (self->title_label, _ (info->label));
  gtk_label_set_text (self->unit_label, unit);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_label), *unit != '\0');

  self->syncing = TRUE;
  gtk_adjustment_configure (self->adjustment,
                            puente_workspace_get_lever (self->workspace, self->lever) * self->factor,
                            info->min * self->factor, info->max * self->factor,
                            step, step * 10, 0);
  self->syncing = FALSE;
  gtk_range_set_round_digits (GTK_RANGE (self->scale), digits_for_step (step));

  /* The baseline's mark, so a changed lever shows how far it moved. */
  gtk_scale_clear_marks (self->scale);
  gtk_scale_add_mark (self->scale, baseline * self->factor, GTK_POS_BOTTOM, NULL);

  /* Translators: tooltip of a lever: its description, then its baseline value */
  tooltip = g_strdup_printf (_ ("%s\n\nBaseline: %s"), _ (info->description), baseline_text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), tooltip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->scale), tooltip);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ (info->label), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ (info->label), -1);
  /* GTK 4.8 names an icon button after its image: nothing. */
  /* Translators: accessible name of a lever's reset button; %s is the lever */
  reset_name = g_strdup_printf (_ ("Reset %s"), _ (info->label));
  /* Translators: accessible name of a lever's ⓘ button; %s is the lever */
  info_name = g_strdup_printf (_ ("About: %s"), _ (info->label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reset_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, reset_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->info_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, info_name, -1);

  puente_lever_row_sync (self);
}

GtkWidget *
puente_lever_row_new (PuenteWorkspace *workspace,
                      guint            lever)
{
  PuenteLeverRow *self;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (lever < puente_levers_get_n (), NULL);

  self = g_object_new (PUENTE_TYPE_LEVER_ROW, NULL);
  self->workspace = g_object_ref (workspace);
  self->lever = lever;
  g_signal_connect_object (workspace, "levers-changed",
                           G_CALLBACK (on_levers_changed), self, G_CONNECT_SWAPPED);
  setup (self);

  return GTK_WIDGET (self);
}

guint
puente_lever_row_get_lever (PuenteLeverRow *self)
{
  g_return_val_if_fail (PUENTE_IS_LEVER_ROW (self), 0);

  return self->lever;
}

GtkScale *
puente_lever_row_get_scale (PuenteLeverRow *self)
{
  g_return_val_if_fail (PUENTE_IS_LEVER_ROW (self), NULL);

  return self->scale;
}

GtkEntry *
puente_lever_row_get_entry (PuenteLeverRow *self)
{
  g_return_val_if_fail (PUENTE_IS_LEVER_ROW (self), NULL);

  return self->entry;
}

const char *
puente_lever_row_get_error (PuenteLeverRow *self)
{
  g_return_val_if_fail (PUENTE_IS_LEVER_ROW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}

static void
puente_lever_row_dispose (GObject *object)
{
  PuenteLeverRow *self = PUENTE_LEVER_ROW (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), PUENTE_TYPE_LEVER_ROW);
  /* The template's root children are ours to unparent. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_first_child (GTK_WIDGET (self)))
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->baseline_text, g_free);

  G_OBJECT_CLASS (puente_lever_row_parent_class)->dispose (object);
}

static void
puente_lever_row_class_init (PuenteLeverRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = puente_lever_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/puente-lever-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PuenteLeverRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteLeverRow, scale);
  gtk_widget_class_bind_template_child (widget_class, PuenteLeverRow, entry);
  gtk_widget_class_bind_template_child (widget_class, PuenteLeverRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteLeverRow, error_label);
  gtk_widget_class_bind_template_child (widget_class, PuenteLeverRow, reset_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteLeverRow, info_button);
  gtk_widget_class_bind_template_child (widget_class, PuenteLeverRow, adjustment);
  gtk_widget_class_bind_template_callback (widget_class, on_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_info_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_set_css_name (widget_class, "leverrow");
}

static void
puente_lever_row_init (PuenteLeverRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->factor = 1.0;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Leaving the entry applies what was typed, as Enter does. */
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_entry_activate), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), focus);
}
