/* puente-place-index.c: finding a state, port, city or site by its name
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every place keeps the texts it answers to (names in both languages,
 * codes, abbreviations, twin cities, companies), normalised once: lower
 * case, accents and punctuation dropped, words separated by one space; and
 * compact (no spaces) for codes, so "N.L." and "NL" are the same. A search
 * normalises the query the same way and scores every text; there are a few
 * hundred places, so a linear scan answers in microseconds.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "puente-i18n.h"
#include "puente-place-index.h"

/* How Mexican states are abbreviated: INEGI's abbreviated names
 * ("nom_abrev") in its Marco Geoestadístico catalogue of states (Catálogo
 * Único de Claves de Áreas Geoestadísticas Estatales, Municipales y
 * Localidades, https://www.inegi.org.mx/app/ageeml/; web service
 * https://gaia.inegi.org.mx/wscatgeo/mgee/). US states: the USPS two-letter
 * codes (USPS Publication 28, Appendix B), which ISO 3166-2:US also uses. */
static const struct
{
  const char *code;
  const char *abbreviation;
} mx_abbreviations[] = {
  { "MX-AGU", "Ags." },
  { "MX-BCN", "BC" },
  { "MX-BCS", "BCS" },
  { "MX-CAM", "Camp." },
  { "MX-COA", "Coah." },
  { "MX-COL", "Col." },
  { "MX-CHP", "Chis." },
  { "MX-CHH", "Chih." },
  { "MX-CMX", "CDMX" },
  { "MX-DUR", "Dgo." },
  { "MX-GUA", "Gto." },
  { "MX-GRO", "Gro." },
  { "MX-HID", "Hgo." },
  { "MX-JAL", "Jal." },
  { "MX-MEX", "Mex." },
  { "MX-MIC", "Mich." },
  { "MX-MOR", "Mor." },
  { "MX-NAY", "Nay." },
  { "MX-NLE", "NL" },
  { "MX-OAX", "Oax." },
  { "MX-PUE", "Pue." },
  { "MX-QUE", "Qro." },
  { "MX-ROO", "Q. Roo" },
  { "MX-SLP", "SLP" },
  { "MX-SIN", "Sin." },
  { "MX-SON", "Son." },
  { "MX-TAB", "Tab." },
  { "MX-TAM", "Tamps." },
  { "MX-TLA", "Tlax." },
  { "MX-VER", "Ver." },
  { "MX-YUC", "Yuc." },
  { "MX-ZAC", "Zac." },
};

/* Other names people type for a state. */
static const struct
{
  const char *code;
  const char *text;
} aliases[] = {
  { "MX-NLE", "N.L." },
  { "MX-CMX", "DF" },
  { "MX-CMX", "Distrito Federal" },
  { "MX-CMX", "CDMX" },
  { "MX-MEX", "Edomex" },
  { "MX-MEX", "Edo. Mex." },
  { "MX-BCN", "B.C." },
  { "MX-BCS", "B.C.S." },
  { "MX-SLP", "S.L.P." },
  { "MX-ROO", "Q.R." },
  { "MX-COA", "Coahuila de Zaragoza" },
  { "MX-MIC", "Michoacán de Ocampo" },
  { "MX-VER", "Veracruz de Ignacio de la Llave" },
  { "US-DC", "Washington DC" },
  { "US-DC", "Washington D.C." },
};

typedef struct
{
  char    *text;    /* normalised, words separated by one space */
  char    *compact; /* without the spaces */
  gboolean code;    /* a code or abbreviation: matched whole only */
  int      lang;    /* the name in English (0) or Spanish (1), or -1 */
} Term;

typedef struct
{
  PuentePlaceKind kind;
  char           *id;
  char           *name[2]; /* en, es */
  char           *context[2];
  double          latitude, longitude;
  double          west, south, east, north;
  GArray         *terms; /* of Term */
} Place;

struct _PuentePlaceIndex
{
  gatomicrefcount ref_count;
  GArray         *places; /* of Place */
};

static void
term_clear (gpointer data)
{
  Term *term = data;

  g_free (term->text);
  g_free (term->compact);
}

