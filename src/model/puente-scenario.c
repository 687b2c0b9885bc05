/* puente-scenario.c: a named set of lever changes from the baseline
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading is strict, so that no value a user wrote is ever silently ignored:
 *
 *  - the top level may hold only the keys listed in `top_level_keys`; any
 *    other key is a PUENTE_SCENARIO_ERROR_FORMAT error naming it (a version 1
 *    file has no extension points; a later format bumps "version");
 *  - "format" and "version" are checked first, so a file from a newer Puente
 *    reports its version rather than whatever new key it uses;
 *  - localised texts ("name", "description", "status") are objects whose
 *    only keys are "en" and "es";
 *  - a key given twice in any object is an error (JSON parsers usually keep
 *    the last one silently);
 *  - every lever must be registered, a finite number (a whole number for
 *    years and ages) and within the lever's range; and the minimum import
 *    age may not exceed the maximum when a scenario sets both;
 *  - files are read by puente_file_read () (regular files only, at most
 *    PUENTE_SCENARIO_MAX_FILE_SIZE) and parsed by puente_json_parse (),
 *    which refuses deep nesting, numbers beyond 64 bits and NUL escapes;
 *  - text quoted back in a message is cut short (a megabyte id is not).
 *
 * Saving (puente_file_write ()) writes a temporary file in the target's
 * directory, syncs it and renames it over the target, after keeping the
 * previous file as "PATH~". Any failure leaves the previous file as it was.
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "puente-dataset.h"
#include "puente-file.h"
#include "puente-i18n.h"
#include "puente-json.h"
#include "puente-levers.h"
#include "puente-scenario-private.h"
#include "puente-data-resources.h"

#define SCENARIO_FORMAT "puente-scenario"
/* Version 2 adds "base_ports" (puente-scenario-ports.c); a scenario
 * without them is written as version 1, which older Puente reads. */
#define SCENARIO_VERSION 2
#define PRESETS_FORMAT "puente-presets"
#define PRESETS_DIR RESOURCE_BASE "/presets/"
/* Characters of a user's own text quoted back in a message. */
#define QUOTE_CHARS 60

/* Texts are stored by language: English and Spanish. */
#define N_LANGS 2

static const char *const lang_codes[N_LANGS] = { "en", "es" };

static const char *const top_level_keys[] = {
  "format", "version", "id", "date", "name", "description", "status",
  "legal-status", "legal-status-until", "sources", "levers", "base_ports", NULL
};
/* Version 1 had all but the last. */
#define N_V1_KEYS (G_N_ELEMENTS (top_level_keys) - 2)

/* By PuenteLegalStatus; the words of the badges. */
static const struct
{
  const char *nick;
  const char *label;
} legal_statuses[] = {
  [PUENTE_LEGAL_STATUS_NONE] = { NULL, NULL },
  /* Translators: legal status badge of the baseline scenario */
  [PUENTE_LEGAL_STATUS_REFERENCE] = { "reference", N_ ("Reference") },
  /* Translators: legal status badge of a policy (Spanish: of "la política", feminine) */
  [PUENTE_LEGAL_STATUS_IN_FORCE] = { "in-force", N_ ("In force") },
  /* Translators: legal status badge: a target that no regulation enforces */
  [PUENTE_LEGAL_STATUS_NOT_BINDING] = { "not-binding", N_ ("Not binding") },
  /* Translators: legal status badge: a what-if scenario, not a policy (Spanish: of "el escenario") */
  [PUENTE_LEGAL_STATUS_ILLUSTRATIVE] = { "illustrative", N_ ("Illustrative") },
  /* Translators: legal status badge: adopted, then stopped by law or a court (Spanish: of "la política", feminine) */
  [PUENTE_LEGAL_STATUS_BLOCKED] = { "blocked", N_ ("Blocked") },
  /* Translators: legal status badge: no longer law (Spanish: of "la política", feminine) */
  [PUENTE_LEGAL_STATUS_REPEALED] = { "repealed", N_ ("Repealed") },
};

struct _PuenteScenario
{
  char             *id;
  char             *date;
  char             *name[N_LANGS];
  char             *description[N_LANGS];
  char             *status[N_LANGS];
  PuenteLegalStatus legal_status;
  char             *legal_status_until;
  GPtrArray        *sources; /* of char *, NULL-terminated; NULL when none */
  guint             n_levers;
  double           *values; /* indexed by the registry */
  gboolean         *is_set;
  PuenteBasePorts  *base_ports; /* NULL: the dataset's */
};

G_DEFINE_QUARK (puente - scenario - error - quark, puente_scenario_error)

/* ------------------------------------------------------------------------ */
/* Small helpers                                                            */

static char *
number_to_string (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  puente_json_format_number (buf, sizeof buf, value);
  return g_strdup (buf);
}

static const char *
pick_text (char *const *texts,
           PuenteLang   lang)
{
  PuenteLang l = lang == PUENTE_LANG_ES ? PUENTE_LANG_ES : PUENTE_LANG_EN;

  if (texts[l] != NULL)
    return texts[l];
  if (texts[PUENTE_LANG_EN] != NULL)
    return texts[PUENTE_LANG_EN];
  return texts[PUENTE_LANG_ES];
}

