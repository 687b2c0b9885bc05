/* puente-tsan.h: GLib's synchronisation, told to ThreadSanitizer
 *
 * Copyright 2026 The Puente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib is not built with ThreadSanitizer and synchronises threads with
 * futexes it cannot see (GMutex, GTask's thread pool). Where Puente hands
 * memory from one thread to another through GLib, these mark the edge:
 * PUENTE_TSAN_RELEASE (x) on the thread that hands x over, after its last
 * write, and PUENTE_TSAN_ACQUIRE (x) on the thread that takes it, before
 * its first read. puente_mutex_lock/unlock are g_mutex_lock/unlock with
 * the edge. In builds without -fsanitize=thread they are GLib's alone.
 */
#pragma once

#include <glib.h>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#define PUENTE_TSAN_ACQUIRE(addr) __tsan_acquire ((void *) (addr))
#define PUENTE_TSAN_RELEASE(addr) __tsan_release ((void *) (addr))
#else
#define PUENTE_TSAN_ACQUIRE(addr) ((void) (addr))
#define PUENTE_TSAN_RELEASE(addr) ((void) (addr))
#endif

static inline void
puente_mutex_lock (GMutex *mutex)
{
  g_mutex_lock (mutex);
  PUENTE_TSAN_ACQUIRE (mutex);
}

static inline void
puente_mutex_unlock (GMutex *mutex)
{
  PUENTE_TSAN_RELEASE (mutex);
  g_mutex_unlock (mutex);
}
