"""Generated releases for the benchmarks: many ~600-word pairs, or one huge one.

Sentences come from the bundled sample release and the annotated corpus in
``../shared/corpus`` (when present), shuffled into paragraphs with small
variations (numbers, quote marks, an occasional typo, a straight quote), so
that every release differs and the checks meet what real drafts contain.
Generation is seeded: the same call gives the same files.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import random
import re
import sys
import tomllib
from pathlib import Path

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample.presspad"
CORPUS = REPO.parent / "shared" / "corpus"
_SENTENCE_END = re.compile(r"(?<=[.!?…»”])\s+(?=[A-ZА-ЯЁ«“\"])")


@functools.lru_cache(maxsize=1)
def _sentences() -> dict[str, list[str]]:
    """Every sentence of the sample and the corpus, per language."""
    texts: dict[str, list[str]] = {"en": [], "ru": []}
    with open(SAMPLE, "rb") as handle:
        sample = tomllib.load(handle)
    for lang in texts:
        texts[lang].append(sample[lang]["body"])
    if CORPUS.is_dir():
        for path in sorted(CORPUS.glob("*.txt")):
            lang = path.name[:2]
            if lang in texts:
                # First line is the title: keep only the paragraphs.
                texts[lang].append(path.read_text(encoding="utf-8").split("\n", 1)[-1])
    result: dict[str, list[str]] = {}
    for lang, bodies in texts.items():
        found = []
        for body in bodies:
            for paragraph in body.split("\n\n"):
                paragraph = " ".join(paragraph.split())
                if len(paragraph.split()) < 4:
                    continue
                found.extend(s for s in _SENTENCE_END.split(paragraph) if len(s.split()) >= 4)
        result[lang] = found
    return result


def _vary(sentence: str, lang: str, rng: random.Random) -> str:
    """One small, realistic change to ``sentence`` (or none)."""
    roll = rng.random()
    if roll < 0.25:
        return re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group(0)))), sentence)
    if roll < 0.32:
        # A straight quote where the style wants curly or «ёлочки» ones.
        return sentence.replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"')
    if roll < 0.40:
        words = sentence.split()
        index = rng.randrange(len(words))
        word = words[index]
        if len(word) > 4:
            cut = rng.randrange(1, len(word) - 2)
            words[index] = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2:]
        return " ".join(words)
    return sentence


def body_text(pool: list[str], words: int, rng: random.Random, lang: str) -> str:
    """Paragraphs of 2-5 sentences from ``pool`` until ``words`` words are reached."""
    paragraphs, count = [], 0
    while count < words:
        paragraph = []
        for _ in range(rng.randint(2, 5)):
            sentence = _vary(rng.choice(pool), lang, rng)
            paragraph.append(sentence)
            count += len(sentence.split())
            if count >= words:
                break
        paragraphs.append(" ".join(paragraph))
    return "\n\n".join(paragraphs) + "\n"


def make_release(words_per_lang: int, seed: int):
    """A :class:`Release` with about ``words_per_lang`` words per language."""
    from presspad.core.model.release import LangVersion, Release

    rng = random.Random(seed)
    pool = _sentences()
    release = Release(date=dt.date(2020, 1, 1) + dt.timedelta(days=seed % 2000))
    for lang in ("en", "ru"):
        title = " ".join(rng.choice(pool[lang]).split()[:9]).rstrip(".,")
        credit = ("Prepared by the SPbPU International Office" if lang == "en"
                  else "Материал подготовлен Международной службой СПбПУ")
        setattr(release, lang, LangVersion(title=title, credit=credit,
                                           body=body_text(pool[lang], words_per_lang, rng,
                                                          lang)))
    return release


def write_batch(folder: Path, count: int = 1000, words_per_lang: int = 600) -> list[Path]:
    """``count`` releases as ``.presspad`` files in ``folder`` (reused when already there)."""
    from presspad.core.storage import release_file as storage

    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / f".generated-{count}-{words_per_lang}"
    paths = [folder / f"release-{index:04d}.presspad" for index in range(count)]
    if stamp.exists() and all(p.exists() for p in paths):
        return paths
    for index, path in enumerate(paths):
        storage.save(make_release(words_per_lang, seed=index), path)
    stamp.touch()
    return paths


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "build" / "bench-data" / "releases")
    made = write_batch(out)
    print(f"{len(made)} releases in {out}")
