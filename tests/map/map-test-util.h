/* map-test-util.h: what the map's tests and benchmarks share
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-dataset.h"
#include "puente-results.h"

G_BEGIN_DECLS

/* The results of preset @preset_id on @dataset, to the model's horizon
 * (aborts the test when the preset does not load). */
PuenteResults *map_test_run_preset (PuenteDataset *dataset,
                                    const char    *preset_id);

G_END_DECLS
