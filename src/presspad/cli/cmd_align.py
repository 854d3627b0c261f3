"""``presspad align FILE [--json]``: which English paragraph goes with which Russian one.

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
"""

from __future__ import annotations

import argparse
import logging

from presspad.cli.output import print_json
from presspad.core.consistency import ConsistencySession
from presspad.core.loading import load_any

logger = logging.getLogger(__name__)

_PREVIEW = 36


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "align", help="pair the English paragraphs with the Russian ones",
        description="Align a release's English and Russian paragraphs (1-1, 2-1, 1-2, or one "
                    "side only) and print the pairs. JSON indices are 0-based; the text form "
                    "numbers paragraphs from 1.")
    parser.add_argument("file", metavar="FILE", help="a .presspad release")
    parser.add_argument("--json", action="store_true",
                        help='print {"pairs": [{"en": [...], "ru": [...], "score": ...}]}')
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    release = load_any(args.file)
    analysis = ConsistencySession().analyse(release.en.body, release.ru.body)
    if args.json:
        print_json({"pairs": [bead.as_dict() for bead in analysis.beads]})
        return 0
    for bead in analysis.beads:
        en = _label(bead.en)
        ru = _label(bead.ru)
        left = _preview(analysis.en, bead.en)
        right = _preview(analysis.ru, bead.ru)
        print(f"{en:>6} ↔ {ru:<6} {bead.score:4.2f}  {left:<{_PREVIEW + 1}} | {right}")
    return 0


def _label(indices: tuple[int, ...]) -> str:
    if not indices:
        return "—"
    return "¶" + "+".join(str(i + 1) for i in indices)


def _preview(side, indices: tuple[int, ...]) -> str:
    if not indices:
        return "(no counterpart)"
    text = " ".join(side.paragraphs[indices[0]].text.split())
    return text if len(text) <= _PREVIEW else text[:_PREVIEW - 1] + "…"
