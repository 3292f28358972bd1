"""The few primitives that differ between the async source and the sync code derived from it.

``scripts/unasync.py`` turns the async operation code (``qarnot_facade/_async``) into the sync code
(``qarnot_facade/_sync``) by rewriting names. Where a name has no mechanical sync twin, the async source
uses one of the pairs below and the rewrite swaps it for its partner: ``AsyncLock`` -> ``Lock``,
``asleep`` -> ``sleep``, ``AsyncSleep`` -> ``Sleep``. Nothing here does I/O.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # asyncio (which loads ssl) is imported by the async code only, when it runs
    import asyncio

__all__ = ["AsyncLock", "AsyncSleep", "Lock", "Sleep", "asleep", "sleep"]

Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]

sleep = time.sleep


async def asleep(seconds: float) -> None:
    """``asyncio.sleep`` (cancellable: cancelling the awaiting task ends the sleep)."""
    import asyncio

    await asyncio.sleep(seconds)


Lock = threading.Lock


class AsyncLock:
    """An ``asyncio.Lock`` created on first use, so a client built outside a running loop can hold one."""

    def __init__(self) -> None:
        self._lock: asyncio.Lock | None = None

    async def __aenter__(self) -> None:
        if self._lock is None:
            import asyncio

            self._lock = asyncio.Lock()
        await self._lock.acquire()

    async def __aexit__(self, *exc: object) -> None:
        assert self._lock is not None
        self._lock.release()
