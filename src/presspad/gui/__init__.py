"""The presspad desktop application (PySide6 widgets)."""
