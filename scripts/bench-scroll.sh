#!/usr/bin/env bash
# Scroll benchmark (a benchmark, not a test: it prints numbers, it does not
# pass or fail on them). Creates a passphrase-mode workspace with the CLI,
# fills it with demo contacts, starts the dev build on it under Xvfb
# (1280x900, like scripts/e2e.sh) and runs frontend/e2e/bench/scroll.bench.mjs:
# Chromium on the same X display scrolls the virtualised Contacts list while a
# requestAnimationFrame probe records frame intervals, and prints a table.
#   scripts/bench-scroll.sh DEV_BINARY
# Knobs (environment): FIELDVAULT_BENCH_CONTACTS (100000),
# FIELDVAULT_BENCH_COMPANIES (2000), FIELDVAULT_BENCH_PORT (34135),
# FIELDVAULT_BENCH_ASSETDIR (frontend/dist; e.g. an unminified build for
# profiling) and those read by scroll.bench.mjs.
# The screenshot goes to build/bench-scroll.png.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1")
contacts="${FIELDVAULT_BENCH_CONTACTS:-100000}"
companies="${FIELDVAULT_BENCH_COMPANIES:-2000}"
work=$(mktemp -d)
# A free X display (scripts/e2e.sh picks from :80-:88).
display=
for n in $(shuf -i 90-119); do [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] || { display=":$n"; break; }; done
[[ -n "$display" ]] || { echo "bench-scroll: no free X display in :90-:119" >&2; exit 1; }
# Not the 34115 of scripts/e2e.sh, so `make e2e` can run at the same time.
port="${FIELDVAULT_BENCH_PORT:-34135}"
cleanup() {
  [[ -n "${app_pid:-}" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "${xvfb_pid:-}" ]] && kill "$xvfb_pid" 2>/dev/null || true
  [[ -n "${app_pid:-}" ]] && wait "$app_pid" 2>/dev/null || true
  [[ -n "${xvfb_pid:-}" ]] && wait "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1; then
  echo "bench-scroll: port $port is busy (another bench-scroll run?); set FIELDVAULT_BENCH_PORT" >&2
  exit 1
fi

# Secrets for the CLI and the browser flow (a throwaway workspace).
export FIELDVAULT_PASSPHRASE='bench scroll passphrase 2026'
export FIELDVAULT_PASSWORD='bench scroll password 2026'
export FIELDVAULT_BENCH_USER='bench.admin'
ws="$work/ws"

echo "bench-scroll: workspace in $ws (passphrase unlock, no keychain)"
"$bin" init --workspace "$ws" --name 'Scroll Bench' --admin "$FIELDVAULT_BENCH_USER" \
  --admin-display-name 'Bench Admin' --unlock passphrase >/dev/null
start=$SECONDS
echo "bench-scroll: generating $contacts contacts, $companies companies…"
"$bin" demo --workspace "$ws" --user "$FIELDVAULT_BENCH_USER" \
  --contacts "$contacts" --companies "$companies" --deals 0 >/dev/null 2>"$work/demo.log" ||
  { cat "$work/demo.log" >&2; exit 1; }
echo "bench-scroll: demo data generated in $((SECONDS - start)) s"

Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
kill -0 "$xvfb_pid" 2>/dev/null || { echo "bench-scroll: Xvfb did not start on $display" >&2; exit 1; }
# The app must not find a keychain either: the workspace unlocks with the
# admin's password at sign-in.
DISPLAY="$display" devserver="127.0.0.1:$port" assetdir="${FIELDVAULT_BENCH_ASSETDIR:-$PWD/frontend/dist}" \
  "$bin" --workspace "$ws" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 120); do
  curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { echo "bench-scroll: the dev app exited:" >&2; cat "$work/app.log" >&2; exit 1; }
  sleep 0.5
done

mkdir -p build
export FIELDVAULT_E2E_URL="http://127.0.0.1:$port/" FIELDVAULT_BENCH_SHOT="$PWD/build/bench-scroll.png"
export FIELDVAULT_BENCH_CONTACTS="$contacts" DISPLAY="$display"
cd frontend
if ! node e2e/bench/scroll.bench.mjs; then
  echo "bench-scroll: app log:" >&2; tail -50 "$work/app.log" >&2; exit 1
fi
