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
