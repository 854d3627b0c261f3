#!/usr/bin/env bash
# Build dist/presspad_<version>_<arch>.deb from the PyInstaller folder in
# dist/presspad: the app under /usr/lib/presspad, a `presspad` launcher in
# /usr/bin, the menu entry, AppStream metainfo, MIME type, icon, presspad(1),
# shell completions for bash, zsh and fish, and the Debian copyright and
# changelog. The system's libraries that the bundle uses are Depends (ldd and
# dpkg -S), not copies in the bundle (presspad.spec leaves them out).
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(.venv/bin/python -c 'import presspad; print(presspad.__version__)')
arch=$(dpkg --print-architecture)
app_id=io.github.presspad.Presspad
root=build/deb/presspad_${version}_${arch}
lib=$root/usr/lib/presspad
doc=$root/usr/share/doc/presspad
rm -rf "$root"
install -d "$root/DEBIAN" "$root/usr/lib" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/mime/packages" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/man/man1" "$doc" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
  "$root/usr/share/fish/vendor_completions.d" "$root/usr/share/lintian/overrides"
cp -a dist/presspad "$lib"

# A shared library is data to the loader: not executable, and without the
# symbols only a debugger reads. The presspad executable itself is left as it
# is: PyInstaller appends the program's archive to it, which strip would cut.
find "$lib" -name '__pycache__' -prune -exec rm -rf {} +
find "$lib" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 644 {} +
find "$lib" -type f \( -name '*.so' -o -name '*.so.*' \) -exec strip --strip-unneeded {} +
find "$lib" -type f ! -name '*.so' ! -name '*.so.*' ! -path "$lib/presspad" -exec chmod 644 {} +
find "$lib" -type d -exec chmod 755 {} +

# `presspad` alone starts the app; otherwise presspad decides (cli/main.route):
# a command word is the command line, a file (even a new .presspad) opens the app.
cat > "$root/usr/bin/presspad" <<'LAUNCHER'
#!/bin/sh
if [ $# -eq 0 ]; then
  exec /usr/lib/presspad/presspad gui
fi
exec /usr/lib/presspad/presspad "$@"
LAUNCHER
chmod 755 "$root/usr/bin/presspad"
install -m 644 packaging/linux/$app_id.desktop "$root/usr/share/applications/"
install -m 644 packaging/linux/$app_id.metainfo.xml "$root/usr/share/metainfo/"
install -m 644 packaging/linux/$app_id.mime.xml "$root/usr/share/mime/packages/$app_id.xml"
install -m 644 resources/presspad.svg "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"

# presspad(1) and the completions, from the argparse definitions (cannot drift).
.venv/bin/python packaging/build-man.py build/presspad.1
gzip -9n -c build/presspad.1 > "$root/usr/share/man/man1/presspad.1.gz"
.venv/bin/python -m presspad completion bash > "$root/usr/share/bash-completion/completions/presspad"
.venv/bin/python -m presspad completion zsh > "$root/usr/share/zsh/vendor-completions/_presspad"
.venv/bin/python -m presspad completion fish > "$root/usr/share/fish/vendor_completions.d/presspad.fish"
chmod 644 "$root"/usr/share/*/completions/presspad "$root"/usr/share/zsh/vendor-completions/_presspad \
  "$root"/usr/share/fish/vendor_completions.d/presspad.fish

.venv/bin/python packaging/deb-copyright.py "$lib/_internal" "$doc/copyright"
{
  echo "presspad ($version) unstable; urgency=medium"
  echo
  echo "  * Built from the presspad repository (git $(git rev-parse --short HEAD 2>/dev/null || echo unknown))."
  echo
  echo " -- presspad developers <presspad@example.org>  $(date -R -d @"${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")"
} | gzip -9n > "$doc/changelog.gz"
chmod 644 "$doc"/*
install -m 644 packaging/linux/lintian-overrides "$root/usr/share/lintian/overrides/presspad"

# The Depends line: the system libraries the bundle's programs and libraries
# link against (ldd, which sees through the bundle's RUNPATHs), by package; the
# ones only an excluded plugin needed are not among them.
bundle=$(realpath "$lib")
system_packages=$(
  find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$bundle/presspad" \) \
      -exec ldd {} + 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3}' \
    | grep -v "^$bundle/" | sort -u \
    | while read -r path; do
        for candidate in "$path" "${path/#\/usr\/lib\//\/lib\/}" "${path/#\/lib\//\/usr\/lib\/}"; do
          owner=$(dpkg -S "$candidate" 2>/dev/null | head -n 1 | cut -d: -f1) && [ -n "$owner" ] \
            && { echo "$owner"; break; }
        done || true   # a library no package owns (/usr/local) is no dependency
      done | sort -u | tr '\n' ' ')
# libpq5: psycopg loads it by name (ctypes), so ldd cannot see it; it connects a
# team's PostgreSQL directory.
runtime="libenchant-2-2 hunspell-en-us hunspell-ru libc6 libegl1 libgl1 libfontconfig1 libpq5 \
libdbus-1-3 libglib2.0-0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1"
depends=$(echo "$runtime $system_packages" | tr ' ' '\n' | grep -v '^$' | sort -u | paste -sd, | sed 's/,/, /g')

size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: presspad
Version: $version
Architecture: $arch
Maintainer: presspad developers <presspad@example.org>
Installed-Size: $size
Depends: $depends
Recommends: hunspell-en-gb
Section: editors
Priority: optional
Homepage: https://github.com/presspad/presspad
Description: editor and checker for bilingual English/Russian press releases
 presspad edits a news release in English and Russian side by side, checks
 quotes, speakers, names, numbers and dates between the two versions, and
 exports to a website's news format and to sanitized HTML.
CONTROL
# Menus, MIME types and icons are refreshed by dpkg triggers of the packages
# that own those caches (desktop-file-utils, shared-mime-info, hicolor): no
# maintainer scripts needed.
dpkg-deb --root-owner-group -Zxz --build "$root" "dist/presspad_${version}_${arch}.deb" >/dev/null
echo "dist/presspad_${version}_${arch}.deb"
