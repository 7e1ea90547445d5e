#!/usr/bin/env bash
# Browser end-to-end tests: starts the dev build (live Go bindings on
# http://127.0.0.1:34115) under Xvfb on a fresh workspace, then runs the
# playwright-core flows in frontend/e2e with Debian's Chromium.
#   scripts/e2e.sh DEV_BINARY
# With FIELDVAULT_REAL_KEYCHAIN=1 (inside scripts/with-keychain.sh) the flows
# expect a working OS keychain; without it, none. FIELDVAULT_E2E_ONLY=audit
# runs only e2e/audit.e2e.mjs (while working on one flow).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1")
work=$(mktemp -d)
display=":$((80 + RANDOM % 9))"
port=34115
cleanup() {
  [[ -n "${app_pid:-}" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "${xvfb_pid:-}" ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
mkdir -p "$work/saved" "$work/open"
# FIELDVAULT_OPEN_DIR: the open dialog answers with the newest matching file there (flows write their CSVs into it).
DISPLAY="$display" devserver="127.0.0.1:$port" assetdir="$PWD/frontend/dist" FIELDVAULT_SAVE_DIR="$work/saved" FIELDVAULT_OPEN_DIR="$work/open" \
  "$bin" --workspace "$work/ws" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 120); do
  curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { echo "e2e: the dev app exited:" >&2; cat "$work/app.log" >&2; exit 1; }
  sleep 0.5
done
export FIELDVAULT_E2E_URL="http://127.0.0.1:$port/" FIELDVAULT_E2E_SHOTS="${FIELDVAULT_E2E_SHOTS:-$PWD/build/e2e}"
# For flows that act from outside the window (the CLI) or check saved files.
export FIELDVAULT_E2E_BIN="$bin" FIELDVAULT_E2E_WORKSPACE="$work/ws" FIELDVAULT_SAVE_DIR="$work/saved" FIELDVAULT_OPEN_DIR="$work/open"
mkdir -p "$FIELDVAULT_E2E_SHOTS"
cd frontend
files=(e2e/*.e2e.mjs)
[[ -n "${FIELDVAULT_E2E_ONLY:-}" ]] && files=("e2e/${FIELDVAULT_E2E_ONLY}.e2e.mjs")
if ! node --test --test-concurrency=1 "${files[@]}"; then
  echo "e2e: app log:" >&2; tail -50 "$work/app.log" >&2; exit 1
fi
