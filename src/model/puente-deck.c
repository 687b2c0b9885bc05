/* puente-deck.c: a facilitator's deck of slides, and its file format
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading follows the scenario reader's rules (puente-scenario.c): format
 * and version first, no unknown key at any level, every value checked for
 * type and range, text quoted back cut short; the embedded scenarios go
 * through puente_scenario_load_data () with "FILE: slide N, scenario A" as
 * where, so their messages name the slide too. Writing builds the tree
 * with json-glib (the scenarios as their own serialisation reads back) and
 * hands the text to puente_file_write ().
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "puente-deck.h"
#include "puente-file.h"
#include "puente-json.h"

#define DECK_FORMAT "puente-deck"
#define DECK_VERSION 1
#define QUOTE_CHARS 60

struct _PuenteDeck
{
  char      *title[2];
  GPtrArray *slides; /* PuenteSlide */
};

static const char *const deck_keys[] = { "format", "version", "title", "slides", NULL };
static const char *const slide_keys[] = { "title", "notes", "year", "a", "b", "view", NULL };
static const char *const views[] = { "overview", "map", "charts", "supply", NULL };
static const char *const modes[] = { "single", "split", "difference", NULL };
static const char *const folds[] = { "auto", "collapsed", "expanded", NULL };
static const char *const default_layers[] = { "states", "charging", "ports", "transit", NULL };

G_DEFINE_QUARK (puente - deck - error - quark, puente_deck_error)

/* ------------------------------------------------------------------------ */
/* Views and slides                                                         */

void
puente_slide_view_init (PuenteSlideView *view)
{
  memset (view, 0, sizeof *view);
  view->view = g_strdup ("overview");
  view->map_metric = g_strdup ("zev-share");
  view->map_layers = g_strdupv ((char **) default_layers);
  view->map_mode = g_strdup ("single");
  view->map_legend = TRUE;
  view->map_legend_fold = g_strdup ("auto");
  view->map_fitted = TRUE;
  view->supply_mode = g_strdup ("split");
}

void
puente_slide_view_clear (PuenteSlideView *view)
{
  g_clear_pointer (&view->view, g_free);
  g_clear_pointer (&view->chart_id, g_free);
  g_clear_pointer (&view->chart_region, g_free);
  g_clear_pointer (&view->map_metric, g_free);
  g_clear_pointer (&view->map_layers, g_strfreev);
  g_clear_pointer (&view->map_mode, g_free);
  g_clear_pointer (&view->map_legend_fold, g_free);
  g_clear_pointer (&view->selection, g_free);
  g_clear_pointer (&view->supply_node, g_free);
  g_clear_pointer (&view->supply_mode, g_free);
}

void
puente_slide_view_copy (PuenteSlideView       *dest,
                        const PuenteSlideView *src)
{
  *dest = *src;
  dest->view = g_strdup (src->view);
  dest->chart_id = g_strdup (src->chart_id);
  dest->chart_region = g_strdup (src->chart_region);
  dest->map_metric = g_strdup (src->map_metric);
  dest->map_layers = g_strdupv (src->map_layers);
  dest->map_mode = g_strdup (src->map_mode);
  dest->map_legend_fold = g_strdup (src->map_legend_fold);
  dest->selection = g_strdup (src->selection);
  dest->supply_node = g_strdup (src->supply_node);
  dest->supply_mode = g_strdup (src->supply_mode);
}

static gboolean
strv_equal0 (char **a,
             char **b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal ((const char *const *) a, (const char *const *) b);
}

gboolean
puente_slide_view_equal (const PuenteSlideView *a,
                         const PuenteSlideView *b)
{
  return g_strcmp0 (a->view, b->view) == 0 &&
    g_strcmp0 (a->chart_id, b->chart_id) == 0 &&
    g_strcmp0 (a->chart_region, b->chart_region) == 0 &&
    a->chart_difference == b->chart_difference &&
    a->chart_uncertainty == b->chart_uncertainty &&
    g_strcmp0 (a->map_metric, b->map_metric) == 0 &&
    strv_equal0 (a->map_layers, b->map_layers) &&
    g_strcmp0 (a->map_mode, b->map_mode) == 0 &&
    a->map_legend == b->map_legend &&
    g_strcmp0 (a->map_legend_fold, b->map_legend_fold) == 0 &&
    a->map_fitted == b->map_fitted &&
    a->map_latitude == b->map_latitude &&
    a->map_longitude == b->map_longitude &&
    a->map_zoom == b->map_zoom &&
    g_strcmp0 (a->selection, b->selection) == 0 &&
    g_strcmp0 (a->supply_node, b->supply_node) == 0 &&
    g_strcmp0 (a->supply_mode, b->supply_mode) == 0;
}

