#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages FieldVault needs to build, run and test,
# printing what it installs. Uses sudo when not root. Idempotent: packages
# already present are skipped (and nothing is printed for them).
#   scripts/install-deps.sh          build + run
#   scripts/install-deps.sh test     + window tests, browser tests, real keychain
set -euo pipefail

build_pkgs=(build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev)
# libreoffice-calc-nogui: the Excel exports are converted by a real spreadsheet program in the tests.
test_pkgs=(curl xvfb xauth xdotool imagemagick x11-utils chromium gnome-keyring dbus libsecret-tools fonts-dejavu-core libreoffice-calc-nogui)

want=("${build_pkgs[@]}")
[[ "${1:-}" == "test" ]] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#want[@]} system packages present"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
