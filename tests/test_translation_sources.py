"""Every module with user-visible strings is listed for pyside6-lupdate."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_lupdate_file_list_covers_gui_and_marked_core_modules():
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["pyside6-project"]["files"])
    src = REPO / "src" / "presspad"
    needed = {p for p in (src / "gui").rglob("*.py") if p.name != "__init__.py"}
    needed |= {p for p in (src / "core").rglob("*.py")
               if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")}
    missing = sorted(str(p.relative_to(REPO)) for p in needed
                     if str(p.relative_to(REPO)) not in listed)
    assert missing == []
    assert "translations/presspad_ru.ts" in listed


def test_every_package_is_installed():
    """pyproject lists packages explicitly (for the resources mapping): none forgotten."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packages = set(config["tool"]["setuptools"]["packages"])
    src = REPO / "src"
    found = {".".join(p.parent.relative_to(src).parts) for p in src.rglob("__init__.py")}
    assert found - packages == set()


def _messages(ts_path: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    root = ET.parse(ts_path).getroot()
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")
            if message.find("translation").get("type") not in ("obsolete", "vanished")}


def test_ts_file_is_up_to_date_with_the_sources(tmp_path):
    """Every user-visible string in the code is in translations/presspad_ru.ts (make ts)."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        import pytest

        pytest.skip("pyside6-lupdate is not installed next to this Python")
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    sources = [str(REPO / f) for f in config["tool"]["pyside6-project"]["files"]
               if f.endswith(".py")]
    fresh = tmp_path / "presspad_ru.ts"
    shutil.copy(REPO / "translations" / "presspad_ru.ts", fresh)
    subprocess.run([str(lupdate), "-silent", "-locations", "none", "-no-obsolete", *sources,
                    "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    committed = _messages(REPO / "translations" / "presspad_ru.ts")
    assert _messages(fresh) - committed == set(), "run 'make ts' and translate the new strings"
