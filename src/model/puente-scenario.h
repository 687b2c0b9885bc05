/* puente-scenario.h: a named set of lever changes from the baseline
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * File format (model.md §5):
 *   {"format": "puente-scenario", "version": 1,
 *    "name": {"en": "...", "es": "..."}, "description": {"en": ..., "es": ...},
 *    "levers": {"ldv.us.target_share": 0.5, ...}}
 * A scenario names only the levers it changes; all others inherit the
 * baseline. Presets add "id", "date", "status" (a sentence per language),
 * "legal-status" (its one-word kind, below), optionally
 * "legal-status-until" (YYYY-MM-DD, for a rule in force until a date)
 * and "sources" (see data/presets/).
 */
#pragma once

#include "puente-file.h"
#include "puente-stations.h"
#include "puente-types.h"

G_BEGIN_DECLS

#define PUENTE_SCENARIO_ERROR (puente_scenario_error_quark ())
#define PUENTE_SCENARIO_MAX_FILE_SIZE (10 * 1024 * 1024)

typedef enum {
  PUENTE_SCENARIO_ERROR_NOT_FOUND,     /* missing file */
  PUENTE_SCENARIO_ERROR_TOO_LARGE,     /* over 10 MB */
  PUENTE_SCENARIO_ERROR_MALFORMED,     /* JSON syntax: line and column */
  PUENTE_SCENARIO_ERROR_FORMAT,        /* not a puente-scenario */
  PUENTE_SCENARIO_ERROR_VERSION,       /* newer version than we read */
  PUENTE_SCENARIO_ERROR_UNKNOWN_LEVER, /* with the closest id suggested */
  PUENTE_SCENARIO_ERROR_WRONG_TYPE,
  PUENTE_SCENARIO_ERROR_OUT_OF_RANGE, /* with the range */
  PUENTE_SCENARIO_ERROR_WRITE,        /* save failed; previous file kept */
  PUENTE_SCENARIO_ERROR_UNKNOWN_PRESET,
  PUENTE_SCENARIO_ERROR_READ_ONLY, /* save over a read-only file */
} PuenteScenarioError;

/* A policy's legal standing as of its preset's date: the word a badge
 * shows beside its name ("legal-status" in the file). */
typedef enum {
  PUENTE_LEGAL_STATUS_NONE,         /* not given: the user's own scenarios */
  PUENTE_LEGAL_STATUS_REFERENCE,    /* "reference": the baseline */
  PUENTE_LEGAL_STATUS_IN_FORCE,     /* "in-force" */
  PUENTE_LEGAL_STATUS_NOT_BINDING,  /* "not-binding": a target no rule enforces */
  PUENTE_LEGAL_STATUS_ILLUSTRATIVE, /* "illustrative": a what-if, not a policy */
  PUENTE_LEGAL_STATUS_BLOCKED,      /* "blocked": adopted, stopped by law or court */
  PUENTE_LEGAL_STATUS_REPEALED,     /* "repealed": no longer law */
} PuenteLegalStatus;

GQuark            puente_scenario_error_quark (void);

PuenteScenario   *puente_scenario_new (void);
PuenteScenario   *puente_scenario_copy (const PuenteScenario *self);
void              puente_scenario_free (PuenteScenario *self);

/* @path is a path (never a URI), read with puente_file_read (): regular
 * files only, at most PUENTE_SCENARIO_MAX_FILE_SIZE. */
PuenteScenario   *puente_scenario_load_file (const char *path,
                                             GError    **error);
PuenteScenario   *puente_scenario_load_data (const char *data,
                                             gssize      length,
                                             const char *where,
                                             GError    **error);
/* Atomic: writes a temporary file, keeps "path~" as backup, renames.
 * Through a symbolic link, writes the file it points to. A read-only file
 * fails with PUENTE_SCENARIO_ERROR_READ_ONLY, unless @flags has
 * PUENTE_FILE_WRITE_REPLACE_READ_ONLY (the user agreed). */
gboolean          puente_scenario_save_file (const PuenteScenario *self,
                                             const char           *path,
                                             GError              **error);
gboolean          puente_scenario_save_file_full (const PuenteScenario *self,
                                                  const char           *path,
                                                  PuenteFileWriteFlags  flags,
                                                  GError              **error);
char             *puente_scenario_to_data (const PuenteScenario *self,
                                           gsize                *length);

