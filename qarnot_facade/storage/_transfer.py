"""Streamed single-part and multipart transfers with MD5/ETag integrity checks.

Uploads: a file of at least ``multipart_threshold`` bytes is sent in parts; up to ``max_concurrency``
parts are in flight, each read from disk by the worker that sends it, so memory stays at
``max_concurrency * part_size`` whatever the file size (a stream is read by one reader that waits for a
free slot). Every part carries ``Content-MD5`` and its returned ETag is compared with the MD5 computed
while reading; the final ETag is compared with ``md5(part md5s)-N``.

A file is opened once and every part is read from that one descriptor (:class:`_Source`); its size
and modification time are compared before the upload completes: a file rewritten, truncated or
grown meanwhile is refused with :class:`SourceChangedError`, and a file replaced by ``os.replace`` is
stored whole as it was when the upload started (the descriptor still reads that version). The object
never mixes two versions.

Any failure (server, source, progress callback, Ctrl-C) aborts the multipart upload and is re-raised as
it was. When the abort fails too (the network is down), its failure is attached to the original error
as a note and the upload is remembered: the next storage call of the same client aborts it
(:func:`abort_pending`), and ``list_incomplete_uploads``/``abort_incomplete_uploads`` find any other.

Downloads: streamed to a temporary file next to the target (``.<name>.<random>.part``), size-checked
(and, with ``verify_downloads``, hashed on the way and checked against the ETag), then renamed; on
failure the temporary file is removed.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import os
import queue
import re
import secrets
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from qarnot_facade.errors import (
    InvalidInputError,
    SourceChangedError,
    StorageError,
    StorageIntegrityError,
)

from ._errors import storage_errors, translate
from ._progress import FileTracker
from ._settings import MAX_PARTS, MiB, TransferOptions

if TYPE_CHECKING:
    from minio import Minio

_MD5_ETAG = re.compile(r"^([0-9a-f]{32})(?:-([0-9]+))?$")
# part sizes used by common tools (boto3/aws cli 8 MiB, rclone 5 MiB, mc 16 MiB, s3cmd 15 MiB, ...)
_WELL_KNOWN_PART_SIZES = (8 * MiB, 5 * MiB, 16 * MiB, 15 * MiB, 10 * MiB, 64 * MiB, 32 * MiB, 100 * MiB)
MAX_CANDIDATES = 12


def parse_etag(etag: str | None) -> tuple[str, int | None] | None:
    """``(md5 hex, part count or None)`` for an MD5-style ETag, ``None`` when it is not one."""
    if not etag:
        return None
    m = _MD5_ETAG.match(etag.strip().strip('"').lower())
    if not m:
        return None
    return m.group(1), int(m.group(2)) if m.group(2) else None


def multipart_etag(part_digests: Iterable[bytes]) -> str:
    digests = list(part_digests)
    return f"{hashlib.md5(b''.join(digests)).hexdigest()}-{len(digests)}"


def part_count(size: int, part_size: int) -> int:
    return max(1, -(-size // part_size))


def part_size_candidates(size: int, parts: int, preferred: Iterable[int] = ()) -> list[int]:
    """Part sizes that split ``size`` bytes into exactly ``parts`` parts: preferred ones first, then the
    sizes common tools use, then multiples of 1 MiB (at most :data:`MAX_CANDIDATES`)."""
    if parts < 1 or size < parts:
        return []
    low = -(-size // parts)  # smallest part size giving `parts` parts
    high = size if parts == 1 else -(-size // (parts - 1)) - 1  # largest one

    out: list[int] = []

    def add(p: int) -> None:
        if low <= p <= high and p not in out and len(out) < MAX_CANDIDATES:
            out.append(p)

    for p in preferred:
        add(p)
    for p in _WELL_KNOWN_PART_SIZES:
        add(p)
    first_mib = -(-low // MiB)
    for m in range(first_mib, first_mib + MAX_CANDIDATES):
        add(m * MiB)
    add(low)
    return out


class _PartHasher:
    """MD5 of consecutive parts of a fixed size, fed with arbitrary chunks."""

    def __init__(self, part_size: int) -> None:
        self.part_size = part_size
        self.digests: list[bytes] = []
        self._h = hashlib.md5()
        self._left = part_size

    def update(self, chunk: memoryview) -> None:
        while len(chunk):
            n = min(self._left, len(chunk))
            self._h.update(chunk[:n])
            chunk = chunk[n:]
            self._left -= n
            if self._left == 0:
                self.digests.append(self._h.digest())
                self._h = hashlib.md5()
                self._left = self.part_size

    def etag(self) -> str:
        digests = list(self.digests)
        if self._left != self.part_size:
            digests.append(self._h.digest())
        return multipart_etag(digests)


class _ParallelPartHasher:
    """MD5 of consecutive parts of a fixed size, each part hashed in a worker thread (parts are
    independent, so a multipart ETag is checked with several cores). At most ``2 * workers`` parts are
    held in memory."""

    def __init__(self, part_size: int, workers: int) -> None:
        self.part_size = part_size
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="qf-md5")
        self._slots = threading.BoundedSemaphore(2 * workers)
        self._futures: list[Future[bytes]] = []
        self._chunks: list[memoryview] = []
        self._filled = 0

    def update(self, chunk: memoryview) -> None:
        while len(chunk):
            n = min(self.part_size - self._filled, len(chunk))
            self._chunks.append(chunk[:n])
            self._filled += n
            chunk = chunk[n:]
            if self._filled == self.part_size:
                self._flush()

    def _flush(self) -> None:
        chunks, self._chunks, self._filled = self._chunks, [], 0
        self._slots.acquire()
        self._futures.append(self._pool.submit(self._hash, chunks))

    def _hash(self, chunks: list[memoryview]) -> bytes:
        try:
            h = hashlib.md5()
            for c in chunks:
                h.update(c)
            return h.digest()
        finally:
            self._slots.release()

    def etag(self) -> str:
        if self._chunks:
            self._flush()
        try:
            return multipart_etag(f.result() for f in self._futures)
        finally:
            self.close()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def file_matches_etag(
    path: Path, size: int, etag: str | None, preferred: Iterable[int] = (), chunk_size: int = MiB
) -> bool | None:
    """Whether the local file has the content the ETag describes (read once, all candidates at once).

    ``None`` when the ETag is not MD5-based (cannot tell). Sizes must already be equal.
    """
    parsed = parse_etag(etag)
    if parsed is None:
        return None
    md5_hex, parts = parsed
    if parts is None:
        h = hashlib.md5()
        with open(path, "rb") as f:
            while chunk := f.read(chunk_size):
                h.update(chunk)
        return h.hexdigest() == md5_hex
    candidates = part_size_candidates(size, parts, preferred)
    if not candidates:
        return False
    hashers = [_PartHasher(p) for p in candidates]
    with open(path, "rb") as f:
        while chunk := f.read(chunk_size):
            view = memoryview(chunk)
            for hasher in hashers:
                hasher.update(view)
    want = f"{md5_hex}-{parts}"
    return any(hasher.etag() == want for hasher in hashers)


@dataclass(frozen=True)
class UploadResult:
    etag: str
    size: int
    version_id: str | None


def object_headers(content_type: str | None, metadata: Mapping[str, str] | None) -> dict[str, str]:
    headers = {"Content-Type": content_type or "application/octet-stream"}
    for name, value in (metadata or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidInputError("metadata names and values must be strings")
        if not name.isascii() or not value.isascii() or any(c in name for c in " :\r\n"):
            raise InvalidInputError(f"metadata {name!r} must be ASCII without spaces, colons or newlines")
        if "\r" in value or "\n" in value:
            raise InvalidInputError(f"metadata {name!r} must not contain newlines")
        lname = name.lower()
        headers[lname if lname.startswith("x-amz-meta-") else "x-amz-meta-" + lname] = value
    return headers


def _b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode("ascii")


def _check_etag(
    returned: str | None, expected: str, *, bucket: str, key: str, what: str, verify: bool
) -> None:
    if not verify:
        return
    got = (returned or "").strip('"').lower()
    if parse_etag(got) is None:  # not an MD5 ETag (encrypted storage, ...): cannot compare
        return
    if got != expected:
        raise StorageIntegrityError(
            f"{what} of {key!r} in bucket {bucket!r} is stored with ETag {got!r} but the data sent has "
            f"{expected!r}",
            code="IntegrityError",
            bucket=bucket,
            key=key,
        )


def put_single(
    mc: Minio,
    bucket: str,
    key: str,
    data: bytes,
    headers: Mapping[str, str],
    options: TransferOptions,
    ftrack: FileTracker | None,
) -> UploadResult:
    h: dict[str, str | list[str] | tuple[str]] = dict(headers)
    if options.verify_uploads:
        digest = hashlib.md5(data).digest()
        h["Content-MD5"] = _b64(digest)
    with storage_errors(bucket=bucket, key=key):
        result = mc._put_object(bucket_name=bucket, object_name=key, data=data, headers=h)
    if options.verify_uploads:
        _check_etag(result.etag, digest.hex(), bucket=bucket, key=key, what="object", verify=True)
    if ftrack is not None:
        ftrack.add(len(data))
    return UploadResult(etag=(result.etag or "").strip('"'), size=len(data), version_id=result.version_id)


class _Multipart:
    """One multipart upload: create, parts in parallel (bounded), complete; abort on any failure."""

    def __init__(
        self,
        mc: Minio,
        bucket: str,
        key: str,
        headers: Mapping[str, str],
        options: TransferOptions,
        ftrack: FileTracker | None,
    ) -> None:
        self.mc = mc
        self.bucket = bucket
        self.key = key
        self.headers = dict(headers)
        self.options = options
        self.ftrack = ftrack
        self.upload_id: str | None = None
        self.digests: dict[int, bytes] = {}
        self.etags: dict[int, str] = {}
        self._lock = threading.Lock()
        self._failed = threading.Event()

    def start(self) -> None:
        with storage_errors(bucket=self.bucket, key=self.key):
            self.upload_id = self.mc._create_multipart_upload(
                bucket_name=self.bucket, object_name=self.key, headers=dict(self.headers)
            )

    def send_part(self, number: int, data: bytes) -> None:
        if self._failed.is_set():
            return
        verify = self.options.verify_uploads
        digest = hashlib.md5(data).digest() if verify else b""
        with storage_errors(bucket=self.bucket, key=self.key):
            etag = self.mc._upload_part(
                bucket_name=self.bucket,
                object_name=self.key,
                data=data,
                headers={"Content-MD5": _b64(digest)} if verify else None,
                upload_id=str(self.upload_id),
                part_number=number,
            )
        if verify:
            _check_etag(
                etag, digest.hex(), bucket=self.bucket, key=self.key, what=f"part {number}", verify=True
            )
        with self._lock:
            self.digests[number] = digest
            self.etags[number] = etag.strip('"')
        if self.ftrack is not None:
            self.ftrack.add(len(data))

    def complete(self, size: int, parts_expected: int) -> UploadResult:
        from minio.datatypes import Part

        numbers = sorted(self.etags)
        if numbers != list(range(1, parts_expected + 1)):
            raise StorageError(
                f"multipart upload of {self.key!r} lost parts", bucket=self.bucket, key=self.key
            )
        parts = [Part(part_number=n, etag=self.etags[n]) for n in numbers]
        with storage_errors(bucket=self.bucket, key=self.key):
            result = self.mc._complete_multipart_upload(
                bucket_name=self.bucket, object_name=self.key, upload_id=str(self.upload_id), parts=parts
            )
        self.upload_id = None  # completed: nothing to abort any more
        if self.options.verify_uploads:
            expected = multipart_etag(self.digests[n] for n in numbers)
            _check_etag(result.etag, expected, bucket=self.bucket, key=self.key, what="object", verify=True)
        return UploadResult(etag=(result.etag or "").strip('"'), size=size, version_id=result.version_id)

    def abort(self, cause: BaseException) -> None:
        """Abort the upload after ``cause``; never raises: a failed abort is attached to ``cause`` as a
        note and the upload is left to :func:`abort_pending` (the next storage call aborts it)."""
        self._failed.set()
        if self.upload_id is None:
            return
        upload_id, self.upload_id = self.upload_id, None
        pending = _pending(self.mc)
        entry = (self.bucket, self.key, upload_id)
        pending.add(entry)  # first: an interrupt during the abort leaves it remembered
        try:
            _abort_one(self.mc, *entry)
        except Exception as exc:
            cause.add_note(
                f"the multipart upload {upload_id!r} of {self.key!r} in bucket {self.bucket!r} could not "
                f"be aborted ({translate(exc, bucket=self.bucket, key=self.key)}); the next storage call "
                "of this client aborts it (abort_incomplete_uploads() aborts it too)"
            )
        else:
            pending.discard(entry)


# multipart uploads whose abort failed, per minio client: aborted by the next storage call
_PENDING: weakref.WeakKeyDictionary[Any, set[tuple[str, str, str]]] = weakref.WeakKeyDictionary()
_PENDING_LOCK = threading.Lock()
_NEXT_TRY: weakref.WeakKeyDictionary[Any, float] = weakref.WeakKeyDictionary()
ABORT_RETRY_INTERVAL = 30.0  # seconds between two tries at the aborts left behind


def _pending(mc: Minio) -> set[tuple[str, str, str]]:
    with _PENDING_LOCK:
        return _PENDING.setdefault(mc, set())


def _abort_one(mc: Minio, bucket: str, key: str, upload_id: str) -> None:
    """Abort one multipart upload; one the server no longer knows counts as aborted."""
    try:
        with storage_errors(bucket=bucket, key=key):
            mc._abort_multipart_upload(bucket_name=bucket, object_name=key, upload_id=upload_id)
    except StorageError as exc:
        if exc.code != "NoSuchUpload":
            raise


def abort_pending(mc: Minio) -> None:
    """Abort the multipart uploads a failed abort left behind (best effort: a failure keeps them for
    the next call, and never fails the call that triggered it)."""
    pending = _PENDING.get(mc)
    if not pending:
        return
    now = time.monotonic()
    with _PENDING_LOCK:
        if _NEXT_TRY.get(mc, 0.0) > now:
            return  # a try failed moments ago: the network is likely still down, do not slow every call
        _NEXT_TRY[mc] = now + ABORT_RETRY_INTERVAL
    for entry in list(pending):
        try:
            _abort_one(mc, *entry)
        except Exception:
            continue
        pending.discard(entry)
    if not pending:
        _NEXT_TRY.pop(mc, None)


def _run_parts(
    mp: _Multipart,
    jobs: Iterable[tuple[int, Callable[[], bytes]]],
    max_in_flight: int,
) -> None:
    """Send parts with at most ``max_in_flight`` in flight. A job's callable returns the part's bytes:
    file parts are read by the worker that sends them, stream parts were read by the caller."""
    slots = threading.BoundedSemaphore(max_in_flight)
    futures: list[Future[None]] = []
    failed = mp._failed

    def task(number: int, read: Callable[[], bytes]) -> None:
        try:
            mp.send_part(number, read())
        except BaseException:
            failed.set()
            raise
        finally:
            slots.release()

    with ThreadPoolExecutor(max_workers=max_in_flight, thread_name_prefix="qf-part") as pool:
        try:
            for number, read in jobs:
                slots.acquire()
                if failed.is_set():
                    slots.release()
                    break
                futures.append(pool.submit(task, number, read))
        except BaseException:
            failed.set()
            raise
        finally:
            if failed.is_set():
                for f in futures:
                    f.cancel()
            wait(futures)
    for f in futures:
        exc = None if f.cancelled() else f.exception()
        if exc is not None:
            raise exc


def upload_path(
    mc: Minio,
    bucket: str,
    key: str,
    path: Path,
    options: TransferOptions,
    *,
    content_type: str | None,
    metadata: Mapping[str, str] | None,
    ftrack: FileTracker | None,
) -> UploadResult:
    headers = object_headers(content_type, metadata)
    with _Source(path, bucket=bucket, key=key) as source:
        size = source.size
        if size < options.multipart_threshold:
            data = source.read(0, size)
            source.check_unchanged()
            return put_single(mc, bucket, key, data, headers, options, ftrack)
        part = options.part_size_for(size)
        count = part_count(size, part)
        jobs = (
            (n + 1, functools.partial(source.read, n * part, min(part, size - n * part)))
            for n in range(count)
        )
        mp = _Multipart(mc, bucket, key, headers, options, ftrack)
        mp.start()
        try:
            _run_parts(mp, jobs, options.max_concurrency)
            source.check_unchanged()  # before completing: a changed file is never stored
            return mp.complete(size, count)
        except BaseException as exc:  # aborted, then re-raised as it is (Ctrl-C stays KeyboardInterrupt)
            mp.abort(exc)
            raise


class _Source:
    """A local file being uploaded: opened once, every part read from that descriptor at its offset,
    its identity and times checked after reading."""

    def __init__(self, path: Path, *, bucket: str, key: str) -> None:
        self.path, self.bucket, self.key = path, bucket, key
        try:
            self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            raise self._changed("vanished before it could be read") from None
        except OSError as exc:
            raise InvalidInputError(f"cannot read {str(path)!r}: {exc.strerror}") from exc
        self._lock = threading.Lock()  # only where os.pread is missing (Windows)
        self.before = os.fstat(self.fd)
        self.size = self.before.st_size

    def __enter__(self) -> _Source:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)

    def _changed(self, what: str) -> SourceChangedError:
        return SourceChangedError(
            f"{str(self.path)!r} {what} while being uploaded to {self.key!r}; nothing of it was stored, "
            "upload it again once it is complete",
            path=str(self.path),
            bucket=self.bucket,
            key=self.key,
        )

    def read(self, offset: int, length: int) -> bytes:
        chunks: list[bytes] = []
        left = length
        while left > 0:
            if hasattr(os, "pread"):
                chunk = os.pread(self.fd, left, offset + length - left)
            else:  # pragma: no cover - Windows
                with self._lock:
                    os.lseek(self.fd, offset + length - left, os.SEEK_SET)
                    chunk = os.read(self.fd, left)
            if not chunk:
                raise self._changed("was truncated")
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def check_unchanged(self) -> None:
        """Raise :class:`SourceChangedError` when the file was written since it was opened."""
        # size and mtime: any write moves them. Not ctime: removing or renaming the file (os.replace
        # by a writer) changes it, and the descriptor still reads the whole version it opened.
        now = os.fstat(self.fd)
        if (now.st_size, now.st_mtime_ns) != (self.before.st_size, self.before.st_mtime_ns):
            raise self._changed("was modified")


class Readable(Protocol):
    """Anything with ``read(size) -> bytes``: an open binary file, ``io.BytesIO``, a socket file..."""

    def read(self, size: int = ..., /) -> bytes | None: ...


def _read_exactly(stream: Readable, n: int) -> bytes:
    chunks: list[bytes] = []
    left = n
    while left > 0:
        chunk = stream.read(left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def upload_stream(
    mc: Minio,
    bucket: str,
    key: str,
    stream: Readable,
    size: int | None,
    options: TransferOptions,
    *,
    content_type: str | None,
    metadata: Mapping[str, str] | None,
    ftrack: FileTracker | None,
) -> UploadResult:
    headers = object_headers(content_type, metadata)
    part = options.part_size_for(size) if size is not None else options.part_size
    threshold = options.multipart_threshold
    first = _read_exactly(stream, max(part, threshold) if size is None else min(max(part, threshold), size))
    if size is not None and size < threshold:
        if len(first) != size or stream.read(1):
            raise InvalidInputError(f"the stream for {key!r} does not hold exactly size={size} bytes")
        return put_single(mc, bucket, key, first, headers, options, ftrack)
    if size is None and len(first) < threshold:
        return put_single(mc, bucket, key, first, headers, options, ftrack)

    # from here on, parts of `part` bytes; `first` may hold more than one part when threshold > part
    pending = memoryview(first)
    sent = 0
    number = 0

    def parts() -> Iterable[tuple[int, Callable[[], bytes]]]:
        nonlocal pending, sent, number
        while True:
            if len(pending) >= part:
                data, pending = bytes(pending[:part]), pending[part:]
            else:
                more = _read_exactly(stream, part - len(pending))
                data, pending = bytes(pending) + more, memoryview(b"")
            if not data and number > 0:
                return
            number += 1
            if number > MAX_PARTS:
                raise InvalidInputError(
                    f"the stream for {key!r} needs more than {MAX_PARTS} parts: pass size="
                )
            sent += len(data)
            yield number, functools.partial(bytes, data)
            if len(data) < part:
                return

    mp = _Multipart(mc, bucket, key, headers, options, ftrack)
    mp.start()
    try:
        _run_parts(mp, parts(), options.max_concurrency)
        if size is not None and (sent != size or stream.read(1)):
            raise InvalidInputError(f"the stream for {key!r} does not hold exactly size={size} bytes")
        return mp.complete(sent, number)
    except BaseException as exc:  # aborted, then re-raised as it is (Ctrl-C stays KeyboardInterrupt)
        mp.abort(exc)
        raise


# ----------------------------------------------------------------------------------------- downloads


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def _head_part(mc: Minio, bucket: str, key: str, number: int) -> tuple[int, str | None] | None:
    """(size of part ``number``, parts count) from ``HEAD ?partNumber=N``; ``None`` when the server does
    not say (not every S3 server supports it)."""
    try:
        resp = mc._execute(
            method="HEAD", bucket_name=bucket, object_name=key, query_params={"partNumber": str(number)}
        )
    except Exception:
        return None
    length = resp.headers.get("content-length")
    if length is None or not length.isdigit() or int(length) <= 0:
        return None
    return int(length), resp.headers.get("x-amz-mp-parts-count")


def _server_part_sizes(mc: Minio, bucket: str, key: str, count: int, workers: int) -> list[int] | None:
    """Each part's size as the server reports it; ``None`` if it does not."""
    with ThreadPoolExecutor(max_workers=max(1, min(workers, count)), thread_name_prefix="qf-head") as pool:
        heads = list(pool.map(lambda n: _head_part(mc, bucket, key, n), range(1, count + 1)))
    return [h[0] for h in heads if h is not None] if all(heads) else None


