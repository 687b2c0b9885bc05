/* puente-workspace.c: the scenarios a window works on, and their results
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "puente-chart-scenario.h"
#include "puente-engine.h"
#include "puente-i18n.h"
#include "puente-levers.h"
#include "puente-station-files.h"
#include "puente-workspace.h"

/* Changes of one lever closer together than this are one undo step. */
#define COALESCE_USEC (800 * G_TIME_SPAN_MILLISECOND)
#define MAX_UNDO 200

struct _PuenteWorkspace
{
  GObject             parent_instance;

  PuenteDataset      *dataset;
  PuenteEngine       *engine;
  guint               n_levers;

  PuenteScenario     *scenario;
  double             *values;
  PuenteResults      *results;
  GFile              *file;
  char               *preset_id;
  char               *file_name;
  gboolean            modified;

  /* Undo: snapshots of A before each step; redo: snapshots undone. */
  GQueue              undo;
  GQueue              redo;
  int                 last_lever;
  gint64              last_change;

  PuenteScenario     *compare;
  char               *compare_id;
  double             *compare_values;
  PuenteResults      *compare_results;

  int                 year;

  PuenteStationFiles *station_files;
};

G_DEFINE_FINAL_TYPE (PuenteWorkspace, puente_workspace, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_YEAR,
  PROP_FILE,
  PROP_COMPARE_ID,
  N_PROPS
};