static void
set_text (char      **texts,
          PuenteLang  lang,
          const char *text)
{
  PuenteLang l = lang == PUENTE_LANG_ES ? PUENTE_LANG_ES : PUENTE_LANG_EN;

  g_free (texts[l]);
  texts[l] = g_strdup (text);
}

/* Sets @error to "WHERE: DETAIL" (just DETAIL when @where is NULL). */
G_GNUC_PRINTF (4, 5)
static void
set_error (GError            **error,
           PuenteScenarioError code,
           const char         *where,
           const char         *format,
           ...)
{
  g_autofree char *detail = NULL;
  va_list          args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  if (where != NULL)
    g_set_error (error, PUENTE_SCENARIO_ERROR, code, "%s: %s", where, detail);
  else
    g_set_error_literal (error, PUENTE_SCENARIO_ERROR, code, detail);
}

/* A reading error of puente-file as a scenario error, same message. */
static void
set_file_error (GError      **error,
                const GError *file_error)
{
  puente_file_error_translate (error, file_error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_NOT_FOUND,
                               PUENTE_SCENARIO_ERROR_TOO_LARGE, PUENTE_SCENARIO_ERROR_MALFORMED);
}

/* What the user wrote, short enough to quote in a message. */
static char *
quote (const char *text)
{
  return puente_text_abbreviate (text, QUOTE_CHARS);
}

static gboolean
node_is_number (JsonNode *node)
{
  GType t;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  t = json_node_get_value_type (node);
  return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

static double
node_get_number (JsonNode *node)
{
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return (double) json_node_get_int (node);
  return json_node_get_double (node);
}

/* What a JSON node is, for "must be a number, not ..." messages. */
static char *
describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup (_ ("an object"));
    case JSON_NODE_ARRAY:
      return g_strdup (_ ("a list"));
    case JSON_NODE_NULL:
      return g_strdup (_ ("null"));
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          {
            g_autofree char *text = quote (json_node_get_string (node));

            /* Translators: %s is the text the user wrote */
            return g_strdup_printf (_ ("the text “%s”"), text);
          }
        case G_TYPE_BOOLEAN:
          return g_strdup (json_node_get_boolean (node) ? "true" : "false");
        case G_TYPE_INT64:
        case G_TYPE_DOUBLE:
          {
            g_autofree char *number = number_to_string (node_get_number (node));

            /* Translators: %s is a number the user wrote */
            return g_strdup_printf (_ ("the number %s"), number);
          }
        default:
          return g_strdup (_ ("a value of another type"));
        }
    default:
      return g_strdup (_ ("a value of another type"));
    }
}

/* ------------------------------------------------------------------------ */
/* Construction                                                             */

PuenteScenario *
puente_scenario_new (void)
{
  PuenteScenario *self = g_new0 (PuenteScenario, 1);

  self->n_levers = puente_levers_get_n ();
  self->values = g_new0 (double, MAX (self->n_levers, 1));
  self->is_set = g_new0 (gboolean, MAX (self->n_levers, 1));
  return self;
}

PuenteScenario *
puente_scenario_copy (const PuenteScenario *self)
{
  PuenteScenario *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = puente_scenario_new ();
  copy->id = g_strdup (self->id);
  copy->date = g_strdup (self->date);
  for (guint l = 0; l < N_LANGS; l++)
    {
      copy->name[l] = g_strdup (self->name[l]);
      copy->description[l] = g_strdup (self->description[l]);
      copy->status[l] = g_strdup (self->status[l]);
    }
  copy->legal_status = self->legal_status;
  copy->legal_status_until = g_strdup (self->legal_status_until);
  if (self->sources != NULL)
    {
      copy->sources = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i + 1 < self->sources->len; i++)
        g_ptr_array_add (copy->sources, g_strdup (g_ptr_array_index (self->sources, i)));
      g_ptr_array_add (copy->sources, NULL);
    }
  memcpy (copy->values, self->values, sizeof (double) * self->n_levers);
  memcpy (copy->is_set, self->is_set, sizeof (gboolean) * self->n_levers);
  copy->base_ports = puente_base_ports_copy (self->base_ports);
  return copy;
}

void
puente_scenario_free (PuenteScenario *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->date);
  for (guint l = 0; l < N_LANGS; l++)
    {
      g_free (self->name[l]);
      g_free (self->description[l]);
      g_free (self->status[l]);
    }
  g_free (self->legal_status_until);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_free (self->values);
  g_free (self->is_set);
  g_clear_pointer (&self->base_ports, puente_base_ports_free);
  g_free (self);
}

/* ------------------------------------------------------------------------ */
/* Levers                                                                   */

