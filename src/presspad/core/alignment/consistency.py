"""Comparing the English and Russian bodies paragraph pair by paragraph pair.

:class:`ConsistencySession` splits both bodies into paragraphs, takes each
paragraph's anchors from a cache keyed by its text, aligns the paragraphs
(:mod:`presspad.core.alignment.align`) and compares the anchors of every aligned
pair, producing ``number-mismatch``, ``date-mismatch``, ``link-mismatch`` and
``paragraph-missing-translation`` findings. Given its previous result, a
session re-checks after a one-paragraph edit by re-extracting only that
paragraph and re-aligning only a window around it.

Anchors are compared within a pair first; what is left over is then matched
against what is left over anywhere in the other text (so a misalignment does
not turn into false alarms). A difference on both sides of one pair (612 here,
621 there) is one finding, placed in the translation (the language that is not
``source_lang``) with the source's anchor as ``related``; an anchor with no
counterpart at all is a finding where it is, related to the counterpart
paragraph(s).
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from typing import NamedTuple

from presspad.core.alignment.align import Bead, ParaFeatures, align, realign
from presspad.core.alignment.anchors import Anchor, AnchorCache, ParagraphAnchors
from presspad.core.alignment.dates import compatible
from presspad.core.model.findings import Finding, Severity, Span
from presspad.core.text.paragraphs import Paragraph, split_paragraphs

logger = logging.getLogger(__name__)

CODES = ("number-mismatch", "date-mismatch", "link-mismatch", "paragraph-missing-translation")
_SEVERITY = {"number": Severity.ERROR, "date": Severity.ERROR, "link": Severity.WARNING}
_CODE = {"number": "number-mismatch", "date": "date-mismatch", "link": "link-mismatch"}
_KINDS = ("number", "date", "link")
_MEMO_SIZE = 8000
_MAX_WINDOW_CHANGE = 3     # paragraphs changed per side beyond which we re-align everything


@dataclass
class Side:
    """One language's body cut into paragraphs, with their anchors."""

    lang: str
    body: str
    paragraphs: list[Paragraph]
    anchors: list[ParagraphAnchors]
    features: list[ParaFeatures]

    @property
    def texts(self) -> list[str]:
        return [p.text for p in self.paragraphs]


@dataclass
class Analysis:
    """The alignment of two bodies and the findings it leads to."""

    en: Side
    ru: Side
    beads: list[Bead]
    findings: list[Finding] = field(default_factory=list)

    def side(self, lang: str) -> Side:
        return self.en if lang == "en" else self.ru

    def bead_of(self, lang: str, index: int) -> int | None:
        """Number of the bead holding ``lang``'s paragraph ``index`` (one lookup, built once:
        labelling every finding of a long release scanned the beads per finding)."""
        table = self.__dict__.setdefault("_bead_of", {})
        if lang not in table:
            table[lang] = {i: number for number, bead in enumerate(self.beads)
                           for i in getattr(bead, lang)}
        return table[lang].get(index)

    def paragraph_starts(self, lang: str) -> list[int]:
        starts = self.__dict__.setdefault("_starts", {})
        if lang not in starts:
            starts[lang] = [p.start for p in self.side(lang).paragraphs]
        return starts[lang]

    def counterpart(self, lang: str, index: int) -> tuple[int, ...]:
        """Indices of the paragraphs in the other language aligned with ``lang``'s ``index``."""
        other = "ru" if lang == "en" else "en"
        for bead in self.beads:
            if index in getattr(bead, lang):
                return getattr(bead, other)
        return ()


class ConsistencySession:
    """Re-usable analysis state: the anchor cache and the previous result.

    Thread-safe: the GUI may share one session between its checks (in a
    worker thread) and its side-by-side view (in the GUI thread), so both see
    the same, incrementally updated alignment.
    """

    def __init__(self, source_lang: str = "en") -> None:
        self.source_lang = source_lang
        self._lock = threading.RLock()
        self.cache = AnchorCache()
        self._features: dict[tuple[str, str], ParaFeatures] = {}
        self._compared: dict = {}
        self.last: Analysis | None = None

    def _side(self, lang: str, body: str) -> Side:
        paragraphs = split_paragraphs(body)
        anchors, features = [], []
        for paragraph in paragraphs:
            found = self.cache.get(paragraph.text, lang)
            anchors.append(found)
            key = (lang, paragraph.text)
            feature = self._features.get(key)
            if feature is None:
                if len(self._features) >= self.cache.max_size:
                    self._features.clear()
                feature = self._features[key] = ParaFeatures.of(paragraph.text, found)
            features.append(feature)
        return Side(lang, body, paragraphs, anchors, features)

    def analyse(self, en_body: str, ru_body: str, incremental: bool = True) -> Analysis:
        """Align and compare; with ``incremental``, reuse the previous alignment around edits."""
        with self._lock:
            return self._analyse(en_body, ru_body, incremental)

    def _analyse(self, en_body: str, ru_body: str, incremental: bool) -> Analysis:
        last = self.last
        if last is not None and last.en.body == en_body and last.ru.body == ru_body:
            return last
        en, ru = self._side("en", en_body), self._side("ru", ru_body)
        if incremental and last is not None and _small_edit(last, en, ru):
            beads = realign(last.beads, last.en.texts, last.ru.texts, en.texts, ru.texts,
                            en.features, ru.features)
        else:
            beads = align(en.features, ru.features)
        analysis = Analysis(en, ru, beads)
        analysis.findings = compare(analysis, self.source_lang, self._compared)
        self.last = analysis
        return analysis


