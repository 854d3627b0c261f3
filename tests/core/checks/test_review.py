"""Findings grouped by paragraph pair; ignoring and un-ignoring a finding."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from presspad.core.alignment.consistency import ConsistencySession
from presspad.core.checks.registry import default_registry
from presspad.core.checks.review import (
    group_by_pair,
    ignore,
    open_findings,
    pair_index,
    reviewer,
    stop_ignoring,
    unignore,
)
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
    assert not ignore(release, finding, "twice")
    path = tmp_path / "reviewed.presspad"
    storage.save(release, path)
    loaded = storage.load(path)
    assert loaded.ignored[0].reason == "the Russian is right: see the contract"
    codes = [f.code for f in registry.run(loaded)]
    assert "number-mismatch" not in codes and "date-mismatch" in codes
    again = copy.deepcopy(loaded)
    assert unignore(again, finding) and not unignore(again, finding)
    assert "number-mismatch" in [f.code for f in registry.run(again)]


def test_ignoring_needs_a_reason_and_records_who_when_and_what(sample_path):
    release = planted(sample_path)
    (finding,) = [f for f in default_registry().run(release) if f.code == "number-mismatch"]
    for blank in ("", "   \n"):
        with pytest.raises(ValueError):
            ignore(release, finding, blank)
    assert release.ignored == []
    moment = dt.datetime(2026, 3, 1, 12, 30, 15, 999, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert ignore(release, finding, "  per the contract ", author="Anna Editor", at=moment)
    (entry,) = release.ignored
    assert entry.reason == "per the contract" and entry.author == "Anna Editor"
    assert entry.at == dt.datetime(2026, 3, 1, 9, 30, 15, tzinfo=dt.UTC)
    assert entry.lang == finding.lang == "ru"
    assert "50" in entry.message and "5" in entry.message  # the rendered sentence


def test_the_login_name_signs_when_the_settings_have_no_author(sample_path, monkeypatch):
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "editor7")
    assert reviewer("") == "editor7" and reviewer(" Anna ") == "Anna"
    release = planted(sample_path)
    (finding,) = [f for f in default_registry().run(release) if f.code == "number-mismatch"]
    ignore(release, finding, "checked")
    assert release.ignored[0].author == "editor7"
    now = dt.datetime.now(dt.UTC)
    assert release.ignored[0].at.tzinfo is not None
    assert abs((now - release.ignored[0].at).total_seconds()) < 60
    assert release.ignored[0].at.microsecond == 0


def test_open_findings_leave_out_the_ignored_and_stop_ignoring_by_key(sample_path):
    release = planted(sample_path)
    findings = default_registry().run(release)
    (finding,) = [f for f in findings if f.code == "number-mismatch"]
    ignore(release, finding, "checked")
    rest = open_findings(release, findings)
    assert finding not in rest and len(rest) == len(findings) - 1
    assert stop_ignoring(release, finding.code, finding.key())
    assert not stop_ignoring(release, finding.code, finding.key())
    assert open_findings(release, findings) == findings


def test_an_ignored_slip_stays_ignored_when_its_neighbours_are_fixed():
    import datetime as dt

    from presspad.cli.cmd_fix import fix_release
    from presspad.core.checks.review import ignore, open_findings
    from presspad.core.checks.typography import body_findings
    from presspad.core.model.release import LangVersion, Release

    body = 'It was the "best" -- ever, they said.\n'
    release = Release(en=LangVersion(title="T", body=body), date=dt.date(2024, 1, 1))
    dash = next(f for f in body_findings(body, "en") if "dash" in f.params["rule"])
    ignore(release, dash, "house style keeps this dash", author="me")
    for _ in range(2):                      # fixing twice changes nothing more
        fix_release(release)
        assert "--" in release.en.body and "“best”" in release.en.body
        assert open_findings(release, body_findings(release.en.body, "en")) == []


def test_an_ignore_saved_before_the_subject_key_still_holds():
    import datetime as dt

    from presspad.cli.cmd_fix import fix_release
    from presspad.core.checks.review import open_findings, unignore
    from presspad.core.checks.typography import body_findings
    from presspad.core.model.release import IgnoredFinding, LangVersion, Release

    body = 'He said "best" -- ever.\n'
    dash = next(f for f in body_findings(body, "en") if "dash" in f.params["rule"])
    legacy = f"typography:en:{dash.params['text']}"          # the key an older presspad saved
    assert dash.key() != legacy and legacy in dash.ignore_keys()
    release = Release(en=LangVersion(title="T", body=body), date=dt.date(2024, 1, 1),
                      ignored=[IgnoredFinding("typography", legacy, "house style")])
    assert dash not in open_findings(release, body_findings(body, "en"))
    fix_release(release)
    assert "--" in release.en.body                          # not fixed: still ignored
    assert unignore(release, dash) and release.ignored == []