/* Checks one lever value; @where prefixes the message (may be NULL). */
static gboolean
check_lever (const char *where,
             const char *lever_id,
             double      value,
             int        *out_index,
             GError    **error)
{
  const PuenteLever *lever;
  int                index = puente_levers_find (lever_id);

  if (index < 0)
    {
      const char      *closest = puente_levers_closest (lever_id);
      g_autofree char *shown = quote (lever_id);

      if (closest != NULL)
        set_error (error, PUENTE_SCENARIO_ERROR_UNKNOWN_LEVER, where,
                   /* Translators: a lever is a policy setting such as
                    * "ldv.us.target_share"; the second %s is the
                    * registered id closest to what the user wrote */
                   _ ("unknown lever “%s”; did you mean “%s”?"),
                   shown, closest);
      else
        set_error (error, PUENTE_SCENARIO_ERROR_UNKNOWN_LEVER, where,
                   _ ("unknown lever “%s”"), shown);
      return FALSE;
    }

  lever = puente_levers_get ((guint) index);

  if (!isfinite (value) || value < lever->min || value > lever->max)
    {
      g_autofree char *v = number_to_string (value);
      g_autofree char *lo = number_to_string (lever->min);
      g_autofree char *hi = number_to_string (lever->max);

      set_error (error, PUENTE_SCENARIO_ERROR_OUT_OF_RANGE, where,
                 /* Translators: "lever “ldv.us.target_share” is 1.5, outside
                  * its range: it must be from 0 to 1 (share)" */
                 _ ("lever “%s” is %s, outside its range: it must be from %s to %s (%s)"),
                 lever->id, v, lo, hi, lever->unit);
      return FALSE;
    }

  if (lever->is_integer && value != floor (value))
    {
      g_autofree char *v = number_to_string (value);
      g_autofree char *lo = number_to_string (lever->min);
      g_autofree char *hi = number_to_string (lever->max);

      set_error (error, PUENTE_SCENARIO_ERROR_WRONG_TYPE, where,
                 _ ("lever “%s” must be a whole number from %s to %s (%s), not %s"),
                 lever->id, lo, hi, lever->unit, v);
      return FALSE;
    }

  if (out_index != NULL)
    *out_index = index;
  return TRUE;
}

/* Levers that earlier versions of Puente wrote and that were replaced:
 * a file that sets one still opens, its value carried over to the lever
 * that replaced it (and saved under the new id).
 *
 * supply.nearshoring (0.1, a share 0..1 of the announced and paused
 * battery plants that get built; 0 = only plants operating or under
 * construction) became supply.plant_statuses (levels 0..3: 1 = operating
 * and under construction, 2 = also paused plants restarted, 3 = also
 * announced plants). A share n reads as the nearest level, 1 + round (2n):
 * 0 keeps the old baseline, 1 counts every plant not cancelled.
 *
 * Sets *@lever_id to the id to store (NULL: nothing to store, the value
 * was consumed here), or leaves it when the lever is not a replaced one. */
static gboolean
migrate_lever (const char     *where,
               JsonObject     *levers,
               const char    **lever_id,
               JsonNode       *value,
               PuenteScenario *self,
               GError        **error)
{
  int    index;
  double n;

  if (g_strcmp0 (*lever_id, "supply.nearshoring") != 0)
    return TRUE;

  n = node_is_number (value) ? node_get_number (value) : NAN;
  if (!isfinite (n) || n < 0 || n > 1)
    {
      g_autofree char *what = describe_node (value);

      set_error (error, PUENTE_SCENARIO_ERROR_OUT_OF_RANGE, where,
                 /* Translators: a lever of an earlier version of Puente;
                  * %s is what the file gives */
                 _ ("lever “supply.nearshoring” (replaced by “supply.plant_statuses”) must be a number from 0 to 1 (share), not %s"),
                 what);
      return FALSE;
    }

  index = puente_levers_find ("supply.plant_statuses");
  g_assert (index >= 0);
  /* The new lever, when the file also sets it, wins over the old one. */
  if (!json_object_has_member (levers, "supply.plant_statuses"))
    {
      self->values[index] = 1.0 + round (2.0 * n);
      self->is_set[index] = TRUE;
    }
  *lever_id = NULL;
  return TRUE;
}

/* Constraints between levers, checked when the scenario sets both. */
static gboolean
check_consistency (const PuenteScenario *self,
                   const char           *where,
                   GError              **error)
{
  int min_age = puente_levers_find ("ldv.used_min_age");
  int max_age = puente_levers_find ("ldv.used_max_age");

  if (min_age >= 0 && max_age >= 0 &&
      self->is_set[min_age] && self->is_set[max_age] &&
      self->values[min_age] > self->values[max_age])
    {
      g_autofree char *lo = number_to_string (self->values[min_age]);
      g_autofree char *hi = number_to_string (self->values[max_age]);

      set_error (error, PUENTE_SCENARIO_ERROR_OUT_OF_RANGE, where,
                 _ ("the minimum import age “ldv.used_min_age” (%s) is above the maximum “ldv.used_max_age” (%s); the minimum must not exceed the maximum"),
                 lo, hi);
      return FALSE;
    }

  return TRUE;
}

gboolean
puente_scenario_is_set (const PuenteScenario *self,
                        const char           *lever_id)
{
  int index;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (lever_id != NULL, FALSE);

  index = puente_levers_find (lever_id);
  return index >= 0 && (guint) index < self->n_levers && self->is_set[index];
}

gboolean
puente_scenario_set_lever (PuenteScenario *self,
                           const char     *lever_id,
                           double          value,
                           GError        **error)
{
  int index = -1;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (lever_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_lever (NULL, lever_id, value, &index, error))
    return FALSE;

  self->values[index] = value;
  self->is_set[index] = TRUE;
  return TRUE;
}

