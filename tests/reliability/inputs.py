"""Hypothesis strategies for hostile files: random bytes, truncated or mutated valid
files, valid text in the wrong encoding, and huge lines."""

from __future__ import annotations

import functools
import io
import logging
from pathlib import Path

from hypothesis import strategies as st

from presspad.core.formats.exporting import render
from presspad.core.storage import release_file as storage

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample.presspad"
SHARED_SAMPLES = REPO.parent / "shared" / "samples"
WRONG_ENCODINGS = ["cp1251", "utf-16", "utf-16-le", "utf-16-be", "koi8_r", "cp866",
                   "latin-1", "mac_cyrillic", "utf-32", "utf-8-sig"]


@functools.lru_cache(maxsize=1)
def valid_texts() -> dict[str, list[str]]:
    """Valid files of each kind, as text: site pages, Markdown, .presspad."""
    release = storage.load(SAMPLE)
    site = [render(release, "site", lang) for lang in ("en", "ru")]
    if SHARED_SAMPLES.is_dir():
        site += [p.read_text(encoding="utf-8") for p in sorted(SHARED_SAMPLES.glob("*.txt"))]
    return {
        "site": site,
        "md": [render(release, "md", lang) for lang in ("en", "ru")],
        "presspad": [storage.dumps(release)],
    }


@functools.lru_cache(maxsize=1)
def valid_docx() -> bytes:
    """A small Word document with a title, emphasis and a link-like text."""
    import docx

    document = docx.Document()
    release = storage.load(SAMPLE)
    document.add_paragraph(release.en.title)
    for paragraph in release.en.body.split("\n\n")[:4]:
        para = document.add_paragraph()
        para.add_run(paragraph[:80])
        para.add_run(" emphasised").italic = True
        para.add_run(paragraph[80:200]).bold = True
    document.add_paragraph(release.en.credit)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _truncate(data: bytes, fraction: float) -> bytes:
    return data[: int(len(data) * fraction)]


def _mutate(data: bytes, edits: list[tuple[float, bytes]]) -> bytes:
    out = bytearray(data)
    for where, junk in edits:
        at = int(len(out) * where)
        out[at:at + len(junk)] = junk
    return bytes(out)


def _huge_line(text: str, size: int, where: float) -> str:
    lines = text.split("\n")
    at = int(len(lines) * where)
    word = lines[min(at, len(lines) - 1)] or "слово word"
    lines.insert(at, (word + " ") * (size // (len(word) + 1) + 1))
    return "\n".join(lines)


fractions = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
junk_edits = st.lists(st.tuples(fractions, st.binary(min_size=1, max_size=16)),
                      min_size=1, max_size=8)


def hostile_bytes(kind: str) -> st.SearchStrategy[bytes]:
    """Bytes a user might point an importer of ``kind`` at."""
    texts = st.sampled_from(valid_texts()[kind])
    utf8 = texts.map(lambda t: t.encode("utf-8"))
    return st.one_of(
        st.binary(max_size=4096),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.builds(_truncate, utf8, fractions),
        st.builds(_mutate, utf8, junk_edits),
        st.builds(lambda t, enc: t.encode(enc, errors="replace"), texts,
                  st.sampled_from(WRONG_ENCODINGS)),
        st.builds(lambda t, size, where: _huge_line(t, size, where).encode("utf-8"),
                  texts, st.integers(100_000, 2_000_000), fractions),
        st.builds(lambda t, n: (t * n).encode("utf-8"), texts, st.integers(2, 40)),
    )


def hostile_docx() -> st.SearchStrategy[bytes]:
    """Bytes named .docx: random, truncated, mutated, or another file type."""
    good = st.just(b"").map(lambda _: valid_docx())
    return st.one_of(
        st.binary(max_size=4096),
        st.builds(lambda d, f: _truncate(d, f), good, fractions),
        st.builds(_mutate, good, junk_edits),
        st.builds(lambda d, f: b"PK\x03\x04" + _truncate(d, f)[4:], good, fractions),
        hostile_bytes("md"),
        good,
    )


def toml_values(depth: int = 2) -> st.SearchStrategy:
    """Values of any TOML type, nested a little."""
    import datetime as dt

    scalars = st.one_of(st.text(max_size=40), st.integers(-10, 10**6), st.booleans(),
                        st.floats(allow_nan=True), st.dates(),
                        st.datetimes(min_value=dt.datetime(1900, 1, 1)))
    return st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
        max_leaves=12)


_KEYS = ["format", "profile", "date", "en", "ru", "ignored", "title", "body", "credit",
         "media", "layout", "text", "url", "code", "key", "reason", "newline"]


def presspad_like() -> st.SearchStrategy[bytes]:
    """TOML documents shaped like a release but with any types in any key."""
    import tomli_w

    table = st.dictionaries(st.sampled_from(_KEYS), toml_values(), max_size=8)
    doc = st.fixed_dictionaries({"format": st.one_of(st.just(1), toml_values())},
                                optional={"en": st.one_of(table, toml_values()),
                                          "ru": st.one_of(table, toml_values()),
                                          "date": toml_values(),
                                          "profile": toml_values(),
                                          "ignored": st.one_of(
                                              st.lists(table, max_size=3), toml_values())})

    def dump(data: dict) -> bytes:
        try:
            return tomli_w.dumps(data).encode("utf-8")
        except (TypeError, ValueError):
            return b"format = 1\n"
    return doc.map(dump)
