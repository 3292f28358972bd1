# DERIVED FILE: do not edit. `make unasync` made it from
# qarnot_facade/storage/_mixin.py: change that file instead.
"""The bucket methods of :class:`~qarnot_facade.AsyncClient`: the sync ones, run in worker threads.

One ``async def`` per public method of :class:`qarnot_facade.storage.BucketMethods`, with its
signature and docstring; :mod:`qarnot_facade._threads` runs it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from qarnot_facade._threads import AsyncBucketHost
from qarnot_facade.storage import BucketMethods

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from datetime import timedelta
    from pathlib import Path
    from typing import BinaryIO

    from qarnot_facade.storage._mixin import PathArg
    from qarnot_facade.storage._models import BucketInfo, IncompleteUpload, ObjectInfo, SyncReport
    from qarnot_facade.storage._paths import Patterns
    from qarnot_facade.storage._progress import ProgressArg
    from qarnot_facade.storage._settings import TransferOptions
    from qarnot_facade.storage._transfer import Readable

__all__ = ["AsyncBucketMethods"]


class AsyncBucketMethods(AsyncBucketHost):
    """Buckets and objects on the account's S3 storage, for the async client."""

    async def create_bucket(self, bucket: str, *, exist_ok: bool = True) -> None:
        """Create ``bucket``. With ``exist_ok=False``, a bucket that already exists is an error.

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(BucketMethods.create_bucket, bucket, exist_ok=exist_ok)

    async def bucket_exists(self, bucket: str) -> bool:
        """Whether ``bucket`` exists (and is visible with these credentials).

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(BucketMethods.bucket_exists, bucket)

    async def list_buckets(self) -> list[BucketInfo]:
        """The account's buckets.

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(BucketMethods.list_buckets)

    async def delete_bucket(self, bucket: str, *, force: bool = False) -> None:
        """Delete ``bucket``.

        Without ``force`` a non-empty bucket is an error (S3 ``BucketNotEmpty``). With ``force=True`` every
        object (every version on a versioned bucket) is deleted in batches of 1000 and unfinished
        multipart uploads are aborted first; per-key failures raise :class:`StorageBatchDeleteError`
        (and the bucket is kept).

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(BucketMethods.delete_bucket, bucket, force=force)

    async def list_incomplete_uploads(self, bucket: str, prefix: str = "") -> list[IncompleteUpload]:
        """The multipart uploads started and neither completed nor aborted in ``bucket`` (their parts
        take space on the storage), whose key starts with ``prefix``. This client aborts its own failed
        uploads by itself; this finds those of crashed processes or other tools.

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(BucketMethods.list_incomplete_uploads, bucket, prefix)

    async def abort_incomplete_uploads(
        self, bucket: str, prefix: str = "", *, older_than: timedelta | None = None
    ) -> list[IncompleteUpload]:
        """Abort the incomplete multipart uploads of ``bucket`` under ``prefix`` (only those started more
        than ``older_than`` ago, when given: an upload running elsewhere right now is left alone).
        Returns the uploads aborted.

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(
            BucketMethods.abort_incomplete_uploads, bucket, prefix, older_than=older_than
        )

    def list_objects(
        self, bucket: str, prefix: str = "", *, recursive: bool = True
    ) -> AsyncIterator[ObjectInfo]:
        """The objects whose key starts with ``prefix`` (a raw prefix: ``"data"`` matches ``data2/x``
        too; end it with ``/`` for a folder), in key order, fetched page by page as you iterate.

        With ``recursive=False`` only one level is listed and sub-folders come as ``is_dir`` entries.

        Fetched in worker threads as you iterate (input errors come with the first item).
        """
        return self._iter_in_thread(BucketMethods.list_objects, bucket, prefix, recursive=recursive)

    async def get_object_head(self, bucket: str, key: str) -> ObjectInfo:
        """Size, ETag, dates, content type and user metadata of an object (S3 HEAD).

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(BucketMethods.get_object_head, bucket, key)

    async def object_exists(self, bucket: str, key: str) -> bool:
        """Whether the object exists. A missing bucket raises :class:`BucketNotFoundError`.

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(BucketMethods.object_exists, bucket, key)

    async def upload_object(
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

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(
            BucketMethods.upload_object,
            bucket,
            key,
            source,
            size=size,
            content_type=content_type,
            metadata=metadata,
            progress=progress,
            options=options,
        )

    async def download_object(
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

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(
            BucketMethods.download_object, bucket, key, dest, progress=progress, options=options
        )

    async def delete_object(self, bucket: str, key: str) -> None:
        """Delete an object. Deleting a key that does not exist succeeds (S3 semantics).

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(BucketMethods.delete_object, bucket, key)

    async def delete_objects(self, bucket: str, keys: Iterable[str]) -> list[str]:
        """Delete many objects in batches of 1000. Returns the keys deleted; when any key fails,
        raises :class:`StorageBatchDeleteError` whose ``failures`` maps each failed key to its S3 error
        (the others are deleted).

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(BucketMethods.delete_objects, bucket, keys)

    async def copy_object(
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

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(
            BucketMethods.copy_object, bucket, key, dest_bucket, dest_key, metadata=metadata
        )

    async def presigned_download_url(self, bucket: str, key: str, *, expires: timedelta | int = 3600) -> str:
        """A URL anyone can GET the object with, valid ``expires`` (seconds or timedelta, 1 s to 7 days).

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(BucketMethods.presigned_download_url, bucket, key, expires=expires)

    async def upload_directory(
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
        :class:`InvalidInputError` before anything is sent.

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(
            BucketMethods.upload_directory,
            bucket,
            local_dir,
            prefix,
            dry_run=dry_run,
            include=include,
            exclude=exclude,
            follow_symlinks=follow_symlinks,
            progress=progress,
            options=options,
        )

    async def sync_to_bucket(
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

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(
            BucketMethods.sync_to_bucket,
            bucket,
            local_dir,
            prefix,
            delete=delete,
            dry_run=dry_run,
            include=include,
            exclude=exclude,
            follow_symlinks=follow_symlinks,
            progress=progress,
            options=options,
        )

    async def download_directory(
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

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(
            BucketMethods.download_directory,
            bucket,
            local_dir,
            prefix,
            dry_run=dry_run,
            include=include,
            exclude=exclude,
            progress=progress,
            options=options,
        )

    async def sync_from_bucket(
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

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(
            BucketMethods.sync_from_bucket,
            bucket,
            local_dir,
            prefix,
            delete=delete,
            dry_run=dry_run,
            include=include,
            exclude=exclude,
            progress=progress,
            options=options,
        )

    async def download_task_results(
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

        Runs the sync bucket code in a worker thread; the event loop keeps running.
        """
        return await self._in_thread(
            BucketMethods.download_task_results,
            task_id,
            local_dir,
            delete=delete,
            dry_run=dry_run,
            include=include,
            exclude=exclude,
            progress=progress,
            options=options,
        )
