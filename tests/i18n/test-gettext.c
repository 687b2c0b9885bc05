/* test-gettext.c: translations in a language chosen per call or per thread
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * design.md's mechanism: the catalogue is found next to the program in the
 * build tree, every language has a locale of its own, and a lookup in a
 * language touches nothing process-wide, so threads in different
 * languages at once each get their own text.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "puente-i18n.h"

static void
test_explicit (void)
{
  g_assert_cmpstr (puente_gettext (PUENTE_LANG_ES, "Overview"), ==, "Resumen");
  g_assert_cmpstr (puente_gettext (PUENTE_LANG_EN, "Overview"), ==, "Overview");
  /* Bilingual text is built by the caller from both. */
  g_assert_cmpstr (puente_gettext (PUENTE_LANG_BOTH, "Overview"), ==, "Overview");
  g_assert_cmpstr (puente_pgettext (PUENTE_LANG_ES, "shortcut window", "Quit"), ==, "Salir");
  g_assert_cmpstr (puente_pgettext (PUENTE_LANG_EN, "shortcut window", "Quit"), ==, "Quit");
  /* Untranslated: the msgid, not gettext's context key. */
  g_assert_cmpstr (puente_pgettext (PUENTE_LANG_ES, "no such context", "Quit"), ==, "Quit");
  g_assert_cmpstr (puente_ngettext (PUENTE_LANG_EN, "one", "many", 2), ==, "many");
}

static void
test_thread_lang (void)
{
  puente_i18n_set_thread_lang (PUENTE_LANG_ES);
  g_assert_cmpstr (_("Supply Chain"), ==, "Cadena de suministro");
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window", "Quit"), ==, "Salir");
  puente_i18n_set_thread_lang (PUENTE_LANG_EN);
  g_assert_cmpstr (_("Supply Chain"), ==, "Supply Chain");
  puente_i18n_set_thread_lang (PUENTE_LANG_ES);
  g_assert_cmpstr (_("Charts"), ==, "Gráficas");
  puente_i18n_set_thread_lang (PUENTE_LANG_EN);
}

/* Each thread speaks one language through _() and looks up the other one
 * explicitly, all at once: every answer is in the language asked for. */
static gpointer
lookup_thread (gpointer data)
{
  PuenteLang own = GPOINTER_TO_INT (data);
  PuenteLang other = own == PUENTE_LANG_ES ? PUENTE_LANG_EN : PUENTE_LANG_ES;
  guint wrong = 0;

  puente_i18n_set_thread_lang (own);
  for (guint i = 0; i < 20000; i++)
    {
      const char *mine = _("Overview");
      const char *theirs = puente_gettext (other, "Overview");

      wrong += g_strcmp0 (mine, own == PUENTE_LANG_ES ? "Resumen" : "Overview") != 0;
      wrong += g_strcmp0 (theirs, other == PUENTE_LANG_ES ? "Resumen" : "Overview") != 0;
    }
  return GUINT_TO_POINTER (wrong);
}

static void
test_threads (void)
{
  g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("lookup", lookup_thread, GINT_TO_POINTER (i % 2 ? PUENTE_LANG_ES : PUENTE_LANG_EN));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 0);

  /* Nothing process-wide moved. */
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, language);
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, messages);
}

static void
test_found_in_build_tree (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_build_filename (PUENTE_BUILD_ROOT, "po", NULL);

  /* No PUENTE_LOCALEDIR: this program runs from the build tree. */
  g_assert_null (g_getenv ("PUENTE_LOCALEDIR"));
  g_assert_nonnull (puente_i18n_get_build_tree ());
  g_assert_cmpstr (puente_i18n_get_localedir (), ==, expected);
  g_assert_true (puente_i18n_check (PUENTE_LANG_ES, &error));
  g_assert_no_error (error);
  g_assert_true (puente_i18n_check (PUENTE_LANG_EN, NULL));
}

static void
test_missing_catalogue (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;

      /* main () pointed PUENTE_LOCALEDIR at an empty folder. */
      g_assert_false (puente_i18n_check (PUENTE_LANG_ES, &error));
      g_assert_error (error, PUENTE_I18N_ERROR, PUENTE_I18N_ERROR_NO_CATALOGUE);
      g_print ("%s\n", error->message);
      /* English needs no catalogue; Spanish lookups stay English. */
      g_assert_true (puente_i18n_check (PUENTE_LANG_EN, NULL));
      g_assert_cmpstr (puente_gettext (PUENTE_LANG_ES, "Overview"), ==, "Overview");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*The Spanish translation was not found*es/LC_MESSAGES/puente.mo*");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *empty = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  if (g_test_subprocess ())
    {
      empty = g_dir_make_tmp ("puente-no-catalogue-XXXXXX", NULL);
      g_setenv ("PUENTE_LOCALEDIR", empty, TRUE);
    }
  puente_i18n_init (NULL);
  g_unsetenv ("LANGUAGE");

  g_test_add_func ("/i18n/gettext/explicit", test_explicit);
  g_test_add_func ("/i18n/gettext/thread-language", test_thread_lang);
  g_test_add_func ("/i18n/gettext/threads", test_threads);
  g_test_add_func ("/i18n/gettext/found-in-build-tree", test_found_in_build_tree);
  g_test_add_func ("/i18n/gettext/missing-catalogue", test_missing_catalogue);

  status = g_test_run ();
  if (empty != NULL)
    g_rmdir (empty);
  return status;
}
