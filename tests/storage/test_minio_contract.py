"""The storage package uses a few low-level (underscored) methods of ``minio.Minio``.

minio's public API has no part-level multipart calls, so streaming parallel multipart with per-part
integrity checks needs them. They are stable across minio 7.2, but they are not public: this test
pins the exact keyword parameters the package passes, so an upgrade that changes them fails here,
in CI, instead of at a user's first large upload.
"""

from __future__ import annotations

import inspect

import pytest
from minio import Minio

USED = {
    "_put_object": {"bucket_name", "object_name", "data", "headers"},
    "_create_multipart_upload": {"bucket_name", "object_name", "headers"},
    "_upload_part": {"bucket_name", "object_name", "data", "headers", "upload_id", "part_number"},
    "_complete_multipart_upload": {"bucket_name", "object_name", "upload_id", "parts"},
    "_abort_multipart_upload": {"bucket_name", "object_name", "upload_id"},
    "_list_multipart_uploads": {"bucket_name", "key_marker", "upload_id_marker"},
    "_execute": {"method", "bucket_name", "object_name", "query_params"},
}


@pytest.mark.parametrize("name", sorted(USED))
def test_minio_low_level_method_accepts_the_keywords_we_pass(name: str) -> None:
    method = getattr(Minio, name, None)
    assert callable(method), f"minio.Minio.{name} is gone: qarnot_facade.storage needs it"
    params = inspect.signature(method).parameters
    missing = USED[name] - set(params)
    assert not missing, f"minio.Minio.{name} no longer takes {sorted(missing)}"
