"""presspad: write, check and publish bilingual English/Russian press releases."""

from __future__ import annotations

__version__ = "0.1.0"
APP_ID = "io.github.presspad.Presspad"
