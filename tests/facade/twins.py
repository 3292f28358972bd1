"""Run the same test code through ``Client`` and through ``AsyncClient``.

:class:`Blocking` drives an ``AsyncClient`` from sync test code: each call of an async method is run to
completion on one event loop (an ``asyncio.Runner`` kept for the client's life), each async iterator
is read item by item as the test iterates, and ``with_options`` views stay wrapped. Tests written
against ``Client`` then exercise every ``AsyncClient`` method over the same requests, with no second
copy of the test.
"""

from __future__ import annotations

import asyncio
import collections
import inspect
import re
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from qarnot_facade import AsyncClient, Client

KINDS = ("Client", "AsyncClient")


def _lazy(items: AsyncIterator[Any], runner: asyncio.Runner) -> Iterator[Any]:
    """A sync iterator over an async one: each item is awaited when the test asks for it."""
    done = object()

    async def step() -> Any:
        return await anext(items, done)

    while (item := runner.run(step())) is not done:
        yield item


class Blocking:
    """An ``AsyncClient`` with a sync face, for tests shared with ``Client``."""

    def __init__(self, client: AsyncClient, runner: asyncio.Runner) -> None:
        self.async_client = client
        self._runner = runner

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.async_client, name)
        if not callable(attr):
            return attr
        runner = self._runner

        def call(*args: Any, **kwargs: Any) -> Any:
            result = attr(*args, **kwargs)
            if inspect.iscoroutine(result):
                return runner.run(result)
            if isinstance(result, AsyncIterator):
                return _lazy(result, runner)
            if isinstance(result, AsyncClient):
                return Blocking(result, runner)
            return result

        return call

    def close(self) -> None:
        self._runner.run(self.async_client.aclose())

    def __enter__(self) -> Blocking:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _async_sleep(sleep: Callable[[float], Any]) -> Callable[[float], Any]:
    """A sync sleep callable (a test's recorder) as the async one AsyncClient takes."""
    if inspect.iscoroutinefunction(sleep):
        return sleep

    async def record(seconds: float) -> None:
        sleep(seconds)

    return record


class Twins:
    """Builds the client of one kind (``Client`` or ``AsyncClient`` behind :class:`Blocking`)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._runners: list[asyncio.Runner] = []
        self._clients: list[Any] = []

    @property
    def is_async(self) -> bool:
        return self.kind == "AsyncClient"

    def __call__(self, *args: Any, **settings: Any) -> Any:
        """``Client(*args, **settings)``, or its async twin behind a sync face."""
        if not self.is_async:
            client: Any = Client(*args, **settings)
        else:
            if "sleep" in settings:
                settings["sleep"] = _async_sleep(settings["sleep"])
            runner = asyncio.Runner()
            self._runners.append(runner)
            client = Blocking(AsyncClient(*args, **settings), runner)
        self._clients.append(client)
        return client

    def close(self) -> None:
        for client in self._clients:
            client.close()
        for runner in self._runners:
            runner.close()


@pytest.fixture(params=KINDS)
def twins(request: pytest.FixtureRequest) -> Iterator[Twins]:
    """Parametrizes a test over ``Client`` and ``AsyncClient``; call it like the ``Client`` constructor."""
    made = Twins(request.param)
    try:
        yield made
    finally:
        made.close()


class CountingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx's real transports (sync and async), counting every request that goes out, by method and path.

    ``counts[("POST", "/tasks/paginate")]``; ``task_gets`` counts ``GET /tasks/{id}``.
    """

    def __init__(self) -> None:
        self.counts: collections.Counter[tuple[str, str]] = collections.Counter()
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def _count(self, request: httpx.Request) -> None:
        self.counts[(request.method, request.url.path)] += 1

    def count(self, method: str, pattern: str) -> int:
        """How many requests had this method and a path matching the regular expression ``pattern``."""
        return sum(n for (m, path), n in self.counts.items() if m == method and re.fullmatch(pattern, path))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._count(request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._count(request)
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()
