"""The floor for start-up: a bare PySide6 window with two text editors.

Started by bench/startup.py exactly like presspad; it loads the same sample
text into the editors and prints ``shown <monotonic time>`` at first paint,
then quits; with ``--stay`` it keeps running (bench/window_start.py ends it
once its window is on the X server, as it does with the peers).
"""

from __future__ import annotations

import sys
import time
import tomllib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter


class FirstPaint(QObject):
    seen = False
    stay = False

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            # Report once the paint is done, exactly as presspad's app does.
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"shown {time.monotonic():.6f}", flush=True)
        if not self.stay:
            QApplication.instance().quit()


def main() -> int:
    with open(sys.argv[1], "rb") as handle:
        release = tomllib.load(handle)
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal)
    for lang in ("en", "ru"):
        editor = QPlainTextEdit()
        editor.setPlainText(release[lang]["body"])
        splitter.addWidget(editor)
    window.setCentralWidget(splitter)
    window.resize(1400, 860)
    probe = FirstPaint(window)
    probe.stay = "--stay" in sys.argv[2:]
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
