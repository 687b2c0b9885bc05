/* puente-engine-uncertain.c: the engine's uncertain inputs, for ensembles
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When an engine is made, every constant it reads from the dataset that
 * carries a range ("low"/"high") is registered as an uncertain input: a
 * slot that points at the engine's own copy of the value. An ensemble
 * sets the slots from sampled quantiles before each run.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "puente-engine-private.h"

void
puente_engine_add_slot (PuenteEngine       *self,
                        GPtrArray          *slots,
                        const char         *id,
                        const PuenteFigure *fig,
                        double             *slot)
{
  UncertainSlot *u;

  if (fig == NULL || !(fig->low < fig->high))
    return;
  u = g_new0 (UncertainSlot, 1);
  u->id = id;
  u->slot = slot;
  u->value = fig->value;
  u->low = fig->low;
  u->high = fig->high;
  g_ptr_array_add (slots, u);
}

/* Reads parameter @id into @field and registers it when uncertain. The
 * ids are interned by the dataset, so the slot keeps a stable pointer. */
double
puente_engine_read_param (PuenteEngine *self,
                          GPtrArray    *slots,
                          double       *field,
                          const char   *format,
                          ...)
{
  g_autofree char    *id = NULL;
  const PuenteFigure *fig;
  va_list             args;
  guint               n;
  const char        **ids;

  va_start (args, format);
  id = g_strdup_vprintf (format, args);
  va_end (args);

  fig = puente_dataset_get_parameter (self->dataset, id);
  g_return_val_if_fail (fig != NULL, 0);
  *field = fig->value;

  /* Find the dataset's own copy of the id string. */
  ids = puente_dataset_list_parameters (self->dataset, &n);
  for (guint i = 0; i < n; i++)
    if (strcmp (ids[i], id) == 0)
      {
        puente_engine_add_slot (self, slots, ids[i], fig, field);
        break;
      }
  g_free (ids);
  return *field;
}

void
puente_engine_take_slots (PuenteEngine *self,
                          GPtrArray    *slots)
{
  self->n_slots = slots->len;
  self->slots = g_new0 (UncertainSlot, MAX (slots->len, 1));
  for (guint i = 0; i < slots->len; i++)
    {
      self->slots[i] = *(UncertainSlot *) slots->pdata[i];
      g_free (slots->pdata[i]);
    }
}

guint
puente_engine_get_n_uncertain (PuenteEngine *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_slots;
}

/* Two-piece triangular distribution on [low, high] whose median is the
 * dataset value: half the mass on [low, value] with a density rising to
 * the value, half on [value, high] with a density falling from it. The
 * dataset value is the central estimate, so a sampled input is as likely
 * below it as above it even when the range is lopsided (some figures are
 * at one end of their range). Inverse CDF of the quantile @q in [0, 1). */
double
puente_triangular (double low,
                   double mode,
                   double high,
                   double q)
{
  if (!(high > low))
    return mode;
  if (q < 0.5)
    return low + (mode - low) * sqrt (2.0 * q);
  return high - (high - mode) * sqrt (2.0 * (1.0 - q));
}

void
puente_engine_set_sample (PuenteEngine *self,
                          const double *quantiles)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->n_slots; i++)
    {
      UncertainSlot *u = &self->slots[i];

      *u->slot = quantiles != NULL
        ? puente_triangular (u->low, u->value, u->high, quantiles[i])
        : u->value;
    }

  /* The base-year vintage follows the base-year parameters. */
  for (int c = 0; c < PUENTE_N_COUNTRIES; c++)
    {
      CountryConst *cc = &self->countries[c];

      cc->hist_zev_share[0] = cc->zev_share_2024;
      cc->hist_bev_of_zev[0] = cc->bev_share_of_zev_2024;
    }
  /* A city cannot have more e-buses than buses. */
  for (guint i = 0; i < self->n_cities; i++)
    self->cities[i].ebus = MIN (self->cities[i].ebus, self->cities[i].bus_fleet);
}
