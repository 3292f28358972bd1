"""The facade's exceptions: one base class, one class per meaning.

Every failure the facade reports is a :class:`QarnotError`. HTTP errors from the
API carry the status, the message decoded from whichever error shape the API
sent (see ``openapi/qarnot.yaml``, schema ``ErrorBody``), the decoded body, the
response headers and the request id when there is one. Storage (S3) errors keep
the S3 error code. Input that is wrong before anything is sent raises
:class:`InvalidInputError`, which is also a ``ValueError``.

This module imports nothing heavy: it is safe to import at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BucketNotFoundError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ForbiddenError",
    "InvalidInputError",
    "MissingFieldError",
    "NotEnoughCreditsError",
    "NotFoundError",
    "ObjectNotFoundError",
    "QarnotError",
    "QuotaExceededError",
    "RateLimitError",
    "ServerError",
    "SourceChangedError",
    "StorageAccessDeniedError",
    "StorageBatchDeleteError",
    "StorageConnectionError",
    "StorageError",
    "StorageIntegrityError",
    "StorageQuotaExceededError",
    "StorageTimeoutError",
    "UnexpectedResponseError",
    "UnsafePathError",
    "ValidationError",
    "WaitTimeoutError",
]


class QarnotError(Exception):
    """Base class of every error raised by the facade."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigurationError(QarnotError, ValueError):
    """The client configuration is missing or invalid (raised before any request)."""


class InvalidInputError(QarnotError, ValueError):
    """An argument is invalid; raised before any request is sent, nothing is lost."""


class ClientClosedError(QarnotError, RuntimeError):
    """The client was closed with ``close()`` (or its ``with`` block ended): it sends nothing any more.

    A closed client never reopens its connections behind your back; create a new one.
    """


class WaitTimeoutError(QarnotError, TimeoutError):
    """A ``wait_for_*`` deadline passed before the object reached a final state.

    ``last`` holds the last object seen (the task, pool or job; a list of them for the waits on several),
    when there is one. ``task_ids`` are the ids of the tasks still running (empty for pools and jobs):
    the wait stopped, the tasks did not; abort them with ``client.abort_task(task_id)`` if need be.
    """

    def __init__(self, message: str, *, last: Any = None, task_ids: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.last = last
        self.task_ids: tuple[str, ...] = tuple(task_ids)


class APIError(QarnotError):
    """The API answered with an error status.

    Attributes:
        status_code: the HTTP status.
        body: the decoded JSON body (``dict``/``list``/``str``) or the raw text when
            the body was not JSON (a proxy's HTML page), ``None`` when empty.
        headers: the response headers (a plain ``dict`` with lower-case keys).
        request_id: the request/trace id the server gave, if any.
        method, url: the request that failed (the URL never contains the token).
        earlier_attempt_may_have_acted: this answer came to a retry, and an earlier attempt of the same
            request may have been carried out by the server (its answer was lost, or was a 5xx). A 409
            then may be the request's own doing; the facade checks that where it can (``create_secret``).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.headers: dict[str, str] = {k.lower(): v for k, v in (headers or {}).items()}
        self.request_id = request_id
        self.method = method
        self.url = url
        self.earlier_attempt_may_have_acted = False

    def __str__(self) -> str:
        where = f" ({self.method} {self.url})" if self.method and self.url else ""
        rid = f" [request id {self.request_id}]" if self.request_id else ""
        return f"{self.status_code}: {self.message}{where}{rid}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class ValidationError(APIError):
    """400: the API rejected the request body or parameters.

    ``field_errors`` maps a JSON path (``""`` for the whole body) to its messages.
    """

    def __init__(
        self, message: str, *, field_errors: Mapping[str, list[str]] | None = None, **kw: Any
    ) -> None:
        super().__init__(message, **kw)
        self.field_errors: dict[str, list[str]] = dict(field_errors or {})


class AuthenticationError(APIError):
    """401: the token is missing or wrong."""


class NotEnoughCreditsError(APIError):
    """402: not enough credits (or a hardware-constraint problem the API reports as 402)."""


class ForbiddenError(APIError):
    """403: the operation is not allowed (for example abort on a finished task)."""


class QuotaExceededError(ForbiddenError):
    """403 because a quota is reached ("maximum number of tasks reached", ...)."""


class NotFoundError(APIError):
    """404: the object (or, on task/pool creation, a bucket) does not exist."""


class ConflictError(APIError):
    """409: the object already exists (secrets)."""


class RateLimitError(APIError):
    """429: too many requests. ``retry_after`` is the delay the server asked for, in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ServerError(APIError):
    """5xx: the server or a proxy in front of it failed."""


class MissingFieldError(QarnotError, LookupError):
    """A field read with :func:`qarnot_facade.field_value` was absent from the answer (``UNSET``) or null.

    ``field`` names it when the caller did (``field_value(task.name, "name")``).
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class UnexpectedResponseError(APIError):
    """A status or body the facade cannot interpret.

    An undocumented status, or a success body that does not decode as the spec says.
    """


class APIConnectionError(QarnotError):
    """The request could not be completed: DNS failure, refused or dropped connection."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError, TimeoutError):
    """The request timed out (connect, read, write or pool timeout)."""


class StorageError(QarnotError):
    """An S3 (bucket storage) operation failed. ``code`` is the S3 error code when there is one."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        bucket: str | None = None,
        key: str | None = None,
        status_code: int | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.bucket = bucket
        self.key = key
        self.status_code = status_code
        self.request_id = request_id


class BucketNotFoundError(StorageError):
    """The bucket does not exist (S3 ``NoSuchBucket``)."""


class ObjectNotFoundError(StorageError):
    """The object does not exist (S3 ``NoSuchKey`` / 404 on HEAD)."""


class StorageAccessDeniedError(StorageError):
    """S3 refused the credentials or the operation (``AccessDenied``, ``InvalidAccessKeyId``, ...)."""


class StorageQuotaExceededError(StorageError):
    """The storage quota is exceeded (S3 ``QuotaExceeded``)."""


class StorageConnectionError(StorageError):
    """The storage server could not be reached or dropped the connection (after the client's retries)."""


class StorageTimeoutError(StorageConnectionError, TimeoutError):
    """A storage request got no answer in time: one wait passed ``storage_timeout``, or the request
    (with its retries) passed ``storage_deadline``."""


class StorageIntegrityError(StorageError):
    """What was stored or received differs from what was sent (MD5/ETag or size mismatch)."""


class SourceChangedError(StorageError):
    """A local file changed, was truncated or vanished while it was being uploaded.

    Nothing mixing two versions of the file is ever stored: the upload is abandoned (a multipart upload
    is aborted) and the object keeps its previous content. Upload again once the file is complete.
    ``path`` is the local file.
    """

    def __init__(self, message: str, *, path: str | None = None, **kw: Any) -> None:
        super().__init__(message, code="SourceChanged", **kw)
        self.path = path


class StorageBatchDeleteError(StorageError):
    """Some keys of a batch delete failed. ``failures`` maps each failed key to ``(code, message)``;
    ``deleted`` lists the keys that were deleted."""

    def __init__(
        self,
        message: str,
        *,
        failures: Mapping[str, tuple[str, str]],
        deleted: list[str] | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(message, **kw)
        self.failures: dict[str, tuple[str, str]] = dict(failures)
        self.deleted: list[str] = list(deleted or [])


class UnsafePathError(StorageError, ValueError):
    """An object key would be written outside the destination folder, or two keys map to one local path."""
