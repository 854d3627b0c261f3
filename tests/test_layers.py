"""Our layering: core imports no Qt; gui and cli never import each other."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "presspad"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(package: str):
    return sorted((SRC / package).rglob("*.py"))


def test_core_imports_no_qt():
    offenders = {str(p.relative_to(SRC)): sorted(n for n in _imports(p) if n.startswith("PySide6"))
                 for p in _modules("core")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_gui_and_cli_do_not_import_each_other():
    for path in _modules("gui"):
        assert not any(n.startswith("presspad.cli") for n in _imports(path)), path
    for path in _modules("cli"):
        assert not any(n.startswith("presspad.gui") for n in _imports(path)
                       if path.name != "cmd_gui.py"), path


def test_cli_start_up_does_not_load_qt():
    code = ("import sys; from presspad.cli.main import build_parser; build_parser(); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