PuenteSlide *
puente_slide_new (const PuenteScenario *a,
                  const PuenteScenario *b,
                  int                   year)
{
  PuenteSlide *slide = g_new0 (PuenteSlide, 1);

  g_return_val_if_fail (a != NULL, NULL);

  slide->a = puente_scenario_copy (a);
  slide->b = b != NULL ? puente_scenario_copy (b) : NULL;
  slide->year = year;
  puente_slide_view_init (&slide->view);
  return slide;
}

PuenteSlide *
puente_slide_copy (const PuenteSlide *slide)
{
  PuenteSlide *copy = puente_slide_new (slide->a, slide->b, slide->year);

  for (guint l = 0; l < 2; l++)
    {
      copy->title[l] = g_strdup (slide->title[l]);
      copy->notes[l] = g_strdup (slide->notes[l]);
    }
  puente_slide_view_clear (&copy->view);
  puente_slide_view_copy (&copy->view, &slide->view);
  return copy;
}

void
puente_slide_free (PuenteSlide *slide)
{
  if (slide == NULL)
    return;
  for (guint l = 0; l < 2; l++)
    {
      g_free (slide->title[l]);
      g_free (slide->notes[l]);
    }
  g_clear_pointer (&slide->a, puente_scenario_free);
  g_clear_pointer (&slide->b, puente_scenario_free);
  puente_slide_view_clear (&slide->view);
  g_free (slide);
}

gboolean
puente_deck_scenario_equal (const PuenteScenario *a,
                            const PuenteScenario *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  x = puente_scenario_to_data (a, NULL);
  y = puente_scenario_to_data (b, NULL);
  return strcmp (x, y) == 0;
}

gboolean
puente_slide_equal (const PuenteSlide *a,
                    const PuenteSlide *b)
{
  for (guint l = 0; l < 2; l++)
    if (g_strcmp0 (a->title[l], b->title[l]) != 0 || g_strcmp0 (a->notes[l], b->notes[l]) != 0)
      return FALSE;
  return a->year == b->year &&
    puente_deck_scenario_equal (a->a, b->a) &&
    puente_deck_scenario_equal (a->b, b->b) &&
    puente_slide_view_equal (&a->view, &b->view);
}

static const char *
pick (char *const *texts,
      PuenteLang   lang)
{
  guint l = lang == PUENTE_LANG_ES ? PUENTE_LANG_ES : PUENTE_LANG_EN;

  if (texts[l] != NULL && *texts[l] != '\0')
    return texts[l];
  if (texts[1 - l] != NULL)
    return texts[1 - l];
  return "";
}

