"""A throw-away PostgreSQL cluster for the directory's tests and benches.

Debian's ``postgresql`` package (installed by ``packaging/install-system-deps.sh``)
brings ``initdb`` and ``pg_ctl`` under ``/usr/lib/postgresql/N/bin``. The
cluster lives in a temporary folder, listens only on a Unix socket in that
folder (no TCP port to collide with), trusts local connections, and is
stopped and deleted afterwards. PostgreSQL refuses to run as root, so when
the tests run as root the server runs as Debian's ``postgres`` user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "presspad"


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, newest PostgreSQL first."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class PostgresServer:
    """:meth:`start`, then a new database per test (:meth:`create_database`), then :meth:`stop`."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="presspad-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self._count = 0
        self._as_user: list[str] = []

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self._as_user, *args], capture_output=True, text=True)
        if result.returncode:
            raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")

    def start(self) -> PostgresServer:
        binaries = server_binaries()
        if binaries is None:
            raise RuntimeError("PostgreSQL's server programs are missing: run "
                               "packaging/install-system-deps.sh (Debian's postgresql package)")
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]
        os.chmod(self.root, 0o755)
        self._run(str(binaries / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                  "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync")
        self.resume()
        return self

    def resume(self) -> None:
        """Start the server (again): tests of a server that goes away and comes back."""
        # Durability is not under test: no fsync makes CREATE DATABASE and commits cheap.
        options = (f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run(str(server_binaries() / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "start")

    def pause(self) -> None:
        """Stop the server, keeping its data, as a crashed or unplugged server would."""
        self._run(str(server_binaries() / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                  "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def create_database(self, prefix: str = "test") -> str:
        """A new empty database; returns its URL."""
        import psycopg

        self._count += 1
        name = f"{prefix}_{os.getpid()}_{self._count}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 STRATEGY FILE_COPY')
        return self.url(name)

    def stop(self) -> None:
        binaries = server_binaries()
        if binaries is not None and (self.data / "postmaster.pid").exists():
            subprocess.run([*self._as_user, str(binaries / "pg_ctl"), "-D", str(self.data),
                            "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)
