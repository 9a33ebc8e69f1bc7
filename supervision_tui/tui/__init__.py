"""The Textual app: a thin face over the core."""
