"""The vocabulary every other package speaks: the release, findings, fixes, errors."""
