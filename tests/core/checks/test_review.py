"""Findings grouped by paragraph pair; ignoring and un-ignoring a finding."""

from __future__ import annotations

import copy

from presspad.core.alignment.consistency import ConsistencySession
from presspad.core.checks.registry import default_registry
from presspad.core.checks.review import group_by_pair, ignore, pair_index, unignore
from presspad.core.model.findings import Finding, Severity, Span
from presspad.core.storage import release_file as storage


def planted(sample_path):
    release = storage.load(sample_path)
    release.ru.body = release.ru.body.replace("26 октября", "27 октября").replace(
        "на 5 млн долларов", "на 50 млн долларов")
    return release


def test_findings_grouped_by_pair(sample_path):
    release = planted(sample_path)
    analysis = ConsistencySession().analyse(release.en.body, release.ru.body)
    other = Finding("typography", Severity.WARNING,
                    Span("en", release.en.body.index("every year"),
                         release.en.body.index("every year") + 10))
    findings = analysis.findings + [other]
    groups = group_by_pair(analysis, findings)
    assert [(bead.en, bead.ru) for bead, _ in groups] == [((0,), (0,)), ((2, 3), (2,)),
                                                         ((6,), (5,))]
    assert [[f.code for f in fs] for _, fs in groups] == [
        ["date-mismatch"], ["typography"], ["number-mismatch"]]


def test_pair_index_between_and_before_paragraphs():
    analysis = ConsistencySession().analyse("\n\nOne.\n\n\nTwo.\n", "\n\nОдин.\n\n\nДва.\n")
    assert pair_index(analysis, "en", 0) == 0
    assert pair_index(analysis, "en", 7) == 0        # in the blank lines after "One."
    assert pair_index(analysis, "ru", len("\n\nОдин.\n\n\n")) == 1
    assert pair_index(ConsistencySession().analyse("", ""), "en", 0) is None


def test_ignore_and_unignore(sample_path, tmp_path):
    release = planted(sample_path)
    registry = default_registry()
    findings = [f for f in registry.run(release) if f.code == "number-mismatch"]
    (finding,) = findings
    assert ignore(release, finding, "the Russian is right: see the contract")
    assert not ignore(release, finding)
    path = tmp_path / "reviewed.presspad"
    storage.save(release, path)
    loaded = storage.load(path)
    assert loaded.ignored[0].reason == "the Russian is right: see the contract"
    codes = [f.code for f in registry.run(loaded)]
    assert "number-mismatch" not in codes and "date-mismatch" in codes
    again = copy.deepcopy(loaded)
    assert unignore(again, finding) and not unignore(again, finding)
    assert "number-mismatch" in [f.code for f in registry.run(again)]
