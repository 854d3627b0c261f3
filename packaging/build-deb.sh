#!/usr/bin/env bash
# Build dist/presspad_<version>_<arch>.deb from the PyInstaller folder in
# dist/presspad: the app under /opt/presspad, a `presspad` launcher in
# /usr/bin, the menu entry, AppStream metainfo, MIME type and icon.
# Enchant and the Hunspell dictionaries are package dependencies, not bundled.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(.venv/bin/python -c 'import presspad; print(presspad.__version__)')
arch=$(dpkg --print-architecture)
app_id=io.github.presspad.Presspad
root=build/deb/presspad_${version}_${arch}
rm -rf "$root"
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/mime/packages" \
  "$root/usr/share/icons/hicolor/scalable/apps"
cp -a dist/presspad "$root/opt/presspad"

# `presspad` alone starts the app; otherwise presspad decides (cli/main.route):
# a command word is the command line, a file (even a new .presspad) opens the app.
cat > "$root/usr/bin/presspad" <<'LAUNCHER'
#!/bin/sh
if [ $# -eq 0 ]; then
  exec /opt/presspad/presspad gui
fi
exec /opt/presspad/presspad "$@"
LAUNCHER
chmod 755 "$root/usr/bin/presspad"
install -m 644 packaging/linux/$app_id.desktop "$root/usr/share/applications/"
install -m 644 packaging/linux/$app_id.metainfo.xml "$root/usr/share/metainfo/"
install -m 644 packaging/linux/$app_id.mime.xml "$root/usr/share/mime/packages/$app_id.xml"
install -m 644 resources/presspad.svg "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"

size=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: presspad
Version: $version
Architecture: $arch
Maintainer: presspad developers <presspad@example.org>
Installed-Size: $size
Depends: libenchant-2-2, hunspell-en-us, hunspell-ru, libegl1, libgl1, libfontconfig1,
 libdbus-1-3, libglib2.0-0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4,
 libxcb-keysyms1, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1
Recommends: hunspell-en-gb
Section: editors
Priority: optional
Description: editor and checker for bilingual English/Russian press releases
 presspad edits a news release in English and Russian side by side, checks
 quotes, speakers, names, numbers and dates between the two versions, and
 exports to a website's news format and to sanitized HTML.
CONTROL
cat > "$root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
command -v update-desktop-database >/dev/null && update-desktop-database -q || true
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
POSTINST
chmod 755 "$root/DEBIAN/postinst"
dpkg-deb --root-owner-group --build "$root" "dist/presspad_${version}_${arch}.deb" >/dev/null
echo "dist/presspad_${version}_${arch}.deb"
