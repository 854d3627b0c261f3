#!/usr/bin/env bash
# Take the README's screenshots under Xvfb: the app on the sample release with
# an English and with a Russian interface, then each panel and dialog on the
# release with every header field (packaging/panel_screenshots.py).
# Run by `make screenshots`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
for lang in en ru; do
  home=$(mktemp -d)
  mkdir -p "$home/config/presspad"
  printf '{"ui_language": "%s", "author_name": "Anna Petrova"}\n' "$lang" \
    > "$home/config/presspad/settings.json"
  HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
    xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
    .venv/bin/presspad-gui resources/sample.presspad --screenshot "$out/main-$lang.png" >/dev/null
  echo "$out/main-$lang.png"
  HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
    xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
    .venv/bin/python packaging/panel_screenshots.py "$out" "$lang"
  rm -rf "$home"
done
