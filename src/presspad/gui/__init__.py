"""presspad's desktop interface (PySide6)."""
