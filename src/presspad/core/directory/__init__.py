"""The partner directory: entries, the SQLite store, completion, case forms, exchange."""
