#!/usr/bin/env bash
# Take the README's screenshots under Xvfb: the app on the sample release with
# an English and with a Russian interface. Run by `make screenshots`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
for lang in en ru; do
  home=$(mktemp -d)
  mkdir -p "$home/config/presspad"
  printf '{"ui_language": "%s"}\n' "$lang" > "$home/config/presspad/settings.json"
  HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
    xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
    .venv/bin/presspad-gui resources/sample.presspad --screenshot "$out/main-$lang.png" >/dev/null
  rm -rf "$home"
  echo "$out/main-$lang.png"
done
