"""The desktop entry and AppStream metainfo validate (as a distribution checks them)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[1] / "packaging" / "linux"
METAINFO = LINUX / "io.github.presspad.Presspad.metainfo.xml"


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream is not installed")
def test_metainfo_validates_pedantic():
    out = subprocess.run(["appstreamcli", "validate", "--pedantic", "--no-net", str(METAINFO)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


def test_metainfo_has_screenshots_of_both_languages_and_a_release():
    root = ET.parse(METAINFO).getroot()
    images = [i.text for i in root.iter("image")]
    assert [Path(i).name for i in images] == ["main-en.png", "main-ru.png"]
    repo = LINUX.parents[1]
    assert all((repo / "docs" / "screenshots" / Path(i).name).exists() for i in images)
    from presspad import __version__

    assert root.find("releases/release").get("version") == __version__


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="no desktop-file-utils")
def test_desktop_entry_validates():
    out = subprocess.run(["desktop-file-validate",
                          str(LINUX / "io.github.presspad.Presspad.desktop")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
