/* test-contrast.c: every colour pair a chart draws, against WCAG 2.1 AA
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text needs 4.5:1 against what it is drawn on (the chart's type is all
 * under 18 pt but the presentation title); lines, axes and marks need 3:1
 * (WCAG 1.4.11). In the light and the dark style, both presets.
 */
#include "config.h"

#include <glib.h>

#include "puente-chart-style.h"

#define AA_TEXT     4.5
#define AA_GRAPHICS 3.0

static const char *
style_name (const PuenteChartStyle *style)
{
  return style->dark ? "dark" : "light";
}

static guint
check_pair (const PuenteChartStyle *style,
            const char             *what,
            const PuenteRgb        *fg,
            const PuenteRgb        *bg,
            double                  needed)
{
  double ratio = puente_rgb_contrast (fg, bg);

  g_test_message ("%s, %s: %.2f:1", style_name (style), what, ratio);
  if (ratio >= needed)
    return 0;
  g_test_message ("  below %.1f:1", needed);
  return 1;
}

/* Every style: text, muted text, axes and the palette. */
static void
test_chart_style (void)
{
  static const char *palette_names[PUENTE_N_COLOURS] = {
    "blue", "vermilion", "green", "orange", "purple", "sky", "neutral", "yellow/wine", "grey",
  };
  guint n_failed = 0;
  guint n_checked = 0;

  for (guint dark = 0; dark < 2; dark++)
    for (guint preset = 0; preset < 2; preset++)
      {
        PuenteChartStyle style;
        PuenteChartMetrics m;
        const PuenteRgb *grounds[] = { NULL, NULL };

        puente_chart_style_init (&style);
        style.dark = dark;
        style.preset = preset ? PUENTE_CHART_STYLE_PRESENTATION : PUENTE_CHART_STYLE_REPORT;
        puente_chart_style_get_metrics (&style, &m);
        grounds[0] = &m.background;
        grounds[1] = &m.plot_background;

        for (guint g = 0; g < G_N_ELEMENTS (grounds); g++)
          {
            n_failed += check_pair (&style, "text", &m.text, grounds[g], AA_TEXT);
            n_failed += check_pair (&style, "muted text", &m.muted, grounds[g], AA_TEXT);
            n_failed += check_pair (&style, "axis", &m.axis, grounds[g], AA_GRAPHICS);
            n_checked += 3;
          }

        /* Series lines on the plot (the first eight cycle, grey is "the
         * rest"). */
        for (int i = 0; i < PUENTE_N_COLOURS; i++)
          {
            PuenteRgb colour = puente_chart_style_get_colour (&style, i);

            n_failed += check_pair (&style, palette_names[i], &colour, &m.plot_background, AA_GRAPHICS);
            n_checked++;
          }

        /* Sankey values: muted text on the label's backdrop over a band of
         * any palette colour. */
        for (int i = 0; i < PUENTE_N_COLOURS; i++)
          {
            PuenteRgb band = puente_chart_style_get_colour (&style, i);
            double a = PUENTE_CHART_BACKDROP_ALPHA;
            PuenteRgb backdrop = { m.background.r * a + band.r * (1 - a),
                                   m.background.g * a + band.g * (1 - a),
                                   m.background.b * a + band.b * (1 - a) };
            g_autofree char *what = g_strdup_printf ("Sankey value over %s", palette_names[i]);

            n_failed += check_pair (&style, what, &m.muted, &backdrop, AA_TEXT);
            n_checked++;
          }
      }

  g_test_message ("%u pairs, %u below AA", n_checked, n_failed);
  g_assert_cmpuint (n_failed, ==, 0);
}

/* The ratio itself, on the pairs WCAG's own examples give. */
static void
test_ratio (void)
{
  const PuenteRgb white = { 1, 1, 1 }, black = { 0, 0, 0 }, grey = { 0x76 / 255.0, 0x76 / 255.0, 0x76 / 255.0 };

  g_assert_cmpfloat_with_epsilon (puente_rgb_contrast (&white, &black), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (puente_rgb_contrast (&black, &white), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (puente_rgb_contrast (&white, &white), 1.0, 1e-9);
  /* #767676 is the lightest grey with 4.5:1 on white (4.54:1). */
  g_assert_cmpfloat_with_epsilon (puente_rgb_contrast (&grey, &white), 4.54, 0.01);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/contrast/ratio", test_ratio);
  g_test_add_func ("/charts/contrast/chart-style", test_chart_style);

  return g_test_run ();
}
