"""Direct quotations: marks, extraction, attribution to speakers, pairing across languages."""
