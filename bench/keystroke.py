"""Key-event latency while typing into a 10,000-word release with spelling and checks on.

Run: .venv/bin/python bench/keystroke.py [--lang en|ru|both] [--fast]

A plain QApplication (offscreen unless a display is set) shows a
QPlainTextEdit holding one language's body of a 10,000-word release, with
SpellHighlighter and SmartQuotes installed. All registered checks run on the
whole release 300 ms after the last key (a single-shot QTimer restarted by
every change), as the app does. 500 characters are typed in the middle of
the text, as key press + release events, at a human pace (a key every 30 ms,
a pause of 400 ms every 60 keys so the debounced checks do run). Each key's
time is from sending the press until the event queue is empty again (edit,
re-highlight, layout, paint). Goal: p99 under 16 ms.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from presspad.core.checks import CheckContext, default_registry  # noqa: E402
from presspad.core.document import Release  # noqa: E402
from presspad.core.spelling import SpellEngine  # noqa: E402
from presspad.core.storage import load  # noqa: E402
from presspad.core.textstats import count_words  # noqa: E402
from presspad.gui.smart_typing import SmartQuotes  # noqa: E402
from presspad.gui.spell_highlighter import SpellHighlighter  # noqa: E402
from presspad.gui.textpos import document_text  # noqa: E402

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
WORDS = 10_000
KEYS = 500
DEBOUNCE_MS = 300
TYPED = {
    "en": 'The "partner" said it\'s a great day - we signed # 1 deal; mispeled words too. ',
    "ru": 'Партнёр сказал: "Это "лучший" день" - мы подписали 5 млн в рамках № 1, ошибкай. ',
}
NAMES = ["Powel Corporation", "Gyeonggi", "Lee Yong Chol", "Alexander Masaltsev",
         "Vladimir Khizhnyak", "Gazprom", "Exoatlet Global", "Hanyang",
         "Кёнгидо", "Ли Ён Чоль", "Александр Масальцев", "Владимир Хижняк", "Ханьян"]


def build_release(words: int) -> Release:
    """A release whose bodies hold about ``words`` words each (sample + corpus, repeated)."""
    sample = load(REPO / "resources" / "sample.presspad")
    release = Release(date=sample.date)
    for lang in ("en", "ru"):
        parts = [sample.body(lang)]
        parts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob(f"{lang}_*.txt"))]
        chunk = "\n\n".join(parts)
        body, total = [], 0
        while total < words:
            body.append(chunk)
            total += count_words(chunk)
        version = release.version(lang)
        version.title = sample.title(lang)
        version.body = "\n\n".join(body)
    return release


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def send_key(widget: QPlainTextEdit, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, char))


def wait(app: QApplication, seconds: float) -> None:
    """Run the event loop for ``seconds`` (timers fire here, as between real keys)."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)


def run(app: QApplication, lang: str, fast: bool) -> None:
    release = build_release(WORDS)
    engine = SpellEngine(known_words=NAMES)
    registry = default_registry()
    context = CheckContext(speller=engine)

    editor = QPlainTextEdit()
    editor.lang = lang
    editor.resize(1000, 800)
    started = time.perf_counter()
    editor.setPlainText(release.body(lang))
    highlighter = SpellHighlighter(editor.document(), lang, engine)
    SmartQuotes(editor)
    editor.show()
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().characterCount() // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    app.processEvents()
    load_ms = (time.perf_counter() - started) * 1000

    check_ms: list[float] = []
    finding_counts: list[int] = []

    def run_checks() -> None:
        t0 = time.perf_counter()
        release.version(lang).body = document_text(editor.document())
        findings = registry.run(release, context)
        check_ms.append((time.perf_counter() - t0) * 1000)
        finding_counts.append(len(findings))

    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(DEBOUNCE_MS)
    timer.timeout.connect(run_checks)
    editor.document().contentsChange.connect(lambda *_: timer.start())

    # Warm-up (first calls of code paths), not measured.
    send_key(editor, " ")
    app.processEvents()

    text = (TYPED[lang] * (KEYS // len(TYPED[lang]) + 1))[:KEYS]
    key_ms: list[float] = []
    for index, char in enumerate(text):
        t0 = time.perf_counter()
        send_key(editor, char)
        app.processEvents()
        key_ms.append((time.perf_counter() - t0) * 1000)
        if not fast:
            wait(app, 0.4 if index % 60 == 59 else 0.03)
    wait(app, DEBOUNCE_MS / 1000 + 0.2)

    words = count_words(release.body("en")) + count_words(release.body("ru"))
    print(f"[{lang}] release {words:,} words ({count_words(release.body(lang)):,} in this pane, "
          f"{editor.document().blockCount():,} blocks); checks: {', '.join(registry.names())}")
    print(f"  open + first highlight: {load_ms:.0f} ms")
    print(f"  {len(key_ms)} keys: p50 {percentile(key_ms, 0.5):.2f} ms  "
          f"p90 {percentile(key_ms, 0.9):.2f} ms  p99 {percentile(key_ms, 0.99):.2f} ms  "
          f"max {max(key_ms):.2f} ms  (goal p99 < 16 ms)")
    if check_ms:
        print(f"  debounced check runs: {len(check_ms)}, "
              f"median {statistics.median(check_ms):.0f} ms, "
              f"max {max(check_ms):.0f} ms, {finding_counts[-1]} findings "
              f"(a key pressed during a run waits for it)")
    else:
        print("  debounced check runs: 0 (use without --fast to let them run)")
    del highlighter
    editor.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "ru", "both"), default="both")
    parser.add_argument("--fast", action="store_true",
                        help="no pauses between keys (checks then never run)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in (("en", "ru") if args.lang == "both" else (args.lang,)):
        run(app, lang, args.fast)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