enum {
  LEVERS_CHANGED,
  RESULTS_CHANGED,
  SCENARIO_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
set_modified (PuenteWorkspace *self,
              gboolean         modified)
{
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
notify_history (PuenteWorkspace *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
clear_queue (GQueue *queue)
{
  PuenteScenario *scenario;

  while ((scenario = g_queue_pop_head (queue)) != NULL)
    puente_scenario_free (scenario);
}

static void
recompute (PuenteWorkspace *self)
{
  int horizon;

  puente_scenario_fill_values (self->scenario, self->dataset, self->values);
  puente_engine_set_base_ports (self->engine, self->scenario);
  puente_engine_run (self->engine, self->values, self->results);

  if (self->compare != NULL)
    {
      puente_scenario_fill_values (self->compare, self->dataset, self->compare_values);
      puente_engine_set_base_ports (self->engine, self->compare);
      puente_engine_run (self->engine, self->compare_values, self->compare_results);
    }

  /* The horizon is a lever: keep the selected year inside it. */
  horizon = puente_workspace_get_horizon (self);
  if (self->year > horizon)
    puente_workspace_set_year (self, horizon);

  g_signal_emit (self, signals[RESULTS_CHANGED], 0);
}

static void
replace_scenario (PuenteWorkspace *self,
                  PuenteScenario  *scenario,
                  const char      *preset_id,
                  GFile           *file)
{
  g_clear_pointer (&self->scenario, puente_scenario_free);
  self->scenario = scenario;

  g_free (self->preset_id);
  self->preset_id = g_strdup (preset_id);

  g_clear_pointer (&self->file_name, g_free);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  if (file != NULL)
    {
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                      G_FILE_QUERY_INFO_NONE, NULL, NULL);
      self->file_name = info != NULL
        ? g_strdup (g_file_info_get_display_name (info))
        : g_file_get_basename (file);
    }

  clear_queue (&self->undo);
  clear_queue (&self->redo);
  self->last_lever = -1;
  notify_history (self);
  set_modified (self, FALSE);

  recompute (self);
  g_signal_emit (self, signals[SCENARIO_CHANGED], 0);
  g_signal_emit (self, signals[LEVERS_CHANGED], 0, -1);
}

static void
puente_workspace_finalize (GObject *object)
{
  PuenteWorkspace *self = PUENTE_WORKSPACE (object);

  clear_queue (&self->undo);
  clear_queue (&self->redo);
  g_clear_object (&self->station_files);
  g_clear_pointer (&self->scenario, puente_scenario_free);
  g_clear_pointer (&self->compare, puente_scenario_free);
  g_clear_pointer (&self->results, puente_results_free);
  g_clear_pointer (&self->compare_results, puente_results_free);
  g_clear_pointer (&self->engine, puente_engine_free);
  g_clear_pointer (&self->dataset, puente_dataset_unref);
  g_clear_object (&self->file);
  g_clear_pointer (&self->values, g_free);
  g_clear_pointer (&self->compare_values, g_free);
  g_clear_pointer (&self->preset_id, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->compare_id, g_free);

  G_OBJECT_CLASS (puente_workspace_parent_class)->finalize (object);
}

static void
puente_workspace_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PuenteWorkspace *self = PUENTE_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, puente_workspace_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, puente_workspace_can_redo (self));
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_COMPARE_ID:
      g_value_set_string (value, self->compare_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_workspace_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PuenteWorkspace *self = PUENTE_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      puente_workspace_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
puente_workspace_class_init (PuenteWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = puente_workspace_finalize;
  object_class->get_property = puente_workspace_get_property;
  object_class->set_property = puente_workspace_set_property;

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, PUENTE_BASE_YEAR, PUENTE_MAX_HORIZON, PUENTE_BASE_YEAR,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE_ID] =
    g_param_spec_string ("compare-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A lever of A changed: its index, or -1 when all may have. */
  signals[LEVERS_CHANGED] =
    g_signal_new ("levers-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /* Results of A or B were recomputed. */
  signals[RESULTS_CHANGED] =
    g_signal_new ("results-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A or B was replaced (a preset, a file), so names may have changed. */
  signals[SCENARIO_CHANGED] =
    g_signal_new ("scenario-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
puente_workspace_init (PuenteWorkspace *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  self->last_lever = -1;
  self->year = PUENTE_BASE_YEAR;
  self->station_files = puente_station_files_new ();
}

PuenteWorkspace *
puente_workspace_new (PuenteDataset *dataset)
{
  PuenteWorkspace *self;

  g_return_val_if_fail (dataset != NULL, NULL);

  self = g_object_new (PUENTE_TYPE_WORKSPACE, NULL);
  self->dataset = puente_dataset_ref (dataset);
  self->engine = puente_engine_new (dataset);
  self->n_levers = puente_levers_get_n ();
  self->values = g_new0 (double, self->n_levers);
  self->compare_values = g_new0 (double, self->n_levers);
  self->results = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  self->compare_results = puente_results_new (dataset, PUENTE_MAX_HORIZON);
  self->scenario = puente_scenario_new ();
  recompute (self);

  return self;
}

PuenteDataset *
puente_workspace_get_dataset (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  return self->dataset;
}

const PuenteScenario *
puente_workspace_get_scenario (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  return self->scenario;
}

const double *
puente_workspace_get_values (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  return self->values;
}

const PuenteResults *
puente_workspace_get_results (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  return self->results;
}

double
puente_workspace_get_lever (PuenteWorkspace *self,
                            guint            lever)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NAN);
  g_return_val_if_fail (lever < self->n_levers, NAN);

  return self->values[lever];
}

static void
push_undo (PuenteWorkspace *self,
           int              lever)
{
  gint64 now = g_get_monotonic_time ();

  /* A drag of one slider is one step. */
  if (lever >= 0 && lever == self->last_lever && now - self->last_change < COALESCE_USEC &&
      !g_queue_is_empty (&self->undo))
    {
      self->last_change = now;
      return;
    }

  g_queue_push_head (&self->undo, puente_scenario_copy (self->scenario));
  if (g_queue_get_length (&self->undo) > MAX_UNDO)
    puente_scenario_free (g_queue_pop_tail (&self->undo));
  clear_queue (&self->redo);
  self->last_lever = lever;
  self->last_change = now;
  notify_history (self);
}

static void
apply_lever (PuenteWorkspace *self,
             guint            lever,
             double           value,
             gboolean         reset)
{
  const PuenteLever *info = puente_levers_get (lever);
  double             baseline = puente_lever_get_default (info, self->dataset);

  value = CLAMP (value, info->min, info->max);
  if (info->is_integer)
    value = round (value);
  if (value == self->values[lever] && (!reset || !puente_scenario_is_set (self->scenario, info->id)))
    return;

  push_undo (self, (int) lever);

  /* A scenario names only the levers it changes from the baseline. */
  if (reset || value == baseline)
    puente_scenario_unset_lever (self->scenario, info->id);
  else if (!puente_scenario_set_lever (self->scenario, info->id, value, NULL))
    g_return_if_reached ();

  set_modified (self, TRUE);
  recompute (self);
  g_signal_emit (self, signals[LEVERS_CHANGED], 0, (int) lever);
}

void
puente_workspace_set_lever (PuenteWorkspace *self,
                            guint            lever,
                            double           value)
{
  g_return_if_fail (PUENTE_IS_WORKSPACE (self));
  g_return_if_fail (lever < self->n_levers);
  g_return_if_fail (isfinite (value));

  apply_lever (self, lever, value, FALSE);
}

void
puente_workspace_reset_lever (PuenteWorkspace *self,
                              guint            lever)
{
  const PuenteLever *info;

  g_return_if_fail (PUENTE_IS_WORKSPACE (self));
  g_return_if_fail (lever < self->n_levers);

  info = puente_levers_get (lever);
  /* A reset is always its own undo step. */
  self->last_lever = -1;
  apply_lever (self, lever, puente_lever_get_default (info, self->dataset), TRUE);
}

gboolean
puente_workspace_load_preset (PuenteWorkspace *self,
                              const char      *preset_id,
                              GError         **error)
{
  PuenteScenario *scenario;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (preset_id != NULL, FALSE);

  scenario = puente_scenario_load_preset (preset_id, error);
  if (scenario == NULL)
    return FALSE;

  replace_scenario (self, scenario, preset_id, NULL);
  return TRUE;
}

void
puente_workspace_replace (PuenteWorkspace *self,
                          PuenteScenario  *scenario,
                          const char      *preset_id,
                          GFile           *file)
{
  g_return_if_fail (PUENTE_IS_WORKSPACE (self));
  g_return_if_fail (scenario != NULL);
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  replace_scenario (self, scenario, preset_id, file);
}

/* Scenario files are read with plain paths: a remote location (a GVfs
 * mount without a local path) is refused with a clear message. */
PuenteScenario *
puente_workspace_read_file (GFile   *file,
                            GError **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_NOT_FOUND,
                   _ ("“%s” is not a local file; copy it to this computer first"), uri);
      return NULL;
    }

  return puente_scenario_load_file (path, error);
}

gboolean
puente_workspace_load_file (PuenteWorkspace *self,
                            GFile           *file,
                            GError         **error)
{
  PuenteScenario *scenario;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  scenario = puente_workspace_read_file (file, error);
  if (scenario == NULL)
    return FALSE;

  replace_scenario (self, scenario, NULL, file);
  return TRUE;
}

gboolean
puente_workspace_save_file (PuenteWorkspace *self,
                            GFile           *file,
                            GError         **error)
{
  return puente_workspace_save_file_full (self, file, PUENTE_FILE_WRITE_NONE, error);
}

gboolean
puente_workspace_save_file_full (PuenteWorkspace     *self,
                                 GFile               *file,
                                 PuenteFileWriteFlags flags,
                                 GError             **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_WRITE,
                   _ ("Cannot save to “%s”: choose a folder on this computer"), uri);
      return FALSE;
    }

