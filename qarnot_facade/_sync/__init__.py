# DERIVED FILE: do not edit. `make unasync` made it from
# qarnot_facade/_async/__init__.py: change that file instead.
"""The async source of the client's operation code (``scripts/unasync.py`` derives ``_sync``)."""
