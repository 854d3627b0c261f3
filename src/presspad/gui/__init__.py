"""Qt user interface of presspad."""
