"""How :class:`~qarnot_facade.AsyncClient` runs the sync bucket code without blocking the event loop.

``minio`` is synchronous, so the bucket methods of the async client (``qarnot_facade/_async_buckets.py``,
derived from :class:`qarnot_facade.storage.BucketMethods` by ``scripts/unasync.py``) run the sync
method in a worker thread (``asyncio.to_thread``) on a :class:`_BucketHost`: a ``BucketMethods``
bound to the async client's storage settings, its S3 client (shared by the client and its
``with_options`` views) and its ``transfer_options``. A host method that needs the API
(``download_task_results`` reads the task) calls the async client back on its event loop.

Progress callbacks are called from that worker thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, cast

from qarnot_facade.storage import BucketMethods, TransferOptions

if TYPE_CHECKING:
    from qarnot_api.models import Task

    from qarnot_facade._core import Shared
    from qarnot_facade.storage import StorageSettings

__all__ = ["AsyncBucketHost"]

P = ParamSpec("P")
T = TypeVar("T")


class _BucketHost(BucketMethods):
    """The sync bucket code's view of an async client, used inside one worker thread call."""

    def __init__(
        self,
        owner: AsyncBucketHost,
        settings: StorageSettings,
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        self._owner = owner
        self._settings = settings
        self._loop = loop
        self.transfer_options = owner.transfer_options

    @property
    def _qf_storage_client(self) -> Any:
        return self._owner._shared.storage_client

    @_qf_storage_client.setter
    def _qf_storage_client(self, value: Any) -> None:
        self._owner._shared.storage_client = value

    def _storage_settings(self) -> StorageSettings:
        return self._settings

    def get_task_information(self, task_id: str) -> Task:
        """The async client's ``get_task_information``, run on its event loop from this thread."""
        call: Coroutine[Any, Any, Task] = self._owner.get_task_information(task_id)  # type: ignore[attr-defined]
        return asyncio.run_coroutine_threadsafe(call, self._loop).result()


class AsyncBucketHost:
    """The base of the async client's bucket methods: runs ``BucketMethods`` in worker threads."""

    _shared: Shared
    transfer_options: TransferOptions = TransferOptions()

    async def _storage_settings(self) -> StorageSettings:
        raise NotImplementedError("the class using AsyncBucketHost must implement _storage_settings()")

    async def _host(self) -> _BucketHost:
        settings = await self._storage_settings()
        return _BucketHost(self, settings, asyncio.get_running_loop())

    async def _in_thread(
        self, method: Callable[Concatenate[BucketMethods, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """``method(host, *args, **kwargs)`` in a worker thread; the event loop keeps running."""
        host = await self._host()
        return await asyncio.to_thread(method, host, *args, **kwargs)

    def _iter_in_thread(
        self,
        method: Callable[Concatenate[BucketMethods, P], Iterator[T]],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> AsyncIterator[T]:
        """The items of ``method(host, ...)`` (a sync iterator), each fetched in a worker thread."""

        async def items() -> AsyncIterator[T]:
            host = await self._host()
            iterator = await asyncio.to_thread(lambda: iter(method(host, *args, **kwargs)))

            def step() -> tuple[bool, T | None]:
                try:
                    return True, next(iterator)
                except StopIteration:
                    return False, None

            while True:
                more, item = await asyncio.to_thread(step)
                if not more:
                    return
                yield cast(T, item)

        return items()

    async def _close_storage(self) -> None:
        """Release the S3 connections (``aclose()`` calls it)."""
        if self._shared.storage_client is None:
            return
        settings = self._shared.storage_settings
        if settings is None:
            return
        host = _BucketHost(self, settings, asyncio.get_running_loop())
        await asyncio.to_thread(host._close_storage)
