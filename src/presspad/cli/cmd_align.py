"""``presspad align FILE [--json] [--findings]``: pair English and Russian paragraphs.

JSON (``--json``)::

    {"pairs": [{"en": [0], "ru": [0], "score": 1.0},
               {"en": [2, 3], "ru": [2], "score": 0.98},
               {"en": [4], "ru": [], "score": 0.0}, ...]}

Indices are 0-based positions of the body's paragraphs (blank-line
separated) in each language; a pair lists one or two paragraphs per side, or
none on one side for a paragraph without a counterpart. ``score`` is a
confidence in [0, 1]: 1.0 when lengths and anchors (numbers, dates, names,
links, quotations) agree, 0.0 for a one-sided paragraph. The text form
numbers paragraphs from 1, as findings' locations do.

With ``--findings`` each pair also lists the findings of every check that
fall in it (the review mode: a passage in both languages with all that is
flagged in it); in JSON as ``"findings": [{"code", "severity", "lang",
"start", "end", "message", "related": {"lang", "start", "end"} | null}]``
(character offsets in that language's body), leaving out ignored findings.
"""

from __future__ import annotations

import argparse
import logging

from presspad.cli.help import HelpWithExamples
from presspad.cli.output import print_json
from presspad.core.formats.loading import load_any

logger = logging.getLogger(__name__)

_PREVIEW = 36


EXAMPLES = """examples:
  presspad align release.presspad
  presspad align release.presspad --json
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "align", epilog=EXAMPLES,
        formatter_class=HelpWithExamples, help="pair the English paragraphs with the Russian ones",
        description="Align a release's English and Russian paragraphs (1-1, 2-1, 1-2, or one "
                    "side only) and print the pairs. JSON indices are 0-based; the text form "
                    "numbers paragraphs from 1.")
    parser.add_argument("file", metavar="FILE", help="a .presspad release")
    parser.add_argument("--json", action="store_true",
                        help='print {"pairs": [{"en": [...], "ru": [...], "score": ...}]}')
    parser.add_argument("--findings", action="store_true",
                        help="list under each pair what the checks find in it")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from presspad.core.alignment.consistency import (
        ConsistencySession,  # lazily: start-up stays fast
    )

    release = load_any(args.file)
    analysis = ConsistencySession().analyse(release.en.body, release.ru.body)
    by_pair: dict[int, list] = {}
    if args.findings:
        from presspad.core.checks.registry import default_registry
        from presspad.core.checks.review import pair_index

        for finding in default_registry().run(release):
            number = pair_index(analysis, finding.span.lang, finding.span.start)
            by_pair.setdefault(number if number is not None else -1, []).append(finding)
    if args.json:
        pairs = []
        for number, bead in enumerate(analysis.beads):
            entry = bead.as_dict()
            if args.findings:
                entry["findings"] = [_finding_json(f) for f in by_pair.get(number, [])]
            pairs.append(entry)
        print_json({"pairs": pairs})
        return 0
    for number, bead in enumerate(analysis.beads):
        left = _preview(analysis.en, bead.en)
        right = _preview(analysis.ru, bead.ru)
        print(f"{_label(bead.en):>6} ↔ {_label(bead.ru):<6} {bead.score:4.2f}  "
              f"{left:<{_PREVIEW + 1}} | {right}")
        for finding in by_pair.get(number, []):
            print(f"{'':15}{finding.severity.value}: {finding.lang}: {_message(finding)} "
                  f"[{finding.code}]")
    return 0


def _message(finding) -> str:
    from presspad.core.model.messages import render

    return render(finding.code, finding.params, finding.lang)


def _finding_json(finding) -> dict[str, object]:
    related = finding.related
    return {"code": finding.code, "severity": finding.severity.value, "lang": finding.lang,
            "start": finding.span.start, "end": finding.span.end,
            "message": _message(finding),
            "related": None if related is None else {
                "lang": related.lang, "start": related.start, "end": related.end}}


def _label(indices: tuple[int, ...]) -> str:
    if not indices:
        return "—"
    return "¶" + "+".join(str(i + 1) for i in indices)


def _preview(side, indices: tuple[int, ...]) -> str:
    if not indices:
        return "(no counterpart)"
    text = " ".join(side.paragraphs[indices[0]].text.split())
    return text if len(text) <= _PREVIEW else text[:_PREVIEW - 1] + "…"
