"""The facade's own ListObjectsV2 reader (``storage._listing``) against moto, with minio's parser of the
same server's answers as the reference: keys that need URL encoding, many pages, one level."""

from __future__ import annotations

import pytest
from minio import Minio

from qarnot_facade.errors import StorageError
from qarnot_facade.storage._listing import list_pages, parse_page

from .helpers import Host

KEYS = [
    "plain.txt",
    "with space/and+plus.txt",
    "per%cent/50%.txt",
    "unicode/éà漢字.bin",
    "xml/<&>'\".txt",
    "deep/a/b/c/d.txt",
    "deep/a/e.txt",
    "folder-marker/",
    *[f"many/{i:03d}" for i in range(23)],
]


def minio_view(
    raw: Minio, bucket: str, prefix: str, recursive: bool, page_size: int
) -> list[tuple[object, ...]]:
    """What minio's own parser reads from the same requests (its public list_objects has no page size)."""
    return [
        (o.object_name, o.size or 0, o.etag, o.last_modified, o.is_dir)
        for o in raw._list_objects(
            bucket_name=bucket,
            prefix=prefix,
            delimiter=None if recursive else "/",
            encoding_type="url",
            max_keys=page_size,
        )
    ]


@pytest.fixture
def filled(host: Host, bucket: str) -> str:
    for i, key in enumerate(KEYS):
        host.upload_object(bucket, key, b"x" * i)
    return bucket


@pytest.mark.parametrize("prefix", ["", "deep/", "many/0", "unicode/", "nothing-here/"])
@pytest.mark.parametrize("recursive", [True, False])
def test_pages_hold_what_minio_reads_from_the_same_server(
    host: Host, raw: Minio, filled: str, prefix: str, recursive: bool
) -> None:
    mc = host._minio()
    for page_size in (1000, 4):  # one page, and many pages with continuation tokens
        pages = list(list_pages(mc, filled, prefix, recursive=recursive, page_size=page_size))
        ours = [(o.key, o.size, o.etag, o.last_modified, o.is_dir) for page in pages for o in page]
        assert ours == minio_view(raw, filled, prefix, recursive, page_size)
        assert all(len(page) <= page_size for page in pages)
    if prefix == "" and recursive:
        assert sorted(o[0] for o in ours) == sorted(KEYS)


def test_list_objects_uses_it(host: Host, filled: str) -> None:
    assert [o.key for o in host.list_objects(filled, "with space/")] == ["with space/and+plus.txt"]


def test_an_answer_that_is_not_a_listing_is_a_typed_error() -> None:
    with pytest.raises(StorageError) as info:
        parse_page(b"<html>oops", "bkt")
    assert info.value.code == "InvalidResponse"
    truncated = (
        b'<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><IsTruncated>true'
        b"</IsTruncated><Contents><Key>k</Key><Size>1</Size></Contents></ListBucketResult>"
    )
    with pytest.raises(StorageError, match="no continuation token"):
        parse_page(truncated, "bkt")
    no_key = truncated.replace(b"true", b"false").replace(b"<Key>k</Key>", b"")
    with pytest.raises(StorageError, match="no key"):
        parse_page(no_key, "bkt")


def test_a_listing_without_namespace_reads_the_same() -> None:
    body = (
        b"<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>a%20b</Key><Size>3</Size>"
        b'<ETag>"0cc175b9c0f1b6a831c399e269772661"</ETag><LastModified>2026-12-01T10:00:00.000Z'
        b"</LastModified></Contents><EncodingType>url</EncodingType></ListBucketResult>"
    )
    page, token = parse_page(body, "bkt")
    assert token is None
    assert [(o.key, o.size, o.etag, str(o.last_modified)) for o in page] == [
        ("a b", 3, "0cc175b9c0f1b6a831c399e269772661", "2026-12-01 10:00:00+00:00")
    ]
