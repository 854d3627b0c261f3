"""Compiled Qt Linguist translations (.qm, built from the .ts sources here)."""
