"""The client's operation code: written once, async, in ``_async``; ``_sync`` is derived from it."""
