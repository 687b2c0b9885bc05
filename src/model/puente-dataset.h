/* puente-dataset.h: the sourced figures the engine starts from
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is documented in docs/dataset.md. A dataset is immutable once
 * loaded and reference counted, so several engines and threads may share it.
 */
#pragma once

#include "puente-types.h"

G_BEGIN_DECLS

#define PUENTE_DATASET_ERROR (puente_dataset_error_quark ())

typedef enum {
  PUENTE_DATASET_ERROR_MISSING_FILE,
  PUENTE_DATASET_ERROR_PARSE,
  PUENTE_DATASET_ERROR_FORMAT,
  PUENTE_DATASET_ERROR_MISSING_FIELD,
  PUENTE_DATASET_ERROR_INVALID_VALUE,
} PuenteDatasetError;

typedef enum {
  PUENTE_FIGURE_VERIFIED,
  PUENTE_FIGURE_SECONDARY,
  PUENTE_FIGURE_DERIVED,
  PUENTE_FIGURE_ASSUMPTION,
} PuenteFigureStatus;

struct _PuenteFigure
{
  double             value;
  double             low;  /* == value when no range is given */
  double             high; /* == value when no range is given */
  const char        *unit;
  int                year;
  PuenteFigureStatus status;
  const char        *publisher;
  const char        *title;
  const char        *url;
  const char        *note; /* may be NULL */
};

struct _PuenteState
{
  const char   *code; /* ISO 3166-2, e.g. "US-CA", "MX-NLE" */
  PuenteCountry country;
  const char   *name_en;
  const char   *name_es;
  const char   *grid_region;
  double        lat; /* of the capital */
  double        lon;
  PuenteFigure  population;
  PuenteFigure  ldv_stock;
  PuenteFigure  sales_share;
  PuenteFigure  adoption_index;
  PuenteFigure  bev_stock;
  PuenteFigure  phev_stock;
  PuenteFigure  public_l2_ports;
  PuenteFigure  public_dcfc_ports;
  PuenteFigure  used_import_share; /* value 0 for US states */
  PuenteFigure  grid_factor;       /* the grid region's 2024 factor */
};

/* Added API (engine): grid regions and whole series. */
typedef struct _PuenteGridRegion PuenteGridRegion;

struct _PuenteGridRegion
{
  const char   *id; /* "CAMX", "MX-SEN" */
  PuenteCountry country;
  const char   *name_en;
  const char   *name_es;
  PuenteFigure  factor_2024; /* kg CO2/kWh */
};

GQuark                     puente_dataset_error_quark (void);

PuenteDataset             *puente_dataset_load_default (GError **error);
PuenteDataset             *puente_dataset_load_dir (const char *dir,
                                                    GError    **error);
PuenteDataset             *puente_dataset_ref (PuenteDataset *self);
void                       puente_dataset_unref (PuenteDataset *self);

guint                      puente_dataset_get_n_states (const PuenteDataset *self);
const PuenteState         *puente_dataset_get_state (const PuenteDataset *self,
                                                     guint                index);
/* Returns the index of the state with @code, or -1. */
int                        puente_dataset_find_state (const PuenteDataset *self,
                                                      const char          *code);
/* Parameters by id ("us.ldv_sales_2024"); NULL when absent. */
const PuenteFigure        *puente_dataset_get_parameter (const PuenteDataset *self,
                                                         const char          *id);
/* Value of a parameter that the loader guaranteed to exist. */
double                     puente_dataset_get_value (const PuenteDataset *self,
                                                     const char          *id);
/* All parameter ids, sorted; free the array with g_free (not the strings). */
const char               **puente_dataset_list_parameters (const PuenteDataset *self,
                                                           guint               *n_ids);
/* A historical series point: returns FALSE when the series has no such year. */
gboolean                   puente_dataset_get_series_value (const PuenteDataset *self,
                                                            const char          *series_id,
                                                            int                  year,
                                                            double              *value);

const char                *puente_country_code (PuenteCountry country);

/* Grid regions (grid.json), in file order. */
guint                      puente_dataset_get_n_grid_regions (const PuenteDataset *self);
const PuenteGridRegion    *puente_dataset_get_grid_region (const PuenteDataset *self,
                                                           guint                index);
