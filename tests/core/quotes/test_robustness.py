"""Any text at all: the quote checker never crashes and its offsets stay valid."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from presspad.core.checks.registry import default_registry
from presspad.core.model.release import Release
from presspad.core.quotes.finder import find_quotes

PIECES = st.sampled_from([
    "“", "”", "«", "»", "„", "‘", "’", '"', "'", " — ", " - ", "\n\n", "\n", ", ", ". ", ":",
    "*", "said Elena Sorokina", "сказал Андрей Волков", "он", "she added", "Мы", "we",
    "Газпром", "the programme", "по словам директора Марины Ковалёвой", "text", "слово",
    "Vice-Rector", "проректор", "!", "?", "…", "(", ")", "2027", "Mr.", "А.И.",
])
TEXTS = st.lists(PIECES, max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.sampled_from(["en", "ru"]))
def test_find_quotes_offsets_are_valid(text, lang):
    for quote in find_quotes(text, lang):
        assert 0 <= quote.open_at <= quote.start <= quote.end <= quote.close_end <= len(text)
        assert text[quote.start:quote.end] == quote.text


@settings(max_examples=100, deadline=None)
@given(TEXTS, TEXTS)
def test_all_checks_run_on_any_text(en, ru):
    release = Release()
    release.en.body, release.ru.body = en, ru
    for finding in default_registry().run(release):
        body = release.body(finding.lang)
        assert 0 <= finding.span.start <= finding.span.end <= len(body)
        if finding.fix is not None:
            assert 0 <= finding.fix.span.start <= finding.fix.span.end <= len(body)
