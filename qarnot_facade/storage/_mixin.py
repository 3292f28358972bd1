"""The bucket methods of the facade :class:`~qarnot_facade.Client` (a mixin: the Client inherits them).

The host class provides ``_storage_settings()`` (a :class:`StorageSettings`) and
``get_task_information(task_id)``. One ``minio.Minio`` client per host object is created on first use
(thread-safe); ``_close_storage()`` releases its connections, and from then on every bucket method
raises :class:`ClientClosedError` (a closed client never rebuilds its pool behind your back). minio is
imported only then.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from qarnot_facade.errors import (
    BucketNotFoundError,
    ClientClosedError,
    InvalidInputError,
    ObjectNotFoundError,
    StorageError,
)

from ._errors import storage_errors
from ._models import BucketInfo, IncompleteUpload, ObjectInfo, SyncReport
from ._paths import KeyFilter, Patterns, key_segments
from ._progress import ProgressArg, ProgressCallback, Tracker, resolve_progress
from ._settings import StorageSettings, TransferOptions

if TYPE_CHECKING:
    from minio import Minio

    from ._transfer import Readable

__all__ = ["BucketMethods"]

_CREATE_LOCK = threading.Lock()
_STATE = "_qf_storage_client"
_CLOSED = "closed"  # the state after _close_storage(): never rebuilt

PathArg = str | os.PathLike[str]


def _check_bucket(bucket: object) -> str:
    if not isinstance(bucket, str) or not bucket:
        raise InvalidInputError(f"bucket must be a non-empty string, got {bucket!r}")
    return bucket


def _check_key(key: object) -> str:
    if not isinstance(key, str) or not key:
        raise InvalidInputError(f"key must be a non-empty string, got {key!r}")
    if len(key.encode("utf-8")) > 1024:
        raise InvalidInputError("key must be at most 1024 bytes in UTF-8")
    return key


def _user_metadata(headers: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in headers.items():
        lname = str(name).lower()
        if lname.startswith("x-amz-meta-"):
            out[lname[len("x-amz-meta-") :]] = str(value)
    return out


def _task_field(task: Any, *names: str) -> str | None:
    for name in names:
        value = task.get(name) if isinstance(task, Mapping) else getattr(task, name, None)
        if isinstance(value, str) and value:
            return value
    return None


class BucketMethods:
    """Buckets and objects on the account's S3 storage (a mixin of :class:`~qarnot_facade.Client`).

    Every method raises the typed storage errors of :mod:`qarnot_facade.errors`
    (:class:`BucketNotFoundError`, :class:`ObjectNotFoundError`, :class:`StorageAccessDeniedError`,
    :class:`StorageQuotaExceededError`, :class:`StorageConnectionError`, :class:`StorageIntegrityError`,
    :class:`UnsafePathError`, ...), never a minio or urllib3 exception.

    Transfers take ``options`` (:class:`TransferOptions`: part size, parallelism, integrity checks) and
    ``progress`` (a callback receiving :class:`TransferProgress`, or ``"bar"`` for a tqdm bar). The
    directory methods and syncs also take ``include`` and ``exclude`` glob patterns (one or a list)
    choosing which files they handle, matched against paths relative to the folder: ``exclude="*.tmp"``,
    ``include=["renders", "logs/*.txt"]``. What they leave out is never sent, fetched or deleted
    (:class:`KeyFilter` has the rules).
    """

    transfer_options: TransferOptions = TransferOptions()

    # ------------------------------------------------------------------ provided by the host class

    def _storage_settings(self) -> StorageSettings:
        raise NotImplementedError("the class using BucketMethods must implement _storage_settings()")

    # ----------------------------------------------------------------------------------- plumbing

    def _minio(self) -> Minio:
        from ._transfer import abort_pending

        client: Minio | str | None = getattr(self, _STATE, None)
        if client is None:
            with _CREATE_LOCK:
                client = getattr(self, _STATE, None)
                if client is None:
                    client = self._new_minio(self._storage_settings())
                    setattr(self, _STATE, client)
        if isinstance(client, str):
            raise ClientClosedError("the client is closed: bucket methods need a new client")
        abort_pending(client)  # uploads a failed abort left behind (usually none)
        return client

    @staticmethod
    def _new_minio(settings: StorageSettings) -> Minio:
        try:
            import certifi

            from ._minio import StorageMinio  # imports minio
        except ImportError as exc:  # pragma: no cover - depends on the installation
            from qarnot_facade.errors import ConfigurationError

            raise ConfigurationError(
                "bucket methods need minio: install it with pip install 'qarnot-facade[storage]'"
            ) from exc
        from ._http import DeadlinePool

        http = DeadlinePool(
            connect_timeout=settings.connect_timeout,
            read_timeout=settings.read_timeout,
            max_retries=settings.max_retries,
            deadline=settings.deadline,
            maxsize=32,
            cert_reqs="CERT_REQUIRED" if settings.verify_tls else "CERT_NONE",
            ca_certs=os.environ.get("SSL_CERT_FILE") or certifi.where(),
        )
        return StorageMinio(
            endpoint=settings.host,
            access_key=settings.access_key,
            secret_key=settings.secret_key,
            secure=settings.secure,
            region=settings.effective_region,
            http_client=http,
        )

    def _close_storage(self) -> None:
        """Release the storage connections (the Client's ``close()`` calls it); returns at once.

        Transfers in flight end at their next request with :class:`ClientClosedError` (multipart uploads
        are still aborted); later bucket calls raise it too."""
        with _CREATE_LOCK:
            client: Minio | str | None = getattr(self, _STATE, None)
            setattr(self, _STATE, _CLOSED)
        if client is not None and not isinstance(client, str):
            from ._http import DeadlinePool

            http = client._http
            if isinstance(http, DeadlinePool):
                http.close()
            else:  # pragma: no cover - a pool given by a subclass of the mixin
                http.clear()

    def _options(self, options: TransferOptions | None) -> TransferOptions:
        if options is None:
            return self.transfer_options
        if not isinstance(options, TransferOptions):
            raise InvalidInputError(f"options must be a TransferOptions, got {type(options).__name__}")
        return options

    # ------------------------------------------------------------------------------------ buckets

    def create_bucket(self, bucket: str, *, exist_ok: bool = True) -> None:
        """Create ``bucket``. With ``exist_ok=False``, a bucket that already exists is an error."""
        _check_bucket(bucket)
        mc = self._minio()
        with storage_errors(bucket=bucket):
            if not exist_ok and mc.bucket_exists(bucket_name=bucket):
                raise StorageError(
                    f"bucket {bucket!r} already exists", code="BucketAlreadyOwnedByYou", bucket=bucket
                )
            try:
                mc.make_bucket(bucket_name=bucket)
            except Exception as exc:
                code = getattr(exc, "code", None)
                if not (exist_ok and code == "BucketAlreadyOwnedByYou"):
                    raise

    def bucket_exists(self, bucket: str) -> bool:
        """Whether ``bucket`` exists (and is visible with these credentials)."""
        _check_bucket(bucket)
        with storage_errors(bucket=bucket):
            return bool(self._minio().bucket_exists(bucket_name=bucket))

    def list_buckets(self) -> list[BucketInfo]:
        """The account's buckets."""
        with storage_errors():
            return [
                BucketInfo(name=b.name, creation_date=b.creation_date) for b in self._minio().list_buckets()
            ]

    def delete_bucket(self, bucket: str, *, force: bool = False) -> None:
        """Delete ``bucket``.

        Without ``force`` a non-empty bucket is an error (S3 ``BucketNotEmpty``). With ``force=True`` every
        object (every version on a versioned bucket) is deleted in batches of 1000 and unfinished
        multipart uploads are aborted first; per-key failures raise :class:`StorageBatchDeleteError`
        (and the bucket is kept).
        """
        _check_bucket(bucket)
        mc = self._minio()
        if force:
            self._abort_uploads(bucket)
            self._empty_bucket(bucket)
        with storage_errors(bucket=bucket):
            mc.remove_bucket(bucket_name=bucket)

    def _abort_uploads(self, bucket: str) -> None:
        self.abort_incomplete_uploads(bucket)

    def list_incomplete_uploads(self, bucket: str, prefix: str = "") -> list[IncompleteUpload]:
        """The multipart uploads started and neither completed nor aborted in ``bucket`` (their parts
        take space on the storage), whose key starts with ``prefix``. This client aborts its own failed
        uploads by itself; this finds those of crashed processes or other tools."""
        _check_bucket(bucket)
        if not isinstance(prefix, str):
            raise InvalidInputError("prefix must be a string")
        mc = self._minio()
        out: list[IncompleteUpload] = []
        with storage_errors(bucket=bucket):
            key_marker: str | None = None
            upload_marker: str | None = None
            while True:
                page = mc._list_multipart_uploads(
                    bucket_name=bucket,
                    prefix=prefix or None,
                    key_marker=key_marker,
                    upload_id_marker=upload_marker,
                )
                out.extend(
                    IncompleteUpload(
                        bucket=bucket,
                        key=str(up.object_name),
                        upload_id=str(up.upload_id),
                        initiated=up.initiated_time,
                    )
                    for up in page.uploads
                )
                if not page.is_truncated:
                    return out
                key_marker, upload_marker = page.next_key_marker, page.next_upload_id_marker

    def abort_incomplete_uploads(
        self, bucket: str, prefix: str = "", *, older_than: timedelta | None = None
    ) -> list[IncompleteUpload]:
        """Abort the incomplete multipart uploads of ``bucket`` under ``prefix`` (only those started more
        than ``older_than`` ago, when given: an upload running elsewhere right now is left alone).
        Returns the uploads aborted."""
        from datetime import datetime

        from ._transfer import _abort_one

        uploads = self.list_incomplete_uploads(bucket, prefix)
        if older_than is not None:
            limit = datetime.now(UTC) - older_than
            uploads = [u for u in uploads if u.initiated is None or u.initiated < limit]
        mc = self._minio()
        for up in uploads:
            _abort_one(mc, bucket, up.key, up.upload_id)
        return uploads

    def _empty_bucket(self, bucket: str) -> None:
        from . import _directories as dirs

        mc = self._minio()
        with storage_errors(bucket=bucket):
            versioning = mc.get_bucket_versioning(bucket_name=bucket).status
            versioned = versioning in ("Enabled", "Suspended")
            items = [
                (str(o.object_name), o.version_id if versioned else None)
                for o in mc.list_objects(bucket_name=bucket, recursive=True, include_version=versioned)
            ]
        dirs.delete_keys(mc, bucket, items, what=f"cannot empty bucket {bucket!r}")

    # ------------------------------------------------------------------------------------ objects

    def list_objects(self, bucket: str, prefix: str = "", *, recursive: bool = True) -> Iterator[ObjectInfo]:
        """The objects whose key starts with ``prefix`` (a raw prefix: ``"data"`` matches ``data2/x``
        too; end it with ``/`` for a folder), in key order, fetched page by page as you iterate.

        With ``recursive=False`` only one level is listed and sub-folders come as ``is_dir`` entries.
        """
        _check_bucket(bucket)
        if not isinstance(prefix, str):
            raise InvalidInputError("prefix must be a string")
        mc = self._minio()

        def gen() -> Iterator[ObjectInfo]:
            from ._listing import list_pages

            with storage_errors(bucket=bucket):
                for page in list_pages(mc, bucket, prefix, recursive=recursive):
                    yield from page

        return gen()

    def get_object_head(self, bucket: str, key: str) -> ObjectInfo:
        """Size, ETag, dates, content type and user metadata of an object (S3 HEAD)."""
        _check_bucket(bucket)
        _check_key(key)
        mc = self._minio()
        try:
            with storage_errors(bucket=bucket, key=key):
                st = mc.stat_object(bucket_name=bucket, object_name=key)
        except ObjectNotFoundError:
            # a HEAD answer has no body: a 404 does not say whether the bucket or the key is missing
            if not self.bucket_exists(bucket):
                raise BucketNotFoundError(
                    f"bucket {bucket!r} does not exist", code="NoSuchBucket", bucket=bucket, key=key
                ) from None
            raise
        return ObjectInfo(
            bucket=bucket,
            key=key,
            size=st.size or 0,
            etag=(st.etag or "").strip('"') or None,
            last_modified=st.last_modified,
            content_type=st.content_type,
            metadata=_user_metadata(st.metadata or {}),
            version_id=st.version_id,
        )

    def object_exists(self, bucket: str, key: str) -> bool:
        """Whether the object exists. A missing bucket raises :class:`BucketNotFoundError`."""
        try:
            self.get_object_head(bucket, key)
        except BucketNotFoundError:
            raise
        except ObjectNotFoundError:
            return False
        return True

    def upload_object(
        self,
        bucket: str,
        key: str,
        source: PathArg | bytes | Readable,
        *,
        size: int | None = None,
        content_type: str | None = None,
        metadata: Mapping[str, str] | None = None,
        progress: ProgressArg = None,
        options: TransferOptions | None = None,
    ) -> ObjectInfo:
        """Upload a file (a path), ``bytes`` or a binary stream to ``bucket``/``key``.

        Large sources go in parts sent in parallel with bounded memory; the stored ETag is checked against
        the MD5 computed while reading. A failure aborts the multipart upload (no orphan parts). For a
        stream, ``size`` (when known) is checked; without it the stream is read to its end.
        Returns the stored object's info (size and ETag).
        """
        from ._transfer import upload_path, upload_stream

        _check_bucket(bucket)
        _check_key(key)
        opts = self._options(options)
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
            raise InvalidInputError(f"size must be an integer >= 0, got {size!r}")
        if isinstance(source, str | os.PathLike):
            path = Path(source)
            if not path.is_file():
                raise InvalidInputError(f"{str(path)!r} is not a file")
            total: int | None = path.stat().st_size
        elif isinstance(source, bytes | bytearray | memoryview):
            total = len(source)
        elif callable(getattr(source, "read", None)):
            total = size
        else:
            raise InvalidInputError(
                f"source must be a path, bytes or a binary stream, got {type(source).__name__}"
            )
        callback, bar = resolve_progress(progress, key)
        tracker = Tracker(callback, bytes_total=total, files_total=1)
        ftrack = tracker.file(key, total)
        mc = self._minio()
        try:
            if isinstance(source, str | os.PathLike):
                res = upload_path(
                    mc,
                    bucket,
                    key,
                    Path(source),
                    opts,
                    content_type=content_type,
                    metadata=metadata,
                    ftrack=ftrack,
                )
            else:
                stream: Readable = (
                    io.BytesIO(bytes(source))
                    if isinstance(source, bytes | bytearray | memoryview)
                    else source
                )
                res = upload_stream(
                    mc,
                    bucket,
                    key,
                    stream,
                    total,
                    opts,
                    content_type=content_type,
                    metadata=metadata,
                    ftrack=ftrack,
                )
            ftrack.finish()
        finally:
            if bar is not None:
                bar.close()
        return ObjectInfo(
            bucket=bucket,
            key=key,
            size=res.size,
            etag=res.etag or None,
            content_type=content_type or "application/octet-stream",
            version_id=res.version_id,
        )

    def download_object(
        self,
        bucket: str,
        key: str,
        dest: PathArg | BinaryIO,
        *,
        progress: ProgressArg = None,
        options: TransferOptions | None = None,
    ) -> Path | None:
        """Download ``bucket``/``key`` to a file path or into a writable binary stream.

        A path is written through a temporary file in the same folder, renamed when the data is complete
        and checked (its size, and its MD5/ETag with ``TransferOptions(verify_downloads=True)``), so a
        failure never leaves an empty or partial file; missing parent folders are created; an existing
        folder receives the key's last segment as file name.
        A stream receives the bytes as they come (checked at the end). Returns the path written (``None``
        for a stream).
        """
        from ._transfer import download_into, download_path

        _check_bucket(bucket)
        _check_key(key)
        opts = self._options(options)
        mc = self._minio()
        callback, bar = resolve_progress(progress, key)
        tracker = Tracker(callback, bytes_total=None, files_total=1)
        ftrack = tracker.file(key, None)
        try:
            if isinstance(dest, str | os.PathLike):
                target = Path(dest)
                if target.is_dir():
                    target = target / key_segments(key, bucket=bucket)[-1]
                download_path(mc, bucket, key, target, opts, ftrack)
                ftrack.finish()
                return target
            if not callable(getattr(dest, "write", None)):
                raise InvalidInputError(
                    f"dest must be a path or a writable binary stream, got {type(dest).__name__}"
                )
            download_into(mc, bucket, key, dest.write, opts, ftrack, None)
            ftrack.finish()
            return None
        except ObjectNotFoundError:
            if not self.bucket_exists(bucket):
                raise BucketNotFoundError(
                    f"bucket {bucket!r} does not exist", code="NoSuchBucket", bucket=bucket, key=key
                ) from None
            raise
        finally:
            if bar is not None:
                bar.close()

    def delete_object(self, bucket: str, key: str) -> None:
        """Delete an object. Deleting a key that does not exist succeeds (S3 semantics)."""
        _check_bucket(bucket)
        _check_key(key)
        with storage_errors(bucket=bucket, key=key):
            self._minio().remove_object(bucket_name=bucket, object_name=key)

    def delete_objects(self, bucket: str, keys: Iterable[str]) -> list[str]:
        """Delete many objects in batches of 1000. Returns the keys deleted; when any key fails,
        raises :class:`StorageBatchDeleteError` whose ``failures`` maps each failed key to its S3 error
        (the others are deleted)."""
        from . import _directories as dirs

        _check_bucket(bucket)
        if isinstance(keys, str):
            raise InvalidInputError("keys must be a list of keys, not a single string")
        return dirs.delete_keys(self._minio(), bucket, [_check_key(k) for k in keys])

    def copy_object(
        self,
        bucket: str,
        key: str,
        dest_bucket: str,
        dest_key: str,
        *,
        metadata: Mapping[str, str] | None = None,
    ) -> ObjectInfo:
        """Server-side copy (no data through the client; multipart copy above 5 GiB).

        ``metadata`` replaces the user metadata; without it the source's metadata is kept.
        """
        from minio.commonconfig import REPLACE, CopySource

        from ._transfer import object_headers

        for b in (bucket, dest_bucket):
            _check_bucket(b)
        for k in (key, dest_key):
            _check_key(k)
        meta: dict[str, str | list[str] | tuple[str]] | None = None
        if metadata is not None:
            meta = {k: v for k, v in object_headers(None, metadata).items() if k.startswith("x-amz-meta-")}
        with storage_errors(bucket=bucket, key=key):
            self._minio().copy_object(
                bucket_name=dest_bucket,
                object_name=dest_key,
                source=CopySource(bucket_name=bucket, object_name=key),
                metadata=meta,
                metadata_directive=REPLACE if meta is not None else None,
            )
        return self.get_object_head(dest_bucket, dest_key)

    def presigned_download_url(self, bucket: str, key: str, *, expires: timedelta | int = 3600) -> str:
        """A URL anyone can GET the object with, valid ``expires`` (seconds or timedelta, 1 s to 7 days)."""
        _check_bucket(bucket)
        _check_key(key)
        delta = expires if isinstance(expires, timedelta) else timedelta(seconds=expires)
        if not timedelta(seconds=1) <= delta <= timedelta(days=7):
            raise InvalidInputError(f"expires must be between 1 second and 7 days, got {delta}")
        with storage_errors(bucket=bucket, key=key):
            return str(self._minio().presigned_get_object(bucket_name=bucket, object_name=key, expires=delta))

    # -------------------------------------------------------------------------------- directories

    def upload_directory(
        self,
        bucket: str,
        local_dir: PathArg,
        prefix: str = "",
        *,
        dry_run: bool = False,
        include: Patterns = None,
        exclude: Patterns = None,
        follow_symlinks: bool = True,
        progress: ProgressArg = None,
        options: TransferOptions | None = None,
    ) -> SyncReport:
        """Upload every file below ``local_dir`` to ``bucket`` under the folder ``prefix`` (keys use
        ``/`` whatever the OS), files in parallel. Nothing is compared or deleted; see
        :meth:`sync_to_bucket` for that.

        Symlinked folders are uploaded as if they were real folders (loops are cut); pass
        ``follow_symlinks=False`` to leave them out. A folder that cannot be read raises
        :class:`InvalidInputError` before anything is sent."""
        return self._to_bucket(
            bucket,
            local_dir,
            prefix,
            compare=False,
            delete=False,
            dry_run=dry_run,
            keys=KeyFilter(include, exclude),
            follow_symlinks=follow_symlinks,
            progress=progress,
            options=options,
        )

    def sync_to_bucket(
        self,
        bucket: str,
        local_dir: PathArg,
        prefix: str = "",
        *,
        delete: bool = False,
        dry_run: bool = False,
        include: Patterns = None,
        exclude: Patterns = None,
        follow_symlinks: bool = True,
        progress: ProgressArg = None,
        options: TransferOptions | None = None,
    ) -> SyncReport:
        """Make the folder ``prefix`` of ``bucket`` hold the files of ``local_dir``.

        Unchanged files (same size and MD5/ETag digest, whatever part size the object was uploaded with)
        are skipped. Objects with no local file are deleted only with ``delete=True``, after all uploads
        succeeded. ``prefix="data"`` is the folder ``data/``: ``data2/`` is never touched. ``dry_run=True``
        returns the plan without changing anything. Symlinked folders count as real folders unless
        ``follow_symlinks=False`` (then, with ``delete=True``, their objects are deleted).
        """
        return self._to_bucket(
            bucket,
            local_dir,
            prefix,
            compare=True,
            delete=delete,
            dry_run=dry_run,
            keys=KeyFilter(include, exclude),
            follow_symlinks=follow_symlinks,
            progress=progress,
            options=options,
        )

    def _to_bucket(
        self,
        bucket: str,
        local_dir: PathArg,
        prefix: str,
        *,
        compare: bool,
        delete: bool,
        dry_run: bool,
        keys: KeyFilter,
        follow_symlinks: bool,
        progress: ProgressArg,
        options: TransferOptions | None,
    ) -> SyncReport:
        from . import _directories as dirs

        _check_bucket(bucket)
        opts = self._options(options)
        root = dirs.local_dir_arg(local_dir, must_exist=True)
        mc = self._minio()
        report = dirs.plan_to_bucket(
            mc,
            bucket,
            root,
            prefix,
            compare=compare,
            delete=delete,
            dry_run=dry_run,
            options=opts,
            keys=keys,
            follow_links=follow_symlinks,
        )
        return self._execute(dirs.execute_to_bucket, mc, report, opts, progress)

    @staticmethod
    def _execute(
        execute: Callable[[Minio, SyncReport, TransferOptions, ProgressCallback | None], SyncReport],
        mc: Minio,
        report: SyncReport,
        opts: TransferOptions,
        progress: ProgressArg,
    ) -> SyncReport:
        """Carry out a plan (a dry run's plan is returned as it is), with the progress bar if asked."""
        if report.dry_run:
            return report
        callback, bar = resolve_progress(progress, f"{report.bucket}/{report.prefix}")
        try:
            return execute(mc, report, opts, callback)
        finally:
            if bar is not None:
                bar.close()

    def download_directory(
        self,
        bucket: str,
        local_dir: PathArg,
        prefix: str = "",
        *,
        dry_run: bool = False,
        include: Patterns = None,
        exclude: Patterns = None,
        progress: ProgressArg = None,
        options: TransferOptions | None = None,
    ) -> SyncReport:
        """Download every object of the folder ``prefix`` into ``local_dir`` (the prefix is stripped),
        files in parallel, overwriting local files.

        The whole listing is checked before anything is written: a key that would land outside
        ``local_dir`` (``..``, absolute, drive letter, backslash) or two keys mapping to one local path
        raise :class:`UnsafePathError` and nothing is written. Each file is written to a temporary name
        and renamed when complete and checked.
        """
        return self._from_bucket(
            bucket,
            local_dir,
            prefix,
            compare=False,
            delete=False,
            dry_run=dry_run,
            keys=KeyFilter(include, exclude),
            progress=progress,
            options=options,
        )

    def sync_from_bucket(
        self,
        bucket: str,
        local_dir: PathArg,
        prefix: str = "",
        *,
        delete: bool = False,
        dry_run: bool = False,
        include: Patterns = None,
        exclude: Patterns = None,
        progress: ProgressArg = None,
        options: TransferOptions | None = None,
    ) -> SyncReport:
        """Make ``local_dir`` hold the objects of the folder ``prefix`` of ``bucket``.

        Same safety rules as :meth:`download_directory`; unchanged files are skipped; local files with no
        object are deleted only with ``delete=True``, after all downloads succeeded. ``dry_run=True``
        returns the plan without changing anything.
        """
        return self._from_bucket(
            bucket,
            local_dir,
            prefix,
            compare=True,
            delete=delete,
            dry_run=dry_run,
            keys=KeyFilter(include, exclude),
            progress=progress,
            options=options,
        )

    def _from_bucket(
        self,
        bucket: str,
        local_dir: PathArg,
        prefix: str,
        *,
        compare: bool,
        delete: bool,
        dry_run: bool,
        keys: KeyFilter,
        progress: ProgressArg,
        options: TransferOptions | None,
        folder_prefix: bool = True,
    ) -> SyncReport:
        from . import _directories as dirs

        _check_bucket(bucket)
        opts = self._options(options)
        root = dirs.local_dir_arg(local_dir, must_exist=False)
        mc = self._minio()
        report = dirs.plan_from_bucket(
            mc,
            bucket,
            root,
            prefix,
            compare=compare,
            delete=delete,
            dry_run=dry_run,
            options=opts,
            keys=keys,
            folder_prefix=folder_prefix,
        )
        return self._execute(dirs.execute_from_bucket, mc, report, opts, progress)

    # -------------------------------------------------------------------------------------- tasks

    def download_task_results(
        self,
        task_id: str,
        local_dir: PathArg,
        *,
        delete: bool = False,
        dry_run: bool = False,
        include: Patterns = None,
        exclude: Patterns = None,
        progress: ProgressArg = None,
        options: TransferOptions | None = None,
    ) -> SyncReport:
        """Fetch a task's results (its ``resultBucket`` under ``resultsBucketPrefix``) into ``local_dir``
        with the safety rules and skipping of :meth:`sync_from_bucket`.

        A task without a result bucket raises :class:`InvalidInputError`.
        """
        get_task = getattr(self, "get_task_information", None)
        if get_task is None:
            raise NotImplementedError("the class using BucketMethods must implement get_task_information()")
        task = get_task(task_id)
        bucket = _task_field(task, "result_bucket", "resultBucket")
        if bucket is None:
            raise InvalidInputError(
                f"task {task_id!r} has no result bucket: there are no results to download"
            )
        # the platform writes results at <resultsBucketPrefix><path>: the prefix is used as is
        prefix = _task_field(task, "results_bucket_prefix", "resultsBucketPrefix") or ""
        return self._from_bucket(
            bucket,
            local_dir,
            prefix,
            compare=True,
            delete=delete,
            dry_run=dry_run,
            keys=KeyFilter(include, exclude),
            progress=progress,
            options=options,
            folder_prefix=False,
        )
