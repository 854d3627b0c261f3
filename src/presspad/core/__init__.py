"""Qt-free core of presspad: document model, storage, checks, directory, export.

Nothing in this package may import PySide6 (a test enforces it), so that the
command line starts fast and everything here is testable without a display.
"""
