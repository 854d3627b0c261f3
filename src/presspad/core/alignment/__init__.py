"""English and Russian paragraphs aligned, and what must read the same in both."""