static void
put (char      **texts,
     PuenteLang  lang,
     const char *text)
{
  guint l = lang == PUENTE_LANG_ES ? PUENTE_LANG_ES : PUENTE_LANG_EN;

  g_free (texts[l]);
  texts[l] = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

const char *
puente_slide_get_title (const PuenteSlide *slide,
                        PuenteLang         lang)
{
  return pick (slide->title, lang);
}

const char *
puente_slide_get_notes (const PuenteSlide *slide,
                        PuenteLang         lang)
{
  return pick (slide->notes, lang);
}

void
puente_slide_set_title (PuenteSlide *slide,
                        PuenteLang   lang,
                        const char  *title)
{
  put (slide->title, lang, title);
}

void
puente_slide_set_notes (PuenteSlide *slide,
                        PuenteLang   lang,
                        const char  *notes)
{
  put (slide->notes, lang, notes);
}

/* ------------------------------------------------------------------------ */
/* Decks                                                                    */

PuenteDeck *
puente_deck_new (void)
{
  PuenteDeck *deck = g_new0 (PuenteDeck, 1);

  deck->slides = g_ptr_array_new_with_free_func ((GDestroyNotify) puente_slide_free);
  return deck;
}

PuenteDeck *
puente_deck_copy (const PuenteDeck *deck)
{
  PuenteDeck *copy = puente_deck_new ();

  for (guint l = 0; l < 2; l++)
    copy->title[l] = g_strdup (deck->title[l]);
  for (guint i = 0; i < deck->slides->len; i++)
    g_ptr_array_add (copy->slides, puente_slide_copy (g_ptr_array_index (deck->slides, i)));
  return copy;
}

void
puente_deck_free (PuenteDeck *deck)
{
  if (deck == NULL)
    return;
  g_free (deck->title[0]);
  g_free (deck->title[1]);
  g_ptr_array_unref (deck->slides);
  g_free (deck);
}

gboolean
puente_deck_equal (const PuenteDeck *a,
                   const PuenteDeck *b)
{
  if (g_strcmp0 (a->title[0], b->title[0]) != 0 || g_strcmp0 (a->title[1], b->title[1]) != 0 ||
      a->slides->len != b->slides->len)
    return FALSE;
  for (guint i = 0; i < a->slides->len; i++)
    if (!puente_slide_equal (g_ptr_array_index (a->slides, i), g_ptr_array_index (b->slides, i)))
      return FALSE;
  return TRUE;
}

const char *
puente_deck_get_title (const PuenteDeck *deck,
                       PuenteLang        lang)
{
  return pick (deck->title, lang);
}

void
puente_deck_set_title (PuenteDeck *deck,
                       PuenteLang  lang,
                       const char *title)
{
  put (deck->title, lang, title);
}

guint
puente_deck_get_n_slides (const PuenteDeck *deck)
{
  return deck->slides->len;
}

PuenteSlide *
puente_deck_get_slide (const PuenteDeck *deck,
                       guint             index)
{
  g_return_val_if_fail (index < deck->slides->len, NULL);
  return g_ptr_array_index (deck->slides, index);
}

void
puente_deck_insert (PuenteDeck  *deck,
                    int          index,
                    PuenteSlide *slide)
{
  if (index < 0 || (guint) index > deck->slides->len)
    index = (int) deck->slides->len;
  g_ptr_array_insert (deck->slides, index, slide);
}

void
puente_deck_replace (PuenteDeck  *deck,
                     guint        index,
                     PuenteSlide *slide)
{
  g_return_if_fail (index < deck->slides->len);
  puente_slide_free (g_ptr_array_index (deck->slides, index));
  g_ptr_array_index (deck->slides, index) = slide;
}

void
puente_deck_remove (PuenteDeck *deck,
                    guint       index)
{
  g_return_if_fail (index < deck->slides->len);
  g_ptr_array_remove_index (deck->slides, index);
}

void
puente_deck_move (PuenteDeck *deck,
                  guint       from,
                  guint       to)
{
  PuenteSlide *slide;

  g_return_if_fail (from < deck->slides->len && to < deck->slides->len);
  slide = g_ptr_array_steal_index (deck->slides, from);
  g_ptr_array_insert (deck->slides, to, slide);
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                  */

G_GNUC_PRINTF (4, 5)
static void
fail (GError        **error,
      PuenteDeckError code,
      const char     *where,
      const char     *format,
      ...)
{
  g_autofree char *detail = NULL;
  va_list          args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, PUENTE_DECK_ERROR, code, "%s: %s", where, detail);
}

/* What a JSON value is, for "must be ..., not %s". */
static char *
what_is (JsonNode *node)
{
  g_autofree char *text = NULL;

  if (JSON_NODE_HOLDS_OBJECT (node))
    return g_strdup (_ ("an object"));
  if (JSON_NODE_HOLDS_ARRAY (node))
    return g_strdup (_ ("a list"));
  if (JSON_NODE_HOLDS_NULL (node))
    return g_strdup (_ ("null"));
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      text = puente_text_abbreviate (json_node_get_string (node), QUOTE_CHARS);
      return g_strdup_printf (_ ("the text “%s”"), text);
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    case G_TYPE_INT64:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      return g_strdup_printf (_ ("the number %s"), text);
    case G_TYPE_DOUBLE:
      text = g_strdup_printf ("%g", json_node_get_double (node));
      return g_strdup_printf (_ ("the number %s"), text);
    default:
      return g_strdup (_ ("a value of another type"));
    }
}

