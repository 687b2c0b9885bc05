#!/bin/sh
# puente --lang as a user types it, run from the build tree with nothing
# in the environment: an unknown language is a usage error (2); Spanish
# without its catalogue is a clear error (1), never an English window.
# Both are answered before any window opens. Usage: check-lang-option.sh PUENTE
set -u
puente=$1
status=0
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT

out=$(env -u PUENTE_LOCALEDIR "$puente" --lang fr 2>&1); rc=$?
[ $rc -eq 2 ] || { echo "--lang fr: exit $rc, expected 2" >&2; status=1; }
case "$out" in *"Unknown language “fr”"*) ;; *) echo "--lang fr said: $out" >&2; status=1 ;; esac

out=$(PUENTE_LOCALEDIR="$empty" "$puente" --lang es 2>&1); rc=$?
[ $rc -eq 1 ] || { echo "--lang es without a catalogue: exit $rc, expected 1" >&2; status=1; }
case "$out" in
  *"The Spanish translation was not found"*"$empty/es/LC_MESSAGES/puente.mo"*) ;;
  *) echo "--lang es without a catalogue said: $out" >&2; status=1 ;;
esac
exit $status
