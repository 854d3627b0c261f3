"""Review: live checks, the findings and quotes panels, aligned scrolling."""