  if (!puente_scenario_save_file_full (self->scenario, path, flags, error))
    return FALSE;

  if (g_set_object (&self->file, file))
    {
      g_clear_pointer (&self->file_name, g_free);
      self->file_name = g_file_get_basename (file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  set_modified (self, FALSE);
  g_signal_emit (self, signals[SCENARIO_CHANGED], 0);
  return TRUE;
}

GFile *
puente_workspace_get_file (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  return self->file;
}

const char *
puente_workspace_get_preset_id (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  return self->preset_id;
}

gboolean
puente_workspace_get_modified (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), FALSE);

  return self->modified;
}

const char *
puente_workspace_get_name (PuenteWorkspace *self,
                           PuenteLang       lang)
{
  const char *name;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  name = puente_scenario_get_name (self->scenario, lang);
  if (name != NULL && *name != '\0')
    return name;
  if (self->file_name != NULL)
    return self->file_name;

  return puente_gettext (lang, "Untitled Scenario");
}

void
puente_workspace_set_name (PuenteWorkspace *self,
                           PuenteLang       lang,
                           const char      *name)
{
  g_return_if_fail (PUENTE_IS_WORKSPACE (self));
  g_return_if_fail (name != NULL);

  if (g_strcmp0 (puente_scenario_get_name (self->scenario, lang), name) == 0)
    return;

  puente_scenario_set_name (self->scenario, lang, name);
  set_modified (self, TRUE);
  g_signal_emit (self, signals[SCENARIO_CHANGED], 0);
}

