"""Publishing from the app: import, export, the preview and Copy as HTML."""
