"""Named layers of an editor's extra selections.

A QPlainTextEdit has one list of extra selections, and several things draw
with them (the current paragraph, quotes, comments, find matches). Each owner
sets only its own layer: :func:`set_layer` replaces the selections carrying that
layer's name and keeps every other selection. A layer's selections are painted
above the others when it is set, and layers with a higher ``ORDER`` above lower
ones: find matches over comments over quotes over the current paragraph,
whoever repaints last.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtGui import QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

logger = logging.getLogger(__name__)

# The layer's name is stored in the selection's format under this property.
LAYER = QTextFormat.Property.UserProperty + 0x1A7
# Higher layers are painted last (on top); unknown ones count as 0.
ORDER = {"paragraph": 0, "quote": 1, "comment": 2, "find": 10, "find-current": 11}


def layer_of(selection: QTextEdit.ExtraSelection) -> str | None:
    name = selection.format.property(LAYER)
    return name if isinstance(name, str) else None


def set_layer(editor: QPlainTextEdit, name: str,
              selections: Iterable[QTextEdit.ExtraSelection]) -> None:
    """Make ``selections`` the layer ``name`` of ``editor``; keep all other selections."""
    ours = []
    for selection in selections:
        selection.format.setProperty(LAYER, name)
        ours.append(selection)
    kept = [s for s in editor.extraSelections() if layer_of(s) != name]
    rank = ORDER.get(name, 0)
    below = [s for s in kept if ORDER.get(layer_of(s) or "", 0) <= rank]
    above = [s for s in kept if ORDER.get(layer_of(s) or "", 0) > rank]
    editor.setExtraSelections(below + ours + above)


def layer(editor: QPlainTextEdit, name: str) -> list[QTextEdit.ExtraSelection]:
    """The selections of layer ``name`` in ``editor``, in order."""
    return [s for s in editor.extraSelections() if layer_of(s) == name]
