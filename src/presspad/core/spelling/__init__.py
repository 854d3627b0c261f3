"""Spell checking through pyenchant and Hunspell, with a fake fallback."""
