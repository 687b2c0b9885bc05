#!/bin/sh
# The Spanish catalogue is complete: every translatable string in the
# sources (regenerated from po/POTFILES.in) has a translation in po/es.po,
# none fuzzy, and every file with translatable strings is in POTFILES.in.
set -eu
top=${PUENTE_SOURCE_DIR:?}
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# 1. Files that mark strings for translation must be listed.
listed="$tmp/listed"
grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort > "$listed"
found="$tmp/found"
{
  grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|ngettext)\s*\(|puente_n?p?gettext\s*\([^,()]*,\s*"' src --include='*.c' || true
  grep -rl 'translatable="yes"' ui --include='*.ui' || true
} | sort > "$found"
missing=$(comm -13 "$listed" "$found")
if [ -n "$missing" ]; then
  echo "files with translatable strings missing from po/POTFILES.in:" >&2
  echo "$missing" >&2
  status=1
fi
for f in $(cat "$listed"); do
  [ -f "$f" ] || { echo "po/POTFILES.in names a missing file: $f" >&2; status=1; }
done

# 2. Every message of the regenerated template is translated in es.po.
xgettext --from-code=UTF-8 --add-comments=Translators --flag=N_:1:no-c-format \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  --keyword=puente_gettext:2 --keyword=puente_pgettext:2c,3 --keyword=puente_ngettext:2,3 \
  --files-from=po/POTFILES.in -o "$tmp/puente.pot"
for lang in $(grep -v '^#' po/LINGUAS); do
  if ! msgcmp "po/$lang.po" "$tmp/puente.pot" 2>"$tmp/msgcmp"; then
    echo "po/$lang.po lacks translations for strings in the sources:" >&2
    head -n 40 "$tmp/msgcmp" >&2
    status=1
  fi
  stats=$(msgfmt --check --statistics -o /dev/null "po/$lang.po" 2>&1)
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*) echo "po/$lang.po is incomplete: $stats" >&2; status=1 ;;
  esac
done
exit $status
