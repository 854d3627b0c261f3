"""Counters of the reliability suite, printed as totals at the end of the run."""

from __future__ import annotations

import logging
from collections import Counter

logger = logging.getLogger(__name__)

TOTALS: Counter[str] = Counter()


def summary() -> str | None:
    """One line per kind of test that ran, e.g. "30 kills: 0 corrupt files"."""
    t = TOTALS
    lines = []
    if t["kills"]:
        lines.append(f"kill -9 while saving: {t['kills']} kills, {t['corrupt']} corrupt files "
                     f"({t['saw_old']} old, {t['saw_new']} new, {t['stray_tmp']} stray temp "
                     "files left once the release is opened again)")
    if t["fuzz_examples"]:
        lines.append(f"fuzzing: {t['fuzz_examples']} inputs, {t['crashes']} crashes, "
                     f"{t['hangs']} hangs ({t['clear_errors']} clear one-line errors, "
                     f"{t['fuzz_examples'] - t['clear_errors'] - t['crashes'] - t['hangs']} "
                     "imported)")
    if t["exports"]:
        lines.append(f"XSS: {t['vectors']} vectors through {t['exports']} HTML outputs, "
                     f"{t['unsafe']} unsafe")
    if t["site_releases"]:
        lines.append(f"site round trip: {t['site_releases']} random releases, "
                     f"{t['site_identical']} exported and read back identical, "
                     f"{t['site_refused']} refused at export with a message, "
                     f"{t['site_warned']} exported with unsafe HTML removed and said so, "
                     f"{t['site_changed']} changed, {t['site_unreadable']} exported files "
                     "that did not import")
    if t["enospc_saves"]:
        lines.append(f"full disk: {t['enospc_saves']} saves and autosaves failed with ENOSPC, "
                     f"{t['enospc_lost']} previous files or autosave copies lost, "
                     f"{t['enospc_tmp']} temporaries left")
    if t["directory_writes"]:
        lines.append(f"partner directory: {t['directory_writes']} concurrent writes, "
                     f"{t['directory_lost']} lost ({t['directory_refused']} opens refused "
                     "as 'locked, try again' while the other process created the file)")
    if not lines:
        return None
    lines.append(f"TOTAL: {t['corrupt'] + t['enospc_lost']} corrupt or lost files, "
                 f"{t['site_changed'] + t['site_unreadable']} bad site round trips, "
                 f"{t['crashes']} crashes, "
                 f"{t['hangs']} hangs, {t['unsafe']} unsafe outputs, "
                 f"{t['directory_lost']} lost directory entries")
    return "\n".join(lines)
