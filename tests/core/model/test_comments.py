"""Comments anchored to text: they follow edits around and inside them, and say when gone."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presspad.core.model.comments import CONTEXT, locate, new_comment, reanchor

BODY = ("The university opens a new laboratory for quantum materials this autumn.\n\n"
        "Professor Ivanova said the laboratory will host twenty researchers.")


def comment_on(body: str, words: str, occurrence: int = 0, text: str = "Check this"):
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(words, start + 1)
    return new_comment(body, "en", start, start + len(words), text, "Anna")


def found(comment, body: str) -> str | None:
    span = locate(comment, body)
    return None if span is None else body[span[0]:span[1]]


def test_a_new_comment_keeps_the_quote_its_context_the_author_and_the_time():
    now = dt.datetime(2026, 3, 1, 12, 30, 15, 999, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    start = BODY.index("quantum materials")
    c = new_comment(BODY, "en", start, start + 17, "  Which one?  ", " Anna ", now=now)
    assert (c.quote, c.text, c.author) == ("quantum materials", "Which one?", "Anna")
    assert c.start == start
    assert c.prefix == BODY[start - CONTEXT:start] and len(c.prefix) == CONTEXT
    assert c.suffix == BODY[start + 17:start + 17 + CONTEXT]
    assert c.created == dt.datetime(2026, 3, 1, 9, 30, 15, tzinfo=dt.UTC)
    assert c.lang == "en" and not c.resolved
    other = new_comment(BODY, "en", start, start + 14, "again", "Anna")
    assert other.id != c.id and other.created.tzinfo is not None


def test_context_is_shorter_at_the_edges_of_the_body():
    c = new_comment("Hello world", "en", 0, 5, "hi", "A")
    assert (c.prefix, c.suffix) == ("", " world")


@pytest.mark.parametrize(("start", "end", "text", "message"), [
    (5, 5, "x", "select the text"),
    (-1, 3, "x", "select the text"),
    (0, 999, "x", "select the text"),
    (3, 4, "x", "only spaces"),
    (0, 3, "   ", "empty"),
])
def test_an_impossible_comment_is_a_one_line_reason(start, end, text, message):
    with pytest.raises(ValueError, match=message):
        new_comment("The cat", "en", start, end, text, "A")


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        new_comment("The cat", "de", 0, 3, "x", "A")


def test_text_inserted_or_deleted_before_and_after_keeps_the_anchor():
    c = comment_on(BODY, "quantum materials")
    before = "Embargoed until Monday.\n\n" + BODY.replace("The university", "Our university")
    assert found(c, before) == "quantum materials"
    assert locate(c, before)[0] == before.index("quantum materials")
    after = BODY.replace("twenty researchers", "thirty people") + "\n\nContacts: press office."
    assert found(c, after) == "quantum materials"
    deleted = BODY.replace("The university opens ", "")
    assert found(c, deleted) == "quantum materials"


def test_a_small_edit_inside_the_quote_keeps_the_anchor_on_the_edited_words():
    c = comment_on(BODY, "a new laboratory for quantum materials")
    edited = BODY.replace("new laboratory for quantum", "new lab for quantum")
    assert found(c, edited) == "a new lab for quantum materials"
    longer = BODY.replace("new laboratory for", "new and modern laboratory for")
    assert found(c, longer) == "a new and modern laboratory for quantum materials"
    typo = BODY.replace("laboratory for quantum", "laboratory fro quantum")
    assert found(c, typo) == "a new laboratory fro quantum materials"


def test_duplicate_quotes_resolve_to_the_right_one_by_context():
    c = comment_on(BODY, "laboratory", occurrence=1)
    assert locate(c, BODY)[0] == BODY.rindex("laboratory")
    # Moving both paragraphs around does not confuse it.
    first, second = BODY.split("\n\n")
    swapped = second + "\n\n" + first
    assert locate(c, swapped)[0] == swapped.index("the laboratory will") + 4
    first_one = comment_on(BODY, "laboratory", occurrence=0)
    assert locate(first_one, swapped)[0] == swapped.index("new laboratory") + 4


def test_equal_contexts_are_decided_by_the_last_position():
    body = "Yes. Yes. Yes. Yes."
    c = new_comment(body, "en", 10, 13, "which?", "A")
    c.prefix = c.suffix = ""
    assert locate(c, body) == (10, 13)
    c.start = 5
    assert locate(c, body) == (5, 8)


def test_deleting_the_quote_detaches_the_comment():
    c = comment_on(BODY, "quantum materials")
    assert locate(c, BODY.replace("for quantum materials ", "")) is None
    assert locate(c, "") is None
    short = comment_on(BODY, "said")
    assert locate(short, BODY.replace("said", "told us")) is None


def test_a_short_quote_is_not_moved_to_the_same_word_elsewhere():
    body = "Cats sleep. The dog barks. Birds sing. The owl hoots."
    c = new_comment(body, "en", body.index("The dog"), body.index("The dog") + 3, "x", "A")
    gone = body.replace("The dog barks. ", "")
    assert locate(c, gone) is None


def test_cyrillic_quotes_follow_edits():
    body = "Университет открывает новую лабораторию квантовых материалов этой осенью."
    start = body.index("новую лабораторию")
    c = new_comment(body, "ru", start, start + len("новую лабораторию"), "Какую?", "Анна")
    edited = "Сегодня " + body.replace("новую лабораторию", "новую лабораторю")
    assert found(c, edited) == "новую лабораторю"
    assert found(c, "Ещё абзац.\n\n" + body) == "новую лабораторию"


def test_reanchor_refreshes_start_quote_and_context_and_keeps_detached_ones():
    c = comment_on(BODY, "quantum materials")
    ru_body = "Профессор Иванова сказала."
    r = new_comment(ru_body, "ru", 0, 9, "Имя?", "A")
    edited = "New first paragraph.\n\n" + BODY
    moved, kept = reanchor([c, r], {"en": edited, "ru": "Другой текст."})
    assert moved.start == edited.index("quantum materials") and moved.id == c.id
    assert moved.prefix == edited[moved.start - CONTEXT:moved.start]
    assert moved.suffix == edited[moved.start + len(c.quote):][:CONTEXT]
    assert kept is r
    assert c.start == BODY.index("quantum materials")   # the input is not changed


words = st.lists(st.sampled_from(["alpha", "beta", "gamma", "дельта", "эпсилон", "zeta",
                                  "eta", "тета"]), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(before=words, after=words, extra_before=words, extra_after=words)
def test_property_edits_outside_the_quote_never_lose_it(before, after, extra_before,
                                                        extra_after):
    quote = "The Quoted Words"
    body = f"{before} {quote} {after}"
    start = len(before) + 1
    c = new_comment(body, "en", start, start + len(quote), "note", "A")
    edited = f"{extra_before} {before} {quote} {after} {extra_after}"
    assert locate(c, edited) == (len(extra_before) + 1 + start,
                                 len(extra_before) + 1 + start + len(quote))


def test_a_deleted_quote_is_not_pinned_on_similar_words_far_away():
    from presspad.core.model.comments import locate, new_comment

    quote = "the memorandum was signed by both rectors"
    body = "Intro. " + quote + " today.\n\n" + "Filler text here. " * 400 + \
        "the memorandum was signed by both directors" + "\n"
    comment = new_comment(body, "en", 7, 7 + len(quote), "check", "A")
    edited = body.replace(quote + " today", "Nothing of it remains")
    assert locate(comment, edited) is None
    assert locate(comment, body) == (7, 7 + len(quote))
