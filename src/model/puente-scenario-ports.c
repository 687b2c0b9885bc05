/* puente-scenario-ports.c: a scenario's base-year ports from imported stations
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scenario may take the open public level 2 and DC fast ports of
 * imported station files as its base year's existing public ports, state
 * by state (the dataset's elsewhere). The scenario file records them with
 * the files they came from (scenario format version 2, "base_ports"; see
 * docs/scenario-format.md):
 *
 *   "base_ports": {
 *     "files": [ { "name": "alt_fuel_stations_NY_2025-04.csv",
 *                  "data_date": "2025-04-14",
 *                  "sha256": "9f2c…" } ],
 *     "regions": { "US-NY": { "level2": 14626, "dc_fast": 2161 } }
 *   }
 *
 * Reading is as strict as the rest of the scenario: every key known, the
 * counts whole numbers from 0 to PUENTE_SCENARIO_MAX_PORTS, region codes
 * written as ISO 3166-2 ("US-NY", "MX-NLE"), a SHA-256 of 64 hex digits.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "puente-json.h"
#include "puente-scenario-private.h"

struct _PuenteBasePorts
{
  GPtrArray  *files;   /* of PuenteScenarioStationFile */
  GHashTable *regions; /* code -> double[2]: level 2, DC fast */
};

static void
station_file_free (PuenteScenarioStationFile *file)
{
  g_free ((char *) file->name);
  g_free ((char *) file->data_date);
  g_free ((char *) file->sha256);
  g_free (file);
}

static PuenteBasePorts *
base_ports_new (void)
{
  PuenteBasePorts *self = g_new0 (PuenteBasePorts, 1);

  self->files = g_ptr_array_new_with_free_func ((GDestroyNotify) station_file_free);
  self->regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

void
puente_base_ports_free (PuenteBasePorts *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->files);
  g_hash_table_unref (self->regions);
  g_free (self);
}

static void
add_file (PuenteBasePorts *self,
          const char      *name,
          const char      *data_date,
          const char      *sha256)
{
  PuenteScenarioStationFile *file = g_new0 (PuenteScenarioStationFile, 1);

  file->name = g_strdup (name);
  file->data_date = g_strdup (data_date);
  file->sha256 = g_strdup (sha256);
  g_ptr_array_add (self->files, file);
}

static void
add_region (PuenteBasePorts *self,
            const char      *code,
            double           level2,
            double           dc_fast)
{
  double *ports = g_new (double, 2);

  ports[0] = level2;
  ports[1] = dc_fast;
  g_hash_table_insert (self->regions, g_strdup (code), ports);
}

PuenteBasePorts *
puente_base_ports_copy (const PuenteBasePorts *self)
{
  PuenteBasePorts *copy;
  GHashTableIter   iter;
  gpointer         key, value;

  if (self == NULL)
    return NULL;
  copy = base_ports_new ();
  for (guint i = 0; i < self->files->len; i++)
    {
      const PuenteScenarioStationFile *file = g_ptr_array_index (self->files, i);

      add_file (copy, file->name, file->data_date, file->sha256);
    }
  g_hash_table_iter_init (&iter, self->regions);
  while (g_hash_table_iter_next (&iter, &key, &value))
    add_region (copy, key, ((double *) value)[0], ((double *) value)[1]);
  return copy;
}

PuenteBasePorts *
puente_base_ports_new_from_stations (PuenteStations *stations)
{
  PuenteBasePorts *self;
  g_autoptr(GArray) tallies = NULL;
  PuenteStationTally total;

  g_return_val_if_fail (stations != NULL, NULL);

  self = base_ports_new ();
  for (guint i = 0; i < puente_stations_get_n_files (stations); i++)
    {
      const PuenteStationFile *file = puente_stations_get_file (stations, i);

      add_file (self, file->name, file->data_date, file->checksum);
    }
  tallies = puente_stations_tally (stations, &total);
  for (guint i = 0; i < tallies->len; i++)
    {
      const PuenteStationTally *t = &g_array_index (tallies, PuenteStationTally, i);

      add_region (self, t->region, t->ports[PUENTE_STATION_LEVEL_2], t->ports[PUENTE_STATION_DC_FAST]);
    }
  return self;
}

guint
puente_base_ports_get_n_files (const PuenteBasePorts *self)
{
  return self->files->len;
}

