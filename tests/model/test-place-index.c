/* test-place-index.c: finding places by the names people type
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the shipped dataset: what a policymaker types into the map's search
 * finds their state, port, city or site first, in either language.
 */
#include "config.h"

#include <math.h>

#include "puente-i18n.h"
#include "puente-place-index.h"

static PuenteDataset *dataset;
static PuentePlaceIndex *places;

static const PuentePlaceMatch *
first (GArray *matches)
{
  g_assert_cmpuint (matches->len, >, 0);
  return &g_array_index (matches, PuentePlaceMatch, 0);
}

static void
assert_finds (const char *query,
              const char *id)
{
  g_autoptr(GArray) matches = puente_place_index_search (places, query, PUENTE_LANG_EN, 8);

  if (matches->len == 0 || !g_str_equal (first (matches)->id, id))
    g_error ("“%s” should find %s first, found %s", query, id,
             matches->len > 0 ? first (matches)->id : "nothing");
}

/* @id is among what @query finds. */
static void
assert_among (const char *query,
              const char *id)
{
  g_autoptr(GArray) matches = puente_place_index_search (places, query, PUENTE_LANG_EN, 0);

  for (guint i = 0; i < matches->len; i++)
    if (g_str_equal (g_array_index (matches, PuentePlaceMatch, i).id, id))
      return;
  g_error ("“%s” should find %s", query, id);
}

static void
test_states_by_name (void)
{
  /* Case, accents and punctuation do not matter. */
  assert_finds ("nuevo leon", "MX-NLE");
  assert_finds ("Nuevo León", "MX-NLE");
  assert_finds ("NUEVO LEÓN", "MX-NLE");
  assert_finds ("nuevo", "MX-NLE");
  assert_finds ("  Nuevo   Leon!", "MX-NLE");
  /* Both languages, whatever the language of the answer. */
  assert_finds ("Mexico City", "MX-CMX");
  assert_finds ("Ciudad de México", "MX-CMX");
  assert_finds ("Estado de Mexico", "MX-MEX");
  assert_finds ("Hawái", "US-HI");
  assert_finds ("Michoacan de Ocampo", "MX-MIC");
  assert_finds ("texas", "US-TX");
  /* A prefix of a name ranks its state first. */
  assert_finds ("tamaul", "MX-TAM");
  assert_finds ("calif", "US-CA");
}

static void
test_states_by_code (void)
{
  assert_finds ("NL", "MX-NLE");
  assert_finds ("N.L.", "MX-NLE");
  assert_finds ("nle", "MX-NLE");
  assert_finds ("MX-NLE", "MX-NLE");
  assert_finds ("TX", "US-TX");
  assert_finds ("us-tx", "US-TX");
  assert_finds ("CDMX", "MX-CMX");
  assert_finds ("Coah.", "MX-COA");
  assert_finds ("Q. Roo", "MX-ROO");
  assert_finds ("Edomex", "MX-MEX");
  assert_finds ("dc", "US-DC");
}

static void
test_state_extent (void)
{
  g_autoptr(GArray) matches = puente_place_index_search (places, "Nuevo León", PUENTE_LANG_ES, 1);
  const PuentePlaceMatch *m = first (matches);
  g_autoptr(GArray) alaska = NULL;

  g_assert_cmpint (m->kind, ==, PUENTE_PLACE_STATE);
  g_assert_cmpstr (m->name, ==, "Nuevo León");
  g_assert_cmpstr (m->context, ==, "México");
  /* Nuevo León spans about 23.2°N to 27.8°N and 101.2°W to 98.4°W. */
  g_assert_cmpfloat_with_epsilon (m->south, 23.2, 0.2);
  g_assert_cmpfloat_with_epsilon (m->north, 27.8, 0.2);
  g_assert_cmpfloat_with_epsilon (m->west, -101.2, 0.2);
  g_assert_cmpfloat_with_epsilon (m->east, -98.4, 0.2);
  g_assert_true (m->latitude > m->south && m->latitude < m->north);
  g_assert_true (m->longitude > m->west && m->longitude < m->east);

  /* Alaska's islands past the antimeridian do not make it span the world. */
  alaska = puente_place_index_search (places, "Alaska", PUENTE_LANG_EN, 1);
  m = first (alaska);
  g_assert_cmpfloat (m->east - m->west, <, 60);
  g_assert_cmpfloat (m->west, <, -165);
}