def _integrity_error(bucket: str, key: str) -> StorageIntegrityError:
    return StorageIntegrityError(
        f"the data received for {key!r} in bucket {bucket!r} does not match its ETag",
        code="IntegrityError",
        bucket=bucket,
        key=key,
    )


def _file_matches_layout(path: Path, sizes: list[int], want: str, chunk_size: int) -> bool:
    """Whether the file, cut into parts of these sizes, has the multipart ETag ``want``."""
    digests = []
    with open(path, "rb") as f:
        for size in sizes:
            h, left = hashlib.md5(), size
            while left:
                chunk = f.read(min(chunk_size, left))
                if not chunk:
                    return False
                h.update(chunk)
                left -= len(chunk)
            digests.append(h.digest())
        if f.read(1):
            return False
    return multipart_etag(digests) == want


def _recheck_with_server_parts(
    mc: Minio,
    bucket: str,
    key: str,
    temp: Path | None,
    size: int,
    hint: int,
    want: str,
    options: TransferOptions,
) -> bool | None:
    """After a mismatch computed with parts of ``hint`` bytes (the first part's size): ``False`` when the
    object's parts really are all of that size (the data is wrong), else the answer of the real layout
    (``None``: cannot tell, the size was checked)."""
    count = int(want.rsplit("-", 1)[1])
    sizes = _server_part_sizes(mc, bucket, key, count, options.max_concurrency)
    if sizes is None or sum(sizes) != size:
        return None
    if all(s == hint for s in sizes[:-1]) and sizes[-1] <= hint:
        return False
    if temp is None:
        return None  # irregular parts and a stream that cannot be read again
    return _file_matches_layout(temp, sizes, want, options.chunk_size)


