"""The review report: verdict and counts, the alignment picture, the quotes side by
side, the findings, the ignored ones with why; and nothing in it can run script."""

from __future__ import annotations

import datetime as dt

import html5lib
import pytest

from presspad.core.checks.registry import default_registry
from presspad.core.checks.report import review_report
from presspad.core.checks.review import ignore
from presspad.core.model.release import Comment, LangVersion, Release
from presspad.core.storage import release_file as storage
from tests.core.formats.test_sanitize import XSS_VECTORS, assert_harmless
from tests.reliability.test_xss_exports import VECTORS, unsafe_parts

CONFIG = {"use_directory": False, "spelling": False}
WHEN = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


def parsed(page: str):
    return html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)


def rows(page: str, table_class: str) -> list[list[str]]:
    tree = parsed(page)
    (table,) = [t for t in tree.iter("table") if t.get("class") == table_class]
    return [["".join(cell.itertext()).strip() for cell in row]
            for row in table.iter("tr")][1:]


def text_of(page: str) -> str:
    return " ".join("".join(parsed(page).find("body").itertext()).split())


@pytest.fixture
def reviewed(sample_path) -> Release:
    release = storage.load(sample_path)
    release.ru.body = release.ru.body.replace("на 5 млн долларов", "на 50 млн долларов")
    (finding,) = [f for f in default_registry().run(release) if f.code == "number-mismatch"]
    ignore(release, finding, "the contract says 50", author="Anna Editor", at=WHEN)
    return release


def test_verdict_and_counts_leave_the_ignored_error_out(reviewed):
    page = review_report(reviewed, CONFIG, name="sample.presspad")
    verdict = [p for p in parsed(page).iter("p") if "verdict" in (p.get("class") or "")]
    assert verdict[0].text.startswith("No open errors")
    counts = rows(page, "counts")
    assert counts[0] == ["Errors", "0", "1"]
    assert counts[1][0] == "Warnings" and int(counts[1][1]) > 0
    assert "sample.presspad" in text_of(page)


def test_an_open_error_makes_the_verdict_not_ready(reviewed):
    reviewed.ignored = []
    page = review_report(reviewed, CONFIG)
    assert "Not ready: 1 open error(s) to fix." in text_of(page)
    assert rows(page, "counts")[0] == ["Errors", "1", "0"]
    assert "Nothing ignored." in text_of(page)


def test_alignment_rows_pair_the_paragraphs_and_highlight_a_gap(reviewed):
    page = review_report(reviewed, CONFIG)
    aligned = rows(page, "alignment")
    assert aligned[0][0].startswith("¶1 On October 26") and aligned[0][1].startswith("¶1 26 окт")
    assert aligned[2][0].startswith("¶3–4 As guests") and aligned[2][1].startswith("¶3 В качестве")
    reviewed.ru.body = reviewed.ru.body.replace(
        "\n\nПомимо СПбПУ", "\n\nЭтого абзаца нет в английской версии.\n\nПомимо СПбПУ")
    page = review_report(reviewed, CONFIG)
    tree = parsed(page)
    gaps = [row for row in tree.iter("tr") if row.get("class") == "gap"]
    assert len(gaps) == 1
    cells = ["".join(c.itertext()) for c in gaps[0]]
    assert "no counterpart" in cells[0] and "Этого абзаца нет" in cells[1]
    assert any(span.get("class") == "gap" for span in tree.iter("span"))   # the strip too


def test_quotes_side_by_side_with_their_speakers(reviewed):
    quoted = rows(review_report(reviewed, CONFIG), "quotes")
    row = next(r for r in quoted if "will not grudge resources" in r[0])
    assert "Lee Yong Chol" in row[0] and "не пожалеет ресурсов" in row[1]
    assert "Ли Ён Чоль" in row[1]


def test_an_unpaired_quote_is_flagged(reviewed):
    reviewed.en.body += '\n\n"We will sign more," said Andrei Rudskoi.\n'
    page = review_report(reviewed, CONFIG)
    row = next(r for r in rows(page, "quotes") if "We will sign more" in r[0])
    assert "Andrei Rudskoi" in row[0] and "no counterpart" in row[1]


def test_findings_by_severity_then_language_with_the_words(reviewed):
    page = review_report(reviewed, CONFIG)
    tree = parsed(page)
    sections = [d for d in tree.iter("section")]
    assert [d.get("class") for d in sections] == ["severity warning", "severity info"]
    warnings = " ".join("".join(sections[0].itertext()).split())
    assert "Russian (" in warnings and "typography" in warnings
    marks = ["".join(m.itertext()) for m in sections[0].iter("mark")]
    assert marks and all(marks)
    assert "number-mismatch" not in " ".join("".join(d.itertext()) for d in sections)


def test_ignored_findings_say_who_when_and_why(reviewed):
    (row,) = rows(review_report(reviewed, CONFIG), "ignored")
    assert row[0] == "number-mismatch" and row[1] == "Russian"
    assert "50 млн" in row[2] and row[3] == "Anna Editor"
    assert row[4] == "2026-03-01 09:30 UTC" and row[5] == "the contract says 50"


def test_an_ignore_whose_text_is_gone_is_still_listed(reviewed):
    reviewed.ru.body = reviewed.ru.body.replace("на 50 млн долларов", "на 5 млн долларов")
    (row,) = rows(review_report(reviewed, CONFIG), "ignored")
    assert "no longer found" in row[2] and row[5] == "the contract says 50"


def test_the_report_is_translated_through_the_catalogue(reviewed):
    def shout(context: str, text: str) -> str:
        return text.upper() if context == "Report" else text

    page = review_report(reviewed, CONFIG, translate=shout)
    assert "REVIEW REPORT" in text_of(page) and "PARAGRAPH ALIGNMENT" in text_of(page)


def hostile(vector: str) -> Release:
    body = (f'Intro {vector} text.\n\n"{vector} is what we say," said John {vector} Smith.\n\n'
            f"- item {vector}\n")
    ru_body = f"Вступление {vector}.\n\n«{vector} — наши слова», — сказал Иван {vector}.\n"
    release = Release(en=LangVersion(title=f"Title {vector}", body=body, credit=vector),
                      ru=LangVersion(title=f"Заголовок {vector}", body=ru_body))
    for finding in default_registry().run(release)[:2]:
        ignore(release, finding, f"because {vector}", author=f"Eve {vector}", at=WHEN)
        release.ignored[-1].message = f"it said {vector}"
    release.comments.append(Comment("c1", "en", quote=vector, text=f"see {vector}",
                                    author=vector))
    return release


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_no_payload_survives_the_sanitiser_checks(vector):
    page = review_report(hostile(vector), CONFIG, name=vector)
    # Our own page: one <style>, four <meta> in <head>; nothing else may add any.
    assert_harmless(page, allowed_styles=1, allowed_metas=4)
    assert unsafe_parts(page, allowed_styles=1) == []
    assert vector.split()[0] in text_of(page)   # shown as text, not dropped


def test_no_payload_survives_the_export_vectors():
    for vector in VECTORS:
        page = review_report(hostile(vector), CONFIG)
        assert unsafe_parts(page, allowed_styles=1) == [], vector
    release = hostile("<script>alert(1)</script>")
    assert release.ignored and release.comments
    page = review_report(release, CONFIG)
    assert "because <script>" in text_of(page) and "Eve <script>" in text_of(page)
    assert "&lt;script&gt;" in page
