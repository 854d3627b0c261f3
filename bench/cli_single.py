"""One `presspad check` on one 2,000-word release, whole process, against proselint.

This is what an editor integration or a pre-commit hook pays on every save:
interpreter start, imports, the directory and dictionaries, all checks, the
report. proselint (in build/peers/proselint-venv) checks the same text (both
bodies, as Markdown). Runs alternate, after one warm-up each, each on a newly
generated release; medians.
Goal (issue 20): presspad ≤ 0.8 × proselint's time.

Measured twice: a cold process (`--no-server`: everything loaded per call, as
the first call or any call in CI pays), and the default command outside CI
from the second call on, answered by the background server the first call
started (cli/server.py). Both rows are printed.

    .venv/bin/python bench/cli_single.py [--runs 9]
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import make_release  # noqa: E402
from installed import compile_sources  # noqa: E402
from peers import ensure_venv, installed_version  # noqa: E402

logger = logging.getLogger(__name__)

GOAL_RATIO = 0.8
WORDS_PER_LANG = 1000


def _seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                          timeout=120)
    took = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{command[0]} failed: {proc.stderr.decode()[-300:]}")
    return took


def _write(folder: Path, seed: int) -> tuple[Path, Path, int]:
    """One generated release as .presspad and, for proselint, as Markdown; its words."""
    from presspad.core.storage import release_file as storage
    from presspad.core.text.stats import count_words

    release = make_release(WORDS_PER_LANG, seed=seed)
    path = folder / f"release-{seed}.presspad"
    storage.save(release, path)
    text = folder / f"release-{seed}.md"
    text.write_text(f"# {release.en.title}\n\n{release.en.body}\n\n# {release.ru.title}\n\n"
                    f"{release.ru.body}", encoding="utf-8")
    words = sum(count_words(release.body(lang)) + count_words(release.version(lang).title)
                for lang in ("en", "ru"))
    return path, text, words


def run(runs: int = 9) -> dict:
    """Medians over ``runs``; each run checks a release none of the three has seen
    (an editor checks changed text: results cached per paragraph must not flatter)."""
    compile_sources()
    proselint = ensure_venv("proselint", ["proselint"]) / "proselint"
    with tempfile.TemporaryDirectory(prefix="presspad-cli-") as tmp:
        folder = Path(tmp)
        releases = [_write(folder, 2000 + n) for n in range(runs + 2)]
        env = dict(os.environ, HOME=str(folder), XDG_CONFIG_HOME=str(folder / "config"),
                   XDG_DATA_HOME=str(folder / "data"), XDG_CACHE_HOME=str(folder / "cache"))
        runtime = folder / "run"
        runtime.mkdir(mode=0o700)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        from presspad.cli.server import _CI_VARIABLES

        for name in ("PRESSPAD_SERVER", "PRESSPAD_NO_SERVER", *_CI_VARIABLES):
            env.pop(name, None)     # the default: outside CI, a check starts a server

        def cold_cmd(path: Path) -> list[str]:
            return [sys.executable, "-m", "presspad", "check", "--json", "--no-server",
                    str(path)]

        def warm_cmd(path: Path) -> list[str]:
            return [sys.executable, "-m", "presspad", "check", "--json", str(path)]

        def peer_cmd(text: Path) -> list[str]:
            return [str(proselint), "check", str(text)]

        server = [sys.executable, "-m", "presspad", "server"]
        try:
            first, first_text, _ = releases[0]
            _seconds(warm_cmd(first), env)   # the first call: checks itself, starts the server
            deadline = time.monotonic() + 60
            while subprocess.run([*server, "status"], env=env, stdout=subprocess.DEVNULL,
                                 timeout=60).returncode != 0:
                if time.monotonic() > deadline:
                    raise RuntimeError("the first `presspad check` started no server")
                time.sleep(0.2)
            warm_up, warm_up_text, _ = releases[1]
            for command in (cold_cmd(warm_up), warm_cmd(warm_up), peer_cmd(warm_up_text)):
                _seconds(command, env)
            cold, warm, peer = [], [], []
            for path, text, _ in releases[2:]:
                cold.append(_seconds(cold_cmd(path), env))
                warm.append(_seconds(warm_cmd(path), env))
                peer.append(_seconds(peer_cmd(text), env))
        finally:
            subprocess.run([*server, "stop"], env=env, stdout=subprocess.DEVNULL, timeout=60)
    words = statistics.median(w for _, _, w in releases)
    return {"words": round(words), "ours": statistics.median(cold),
            "warm": statistics.median(warm), "peer": statistics.median(peer),
            "version": installed_version(proselint.parent, "proselint")}


def measure(runs: int = 9) -> list[dict]:
    """The bench convention (bench/README.md)."""
    r = run(runs)
    peer = f"proselint {r['version']}: {r['peer'] * 1000:.0f} ms"
    rows = []
    for key, how in (("ours", "cold (`--no-server`; the first call, or CI)"),
                     ("warm", "default, second call on (the server the first started)")):
        ratio = r[key] / r["peer"]
        rows.append({"name": f"whole-process `presspad check --json` on one {r['words']:,}-word "
                             f"release, {how}",
                     "value": round(r[key] * 1000), "unit": "ms",
                     "goal": f"≤ {GOAL_RATIO} × proselint", "passed": ratio <= GOAL_RATIO,
                     "peer": peer, "ratio": f"×{ratio:.2f}"})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    r = run(parser.parse_args().runs)
    print(f"one {r['words']}-word release, whole process (median)")
    print(f"  presspad check --json, cold:        {r['ours'] * 1000:7.0f} ms  "
          f"×{r['ours'] / r['peer']:.2f}")
    print(f"  presspad check --json, default:     {r['warm'] * 1000:7.0f} ms  "
          f"×{r['warm'] / r['peer']:.2f} (goal ≤ {GOAL_RATIO})")
    print(f"  proselint {r['version']}:                   {r['peer'] * 1000:7.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
