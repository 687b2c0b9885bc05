/* puente-dataset-private.h: the dataset's schema, for the loader and tests
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-dataset.h"

G_BEGIN_DECLS

typedef enum {
  PUENTE_FIGURE_OPTIONAL = 0,
  /* A parameter the engine needs: the dataset is refused without it. */
  PUENTE_FIGURE_REQUIRED = 1 << 0,
  /* The key's "%s." stands for both "us." and "mx.". */
  PUENTE_FIGURE_PER_COUNTRY = 1 << 1,
  /* A whole number (a calendar year). */
  PUENTE_FIGURE_WHOLE = 1 << 2,
} PuenteFigureFlags;

/* One figure of the dataset: where it is, its unit and the range its
 * value, low and high must lie in. */
typedef struct
{
  const char       *file; /* "parameters.json" */
  const char       *key;  /* a parameter or series id, or a field of the file's items */
  const char       *unit;
  double            min;
  double            max;
  PuenteFigureFlags flags;
} PuenteFigureSchema;

/* As the @unit of puente_dataset_schema_find () callers: any unit the
 * schema has a row for (observed.json: each indicator's own unit). */
#define PUENTE_SCHEMA_ANY_UNIT "*"

/* The whole schema (puente-dataset-schema.c), in file order. */
const PuenteFigureSchema *puente_dataset_schema_get (guint *n_rows);
/* The row for @key in @file ("us.km_per_vehicle" finds "%s.km_per_vehicle"),
 * of @unit when a key has rows in several units (a site's capacity), else
 * @unit NULL. NULL when the schema has no such figure. */
const PuenteFigureSchema *puente_dataset_schema_find (const char *file,
                                                      const char *key,
                                                      const char *unit);

/* For the fuzz tests: the dataset of @dir with @file's text replaced by
 * @data (not NUL-terminated), without writing it to disk. */
PuenteDataset            *puente_dataset_load_dir_with (const char *dir,
                                                        const char *file,
                                                        const char *data,
                                                        gsize       length,
                                                        GError    **error);

G_END_DECLS
