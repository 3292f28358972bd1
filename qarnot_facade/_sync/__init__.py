# DERIVED FILE: do not edit. `make unasync` made it from
# qarnot_facade/_async/__init__.py: change that file instead.
"""The client's operation code: written once, async, in ``_async``; ``_sync`` is derived from it."""
