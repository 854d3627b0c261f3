"""The Russian interface translation: complete, well-formed, and actually loaded."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from presspad.gui import i18n

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "translations" / "presspad_ru.ts"
QM = TS.with_suffix(".qm")

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
RU_MENUS = ["&Файл", "&Правка", "&Вид", "П&роверка", "С&ервис", "&Справка"]


def _messages() -> list[tuple[str, str, ET.Element | None]]:
    """(context, source, translation element) for every message in the .ts file."""
    root = ET.parse(TS).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation")))
    return found


MESSAGES = _messages()


def _accelerators(text: str) -> int:
    """How many '&' mnemonics a (parsed, unescaped) string has; '&&' is a literal '&'."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def _lrelease() -> Path:
    """pyside6-lrelease from the virtualenv running the tests."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "lrelease"):
        if (bindir / name).exists():
            return bindir / name
    pytest.skip("pyside6-lrelease is not installed next to the test interpreter")


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory) -> Path | None:
    """None when `make translations` built an up-to-date .qm; else a folder holding a fresh one."""
    if QM.exists() and QM.stat().st_mtime >= TS.stat().st_mtime:
        return None
    out = tmp_path_factory.mktemp("qm")
    subprocess.run([str(_lrelease()), "-silent", str(TS), "-qm", str(out / QM.name)],
                   check=True)
    return out


def test_ts_has_messages():
    assert len(MESSAGES) > 150


@pytest.mark.parametrize("context,source,translation", MESSAGES,
                         ids=[f"{c}:{s[:40]}" for c, s, _ in MESSAGES])
def test_message_is_translated(context, source, translation):
    assert translation is not None
    assert translation.get("type") not in ("unfinished", "obsolete", "vanished")
    assert (translation.text or "").strip(), f"empty translation in {context}: {source!r}"


@pytest.mark.parametrize("context,source,translation", MESSAGES,
                         ids=[f"{c}:{s[:40]}" for c, s, _ in MESSAGES])
def test_placeholders_and_accelerators_kept(context, source, translation):
    text = translation.text or ""
    # ElementTree has already turned &amp; into &, so a '&' here is a real mnemonic.
    assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source))
    assert _accelerators(text) == _accelerators(source)
    if "…" in source:
        assert "…" in text
    for tag in re.findall(r"</?\w+>", source):
        assert tag in text


def test_finding_templates_keep_placeholders():
    """Every finding sentence renders in Russian with the same parameters as in English."""
    from presspad.core.model.messages import TEMPLATES

    translated = {s: t.text for c, s, t in MESSAGES if c == "Findings"}
    for code, template in TEMPLATES.items():
        assert template in translated, code
        assert code not in translated[template]


def _package_file_in(folder: Path):
    """A stand-in for package_file, seen by i18n only: .qm files come from ``folder``."""
    return lambda _package, *parts: folder.joinpath(*parts)


@pytest.fixture
def russian(qapp, qm_dir, monkeypatch):
    """The Russian translators installed for one test, English restored afterwards."""
    if qm_dir is not None:
        monkeypatch.setattr(i18n, "package_file", _package_file_in(qm_dir))
    assert i18n.install_translators(qapp, "ru") == "ru"
    yield qapp
    i18n.install_translators(qapp, "en")


def test_menus_are_russian(qtbot, russian):
    from presspad.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == RU_MENUS
    assert window.file_menu.title() == "&Файл"
    assert window.edit_menu.title() == "&Правка"
    assert window.act_save_as.text() == "Сохранить &как…"
    assert window.act_about.text() == "&О программе presspad"


def test_english_is_back_after_russian(qtbot, qapp):
    from presspad.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.file_menu.title() == "&File"


def test_finding_message_in_russian(russian):
    from PySide6.QtCore import QCoreApplication

    from presspad.core.model.messages import render

    def translate(context, text):
        return QCoreApplication.translate(context, text)

    message = render("quote-missing-translation", {"text": "Hello"}, "ru", translate)
    assert message == "У цитаты «Hello» нет соответствия в английской версии"


CHILD = r"""
import sys
from PySide6.QtWidgets import QApplication
from presspad.gui import i18n
if len(sys.argv) > 1:  # no up-to-date translations/*.qm: the test compiled one elsewhere
    from pathlib import Path
    i18n.package_file = lambda _package, *parts: Path(sys.argv[1]).joinpath(*parts)
app = QApplication(sys.argv[:1])
print("language=" + i18n.install_translators(app, "system"))
from presspad.gui.main_window import MainWindow
window = MainWindow()
for action in window.menuBar().actions():
    print("menu=" + action.text())
"""


def test_system_language_russian_in_subprocess(tmp_path, qm_dir):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env.update(LANG="ru_RU.UTF-8", LANGUAGE="ru", QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    args = [sys.executable, "-c", CHILD] + ([str(qm_dir)] if qm_dir is not None else [])
    result = subprocess.run(args, env=env, cwd=tmp_path, capture_output=True, text=True,
                            encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "language=ru" in lines
    assert [line[len("menu="):] for line in lines if line.startswith("menu=")] == RU_MENUS


def test_a_language_change_reaches_the_panels_not_yet_opened(qtbot, qapp, qm_dir, monkeypatch):
    from presspad.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.comments.dock.windowTitle() == "Comments"
    if qm_dir is not None:
        monkeypatch.setattr(i18n, "package_file", _package_file_in(qm_dir))
    try:
        i18n.install_translators(qapp, "ru")
        qtbot.waitUntil(lambda: window.comments.dock.windowTitle() == "Комментарии",
                        timeout=3000)
        assert window.comments.act_add.text() == "Добавить &комментарий…"
        window.panes["en"].header.set_expanded(True)     # made now, in Russian
        assert window.panes["en"].header.today_button.text() == "Сегодня"
    finally:
        i18n.install_translators(qapp, "en")
