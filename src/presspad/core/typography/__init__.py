"""Typographic conventions per language: the quote-style table and the fixing rules."""
