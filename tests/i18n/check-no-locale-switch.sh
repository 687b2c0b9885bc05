#!/bin/sh
# No process-wide language switch outside main (): setenv, unsetenv,
# putenv and setlocale appear in src/ only inside the main () of a
# program's main.c, which settles the locale once before any thread
# exists (design.md, "Languages and units"). Threads choose their language
# with puente_i18n_set_thread_lang () and lookups take one as an argument.
set -eu
top=${PUENTE_SOURCE_DIR:?}
cd "$top"
pattern='(^|[^A-Za-z0-9_])(g_)?(setenv|unsetenv|putenv|setlocale)[[:space:]]*\('
status=0

for f in $(grep -rlE "$pattern" src --include='*.c' --include='*.h' || true); do
  case "$f" in
    */main.c)
      # Allowed between "main (" at the start of a line and the closing
      # brace at the start of a line.
      outside=$(awk -v pat="$pattern" '
        /^main[[:space:]]*\(/ { inside = 1 }
        !inside && $0 ~ pat && $0 !~ /^[[:space:]]*(\/?\*|\/\/)/ { print FILENAME ":" FNR ": " $0 }
        inside && /^}/ { inside = 0 }
      ' "$f")
      ;;
    *)
      # Comments may name them.
      outside=$(grep -nE "$pattern" "$f" | grep -vE '^[0-9]+:[[:space:]]*(/?\*|//)' | sed "s|^|$f:|" || true)
      ;;
  esac
  if [ -n "$outside" ]; then
    echo "process-wide locale or environment change outside main ():" >&2
    echo "$outside" >&2
    status=1
  fi
done

# The test itself must be able to fail: it finds the calls main () makes.
for f in src/app/main.c src/cli/main.c; do
  grep -qE "$pattern" "$f" || { echo "$f: no setlocale in main (): is this test still looking?" >&2; status=1; }
done
exit $status