def _small_edit(last: Analysis, en: Side, ru: Side) -> bool:
    """True when few paragraphs changed: a window re-alignment is then enough."""
    for old, new in ((last.en.texts, en.texts), (last.ru.texts, ru.texts)):
        if abs(len(old) - len(new)) > _MAX_WINDOW_CHANGE:
            return False
        changed = len(set(new) - set(old))
        if changed > _MAX_WINDOW_CHANGE:
            return False
    return True


# -- comparing anchors ------------------------------------------------------

class _Placed(NamedTuple):
    """An anchor with absolute offsets in its language's body."""

    anchor: Anchor
    lang: str
    start: int
    end: int


class _Rel(NamedTuple):
    """An anchor in the k-th paragraph of a bead (cacheable: no absolute offsets)."""

    k: int
    anchor: Anchor


def _same(kind: str, a: Anchor, b: Anchor) -> bool:
    if kind == "date":
        return compatible(a.value, b.value)
    if kind == "number":
        return abs(a.value - b.value) <= 1e-9 * max(1.0, abs(a.value))
    return a.value == b.value


def _match(kind: str, left: list[_Placed], right: list[_Placed]) -> tuple[list, list]:
    """Pair equal anchors greedily in order; return what stays unpaired on each side.

    Soft anchors (numbers as words) may answer hard ones but need no answer.
    """
    used = [False] * len(right)
    rest_left: list[_Placed] = []
    # Hard anchors first take hard partners, so a word does not steal a digit's match.
    order = sorted(range(len(left)), key=lambda k: left[k].anchor.soft)
    matched_left = [False] * len(left)
    for soft_partner in (False, True):
        for k in order:
            if matched_left[k]:
                continue
            item = left[k]
            for idx, other in enumerate(right):
                if used[idx] or other.anchor.soft != soft_partner:
                    continue
                if item.anchor.soft and other.anchor.soft:
                    continue
                if _same(kind, item.anchor, other.anchor):
                    used[idx] = matched_left[k] = True
                    break
    rest_left = [x for k, x in enumerate(left) if not matched_left[k] and not x.anchor.soft]
    rest_right = [x for idx, x in enumerate(right) if not used[idx] and not x.anchor.soft]
    return rest_left, rest_right


def _rest_in_bead(en: Side, ru: Side, bead: Bead, memo: dict | None
                  ) -> dict[str, tuple[list[_Rel], list[_Rel]]]:
    """Per kind, the anchors of a two-sided bead left unmatched within it (cached)."""
    key = (tuple(en.paragraphs[i].text for i in bead.en),
           tuple(ru.paragraphs[j].text for j in bead.ru))
    if memo is not None:
        hit = memo.get(key)
        if hit is not None:
            return hit
    rest = {}
    every: dict[str, tuple[list[_Rel], list[_Rel]]] = {}
    for kind in _KINDS:
        field_name = kind + "s"
        items_en = [_Rel(k, a) for k, i in enumerate(bead.en)
                    for a in getattr(en.anchors[i], field_name)]
        items_ru = [_Rel(k, a) for k, j in enumerate(bead.ru)
                    for a in getattr(ru.anchors[j], field_name)]
        every[kind] = (items_en, items_ru)
        rest[kind] = _match(kind, items_en, items_ru)
    # "September 2027" here and only "2027" there (or "26" and "October 26"):
    # the number is in the other side's date; not two findings for one omission.
    for side, other in ((0, 1), (1, 0)):
        dates_other = [r.anchor.value for r in every["date"][other]]
        numbers_other = {r.anchor.value for r in every["number"][other]}
        numbers = [r for r in rest["number"][side]
                   if not any(r.anchor.value in (d.year, d.day) for d in dates_other)]
        dates = [r for r in rest["date"][side]
                 if r.anchor.value.year not in numbers_other or r.anchor.value.year is None]
        rest["number"] = _with(rest["number"], side, numbers)
        rest["date"] = _with(rest["date"], side, dates)
    if memo is not None:
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        memo[key] = rest
    return rest


def _with(pair: tuple[list, list], side: int, items: list) -> tuple[list, list]:
    return (items, pair[1]) if side == 0 else (pair[0], items)


def _place(side: Side, indices: tuple[int, ...], items: list[_Rel]) -> list[_Placed]:
    out = []
    for item in items:
        offset = side.paragraphs[indices[item.k]].start
        out.append(_Placed(item.anchor, side.lang, offset + item.anchor.start,
                           offset + item.anchor.end))
    return out


