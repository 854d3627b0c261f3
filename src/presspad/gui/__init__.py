"""presspad's desktop interface: a thin PySide6 layer over :mod:`presspad.core`."""
