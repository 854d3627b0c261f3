"""Where releases and settings live on disk: the .presspad file, atomic writes, recovery."""