/* Returns the index of the region with @id, or -1. */
int                        puente_dataset_find_grid_region (const PuenteDataset *self,
                                                            const char          *id);
/* All points of a series, sorted by year (each figure's year is the point's
 * year); NULL when there is no such series. */
const PuenteFigure        *puente_dataset_get_series (const PuenteDataset *self,
                                                      const char          *series_id,
                                                      guint               *n_points);
const char                *puente_dataset_get_series_unit (const PuenteDataset *self,
                                                           const char          *series_id);
/* The files a dataset folder holds ("states.json", ...), NULL-terminated,
 * in the order they are read. */
const char *const         *puente_dataset_get_file_names (guint *n_files);
/* Where the dataset was read from: a directory, or "resource://...". */
const char                *puente_dataset_get_origin (const PuenteDataset *self);
const char                *puente_figure_status_to_string (PuenteFigureStatus status);
/* TRUE for the units listed in docs/dataset.md. */
gboolean                   puente_unit_is_known (const char *unit);

/* Ports of entry, transit cities and supply-chain sites (ports.json, transit.json, sites.json). The supply parameters of
 * supply.json join the parameters (puente_dataset_get_parameter ()). */
typedef struct _PuentePort PuentePort;
typedef struct _PuenteCity PuenteCity;
typedef struct _PuenteSite PuenteSite;

struct _PuentePort
{
  const char  *id; /* "laredo-wtb" */
  const char  *name_en;
  const char  *name_es;
  const char  *us_state; /* ISO 3166-2 of the US side */
  const char  *mx_city;
  const char  *mx_state; /* ISO 3166-2 of the Mexican side */
  double       lat;      /* US side of the crossing */
  double       lon;
  const char  *location_note;
  PuenteFigure crossings;     /* vehicles/year: northbound trucks */
  PuenteFigure drayage_share; /* share of crossings that are drayage */
};

struct _PuenteCity
{
  const char   *id; /* "mx-cdmx" */
  const char   *name_en;
  const char   *name_es;
  PuenteCountry country;
  const char   *state; /* ISO 3166-2 */
  double        lat;
  double        lon;
  const char   *location_note;
  const char   *agencies;
  PuenteFigure  bus_fleet; /* vehicles, incl. battery-electric, excl. trolleybuses */
  PuenteFigure  battery_electric;
  PuenteFigure  trolleybus;
  gboolean      has_cng_share;
  PuenteFigure  cng_share; /* share of bus_fleet; valid when has_cng_share */
  gboolean      has_target_year;
  PuenteFigure  target_year;    /* published 100 % zero-emission bus year */
  gboolean      target_binding; /* "target_kind": "rule" (binding), else "goal" */
  const char   *purchase_rule;  /* rules.json id: a rule's minimum ZE share of purchases, or NULL */
  gboolean      has_ze_purchase_share;
  PuenteFigure  ze_purchase_share; /* observed ZE share of recent bus purchases */
};

typedef enum {
  PUENTE_SITE_MINING,
  PUENTE_SITE_REFINING,
  PUENTE_SITE_CATHODE,
  PUENTE_SITE_CELLS,
  PUENTE_SITE_PACKS,
  PUENTE_SITE_VEHICLE_ASSEMBLY,
  PUENTE_SITE_RECYCLING,
  PUENTE_N_SITE_TYPES
} PuenteSiteType;

typedef enum {
  PUENTE_SITE_OPERATING,
  PUENTE_SITE_UNDER_CONSTRUCTION,
  PUENTE_SITE_ANNOUNCED,
  PUENTE_SITE_PAUSED,
  PUENTE_SITE_CANCELLED,
  PUENTE_N_SITE_STATUSES
} PuenteSiteStatus;

struct _PuenteSite
{
  const char      *id;
  const char      *company;
  const char      *name;
  PuenteSiteType   type;
  const char      *products;
  const char      *city;
  const char      *state; /* ISO 3166-2 */
  PuenteCountry    country;
  double           lat;
  double           lon;
  const char      *location_note;
  gboolean         has_capacity;
  PuenteFigure     capacity;   /* GWh/year, vehicles/year or t/year (see type) */
  int              start_year; /* 0 when not published */
  PuenteSiteStatus status;
  const char      *status_date;        /* "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
  gboolean         stationary_storage; /* cells for stationary storage, not EVs */
  const char      *publisher;          /* the site's source */
  const char      *title;
  const char      *url;
  const char      *note; /* may be NULL */
};