const PuenteScenarioStationFile *
puente_base_ports_get_file (const PuenteBasePorts *self,
                            guint                  index)
{
  g_return_val_if_fail (index < self->files->len, NULL);
  return g_ptr_array_index (self->files, index);
}

gboolean
puente_base_ports_lookup (const PuenteBasePorts *self,
                          const char            *region,
                          double                *level2,
                          double                *dc_fast)
{
  const double *ports = region != NULL ? g_hash_table_lookup (self->regions, region) : NULL;

  if (ports == NULL)
    return FALSE;
  *level2 = ports[0];
  *dc_fast = ports[1];
  return TRUE;
}

/* ---- reading ------------------------------------------------------------ */

static gboolean
fail (GError    **error,
      const char *where,
      const char *detail)
{
  if (where != NULL)
    g_set_error (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_FORMAT, "%s: %s", where, detail);
  else
    g_set_error_literal (error, PUENTE_SCENARIO_ERROR, PUENTE_SCENARIO_ERROR_FORMAT, detail);
  return FALSE;
}

/* Each member of @object is one of @keys; @required ones are there. */
static gboolean
check_keys (JsonObject        *object,
            const char *const *keys,
            guint              n_required,
            const char        *what,
            const char        *where,
            GError           **error)
{
  g_autoptr(GList) members = json_object_get_members (object);
  g_autofree char *allowed = g_strjoinv (", ", (char **) keys);

  for (const GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (keys, l->data))
      {
        g_autofree char *detail = NULL;

        /* Translators: an unknown key in the base ports of a scenario: the key, where, the keys allowed */
        detail = g_strdup_printf (_ ("unknown key “%.60s” in %s; it may have only these keys: %s"),
                                  (const char *) l->data, what, allowed);
        return fail (error, where, detail);
      }
  for (guint i = 0; i < n_required; i++)
    if (!json_object_has_member (object, keys[i]))
      {
        g_autofree char *detail = NULL;

        /* Translators: a key missing in the base ports of a scenario */
        detail = g_strdup_printf (_ ("“%s” is missing in %s"), keys[i], what);
        return fail (error, where, detail);
      }
  return TRUE;
}

static const char *
member_string (JsonObject *object,
               const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
is_hex_digest (const char *text)
{
  if (text == NULL || strlen (text) != 64)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p))
      return FALSE;
  return TRUE;
}

static gboolean
is_region_code (const char *code)
{
  gsize length = strlen (code);

  if (length < 4 || length > 6 || !g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1]) || code[2] != '-')
    return FALSE;
  for (gsize i = 3; i < length; i++)
    if (!g_ascii_isupper (code[i]) && !g_ascii_isdigit (code[i]))
      return FALSE;
  return TRUE;
}

static gboolean
read_count (JsonObject *object,
            const char *key,
            const char *region,
            double     *out,
            const char *where,
            GError    **error)
{
  JsonNode *node = json_object_get_member (object, key);
  double    value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE) ||
      (value = json_node_get_double (node), !isfinite (value)) || value < 0 || value > PUENTE_SCENARIO_MAX_PORTS ||
      value != floor (value))
    {
      g_autofree char *detail = NULL;

      /* Translators: base ports of a scenario: "level2" of "US-NY" must be a whole number from 0 to 10000000 */
      detail = g_strdup_printf (_ ("“%s” of “%s” in “base_ports” must be a whole number of ports from 0 to %d"), key,
                                region, PUENTE_SCENARIO_MAX_PORTS);
      return fail (error, where, detail);
    }
  *out = value;
  return TRUE;
}

