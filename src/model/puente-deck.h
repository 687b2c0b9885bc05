/* puente-deck.h: a facilitator's deck of slides, and its file format
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A slide is a view of Puente kept for a meeting: scenarios A and B
 * (embedded whole, so a deck file stands alone), the year, what the window
 * shows (PuenteSlideView: the GTK-free description of the app's view
 * state, which converts to and from it), and a title and speaker notes in
 * English and Spanish. A deck is a titled list of slides.
 *
 * File format, "*.puente-deck" (README, "Decks"):
 *
 *   {"format": "puente-deck", "version": 1,
 *    "title": {"en": "Border meeting", "es": "Reunión fronteriza"},
 *    "slides": [
 *      {"title": {"en": "...", "es": "..."}, "notes": {"en": ..., "es": ...},
 *       "year": 2035,
 *       "a": {a puente-scenario object}, "b": {...} or null,
 *       "view": {"view": "map", "map-metric": "zev-share",
 *                "map-layers": ["states", "ports"], "map-mode": "split",
 *                "map-fitted": false, "map-latitude": 26.5, ...}}]}
 *
 * Reading is as strict as scenario files: every key is known, every value
 * of its type and range, the embedded scenarios are read by the scenario
 * reader, and every message names the file, the slide and the key. Files
 * go through puente_file_read () (regular files, at most
 * PUENTE_DECK_MAX_FILE_SIZE) and saves through puente_file_write ()
 * (atomic; the previous file kept as "PATH~").
 */
#pragma once

#include "puente-file.h"
#include "puente-scenario.h"
#include "puente-types.h"

G_BEGIN_DECLS

#define PUENTE_DECK_ERROR (puente_deck_error_quark ())
#define PUENTE_DECK_MAX_FILE_SIZE (10 * 1024 * 1024)
/* More slides than any meeting shows; a bound for hostile files. */
#define PUENTE_DECK_MAX_SLIDES 500
/* Characters of a title or of a slide's notes in one language. */
#define PUENTE_DECK_MAX_TEXT 20000

typedef enum {
  PUENTE_DECK_ERROR_NOT_FOUND, /* missing file, a folder, a device */
  PUENTE_DECK_ERROR_TOO_LARGE, /* over PUENTE_DECK_MAX_FILE_SIZE */
  PUENTE_DECK_ERROR_MALFORMED, /* not JSON: line and column */
  PUENTE_DECK_ERROR_FORMAT,    /* not a puente-deck, an unknown key */
  PUENTE_DECK_ERROR_VERSION,   /* newer version than we read */
  PUENTE_DECK_ERROR_INVALID,   /* a value of the wrong type or range */
  PUENTE_DECK_ERROR_SCENARIO,  /* an embedded scenario is invalid */
  PUENTE_DECK_ERROR_WRITE,     /* save failed; previous file kept */
  PUENTE_DECK_ERROR_READ_ONLY, /* save over a read-only file */
} PuenteDeckError;

/* What the window shows, without widgets: the app's PuenteViewState
 * properties of the same names ("view", "chart-id", "map-mode" ...), the
 * ones that make a slide (not the sidebar's or the lists' scrolling). */
typedef struct
{
  char    *view;         /* "overview", "map", "charts", "supply" */
  char    *chart_id;     /* NULL: the catalogue's first */
  char    *chart_region; /* NULL: the chart's own */
  gboolean chart_difference;
  gboolean chart_uncertainty;
  char    *map_metric; /* puente_states_metric_to_string () */
  char   **map_layers; /* map layer ids */
  char    *map_mode;   /* "single", "split", "difference" */
  gboolean map_legend;
  char    *map_legend_fold; /* "auto", "collapsed", "expanded" */
  gboolean map_fitted;
  double   map_latitude;
  double   map_longitude;
  double   map_zoom;
  char    *selection; /* a state, port, city or site id */
  char    *supply_node;
  char    *supply_mode; /* as map_mode */
} PuenteSlideView;