/* Presets ship in the data GResource (data/presets/ID.json). The list is
 * owned by the library: do not free it. */
const char      **puente_scenario_list_presets (guint *n_presets);
PuenteScenario   *puente_scenario_load_preset (const char *preset_id,
                                               GError    **error);

const char       *puente_scenario_get_id (const PuenteScenario *self);
void              puente_scenario_set_id (PuenteScenario *self,
                                          const char     *id);
/* Texts in @lang (English or Spanish; PUENTE_LANG_BOTH reads English);
 * a missing one falls back to the other language. */
const char       *puente_scenario_get_name (const PuenteScenario *self,
                                            PuenteLang            lang);
void              puente_scenario_set_name (PuenteScenario *self,
                                            PuenteLang      lang,
                                            const char     *name);
const char       *puente_scenario_get_description (const PuenteScenario *self,
                                                   PuenteLang            lang);
void              puente_scenario_set_description (PuenteScenario *self,
                                                   PuenteLang      lang,
                                                   const char     *text);
/* Preset metadata: policy status as of the preset's date, and sources. */
const char       *puente_scenario_get_status (const PuenteScenario *self,
                                              PuenteLang            lang);
const char      **puente_scenario_get_sources (const PuenteScenario *self);
/* The date the status was checked (YYYY-MM-DD), or NULL. */
const char       *puente_scenario_get_date (const PuenteScenario *self);
PuenteLegalStatus puente_scenario_get_legal_status (const PuenteScenario *self);
/* The date an "in-force" rule runs until (YYYY-MM-DD), or NULL. */
const char       *puente_scenario_get_legal_status_until (const PuenteScenario *self);
/* The badge beside the scenario's name, in @lang (English or Spanish):
 * "Repealed, as of 2026-12-07", "In force until 2026-11-30, as of
 * 2026-12-07"; NULL when the scenario has no legal status. */
char             *puente_scenario_dup_badge (const PuenteScenario *self,
                                             PuenteLang            lang);
/* The one word of @status in @lang ("Repealed"), NULL for NONE. */
const char       *puente_legal_status_get_label (PuenteLegalStatus status,
                                                 PuenteLang        lang);
/* "repealed", as the file writes it; NULL for NONE. */
const char       *puente_legal_status_to_string (PuenteLegalStatus status);

gboolean          puente_scenario_is_set (const PuenteScenario *self,
                                          const char           *lever_id);
/* Validates id and range; FALSE with an error otherwise. */
gboolean          puente_scenario_set_lever (PuenteScenario *self,
                                             const char     *lever_id,
                                             double          value,
                                             GError        **error);
void              puente_scenario_unset_lever (PuenteScenario *self,
                                               const char     *lever_id);
/* Ids of the levers this scenario changes, sorted. */
GPtrArray        *puente_scenario_list_set_levers (const PuenteScenario *self);
double            puente_scenario_get_lever (const PuenteScenario *self,
                                             const char           *lever_id,
                                             const PuenteDataset  *dataset);
/* Baseline from @dataset, then this scenario's levers on top. */
void              puente_scenario_fill_values (const PuenteScenario *self,
                                               const PuenteDataset  *dataset,
                                               double               *values);

/* The base year's existing public ports from imported station files
 * (format version 2, "base_ports"): a state's level 2 and DC fast ports
 * as the files count them (open and public), the dataset's elsewhere. */
#define PUENTE_SCENARIO_MAX_PORTS 10000000

typedef struct
{
  const char *name;      /* the file's base name */
  const char *data_date; /* "YYYY-MM-DD", or NULL */
  const char *sha256;    /* of the file's bytes, hex */
} PuenteScenarioStationFile;

/* Takes @stations' open public ports as the base year's (NULL: the
 * dataset's again). */
void     puente_scenario_set_base_ports (PuenteScenario *self,
                                         PuenteStations *stations);
gboolean puente_scenario_has_base_ports (const PuenteScenario *self);
/* @region's base-year ports from the files; FALSE: the dataset's. */
gboolean puente_scenario_get_base_ports (const PuenteScenario *self,
                                         const char           *region,
                                         double               *level2,
                                         double               *dc_fast);
guint    puente_scenario_get_n_base_port_files (const PuenteScenario *self);
const PuenteScenarioStationFile *
puente_scenario_get_base_port_file (const PuenteScenario *self,
                                    guint                 index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteScenario, puente_scenario_free)

G_END_DECLS
