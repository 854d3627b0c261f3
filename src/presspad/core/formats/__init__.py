"""Opening, importing and exporting releases: Markdown, Word, HTML, the news site."""
