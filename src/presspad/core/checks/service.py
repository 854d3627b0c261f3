"""Checking a release in a worker process, for the app.

The checks are pure Python and take tens to hundreds of milliseconds on a
long release; in a thread of the app's process they would hold the GIL while
the writer types. The app therefore sends each snapshot to one worker process
(:func:`check_release` runs there) and gets back everything it shows: the
findings, the paragraph pair of each, and the quotes to tint.

Everything the app shows comes from here: the findings with their
paragraph pairs, the quotes to tint, the quote pairs for the Quotes view and
the paragraph alignment for aligned scrolling; the GUI computes none of them.

The worker keeps its registry, spell engine, directory snapshot and alignment
session between calls; ``config["version"]`` changes when settings, the
directory or the personal dictionaries change, and the worker rebuilds them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from presspad.core.model.errors import PresspadError
from presspad.core.model.findings import Finding
from presspad.core.model.release import LANGS, Release

logger = logging.getLogger(__name__)

_state: dict[str, Any] = {}


@dataclass
class CheckResult:
    """What the app shows after a check run."""

    findings: list[Finding]
    pair_labels: list[str]                      # "EN 3 ↔ RU 2" per finding ("" if none)
    pair_order: list[int]                       # bead number per finding (for grouping)
    quotes: dict[str, list] = field(default_factory=dict)   # lang -> [Quote]
    quote_pairs: list = field(default_factory=list)         # [QuotePair], as the checks paired
    beads: list = field(default_factory=list)               # [Bead]: the paragraph alignment


def watch_parent() -> None:
    """Worker initializer: exit when the app that started us is gone (even by kill -9)."""
    import os
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="presspad-parent-watch", daemon=True).start()


def config_key(config: dict[str, Any]) -> tuple:
    """A hashable identity of every option in ``config``."""
    return tuple(sorted((name, repr(value)) for name, value in config.items()))


def reset_state() -> None:
    """Forget the built registry and context (a long-lived process whose files changed)."""
    directory = _state.get("directory")
    if directory is not None:
        directory.close()
    _state.clear()


def registry_and_context(config: dict[str, Any]):
    """The registry and context for ``config``, built once per process and rebuilt when
    any of its values changes (the app's worker and ``presspad check`` both use it).

    Keys: version (the app moves it when the directory or the personal
    dictionaries change under the same settings), follow_directory (True: ask
    the open directory what changed since the context's snapshot, at every
    call — the app, whose colleagues edit the directory meanwhile), directory_path,
    use_directory, spelling, spelling_en, typography_off, langs, config_dir and data_dir (the
    app's folders, for the worker process).
    """
    # The whole config is the key: keyed on "version" alone, a `check --no-spelling`
    # followed by a plain `check` in one process reused the first call's options.
    key = config_key(config)
    if "registry" not in _state or _state.get("key") != key:
        from presspad.core.checks.context import build_context, open_directory
        from presspad.core.checks.registry import default_registry
        from presspad.core.storage import paths

        if config.get("config_dir") and config.get("data_dir"):
            paths.override_roots(config=config["config_dir"], data=config["data_dir"])
        old = _state.get("directory")
        if old is not None:
            old.close()   # a server's pool must not outlive its context
        directory = (open_directory(config.get("directory_path") or None)
                     if config.get("use_directory", True) else None)
        _state.update(key=key, registry=default_registry(), directory=directory,
                      context=build_context(tuple(config.get("langs") or LANGS),
                                            directory=directory,
                                            spelling=config.get("spelling", True),
                                            spelling_en=config.get("spelling_en", "en_US"),
                                            typography_off=config.get("typography_off")))
    elif config.get("follow_directory"):
        _follow_directory(_state["directory"], _state["context"])
    return _state["registry"], _state["context"]


def _follow_directory(directory: Any, context: Any) -> None:
    """Bring the context's snapshot up to the directory's revision, incrementally.

    A colleague's edit costs one cheap query and the changed entries, not a
    new registry, spell engine and a reload of the whole directory.
    """
    from presspad.core.directory.snapshot import directory_words

    snapshot = context.directory
    if directory is None or snapshot is None:
        return
    try:
        changes = directory.changes_since(snapshot.revision)
    except PresspadError as exc:
        logger.warning("checking with the directory as it was: %s", exc.user_message())
        return
    if not changes and changes.revision == snapshot.revision:
        return
    context.directory = snapshot = snapshot.updated(changes)
    if context.speller is not None:
        context.speller.set_known_words(directory_words(snapshot, "en")
                                        | directory_words(snapshot, "ru"))


@dataclass
class DirectoryLexicon:
    """What the app's editors need of the partner directory, computed by the worker."""

    words: set[str]   # every word of the names, both languages, Russian case forms too
    forms: dict       # completion.forms_table: the case forms completion offers


def directory_lexicon(config: dict[str, Any]) -> DirectoryLexicon | None:
    """The directory's known words and case forms, for the app's spelling and completion.

    Run in the worker, where the checks have pymorphy3 and the snapshot's forms
    already: the app's own process then holds neither (issue 21: memory).
    """
    from presspad.core.directory.completion import forms_table
    from presspad.core.directory.snapshot import directory_words

    _registry, context = registry_and_context(config)
    snapshot = context.directory
    if snapshot is None:
        return None
    return DirectoryLexicon(directory_words(snapshot, "en") | directory_words(snapshot, "ru"),
                            forms_table(snapshot.entries))


def check_release(release: Release, config: dict[str, Any]) -> CheckResult:
    """Run every check on ``release``; label each finding with its paragraph pair."""
    from presspad.core.checks.quotes import quote_pairs
    from presspad.core.checks.review import pair_index
    from presspad.core.quotes.finder import find_quotes

    registry, context = registry_and_context(config)
    findings = registry.run(release, context)
    session = context.options["consistency_session"]
    analysis = session.analyse(release.en.body, release.ru.body)
    labels, beads = [], []
    for finding in findings:
        number = pair_index(analysis, finding.lang, finding.span.start)
        if number is None:
            labels.append("")
            beads.append(10**9)
            continue
        bead = analysis.beads[number]
        en = ",".join(str(i + 1) for i in bead.en) or "—"
        ru = ",".join(str(i + 1) for i in bead.ru) or "—"
        labels.append(f"EN {en} ↔ RU {ru}")
        beads.append(number)
    quotes = {lang: find_quotes(release.body(lang), lang) for lang in LANGS}
    # What the app shows besides the findings comes from the same computations the
    # checks made (the quote pairs, the alignment), so the GUI never redoes them.
    pairs = quote_pairs(release, context) if "quote-translation" in registry else []
    return CheckResult(findings, labels, beads, quotes, pairs, list(analysis.beads))
