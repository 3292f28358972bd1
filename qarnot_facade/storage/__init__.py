"""Buckets (S3 storage) for the Qarnot facade, on MinIO's Python client.

``BucketMethods`` is the mixin the facade ``Client`` inherits: create/list/delete buckets, upload and
download objects (streamed, multipart in parallel, size- and MD5/ETag-checked), directories and syncs
(parallel, unchanged files skipped, safe paths), presigned URLs and task results. Nothing here imports
``minio`` until a bucket method runs; names are loaded on first access.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._mixin import BucketMethods
    from ._models import BucketInfo, FileAction, IncompleteUpload, ObjectInfo, SyncReport
    from ._paths import KeyFilter
    from ._payload import resource_bucket, task_buckets
    from ._progress import ProgressBar, ProgressCallback, TransferProgress
    from ._settings import StorageSettings, TransferOptions

__all__ = [
    "BucketInfo",
    "BucketMethods",
    "FileAction",
    "IncompleteUpload",
    "KeyFilter",
    "ObjectInfo",
    "ProgressBar",
    "ProgressCallback",
    "StorageSettings",
    "SyncReport",
    "TransferOptions",
    "TransferProgress",
    "resource_bucket",
    "task_buckets",
]

_WHERE = {
    "BucketMethods": "._mixin",
    "BucketInfo": "._models",
    "FileAction": "._models",
    "IncompleteUpload": "._models",
    "ObjectInfo": "._models",
    "SyncReport": "._models",
    "KeyFilter": "._paths",
    "resource_bucket": "._payload",
    "task_buckets": "._payload",
    "ProgressBar": "._progress",
    "ProgressCallback": "._progress",
    "TransferProgress": "._progress",
    "StorageSettings": "._settings",
    "TransferOptions": "._settings",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
