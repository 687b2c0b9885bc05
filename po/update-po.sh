#!/bin/sh
# Regenerate po/puente.pot from po/POTFILES.in and merge it into every
# language in po/LINGUAS. Run from anywhere; needs gettext.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
xgettext --from-code=UTF-8 --add-comments=Translators --flag=N_:1:no-c-format --sort-by-file \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  --keyword=puente_gettext:2 --keyword=puente_pgettext:2c,3 --keyword=puente_ngettext:2,3 \
  --package-name=puente --msgid-bugs-address=https://github.com/PuenteZEV/Puente/issues \
  --files-from=po/POTFILES.in --directory="$top" -o po/puente.pot.tmp
mv po/puente.pot.tmp po/puente.pot
for lang in $(grep -v '^#' po/LINGUAS); do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching "po/$lang.po" po/puente.pot
done