static gboolean
check_keys (JsonObject        *object,
            const char *const *known,
            const char        *what,
            const char        *where,
            GError           **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        g_autofree char *allowed = g_strjoinv (", ", (char **) known);
        g_autofree char *shown = puente_text_abbreviate (l->data, QUOTE_CHARS);

        /* Translators: the second %s is where in a deck file ("a slide",
         * "a slide's view"), the third a list of keys */
        fail (error, PUENTE_DECK_ERROR_FORMAT, where,
              _ ("unknown key “%s” in %s; it may have only these keys: %s"), shown, what, allowed);
        return FALSE;
      }
  return TRUE;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* A lone "\\ud800" escape reads as text that is not UTF-8. */
static gboolean
check_unicode (JsonNode   *node,
               const char *key,
               const char *where,
               GError    **error)
{
  if (g_utf8_validate (json_node_get_string (node), -1, NULL))
    return TRUE;
  fail (error, PUENTE_DECK_ERROR_INVALID, where,
        _ ("“%s” holds characters that are not valid Unicode (an escape such as \\ud800 on its own); remove them"),
        key);
  return FALSE;
}

static gboolean
read_texts (JsonNode   *node,
            const char *key,
            const char *where,
            char      **texts,
            GError    **error)
{
  static const char *const langs[] = { "en", "es", NULL };
  JsonObject              *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, PUENTE_DECK_ERROR_INVALID, where,
            _ ("“%s” must be an object with English and Spanish texts, like {\"en\": \"…\", \"es\": \"…\"}"), key);
      return FALSE;
    }
  object = json_node_get_object (node);
  if (!check_keys (object, langs, key, where, error))
    return FALSE;
  for (guint l = 0; l < 2; l++)
    {
      JsonNode *value = json_object_get_member (object, langs[l]);

      if (value == NULL)
        continue;
      if (!is_string (value))
        {
          g_autofree char *what = what_is (value);

          fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“%s.%s” must be a text in quotes, not %s"), key,
                langs[l], what);
          return FALSE;
        }
      if (!check_unicode (value, key, where, error))
        return FALSE;
      if (g_utf8_strlen (json_node_get_string (value), -1) > PUENTE_DECK_MAX_TEXT)
        {
          fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“%s.%s” is longer than %d characters"), key, langs[l],
                PUENTE_DECK_MAX_TEXT);
          return FALSE;
        }
      g_free (texts[l]);
      texts[l] = *json_node_get_string (value) != '\0' ? g_strdup (json_node_get_string (value)) : NULL;
    }
  return TRUE;
}

/* A string member, NULL when absent or null; one of @allowed if given. */
static gboolean
read_view_string (JsonObject        *object,
                  const char        *key,
                  const char *const *allowed,
                  const char        *where,
                  char             **out,
                  GError           **error)
{
  JsonNode   *node = json_object_get_member (object, key);
  const char *text;

  if (node == NULL)
    return TRUE;
  if (JSON_NODE_HOLDS_NULL (node) && allowed == NULL)
    {
      g_clear_pointer (out, g_free);
      return TRUE;
    }
  if (!is_string (node))
    {
      g_autofree char *what = what_is (node);

      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“%s” must be a text in quotes, not %s"), key, what);
      return FALSE;
    }
  if (!check_unicode (node, key, where, error))
    return FALSE;
  text = json_node_get_string (node);
  if (allowed != NULL && !g_strv_contains (allowed, text))
    {
      g_autofree char *list = g_strjoinv (", ", (char **) allowed);
      g_autofree char *shown = puente_text_abbreviate (text, QUOTE_CHARS);

      /* Translators: “view” is “overview”, “view” “map”...: the first %s
       * is the key, the second what the file has, the third the list */
      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“%s” must be one of %s, not “%s”"), key, list, shown);
      return FALSE;
    }
  if (strlen (text) > 200 || *text == '\0')
    {
      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“%s” must be an id of 1 to 200 characters"), key);
      return FALSE;
    }
  g_free (*out);
  *out = g_strdup (text);
  return TRUE;
}