static void
place_clear (gpointer data)
{
  Place *place = data;

  g_free (place->id);
  for (guint l = 0; l < 2; l++)
    {
      g_free (place->name[l]);
      g_free (place->context[l]);
    }
  g_clear_pointer (&place->terms, g_array_unref);
}

static char *
compact (const char *normalised)
{
  GString *out = g_string_new (NULL);

  for (const char *p = normalised; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static void
add_term_in (Place      *place,
             const char *text,
             gboolean    code,
             int         lang)
{
  Term term;

  if (text == NULL || *text == '\0')
    return;
  term.text = puente_lang_fold (text);
  if (*term.text == '\0')
    {
      g_free (term.text);
      return;
    }
  term.compact = compact (term.text);
  term.code = code;
  term.lang = lang;
  g_array_append_val (place->terms, term);
}

static void
add_term (Place      *place,
          const char *text,
          gboolean    code)
{
  add_term_in (place, text, code, -1);
}

static Place *
add_place (PuentePlaceIndex *self,
           PuentePlaceKind   kind,
           const char       *id,
           const char       *name_en,
           const char       *name_es)
{
  Place place = { kind, g_strdup (id), { g_strdup (name_en), g_strdup (name_es != NULL ? name_es : name_en) } };

  place.terms = g_array_new (FALSE, FALSE, sizeof (Term));
  g_array_set_clear_func (place.terms, term_clear);
  add_term_in (&place, name_en, FALSE, 0);
  add_term_in (&place, name_es != NULL ? name_es : name_en, FALSE, 1);
  g_array_append_val (self->places, place);
  return &g_array_index (self->places, Place, self->places->len - 1);
}

static void
set_point (Place *place,
           double latitude,
           double longitude)
{
  place->latitude = place->south = place->north = latitude;
  place->longitude = place->west = place->east = longitude;
}

static void
set_context (Place      *place,
             const char *en,
             const char *es)
{
  place->context[0] = g_strdup (en != NULL ? en : "");
  place->context[1] = g_strdup (es != NULL ? es : place->context[0]);
}

const char *
puente_state_get_abbreviation (const char *code,
                               PuenteLang  lang)
{
  g_return_val_if_fail (code != NULL, NULL);

  if (g_str_has_prefix (code, "US-") && strlen (code) == 5)
    return code + 3;
  for (guint i = 0; i < G_N_ELEMENTS (mx_abbreviations); i++)
    if (g_str_equal (mx_abbreviations[i].code, code))
      return mx_abbreviations[i].abbreviation;
  return NULL;
}

static const char *
state_name (PuenteDataset *dataset,
            const char    *code,
            guint          lang)
{
  int                index = code != NULL ? puente_dataset_find_state (dataset, code) : -1;
  const PuenteState *state;

  if (index < 0)
    return NULL;
  state = puente_dataset_get_state (dataset, (guint) index);
  return lang == 1 ? state->name_es : state->name_en;
}

/* "City, State", after "Other state · " when @first_state is given. */
static char *
city_and_state (PuenteDataset *dataset,
                const char    *first_state,
                const char    *city,
                const char    *state,
                guint          lang)
{
  GString    *text = g_string_new (NULL);
  const char *name = state_name (dataset, state, lang);

  if (first_state != NULL && state_name (dataset, first_state, lang) != NULL)
    g_string_append_printf (text, "%s · ", state_name (dataset, first_state, lang));
  if (city != NULL)
    g_string_append (text, city);
  if (city != NULL && name != NULL)
    g_string_append (text, ", ");
  if (name != NULL)
    g_string_append (text, name);
  return g_string_free (text, FALSE);
}

static void
add_states (PuentePlaceIndex         *self,
            PuenteDataset            *dataset,
            const PuenteStateLocator *locator)
{
  for (guint s = 0; s < puente_dataset_get_n_states (dataset); s++)
    {
      const PuenteState *state = puente_dataset_get_state (dataset, s);
      Place             *place = add_place (self, PUENTE_PLACE_STATE, state->code, state->name_en, state->name_es);
      gboolean           mexican = state->country == PUENTE_COUNTRY_MX;
      const char        *abbreviation = puente_state_get_abbreviation (state->code, PUENTE_LANG_EN);

      add_term (place, state->code, TRUE);
      add_term (place, state->code + 3, TRUE);
      if (abbreviation != NULL)
        add_term (place, abbreviation, TRUE);
      for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
        if (g_str_equal (aliases[i].code, state->code))
          add_term (place, aliases[i].text, strlen (aliases[i].text) <= 8);
      set_context (place, puente_gettext (PUENTE_LANG_EN, mexican ? "Mexico" : "United States"),
                   puente_gettext (PUENTE_LANG_ES, mexican ? "Mexico" : "United States"));

      set_point (place, state->lat, state->lon);
      puente_state_locator_get_extent (locator, state->code, &place->latitude, &place->longitude,
                                       &place->west, &place->south, &place->east, &place->north);
    }
}

static void
add_points (PuentePlaceIndex *self,
            PuenteDataset    *dataset)
{
  for (guint i = 0; i < puente_dataset_get_n_ports (dataset); i++)
    {
      const PuentePort *port = puente_dataset_get_port (dataset, i);
      Place            *place = add_place (self, PUENTE_PLACE_PORT, port->id, port->name_en, port->name_es);
      g_autofree char  *en = NULL;
      g_autofree char  *es = NULL;

      add_term (place, port->mx_city, FALSE);
      set_point (place, port->lat, port->lon);
      /* "Texas · Nuevo Laredo, Tamaulipas" */
      en = city_and_state (dataset, port->us_state, port->mx_city, port->mx_state, 0);
      es = city_and_state (dataset, port->us_state, port->mx_city, port->mx_state, 1);
      set_context (place, en, es);
    }
  for (guint i = 0; i < puente_dataset_get_n_cities (dataset); i++)
    {
      const PuenteCity *city = puente_dataset_get_city (dataset, i);
      Place            *place = add_place (self, PUENTE_PLACE_CITY, city->id, city->name_en, city->name_es);

      set_point (place, city->lat, city->lon);
      set_context (place, state_name (dataset, city->state, 0), state_name (dataset, city->state, 1));
    }
  for (guint i = 0; i < puente_dataset_get_n_sites (dataset); i++)
    {
      const PuenteSite *site = puente_dataset_get_site (dataset, i);
      Place            *place = add_place (self, PUENTE_PLACE_SITE, site->id, site->name, site->name);
      g_autofree char  *en = NULL;
      g_autofree char  *es = NULL;

      add_term (place, site->company, FALSE);
      add_term (place, site->city, FALSE);
      set_point (place, site->lat, site->lon);
      en = city_and_state (dataset, NULL, site->city, site->state, 0);
      es = city_and_state (dataset, NULL, site->city, site->state, 1);
      set_context (place, en, es);
    }
}

PuentePlaceIndex *
puente_place_index_new (PuenteDataset            *dataset,
                        const PuenteStateLocator *locator,
                        GError                  **error)
{
  g_autoptr(PuenteStateLocator) own = NULL;
  PuentePlaceIndex *self;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (locator == NULL)
    {
      own = puente_state_locator_dup_default (error);
      if (own == NULL)
        return NULL;
      locator = own;
    }

  self = g_new0 (PuentePlaceIndex, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->places = g_array_new (FALSE, FALSE, sizeof (Place));
  g_array_set_clear_func (self->places, place_clear);
  add_states (self, dataset, locator);
  add_points (self, dataset);
  return self;
}

PuentePlaceIndex *
puente_place_index_ref (PuentePlaceIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
puente_place_index_unref (PuentePlaceIndex *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_array_unref (self->places);
  g_free (self);
}

/* ---- searching ---------------------------------------------------------- */

/* Whether @query starts a word of @text (after the first). */
static gboolean
starts_a_word (const char *text,
               const char *query)
{
  gsize len = strlen (query);

  for (const char *p = strchr (text, ' '); p != NULL; p = strchr (p + 1, ' '))
    if (strncmp (p + 1, query, len) == 0)
      return TRUE;
  return FALSE;
}

static double
score_term (const Term *term,
            const char *query,
            const char *query_compact)
{
  gsize query_len = strlen (query_compact);

  if (g_str_equal (term->compact, query_compact))
    return term->code ? 95 : 100;
  if (term->code)
    return 0;
  if (query_len < 2)
    return 0;
  if (g_str_has_prefix (term->text, query))
    return 80;
  if (starts_a_word (term->text, query))
    return 60;
  if (query_len >= 3 && strstr (term->text, query) != NULL)
    return 40;
  return 0;
}

static void
fill_match (const Place      *place,
            PuenteLang        lang,
            double            score,
            PuentePlaceMatch *match)
{
  guint l = lang == PUENTE_LANG_ES ? 1 : 0;

  *match = (PuentePlaceMatch){
    place->kind,
    place->id,
    place->name[l],
    place->context[l],
    place->latitude,
    place->longitude,
    place->west,
    place->south,
    place->east,
    place->north,
    score,
  };
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const PuentePlaceMatch *ma = a, *mb = b;
  int                     c;

  if (ma->score != mb->score)
    return ma->score > mb->score ? -1 : 1;
  /* States, then cities, ports and sites. */
  if (ma->kind != mb->kind)
    {
      static const int order[] = { [PUENTE_PLACE_STATE] = 0, [PUENTE_PLACE_CITY] = 1, [PUENTE_PLACE_PORT] = 2, [PUENTE_PLACE_SITE] = 3 };

      return order[ma->kind] - order[mb->kind];
    }
  c = (int) g_utf8_strlen (ma->name, -1) - (int) g_utf8_strlen (mb->name, -1);
  if (c != 0)
    return c;
  return g_utf8_collate (ma->name, mb->name);
}

GArray *
puente_place_index_search (PuentePlaceIndex *self,
                           const char       *query,
                           PuenteLang        lang,
                           guint             max_results)
{
  GArray          *matches;
  g_autofree char *key = NULL;
  g_autofree char *key_compact = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  matches = g_array_new (FALSE, FALSE, sizeof (PuentePlaceMatch));
  if (query == NULL)
    return matches;
  key = puente_lang_fold (query);
  key_compact = compact (key);
  if (*key_compact == '\0')
    return matches;

  for (guint i = 0; i < self->places->len; i++)
    {
      const Place *place = &g_array_index (self->places, Place, i);
      double       best = 0;

      for (guint t = 0; t < place->terms->len; t++)
        {
          const Term *term = &g_array_index (place->terms, Term, t);
          double      score = score_term (term, key, key_compact);

          /* "nuevo" in English: Nuevo León before Nuevo México. */
          if (score > 0 && term->lang == (lang == PUENTE_LANG_ES ? 1 : 0))
            score += 1;
          best = MAX (best, score);
        }
      if (best > 0)
        {
          PuentePlaceMatch match;

          fill_match (place, lang, best, &match);
          g_array_append_val (matches, match);
        }
    }
  g_array_sort (matches, compare_matches);
  if (max_results > 0 && matches->len > max_results)
    g_array_set_size (matches, max_results);
  return matches;
}

gboolean
puente_place_index_lookup (PuentePlaceIndex *self,
                           const char       *id,
                           PuenteLang        lang,
                           PuentePlaceMatch *match)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (match != NULL, FALSE);

  for (guint i = 0; id != NULL && i < self->places->len; i++)
    {
      const Place *place = &g_array_index (self->places, Place, i);

      if (g_str_equal (place->id, id))
        {
          fill_match (place, lang, 0, match);
          return TRUE;
        }
    }
  return FALSE;
}

const char *
puente_place_kind_get_label (PuentePlaceKind kind,
                             PuenteLang      lang)
{
  switch (kind)
    {
    case PUENTE_PLACE_STATE:
      return puente_gettext (lang, N_ ("State"));
    case PUENTE_PLACE_PORT:
      return puente_gettext (lang, N_ ("Port of entry"));
    case PUENTE_PLACE_CITY:
      return puente_gettext (lang, N_ ("Transit city"));
    case PUENTE_PLACE_SITE:
      return puente_gettext (lang, N_ ("Supply-chain site"));
    default:
      g_return_val_if_reached (NULL);
    }
}
