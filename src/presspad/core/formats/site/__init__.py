"""The news site's text format: profiles (as data), the reader and the writer."""
