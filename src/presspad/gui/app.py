"""Start the desktop app: ``presspad-gui [FILE] [--screenshot PNG]``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

logger = logging.getLogger(__name__)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="presspad-gui", description="The presspad app.")
    parser.add_argument("file", nargs="?", help="a release to open")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="save a screenshot once the window is shown, then quit")
    # For bench/startup.py: print when the window is first painted, then quit.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    # For bench/memory.py: quit once the first checks are shown (the app in use).
    parser.add_argument("--exit-when-checked", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run_app(argv: list[str]) -> int:
    """Run the app until its window closes; return the exit code."""
    args = _parse(argv)
    # The core the window needs, imported before Qt: once PySide6 is loaded, its
    # import hook looks into every module imported after it (PYSIDE-2029, for
    # `from __feature__`). Import order only; the split keeps the sorter off it.
    import presspad.core.checks.review  # noqa: F401
    import presspad.core.checks.service  # noqa: F401
    import presspad.core.formats.loading  # noqa: F401
    import presspad.core.storage.settings  # noqa: F401

    # isort: split
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    _answer_pyside_import_hook_from_bytes()
    from presspad import APP_ID, __version__
    from presspad.core.model.package_data import package_file
    from presspad.core.storage.settings import load_settings
    from presspad.gui.i18n import install_translators
    from presspad.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("presspad")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(package_file("presspad.resources", "presspad.svg"))))
    settings = load_settings()
    install_translators(app, settings.ui_language)

    window = MainWindow(settings)
    errors: list[str] = []
    opened = window.open_path(args.file, on_error=errors.append) if args.file else True
    for message in errors:
        print(f"presspad: {message}", file=sys.stderr)
        if not (args.screenshot or args.exit_when_shown or args.exit_when_checked):
            # Say it once the window is up, so the user sees what failed to open.
            QTimer.singleShot(0, lambda m=message: window.show_error(
                QCoreApplication.translate("MainWindow", "Cannot Open"), m))
    if args.exit_when_shown:
        _exit_on_first_paint(window)
    if args.exit_when_checked:
        window.review.runner.results_ready.connect(
            lambda *_: (print("checked", flush=True), QApplication.instance().quit()))
    window.show()
    if not (args.screenshot or args.exit_when_shown or args.exit_when_checked):
        from presspad.gui.autosave import offer_recovery

        QTimer.singleShot(0, lambda: offer_recovery(window))
    if args.screenshot:
        # Take the picture once the first check run has filled the findings panel.
        window.review.runner.results_ready.connect(
            lambda *_: QTimer.singleShot(300, lambda: _screenshot_and_quit(window, args, opened)))
        window.review.runner.run_now()
        # Should the checks fail, still take the picture.
        QTimer.singleShot(20000, lambda: _screenshot_and_quit(window, args, opened))
    return app.exec()


def _answer_pyside_import_hook_from_bytes() -> None:
    """Let PySide6's import hook read each module's file rather than ask ``inspect``.

    After PySide6 is imported, every module imported asks whether its source says
    "PySide6" (PYSIDE-2029, for ``from __feature__``), through
    ``inspect.getsource``: about 80 µs a module, 5 ms for the window's modules.
    The same answer from the file's bytes costs a tenth. Anything else (no
    ``.py`` file, a PySide6 without this hook) keeps PySide's own way.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as handle:
                    return b"PySide6" in handle.read()
            except (OSError, ValueError):   # ValueError: a path no file can have
                pass
        return original(module)

    uses_pyside.reads_bytes = True
    feature._mod_uses_pyside = uses_pyside


def _screenshot_and_quit(window, args: argparse.Namespace, opened: bool) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if getattr(window, "_screenshot_taken", False):
        return
    window._screenshot_taken = True
    target = Path(args.screenshot)
    target.parent.mkdir(parents=True, exist_ok=True)
    # On a real X server (Xvfb) grab what is on the screen; offscreen, render the widget.
    if QGuiApplication.platformName() == "xcb":
        picture = window.screen().grabWindow(window.winId())
    else:
        picture = window.grab()
    picture.save(str(target))
    release = window.current_release()
    what = args.file if (args.file and opened) else "a new release"
    print(f"presspad: opened {what}")
    for lang in ("en", "ru"):
        title = release.version(lang).title or "(no title)"
        print(f"  {lang}: {title}")
    print(f"presspad: checks: {window.check_label.text() or 'not finished'}")
    print(f"presspad: screenshot saved to {target}")
    window.setWindowModified(False)
    QApplication.instance().quit()


def _exit_on_first_paint(window) -> None:
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                QTimer.singleShot(0, lambda: (print(f"shown {time.monotonic():.6f}", flush=True),
                                              QApplication.instance().quit()))
            return False

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)


def main() -> int:
    """Entry point of ``presspad-gui``."""
    return run_app(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
