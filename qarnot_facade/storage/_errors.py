"""Turn minio / urllib3 exceptions into the facade's typed storage errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from qarnot_facade.errors import (
    BucketNotFoundError,
    InvalidInputError,
    ObjectNotFoundError,
    QarnotError,
    StorageAccessDeniedError,
    StorageConnectionError,
    StorageError,
    StorageQuotaExceededError,
    StorageTimeoutError,
)

_ACCESS_CODES = frozenset(
    {
        "AccessDenied",
        "InvalidAccessKeyId",
        "SignatureDoesNotMatch",
        "AllAccessDisabled",
        "AccountProblem",
        "ExpiredToken",
        "InvalidToken",
        "InvalidSecurity",
        "RequestTimeTooSkewed",
        "UserSuspended",
    }
)
_QUOTA_CODES = frozenset({"QuotaExceeded", "EntityTooLarge", "TooManyBuckets"})
_OBJECT_CODES = frozenset({"NoSuchKey", "NoSuchObject", "NoSuchVersion"})


def _where(bucket: str | None, key: str | None) -> str:
    if bucket and key:
        return f" (bucket {bucket!r}, key {key!r})"
    if bucket:
        return f" (bucket {bucket!r})"
    return ""


def translate(exc: BaseException, *, bucket: str | None = None, key: str | None = None) -> QarnotError:
    """The facade error for ``exc`` (a minio, urllib3 or OS error raised while talking to S3)."""
    if isinstance(exc, QarnotError):
        return exc
    from minio.error import InvalidResponseError, S3Error, ServerError
    from urllib3.exceptions import HTTPError as Urllib3Error
    from urllib3.exceptions import NewConnectionError
    from urllib3.exceptions import TimeoutError as Urllib3Timeout

    if isinstance(exc, S3Error):
        code = exc.code or "Unknown"
        b = exc.bucket_name or bucket
        k = exc.object_name or key
        text = exc.message or code
        status = exc.response.status if exc.response is not None else None
        msg = f"{code}: {text}{_where(b, k)}"
        cls: type[StorageError] = StorageError
        if code == "NoSuchBucket":
            cls, msg = BucketNotFoundError, f"bucket {b!r} does not exist"
        elif code in _OBJECT_CODES:
            cls, msg = ObjectNotFoundError, f"object {k!r} does not exist in bucket {b!r}"
        elif code == "NoSuchUpload":
            msg = (
                f"the storage server no longer knows the multipart upload of {k!r} in bucket {b!r} "
                "(NoSuchUpload: it was restarted, or the upload was aborted meanwhile); nothing was "
                "stored, upload again"
            )
        elif code in _ACCESS_CODES:
            cls = StorageAccessDeniedError
        elif code in _QUOTA_CODES:
            cls = StorageQuotaExceededError
        elif code == "BucketNotEmpty":
            msg = f"bucket {b!r} is not empty (delete_bucket(..., force=True) empties it)"
        return cls(msg, code=code, bucket=b, key=k, status_code=status, request_id=exc.request_id)
    if isinstance(exc, ServerError):
        return StorageError(
            f"storage server error {exc.status_code}{_where(bucket, key)}: {exc}",
            code="ServerError",
            bucket=bucket,
            key=key,
            status_code=exc.status_code,
        )
    if isinstance(exc, InvalidResponseError):
        return StorageError(
            f"the storage server sent a response that is not S3 XML{_where(bucket, key)}: {exc}",
            code="InvalidResponse",
            bucket=bucket,
            key=key,
        )
    timed_out = isinstance(exc, Urllib3Timeout | TimeoutError) and not isinstance(exc, NewConnectionError)
    if timed_out:
        return StorageTimeoutError(
            f"the storage server did not answer in time{_where(bucket, key)}: {exc}", bucket=bucket, key=key
        )
    if isinstance(exc, Urllib3Error | ConnectionError):
        reason = getattr(exc, "reason", None) or exc
        return StorageConnectionError(
            f"cannot reach the storage server{_where(bucket, key)}: {reason}", bucket=bucket, key=key
        )
    if isinstance(exc, ValueError):
        return InvalidInputError(f"invalid storage argument{_where(bucket, key)}: {exc}")
    return StorageError(f"storage operation failed{_where(bucket, key)}: {exc!r}", bucket=bucket, key=key)


def is_translatable(exc: BaseException) -> bool:
    from minio.error import MinioException
    from urllib3.exceptions import HTTPError as Urllib3Error

    return isinstance(exc, MinioException | Urllib3Error | ConnectionError | TimeoutError | ValueError)


@contextmanager
def storage_errors(*, bucket: str | None = None, key: str | None = None) -> Iterator[None]:
    """Re-raise minio/urllib3/connection errors raised inside the block as facade errors."""
    try:
        yield
    except QarnotError:
        raise
    except Exception as exc:
        if is_translatable(exc):
            raise translate(exc, bucket=bucket, key=key) from exc
        raise
