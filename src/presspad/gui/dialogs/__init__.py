"""presspad's dialogs, one per module, imported only when opened."""
