"""Text primitives: the one paragraph splitter, markup spans, words and folding, language."""
