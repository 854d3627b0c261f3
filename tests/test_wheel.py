"""The wheel a pip user installs carries the Russian UI and the desktop integration."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_wheel_has_translations_desktop_entry_metainfo_and_icon(tmp_path):
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                          "-q", "-w", str(tmp_path), str(REPO)], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    (wheel,) = tmp_path.glob("presspad-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    data = next(n.split("/")[0] for n in names if ".data/" in n)
    wanted = ["presspad/translations/presspad_ru.qm",
              f"{data}/data/share/applications/io.github.presspad.Presspad.desktop",
              f"{data}/data/share/metainfo/io.github.presspad.Presspad.metainfo.xml",
              f"{data}/data/share/icons/hicolor/scalable/apps/io.github.presspad.Presspad.svg",
              "presspad/core/spelling/data/ru_supplement.txt",
              "presspad/core/typography/rules.toml"]
    assert [n for n in wanted if n not in names] == []
    icon = zipfile.ZipFile(wheel).read(wanted[3])
    assert icon.lstrip().startswith(b"<") and b"svg" in icon[:400]   # the file, not a link
    print(f"{wheel.name}: {wheel.stat().st_size // 1024} KB, {len(names)} files")
