"""The review report: one standalone HTML page an editor-in-chief reads in a minute.

Top: a verdict and the counts (errors, warnings, minor; open and ignored).
Then the paragraph alignment as a picture (each English paragraph beside the
Russian one it pairs with, a paragraph without a counterpart highlighted),
the quotations side by side with their speakers, the open findings by
severity then language (message and the words they are about), and what
reviewers ignored: who, when and why.

The page is built as an element tree (:mod:`xml.etree.ElementTree`), so every
piece of user text (titles, paragraphs, quotes, speakers, messages, reasons,
comments) is a text node or an attribute value, escaped by the serializer;
the only markup is ours. Inline CSS, no script, and a Content-Security-Policy
that would stop one anyway. Everything shown comes from one
:class:`~presspad.core.checks.service.CheckResult` computed with the ignores
cleared, so the ignored findings are known and can be set apart.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as _dt
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from typing import Any

from presspad import __version__
from presspad.core.checks.service import CheckResult, check_release
from presspad.core.model.findings import Finding, Severity, ignored_key
from presspad.core.model.messages import QT_TRANSLATE_NOOP, render
from presspad.core.model.release import LANG_NAMES, LANGS, IgnoredFinding, Release
from presspad.core.text.paragraphs import split_paragraphs

logger = logging.getLogger(__name__)

Translate = Callable[[str, str], str]
CONTEXT = "Report"
_CSP = "default-src 'none'; style-src 'unsafe-inline'"
_FIRST_WORDS = 12
_QUOTE_CHARS = 300
_EXCERPT_CHARS = 40

_TEXT = {
    "title": QT_TRANSLATE_NOOP("Report", "Review report"),
    "not_ready": QT_TRANSLATE_NOOP("Report", "Not ready: {count} open error(s) to fix."),
    "warnings": QT_TRANSLATE_NOOP("Report", "No open errors; {count} warning(s) to look at."),
    "ready": QT_TRANSLATE_NOOP("Report", "Ready: no open errors or warnings."),
    "open": QT_TRANSLATE_NOOP("Report", "Open"),
    "ignored": QT_TRANSLATE_NOOP("Report", "Ignored"),
    "error": QT_TRANSLATE_NOOP("Report", "Errors"),
    "warning": QT_TRANSLATE_NOOP("Report", "Warnings"),
    "info": QT_TRANSLATE_NOOP("Report", "Minor"),
    "alignment": QT_TRANSLATE_NOOP("Report", "Paragraph alignment"),
    "alignment_note": QT_TRANSLATE_NOOP(
        "Report", "Each row pairs English paragraphs with Russian ones; a highlighted row "
                  "has no counterpart in the other language."),
    "no_counterpart": QT_TRANSLATE_NOOP("Report", "no counterpart"),
    "findings_column": QT_TRANSLATE_NOOP("Report", "Open findings"),
    "no_paragraphs": QT_TRANSLATE_NOOP("Report", "Neither language has any text."),
    "quotes": QT_TRANSLATE_NOOP("Report", "Quotations"),
    "no_quotes": QT_TRANSLATE_NOOP("Report", "No quotations."),
    "unpaired": QT_TRANSLATE_NOOP("Report", "no counterpart in the other language"),
    "speakers_differ": QT_TRANSLATE_NOOP("Report", "the speakers differ"),
    "unknown_speaker": QT_TRANSLATE_NOOP("Report", "speaker unknown"),
    "findings": QT_TRANSLATE_NOOP("Report", "Open findings"),
    "no_findings": QT_TRANSLATE_NOOP("Report", "Nothing open."),
    "ignored_heading": QT_TRANSLATE_NOOP("Report", "Ignored by reviewers"),
    "nothing_ignored": QT_TRANSLATE_NOOP("Report", "Nothing ignored."),
    "code": QT_TRANSLATE_NOOP("Report", "Code"),
    "language": QT_TRANSLATE_NOOP("Report", "Language"),
    "said": QT_TRANSLATE_NOOP("Report", "What it said"),
    "who": QT_TRANSLATE_NOOP("Report", "Who"),
    "when": QT_TRANSLATE_NOOP("Report", "When"),
    "why": QT_TRANSLATE_NOOP("Report", "Why"),
    "gone": QT_TRANSLATE_NOOP("Report", "(no longer found in the text)"),
    "comments": QT_TRANSLATE_NOOP("Report", "Open comments"),
    "generated": QT_TRANSLATE_NOOP("Report", "Generated {when} by presspad {version}"),
}
_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_CSS = """
body { font-family: "PT Sans", Arial, sans-serif; color: #1d1d1f; margin: 2em auto;
       max-width: 72em; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { margin-top: 1.6em; font-size: 1.25em; }
.titles { color: #5b5b66; margin-top: 0; }
.verdict { font-size: 1.3em; font-weight: bold; padding: .5em .8em; border-radius: 4px; }
.verdict.bad { background: #fde2e1; color: #8a1c17; }
.verdict.warn { background: #fff3cd; color: #6b4e00; }
.verdict.good { background: #dff3e3; color: #1d5e2c; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
th, td { border: 1px solid #d8d8de; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f6; } table.counts { width: auto; } .num { text-align: right; }
tr.gap td { background: #fde2e1; } td.missing { color: #8a1c17; font-style: italic; }
tr.flag td { background: #fff3cd; }
.strip { display: flex; gap: 2px; margin: .5em 0; }
.strip span { flex: 1; height: .9em; background: #8fc79a; }
.strip span.many { background: #c3d98b; } .strip span.gap { background: #e0605a; }
.para { color: #5b5b66; font-weight: bold; margin-right: .4em; }
.speaker { color: #5b5b66; font-style: italic; } .note { color: #5b5b66; }
.flagtext { color: #8a1c17; font-weight: bold; }
.code { font-family: monospace; color: #5b5b66; } .where { color: #5b5b66; }
blockquote { margin: .2em 0 .6em 1.5em; color: #3a3a40; }
mark { background: #ffe08a; } li { margin-bottom: .3em; }
h3 { margin: .8em 0 .2em; } h4 { margin: .5em 0 .2em; color: #5b5b66; }
section.error h3 { color: #8a1c17; } section.warning h3 { color: #6b4e00; }
section.info { font-size: .9em; color: #3a3a40; }
"""


def _identity(_context: str, text: str) -> str:
    return text


def review_report(release: Release, config: dict[str, Any] | None = None, *, name: str = "",
                  translate: Translate = _identity, now: _dt.datetime | None = None,
                  leave_out: frozenset[str] = frozenset()) -> str:
    """Check ``release`` (the ignored findings too) and build its review report page.

    ``leave_out``: finding codes that do not apply to where the release came
    from (``date-missing`` for a Markdown draft, as ``presspad check`` does).
    """
    everything = copy.deepcopy(release)
    everything.ignored = []
    result = check_release(everything, config or {})
    if leave_out:
        kept = [i for i, f in enumerate(result.findings) if f.code not in leave_out]
        result = dataclasses.replace(
            result, findings=[result.findings[i] for i in kept],
            pair_labels=[result.pair_labels[i] for i in kept],
            pair_order=[result.pair_order[i] for i in kept])
    return render_report(everything, result, release.ignored, name=name, translate=translate,
                         now=now)


def render_report(release: Release, result: CheckResult,
                  ignored: Sequence[IgnoredFinding] | None = None, *, name: str = "",
                  translate: Translate = _identity, now: _dt.datetime | None = None) -> str:
    """The report page of ``result`` (checked on ``release`` with no ignores).

    ``ignored``: the reviewers' ignores (default: ``release.ignored``).
    """
    ignored = list(release.ignored if ignored is None else ignored)
    page = _Page(release, result, ignored, translate)
    html = ET.Element("html", lang="en")
    head = _add(html, "head")
    _add(head, "meta", charset="utf-8")
    _add(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    _add(head, "meta", {"http-equiv": "Content-Security-Policy", "content": _CSP})
    _add(head, "meta", name="generator", content=f"presspad {__version__}")
    titles = [t for t in (release.title(lang).strip() for lang in LANGS) if t]
    _add(head, "title", " / ".join([page.t("title"), *titles[:1]]))
    _add(head, "style", _CSS)
    body = _add(html, "body")
    _add(body, "h1", page.t("title"))
    if titles or name:
        _add(body, "p", " · ".join([*titles, *([name] if name else [])]), cls="titles")
    page.summary(body)
    page.alignment(body)
    page.quotations(body)
    page.findings(body)
    page.ignored_list(body)
    page.comments(body)
    when = (now or _dt.datetime.now(_dt.UTC)).astimezone(_dt.UTC)
    _add(body, "p", page.t("generated", when=when.strftime("%Y-%m-%d %H:%M UTC"),
                                        version=__version__), cls="note")
    return "<!DOCTYPE html>\n" + ET.tostring(html, encoding="unicode", method="html") + "\n"


def _add(parent: ET.Element, tag: str, text: str | dict | None = None, *, cls: str = "",
         **attrs: str) -> ET.Element:
    """A child element; ``text`` becomes its (escaped) text, a dict its attributes."""
    if isinstance(text, dict):
        attrs, text = {**text, **attrs}, None
    element = ET.SubElement(parent, tag, attrs)
    if cls:
        element.set("class", cls)
    if text:
        element.text = text
    return element


def _first_words(text: str, count: int = _FIRST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def _numbers(indices: Sequence[int]) -> str:
    if not indices:
        return ""
    if len(indices) > 1 and list(indices) == list(range(indices[0], indices[-1] + 1)):
        return f"¶{indices[0] + 1}–{indices[-1] + 1}"
    return "¶" + ", ".join(str(i + 1) for i in indices)


class _Page:
    """The report's sections, sharing the result, the ignores and the translation."""

    def __init__(self, release: Release, result: CheckResult,
                 ignored: list[IgnoredFinding], translate: Translate) -> None:
        self.release, self.result, self.ignored = release, result, ignored
        self.translate = translate
        keys = {(entry.code, entry.key) for entry in ignored}
        self.is_ignored = [ignored_key(f, keys) is not None for f in result.findings]
        self.open = [f for f, gone in zip(result.findings, self.is_ignored, strict=True)
                     if not gone]

    def t(self, key: str, **values: Any) -> str:
        """Text ``key`` translated, with ``values`` filled in (in English if a
        translation's placeholders are broken)."""
        text = self.translate(CONTEXT, _TEXT[key])
        if not values:
            return text
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            logger.warning("the translation of %r lacks its placeholders", _TEXT[key])
            return _TEXT[key].format(**values)

    def lang_name(self, lang: str) -> str:
        return self.translate("Findings", LANG_NAMES.get(lang, lang))

    def message(self, finding: Finding) -> str:
        return render(finding.code, finding.params, finding.lang, self.translate)

    # ------------------------------------------------------------- summary
    def summary(self, body: ET.Element) -> None:
        counts = {s: [0, 0] for s in _SEVERITIES}
        for finding, gone in zip(self.result.findings, self.is_ignored, strict=True):
            counts[finding.severity][1 if gone else 0] += 1
        errors, warnings = counts[Severity.ERROR][0], counts[Severity.WARNING][0]
        if errors:
            text, tone = self.t("not_ready", count=errors), "bad"
        elif warnings:
            text, tone = self.t("warnings", count=warnings), "warn"
        else:
            text, tone = self.t("ready"), "good"
        _add(body, "p", text, cls=f"verdict {tone}")
        table = _add(body, "table", cls="counts")
        header = _add(table, "tr")
        for label in ("", self.t("open"), self.t("ignored")):
            _add(header, "th", label)
        for severity in _SEVERITIES:
            row = _add(table, "tr")
            _add(row, "th", self.t(severity.value))
            for number in counts[severity]:
                _add(row, "td", str(number), cls="num")

    # ----------------------------------------------------------- alignment
    def alignment(self, body: ET.Element) -> None:
        _add(body, "h2", self.t("alignment"))
        beads = self.result.beads
        if not beads:
            _add(body, "p", self.t("no_paragraphs"), cls="note")
            return
        _add(body, "p", self.t("alignment_note"), cls="note")
        paragraphs = {lang: split_paragraphs(self.release.body(lang)) for lang in LANGS}
        per_bead: dict[int, int] = {}
        for order, gone in zip(self.result.pair_order, self.is_ignored, strict=True):
            if not gone:
                per_bead[order] = per_bead.get(order, 0) + 1
        strip = _add(body, "div", cls="strip")
        table = _add(body, "table", cls="alignment")
        header = _add(table, "tr")
        for label in (self.lang_name("en"), self.lang_name("ru"), self.t("findings_column")):
            _add(header, "th", label)
        for number, bead in enumerate(beads):
            sides = {"en": tuple(bead.en), "ru": tuple(bead.ru)}
            gap = not sides["en"] or not sides["ru"]
            shape = "gap" if gap else ("many" if len(bead.en) + len(bead.ru) > 2 else "one")
            label = f"EN {_numbers(sides['en']) or '—'} ↔ RU {_numbers(sides['ru']) or '—'}"
            _add(strip, "span", cls=shape, title=label)
            row = _add(table, "tr", cls="gap" if gap else "")
            for lang in LANGS:
                cell = _add(row, "td")
                if not sides[lang]:
                    cell.set("class", "missing")
                    cell.text = f"— {self.t('no_counterpart')} —"
                    continue
                _add(cell, "span", _numbers(sides[lang]), cls="para").tail = " "
                found = paragraphs[lang]
                texts = [found[i].text for i in sides[lang] if i < len(found)]
                _add(cell, "span", _first_words(" ".join(texts)))
            _add(row, "td", str(per_bead.get(number, 0) or ""), cls="num")

    # -------------------------------------------------------------- quotes
    def quotations(self, body: ET.Element) -> None:
        _add(body, "h2", self.t("quotes"))
        pairs = list(self.result.quote_pairs)
        if not pairs:   # a registry without the quote-translation check: list them unpaired
            pairs = [_Unpaired(q if lang == "en" else None, q if lang == "ru" else None)
                     for lang in LANGS for q in self.result.quotes.get(lang, [])]
        if not pairs:
            _add(body, "p", self.t("no_quotes"), cls="note")
            return
        table = _add(body, "table", cls="quotes")
        header = _add(table, "tr")
        for lang in LANGS:
            _add(header, "th", self.lang_name(lang))
        for pair in pairs:
            lonely = pair.en is None or pair.ru is None
            differ = not lonely and getattr(pair, "same_speaker", None) is False
            row = _add(table, "tr", cls="flag" if (lonely or differ) else "")
            for lang in LANGS:
                quote = getattr(pair, lang)
                cell = _add(row, "td")
                if quote is None:
                    cell.set("class", "missing")
                    cell.text = f"— {self.t('unpaired')} —"
                    continue
                text = " ".join(quote.text.split())
                if len(text) > _QUOTE_CHARS:
                    text = text[:_QUOTE_CHARS].rstrip() + "…"
                marks = ("«", "»") if lang == "ru" else ("“", "”")
                _add(cell, "div", f"{marks[0]}{text}{marks[1]}")
                who = quote.speaker or self.t("unknown_speaker")
                if quote.speaker and quote.title:
                    who += f", {quote.title}"
                _add(cell, "div", f"— {who}", cls="speaker")
                if differ and lang == "ru":
                    _add(cell, "div", self.t("speakers_differ"), cls="flagtext")

    # ------------------------------------------------------------ findings
    def findings(self, body: ET.Element) -> None:
        _add(body, "h2", self.t("findings"))
        if not self.open:
            _add(body, "p", self.t("no_findings"), cls="note")
            return
        labels = {id(f): label for f, label in zip(self.result.findings,
                                                   self.result.pair_labels, strict=True)}
        for severity in _SEVERITIES:
            of_severity = [f for f in self.open if f.severity is severity]
            if not of_severity:
                continue
            section = _add(body, "section", cls=f"severity {severity.value}")
            _add(section, "h3", f"{self.t(severity.value)} ({len(of_severity)})")
            for lang in LANGS:
                here = sorted((f for f in of_severity if f.lang == lang),
                              key=lambda f: f.span.start)
                if not here:
                    continue
                _add(section, "h4", f"{self.lang_name(lang)} ({len(here)})")
                items = _add(section, "ul")
                for finding in here:
                    self._finding(items, finding, labels.get(id(finding), ""))

    def _finding(self, items: ET.Element, finding: Finding, label: str) -> None:
        item = _add(items, "li")
        if label:
            _add(item, "span", label, cls="where")
            _add(item, "span", " ")
        _add(item, "span", finding.code, cls="code")
        _add(item, "span", " " + self.message(finding))
        text = self.release.body(finding.lang)
        start, end = finding.span.start, finding.span.end
        if not 0 <= start <= end <= len(text) or not text:
            return
        # The words around it, within its line (a finding's paragraph, not the next one).
        left = max(start - _EXCERPT_CHARS, text.rfind("\n", 0, start) + 1, 0)
        line_end = text.find("\n", end)
        right = min(end + _EXCERPT_CHARS, len(text) if line_end < 0 else line_end)
        quote = _add(item, "blockquote")
        quote.text = ("…" if left and text[left - 1] != "\n" else "") + text[left:start]
        word = text[start:end]
        if len(word) > _QUOTE_CHARS:
            word = word[:_QUOTE_CHARS].rstrip() + "…"
        mark = _add(quote, "mark", word.replace("\u00a0", "⍽") if word.strip() else "␣")
        mark.tail = text[end:right] + ("…" if right < len(text) and text[right] != "\n" else "")

    # ------------------------------------------------------------- ignored
    def ignored_list(self, body: ET.Element) -> None:
        _add(body, "h2", self.t("ignored_heading"))
        if not self.ignored:
            _add(body, "p", self.t("nothing_ignored"), cls="note")
            return
        found = {(f.code, key): f for f in self.result.findings for key in f.ignore_keys()}
        table = _add(body, "table", cls="ignored")
        header = _add(table, "tr")
        for key in ("code", "language", "said", "who", "when", "why"):
            _add(header, "th", self.t(key))
        for entry in self.ignored:
            row = _add(table, "tr")
            _add(row, "td", entry.code, cls="code")
            now = found.get((entry.code, entry.key))
            lang = entry.lang or (now.lang if now is not None else "")
            _add(row, "td", self.lang_name(lang) if lang else "")
            said = _add(row, "td", entry.message or (self.message(now) if now else entry.key))
            if now is None:
                _add(said, "div", self.t("gone"), cls="note")
            _add(row, "td", entry.author)
            when = entry.at.astimezone(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC") \
                if entry.at is not None else ""
            _add(row, "td", when)
            _add(row, "td", entry.reason)

    # ------------------------------------------------------------ comments
    def comments(self, body: ET.Element) -> None:
        shown = [c for c in self.release.comments if not c.resolved]
        if not shown:
            return
        _add(body, "h2", self.t("comments"))
        items = _add(body, "ul")
        for comment in shown:
            item = _add(items, "li")
            _add(item, "span", f"{self.lang_name(comment.lang)}: ", cls="where")
            _add(item, "mark", comment.quote)
            _add(item, "span", f" — {comment.text}")
            if comment.author:
                _add(item, "span", f" ({comment.author})", cls="speaker")


class _Unpaired:
    """A quote shown without pairing (the quote-translation check is not installed)."""

    def __init__(self, en: Any, ru: Any) -> None:
        self.en, self.ru = en, ru