PuenteBasePorts *
puente_base_ports_read (JsonNode   *node,
                        const char *where,
                        GError    **error)
{
  static const char *const top_keys[] = { "files", "regions", NULL };
  static const char *const file_keys[] = { "name", "data_date", "sha256", NULL };
  static const char *const region_keys[] = { "level2", "dc_fast", NULL };
  PuenteBasePorts         *self;
  JsonObject              *object;
  JsonArray               *files;
  JsonObject              *regions;
  g_autoptr(GList) codes = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, where, _ ("“base_ports” must be an object with “files” and “regions”"));
      return NULL;
    }
  object = json_node_get_object (node);
  if (!check_keys (object, top_keys, 2, "“base_ports”", where, error))
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "files")) ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "regions")))
    {
      fail (error, where, _ ("in “base_ports”, “files” must be a list and “regions” an object"));
      return NULL;
    }

  self = base_ports_new ();
  files = json_object_get_array_member (object, "files");
  if (json_array_get_length (files) == 0)
    {
      fail (error, where, _ ("“base_ports” must name the station files its ports were counted from"));
      puente_base_ports_free (self);
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (files); i++)
    {
      JsonNode   *element = json_array_get_element (files, i);
      JsonObject *file;
      const char *name, *date, *sha256;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          fail (error, where, _ ("each of the “files” in “base_ports” must be an object with “name” and “sha256”"));
          puente_base_ports_free (self);
          return NULL;
        }
      file = json_node_get_object (element);
      if (!check_keys (file, file_keys, 1, "“base_ports” “files”", where, error))
        {
          puente_base_ports_free (self);
          return NULL;
        }
      name = member_string (file, "name");
      date = member_string (file, "data_date");
      sha256 = member_string (file, "sha256");
      if (name == NULL || *name == '\0' || (json_object_has_member (file, "data_date") && date == NULL) ||
          !is_hex_digest (sha256))
        {
          fail (error, where, _ ("each station file in “base_ports” needs a “name”, a “sha256” of 64 hexadecimal digits and, if any, a “data_date” as text"));
          puente_base_ports_free (self);
          return NULL;
        }
      add_file (self, name, date, sha256);
    }

  regions = json_object_get_object_member (object, "regions");
  codes = json_object_get_members (regions);
  for (const GList *l = codes; l != NULL; l = l->next)
    {
      const char *code = l->data;
      JsonNode   *member = json_object_get_member (regions, code);
      double      level2, dc_fast;

      if (!is_region_code (code) || !JSON_NODE_HOLDS_OBJECT (member))
        {
          g_autofree char *detail = NULL;

          /* Translators: a region of the base ports of a scenario is not "US-NY": {"level2": …, "dc_fast": …} */
          detail = g_strdup_printf (_ ("“%.60s” in “base_ports” must be a state code such as “US-NY” with its ports, {\"level2\": 14626, \"dc_fast\": 2161}"),
                                    code);
          fail (error, where, detail);
          puente_base_ports_free (self);
          return NULL;
        }
      if (!check_keys (json_node_get_object (member), region_keys, 2, code, where, error) ||
          !read_count (json_node_get_object (member), "level2", code, &level2, where, error) ||
          !read_count (json_node_get_object (member), "dc_fast", code, &dc_fast, where, error))
        {
          puente_base_ports_free (self);
          return NULL;
        }
      add_region (self, code, level2, dc_fast);
    }
  return self;
}

/* ---- writing ------------------------------------------------------------ */

void
puente_base_ports_append (const PuenteBasePorts *self,
                          GString               *out)
{
  g_autoptr(GList) codes = g_list_sort (g_hash_table_get_keys (self->regions), (GCompareFunc) strcmp);

  g_string_append (out, ",\n  \"base_ports\": {\n    \"files\": [");
  for (guint i = 0; i < self->files->len; i++)
    {
      const PuenteScenarioStationFile *file = g_ptr_array_index (self->files, i);

      g_string_append (out, i == 0 ? "\n      { \"name\": " : ",\n      { \"name\": ");
      puente_json_append_string (out, file->name);
      if (file->data_date != NULL)
        {
          g_string_append (out, ", \"data_date\": ");
          puente_json_append_string (out, file->data_date);
        }
      g_string_append (out, ", \"sha256\": ");
      puente_json_append_string (out, file->sha256);
      g_string_append (out, " }");
    }
  g_string_append (out, "\n    ],\n    \"regions\": {");
  for (const GList *l = codes; l != NULL; l = l->next)
    {
      const double *ports = g_hash_table_lookup (self->regions, l->data);

      g_string_append (out, l == codes ? "\n      " : ",\n      ");
      puente_json_append_string (out, l->data);
      g_string_append_printf (out, ": { \"level2\": %.0f, \"dc_fast\": %.0f }", ports[0], ports[1]);
    }
  g_string_append (out, codes != NULL ? "\n    }\n  }" : "}\n  }");
}