static gboolean
read_view_bool (JsonObject *object,
                const char *key,
                const char *where,
                gboolean   *out,
                GError    **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *what = what_is (node);

      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“%s” must be true or false, not %s"), key, what);
      return FALSE;
    }
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_number (JsonNode   *node,
             const char *key,
             double      low,
             double      high,
             const char *where,
             double     *out,
             GError    **error)
{
  GType  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  double value;

  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    {
      g_autofree char *what = what_is (node);

      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“%s” must be a number, not %s"), key, what);
      return FALSE;
    }
  value = type == G_TYPE_INT64 ? (double) json_node_get_int (node) : json_node_get_double (node);
  if (!isfinite (value) || value < low || value > high)
    {
      g_autofree char *shown = g_strdup_printf ("%g", value);

      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“%s” must lie between %g and %g, not %s"), key, low, high,
            shown);
      return FALSE;
    }
  *out = value;
  return TRUE;
}

static gboolean
read_view_number (JsonObject *object,
                  const char *key,
                  double      low,
                  double      high,
                  const char *where,
                  double     *out,
                  GError    **error)
{
  JsonNode *node = json_object_get_member (object, key);

  return node == NULL || read_number (node, key, low, high, where, out, error);
}

static gboolean
read_layers (JsonObject *object,
             const char *where,
             char     ***out,
             GError    **error)
{
  JsonNode *node = json_object_get_member (object, "map-layers");
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) > 32)
    {
      fail (error, PUENTE_DECK_ERROR_INVALID, where,
            _ ("“map-layers” must be a list of at most 32 layer ids, like [\"states\", \"ports\"]"));
      return FALSE;
    }
  array = json_node_get_array (node);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!is_string (item) || *json_node_get_string (item) == '\0' || strlen (json_node_get_string (item)) > 64 ||
          !g_utf8_validate (json_node_get_string (item), -1, NULL))
        {
          fail (error, PUENTE_DECK_ERROR_INVALID, where,
                _ ("“map-layers” must be a list of at most 32 layer ids, like [\"states\", \"ports\"]"));
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (item));
    }
  g_strfreev (*out);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_view (JsonNode        *node,
           const char      *where,
           PuenteSlideView *view,
           GError         **error)
{
  static const char *const keys[] = {
    "view", "chart-id", "chart-region", "chart-difference", "chart-uncertainty", "map-metric", "map-layers",
    "map-mode", "map-legend", "map-legend-fold", "map-fitted", "map-latitude", "map-longitude", "map-zoom",
    "selection", "supply-node", "supply-mode", NULL
  };
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *what = what_is (node);

      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“view” must be an object, not %s"), what);
      return FALSE;
    }
  object = json_node_get_object (node);
  return check_keys (object, keys, _ ("a slide’s view"), where, error) &&
    read_view_string (object, "view", views, where, &view->view, error) &&
    read_view_string (object, "chart-id", NULL, where, &view->chart_id, error) &&
    read_view_string (object, "chart-region", NULL, where, &view->chart_region, error) &&
    read_view_bool (object, "chart-difference", where, &view->chart_difference, error) &&
    read_view_bool (object, "chart-uncertainty", where, &view->chart_uncertainty, error) &&
    read_view_string (object, "map-metric", NULL, where, &view->map_metric, error) &&
    read_layers (object, where, &view->map_layers, error) &&
    read_view_string (object, "map-mode", modes, where, &view->map_mode, error) &&
    read_view_bool (object, "map-legend", where, &view->map_legend, error) &&
    read_view_string (object, "map-legend-fold", folds, where, &view->map_legend_fold, error) &&
    read_view_bool (object, "map-fitted", where, &view->map_fitted, error) &&
    read_view_number (object, "map-latitude", -90, 90, where, &view->map_latitude, error) &&
    read_view_number (object, "map-longitude", -180, 180, where, &view->map_longitude, error) &&
    read_view_number (object, "map-zoom", 0, 30, where, &view->map_zoom, error) &&
    read_view_string (object, "selection", NULL, where, &view->selection, error) &&
    read_view_string (object, "supply-node", NULL, where, &view->supply_node, error) &&
    read_view_string (object, "supply-mode", modes, where, &view->supply_mode, error) &&
    (view->map_metric != NULL ||
     (fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“%s” must be a text in quotes, not %s"), "map-metric",
            _ ("null")),
      FALSE));
}

