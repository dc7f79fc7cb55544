#!/usr/bin/env bash
# Build the PyInstaller bundle on Linux and prove it works; CI runs this from .ci/run.
#
#   packaging/bundle_check.sh [VENV]        (VENV defaults to .venv; run from anywhere)
#
# Installs pyinstaller into VENV, builds build.spec into a temporary folder, then fails (exit 1)
# unless: the bundle is at most MAX_MIB MiB and MAX_FILES files; every Qt library a bundled
# binary links to is inside the bundle; `ClaimDesk --check-bundle` passes and prints exactly what
# the same checks print from the source tree (resources, every shipped babel locale, time zones,
# Qt image formats, QtPdf); the frozen `claimdesk estimate` and `claimdesk render --summary` give
# the same figures as the source run; the frozen `claimdesk --smoke-test` exits 0.
# Times are printed, not enforced (they are benchmarks; see docs/performance.md). Set
# BUNDLE_CHECK_RUNS=5 to time start-up over several runs, KEEP_BUNDLE=1 to keep the build folder.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=$(cd "${1:-$ROOT/.venv}" && pwd)
PY="$VENV/bin/python"
MAX_MIB=${MAX_MIB:-150}
MAX_FILES=${MAX_FILES:-400}
RUNS=${BUNDLE_CHECK_RUNS:-1}
CASE="$ROOT/tests/data/bakery-vancouver.json"

export QT_QPA_PLATFORM=offscreen  # no display in CI; the frozen app must not need one
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PROGRESS_BAR=off

WORK=$(mktemp -d "${TMPDIR:-/tmp}/claimdesk-bundle.XXXXXX")
if [ "${KEEP_BUNDLE:-0}" = 1 ]; then
  trap 'echo "bundle_check: build kept in $WORK"' EXIT
else
  trap 'rm -rf "$WORK"' EXIT
fi

