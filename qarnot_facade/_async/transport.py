"""The httpx transport of :class:`~qarnot_facade.AsyncClient` (the sync one is derived from this file).

It applies the rules of :mod:`qarnot_facade._transport` (which retries, which delay, which error) to
every request: per-call timeout, whole body read inside the transport, safe retries with backoff and
``Retry-After``, typed errors before anything parses the body.
"""

from __future__ import annotations

import logging
import random as _random
from collections.abc import Callable

import httpx

from qarnot_facade._concurrency import AsyncSleep
from qarnot_facade._concurrency import asleep as default_sleep
from qarnot_facade._transport import (
    CallOptions,
    connection_error,
    current_options,
    decode_error,
    is_safe_to_repeat,
    may_have_acted,
    rebuilt,
    remember,
    retry_after_error,
    retry_after_status,
    settled_by_earlier_attempt,
)

__all__ = ["AsyncQarnotTransport"]

logger = logging.getLogger("qarnot_facade.http")


class AsyncQarnotTransport(httpx.AsyncBaseTransport):
    """httpx transport adding per-call timeouts, safe retries and typed errors.

    Args:
        inner: the transport that really sends (httpx's pooled one, or ``httpx.MockTransport`` in tests).
        options: default call options (a ``with_options`` view overrides them per call).
        sleep: called with the delay before a retry (injectable for tests).
        random: returns a float in [0, 1) for the jitter (injectable; default ``random.random``).
        secrets: strings (the token) redacted from anything that goes into an exception message.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        options: CallOptions,
        sleep: AsyncSleep | None = None,
        random: Callable[[], float] | None = None,
        secrets: tuple[str, ...] = (),
    ) -> None:
        self._inner = inner
        self._default = options
        self._sleep = sleep if sleep is not None else default_sleep
        self._random = random if random is not None else _random.random
        self._secrets = tuple(s for s in secrets if s)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(inner={type(self._inner).__name__})"

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        options = current_options() or self._default
        request.extensions["timeout"] = options.timeout.as_dict()
        safe = is_safe_to_repeat(request.method, request.url.path)
        attempt = 0
        acted = False  # an earlier attempt may have been carried out by the server
        while True:
            logger.debug("%s %s (attempt %d)", request.method, request.url, attempt + 1)
            try:
                response = await self._inner.handle_async_request(request)
                try:
                    raw = await _read_raw(response)
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                delay = retry_after_error(
                    exc, attempt=attempt, options=options, safe=safe, random=self._random
                )
                if delay is None:
                    raise connection_error(
                        exc, request, attempt + 1, safe=safe, secrets=self._secrets
                    ) from exc
                logger.info(
                    "%s %s failed (%s); retry %d/%d in %.2fs",
                    request.method,
                    request.url,
                    type(exc).__name__,
                    attempt + 1,
                    options.max_retries,
                    delay,
                )
                await self._sleep(delay)
                attempt += 1
                acted = acted or may_have_acted(exc)
                continue
            result = rebuilt(response, raw, request)
            status = result.status_code
            logger.debug("%s %s -> %d (%d bytes)", request.method, request.url, status, len(raw))
            if 200 <= status < 300:
                remember(result)
                return result
            delay = retry_after_status(
                result, attempt=attempt, options=options, safe=safe, random=self._random
            )
            if delay is not None:
                logger.info(
                    "%s %s -> %d; retry %d/%d in %.2fs",
                    request.method,
                    request.url,
                    status,
                    attempt + 1,
                    options.max_retries,
                    delay,
                )
                await self._sleep(delay)
                attempt += 1
                acted = acted or may_have_acted(result)
                continue
            settled = settled_by_earlier_attempt(result, request) if acted else None
            if settled is not None:
                logger.info(
                    "%s %s -> %d after a retry: done by an earlier attempt",
                    request.method,
                    request.url,
                    status,
                )
                remember(settled)
                return settled
            try:
                await result.aread()
            except httpx.HTTPError:  # a body that cannot be decoded (bad gzip...): keep it empty
                result = httpx.Response(status, headers={}, content=b"", request=request)
            error = decode_error(result, secrets=self._secrets)
            error.earlier_attempt_may_have_acted = acted
            raise error


async def _read_raw(response: httpx.Response) -> bytes:
    """The raw (still content-encoded) body; works whether or not a mock already read it."""
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        raise TypeError(f"{AsyncQarnotTransport.__name__} needs an inner transport of the same kind")
    parts: list[bytes] = []
    async for part in stream:
        parts.append(part)
    return b"".join(parts)