static PuenteScenario *
read_scenario (JsonNode   *node,
               const char *where,
               GError    **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  PuenteScenario *scenario;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *what = what_is (node);

      fail (error, PUENTE_DECK_ERROR_INVALID, where,
            _ ("a slide’s scenario must be a scenario object ({\"format\": \"puente-scenario\", …}), not %s"), what);
      return NULL;
    }
  text = json_to_string (node, FALSE);
  scenario = puente_scenario_load_data (text, -1, where, &local_error);
  if (scenario == NULL)
    g_set_error_literal (error, PUENTE_DECK_ERROR, PUENTE_DECK_ERROR_SCENARIO, local_error->message);
  return scenario;
}

static PuenteSlide *
read_slide (JsonNode   *node,
            const char *file,
            guint       index,
            GError    **error)
{
  /* Translators: where in a deck file: the file's name, then the
   * slide's number from 1 */
  g_autofree char *where = g_strdup_printf (_ ("%s: slide %u"), file, index + 1);
  g_autofree char *where_a = NULL;
  g_autofree char *where_b = NULL;
  g_autoptr(PuenteSlide) slide = NULL;
  JsonObject *object;
  JsonNode   *member;
  double      year = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *what = what_is (node);

      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("a slide must be an object, not %s"), what);
      return NULL;
    }
  object = json_node_get_object (node);
  if (!check_keys (object, slide_keys, _ ("a slide"), where, error))
    return NULL;

  slide = g_new0 (PuenteSlide, 1);
  puente_slide_view_init (&slide->view);

  if ((member = json_object_get_member (object, "a")) == NULL)
    {
      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("the slide has no scenario “a”; every slide embeds its scenario A"));
      return NULL;
    }
  /* Translators: where in a deck file: "FILE: slide 2", then A or B */
  where_a = g_strdup_printf (_ ("%s, scenario %s"), where, "A");
  if ((slide->a = read_scenario (member, where_a, error)) == NULL)
    return NULL;
  if ((member = json_object_get_member (object, "b")) != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      where_b = g_strdup_printf (_ ("%s, scenario %s"), where, "B");
      if ((slide->b = read_scenario (member, where_b, error)) == NULL)
        return NULL;
    }

  if ((member = json_object_get_member (object, "year")) == NULL)
    {
      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("the slide has no “year”; give the year it shows, like 2035"));
      return NULL;
    }
  if (!read_number (member, "year", PUENTE_BASE_YEAR, PUENTE_MAX_HORIZON, where, &year, error))
    return NULL;
  if (year != floor (year))
    {
      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“year” must be a whole year, like 2035, not %g"), year);
      return NULL;
    }
  slide->year = (int) year;

  if ((member = json_object_get_member (object, "title")) != NULL &&
      !read_texts (member, "title", where, slide->title, error))
    return NULL;
  if ((member = json_object_get_member (object, "notes")) != NULL &&
      !read_texts (member, "notes", where, slide->notes, error))
    return NULL;
  if ((member = json_object_get_member (object, "view")) != NULL &&
      !read_view (member, where, &slide->view, error))
    return NULL;

  return g_steal_pointer (&slide);
}

/* A reading error of puente-file as a deck error, same message. */
static void
set_file_error (GError      **error,
                const GError *file_error)
{
  puente_file_error_translate (error, file_error, PUENTE_DECK_ERROR, PUENTE_DECK_ERROR_NOT_FOUND,
                               PUENTE_DECK_ERROR_TOO_LARGE, PUENTE_DECK_ERROR_MALFORMED);
}