void
puente_workspace_restore (PuenteWorkspace *self,
                          PuenteScenario  *scenario,
                          GFile           *file,
                          const char      *preset_id)
{
  g_return_if_fail (PUENTE_IS_WORKSPACE (self));
  g_return_if_fail (scenario != NULL);

  replace_scenario (self, scenario, preset_id, file);
  set_modified (self, TRUE);
  g_signal_emit (self, signals[SCENARIO_CHANGED], 0);
}

void
puente_workspace_duplicate (PuenteWorkspace *self,
                            const char      *name,
                            GFile           *file)
{
  PuenteScenario *copy;

  g_return_if_fail (PUENTE_IS_WORKSPACE (self));
  g_return_if_fail (G_IS_FILE (file));

  copy = puente_scenario_copy (self->scenario);
  puente_scenario_set_id (copy, NULL);
  puente_scenario_set_name (copy, PUENTE_LANG_EN, name);
  puente_scenario_set_name (copy, PUENTE_LANG_ES, name);
  replace_scenario (self, copy, NULL, file);
  set_modified (self, TRUE);
  g_signal_emit (self, signals[SCENARIO_CHANGED], 0);
}

gboolean
puente_workspace_can_undo (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), FALSE);

  return !g_queue_is_empty (&self->undo);
}

gboolean
puente_workspace_can_redo (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), FALSE);

  return !g_queue_is_empty (&self->redo);
}

static void
step_history (PuenteWorkspace *self,
              GQueue          *from,
              GQueue          *to)
{
  PuenteScenario *previous = g_queue_pop_head (from);

  if (previous == NULL)
    return;

  g_queue_push_head (to, self->scenario);
  self->scenario = previous;
  self->last_lever = -1;
  set_modified (self, TRUE);
  notify_history (self);
  recompute (self);
  g_signal_emit (self, signals[LEVERS_CHANGED], 0, -1);
}

void
puente_workspace_undo (PuenteWorkspace *self)
{
  g_return_if_fail (PUENTE_IS_WORKSPACE (self));

  step_history (self, &self->undo, &self->redo);
}

void
puente_workspace_redo (PuenteWorkspace *self)
{
  g_return_if_fail (PUENTE_IS_WORKSPACE (self));

  step_history (self, &self->redo, &self->undo);
}

static void
set_compare (PuenteWorkspace *self,
             PuenteScenario  *scenario,
             const char      *id)
{
  g_clear_pointer (&self->compare, puente_scenario_free);
  self->compare = scenario;
  if (g_strcmp0 (self->compare_id, id) != 0)
    {
      g_free (self->compare_id);
      self->compare_id = g_strdup (id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARE_ID]);
    }
  recompute (self);
  g_signal_emit (self, signals[SCENARIO_CHANGED], 0);
}

