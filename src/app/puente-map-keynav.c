/* puente-map-keynav.c: moving between the map's places from the keyboard
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "puente-map-keynav.h"

typedef struct
{
  const char *id;
  int         group; /* reading order of the kinds */
  double      lon;
} Place;

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  const Place *pa = a;
  const Place *pb = b;

  if (pa->group != pb->group)
    return pa->group - pb->group;
  if (pa->lon != pb->lon)
    return pa->lon < pb->lon ? -1 : 1;
  return g_strcmp0 (pa->id, pb->id);
}

char **
puente_map_keynav_order (PuenteDataset     *dataset,
                         const char *const *layers)
{
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
  GStrvBuilder *builder = g_strv_builder_new ();
  char        **order;

  g_return_val_if_fail (dataset != NULL, NULL);

  if (layers != NULL && g_strv_contains (layers, "states"))
    for (guint i = 0; i < puente_dataset_get_n_states (dataset); i++)
      {
        const PuenteState *state = puente_dataset_get_state (dataset, i);
        Place              place = { state->code, state->country == PUENTE_COUNTRY_MX ? 1 : 0, state->lon };

        g_array_append_val (places, place);
      }
  if (layers != NULL && g_strv_contains (layers, "ports"))
    for (guint i = 0; i < puente_dataset_get_n_ports (dataset); i++)
      {
        const PuentePort *port = puente_dataset_get_port (dataset, i);
        Place             place = { port->id, 2, port->lon };

        g_array_append_val (places, place);
      }
  if (layers != NULL && g_strv_contains (layers, "transit"))
    for (guint i = 0; i < puente_dataset_get_n_cities (dataset); i++)
      {
        const PuenteCity *city = puente_dataset_get_city (dataset, i);
        Place             place = { city->id, 3, city->lon };

        g_array_append_val (places, place);
      }
  if (layers != NULL && g_strv_contains (layers, "supply"))
    for (guint i = 0; i < puente_dataset_get_n_sites (dataset); i++)
      {
        const PuenteSite *site = puente_dataset_get_site (dataset, i);
        Place             place = { site->id, 4, site->lon };

        g_array_append_val (places, place);
      }

  g_array_sort (places, compare_places);
  for (guint i = 0; i < places->len; i++)
    g_strv_builder_add (builder, g_array_index (places, Place, i).id);
  order = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return order;
}

const char *
puente_map_keynav_step (const char *const *order,
                        const char        *current,
                        int                step)
{
  guint n = order != NULL ? g_strv_length ((char **) order) : 0;

  if (n == 0)
    return NULL;
  for (guint i = 0; current != NULL && i < n; i++)
    if (g_strcmp0 (order[i], current) == 0)
      return order[(i + n + (guint) (step % (int) n + (int) n)) % n];
  return step < 0 ? order[n - 1] : order[0];
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                gpointer               user_data)
{
  PuenteMapKeynavFunc func = g_object_get_data (G_OBJECT (controller), "puente-keynav-func");
  GdkModifierType     mods = state & gtk_accelerator_get_default_mod_mask ();

  if (mods == GDK_CONTROL_MASK)
    switch (keyval)
      {
      case GDK_KEY_Right:
      case GDK_KEY_KP_Right:
      case GDK_KEY_Down:
      case GDK_KEY_KP_Down:
        func (1, user_data);
        return TRUE;
      case GDK_KEY_Left:
      case GDK_KEY_KP_Left:
      case GDK_KEY_Up:
      case GDK_KEY_KP_Up:
        func (-1, user_data);
        return TRUE;
      default:
        return FALSE;
      }
  if (mods == 0 && (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter))
    {
      func (0, user_data);
      return TRUE;
    }
  return FALSE;
}

GtkEventController *
puente_map_keynav_controller_new (PuenteMapKeynavFunc func,
                                  gpointer            user_data)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_object_set_data (G_OBJECT (keys), "puente-keynav-func", func);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), user_data);
  return keys;
}
