"""``--help`` that wraps its paragraphs and keeps its examples as written."""

from __future__ import annotations

import argparse


class HelpWithExamples(argparse.HelpFormatter):
    """A text starting with "examples:" (an epilog) is printed line for line."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("examples:"):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)