gboolean
puente_workspace_set_compare_preset (PuenteWorkspace *self,
                                     const char      *preset_id,
                                     GError         **error)
{
  PuenteScenario *scenario = NULL;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), FALSE);

  if (preset_id != NULL)
    {
      scenario = puente_scenario_load_preset (preset_id, error);
      if (scenario == NULL)
        return FALSE;
    }

  set_compare (self, scenario, preset_id);
  return TRUE;
}

gboolean
puente_workspace_set_compare_file (PuenteWorkspace *self,
                                   GFile           *file,
                                   GError         **error)
{
  g_autofree char *uri = NULL;
  PuenteScenario  *scenario;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  scenario = puente_workspace_read_file (file, error);
  if (scenario == NULL)
    return FALSE;

  uri = g_file_get_uri (file);
  set_compare (self, scenario, uri);
  return TRUE;
}

void
puente_workspace_set_compare_scenario (PuenteWorkspace      *self,
                                       const PuenteScenario *scenario)
{
  const char *id;

  g_return_if_fail (PUENTE_IS_WORKSPACE (self));

  if (scenario == NULL)
    {
      set_compare (self, NULL, NULL);
      return;
    }
  id = puente_scenario_get_id (scenario);
  set_compare (self, puente_scenario_copy (scenario), id != NULL && *id != '\0' ? id : "deck");
}

const PuenteScenario *
puente_workspace_get_compare (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  return self->compare;
}

const char *
puente_workspace_get_compare_id (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  return self->compare_id;
}

const PuenteResults *
puente_workspace_get_compare_results (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  return self->compare != NULL ? self->compare_results : NULL;
}

void
puente_workspace_name_chart (PuenteWorkspace *self,
                             PuenteChartData *data)
{
  g_return_if_fail (PUENTE_IS_WORKSPACE (self));
  g_return_if_fail (data != NULL);

  /* A's name falls back to its file's, as the window shows it. */
  puente_chart_data_name_scenario (data, PUENTE_SCENARIO_A, self->preset_id, self->scenario);
  puente_chart_data_set_scenario (data, PUENTE_SCENARIO_A, self->preset_id,
                                  puente_workspace_get_name (self, PUENTE_LANG_EN),
                                  puente_workspace_get_name (self, PUENTE_LANG_ES));
  if (self->compare != NULL)
    puente_chart_data_name_scenario (data, PUENTE_SCENARIO_B, self->compare_id, self->compare);
}

const double *
puente_workspace_get_compare_values (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  return self->compare != NULL ? self->compare_values : NULL;
}

int
puente_workspace_get_horizon (PuenteWorkspace *self)
{
  int index;

  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), PUENTE_DEFAULT_HORIZON);

  index = puente_levers_find ("general.horizon");
  if (index < 0)
    return PUENTE_DEFAULT_HORIZON;

  return (int) self->values[index];
}

int
puente_workspace_get_year (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), PUENTE_BASE_YEAR);

  return self->year;
}

void
puente_workspace_set_year (PuenteWorkspace *self,
                           int              year)
{
  g_return_if_fail (PUENTE_IS_WORKSPACE (self));

  year = CLAMP (year, PUENTE_BASE_YEAR, puente_workspace_get_horizon (self));
  if (year == self->year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

PuenteStationFiles *
puente_workspace_get_station_files (PuenteWorkspace *self)
{
  g_return_val_if_fail (PUENTE_IS_WORKSPACE (self), NULL);

  return self->station_files;
}

void
puente_workspace_set_base_ports (PuenteWorkspace *self,
                                 PuenteStations  *stations)
{
  g_return_if_fail (PUENTE_IS_WORKSPACE (self));

  if (stations == NULL && !puente_scenario_has_base_ports (self->scenario))
    return;
  puente_scenario_set_base_ports (self->scenario, stations);
  set_modified (self, TRUE);
  recompute (self);
  g_signal_emit (self, signals[SCENARIO_CHANGED], 0);
}
