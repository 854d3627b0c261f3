"""The app's own process stays lean: what only the checks need lives in the worker."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

# Opens the sample, loads the directory, waits for the worker's lexicon and
# reports what the app's process imported and what its spell engine knows.
SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication
    from presspad.gui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow()
    window.open_path(sys.argv[1])
    window.show()
    window.review.lexicon_ready.connect(app.quit)
    window.after_first_paint()
    app.exec()
    print("pymorphy3" in sys.modules, "хижняку" in window.speller._known_sources["directory"])
    from presspad.gui.review.check_runner import shutdown_pool
    shutdown_pool()
""")


def test_the_app_process_never_loads_pymorphy3(sample_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(sample_path)], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    # Partner names (with their Russian case forms) are known words, yet the
    # ~26 MiB of pymorphy3's dictionaries were loaded only by the worker.
    assert out.stdout.split() == ["False", "True"], out.stdout + out.stderr


def test_pysides_import_hook_answers_as_before_from_the_files_bytes():
    """The quicker hook (app.py) says "uses PySide6" for exactly the modules PySide's says."""
    import PySide6.QtWidgets  # noqa: F401 - installs PySide's import hook

    from presspad.gui import app, main_window  # noqa: F401 - many modules of both kinds

    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    app._answer_pyside_import_hook_from_bytes()
    try:
        quicker = feature._mod_uses_pyside
        assert quicker is not original and quicker.reads_bytes
        app._answer_pyside_import_hook_from_bytes()          # installed once only
        assert feature._mod_uses_pyside is quicker
        modules = [m for m in list(sys.modules.values())
                   if str(getattr(m, "__file__", "")).endswith(".py")]
        assert len(modules) > 100
        answers = {m.__name__: quicker(m) for m in modules}
        assert answers == {m.__name__: original(m) for m in modules}
        assert answers["presspad.gui.main_window"] and not answers["presspad.core.model.release"]
    finally:
        feature._mod_uses_pyside = original
