"""The check service: one registry and context per process, rebuilt when options change."""

from __future__ import annotations

import json

from presspad.cli.main import main
from presspad.core.checks import service


def _count(capsys, *argv: str) -> int:
    main(["check", *argv, "--json"])
    return len(json.loads(capsys.readouterr().out)["findings"])


def test_options_of_an_earlier_call_are_not_reused(capsys, sample_path):
    sample = str(sample_path)
    service._state.clear()
    assert _count(capsys, "--no-spelling", sample) == 55
    assert _count(capsys, sample) == 55
    # Without the directory its names are unknown words: 32 spelling findings more.
    assert _count(capsys, "--no-directory", sample) == 87
    assert _count(capsys, sample) == 55
    english_only = _count(capsys, "--lang", "en", sample)
    assert 0 < english_only < 55
    assert _count(capsys, sample) == 55


def test_same_options_reuse_the_context():
    service._state.clear()
    config = {"version": 0, "use_directory": False, "spelling": False, "langs": ("en", "ru")}
    first = service.registry_and_context(config)
    assert service.registry_and_context(dict(config)) == first
    assert service.registry_and_context({**config, "langs": ("en",)})[1] is not first[1]


def test_directory_lexicon_has_the_names_words_and_case_forms():
    service._state.clear()
    lexicon = service.directory_lexicon({"spelling": False})
    assert {"Хижняк", "Хижняку", "Khizhnyak"} <= lexicon.words
    forms = {text: dict(f) for (_kind, _gender, text), f in lexicon.forms.items()}
    assert forms["Владимир Хижняк"]["ablt"] == "Владимиром Хижняком"
    assert service.directory_lexicon({"use_directory": False}) is None


def test_the_apps_context_follows_a_colleagues_edit_without_a_rebuild(directory_location):
    from presspad.core.directory.model import ORG, Entry
    from presspad.core.directory.snapshot import directory_words
    from presspad.core.directory.store import Directory

    service._state.clear()
    config = {"version": 0, "directory_path": directory_location, "follow_directory": True,
              "spelling": False}
    registry, context = service.registry_and_context(config)
    before = context.directory
    assert "Zylotech" not in directory_words(before, "en")
    with Directory(directory_location) as colleague:
        colleague.add(Entry(kind=ORG, en="Zylotech Labs", ru="Лаборатории Зилотех"))
    again, same = service.registry_and_context(dict(config))
    assert again is registry and same is context          # nothing rebuilt …
    assert same.directory.revision > before.revision      # … but the snapshot moved on
    assert "Zylotech" in directory_words(same.directory, "en")
    assert "Зилотех" in directory_words(same.directory, "ru")
    service._state.clear()