/* Ports (ports.json), in file order. */
guint                      puente_dataset_get_n_ports (const PuenteDataset *self);
const PuentePort          *puente_dataset_get_port (const PuenteDataset *self,
                                                    guint                index);
int                        puente_dataset_find_port (const PuenteDataset *self,
                                                     const char          *id);
/* Transit cities (transit.json), in file order. */
guint                      puente_dataset_get_n_cities (const PuenteDataset *self);
const PuenteCity          *puente_dataset_get_city (const PuenteDataset *self,
                                                    guint                index);
int                        puente_dataset_find_city (const PuenteDataset *self,
                                                     const char          *id);
/* Supply-chain sites (sites.json), in file order. */
guint                      puente_dataset_get_n_sites (const PuenteDataset *self);
const PuenteSite          *puente_dataset_get_site (const PuenteDataset *self,
                                                    guint                index);
int                        puente_dataset_find_site (const PuenteDataset *self,
                                                     const char          *id);
/* "cells", "under construction", ...: the strings of docs/dataset.md. */
const char                *puente_site_type_to_string (PuenteSiteType type);
/* The year of a site's status_date (the loader guarantees one). */
int                        puente_site_get_status_year (const PuenteSite *site);
/* TRUE when the site's status history says it produced in @year: it is
 * operating and had started by then, or it was paused or cancelled after
 * it had started and @year lies before the year of that status. */
gboolean                   puente_site_operated_in (const PuenteSite *site,
                                                    int               year);
/* The unit a site's capacity must have: "GWh/year", "vehicles/year", "t/year". */
const char                *puente_site_type_capacity_unit (PuenteSiteType type);

/* Rule tables (rules.json): the year-by-year requirement of a regulation,
 * e.g. California's Advanced Clean Cars II (share of new light-duty sales
 * that must be zero-emission, by model year). The engine follows a rule
 * as a floor on the share when a lever turns it on. */
typedef struct _PuenteRule PuenteRule;

struct _PuenteRule
{
  const char         *id;      /* "ca-acc2" */
  const char         *region;  /* "US-CA", "US", "MX" */
  const char         *segment; /* "ldv", "hdv", ... */
  const char         *name_en;
  const char         *name_es;
  const char         *status;      /* legal status, as of status_date */
  const char         *status_date; /* "2025-06-12" */
  guint               n_points;
  const PuenteFigure *points; /* requirement (share) by model year, sorted */
};

guint                             puente_dataset_get_n_rules (const PuenteDataset *self);
const PuenteRule                 *puente_dataset_get_rule_by_index (const PuenteDataset *self,
                                                                    guint                index);
/* The rule with @id, or NULL. */
const PuenteRule                 *puente_dataset_get_rule (const PuenteDataset *self,
                                                           const char          *id);
/* The requirement in @year: the table's value in its years, linear between
 * them, the last value after the last year (a standard holds once fully
 * phased in), NAN before the first year (the rule does not bind yet). */
double                            puente_rule_value (const PuenteRule *rule,
                                                     int               year);

/* Observed figures for the validation table (observed.json): what an
 * indicator of the results was in a region and year, with the relative
 * tolerance the model must meet (see puente-validation.h). */
typedef struct _PuenteObservation PuenteObservation;

struct _PuenteObservation
{
  const char  *indicator; /* results indicator id, "ldv.zev_share_sales" */
  const char  *region;    /* "US", "MX", "NA", a state, port or city id */
  int          year;
  double       tolerance; /* relative, e.g. 0.10 */
  PuenteFigure figure;    /* value, unit, source, status, note */
};

guint                    puente_dataset_get_n_observations (const PuenteDataset *self);
const PuenteObservation *puente_dataset_get_observation (const PuenteDataset *self,
                                                         guint                index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteDataset, puente_dataset_unref)

G_END_DECLS