/* The view state's defaults: the overview, the map fitted, ... */
void     puente_slide_view_init (PuenteSlideView *view);
void     puente_slide_view_clear (PuenteSlideView *view);
void     puente_slide_view_copy (PuenteSlideView       *dest,
                                 const PuenteSlideView *src);
gboolean puente_slide_view_equal (const PuenteSlideView *a,
                                  const PuenteSlideView *b);

typedef struct
{
  char           *title[2]; /* by PuenteLang: en, es; NULL when unset */
  char           *notes[2];
  PuenteScenario *a;
  PuenteScenario *b; /* NULL without a comparison */
  int             year;
  PuenteSlideView view;
} PuenteSlide;

/* A slide of @a (copied) and @b (copied, may be NULL) in @year, with
 * the default view. */
PuenteSlide               *puente_slide_new (const PuenteScenario *a,
                                             const PuenteScenario *b,
                                             int                   year);
PuenteSlide               *puente_slide_copy (const PuenteSlide *slide);
void                       puente_slide_free (PuenteSlide *slide);
/* TRUE when @a and @b save to the same text (both NULL counts). */
gboolean                   puente_deck_scenario_equal (const PuenteScenario *a,
                                                       const PuenteScenario *b);
/* Same scenarios (as saved), year, view, titles and notes. */
gboolean                   puente_slide_equal (const PuenteSlide *a,
                                               const PuenteSlide *b);
/* The title or notes in @lang (PUENTE_LANG_BOTH reads English); a missing
 * one falls back to the other language; "" when neither is set. */
const char                *puente_slide_get_title (const PuenteSlide *slide,
                                                   PuenteLang         lang);
const char                *puente_slide_get_notes (const PuenteSlide *slide,
                                                   PuenteLang         lang);
void                       puente_slide_set_title (PuenteSlide *slide,
                                                   PuenteLang   lang,
                                                   const char  *title);
void                       puente_slide_set_notes (PuenteSlide *slide,
                                                   PuenteLang   lang,
                                                   const char  *notes);

typedef struct _PuenteDeck PuenteDeck;

GQuark                     puente_deck_error_quark (void);

PuenteDeck                *puente_deck_new (void);
PuenteDeck                *puente_deck_copy (const PuenteDeck *deck);
void                       puente_deck_free (PuenteDeck *deck);
gboolean                   puente_deck_equal (const PuenteDeck *a,
                                              const PuenteDeck *b);

const char                *puente_deck_get_title (const PuenteDeck *deck,
                                                  PuenteLang        lang);
void                       puente_deck_set_title (PuenteDeck *deck,
                                                  PuenteLang  lang,
                                                  const char *title);
guint                      puente_deck_get_n_slides (const PuenteDeck *deck);
PuenteSlide               *puente_deck_get_slide (const PuenteDeck *deck,
                                                  guint             index);
/* Takes @slide; @index past the end (or -1) appends. */
void                       puente_deck_insert (PuenteDeck  *deck,
                                               int          index,
                                               PuenteSlide *slide);
/* Replaces slide @index with @slide (taken). */
void                       puente_deck_replace (PuenteDeck  *deck,
                                                guint        index,
                                                PuenteSlide *slide);
void                       puente_deck_remove (PuenteDeck *deck,
                                               guint       index);
/* Moves slide @from to position @to (others shift). */
void                       puente_deck_move (PuenteDeck *deck,
                                             guint       from,
                                             guint       to);

/* @path is a path, never a URI. */
PuenteDeck                *puente_deck_load_file (const char *path,
                                                  GError    **error);
PuenteDeck                *puente_deck_load_data (const char *data,
                                                  gssize      length,
                                                  const char *where,
                                                  GError    **error);
char                      *puente_deck_to_data (const PuenteDeck *deck,
                                                gsize            *length);
/* Atomic, keeping "PATH~" (puente_file_write ()); a read-only file fails
 * with PUENTE_DECK_ERROR_READ_ONLY unless @flags say to replace it. */
gboolean                   puente_deck_save_file (const PuenteDeck    *deck,
                                                  const char          *path,
                                                  PuenteFileWriteFlags flags,
                                                  GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteSlide, puente_slide_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PuenteDeck, puente_deck_free)

G_END_DECLS
