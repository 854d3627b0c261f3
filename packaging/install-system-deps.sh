#!/usr/bin/env bash
# Install the Debian/Ubuntu packages presspad needs at run time and for its
# tests: enchant + Hunspell dictionaries, the X libraries Qt's xcb plugin
# loads, Xvfb for running the app without a screen, and the validators for
# the desktop files, libpq and the PostgreSQL server (tests), and binutils
# (objdump) for PyInstaller in `make package`, which CI runs, and poppler-utils
# (pdftotext: the tests read the exported PDF's text back). Packages already installed are skipped, so this is cheap
# to run on every `make`.
set -euo pipefail

packages=(
  libenchant-2-2 hunspell-en-us hunspell-en-gb hunspell-ru
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xinput0
  libxcb-xkb1 libxcb-shm0 libxcb-sync1
  fonts-dejavu-core
  xvfb xauth
  desktop-file-utils appstream
  binutils
  poppler-utils
  # libpq: psycopg's connection to a team's PostgreSQL directory. postgresql: the
  # tests start a throw-away server of their own from its initdb and pg_ctl.
  libpq5 postgresql
)
# PyInstaller (make package) bundles the Python shared library, which Debian's
# python3 leaves to the libpython3.X package.
if [[ "$(command -v python3)" == /usr/bin/* ]]; then
  packages+=("libpython$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
fi
# A fresh Debian/Ubuntu python3 has no venv module until python3-venv is installed.
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  packages+=(python3-venv python3-pip)
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "Installing system packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "presspad needs these Debian packages, and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
