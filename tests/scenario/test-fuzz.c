/* test-fuzz.c: no scenario file, however broken, crashes the loader
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seeded random mutations of real scenario files (byte flips, deletions,
 * insertions of JSON punctuation and of boundary numbers) go through
 * puente_scenario_load_data (). Each must either load — and then save and
 * load again to the same levers — or fail with an error that says
 * something. Run under AddressSanitizer in CI, this is what "never a
 * crash" rests on.
 */
#include "config.h"

#include <string.h>

#include "puente-levers.h"
#include "puente-scenario.h"

#define ITERATIONS 4000

static const char *const fragments[] = {
  "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "null", "true",
  "1e999", "-1e999", "NaN", "-0", "0.5", "9223372036854775808", "\"levers\"",
  "\"version\"", "2", "\"format\"", "\"es\"", "\xff", "\xc3\x28", "\"ldv.us.target_share\"",
};

static char *
mutate (const char *text,
        GRand      *rand)
{
  GString *out = g_string_new (text);
  guint n = g_rand_int_range (rand, 1, 6);

  for (guint i = 0; i < n && out->len > 0; i++)
    {
      guint at = g_rand_int_range (rand, 0, (gint32) out->len);

      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0:
          out->str[at] = (char) g_rand_int_range (rand, 1, 256);
          break;
        case 1:
          {
            /* MIN evaluates its arguments twice: draw first. */
            gssize len = g_rand_int_range (rand, 1, 12);

            g_string_erase (out, at, MIN (len, (gssize) (out->len - at)));
          }
          break;
        case 2:
          g_string_insert (out, at, fragments[g_rand_int_range (rand, 0, G_N_ELEMENTS (fragments))]);
          break;
        default:
          /* Repeat a piece: deep nesting, duplicate keys. */
          {
            guint draw = (guint) g_rand_int_range (rand, 1, 40);
            guint len = MIN (draw, out->len - at);
            g_autofree char *piece = g_strndup (out->str + at, len);

            g_string_insert (out, at, piece);
          }
          break;
        }
    }

  return g_string_free (out, FALSE);
}

static void
check_round_trip (PuenteScenario *scenario)
{
  g_autofree char *saved = NULL;
  g_autoptr(PuenteScenario) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) ids_again = NULL;
  gsize length = 0;

  saved = puente_scenario_to_data (scenario, &length);
  again = puente_scenario_load_data (saved, (gssize) length, "round trip", &error);
  g_assert_no_error (error);
  ids = puente_scenario_list_set_levers (scenario);
  ids_again = puente_scenario_list_set_levers (again);
  g_assert_cmpuint (ids->len, ==, ids_again->len);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      g_assert_cmpstr (id, ==, g_ptr_array_index (ids_again, i));
      g_assert_cmpfloat (puente_scenario_get_lever (scenario, id, NULL), ==,
                         puente_scenario_get_lever (again, id, NULL));
    }
}

static void
test_mutations (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261129);
  g_autoptr(GPtrArray) seeds = g_ptr_array_new_with_free_func (g_free);
  const char **presets;
  guint n_presets = 0, loaded = 0, refused = 0;

  presets = puente_scenario_list_presets (&n_presets);
  for (guint i = 0; i < n_presets; i++)
    {
      g_autoptr(PuenteScenario) preset = puente_scenario_load_preset (presets[i], NULL);
      gsize length;

      g_assert_nonnull (preset);
      g_ptr_array_add (seeds, puente_scenario_to_data (preset, &length));
    }
  g_assert_cmpuint (seeds->len, >, 0);

  for (guint i = 0; i < ITERATIONS; i++)
    {
      const char *seed = g_ptr_array_index (seeds, i % seeds->len);
      g_autofree char *text = mutate (seed, rand);
      g_autoptr(GError) error = NULL;
      g_autoptr(PuenteScenario) scenario = NULL;

      scenario = puente_scenario_load_data (text, -1, "fuzz.json", &error);
      if (scenario != NULL)
        {
          g_assert_no_error (error);
          check_round_trip (scenario);
          loaded++;
        }
      else
        {
          /* A refusal says what and where. */
          g_assert_nonnull (error);
          g_assert_true (error->domain == PUENTE_SCENARIO_ERROR);
          g_assert_nonnull (strstr (error->message, "fuzz.json"));
          refused++;
        }
    }

  /* Both outcomes are exercised, or the mutations are too weak or too strong. */
  g_test_message ("%u mutated files loaded, %u refused", loaded, refused);
  g_assert_cmpuint (loaded, >, 0);
  g_assert_cmpuint (refused, >, ITERATIONS / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/scenario/fuzz", test_mutations);

  return g_test_run ();
}
