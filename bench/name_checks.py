"""Name checks with large directories: snapshot build and check time on the sample.

Builds directory snapshots of the starter plus N generated entries (see
bench/completion.py), derives every name form (Russian case forms through
pymorphy3: the costly, once-per-directory-change part), then runs
``name-variant`` and ``name-mismatch`` on the sample release twice.

    .venv/bin/python bench/name_checks.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from completion import generate  # noqa: E402

from presspad.core.checks.context import CheckContext  # noqa: E402
from presspad.core.checks.names import check_name_mismatch, check_name_variant  # noqa: E402
from presspad.core.directory.snapshot import DirectorySnapshot, starter_entries  # noqa: E402
from presspad.core.formats.loading import load_any  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample.presspad"


def figures(sizes: tuple[int, ...] = (0, 1000, 5000)) -> list[dict]:
    """For each number of generated extra entries: the timings (ms) and findings."""
    release = load_any(SAMPLE)
    out = []
    for extra in sizes:
        snapshot = DirectorySnapshot(starter_entries() + generate(extra))
        t0 = time.perf_counter()
        forms = len(snapshot.forms("en")) + len(snapshot.forms("ru"))
        t1 = time.perf_counter()
        context = CheckContext(directory=snapshot)
        check_name_variant(release, context)
        check_name_mismatch(release, context)
        # The checks keep the last scans of each body; time a fresh scan of the
        # same text with the matchers already built (the editing case).
        snapshot.cache.pop("name_occurrences", None)
        t2 = time.perf_counter()
        findings = check_name_variant(release, context) + check_name_mismatch(release, context)
        t3 = time.perf_counter()
        out.append({"entries": len(snapshot.entries), "forms": forms,
                    "derive": (t1 - t0) * 1000, "first": (t2 - t1) * 1000,
                    "next": (t3 - t2) * 1000, "findings": len(findings)})
    return out


def measure() -> list[dict]:
    """The bench convention (bench/README.md): name checks on the sample (no goal set)."""
    rows = []
    for fig in figures():
        rows.append({"name": f"name-variant + name-mismatch on the sample, {fig['entries']:,} "
                             f"directory entries ({fig['forms']:,} forms), next run",
                     "value": round(fig["next"], 1), "unit": "ms", "goal": "(none set)",
                     "passed": None,
                     "note": f"derive forms {fig['derive']:.0f} ms, first run "
                             f"{fig['first']:.0f} ms (builds matchers), "
                             f"{fig['findings']} findings"})
    return rows


def main() -> None:
    for fig in figures():
        print(f"{fig['entries']:>5} entries, {fig['forms']:>6} forms: derive forms "
              f"{fig['derive']:.0f} ms, first check run {fig['first']:.0f} ms "
              f"(builds matchers), next runs {fig['next']:.0f} ms, "
              f"findings on the sample: {fig['findings']}")


if __name__ == "__main__":
    main()
