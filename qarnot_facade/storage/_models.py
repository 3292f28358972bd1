"""Plain result types of the bucket methods."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class BucketInfo:
    """A bucket of the account."""

    name: str
    creation_date: datetime | None


@dataclass(frozen=True)
class IncompleteUpload:
    """A multipart upload started and neither completed nor aborted (its parts take space)."""

    bucket: str
    key: str
    upload_id: str
    initiated: datetime | None


@dataclass(frozen=True)
class ObjectInfo:
    """An object (or, in a non-recursive listing, a folder: ``is_dir`` is true and only ``key`` is set).

    ``etag`` is unquoted: ``<md5>`` for single-part uploads, ``<md5>-<parts>`` for multipart ones.
    ``metadata`` holds the user metadata (``x-amz-meta-*`` without the prefix, lower-case), only from
    :meth:`get_object_head`.
    """

    bucket: str
    key: str
    size: int
    etag: str | None
    last_modified: datetime | None = None
    content_type: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    version_id: str | None = None
    is_dir: bool = False


@dataclass(frozen=True)
class FileAction:
    """One file of a plan or report: its key, local path, size and why it is in that list."""

    key: str
    path: Path
    size: int
    reason: str


@dataclass
class SyncReport:
    """What a directory transfer or sync would do (``dry_run=True``) or did.

    ``uploaded``/``downloaded``: files sent/fetched; ``skipped``: unchanged files; ``deleted_remote``:
    keys deleted from the bucket; ``deleted_local``: local files deleted. A dry run fills the same lists
    with what a real run would do and changes nothing.
    """

    direction: Literal["upload", "download"]
    bucket: str
    prefix: str
    local_dir: Path
    dry_run: bool
    uploaded: list[FileAction] = field(default_factory=list)
    downloaded: list[FileAction] = field(default_factory=list)
    skipped: list[FileAction] = field(default_factory=list)
    deleted_remote: list[str] = field(default_factory=list)
    deleted_local: list[Path] = field(default_factory=list)

    @property
    def bytes_transferred(self) -> int:
        return sum(a.size for a in self.uploaded) + sum(a.size for a in self.downloaded)

    @property
    def changed(self) -> bool:
        """True when anything was (or, for a dry run, would be) sent, fetched or deleted."""
        return bool(self.uploaded or self.downloaded or self.deleted_remote or self.deleted_local)

    def summary(self) -> str:
        """One line: ``upload 2, delete 0 remote, skip 5 unchanged (34 bytes)`` (``would ...`` for a dry
        run; a download says ``download`` and ``delete ... local``)."""
        verb = "would " if self.dry_run else ""
        if self.direction == "upload":
            moved, deleted, side = len(self.uploaded), len(self.deleted_remote), "remote"
        else:
            moved, deleted, side = len(self.downloaded), len(self.deleted_local), "local"
        return (
            f"{verb}{self.direction} {moved}, {verb}delete {deleted} {side}, "
            f"skip {len(self.skipped)} unchanged ({self.bytes_transferred} bytes)"
        )