class _DownloadCheck:
    """Hashes a download on the fly in the way its ETag was computed."""

    def __init__(
        self, etag: str | None, size: int, part_size_hint: int | None, options: TransferOptions
    ) -> None:
        self.parsed = parse_etag(etag) if options.verify_downloads else None
        self.size = size
        self.options = options
        self.whole: Any = None
        self.parts: _ParallelPartHasher | None = None
        self.exact = False
        if self.parsed is None:
            return
        count = self.parsed[1]
        if count is None:
            self.whole = hashlib.md5()
            return
        if part_size_hint and part_count(size, part_size_hint) == count:
            self.parts, self.exact = _ParallelPartHasher(part_size_hint, options.max_concurrency), True
            return
        candidates = part_size_candidates(size, count, [options.part_size])
        if candidates:
            self.parts = _ParallelPartHasher(candidates[0], options.max_concurrency)

    def close(self) -> None:
        if self.parts is not None:
            self.parts.close()

    @property
    def active(self) -> bool:
        return self.whole is not None or self.parts is not None

    def update(self, chunk: memoryview) -> None:
        if self.whole is not None:
            self.whole.update(chunk)
        elif self.parts is not None:
            self.parts.update(chunk)

    def verify(self, mc: Minio, temp: Path | None, *, bucket: str, key: str) -> None:
        if self.parsed is None:
            return
        md5_hex, count = self.parsed
        if count is None:
            ok: bool | None = self.whole.hexdigest() == md5_hex
        else:
            want = f"{md5_hex}-{count}"
            ok = self.parts is not None and self.parts.etag() == want
            if not ok and self.exact and self.parts is not None:
                ok = _recheck_with_server_parts(
                    mc, bucket, key, temp, self.size, self.parts.part_size, want, self.options
                )
                if ok is None:
                    return
            elif not ok and not self.exact:
                if temp is None:
                    return  # a stream cannot be read again; parts layout unknown: size was checked
                others = [p for p in part_size_candidates(self.size, count, [self.options.part_size])]
                if self.parts is not None:
                    others = [p for p in others if p != self.parts.part_size]
                # None: the part layout is not one we can guess (irregular parts); the size matched
                ok = True if not others else file_matches_etag(temp, self.size, want, others) or None
                if ok is None:
                    return
        if not ok:
            raise _integrity_error(bucket, key)


