"""What the status bar says when a dictionary is missing, and which package brings it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

logger = logging.getLogger(__name__)


def spelling_problem_messages(speller) -> list[str]:
    """The speller's problems in the interface language (loads the dictionaries)."""
    from presspad.core.spelling.engine import PROBLEM_TEMPLATES

    speller.status_messages()  # loads the dictionaries, recording problems

    def translate(text: str) -> str:
        return QCoreApplication.translate("Spelling", text)

    return [translate(PROBLEM_TEMPLATES[p.code]).format(
        **dict(p.params, lang_name=translate(p.params["lang_name"])))
        for p in speller.problems]
