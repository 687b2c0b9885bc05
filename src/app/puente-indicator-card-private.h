/* puente-indicator-card-private.h: what tests look at inside an indicator card
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "puente-indicator-card.h"

G_BEGIN_DECLS

/* The texts shown, for tests: value of A, of B and of B − A (NULL when
 * there is no comparison). */
const char *puente_indicator_card_get_value_text (PuenteIndicatorCard *self);
const char *puente_indicator_card_get_b_text (PuenteIndicatorCard *self);
const char *puente_indicator_card_get_delta_text (PuenteIndicatorCard *self);
/* The observed figure beside the model's, or NULL when none is shown. */
const char *puente_indicator_card_get_observed_text (PuenteIndicatorCard *self);
/* The accessible description: B, B − A, the trend, the observed figure. */
const char *puente_indicator_card_get_description (PuenteIndicatorCard *self);

G_END_DECLS
