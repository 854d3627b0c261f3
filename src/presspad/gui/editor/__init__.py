"""The language editors and what lives in them: highlighting, spelling, completion."""
