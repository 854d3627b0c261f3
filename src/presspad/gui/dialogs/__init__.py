"""Dialogs of the presspad window, one per module."""