failures=0
fail() { echo "bundle_check: FAIL: $*" >&2; failures=$((failures + 1)); }
step() { echo; echo "== $*"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

started=$(now)
step "pyinstaller into $VENV"
"$VENV/bin/pip" install -q "pyinstaller>=6.10"
"$VENV/bin/pyinstaller" --version

step "build (build.spec)"
build_started=$(now)
(cd "$ROOT" && "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$WORK/dist" --workpath "$WORK/build" build.spec) >"$WORK/build.log" 2>&1 \
  || { tail -40 "$WORK/build.log" >&2; echo "bundle_check: FAIL: pyinstaller failed" >&2; exit 1; }
build_time=$(elapsed "$build_started")
echo "built in ${build_time} s"
BUNDLE="$WORK/dist/ClaimDesk"
APP="$BUNDLE/ClaimDesk"
[ -x "$APP" ] || { echo "bundle_check: FAIL: no executable at $APP" >&2; exit 1; }

step "size and file count"
bytes=$(du -s --apparent-size -B1 "$BUNDLE" | cut -f1)
mib=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
files=$(find "$BUNDLE" -type f | wc -l)
links=$(find "$BUNDLE" -type l | wc -l)
targz=$(tar -C "$WORK/dist" -czf - ClaimDesk | wc -c | awk '{ printf "%.1f", $1 / 1048576 }')
echo "bundle: ${mib} MiB in ${files} files (+${links} symlinks), ${targz} MiB as .tar.gz"
awk -v m="$mib" -v max="$MAX_MIB" 'BEGIN { exit !(m <= max) }' || fail "bundle is ${mib} MiB, limit ${MAX_MIB} MiB"
[ "$files" -le "$MAX_FILES" ] || fail "bundle has ${files} files, limit ${MAX_FILES}"
find "$BUNDLE" -xtype l | grep . && fail "dangling symlinks (above) point at files the trim dropped"
echo "largest files:"
find "$BUNDLE" -type f -printf '%s %P\n' | sort -rn | head -5 | awk '{ printf "  %6.1f MiB  %s\n", $1 / 1048576, $2 }'

step "every Qt library a bundled binary needs is bundled"
missing=$(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$APP" \) -print0 \
  | xargs -0 -n 50 ldd 2>/dev/null | grep 'not found' | grep -E 'Qt6|pyside6|shiboken6|python3' | sort -u || true)
if [ -n "$missing" ]; then echo "$missing"; fail "bundled binaries link to Qt libraries the trim dropped"; else echo "ok"; fi

step "frozen --check-bundle against the source tree"
(cd "$ROOT" && "$PY" packaging/bundle_selfcheck.py) >"$WORK/check-source.txt" 2>&1 \
  || { cat "$WORK/check-source.txt"; fail "the checks fail from the source tree too"; }
check_started=$(now)
if "$APP" --check-bundle >"$WORK/check-frozen.txt" 2>&1; then
  echo "frozen checks passed in $(elapsed "$check_started") s ($(grep -c '^ok' "$WORK/check-frozen.txt") checks)"
else
  cat "$WORK/check-frozen.txt"; fail "ClaimDesk --check-bundle failed"
fi
# The first line only says "source" or "frozen".
if ! diff <(tail -n +2 "$WORK/check-source.txt") <(tail -n +2 "$WORK/check-frozen.txt"); then
  fail "the frozen app formats or finds resources differently from the source tree (diff above: < source, > frozen)"
fi

step "frozen claimdesk estimate == source"
"$PY" -m claimdesk estimate "$CASE" >"$WORK/estimate-source.json"
"$APP" estimate "$CASE" >"$WORK/estimate-frozen.json" || fail "frozen claimdesk estimate exited $?"
cmp -s "$WORK/estimate-source.json" "$WORK/estimate-frozen.json" && echo "same figures" \
  || { diff "$WORK/estimate-source.json" "$WORK/estimate-frozen.json" | head -20; fail "estimate differs"; }

step "frozen claimdesk render --summary == source"
if [ -f "$ROOT/claimdesk/commands/render.py" ]; then
  "$PY" -m claimdesk render "$CASE" --out "$WORK/source.pdf" --summary "$WORK/summary-source.json" \
    || fail "source claimdesk render exited $?"
  render_started=$(now)
  if "$APP" render "$CASE" --out "$WORK/frozen.pdf" --summary "$WORK/summary-frozen.json"; then
    echo "frozen render took $(elapsed "$render_started") s (whole process)"
  else
    fail "frozen claimdesk render exited $?"
  fi
  if [ -s "$WORK/frozen.pdf" ] && [ -s "$WORK/summary-frozen.json" ] && [ -s "$WORK/summary-source.json" ]; then
    "$PY" - "$WORK/summary-source.json" "$WORK/summary-frozen.json" <<'EOF' || fail "render summaries differ"
import json, sys
source, frozen = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
if source != frozen:
    for key in sorted(set(source) | set(frozen)):
        if source.get(key) != frozen.get(key):
            print(f"  {key}: source {source.get(key)!r} / frozen {frozen.get(key)!r}")
    sys.exit(1)
print(f"same summary ({len(source)} keys)")
EOF
  else
    fail "render wrote no PDF or no summary"
  fi
else
  fail "claimdesk/commands/render.py is missing: the frozen render cannot be compared"
fi

step "frozen claimdesk --smoke-test"
if grep -q "def run_gui" "$ROOT/claimdesk/ui/app.py" 2>/dev/null; then
  times=()
  for i in $(seq "$RUNS"); do
    rm -rf "$WORK/data"; mkdir -p "$WORK/data"
    smoke_started=$(now)
    if "$APP" --smoke-test --data-dir "$WORK/data" >"$WORK/smoke.txt" 2>&1; then
      times+=("$(elapsed "$smoke_started")")
    else
      cat "$WORK/smoke.txt"; fail "frozen --smoke-test failed"; break
    fi
  done
  [ ${#times[@]} -gt 0 ] && echo "smoke test passed: ${times[*]} s (start, demo company, one letter, quit)"
else
  echo "SKIPPED: claimdesk/ui/app.py has no run_gui yet, so there is no --smoke-test to run"
fi

step "start-up of the frozen binary"
for i in $(seq "$RUNS"); do
  s=$(now); "$APP" --version >/dev/null; version_times+=("$(elapsed "$s")")
done
echo "ClaimDesk --version: ${version_times[*]} s"

echo
echo "bundle_check: ${mib} MiB, ${files} files, build ${build_time} s, total $(elapsed "$started") s"
if [ "$failures" -gt 0 ]; then
  echo "bundle_check: ${failures} check(s) FAILED" >&2
  exit 1
fi
echo "bundle_check: all checks passed"