void
puente_scenario_unset_lever (PuenteScenario *self,
                             const char     *lever_id)
{
  int index;

  g_return_if_fail (self != NULL);
  g_return_if_fail (lever_id != NULL);

  index = puente_levers_find (lever_id);
  if (index >= 0 && (guint) index < self->n_levers)
    {
      self->is_set[index] = FALSE;
      self->values[index] = 0.0;
    }
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

GPtrArray *
puente_scenario_list_set_levers (const PuenteScenario *self)
{
  GPtrArray *ids;

  g_return_val_if_fail (self != NULL, NULL);

  /* The ids belong to the static registry: the array frees no strings. */
  ids = g_ptr_array_new ();
  for (guint i = 0; i < self->n_levers; i++)
    if (self->is_set[i])
      g_ptr_array_add (ids, (gpointer) puente_levers_get (i)->id);
  g_ptr_array_sort (ids, compare_ids);
  return ids;
}

double
puente_scenario_get_lever (const PuenteScenario *self,
                           const char           *lever_id,
                           const PuenteDataset  *dataset)
{
  const PuenteLever *lever;
  int                index;

  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (lever_id != NULL, NAN);

  index = puente_levers_find (lever_id);
  g_return_val_if_fail (index >= 0, NAN);

  if (self->is_set[index])
    return self->values[index];

  lever = puente_levers_get ((guint) index);
  if (dataset == NULL)
    return lever->default_value;
  return puente_lever_get_default (lever, dataset);
}

void
puente_scenario_fill_values (const PuenteScenario *self,
                             const PuenteDataset  *dataset,
                             double               *values)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (values != NULL);

  /* A NULL dataset gives the registry's fixed defaults. */
  puente_levers_fill_baseline (dataset, values);
  for (guint i = 0; i < self->n_levers; i++)
    if (self->is_set[i])
      values[i] = self->values[i];
}

/* ------------------------------------------------------------------------ */
/* Metadata                                                                 */

const char *
puente_scenario_get_id (const PuenteScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

void
puente_scenario_set_id (PuenteScenario *self,
                        const char     *id)
{
  g_return_if_fail (self != NULL);

  if (g_strcmp0 (self->id, id) != 0)
    {
      g_free (self->id);
      self->id = g_strdup (id);
    }
}

const char *
puente_scenario_get_name (const PuenteScenario *self,
                          PuenteLang            lang)
{
  g_return_val_if_fail (self != NULL, NULL);
  return pick_text (self->name, lang);
}

void
puente_scenario_set_name (PuenteScenario *self,
                          PuenteLang      lang,
                          const char     *name)
{
  g_return_if_fail (self != NULL);
  set_text (self->name, lang, name);
}

const char *
puente_scenario_get_description (const PuenteScenario *self,
                                 PuenteLang            lang)
{
  g_return_val_if_fail (self != NULL, NULL);
  return pick_text (self->description, lang);
}

void
puente_scenario_set_description (PuenteScenario *self,
                                 PuenteLang      lang,
                                 const char     *text)
{
  g_return_if_fail (self != NULL);
  set_text (self->description, lang, text);
}

const char *
puente_scenario_get_status (const PuenteScenario *self,
                            PuenteLang            lang)
{
  g_return_val_if_fail (self != NULL, NULL);
  return pick_text (self->status, lang);
}

const char **
puente_scenario_get_sources (const PuenteScenario *self)
{
  static const char *none[] = { NULL };

  g_return_val_if_fail (self != NULL, NULL);

  if (self->sources == NULL)
    return none;
  return (const char **) self->sources->pdata;
}

const char *
puente_scenario_get_date (const PuenteScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->date;
}

PuenteLegalStatus
puente_scenario_get_legal_status (const PuenteScenario *self)
{
  g_return_val_if_fail (self != NULL, PUENTE_LEGAL_STATUS_NONE);
  return self->legal_status;
}

const char *
puente_scenario_get_legal_status_until (const PuenteScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->legal_status_until;
}

const char *
puente_legal_status_get_label (PuenteLegalStatus status,
                               PuenteLang        lang)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (legal_statuses), NULL);

  if (legal_statuses[status].label == NULL)
    return NULL;
  return puente_gettext (lang, legal_statuses[status].label);
}

const char *
puente_legal_status_to_string (PuenteLegalStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (legal_statuses), NULL);

  return legal_statuses[status].nick;
}

char *
puente_scenario_dup_badge (const PuenteScenario *self,
                           PuenteLang            lang)
{
  g_autofree char *word = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->legal_status == PUENTE_LEGAL_STATUS_NONE)
    return NULL;
  if (self->legal_status == PUENTE_LEGAL_STATUS_IN_FORCE && self->legal_status_until != NULL)
    /* Translators: legal status badge; %s is a date written 2026-11-30 */
    word = g_strdup_printf (puente_gettext (lang, N_ ("In force until %s")), self->legal_status_until);
  else
    word = g_strdup (puente_legal_status_get_label (self->legal_status, lang));
  if (self->date == NULL)
    return g_steal_pointer (&word);
  /* Translators: a legal status badge and the date it was checked, e.g.
   * "Repealed, as of 2026-12-07" (Spanish: "Derogada, al 2026-12-07") */
  return g_strdup_printf (puente_gettext (lang, N_ ("%s, as of %s")), word, self->date);
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                  */

