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

from presspad.core.checks import CheckContext  # noqa: E402
from presspad.core.directory import DirectorySnapshot, starter_entries  # noqa: E402
from presspad.core.loading import load_any  # noqa: E402
from presspad.core.name_checks import check_name_mismatch, check_name_variant  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample.presspad"


def main() -> None:
    release = load_any(SAMPLE)
    for extra in (0, 1000, 5000):
        snapshot = DirectorySnapshot(starter_entries() + generate(extra))
        t0 = time.perf_counter()
        forms = len(snapshot.forms("en")) + len(snapshot.forms("ru"))
        t1 = time.perf_counter()
        context = CheckContext(directory=snapshot)
        check_name_variant(release, context)
        check_name_mismatch(release, context)
        t2 = time.perf_counter()
        findings = check_name_variant(release, context) + check_name_mismatch(release, context)
        t3 = time.perf_counter()
        print(f"{len(snapshot.entries):>5} entries, {forms:>6} forms: derive forms "
              f"{(t1 - t0) * 1000:.0f} ms, first check run {(t2 - t1) * 1000:.0f} ms "
              f"(builds matchers), next runs {(t3 - t2) * 1000:.0f} ms, "
              f"findings on the sample: {len(findings)}")


if __name__ == "__main__":
    main()
