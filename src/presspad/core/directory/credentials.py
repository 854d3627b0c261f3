"""Where a PostgreSQL directory's password lives: never in presspad's settings.

libpq's own conventions come first: a password in ``~/.pgpass`` (or the file
``PGPASSFILE`` names), ``PGPASSWORD``, or a ``service=`` entry in
``pg_service.conf`` are used by libpq itself without presspad seeing them.
Settings may also put a password in the system keyring (Secret Service,
macOS Keychain, Windows Credential Locker) through the ``keyring`` package,
when it is installed and the desktop has a keyring; else in ``~/.pgpass``,
which libpq requires to be private (0600).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "presspad partner directory"


def split_password(conninfo: str) -> tuple[str, str]:
    """``conninfo`` without its password, and the password ("" when none)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(conninfo)
    password = str(params.pop("password", "") or "")
    return make_conninfo(**{k: str(v) for k, v in params.items()}), password


def _keyring():
    """The keyring module when it has a real backend, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
    except Exception:   # a broken desktop keyring must not stop the directory
        logger.warning("system keyring unavailable", exc_info=True)
        return None
    return keyring


def keyring_password(conninfo: str) -> str | None:
    """The password Settings put in the system keyring for ``conninfo``, if any."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, split_password(conninfo)[0])
    except Exception:
        logger.warning("cannot read the system keyring", exc_info=True)
        return None


def pgpass_path() -> Path:
    return Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def save_password(conninfo: str, password: str) -> str:
    """Keep ``password`` for ``conninfo``; return where: "keyring" or the pgpass path."""
    from psycopg.conninfo import conninfo_to_dict

    clean = split_password(conninfo)[0]
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.set_password(KEYRING_SERVICE, clean, password)
            return "keyring"
        except Exception:
            logger.warning("cannot write the system keyring; using ~/.pgpass", exc_info=True)
    params = conninfo_to_dict(clean)
    fields = [str(params.get("host") or "localhost"), str(params.get("port") or "*"),
              str(params.get("dbname") or "*"), str(params.get("user") or "*")]
    line = ":".join(_pgpass_field(f) for f in fields) + ":" + _pgpass_field(password)
    path = pgpass_path()
    prefix = ":".join(_pgpass_field(f) for f in fields) + ":"
    kept = []
    if path.exists():
        kept = [old for old in path.read_text(encoding="utf-8").splitlines()
                if not old.startswith(prefix)]
    # libpq ignores a .pgpass that others can read: create it private.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join([*kept, line]) + "\n")
    os.chmod(path, 0o600)
    return str(path)