/* JSON escapes can spell text that is not Unicode (a lone surrogate such
 * as \ud800): such text could be saved but never read back, so it is
 * refused where it is read. */
static gboolean
check_text (const char *text,
            const char *key,
            const char *where,
            GError    **error)
{
  if (g_utf8_validate (text, -1, NULL))
    return TRUE;

  set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
             _ ("“%s” holds characters that are not valid Unicode (an escape such as \\ud800 on its own); remove them"),
             key);
  return FALSE;
}

/* Reads {"en": "...", "es": "..."} into @texts. */
static gboolean
read_texts (JsonNode   *node,
            const char *key,
            const char *where,
            char      **texts,
            GError    **error)
{
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_error (error, PUENTE_SCENARIO_ERROR_WRONG_TYPE, where,
                 _ ("“%s” must be an object with English and Spanish texts, like {\"en\": \"…\", \"es\": \"…\"}"),
                 key);
      return FALSE;
    }

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *lang = l->data;
      JsonNode   *value = json_object_get_member (object, lang);
      guint       index;

      if (g_strcmp0 (lang, "en") == 0)
        index = PUENTE_LANG_EN;
      else if (g_strcmp0 (lang, "es") == 0)
        index = PUENTE_LANG_ES;
      else
        {
          g_autofree char *shown = quote (lang);

          set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                     _ ("unknown language “%s” in “%s”; use “en” (English) or “es” (Spanish)"),
                     shown, key);
          return FALSE;
        }

      if (!JSON_NODE_HOLDS_VALUE (value) ||
          json_node_get_value_type (value) != G_TYPE_STRING)
        {
          g_autofree char *what = describe_node (value);

          set_error (error, PUENTE_SCENARIO_ERROR_WRONG_TYPE, where,
                     _ ("“%s.%s” must be a text in quotes, not %s"),
                     key, lang, what);
          return FALSE;
        }

      if (!check_text (json_node_get_string (value), key, where, error))
        return FALSE;
      g_free (texts[index]);
      texts[index] = g_strdup (json_node_get_string (value));
    }

  return TRUE;
}

static gboolean
read_string (JsonNode   *node,
             const char *key,
             const char *where,
             char      **out,
             GError    **error)
{
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *what = describe_node (node);

      set_error (error, PUENTE_SCENARIO_ERROR_WRONG_TYPE, where,
                 _ ("“%s” must be a text in quotes, not %s"), key, what);
      return FALSE;
    }

  if (!check_text (json_node_get_string (node), key, where, error))
    return FALSE;
  g_free (*out);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
is_valid_date (const char *text)
{
  unsigned y, m, d;
  char     extra;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &extra) != 3)
    return FALSE;
  return g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static gboolean
read_sources (JsonNode       *node,
              const char     *where,
              PuenteScenario *self,
              GError        **error)
{
  JsonArray *array;
  guint      n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *what = describe_node (node);

      set_error (error, PUENTE_SCENARIO_ERROR_WRONG_TYPE, where,
                 _ ("“sources” must be a list of texts, like [\"EPA, 2024\"], not %s"),
                 what);
      return FALSE;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  self->sources = g_ptr_array_new_full (n + 1, g_free);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) ||
          json_node_get_value_type (element) != G_TYPE_STRING)
        {
          g_autofree char *what = describe_node (element);

          set_error (error, PUENTE_SCENARIO_ERROR_WRONG_TYPE, where,
                     _ ("source number %u in “sources” must be a text in quotes, not %s"),
                     i + 1, what);
          return FALSE;
        }
      if (!check_text (json_node_get_string (element), "sources", where, error))
        return FALSE;
      g_ptr_array_add (self->sources, g_strdup (json_node_get_string (element)));
    }
  g_ptr_array_add (self->sources, NULL);
  return TRUE;
}

static gboolean
read_levers (JsonNode       *node,
             const char     *where,
             PuenteScenario *self,
             GError        **error)
{
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_error (error, PUENTE_SCENARIO_ERROR_WRONG_TYPE, where,
                 _ ("“levers” must be an object from lever ids to numbers, like {\"ldv.us.target_share\": 0.5}"));
      return FALSE;
    }

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *lever_id = l->data;
      JsonNode   *value = json_object_get_member (object, lever_id);
      int         index;

      if (!migrate_lever (where, object, &lever_id, value, self, error))
        return FALSE;
      if (lever_id == NULL)
        continue;
      index = puente_levers_find (lever_id);

      if (index >= 0 && !node_is_number (value))
        {
          const PuenteLever *lever = puente_levers_get ((guint) index);
          g_autofree char   *what = describe_node (value);
          g_autofree char   *lo = number_to_string (lever->min);
          g_autofree char   *hi = number_to_string (lever->max);

          if (lever->is_integer)
            set_error (error, PUENTE_SCENARIO_ERROR_WRONG_TYPE, where,
                       _ ("lever “%s” must be a whole number from %s to %s (%s), not %s"),
                       lever_id, lo, hi, lever->unit, what);
          else
            set_error (error, PUENTE_SCENARIO_ERROR_WRONG_TYPE, where,
                       /* Translators: "lever “ldv.us.target_share” must be a
                        * number from 0 to 1 (share), not the text “0.5”" */
                       _ ("lever “%s” must be a number from %s to %s (%s), not %s"),
                       lever_id, lo, hi, lever->unit, what);
          return FALSE;
        }

      if (!check_lever (where, lever_id,
                        index >= 0 ? node_get_number (value) : 0.0,
                        &index, error))
        return FALSE;

      self->values[index] = node_get_number (value);
      self->is_set[index] = TRUE;
    }

  return check_consistency (self, where, error);
}

