"""The async source of the client's operation code (``scripts/unasync.py`` derives ``_sync``)."""
