#!/usr/bin/env bash
# Install the built .deb as a user would and check that it works: the desktop
# files validate, the CLI answers, and the launcher opens the app on the
# sample release under Xvfb and saves a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
# A CI run: the installed `presspad check` starts no background server of its own.
export CI=true
deb=$(ls -t dist/presspad_*.deb | head -n 1)
sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo

desktop-file-validate packaging/linux/io.github.presspad.Presspad.desktop
appstreamcli validate --pedantic --no-net packaging/linux/io.github.presspad.Presspad.metainfo.xml

# lintian: no errors (the tags a frozen bundle has are overridden, with reasons,
# in packaging/linux/lintian-overrides).
if ! command -v lintian >/dev/null; then
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq lintian >/dev/null
fi
lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" | tee build/lintian.log
echo "lintian: no errors ($(grep -c '^W:' build/lintian.log || true) warnings)"
deb_size=$(stat -c %s "$deb")
installed=$(dpkg-deb -f "$deb" Installed-Size)
echo "package size: $((deb_size / 1024 / 1024)) MB; installed size: $((installed / 1024)) MB"

# --reinstall: a package of the same version may already be installed.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --reinstall "./$deb" >/dev/null
test -x /usr/lib/presspad/presspad
test -f /usr/share/man/man1/presspad.1.gz
test -f /usr/share/bash-completion/completions/presspad
test -f /usr/share/applications/io.github.presspad.Presspad.desktop
presspad --version
presspad info resources/sample.presspad --json >/dev/null

shot=build/deb-presspad.png
rm -f "$shot"
home=$(mktemp -d)
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data LANG=C.UTF-8 \
  xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
  presspad "$(pwd)/resources/sample.presspad" --screenshot "$(pwd)/$shot" | tee build/deb-run.log
# The checks run in a worker process (the same frozen executable): they must report.
grep -Eq "presspad: checks: [0-9]+ errors, [0-9]+ warnings" build/deb-run.log
# The frozen command line runs every check (exit 0: the sample has no errors).
presspad check resources/sample.presspad --json > build/deb-check.json
# The installed program reaches PostgreSQL through psycopg and the system's libpq:
# with no server at the address it says so in one line (exit 2), no traceback.
pg_out=$(presspad partners list --db "postgresql://nobody@/partners?host=$(mktemp -d)" 2>&1 || true)
echo "$pg_out" | grep -q "cannot reach the server" \
  || { echo "PostgreSQL directory support is broken in the package: $pg_out" >&2; exit 1; }
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert any(f["code"] == "quote-split" for f in d["findings"])' build/deb-check.json
# The launcher decides by the command word first: a file named "check" in the
# folder does not turn `presspad check` into opening the app.
sample=$(pwd)/resources/sample.presspad
(cd "$home" && touch check && presspad check "$sample" --json | grep -q '"quote-split"')
# The frozen program is its own server too: started by hand, it answers the
# same as the check above, then stops.
presspad server start
trap 'presspad server stop >/dev/null 2>&1 || true' EXIT
presspad check resources/sample.presspad --json > build/deb-check-served.json
cmp build/deb-check.json build/deb-check-served.json
presspad server status | grep -q ", 1 checks answered"
presspad server stop
# A .presspad that does not exist yet opens the app on a new release there.
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data LANG=C.UTF-8 \
  xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
  presspad "$home/new.presspad" --screenshot "$home/new.png" | grep -q "opened $home/new.presspad"
python3 - "$shot" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20000, "no real screenshot"
print(f"installed presspad started and drew its window ({len(data)} bytes of PNG)")
PY