static gboolean
is_top_level_key (const char *key,
                  gint64      version)
{
  for (guint i = 0; top_level_keys[i] != NULL; i++)
    if (strcmp (top_level_keys[i], key) == 0)
      return version >= 2 || i < N_V1_KEYS;
  return FALSE;
}

PuenteScenario *
puente_scenario_load_data (const char *data,
                           gssize      length,
                           const char *where,
                           GError    **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PuenteScenario) self = NULL;
  g_autoptr(GList) members = NULL;
  JsonNode   *root;
  JsonObject *object;
  JsonNode   *node;
  gint64      version;
  gsize       size;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (where == NULL)
    where = _ ("scenario");

  size = length < 0 ? strlen (data) : (gsize) length;
  if (size > PUENTE_SCENARIO_MAX_FILE_SIZE)
    {
      g_autofree char *have = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);
      g_autofree char *limit = g_format_size_full (PUENTE_SCENARIO_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      set_error (error, PUENTE_SCENARIO_ERROR_TOO_LARGE, where,
                 _ ("the scenario is %s; a scenario may be at most %s (scenarios list only the levers they change, so this is probably not a scenario)"),
                 have, limit);
      return NULL;
    }

  /* UTF-8, nesting depth, number range, NUL, syntax and duplicate keys. */
  parser = puente_json_parse (size > 0 ? data : "", size, where, &local_error);
  if (parser == NULL)
    {
      set_file_error (error, local_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                 _ ("not a Puente scenario: the file must hold a JSON object with \"format\": \"%s\""),
                 SCENARIO_FORMAT);
      return NULL;
    }
  object = json_node_get_object (root);

  /* Format and version first, so a newer file reports its version. */
  node = json_object_get_member (object, "format");
  if (node == NULL)
    {
      set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                 _ ("not a Puente scenario: the “format” key is missing; it must be \"%s\""),
                 SCENARIO_FORMAT);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), SCENARIO_FORMAT) != 0)
    {
      g_autofree char *what = describe_node (node);

      set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                 _ ("unknown format %s; Puente reads scenarios with \"format\": \"%s\""),
                 what, SCENARIO_FORMAT);
      return NULL;
    }

  node = json_object_get_member (object, "version");
  if (node == NULL)
    {
      set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                 _ ("the “version” key is missing; this version of Puente reads scenarios with \"version\": %d"),
                 SCENARIO_VERSION);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_autofree char *what = describe_node (node);

      if (node_is_number (node))
        {
          g_free (what);
          what = number_to_string (node_get_number (node));
        }
      set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                 _ ("“version” must be a whole number such as %d, not %s"),
                 SCENARIO_VERSION, what);
      return NULL;
    }
  version = json_node_get_int (node);
  if (version > SCENARIO_VERSION)
    {
      g_autofree char *v = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      set_error (error, PUENTE_SCENARIO_ERROR_VERSION, where,
                 _ ("the scenario is format version %s, newer than this version of Puente reads (version %d); update Puente to open it"),
                 v, SCENARIO_VERSION);
      return NULL;
    }
  if (version < 1)
    {
      g_autofree char *v = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                 _ ("version %s is not a scenario format version; it must be %d"),
                 v, SCENARIO_VERSION);
      return NULL;
    }

  /* No key goes unread. */
  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    if (!is_top_level_key (l->data, version))
      {
        g_auto(GStrv) keys = g_strdupv ((char **) top_level_keys);
        g_autofree char *allowed = NULL;
        g_autofree char *shown = quote (l->data);

        /* A version 1 file is told the version 1 keys. */
        if (version < 2)
          g_clear_pointer (&keys[N_V1_KEYS], g_free);
        allowed = g_strjoinv (", ", keys);

        set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                   _ ("unknown key “%s” at the top level; a scenario may have only these keys: %s"),
                   shown, allowed);
        return NULL;
      }

  self = puente_scenario_new ();

  if ((node = json_object_get_member (object, "id")) != NULL &&
      !read_string (node, "id", where, &self->id, error))
    return NULL;

  if ((node = json_object_get_member (object, "date")) != NULL)
    {
      if (!read_string (node, "date", where, &self->date, error))
        return NULL;
      if (!is_valid_date (self->date))
        {
          g_autofree char *shown = quote (self->date);

          set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                     _ ("“date” must be a date written YYYY-MM-DD, like 2025-06-30, not “%s”"),
                     shown);
          return NULL;
        }
    }

  if ((node = json_object_get_member (object, "name")) != NULL &&
      !read_texts (node, "name", where, self->name, error))
    return NULL;
  if ((node = json_object_get_member (object, "description")) != NULL &&
      !read_texts (node, "description", where, self->description, error))
    return NULL;
  if ((node = json_object_get_member (object, "status")) != NULL &&
      !read_texts (node, "status", where, self->status, error))
    return NULL;
  if ((node = json_object_get_member (object, "legal-status")) != NULL)
    {
      g_autofree char *nick = NULL;

      if (!read_string (node, "legal-status", where, &nick, error))
        return NULL;
      for (guint i = 1; i < G_N_ELEMENTS (legal_statuses); i++)
        if (g_strcmp0 (nick, legal_statuses[i].nick) == 0)
          self->legal_status = (PuenteLegalStatus) i;
      if (self->legal_status == PUENTE_LEGAL_STATUS_NONE)
        {
          set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                     _ ("“legal-status” must be one of reference, in-force, not-binding, illustrative, blocked or repealed, not “%s”"),
                     nick);
          return NULL;
        }
    }
  if ((node = json_object_get_member (object, "legal-status-until")) != NULL)
    {
      if (!read_string (node, "legal-status-until", where, &self->legal_status_until, error))
        return NULL;
      if (!is_valid_date (self->legal_status_until))
        {
          set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                     _ ("“legal-status-until” must be a date written YYYY-MM-DD, like 2026-11-30, not “%s”"),
                     self->legal_status_until);
          return NULL;
        }
    }
  if ((node = json_object_get_member (object, "sources")) != NULL &&
      !read_sources (node, where, self, error))
    return NULL;
  if ((node = json_object_get_member (object, "levers")) != NULL &&
      !read_levers (node, where, self, error))
    return NULL;
  if ((node = json_object_get_member (object, "base_ports")) != NULL &&
      (self->base_ports = puente_base_ports_read (node, where, error)) == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

PuenteScenario *
puente_scenario_load_file (const char *path,
                           GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *where = NULL;
  gsize            length = 0;
  const char      *data;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A path, never a URI: "x:y.json" is a file in the current folder. */
  bytes = puente_file_read (path, PUENTE_SCENARIO_MAX_FILE_SIZE, &local_error);
  if (bytes == NULL)
    {
      set_file_error (error, local_error);
      return NULL;
    }

  where = g_filename_display_name (path);
  data = g_bytes_get_data (bytes, &length);
  return puente_scenario_load_data (data, (gssize) length, where, error);
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                  */

static void
append_texts (GString     *out,
              const char  *key,
              char *const *texts)
{
  gboolean first = TRUE;

  if (texts[PUENTE_LANG_EN] == NULL && texts[PUENTE_LANG_ES] == NULL)
    return;

  g_string_append_printf (out, ",\n  \"%s\": {", key);
  for (guint l = 0; l < N_LANGS; l++)
    {
      if (texts[l] == NULL)
        continue;
      g_string_append_printf (out, "%s\n    \"%s\": ", first ? "" : ",", lang_codes[l]);
      puente_json_append_string (out, texts[l]);
      first = FALSE;
    }
  g_string_append (out, "\n  }");
}

char *
puente_scenario_to_data (const PuenteScenario *self,
                         gsize                *length)
{
  GString *out;
  gboolean first = TRUE;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new ("{\n");
  g_string_append_printf (out, "  \"format\": \"%s\",\n  \"version\": %d",
                          SCENARIO_FORMAT, self->base_ports != NULL ? SCENARIO_VERSION : 1);
  if (self->id != NULL)
    {
      g_string_append (out, ",\n  \"id\": ");
      puente_json_append_string (out, self->id);
    }
  if (self->date != NULL)
    {
      g_string_append (out, ",\n  \"date\": ");
      puente_json_append_string (out, self->date);
    }
  append_texts (out, "name", self->name);
  append_texts (out, "description", self->description);
  append_texts (out, "status", self->status);
  if (self->legal_status != PUENTE_LEGAL_STATUS_NONE)
    {
      g_string_append (out, ",\n  \"legal-status\": ");
      puente_json_append_string (out, legal_statuses[self->legal_status].nick);
    }
  if (self->legal_status_until != NULL)
    {
      g_string_append (out, ",\n  \"legal-status-until\": ");
      puente_json_append_string (out, self->legal_status_until);
    }
  if (self->sources != NULL)
    {
      g_string_append (out, ",\n  \"sources\": [");
      for (guint i = 0; i + 1 < self->sources->len; i++)
        {
          g_string_append (out, i == 0 ? "\n    " : ",\n    ");
          puente_json_append_string (out, g_ptr_array_index (self->sources, i));
        }
      g_string_append (out, self->sources->len > 1 ? "\n  ]" : "]");
    }

  g_string_append (out, ",\n  \"levers\": {");
  for (guint i = 0; i < self->n_levers; i++)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (!self->is_set[i])
        continue;
      puente_json_format_number (buf, sizeof buf, self->values[i]);
      g_string_append (out, first ? "\n    " : ",\n    ");
      puente_json_append_string (out, puente_levers_get (i)->id);
      g_string_append_printf (out, ": %s", buf);
      first = FALSE;
    }
  g_string_append (out, first ? "}" : "\n  }");
  if (self->base_ports != NULL)
    puente_base_ports_append (self->base_ports, out);
  g_string_append (out, "\n}\n");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
puente_scenario_save_file (const PuenteScenario *self,
                           const char           *path,
                           GError              **error)
{
  return puente_scenario_save_file_full (self, path, PUENTE_FILE_WRITE_NONE, error);
}

gboolean
puente_scenario_save_file_full (const PuenteScenario *self,
                                const char           *path,
                                PuenteFileWriteFlags  flags,
                                GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *where = NULL;
  gsize            length = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = puente_scenario_to_data (self, &length);

  /* The backup first, then a temporary file in the same folder, fsync,
   * rename over @path (or over the file a link at @path points to). */
  if (!puente_file_write (path, data, length,
                          flags | PUENTE_FILE_WRITE_BACKUP | PUENTE_FILE_WRITE_DURABLE,
                          &local_error))
    {
      where = g_filename_display_name (path);
      if (g_error_matches (local_error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_READ_ONLY))
        g_set_error_literal (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_READ_ONLY,
                             local_error->message);
      else
        g_set_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_WRITE,
                     _ ("Could not save the scenario to “%s”: %s. Any previous file there is unchanged."),
                     where, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Presets                                                                  */

static GBytes *
lookup_preset_data (const char *name,
                    GError    **error)
{
  g_autofree char *path = g_strconcat (PRESETS_DIR, name, NULL);

  return g_resource_lookup_data (puente_data_get_resource (), path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static char **
read_preset_index (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode   *root;
  JsonObject *object;
  JsonArray  *array;

  bytes = lookup_preset_data ("index.json", &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), &error))
    {
      g_critical ("Cannot read the preset index: %s", error->message);
      return g_strv_builder_end (builder);
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (root),
                                                             "format", ""),
                 PRESETS_FORMAT) != 0 ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "presets")))
    {
      g_critical ("The preset index is not a %s file with a \"presets\" list", PRESETS_FORMAT);
      return g_strv_builder_end (builder);
    }

  object = json_node_get_object (root);
  array = json_object_get_array_member (object, "presets");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) &&
          json_node_get_value_type (element) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (element));
      else
        g_critical ("Entry %u of the preset index is not a preset id", i);
    }

  return g_strv_builder_end (builder);
}

