#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked
# gnome-keyring Secret Service, so tests reach a REAL keychain through
# go-keyring. HOME points at a temp dir (the keyring lives there); the Go and
# npm caches keep their usual places.
set -euo pipefail
export GOCACHE="${GOCACHE:-$(go env GOCACHE)}" GOMODCACHE="${GOMODCACHE:-$(go env GOMODCACHE)}" GOPATH="${GOPATH:-$(go env GOPATH)}"
tmp_home=$(mktemp -d)
trap 'rm -rf "$tmp_home"' EXIT
export HOME="$tmp_home" XDG_DATA_HOME="$tmp_home/.local/share" XDG_CONFIG_HOME="$tmp_home/.config"
export FIELDVAULT_REAL_KEYCHAIN=1
exec dbus-run-session -- bash -c '
  printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' keychain-session "$@" 2> >(grep -v "Failed to set fd limit" >&2)
