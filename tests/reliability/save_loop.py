"""Child of test_kill_save.py: save two releases in turn to one file, forever.

    python save_loop.py TARGET OLD.presspad NEW.presspad

Prints "ready" once both are loaded, then alternates ``storage.save(new)``
and ``storage.save(old)`` to TARGET until it is killed. With ``--naive`` it
writes in place instead (open, write, close): the control that shows the
test catches a torn file when saving is not atomic.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from presspad.core.storage import release_file as storage

logger = logging.getLogger(__name__)


def main() -> None:
    target, old_path, new_path = sys.argv[1:4]
    old, new = storage.load(old_path), storage.load(new_path)
    if "--naive" in sys.argv[4:]:
        texts = [storage.dumps(new).encode("utf-8"), storage.dumps(old).encode("utf-8")]
        print("ready", flush=True)
        while True:
            for data in texts:
                with open(Path(target), "wb") as handle:
                    for start in range(0, len(data), 4096):
                        handle.write(data[start:start + 4096])
    print("ready", flush=True)
    while True:
        storage.save(new, target)
        storage.save(old, target)


if __name__ == "__main__":
    main()
