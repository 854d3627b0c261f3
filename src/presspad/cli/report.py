"""The shapes ``presspad check`` prints its findings in.

* ``text``: ``FILE:LINE:COLUMN: SEVERITY CODE MESSAGE [LANG]``, coloured on a
  terminal (``--color``, ``NO_COLOR``, ``FORCE_COLOR``), and a summary line;
* ``json``: the public document ``{"findings": [...]}`` (``--json``);
* ``json-lines``: one finding a line, printed as each file is checked;
* ``github``: GitHub Actions workflow commands (``::error file=…::…``), which
  become annotations on the pull request;
* ``sarif``: SARIF 2.1.0, which code-review tools and GitHub code scanning read.

Every shape carries the same findings (the dicts of ``cmd_check.finding_to_dict``).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

logger = logging.getLogger(__name__)

FORMATS = ("text", "json", "json-lines", "github", "sarif")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
HOMEPAGE = "https://github.com/presspad/presspad"


# ------------------------------------------------------------------ colour
_COLOURS = {"error": "\033[1;31m", "warning": "\033[33m", "info": "\033[36m",
            "code": "\033[1m", "place": "\033[2m"}
_RESET = "\033[0m"


def use_colour(choice: str, stream: TextIO) -> bool:
    """``--color``: always/never win; auto follows NO_COLOR, then FORCE_COLOR, then the TTY."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty() and os.environ.get("TERM") != "dumb"


def paint(text: str, what: str, colour: bool) -> str:
    return f"{_COLOURS[what]}{text}{_RESET}" if colour else text


def text_line(item: dict, colour: bool) -> str:
    place = f"{item['file']}:{item['line']}:{item['column']}:"
    return (f"{paint(place, 'place', colour)} {paint(item['severity'], item['severity'], colour)}"
            f" {paint(item['code'], 'code', colour)} {item['message']} [{item['lang']}]")


# ------------------------------------------------------------------ github
def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def github_line(item: dict) -> str:
    """One workflow command; GitHub turns it into an annotation on the file's line."""
    props = {"file": item["file"], "line": item["line"], "col": item["column"],
             "endLine": item["end_line"], "endColumn": item["end_column"],
             "title": f"presspad {item['code']} [{item['lang']}]"}
    joined = ",".join(f"{k}={_escape_property(str(v))}" for k, v in props.items())
    return f"::{_GITHUB_LEVEL[item['severity']]} {joined}::{_escape_data(item['message'])}"


# ------------------------------------------------------------------ sarif
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """A file as a SARIF artifact URI: relative paths stay relative (to the run's folder)."""
    if path == "-":
        return "stdin"
    p = Path(path)
    return p.as_uri() if p.is_absolute() else quote(p.as_posix())


def sarif_document(results: list[dict], version: str, describe) -> dict[str, Any]:
    """A SARIF 2.1.0 log of one run; ``describe(code)`` gives a rule's one-line text."""
    codes = sorted({item["code"] for item in results})
    rule_index = {code: n for n, code in enumerate(codes)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "presspad", "version": version, "informationUri": HOMEPAGE,
                "rules": [{"id": code, "shortDescription": {"text": describe(code)}}
                          for code in codes]}},
            "columnKind": "unicodeCodePoints",
            "results": [_sarif_result(item, rule_index) for item in results],
        }],
    }


def _sarif_result(item: dict, rule_index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": item["code"], "ruleIndex": rule_index[item["code"]],
        "level": _SARIF_LEVEL[item["severity"]],
        "message": {"text": item["message"]},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(item["file"])},
            "region": {"startLine": item["line"], "startColumn": item["column"],
                       "endLine": item["end_line"], "endColumn": item["end_column"]}}}],
        "properties": {"lang": item["lang"], "paragraph": item["paragraph"]},
    }
    if "rule" in item:
        result["properties"]["rule"] = item["rule"]
    return result


def write_json_line(item: dict, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    stream.write(json.dumps(item, ensure_ascii=False))
    stream.write("\n")
