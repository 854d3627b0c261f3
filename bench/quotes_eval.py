"""Score quote extraction and attribution on annotated releases.

Usage::

    .venv/bin/python bench/quotes_eval.py [--corpus PATH] [--heldout PATH] [--blind PATH]
                                          [--blind2 PATH] [-v]

Every file is scored as a user's file arrives: imported by
formats/markdown.release_from_markdown (which decides the title and the
paragraphs), then every quote of its headline and body (quotes/finder.release_quotes).

../shared/corpus-hard (messy layouts: no title, one paragraph, single
newlines, unmarked speech, scare quotes) first scored, through the import
path, en: F1 0.887, speaker accuracy 0.851; ru: F1 0.914, speaker accuracy
0.679, 3 not-quotes reported. After the fixes of issue 17 (patterns in
general form, each with a test): en F1 0.956, speakers 0.945; ru F1 0.972,
speakers 0.887, no not-quote reported. Not blind any more.

Scoring follows the corpus README (../shared/corpus/README.md): a predicted
quote matches a gold one when their sets of words (case-folded, ё = е)
overlap by at least 70% of the smaller set; a speaker is right when the last
word of the name agrees. Precision, recall and F1 count quotes that have
marks; recall on unmarked speech (dialogue dashes) is reported apart. A
not-quote reported as a quote is a false positive like any other.

The development corpus, our own held-out releases (tests/data/quotes/) and
the blind set (tests/data/quotes_blind/) are scored separately. The blind set
was written before its author read the checker; its first run, before any fix,
scored en: precision 1.000, recall 0.963, F1 0.981, speaker accuracy 0.731
(19/26); ru: precision 1.000, recall 0.864, F1 0.927, speaker accuracy 1.000
(19/19). Scores on it after the fixes are no longer blind.

A second blind set (tests/data/quotes_blind2/, 4 EN + 4 RU releases in the
style of Russian university news sites) scored on its first run en: precision
1.000, recall 1.000, F1 1.000, speaker accuracy 0.955 (21/22); ru: precision
1.000, recall 1.000, F1 1.000, speaker accuracy 0.826 (19/23). Fixed since.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from presspad.core.formats.markdown import release_from_markdown  # noqa: E402
from presspad.core.quotes.finder import release_quotes  # noqa: E402

_WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")
_MARKS = set("“”«»\"„‘’")


def word_set(text: str) -> set[str]:
    return {w.casefold().replace("ё", "е") for w in _WORD.findall(text)}


def same_quote(a: str, b: str) -> bool:
    wa, wb = word_set(a), word_set(b)
    if not wa or not wb:
        return False
    return len(wa & wb) >= 0.7 * min(len(wa), len(wb))


def last_word(name: str | None) -> str:
    ws = _WORD.findall(name or "")
    return ws[-1].casefold().replace("ё", "е") if ws else ""


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_right: int = 0
    speaker_total: int = 0
    unmarked_found: int = 0
    not_quotes_reported: int = 0
    unmarked_total: int = 0
    problems: list[str] = field(default_factory=list)

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 1.0


def _is_marked(text: str, quote: str) -> bool:
    """Does the paragraph holding ``quote`` use quote marks at all?"""
    at = text.find(quote)
    if at < 0:
        return True
    start = text.rfind("\n\n", 0, at) + 1
    end = text.find("\n\n", at + len(quote))
    return bool(_MARKS & set(text[start:end if end >= 0 else len(text)]))


def score_file(txt: Path, score: Score) -> None:
    gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    text = txt.read_text(encoding="utf-8")
    # As a user's file arrives: imported (the importer decides the title and the
    # paragraphs), then every quote of the headline and the body.
    predicted = release_quotes(release_from_markdown(text, gold["lang"], txt), gold["lang"])
    used: set[int] = set()
    for g in gold["quotes"]:
        marked = _is_marked(text, g["quote"])
        match = next((i for i, p in enumerate(predicted)
                      if i not in used and same_quote(p.text, g["quote"])), None)
        if not marked:
            score.unmarked_total += 1
        if match is None:
            if marked:
                score.fn += 1
            score.problems.append(f"{txt.name}: MISSED {g['quote'][:60]!r}")
            continue
        used.add(match)
        p = predicted[match]
        if marked:
            score.tp += 1
        else:
            score.unmarked_found += 1
        score.speaker_total += 1
        if last_word(p.speaker) == last_word(g["speaker"]):
            score.speaker_right += 1
        else:
            score.problems.append(f"{txt.name}: SPEAKER {p.speaker!r} != {g['speaker']!r} "
                                  f"for {g['quote'][:40]!r}")
    not_quotes = [n if isinstance(n, str) else n["span"] for n in gold.get("not_quotes", [])]
    for i, p in enumerate(predicted):
        if i not in used:
            score.fp += 1
            if any(same_quote(p.text, n) for n in not_quotes):
                score.not_quotes_reported += 1
            score.problems.append(f"{txt.name}: EXTRA {p.text[:60]!r}")


def evaluate(folder: Path) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for txt in sorted(folder.glob("*.txt")):
        if not txt.with_suffix(".json").exists():
            continue
        lang = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))["lang"]
        score_file(txt, scores.setdefault(lang, Score()))
    return scores


def report(name: str, scores: dict[str, Score], verbose: bool) -> None:
    print(f"== {name}")
    for lang, s in sorted(scores.items()):
        line = (f"  {lang}: precision {s.precision():.3f}  recall {s.recall():.3f}  "
                f"F1 {s.f1():.3f}  speaker accuracy {s.speaker_accuracy():.3f}  "
                f"(tp {s.tp}, fp {s.fp}, fn {s.fn})")
        line += f"  not-quotes reported {s.not_quotes_reported}"
        if s.unmarked_total:
            line += f"  unmarked speech recall {s.unmarked_found}/{s.unmarked_total}"
        print(line)
        if verbose:
            for problem in s.problems:
                print("     ", problem)


CORPUS = REPO.parent / "shared" / "corpus"
HARD = REPO.parent / "shared" / "corpus-hard"
HELDOUT = REPO / "tests" / "data" / "quotes"
BLIND = REPO / "tests" / "data" / "quotes_blind"
BLIND2 = REPO / "tests" / "data" / "quotes_blind2"


def _rows(label: str, scores: dict[str, Score]) -> list[dict]:
    rows = []
    for lang, s in sorted(scores.items()):
        f1, speaker = s.f1(), s.speaker_accuracy()
        rows.append({"name": f"quote F1, {lang}, {label}", "value": round(f1, 3), "unit": "",
                     "goal": "≥ 0.95", "passed": f1 >= 0.95,
                     "note": f"precision {s.precision():.3f}, recall {s.recall():.3f}; "
                             f"tp {s.tp}, fp {s.fp}, fn {s.fn}"})
        rows.append({"name": f"speaker accuracy, {lang}, {label}", "value": round(speaker, 3),
                     "unit": "", "goal": "≥ 0.90", "passed": speaker >= 0.90,
                     "note": f"{s.speaker_right}/{s.speaker_total} found quotes"})
    return rows


def measure(corpus: Path = CORPUS, heldout: Path = HELDOUT, blind: Path = BLIND,
            blind2: Path = BLIND2) -> list[dict]:
    """The bench convention (bench/README.md): F1 and speaker accuracy per language."""
    if corpus.is_dir():
        rows = _rows("development corpus (../shared/corpus)", evaluate(corpus))
    else:
        rows = [{"name": "quote F1 and speaker accuracy, development corpus (../shared/corpus)",
                 "value": "corpus not present", "unit": "", "goal": "F1 ≥ 0.95, speaker ≥ 0.90",
                 "passed": None}]
    if HARD.is_dir():
        rows += _rows("messy layouts (../shared/corpus-hard)", evaluate(HARD))
    if heldout.is_dir():
        rows += _rows("held-out set (tests/data/quotes)", evaluate(heldout))
    else:
        rows.append({"name": "quote F1 and speaker accuracy, held-out set (tests/data/quotes)",
                     "value": "held-out set not present", "unit": "",
                     "goal": "F1 ≥ 0.95, speaker ≥ 0.90", "passed": None})
    if blind.is_dir():
        rows += _rows("blind set (tests/data/quotes_blind)", evaluate(blind))
    if blind2.is_dir():
        rows += _rows("blind set 2 (tests/data/quotes_blind2)", evaluate(blind2))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--hard", type=Path, default=HARD)
    parser.add_argument("--heldout", type=Path, default=HELDOUT)
    parser.add_argument("--blind", type=Path, default=BLIND)
    parser.add_argument("--blind2", type=Path, default=BLIND2)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    if args.corpus.is_dir():
        report(f"development corpus {args.corpus}", evaluate(args.corpus), args.verbose)
    else:
        print(f"(no corpus at {args.corpus})")
    if args.hard.is_dir():
        report(f"messy layouts {args.hard}", evaluate(args.hard), args.verbose)
    if args.heldout.is_dir():
        report(f"held-out releases {args.heldout}", evaluate(args.heldout), args.verbose)
    if args.blind.is_dir():
        report(f"blind set {args.blind}", evaluate(args.blind), args.verbose)
    if args.blind2.is_dir():
        report(f"blind set 2 {args.blind2}", evaluate(args.blind2), args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
