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
