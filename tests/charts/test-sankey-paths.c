/* test-sankey-paths.c: clicking a Sankey node highlights the paths through it
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "chart-test-util.h"
#include "puente-chart-data.h"

static gboolean
link_on_path (const PuenteSankey *sk,
              const gboolean     *on_path,
              const char         *from,
              const char         *to)
{
  int a = puente_sankey_find_node (sk, from);
  int b = puente_sankey_find_node (sk, to);

  g_assert_cmpint (a, >=, 0);
  g_assert_cmpint (b, >=, 0);
  for (guint l = 0; l < sk->links->len; l++)
    {
      const PuenteSankeyLink *link = &g_array_index (sk->links, PuenteSankeyLink, l);

      if ((int) link->source == a && (int) link->target == b)
        return on_path[l];
    }

  g_assert_not_reached ();
}

static void
test_paths_through_packs (void)
{
  g_autoptr(PuenteSankey) sk = chart_test_sankey_new ();
  g_autofree gboolean *on_path = g_new0 (gboolean, sk->links->len);

  puente_sankey_paths_through (sk, puente_sankey_find_node (sk, "packs"), on_path);

  /* Upstream: materials into cells, cells into packs. */
  g_assert_true (link_on_path (sk, on_path, "materials.imported", "cells.na"));
  g_assert_true (link_on_path (sk, on_path, "cells.imported", "packs"));
  /* Downstream: vehicles, sales, the fleet. */
  g_assert_true (link_on_path (sk, on_path, "packs", "vehicles.mx"));
  g_assert_true (link_on_path (sk, on_path, "vehicles.mx", "exports"));
  g_assert_true (link_on_path (sk, on_path, "sales.us", "fleet"));
  /* Not through packs: end of life, and the loop back is not followed. */
  g_assert_false (link_on_path (sk, on_path, "retired", "second_life"));
  g_assert_false (link_on_path (sk, on_path, "recycling", "materials.recovered"));
}

static void
test_paths_through_recycling (void)
{
  g_autoptr(PuenteSankey) sk = chart_test_sankey_new ();
  g_autofree gboolean *on_path = g_new0 (gboolean, sk->links->len);

  puente_sankey_paths_through (sk, puente_sankey_find_node (sk, "recycling"), on_path);

  g_assert_true (link_on_path (sk, on_path, "retired", "recycling"));
  g_assert_true (link_on_path (sk, on_path, "recycling", "losses"));
  g_assert_false (link_on_path (sk, on_path, "packs", "vehicles.us"));
  g_assert_false (link_on_path (sk, on_path, "retired", "disposal"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/sankey/paths-through-packs", test_paths_through_packs);
  g_test_add_func ("/charts/sankey/paths-through-recycling", test_paths_through_recycling);

  return g_test_run ();
}
