"""The command line's language: Russian where the app's is, from the same catalogue.

The language comes from the environment as gettext reads it (``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES``, ``LANG``; ``PRESSPAD_LANG`` wins over them), and
the sentences from the app's Qt Linguist file (``translations/presspad_ru.ts``,
shipped with the package), read by translate-toolkit: no Qt is imported,
so ``presspad check`` starts as fast in Russian as in English. An entry the
translators have not finished is shown in English, as the app shows it.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable

from presspad.core.model.package_data import package_file

logger = logging.getLogger(__name__)

SUPPORTED = ("en", "ru")
_ENVIRONMENT = ("PRESSPAD_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

Translate = Callable[[str, str], str]


def cli_language(environ: dict[str, str] | None = None) -> str:
    """``"ru"`` or ``"en"``: the first of the locale variables that is set decides."""
    environ = os.environ if environ is None else environ
    for name in _ENVIRONMENT:
        value = environ.get(name, "")
        if not value:
            continue
        # LANGUAGE may list several ("ru:en"); "C" and "POSIX" mean English.
        code = value.split(":")[0].split("_")[0].split(".")[0].lower()
        return code if code in SUPPORTED else "en"
    return "en"


def _identity(_context: str, text: str) -> str:
    return text


@functools.lru_cache(maxsize=2)
def translator(language: str) -> Translate:
    """``translate(context, text)`` for ``language`` (English: the text itself)."""
    if language == "en":
        return _identity
    catalogue = _catalogue(language)
    if not catalogue:
        return _identity

    def translate(context: str, text: str) -> str:
        return catalogue.get((context, text)) or text

    return translate


def _catalogue(language: str) -> dict[tuple[str, str], str]:
    source = package_file("presspad.translations", f"presspad_{language}.ts")
    try:
        data = source.read_bytes()
    except (FileNotFoundError, OSError):
        logger.warning("no translation file presspad_%s.ts; messages stay in English", language)
        return {}
    from translate.storage import ts2

    try:
        store = ts2.tsfile.parsestring(data)
    except Exception:  # noqa: BLE001 - a broken catalogue must not stop a check
        logger.warning("cannot read presspad_%s.ts; messages stay in English", language,
                       exc_info=True)
        return {}
    return {(unit.getcontext(), unit.source): unit.target for unit in store.units
            if unit.target and not unit.isfuzzy()}


def translate(context: str, text: str) -> str:
    """``text`` in the command line's language (the environment is read at each call:
    a server answers each request in its client's; many calls take ``translator``)."""
    return translator(cli_language())(context, text)