PuenteDeck *
puente_deck_load_data (const char *data,
                       gssize      length,
                       const char *where,
                       GError    **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PuenteDeck) deck = NULL;
  JsonObject *object;
  JsonNode   *root, *node;
  JsonArray  *slides;
  gsize       size;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (where == NULL)
    where = _ ("deck");
  size = length < 0 ? strlen (data) : (gsize) length;
  if (size > PUENTE_DECK_MAX_FILE_SIZE)
    {
      g_autofree char *limit = g_format_size_full (PUENTE_DECK_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      fail (error, PUENTE_DECK_ERROR_TOO_LARGE, where, _ ("a deck may be at most %s"), limit);
      return NULL;
    }
  parser = puente_json_parse (size > 0 ? data : "", size, where, &local_error);
  if (parser == NULL)
    {
      set_file_error (error, local_error);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (error, PUENTE_DECK_ERROR_FORMAT, where,
            _ ("not a Puente deck: the file must hold a JSON object with \"format\": \"%s\""), DECK_FORMAT);
      return NULL;
    }
  object = json_node_get_object (root);

  node = json_object_get_member (object, "format");
  if (node == NULL || !is_string (node) || strcmp (json_node_get_string (node), DECK_FORMAT) != 0)
    {
      g_autofree char *what = node != NULL ? what_is (node) : g_strdup (_ ("nothing"));

      fail (error, PUENTE_DECK_ERROR_FORMAT, where,
            _ ("not a Puente deck: “format” must be \"%s\", the file has %s"), DECK_FORMAT, what);
      return NULL;
    }
  node = json_object_get_member (object, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 1)
    {
      g_autofree char *what = node != NULL ? what_is (node) : g_strdup (_ ("nothing"));

      fail (error, PUENTE_DECK_ERROR_FORMAT, where, _ ("“version” must be a whole number such as %d, not %s"),
            DECK_VERSION, what);
      return NULL;
    }
  if (json_node_get_int (node) > DECK_VERSION)
    {
      g_autofree char *v = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

      fail (error, PUENTE_DECK_ERROR_VERSION, where,
            _ ("the deck is format version %s, newer than this version of Puente reads (version %d); update Puente to open it"),
            v, DECK_VERSION);
      return NULL;
    }
  if (!check_keys (object, deck_keys, _ ("the deck"), where, error))
    return NULL;

  deck = puente_deck_new ();
  if ((node = json_object_get_member (object, "title")) != NULL &&
      !read_texts (node, "title", where, deck->title, error))
    return NULL;
  node = json_object_get_member (object, "slides");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("“slides” must be a list of slides, like [{…}, {…}]"));
      return NULL;
    }
  slides = json_node_get_array (node);
  if (json_array_get_length (slides) > PUENTE_DECK_MAX_SLIDES)
    {
      fail (error, PUENTE_DECK_ERROR_INVALID, where, _ ("a deck may have at most %d slides, this one has %u"),
            PUENTE_DECK_MAX_SLIDES, json_array_get_length (slides));
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (slides); i++)
    {
      PuenteSlide *slide = read_slide (json_array_get_element (slides, i), where, i, error);

      if (slide == NULL)
        return NULL;
      g_ptr_array_add (deck->slides, slide);
    }
  return g_steal_pointer (&deck);
}

