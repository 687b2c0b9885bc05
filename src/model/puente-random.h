/* puente-random.h: a small deterministic random number generator
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * xoshiro256** (Blackman and Vigna, 2018) seeded through splitmix64, so
 * that any 64-bit seed gives a well-mixed state. No global state: every
 * user keeps its own PuenteRandom, seeded explicitly, and the same seed
 * gives the same numbers on every platform.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint64 s[4];
} PuenteRandom;

static inline guint64
puente_random_splitmix64 (guint64 *x)
{
  guint64 z = (*x += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

/* Seeds @self from @seed and a stream number (e.g. the run index), so
 * that each run of an ensemble has its own, reproducible stream. */
static inline void
puente_random_seed (PuenteRandom *self,
                    guint64       seed,
                    guint64       stream)
{
  guint64 x = seed ^ (stream * G_GUINT64_CONSTANT (0xd1b54a32d192ed03));

  for (int i = 0; i < 4; i++)
    self->s[i] = puente_random_splitmix64 (&x);
}

static inline guint64
puente_random_rotl (guint64 x,
                    int     k)
{
  return (x << k) | (x >> (64 - k));
}

static inline guint64
puente_random_next (PuenteRandom *self)
{
  guint64 *s = self->s;
  guint64  result = puente_random_rotl (s[1] * 5, 7) * 9;
  guint64  t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = puente_random_rotl (s[3], 45);
  return result;
}

/* Uniform in [0, 1), 53 bits. */
static inline double
puente_random_double (PuenteRandom *self)
{
  return (double) (puente_random_next (self) >> 11) * (1.0 / 9007199254740992.0);
}

G_END_DECLS