def _group_span(side: Side, indices: tuple[int, ...]) -> Span | None:
    if not indices:
        return None
    return Span(side.lang, side.paragraphs[indices[0]].start, side.paragraphs[indices[-1]].end)


def _subject(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def compare(analysis: Analysis, source_lang: str = "en", memo: dict | None = None
            ) -> list[Finding]:
    """All consistency findings of an analysis, in reading order (English first).

    ``memo`` (a dict kept by the caller) caches each bead's comparison by the
    texts of its paragraphs, so a re-check compares only the edited pair again.
    """
    findings: list[Finding] = []
    en, ru = analysis.en, analysis.ru
    if not en.paragraphs or not ru.paragraphs:
        return findings      # one version not written yet: nothing to compare
    target = "ru" if source_lang == "en" else "en"
    per_bead = [_rest_in_bead(en, ru, bead, memo) if bead.en and bead.ru else None
                for bead in analysis.beads]
    for kind in _KINDS:
        leftovers: dict[int, tuple[list[_Placed], list[_Placed]]] = {}
        pool_en: list[_Placed] = []
        pool_ru: list[_Placed] = []
        for bead_no, bead in enumerate(analysis.beads):
            rest = per_bead[bead_no]
            if rest is None:
                # A paragraph on one side only is reported as such; its anchors
                # only serve as a fallback match for misaligned neighbours.
                for side, indices, pool in ((en, bead.en, pool_en), (ru, bead.ru, pool_ru)):
                    items = [_Rel(k, a) for k, i in enumerate(indices)
                             for a in getattr(side.anchors[i], kind + "s") if not a.soft]
                    pool += _place(side, indices, items)
                continue
            rest_en, rest_ru = rest[kind]
            if rest_en or rest_ru:
                placed_en = _place(en, bead.en, rest_en)
                placed_ru = _place(ru, bead.ru, rest_ru)
                leftovers[bead_no] = (placed_en, placed_ru)
                pool_en += placed_en
                pool_ru += placed_ru
        # Whole-text fallback: a leftover answered by a leftover anywhere else.
        unmatched_en, unmatched_ru = _match(kind, pool_en, pool_ru)
        keep = set(unmatched_en + unmatched_ru)
        for bead_no, (rest_en, rest_ru) in leftovers.items():
            bead = analysis.beads[bead_no]
            rest_en = [x for x in rest_en if x in keep]
            rest_ru = [x for x in rest_ru if x in keep]
            by_lang = {"en": rest_en, "ru": rest_ru}
            source_items, target_items = by_lang[source_lang], by_lang[target]
            pairs = min(len(source_items), len(target_items))
            for src, dst in zip(source_items[:pairs], target_items[:pairs], strict=True):
                findings.append(_anchor_finding(kind, dst, Span(src.lang, src.start, src.end),
                                                src.anchor.text))
            for item in source_items[pairs:] + target_items[pairs:]:
                other_side = ru if item.lang == "en" else en
                related = _group_span(other_side, bead.ru if item.lang == "en" else bead.en)
                findings.append(_anchor_finding(kind, item, related, None))
    findings.extend(_missing_paragraphs(analysis))
    # In reading order: English first, then Russian, each by position.
    findings.sort(key=lambda f: (f.span.lang != "en", f.span.start, f.code))
    return findings


def _anchor_finding(kind: str, item: _Placed, related: Span | None,
                    other_text: str | None) -> Finding:
    text = _subject(item.anchor.text)
    params = {"text": text, "subject": text if other_text is None
              else f"{text} / {_subject(other_text)}"}
    if other_text is not None:
        params["other_text"] = _subject(other_text)
    return Finding(code=_CODE[kind], severity=_SEVERITY[kind],
                   span=Span(item.lang, item.start, item.end), params=params, related=related)


def _missing_paragraphs(analysis: Analysis) -> list[Finding]:
    findings = []
    beads = analysis.beads
    for bead_no, bead in enumerate(beads):
        if bead.en and bead.ru:
            continue
        lang = "en" if bead.en else "ru"
        other = "ru" if lang == "en" else "en"
        side, other_side = analysis.side(lang), analysis.side(other)
        # Where the translation would go: the counterpart of the nearest
        # aligned neighbour before (else after) the lonely paragraph.
        related = None
        for near in list(range(bead_no - 1, -1, -1)) + list(range(bead_no + 1, len(beads))):
            indices = getattr(beads[near], other)
            if getattr(beads[near], lang) and indices:
                related = _group_span(other_side, indices)
                break
        for index in getattr(bead, lang):
            paragraph = side.paragraphs[index]
            text = _subject(paragraph.text)
            findings.append(Finding(
                code="paragraph-missing-translation", severity=Severity.WARNING,
                span=Span(lang, paragraph.start, paragraph.end),
                params={"subject": text[:80], "text": text[:60] + ("…" if len(text) > 60 else ""),
                        "paragraph": index + 1},
                related=related))
    return findings