static void
test_points (void)
{
  g_autoptr(GArray) laredo = puente_place_index_search (places, "laredo", PUENTE_LANG_EN, 0);
  gboolean port = FALSE;
  g_autoptr(GArray) monterrey = NULL;

  /* Ports of entry, by their name or their Mexican twin city. */
  for (guint i = 0; i < laredo->len; i++)
    {
      const PuentePlaceMatch *m = &g_array_index (laredo, PuentePlaceMatch, i);

      if (m->kind == PUENTE_PLACE_PORT)
        {
          port = TRUE;
          g_assert_nonnull (puente_dataset_get_port (dataset, (guint) puente_dataset_find_port (dataset, m->id)));
          g_assert_cmpfloat (m->west, ==, m->east);
          g_assert_cmpfloat (m->latitude, ==, m->north);
        }
    }
  g_assert_true (port);

  monterrey = puente_place_index_search (places, "monterrey", PUENTE_LANG_ES, 0);
  g_assert_cmpint (first (monterrey)->kind, ==, PUENTE_PLACE_CITY);
  g_assert_cmpint (puente_dataset_find_city (dataset, first (monterrey)->id), >=, 0);

  /* Every place finds itself by its own name. */
  for (guint k = 0; k < puente_dataset_get_n_ports (dataset); k++)
    assert_among (puente_dataset_get_port (dataset, k)->name_en, puente_dataset_get_port (dataset, k)->id);
  for (guint k = 0; k < puente_dataset_get_n_cities (dataset); k++)
    assert_among (puente_dataset_get_city (dataset, k)->name_es, puente_dataset_get_city (dataset, k)->id);
  for (guint k = 0; k < puente_dataset_get_n_sites (dataset); k++)
    assert_among (puente_dataset_get_site (dataset, k)->name, puente_dataset_get_site (dataset, k)->id);
  g_assert_cmpuint (puente_dataset_get_n_ports (dataset) * puente_dataset_get_n_cities (dataset)
                    * puente_dataset_get_n_sites (dataset), >, 0);
}

static void
test_ranking_and_limits (void)
{
  g_autoptr(GArray) none = puente_place_index_search (places, "zzzzqq", PUENTE_LANG_EN, 0);
  g_autoptr(GArray) one = puente_place_index_search (places, "n", PUENTE_LANG_EN, 0);
  g_autoptr(GArray) empty = puente_place_index_search (places, " .,;", PUENTE_LANG_EN, 0);
  g_autoptr(GArray) few = puente_place_index_search (places, "an", PUENTE_LANG_EN, 3);
  g_autoptr(GArray) new = puente_place_index_search (places, "new", PUENTE_LANG_EN, 0);

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (one->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (few->len, ==, 3);
  /* Best first. */
  for (guint i = 1; i < new->len; i++)
    g_assert_cmpfloat (g_array_index (new, PuentePlaceMatch, i - 1).score, >=,
                       g_array_index (new, PuentePlaceMatch, i).score);
  /* "new" starts New York, New Mexico, ... before it ends a word's middle. */
  g_assert_true (g_str_has_prefix (first (new)->name, "New"));
}

static void
test_lookup_and_labels (void)
{
  PuentePlaceMatch m;

  g_assert_true (puente_place_index_lookup (places, "MX-CMX", PUENTE_LANG_ES, &m));
  g_assert_cmpstr (m.name, ==, "Ciudad de México");
  g_assert_false (puente_place_index_lookup (places, "XX-NOPE", PUENTE_LANG_EN, &m));
  g_assert_cmpstr (puente_place_kind_get_label (PUENTE_PLACE_PORT, PUENTE_LANG_EN), ==, "Port of entry");
  g_assert_cmpstr (puente_place_kind_get_label (PUENTE_PLACE_STATE, PUENTE_LANG_ES), ==, "Estado");

  /* Every state has its abbreviation: INEGI's for Mexico, USPS's for the US. */
  for (guint s = 0; s < puente_dataset_get_n_states (dataset); s++)
    g_assert_nonnull (puente_state_get_abbreviation (puente_dataset_get_state (dataset, s)->code, PUENTE_LANG_EN));
  g_assert_cmpstr (puente_state_get_abbreviation ("MX-NLE", PUENTE_LANG_ES), ==, "NL");
  g_assert_cmpstr (puente_state_get_abbreviation ("MX-COA", PUENTE_LANG_EN), ==, "Coah.");
  g_assert_cmpstr (puente_state_get_abbreviation ("US-WY", PUENTE_LANG_EN), ==, "WY");
  g_assert_null (puente_state_get_abbreviation ("CA-ON", PUENTE_LANG_EN));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  puente_i18n_init (NULL);
  dataset = puente_dataset_load_default (&error);
  g_assert_no_error (error);
  places = puente_place_index_new (dataset, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/model/places/states-by-name", test_states_by_name);
  g_test_add_func ("/model/places/states-by-code", test_states_by_code);
  g_test_add_func ("/model/places/state-extent", test_state_extent);
  g_test_add_func ("/model/places/points", test_points);
  g_test_add_func ("/model/places/ranking", test_ranking_and_limits);
  g_test_add_func ("/model/places/lookup", test_lookup_and_labels);
  status = g_test_run ();
  puente_place_index_unref (places);
  puente_dataset_unref (dataset);
  return status;
}