const char **
puente_scenario_list_presets (guint *n_presets)
{
  static char **presets = NULL;

  if (g_once_init_enter (&presets))
    g_once_init_leave (&presets, read_preset_index ());

  if (n_presets != NULL)
    *n_presets = g_strv_length (presets);
  return (const char **) presets;
}

PuenteScenario *
puente_scenario_load_preset (const char *preset_id,
                             GError    **error)
{
  const char **presets;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PuenteScenario) self = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *where = NULL;

  g_return_val_if_fail (preset_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  presets = puente_scenario_list_presets (NULL);
  if (!g_strv_contains (presets, preset_id))
    {
      g_autofree char *known = g_strjoinv (", ", (char **) presets);

      g_set_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_UNKNOWN_PRESET,
                   _ ("Unknown preset “%s”. The presets are: %s."),
                   preset_id, known);
      return NULL;
    }

  file_name = g_strconcat (preset_id, ".json", NULL);
  where = g_strconcat ("presets/", file_name, NULL);
  bytes = lookup_preset_data (file_name, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_UNKNOWN_PRESET,
                   _ ("The preset “%s” is listed but missing from this build: %s"),
                   preset_id, local_error->message);
      return NULL;
    }

  self = puente_scenario_load_data (g_bytes_get_data (bytes, NULL),
                                    (gssize) g_bytes_get_size (bytes),
                                    where, error);
  if (self == NULL)
    return NULL;

  if (self->id == NULL)
    self->id = g_strdup (preset_id);
  else if (g_strcmp0 (self->id, preset_id) != 0)
    {
      set_error (error, PUENTE_SCENARIO_ERROR_FORMAT, where,
                 _ ("the preset’s “id” is “%s” but its file is named for “%s”"),
                 self->id, preset_id);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* ------------------------------------------------------------------------ */
/* Base-year ports from imported stations (puente-scenario-ports.c)         */

void
puente_scenario_set_base_ports (PuenteScenario *self,
                                PuenteStations *stations)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->base_ports, puente_base_ports_free);
  if (stations != NULL)
    self->base_ports = puente_base_ports_new_from_stations (stations);
}

gboolean
puente_scenario_has_base_ports (const PuenteScenario *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->base_ports != NULL;
}

gboolean
puente_scenario_get_base_ports (const PuenteScenario *self,
                                const char           *region,
                                double               *level2,
                                double               *dc_fast)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->base_ports != NULL && puente_base_ports_lookup (self->base_ports, region, level2, dc_fast);
}

guint
puente_scenario_get_n_base_port_files (const PuenteScenario *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->base_ports != NULL ? puente_base_ports_get_n_files (self->base_ports) : 0;
}

const PuenteScenarioStationFile *
puente_scenario_get_base_port_file (const PuenteScenario *self,
                                    guint                 index)
{
  g_return_val_if_fail (self != NULL && self->base_ports != NULL, NULL);

  return puente_base_ports_get_file (self->base_ports, index);
}