class _Background:
    """Feed items to ``consume`` in a worker thread through a small bounded queue."""

    def __init__(self, consume: Callable[[memoryview], None], depth: int = 8) -> None:
        self._consume = consume
        self._queue: queue.Queue[memoryview | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="qf-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._consume(item)
                except BaseException as exc:
                    self._error = exc

    def put(self, item: memoryview) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(item)

    def finish(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


def _part_size_hint(mc: Minio, bucket: str, key: str, size: int, etag: str | None) -> int | None:
    """The first part's size of a multipart object (HEAD ?partNumber=1), when the server tells it."""
    parsed = parse_etag(etag)
    if parsed is None or parsed[1] is None or parsed[1] < 2:
        return None
    head = _head_part(mc, bucket, key, 1)
    if head is None or head[1] != str(parsed[1]):
        return None  # not supported: the part size is guessed from the ETag
    return head[0] if head[0] < size else None


def download_into(
    mc: Minio,
    bucket: str,
    key: str,
    write: Callable[[memoryview], Any],
    options: TransferOptions,
    ftrack: FileTracker | None,
    temp: Path | None,
) -> tuple[int, str | None]:
    """Stream the object into ``write``; returns (size, etag) after checking size and digest."""
    with storage_errors(bucket=bucket, key=key):
        resp = mc.get_object(bucket_name=bucket, object_name=key)
    try:
        etag = (resp.headers.get("etag") or "").strip('"') or None
        length = resp.headers.get("content-length")
        size = int(length) if length is not None and length.isdigit() else None
        hint = (
            _part_size_hint(mc, bucket, key, size, etag)
            if size is not None and options.verify_downloads
            else None
        )
        check = _DownloadCheck(etag, size, hint, options) if size is not None else None
        if ftrack is not None and size is not None:
            ftrack.set_size(size)
        # a large single-part object is hashed in another thread, overlapping the network and the
        # disk; multipart objects are hashed part by part in parallel by the check itself
        hasher = (
            _Background(check.update)
            if check is not None
            and check.whole is not None
            and size is not None
            and size >= 4 * options.chunk_size
            else None
        )
        received = 0
        try:
            with storage_errors(bucket=bucket, key=key):
                for chunk in resp.stream(amt=options.chunk_size):
                    view = memoryview(chunk)
                    write(view)
                    if hasher is not None:
                        hasher.put(view)
                    elif check is not None:
                        check.update(view)
                    received += len(chunk)
                    if ftrack is not None:
                        ftrack.add(len(chunk))
        except BaseException:
            if check is not None:
                check.close()
            raise
        finally:
            if hasher is not None:
                hasher.finish()
    finally:
        resp.close()
        resp.release_conn()
    try:
        if size is not None and received != size:
            raise StorageIntegrityError(
                f"received {received} bytes of {key!r} but the server announced {size}",
                code="IncompleteBody",
                bucket=bucket,
                key=key,
            )
        if check is not None:
            check.verify(mc, temp, bucket=bucket, key=key)
    finally:
        if check is not None:
            check.close()
    return received, etag


def _fetch_range(
    mc: Minio,
    bucket: str,
    key: str,
    temp: Path,
    offset: int,
    length: int,
    etag: str | None,
    options: TransferOptions,
    ftrack: FileTracker | None,
    stop: threading.Event,
    digest: bool,
) -> bytes:
    """GET one byte range (``If-Match`` the ETag seen first) and write it in place; its MD5 if asked."""
    headers: dict[str, str | list[str] | tuple[str]] | None = {"If-Match": f'"{etag}"'} if etag else None
    with storage_errors(bucket=bucket, key=key):
        resp = mc.get_object(
            bucket_name=bucket, object_name=key, offset=offset, length=length, request_headers=headers
        )
    h = hashlib.md5() if digest else None
    received = 0
    try:
        with open(temp, "r+b") as f, storage_errors(bucket=bucket, key=key):
            f.seek(offset)
            for chunk in resp.stream(amt=options.chunk_size):
                if stop.is_set():
                    return b""  # another range failed: the whole download is abandoned
                n = min(len(chunk), length - received)  # never write past this range
                f.write(chunk[:n])
                if h is not None:
                    h.update(chunk[:n])
                received += len(chunk)
                if ftrack is not None:
                    ftrack.add(n)
    finally:
        resp.close()
        resp.release_conn()
    if received != length:
        raise StorageIntegrityError(
            f"received {received} bytes of {key!r} at offset {offset} but asked for {length}",
            code="IncompleteBody",
            bucket=bucket,
            key=key,
        )
    return h.digest() if h is not None else b""


def download_ranges(
    mc: Minio,
    bucket: str,
    key: str,
    temp: Path,
    options: TransferOptions,
    ftrack: FileTracker | None,
) -> tuple[int, str | None] | None:
    """Fetch a large object as byte ranges of one part each, ``max_concurrency`` at a time, into
    ``temp``. ``None`` (nothing written) when the object is too small to gain from it.

    Every range asks ``If-Match`` the ETag read first, so an object replaced meanwhile fails the
    download instead of mixing two versions. With ``verify_downloads``, ranges follow the object's
    own parts when the server tells their size, and each is hashed by the worker that fetched it;
    otherwise the finished file is hashed against the ETag.
    """
    with storage_errors(bucket=bucket, key=key):
        info = mc.stat_object(bucket_name=bucket, object_name=key)
    size = int(info.size or 0)
    etag = (info.etag or "").strip('"') or None
    if size < max(options.multipart_threshold, 2):
        return None
    hint = _part_size_hint(mc, bucket, key, size, etag) if options.verify_downloads else None
    part = hint or options.part_size_for(size)
    ranges = [(offset, min(part, size - offset)) for offset in range(0, size, part)]
    if len(ranges) < 2 or options.max_concurrency < 2:
        return None
    parsed = parse_etag(etag) if options.verify_downloads else None
    exact = parsed is not None and hint is not None and parsed[1] == len(ranges)
    if ftrack is not None:
        ftrack.set_size(size)
    with open(temp, "xb") as f:
        f.truncate(size)
    stop = threading.Event()

    def fetch(offset: int, length: int) -> bytes:
        try:
            return _fetch_range(mc, bucket, key, temp, offset, length, etag, options, ftrack, stop, exact)
        except BaseException:
            stop.set()
            raise

    with ThreadPoolExecutor(max_workers=options.max_concurrency, thread_name_prefix="qf-range") as pool:
        futures = [pool.submit(fetch, offset, length) for offset, length in ranges]
        try:
            wait(futures, return_when=FIRST_EXCEPTION)
        finally:  # a failure (or an interrupt here) stops the other ranges at their next chunk
            if stop.is_set() or any(not f.done() for f in futures):
                stop.set()
                for fut in futures:
                    fut.cancel()
    for fut in futures:
        exc = None if fut.cancelled() else fut.exception()
        if exc is not None:
            _raise_changed(exc, bucket=bucket, key=key)
    if parsed is not None:
        md5_hex, count = parsed
        want = md5_hex if count is None else f"{md5_hex}-{count}"
        if exact and hint is not None:
            ok: bool | None = multipart_etag(f.result() for f in futures) == want
            if not ok:
                ok = _recheck_with_server_parts(mc, bucket, key, temp, size, hint, want, options)
                if ok is None:
                    return size, etag
        else:
            ok = file_matches_etag(temp, size, want, [part, options.part_size], options.chunk_size)
            if ok is False and count is not None:
                ok = None  # irregular parts: their layout cannot be guessed; the size was checked
        if ok is False:
            raise _integrity_error(bucket, key)
    return size, etag


def _raise_changed(exc: BaseException, *, bucket: str, key: str) -> None:
    if isinstance(exc, StorageError) and exc.code == "PreconditionFailed":
        raise StorageError(
            f"object {key!r} in bucket {bucket!r} was replaced during the download; nothing was kept",
            code="PreconditionFailed",
            bucket=bucket,
            key=key,
        ) from exc
    raise exc


def download_path(
    mc: Minio,
    bucket: str,
    key: str,
    target: Path,
    options: TransferOptions,
    ftrack: FileTracker | None,
    *,
    before_write: Callable[[], None] | None = None,
    size_hint: int | None = None,
) -> tuple[int, str | None]:
    """Download to ``target`` through a temporary file in the same folder, renamed when complete.

    With ``ranged_downloads``, an object of at least ``multipart_threshold`` bytes comes as parallel
    byte ranges (``size_hint``, the size from a listing, spares the small ones a HEAD request)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if before_write is not None:
        before_write()
    temp = _temp_name(target)
    try:
        result = None
        if options.ranged_downloads and (size_hint is None or size_hint >= options.multipart_threshold):
            result = download_ranges(mc, bucket, key, temp, options, ftrack)
        if result is None:
            with open(temp, "xb") as f:
                result = download_into(mc, bucket, key, f.write, options, ftrack, temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    return result
