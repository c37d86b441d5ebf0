"""Everything PySide6: the window, pages, dialogs, table models and widgets. Talks to services only."""
