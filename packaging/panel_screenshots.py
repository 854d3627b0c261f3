"""Screenshots of the panels and dialogs, for docs/screenshots/ (run by packaging/screenshots.sh).

``python packaging/panel_screenshots.py OUT_DIR LANG`` opens the app on the
release with every header field filled (tests/data/releases/all_fields.presspad),
under a real X server (Xvfb), and saves one PNG per panel or dialog. Someone
then looks at them: Cyrillic renders, nothing is clipped, the editors keep
their width.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[1]
RELEASE = REPO / "tests" / "data" / "releases" / "all_fields.presspad"


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_until(app: QApplication, condition, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the app")
        app.processEvents()
        time.sleep(0.02)


def type_into(widget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def save(widget, out: Path, name: str) -> None:
    path = out / name
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    out, lang = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    from presspad.gui import i18n

    app = QApplication(sys.argv[:1])
    i18n.install_translators(app, lang)
    from presspad.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1500, 950)
    window.show()
    window.open_path(RELEASE)
    wait_until(app, lambda: window.review.last_result is not None
               and not window.review.live.loading)
    settle(app)

    # The header panels, open on both languages.
    for pane in window.panes.values():
        pane.header.set_expanded(True)
    settle(app)
    save(window, out, f"header-panel-{lang}.png")
    for pane in window.panes.values():
        pane.header.set_expanded(False)

    # Find and replace across both panes.
    bar = window.editor_tools.find_bar
    bar.open_bar(replace=True)
    bar.scope.setCurrentIndex(bar.scope.count() - 1)   # both panes
    bar.query.setText("Korea" if lang == "en" else "Коре")
    bar.search_now(move=True)
    settle(app)
    save(window, out, f"find-replace-{lang}.png")
    bar.close_bar()

    # The comments tab.
    window.comments.dock.raise_()
    settle(app)
    save(window, out, f"comments-{lang}.png")
    window.review.findings_dock.raise_()

    # The preview as the third pane.
    window.publish.act_preview.setChecked(True)
    settle(app, 0.6)
    save(window, out, f"preview-pane-{lang}.png")
    window.publish.act_preview.setChecked(False)

    # Russian completion, preselecting the case the preposition asks for.
    editor = window.panes["ru"].editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("\n"))   # the end of the first paragraph
    editor.setTextCursor(cursor)
    type_into(editor, " Встреча с Хиж")
    settle(app)
    wait_until(app, lambda: window.review.completers, timeout=10)
    popup = window.review.completers["ru"].popup
    wait_until(app, popup.isVisible, timeout=10)
    area = popup.geometry().adjusted(-160, -70, 260, 30)
    shot = window.screen().grabWindow(0, max(0, area.x()), max(0, area.y()),
                                      area.width(), area.height())
    shot.save(str(out / f"completion-{lang}.png"))
    print(out / f"completion-{lang}.png")
    editor.undo()

    # Dialogs.
    from presspad.gui.dialogs.disk_changed_dialog import CompareDialog
    from presspad.gui.dialogs.ignore_dialog import IgnoreDialog
    from presspad.gui.dialogs.ignored_list_dialog import IgnoredListDialog
    from presspad.gui.dialogs.settings_dialog import SettingsDialog

    finding = window.review.last_findings[0]
    from presspad.core.model.messages import render

    dialog = IgnoreDialog(render(finding.code, finding.params, finding.lang), window)
    dialog.show()
    settle(app)
    save(dialog, out, f"ignore-dialog-{lang}.png")
    dialog.close()

    dialog = IgnoredListDialog(window.review.ignoring, window)
    dialog.show()
    settle(app)
    save(dialog, out, f"ignored-list-{lang}.png")
    dialog.close()

    mine = window.current_release()
    mine.en.body = mine.en.body.replace("signed a memorandum", "signed an agreement")
    mine.ru.title += "!"
    from presspad.core.formats.loading import load_any

    dialog = CompareDialog(load_any(RELEASE), mine, RELEASE.name, window)
    dialog.show()
    settle(app)
    save(dialog, out, f"compare-dialog-{lang}.png")
    dialog.close()

    dialog = SettingsDialog(window.settings, window)
    dialog.show()
    settle(app)
    save(dialog, out, f"settings-{lang}.png")
    dialog.close()

    window.setWindowModified(False)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
