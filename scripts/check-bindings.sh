#!/usr/bin/env bash
# Regenerates the Wails bindings headless and fails when the committed ones
# in frontend/wailsjs are stale (the generator itself always exits 0).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp)
trap 'rm -f "$bin"' EXIT
go build -tags bindings -o "$bin" .
"$bin" >/dev/null
if [[ -n "$(git status --porcelain -- frontend/wailsjs)" ]]; then
  git status --short -- frontend/wailsjs
  git --no-pager diff --stat -- frontend/wailsjs
  echo "check-bindings: frontend/wailsjs is stale; commit the regenerated bindings" >&2
  exit 1
fi
echo "check-bindings: bindings are current"
