"""The engine of :class:`~qarnot_facade.AsyncClient`: one pooled HTTP client, per-call options, the send loop.

Private module, the async source of :mod:`qarnot_facade._sync.core` (``scripts/unasync.py``). The
operation mixins (one module per spec tag) call :meth:`AsyncClientCore._send`. Nothing here talks to
the network at construction time.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from qarnot_facade._concurrency import AsyncLock, AsyncSleep
from qarnot_facade._concurrency import asleep as default_sleep
from qarnot_facade._core import (
    Shared,
    call_options,
    import_httpx,
    resolve_config,
    split_extra,
    user_agent,
    view_options,
)
from qarnot_facade._decoding import PageCursor, as_model, as_models, bulk_error_items, undecodable
from qarnot_facade.config import QarnotConfig
from qarnot_facade.errors import APIConnectionError, APIError, InvalidInputError, QarnotError

# httpx, ssl and the transport load when the first client is built, not when the class is imported
if TYPE_CHECKING:
    import httpx
    from qarnot_api.client import AuthenticatedClient
    from qarnot_api.models import BulkTaskResponse, UuidResponse
    from qarnot_api.types import Response

    from qarnot_facade._transport import CallOptions

__all__ = ["AsyncClientCore", "follow_pages"]

M = TypeVar("M")
R = TypeVar("R")


class AsyncClientCore:
    """Construction, lifetime, per-call options and the send loop every operation uses."""

    _config: QarnotConfig
    _call_options: CallOptions
    _shared: Shared
    _sleep: AsyncSleep
    _clock: Callable[[], float]
    _read_only_account: str | None = None  # set on with_options(read_only_account=...) views

    def __init__(
        self,
        config: QarnotConfig | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: AsyncSleep | None = None,
        clock: Callable[[], float] | None = None,
        random: Callable[[], float] | None = None,
        **settings: Any,
    ) -> None:
        """Create a client. No network call is made here.

        Args:
            config: a :class:`QarnotConfig`. Keyword settings (the fields of ``QarnotConfig``: ``api_key``,
                ``api_url``, ``email``, ``version``, ``storage_url``, ``timeout``, ``connect_timeout``,
                ``max_retries``, ``backoff``, ...) override its fields; without ``config`` they build one.
                The environment is **not** read here: use :meth:`from_env` / :meth:`from_file` for that.
            transport: the httpx transport that really sends (tests pass ``httpx.MockTransport``);
                default: a pooled transport (at most ``max_connections`` connections) honouring
                ``unsafe``, ``custom_certificate`` and the HTTPS_PROXY/NO_PROXY environment (httpx's own on
                the async client, :mod:`qarnot_facade._stdlib_http` on the sync one).
            sleep, clock, random: injectable sleep, ``time.monotonic`` and ``random.random`` (retry
                backoff, wait loops), for tests.

        Raises:
            ConfigurationError: missing token, unsupported version, a bad setting or an unknown keyword.
        """
        import_httpx()
        from qarnot_facade._async.transport import AsyncQarnotTransport
        from qarnot_facade._transport import inner_async_transport

        config = resolve_config(config, settings)
        self._config = config
        self._sleep = sleep if sleep is not None else default_sleep
        self._clock = clock if clock is not None else time.monotonic
        self._call_options = call_options(config)
        if transport is None:
            # one pool for the client, its views and every coroutine (or thread) using it
            transport = inner_async_transport(config)
        wrapped = AsyncQarnotTransport(
            transport, options=self._call_options, sleep=self._sleep, random=random, secrets=(config.api_key,)
        )
        from qarnot_api.client import AuthenticatedClient

        api = AuthenticatedClient(
            base_url=config.api_url,
            token=config.api_key,
            prefix="",
            timeout=self._call_options.timeout,
            headers={"User-Agent": user_agent(config), "Accept": "application/json"},
            follow_redirects=False,
            raise_on_unexpected_status=False,
            httpx_args={"transport": wrapped, "trust_env": False},
        )
        from qarnot_facade._async.http import AsyncHTTPClient

        http = AsyncHTTPClient(**api.httpx_settings())
        api.set_async_httpx_client(http)
        self._shared = Shared(api, http, AsyncLock())

    # -- construction helpers ------------------------------------------------------------------------
    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **settings: Any) -> Self:
        """A client configured from ``QARNOT_*`` environment variables; keyword settings win.

        See :meth:`QarnotConfig.from_env`. Non-config keywords (``transport``, ``sleep``, ``clock``,
        ``random``) are passed to the constructor.
        """
        extra = split_extra(settings)
        return cls(QarnotConfig.from_env(environ, **settings), **extra)

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], *, environ: Mapping[str, str] | None = None, **settings: Any
    ) -> Self:
        """A client configured from the official SDK's INI file (environment, then keywords, on top)."""
        extra = split_extra(settings)
        return cls(QarnotConfig.from_file(path, environ=environ, **settings), **extra)

    @property
    def config(self) -> QarnotConfig:
        """The resolved configuration (its repr hides the token)."""
        return self._config

    def with_options(
        self,
        *,
        timeout: float | None = None,
        connect_timeout: float | None = None,
        max_retries: int | None = None,
        backoff: float | None = None,
        read_only_account: str | None = None,
    ) -> Self:
        """A view of this client with other per-call settings, sharing the same connection pool.

        ``client.with_options(timeout=120, max_retries=0).get_task_stdout(task_id)``. Closing a view
        closes the shared pool.

        ``read_only_account="<account>"`` reads another account's data (one the API granted the caller
        read access to): the view sends the ``QarnotReadOnlyRequestForAccount`` header on the reads the
        API accepts it on (the task, pool and job listings, searches, pages and details, their
        stdout/stderr reads, profiles, hardware constraints, ``get_user_info``, ``check_connection``) and
        refuses every other operation, writes first, with :class:`InvalidInputError` before sending.

        Raises:
            ConfigurationError: a value that is not valid (non-positive timeout, negative retries...).
            InvalidInputError: an empty ``read_only_account`` or one with a line break.
        """
        changes = {
            "timeout": timeout,
            "connect_timeout": connect_timeout,
            "max_retries": max_retries,
            "backoff": backoff,
        }
        config, options = view_options(self._config, self._call_options, changes)
        view = object.__new__(type(self))
        view.__dict__.update(self.__dict__)
        view._config = config
        view._call_options = options
        if read_only_account is not None:
            if not isinstance(read_only_account, str) or not read_only_account.strip():
                raise InvalidInputError("read_only_account must be a non-empty string (the other account)")
            if "\r" in read_only_account or "\n" in read_only_account:
                raise InvalidInputError("read_only_account must not contain a line break")
            view._read_only_account = read_only_account
        return view

    # -- lifetime -----------------------------------------------------------------------------------
    async def aclose(self) -> None:
        """Close the HTTP connection pool and the storage client. Safe to call twice."""
        shared = self._shared
        with shared.lock:
            if shared.closed:
                return
            shared.closed = True
        try:
            await self._close_storage()
        finally:
            await shared.http.aclose()

    async def _close_storage(self) -> None:  # overridden by the bucket methods
        return None

    @property
    def closed(self) -> bool:
        """Whether :meth:`aclose` was called."""
        return self._shared.closed

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        # safe on a half-built client (its constructor failed, or a subclass has not called it yet)
        shared = self.__dict__.get("_shared")
        config = self.__dict__.get("_config")
        if config is None:
            return f"<{type(self).__name__} (not configured)>"
        state = " closed" if shared is not None and shared.closed else ""
        return f"<{type(self).__name__} api_url={config.api_url!r} version={config.version!r}{state}>"

    __str__ = __repr__

    # -- calling the generated operations ----------------------------------------------------------
    @property
    def _api(self) -> AuthenticatedClient:
        return self._shared.api  # type: ignore[no-any-return]

    async def _send(self, call: Callable[[], Awaitable[R]]) -> R:
        """Run one generated ``asyncio_detailed`` call with this client's options and typed errors.

        A ``read_only_account`` view refuses it: only :meth:`_read` operations may target another account.
        """
        if self._read_only_account is not None:
            frame = sys._getframe(1)
            while frame.f_back is not None and frame.f_code.co_name.startswith("_"):
                frame = frame.f_back  # name the public method, not a shared helper
            operation = frame.f_code.co_name
            raise InvalidInputError(
                f"{operation}() cannot run on a read_only_account view: the API reads another account's "
                "data only through its listings, searches, details and outputs, and never writes there"
            )
        return await self._call(call)

    async def _read(
        self, operation: Callable[..., Awaitable[Response[M]]], *args: Any, **kwargs: Any
    ) -> Response[M]:
        """:meth:`_send` for the generated operations that may read another account:
        ``operation(*args, **kwargs)`` gets the view's ``read_only_account`` as its
        ``QarnotReadOnlyRequestForAccount`` header argument (``UNSET`` on an ordinary client)."""
        from qarnot_api.types import UNSET

        account = UNSET if self._read_only_account is None else self._read_only_account
        return await self._call(
            lambda: operation(*args, **kwargs, qarnot_read_only_request_for_account=account)
        )

    async def _create(self, call: Callable[[], Awaitable[Response[Any]]]) -> UuidResponse:
        """:meth:`_send` for a creation: its ``{uuid}``. An answer without a uuid (the published document
        leaves it optional) is undecodable, since the caller could not use the new object."""
        from qarnot_api.models import UuidResponse

        async def checked() -> Response[Any]:
            response = await call()
            created = response.parsed
            if isinstance(created, UuidResponse) and not (isinstance(created.uuid, str) and created.uuid):
                raise KeyError("uuid")  # decoded as undecodable() while the answer is still at hand
            return response

        return as_model(await self._send(checked), UuidResponse)

    async def _submit_batch(self, call: Callable[[], Awaitable[Response[Any]]]) -> list[BulkTaskResponse]:
        """Send a batch submission (``POST /tasks`` or ``POST /jobs`` with an array) and return one answer
        per item, whether the API answered 200/201, 207 (a mixed batch) or, for a batch that failed as a
        whole, 400/402/403/404 with the per-item array; any other error raises."""
        from qarnot_api.models import BulkTaskResponse

        try:
            response = await self._send(call)
        except APIError as error:
            items = bulk_error_items(error)
            if items is None:
                raise
            return items
        return as_models(response, BulkTaskResponse)

    async def _call(self, call: Callable[[], Awaitable[R]]) -> R:
        import httpx

        from qarnot_facade._transport import forget_large, last_response, remember, use_options

        if self._shared.closed:
            raise QarnotError(f"this client is closed; create a new {type(self).__name__}")
        with use_options(self._call_options):
            remember(None)  # nothing received yet by this call
            try:
                return await call()
            except QarnotError:
                raise
            except httpx.InvalidURL as exc:
                raise InvalidInputError(
                    f"the request URL cannot be built ({exc}); nothing was sent"
                ) from None
            except httpx.HTTPError as exc:
                raise APIConnectionError(f"HTTP failure: {type(exc).__name__}: {exc}") from exc
            except (KeyError, ValueError, TypeError, AttributeError, IndexError, RecursionError) as exc:
                if last_response() is None:  # failed while building or encoding the request
                    raise InvalidInputError(
                        f"the request could not be encoded ({type(exc).__name__}: {exc}); nothing was sent"
                    ) from exc
                raise undecodable(exc) from exc
            finally:
                forget_large()  # after undecodable() read it: the remembered response holds the whole body


async def follow_pages(first: Any, fetch: Callable[[Any], Awaitable[Any]]) -> AsyncIterator[Any]:
    """Yield the items of every page, fetching the next one (``nextToken``) while ``isTruncated``."""
    cursor = PageCursor(first)
    while cursor.request is not None:
        page = await fetch(cursor.request)
        for item in cursor.items(page):
            yield item