PuenteDeck *
puente_deck_load_file (const char *path,
                       GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *where = NULL;
  const char      *data;
  gsize            length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = puente_file_read (path, PUENTE_DECK_MAX_FILE_SIZE, &local_error);
  if (bytes == NULL)
    {
      set_file_error (error, local_error);
      return NULL;
    }
  where = g_filename_display_name (path);
  data = g_bytes_get_data (bytes, &length);
  return puente_deck_load_data (data, (gssize) length, where, error);
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                  */

/* ",\n" + @indent + "\"KEY\": " */
static void
append_key (GString    *out,
            const char *indent,
            const char *key,
            gboolean    first)
{
  g_string_append_printf (out, "%s\n%s", first ? "" : ",", indent);
  puente_json_append_string (out, key);
  g_string_append (out, ": ");
}

static void
append_texts (GString     *out,
              const char  *indent,
              const char  *key,
              char *const *texts,
              gboolean     first)
{
  static const char *const langs[] = { "en", "es" };
  g_autofree char         *inner = g_strconcat (indent, "  ", NULL);
  gboolean                 first_text = TRUE;

  if (texts[0] == NULL && texts[1] == NULL)
    return;
  append_key (out, indent, key, first);
  g_string_append_c (out, '{');
  for (guint l = 0; l < 2; l++)
    if (texts[l] != NULL)
      {
        append_key (out, inner, langs[l], first_text);
        puente_json_append_string (out, texts[l]);
        first_text = FALSE;
      }
  g_string_append_printf (out, "\n%s}", indent);
}

/* The scenario as its own writer writes it, indented to sit at @indent. */
static void
append_scenario (GString              *out,
                 const char           *indent,
                 const char           *key,
                 const PuenteScenario *scenario)
{
  g_autofree char *text = puente_scenario_to_data (scenario, NULL);
  g_auto(GStrv) lines = g_strsplit (g_strchomp (text), "\n", -1);

  append_key (out, indent, key, FALSE);
  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (out, "%s%s%s", i > 0 ? "\n" : "", i > 0 ? indent : "", lines[i]);
}

static void
append_string (GString    *out,
               const char *indent,
               const char *key,
               const char *value)
{
  if (value == NULL)
    return;
  append_key (out, indent, key, FALSE);
  puente_json_append_string (out, value);
}

static void
append_bool (GString    *out,
             const char *indent,
             const char *key,
             gboolean    value)
{
  append_key (out, indent, key, FALSE);
  g_string_append (out, value ? "true" : "false");
}

static void
append_number (GString    *out,
               const char *indent,
               const char *key,
               double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  puente_json_format_number (buf, sizeof buf, value);
  append_key (out, indent, key, FALSE);
  g_string_append (out, buf);
}

static void
append_view (GString               *out,
             const PuenteSlideView *view)
{
  const char *in = "        ";

  append_key (out, "      ", "view", FALSE);
  g_string_append_c (out, '{');
  append_key (out, in, "view", TRUE);
  puente_json_append_string (out, view->view);
  append_string (out, in, "chart-id", view->chart_id);
  append_string (out, in, "chart-region", view->chart_region);
  append_bool (out, in, "chart-difference", view->chart_difference);
  append_bool (out, in, "chart-uncertainty", view->chart_uncertainty);
  append_string (out, in, "map-metric", view->map_metric);
  append_key (out, in, "map-layers", FALSE);
  g_string_append_c (out, '[');
  for (guint i = 0; view->map_layers != NULL && view->map_layers[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ", " : "");
      puente_json_append_string (out, view->map_layers[i]);
    }
  g_string_append_c (out, ']');
  append_string (out, in, "map-mode", view->map_mode);
  append_bool (out, in, "map-legend", view->map_legend);
  append_string (out, in, "map-legend-fold", view->map_legend_fold);
  append_bool (out, in, "map-fitted", view->map_fitted);
  append_number (out, in, "map-latitude", view->map_latitude);
  append_number (out, in, "map-longitude", view->map_longitude);
  append_number (out, in, "map-zoom", view->map_zoom);
  append_string (out, in, "selection", view->selection);
  append_string (out, in, "supply-node", view->supply_node);
  append_string (out, in, "supply-mode", view->supply_mode);
  g_string_append (out, "\n      }");
}

char *
puente_deck_to_data (const PuenteDeck *deck,
                     gsize            *length)
{
  GString *out = g_string_new ("{");

  append_key (out, "  ", "format", TRUE);
  puente_json_append_string (out, DECK_FORMAT);
  append_number (out, "  ", "version", DECK_VERSION);
  append_texts (out, "  ", "title", deck->title, FALSE);
  append_key (out, "  ", "slides", FALSE);
  g_string_append_c (out, '[');
  for (guint i = 0; i < deck->slides->len; i++)
    {
      const PuenteSlide *slide = g_ptr_array_index (deck->slides, i);

      g_string_append_printf (out, "%s\n    {", i > 0 ? "," : "");
      append_key (out, "      ", "year", TRUE);
      g_string_append_printf (out, "%d", slide->year);
      append_texts (out, "      ", "title", slide->title, FALSE);
      append_texts (out, "      ", "notes", slide->notes, FALSE);
      append_scenario (out, "      ", "a", slide->a);
      if (slide->b != NULL)
        append_scenario (out, "      ", "b", slide->b);
      append_view (out, &slide->view);
      g_string_append (out, "\n    }");
    }
  g_string_append (out, deck->slides->len > 0 ? "\n  ]\n}\n" : "]\n}\n");
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
puente_deck_save_file (const PuenteDeck    *deck,
                       const char          *path,
                       PuenteFileWriteFlags flags,
                       GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_val_if_fail (deck != NULL && path != NULL, FALSE);

  data = puente_deck_to_data (deck, &length);
  if (!puente_file_write (path, data, length, flags | PUENTE_FILE_WRITE_BACKUP | PUENTE_FILE_WRITE_DURABLE,
                          &local_error))
    {
      g_set_error_literal (error, PUENTE_DECK_ERROR,
                           g_error_matches (local_error, PUENTE_FILE_ERROR, PUENTE_FILE_ERROR_READ_ONLY)
                             ? PUENTE_DECK_ERROR_READ_ONLY
                             : PUENTE_DECK_ERROR_WRITE,
                           local_error->message);
      return FALSE;
    }
  return TRUE;
}
