"""`presspad server`: a warm process answers `presspad check` exactly as a cold one would."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.fixture
def user(tmp_path) -> dict[str, str]:
    """A user of their own outside CI: home, config, data and the socket's runtime folder."""
    from presspad.cli.server import _CI_VARIABLES

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    values = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_RUNTIME_DIR": str(runtime),
              "XDG_CONFIG_HOME": str(tmp_path / "config"),
              "XDG_DATA_HOME": str(tmp_path / "data"), "LANG": "C.UTF-8"}
    for name in ("PRESSPAD_NO_SERVER", "PRESSPAD_SERVER", "LANGUAGE", "LC_ALL", "LC_MESSAGES",
                 "PRESSPAD_LANG", "NO_COLOR", "FORCE_COLOR", *_CI_VARIABLES):
        values.pop(name, None)
    yield values
    presspad(values, "server", "stop")     # one a check started on its own


@pytest.fixture
def env(user) -> dict[str, str]:
    """The same user in CI: a check asks a running server but starts none."""
    return {**user, "CI": "true"}


def presspad(env, *args, cwd=None, stdin=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "presspad", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, input=stdin, timeout=120)


def served(env) -> int:
    """How many checks the running server has answered (0 when none runs)."""
    out = presspad(env, "server", "status")
    return 0 if out.returncode else int(out.stdout.split(", ")[1].split()[0])


@pytest.fixture
def server(env):
    started = presspad(env, "server", "start", "--idle", "2")
    assert started.returncode == 0, started.stderr
    assert "presspad server running (pid" in started.stdout
    yield env
    presspad(env, "server", "stop")


def _same(a, b) -> None:
    assert (a.returncode, a.stdout, a.stderr) == (b.returncode, b.stdout, b.stderr)


def test_the_server_answers_as_a_check_in_the_process_would(server, sample_path, tmp_path):
    draft = tmp_path / "draft.en.md"
    draft.write_text('Title\n\nThe rector said "it works" , twice.\n', encoding="utf-8")
    for args in ([str(sample_path)], [str(draft), "--format", "json"], [str(draft), "--json"],
                 [str(sample_path), "--format", "sarif"], [str(draft), "--fail-on", "warning"]):
        before = served(server)
        warm = presspad(server, "check", *args)
        assert served(server) == before + 1, args     # answered by the server
        _same(warm, presspad(server, "check", *args, "--no-server"))


def test_relative_paths_stdin_and_the_language_are_the_clients(server, sample_path, tmp_path):
    (tmp_path / "r.presspad").write_bytes(sample_path.read_bytes())
    warm = presspad(server, "check", "r.presspad", cwd=tmp_path)
    assert warm.stdout.startswith("r.presspad:")
    russian = {**server, "LANG": "ru_RU.UTF-8"}
    assert "замечаний: 55" in presspad(russian, "check", "r.presspad", cwd=tmp_path).stdout
    piped = presspad(server, "check", "-", "--stdin-filename", "x.presspad",
                     stdin=sample_path.read_text(encoding="utf-8"))
    _same(piped, presspad(server, "check", "-", "--stdin-filename", "x.presspad", "--no-server",
                          stdin=sample_path.read_text(encoding="utf-8")))
    assert piped.stdout.startswith("x.presspad:")


