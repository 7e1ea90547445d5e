#!/usr/bin/env bash
# Smoke test of the production binary: start it under Xvfb on a fresh
# workspace, wait for its window, take a screenshot and fail when the window
# is blank (near-uniform pixels) or the process died.
#   scripts/smoke.sh BINARY [SCREENSHOT.png]
set -euo pipefail
bin=$(realpath "$1")
shot=${2:-build/smoke.png}
mkdir -p "$(dirname "$shot")"
work=$(mktemp -d)
display=":$((90 + RANDOM % 9))"
cleanup() {
  [[ -n "${app_pid:-}" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "${xvfb_pid:-}" ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
export DISPLAY="$display"
# No Secret Service here on purpose: the setup screen must still come up.
HOME="$work/home" "$bin" --workspace "$work/ws" >"$work/app.log" 2>&1 &
app_pid=$!

found=""
for _ in $(seq 60); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "smoke: the app exited early:" >&2; cat "$work/app.log" >&2; exit 1
  fi
  if xdotool search --name "FieldVault" >/dev/null 2>&1; then found=1; break; fi
  sleep 0.5
done
[[ -n "$found" ]] || { echo "smoke: no FieldVault window within 30 s" >&2; cat "$work/app.log" >&2; exit 1; }

# Give the page time to render, then require real content on screen.
for attempt in $(seq 20); do
  sleep 1
  import -display "$display" -window root "$shot"
  sd=$(convert "$shot" -colorspace Gray -format "%[fx:standard_deviation]" info:)
  colors=$(convert "$shot" -format "%k" info:)
  if awk -v sd="$sd" -v c="$colors" 'BEGIN { exit !(sd > 0.03 && c > 64) }'; then
    echo "smoke: window rendered (gray std-dev $sd, $colors colours) -> $shot"
    exit 0
  fi
done
echo "smoke: the window stayed blank (gray std-dev $sd, $colors colours); see $shot" >&2
cat "$work/app.log" >&2
exit 1
