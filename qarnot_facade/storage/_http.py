"""The one HTTP pool every S3 request goes through: timeouts, retries and a total deadline per request.

minio sends every request with ``http.urlopen(...)``; :class:`DeadlinePool` is that ``http``. For one
request it makes up to ``1 + max_retries`` attempts, and every wait of every attempt (connect, each
read or write) is cut to the time left before the request's deadline, so a stalled server fails the
request by the deadline whatever the retry settings. What is retried, and why:

* connection refused or connect timeout (the request never reached the server): any method;
* read errors, dropped connections and 500/502/503/504 answers: GET, HEAD, PUT and DELETE only.
  S3's PUT (an object or a part) and DELETE are idempotent: sending them twice stores the same
  bytes or deletes the same key. POST is not retried after it may have reached the server: a
  repeated CreateMultipartUpload would leave an orphan upload, and a repeated
  CompleteMultipartUpload fails with NoSuchUpload for an object that was stored.

After ``close()`` the pool refuses new requests (:class:`ClientClosedError`), except the aborts of
multipart uploads still running, so closing a client never leaves an orphan upload behind.
"""

from __future__ import annotations

import random
import time
from typing import Any

import urllib3
from urllib3.exceptions import ConnectTimeoutError, ProtocolError, ReadTimeoutError

from qarnot_facade.errors import ClientClosedError

_RETRY_STATUSES = frozenset({500, 502, 503, 504})
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE"})
_BACKOFF = 0.2
_MAX_BACKOFF = 5.0


class StorageDeadlineExceeded(urllib3.exceptions.TimeoutError):
    """A storage request ran out of its total time (``storage_deadline``)."""


class DeadlinePool(urllib3.PoolManager):
    """A ``urllib3.PoolManager`` whose ``urlopen`` retries with backoff within a deadline per request."""

    def __init__(
        self,
        *,
        connect_timeout: float,
        read_timeout: float,
        max_retries: int,
        deadline: float,
        **kw: Any,
    ) -> None:
        super().__init__(retries=False, **kw)
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_retries = max_retries
        self.deadline = deadline
        self.closed = False

    def close(self) -> None:
        """Refuse new requests (aborts of multipart uploads excepted) and drop the idle connections.
        Requests in flight end at their next wait at the latest (no new connection is made for them)."""
        self.closed = True
        self.clear()

    def urlopen(  # type: ignore[override]
        self, method: str, url: str, redirect: bool = True, **kw: Any
    ) -> urllib3.BaseHTTPResponse:
        method = method.upper()
        if self.closed and not (method == "DELETE" and "uploadId=" in url):
            raise ClientClosedError("the client is closed: it sends no storage request any more")
        end = time.monotonic() + self.deadline
        attempt = 0
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise StorageDeadlineExceeded(
                    f"{method} got no complete answer within the storage deadline of {self.deadline:g} s "
                    f"({attempt} attempt(s))"
                )
            kw["timeout"] = urllib3.Timeout(
                connect=min(self.connect_timeout, left), read=min(self.read_timeout, left)
            )
            try:
                response = super().urlopen(method, url, redirect=redirect, retries=False, **kw)
            except (ConnectTimeoutError, ReadTimeoutError, ProtocolError) as exc:
                never_sent = isinstance(exc, ConnectTimeoutError)  # NewConnectionError included
                if attempt >= self.max_retries or not (never_sent or method in _IDEMPOTENT):
                    raise
                if not self._pause(attempt, end):
                    raise StorageDeadlineExceeded(
                        f"{method} failed and the storage deadline of {self.deadline:g} s leaves no time "
                        f"to retry (after {attempt + 1} attempt(s); last error: {exc})"
                    ) from exc
            else:
                if (
                    response.status not in _RETRY_STATUSES
                    or method not in _IDEMPOTENT
                    or attempt >= self.max_retries
                    or not self._pause(attempt, end, response)
                ):
                    return response
            if self.closed:
                raise ClientClosedError("the client was closed during a storage request")
            attempt += 1

    @staticmethod
    def _pause(attempt: int, end: float, response: urllib3.BaseHTTPResponse | None = None) -> bool:
        """Sleep the backoff before the next attempt; ``False`` (no sleep) when it would pass ``end``."""
        delay = random.uniform(0, min(_MAX_BACKOFF, _BACKOFF * 2**attempt))
        if time.monotonic() + delay >= end:
            return False
        if response is not None:  # a 5xx answer about to be retried: give its connection back
            response.drain_conn()
            response.release_conn()
        time.sleep(delay)
        return True