def test_a_batch_is_checked_by_the_client_on_its_own_cores(server, sample_path, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(4):
        (folder / f"r{number}.presspad").write_bytes(sample_path.read_bytes())
    before = served(server)
    batch = presspad(server, "check", str(folder))
    assert served(server) == before            # the server said "check it yourself"
    assert batch.stdout.count("quote-split") == 4
    _same(batch, presspad(server, "check", str(folder), "--no-server"))


def test_no_server_stale_sockets_and_opting_out_all_check_here(env, sample_path):
    cold = presspad(env, "check", str(sample_path))
    assert presspad(env, "server", "status").returncode == 3
    folder = Path(env["XDG_RUNTIME_DIR"]) / "presspad"
    folder.mkdir(mode=0o700, exist_ok=True)
    (folder / "server-0000000000000000.sock").write_text("")
    stale = [p for p in folder.iterdir()]
    assert stale
    _same(cold, presspad(env, "check", str(sample_path)))
    started = presspad(env, "server", "start", "--idle", "2")
    try:
        before = served(env)
        _same(cold, presspad({**env, "PRESSPAD_NO_SERVER": "1"}, "check", str(sample_path)))
        assert served(env) == before
    finally:
        presspad(env, "server", "stop")
    assert started.returncode == 0
    assert presspad(env, "server", "status").returncode == 3


def _wait_for_server(env) -> None:
    deadline = time.monotonic() + 30
    while presspad(env, "server", "status").returncode != 0:
        assert time.monotonic() < deadline, "no server was started"
        time.sleep(0.2)


def test_outside_ci_a_check_starts_a_server_for_the_next_ones(user, sample_path):
    cold = presspad({**user, "PRESSPAD_SERVER": "off"}, "check", str(sample_path))
    assert presspad(user, "server", "status").returncode == 3     # "off": none started
    first = presspad(user, "check", str(sample_path))
    _same(cold, first)          # checked here (no note on stderr: it is not a terminal)
    _wait_for_server(user)
    assert served(user) == 0
    _same(cold, presspad(user, "check", str(sample_path)))
    assert served(user) == 1
    _same(cold, presspad({**user, "PRESSPAD_SERVER": "off"}, "check", str(sample_path)))
    assert served(user) == 1    # "off" does not ask a running one either


def test_in_ci_a_check_starts_none_unless_asked_to(env, sample_path):
    from presspad.cli.server import server_setting

    assert server_setting({"GITHUB_ACTIONS": "true"}) == "ask"
    assert server_setting({"CI": "false"}) == "auto"
    assert server_setting({"CI": "1", "PRESSPAD_SERVER": "auto"}) == "auto"
    assert server_setting({"PRESSPAD_NO_SERVER": "1", "PRESSPAD_SERVER": "auto"}) == "off"
    assert server_setting({"PRESSPAD_NO_SERVER": "0"}) == "auto"
    assert server_setting({"CODEBUILD_BUILD_ID": "x", "PRESSPAD_SERVER": "on"}) == "auto"
    presspad(env, "check", str(sample_path))
    folder = Path(env["XDG_RUNTIME_DIR"]) / "presspad"
    assert not list(folder.glob("*.starting"))       # none was even being started
    assert presspad(env, "server", "status").returncode == 3


def test_an_abbreviated_no_server_starts_none(user, sample_path):
    presspad(user, "check", str(sample_path), "--no-serv")
    presspad(user, "check", str(sample_path), str(sample_path))       # two files: a batch
    assert not list((Path(user["XDG_RUNTIME_DIR"]) / "presspad").glob("*.starting"))


def test_the_server_stands_in_no_users_folder(user, sample_path, tmp_path):
    """Started from a folder with its own email.py, which then goes away."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "email.py").write_text('raise SystemExit("the folder\'s own email.py ran")\n')
    # -P: as the console script, the client itself does not import from its folder.
    first = subprocess.run([sys.executable, "-P", "-m", "presspad", "check", str(sample_path)],
                           capture_output=True, text=True, env=user, cwd=folder, timeout=120)
    assert first.returncode == 0, first.stderr
    _wait_for_server(user)
    pid = presspad(user, "server", "status").stdout.split("pid ")[1].split(",")[0]
    assert os.readlink(f"/proc/{pid}/cwd") == "/"
    for entry in folder.iterdir():
        entry.unlink()
    folder.rmdir()
    _same(first, presspad(user, "check", str(sample_path), cwd=tmp_path))
    assert served(user) == 1


def test_a_warm_up_that_fails_leaves_no_socket_and_no_new_server_at_once(user, tmp_path):
    from presspad.cli.server import socket_path

    code = ("import sys; from pathlib import Path; from presspad.cli.server_process import Server; "
            "def boom(): raise RuntimeError('broken install'); "
            "Server(Path(sys.argv[1]), idle=60, run_command=None, warm_up=boom).serve()")
    code = code.replace("; def boom(): raise RuntimeError('broken install'); ",
                        "\ndef boom():\n    raise RuntimeError('broken install')\n")
    socket_file = tmp_path / "run" / "presspad" / "server-test.sock"
    socket_file.parent.mkdir(mode=0o700)
    out = subprocess.run([sys.executable, "-c", code, str(socket_file)], capture_output=True,
                         text=True, env=user, timeout=60)
    assert "the warm-up failed" in out.stderr and "broken install" in out.stderr
    assert not socket_file.exists()
    assert socket_file.with_suffix(".starting").read_text() == "failed"
    assert socket_path  # the real key's stamp works the same way (start_in_background)


def test_a_client_that_hung_up_does_not_stop_the_server(tmp_path):
    import socket as sockets

    from presspad.cli.server import _send
    from presspad.cli.server_process import Server

    server = Server(tmp_path / "s.sock", idle=60, run_command=None)
    for control in ("status", "stop"):
        ours, theirs = sockets.socketpair()
        _send(theirs, {"control": control})
        theirs.close()                      # gave up waiting before the answer
        with ours:
            assert server._answer(ours) == (control == "status", False)


def test_server_run_in_a_folder_others_can_open_says_so(user):
    folder = Path(user["XDG_RUNTIME_DIR"]) / "presspad"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    out = presspad(user, "server", "run", "--idle", "1")
    assert out.returncode == 2 and "not private" in out.stderr and "Traceback" not in out.stderr


def test_auto_starts_one_and_a_folder_others_can_open_is_refused(env, sample_path):
    auto = {**env, "PRESSPAD_SERVER": "auto"}
    try:
        first = presspad(auto, "check", str(sample_path))
        assert first.returncode == 0
        _wait_for_server(env)
        presspad(auto, "check", str(sample_path))
        assert served(env) == 1
    finally:
        presspad(env, "server", "stop")
    folder = Path(env["XDG_RUNTIME_DIR"]) / "presspad"
    folder.chmod(0o755)
    opened = presspad(auto, "check", str(sample_path))
    _same(first, opened)                       # checked here, nothing started
    assert presspad(env, "server", "status").returncode != 0


def test_a_changed_file_in_the_data_folder_reloads_the_checks(tmp_path):
    from presspad.cli import server_process
    from presspad.core.storage import paths

    before = server_process._freshness()
    (paths.data_dir() / "dictionaries").mkdir(exist_ok=True)
    (paths.data_dir() / "dictionaries" / "personal-en.txt").write_text("Presspadish\n")
    assert server_process._freshness() != before


def test_what_the_server_does_not_answer(server, sample_path, tmp_path):
    before = served(server)
    for args in (["-v", "check", str(sample_path)], ["check", "--db", str(tmp_path / "d.sqlite"),
                                                        str(sample_path)],
                 ["check", "--he"], ["check", "-h"]):
        presspad(server, *args)
    presspad({**server, "PGSERVICE": "newsroom"}, "check", str(sample_path))
    assert served(server) == before     # verbose, another directory, help, libpq settings


def test_streams_keep_their_order_and_a_closed_pipe_is_no_error(server, sample_path):
    # A damaged default directory: a warning on stderr before the findings on stdout.
    data = Path(server["XDG_DATA_HOME"]) / "presspad"
    data.mkdir(parents=True, exist_ok=True)
    (data / "directory.sqlite").write_text("not a database")

    def merged(*extra):
        return subprocess.run([sys.executable, "-m", "presspad", "check", str(sample_path),
                               *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, env=server, timeout=120).stdout

    warm, cold = merged(), merged("--no-server")
    assert warm == cold and warm.index("partner directory") < warm.index("quote-split")
    piped = subprocess.run(f"{sys.executable} -m presspad check {sample_path} | head -c 10",
                           shell=True, capture_output=True, text=True, env=server, timeout=120)
    assert "Traceback" not in piped.stderr and len(piped.stdout) == 10


def test_a_deleted_working_folder_and_a_changed_word_list(server, sample_path, tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    script = (f"import os, subprocess, sys; os.chdir({str(gone)!r}); os.rmdir({str(gone)!r}); "
              f"sys.exit(subprocess.run([sys.executable, '-m', 'presspad', 'check', "
              f"{str(sample_path)!r}]).returncode)")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=server, timeout=120)
    assert run.returncode == 0 and "Traceback" not in run.stderr

    from presspad.cli import server as module

    key = module.server_key()
    package = Path(module.__file__).resolve().parents[1]
    word_list = package / "core" / "spelling" / "data" / "en_supplement.txt"
    stamp = word_list.stat()
    try:
        os.utime(word_list, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 10**9 * 3600 * 24 * 365))
        assert module.server_key() != key     # a data file is part of the key, not only code
    finally:
        os.utime(word_list, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))


def test_the_gui_path_loads_no_server_code():
    code = ("import sys; from presspad.cli.main import _served; "
            "assert not _served(['release.presspad']); "
            "print(sorted(m for m in ('presspad.cli.server', 'hashlib', 'socket') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


def test_a_relative_pythonpath_finds_the_server_it_started(env):
    """The server runs in / : the key it listens under and the client's must agree."""
    repo = Path(__file__).resolve().parents[2]
    relative = {**env, "PYTHONPATH": "src"}
    try:
        started = presspad(relative, "server", "start", "--idle", "1", cwd=repo)
        assert started.returncode == 0, started.stderr
        assert presspad(relative, "server", "status", cwd=repo).returncode == 0
    finally:
        presspad(relative, "server", "stop", cwd=repo)
