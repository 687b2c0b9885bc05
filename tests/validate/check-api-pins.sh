#!/bin/sh
# The API pins work: code that uses GLib 2.76 or GTK 4.10 API must not
# compile with the project's flags, while the same code with 2.74/4.8 API
# does. Usage: check-api-pins.sh CC
set -eu
cc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pins="-DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74
      -DGDK_VERSION_MIN_REQUIRED=GDK_VERSION_4_8 -DGDK_VERSION_MAX_ALLOWED=GDK_VERSION_4_8
      -DADW_VERSION_MIN_REQUIRED=ADW_VERSION_1_2 -DADW_VERSION_MAX_ALLOWED=ADW_VERSION_1_2
      -Werror=deprecated-declarations -Werror=implicit-function-declaration"
cflags=$(pkg-config --cflags gtk4 libadwaita-1)

try () {
  printf '%s\n' "$2" > "$tmp/t.c"
  # shellcheck disable=SC2086
  if $cc $pins $cflags -c "$tmp/t.c" -o "$tmp/t.o" 2>"$tmp/err"; then
    echo yes
  else
    echo no
  fi
}

status=0
ok=$(try base '#include <adwaita.h>
void f (void); void f (void) { GtkFileChooserNative *n = gtk_file_chooser_native_new ("t", NULL, GTK_FILE_CHOOSER_ACTION_OPEN, NULL, NULL); (void) n; }')
[ "$ok" = yes ] || { echo "baseline code (GTK 4.8 API) did not compile:" >&2; cat "$tmp/err" >&2; status=1; }

glib=$(try glib '#include <glib.h>
char *f (GString *s); char *f (GString *s) { return g_string_free_and_steal (s); }')
[ "$glib" = no ] || { echo "GLib 2.76 API (g_string_free_and_steal) compiled: the GLib pin does not work" >&2; status=1; }

gtk=$(try gtk '#include <gtk/gtk.h>
void f (void); void f (void) { GtkFileDialog *d = gtk_file_dialog_new (); (void) d; }')
[ "$gtk" = no ] || { echo "GTK 4.10 API (gtk_file_dialog_new) compiled: the GTK pin does not work" >&2; status=1; }

adw=$(try adw '#include <adwaita.h>
void f (void); void f (void) { AdwToolbarView *v = ADW_TOOLBAR_VIEW (adw_toolbar_view_new ()); (void) v; }')
[ "$adw" = no ] || { echo "libadwaita 1.4 API (AdwToolbarView) compiled: the libadwaita pin does not work" >&2; status=1; }

# On Debian 12 the newer symbols do not exist at all, so also prove the
# mechanism with the installed versions: pinned one release lower, an API
# of the installed release must fail the same way.
mech () {
  printf '%s\n' "$2" > "$tmp/t.c"
  # shellcheck disable=SC2086
  if $cc $1 -Werror=deprecated-declarations $cflags -c "$tmp/t.c" -o "$tmp/t.o" 2>/dev/null; then
    echo yes
  else
    echo no
  fi
}
m_glib=$(mech "-DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_72 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_72" '#include <glib.h>
GPtrArray *f (void); GPtrArray *f (void) { return g_ptr_array_new_null_terminated (0, NULL, TRUE); }')
m_gtk=$(mech "-DGDK_VERSION_MIN_REQUIRED=GDK_VERSION_4_6 -DGDK_VERSION_MAX_ALLOWED=GDK_VERSION_4_6" '#include <gtk/gtk.h>
void f (GtkPicture *p); void f (GtkPicture *p) { gtk_picture_set_content_fit (p, GTK_CONTENT_FIT_COVER); }')
m_adw=$(mech "-DADW_VERSION_MIN_REQUIRED=ADW_VERSION_1_1 -DADW_VERSION_MAX_ALLOWED=ADW_VERSION_1_1" '#include <adwaita.h>
GtkWidget *f (void); GtkWidget *f (void) { return adw_message_dialog_new (NULL, "h", "b"); }')
for m in "$m_glib" "$m_gtk" "$m_adw"; do
  [ "$m" = no ] || { echo "a pin one release lower did not reject the installed release's API" >&2; status=1; }
done

echo "baseline compiles: $ok; GLib 2.76 compiles: $glib; GTK 4.10 compiles: $gtk; libadwaita 1.4 compiles: $adw; mechanism (2.74 under 2.72, 4.8 under 4.6, 1.2 under 1.1): $m_glib $m_gtk $m_adw"
exit $status
