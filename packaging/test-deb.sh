#!/usr/bin/env bash
# Install the built .deb as a user would and check that it works: the desktop
# files validate, the CLI answers, and the launcher opens the app on the
# sample release under Xvfb and saves a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls -t dist/presspad_*.deb | head -n 1)
sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo

desktop-file-validate packaging/linux/io.github.presspad.Presspad.desktop
appstreamcli validate --no-net packaging/linux/io.github.presspad.Presspad.metainfo.xml

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb" >/dev/null
test -x /opt/presspad/presspad
test -f /usr/share/applications/io.github.presspad.Presspad.desktop
presspad --version
presspad info resources/sample.presspad --json >/dev/null

shot=build/deb-presspad.png
rm -f "$shot"
home=$(mktemp -d)
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
  xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
  presspad "$(pwd)/resources/sample.presspad" --screenshot "$(pwd)/$shot"
python3 - "$shot" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20000, "no real screenshot"
print(f"installed presspad started and drew its window ({len(data)} bytes of PNG)")
PY
