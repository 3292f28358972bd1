"""ListObjectsV2, page by page, each page's XML read in one pass.

minio's ``list_objects`` parses every ``<Contents>`` with a namespaced ``find`` per field and
``strptime`` for its date: about 28 ms for a page of 1,000 objects, a fifth of a whole no-change sync
of 1,000 files against a local server. Here the request is the same one minio sends (through its
``_execute``, so signing, retries, the deadline and the error answers are minio's and
:mod:`._http`'s), and each page is read with one walk over the children of each entry (about 2 ms
for 1,000). Keys come URL-encoded (``encoding-type=url``, as minio asks) and are decoded the way
minio and botocore decode them (``unquote_plus``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import unquote_plus
from xml.etree import ElementTree

from qarnot_facade.errors import StorageError

from ._models import ObjectInfo

if TYPE_CHECKING:
    from minio import Minio

PAGE_SIZE = 1000  # the most S3 returns in one page


def _name(tag: str) -> str:
    """An element's name without its namespace (S3 answers use one; some servers omit it)."""
    return tag.rpartition("}")[2]


def _invalid(bucket: str, why: str) -> StorageError:
    return StorageError(
        f"the storage server sent a listing of bucket {bucket!r} that cannot be read: {why}",
        code="InvalidResponse",
        bucket=bucket,
    )


def parse_page(data: bytes, bucket: str) -> tuple[list[ObjectInfo], str | None]:
    """The objects, then the folders (``CommonPrefixes``, as ``is_dir`` entries), of one
    ListObjectsV2 answer, and the continuation token of the next page (``None`` on the last)."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise _invalid(bucket, f"not XML ({exc})") from None
    entries: list[dict[str, str | None]] = []
    prefixes: list[str] = []
    url_encoded = truncated = False
    token: str | None = None
    for element in root:
        name = _name(element.tag)
        if name == "Contents":
            entries.append({_name(child.tag): child.text for child in element})
        elif name == "CommonPrefixes":
            prefixes.extend(c.text for c in element if _name(c.tag) == "Prefix" and c.text)
        elif name == "EncodingType":  # it may come after the entries
            url_encoded = (element.text or "").lower() == "url"
        elif name == "IsTruncated":
            truncated = (element.text or "").lower() == "true"
        elif name == "NextContinuationToken":
            token = element.text
    if truncated and not token:
        raise _invalid(bucket, "it says more follows but gives no continuation token")
    out: list[ObjectInfo] = []
    for fields in entries:
        key = fields.get("Key")
        if not key:
            raise _invalid(bucket, "an entry has no key")
        key = unquote_plus(key) if url_encoded else key
        stamp = fields.get("LastModified")
        try:
            out.append(
                ObjectInfo(
                    bucket=bucket,
                    key=key,
                    size=int(fields.get("Size") or 0),
                    etag=(fields.get("ETag") or "").replace('"', "") or None,
                    last_modified=datetime.fromisoformat(stamp) if stamp else None,
                    is_dir=key.endswith("/"),
                )
            )
        except ValueError as exc:
            raise _invalid(bucket, f"entry {key!r}: {exc}") from None
    for prefix in prefixes:
        key = unquote_plus(prefix) if url_encoded else prefix
        out.append(ObjectInfo(bucket=bucket, key=key, size=0, etag=None, is_dir=True))
    return out, token if truncated else None


def list_pages(
    mc: Minio, bucket: str, prefix: str = "", *, recursive: bool = True, page_size: int = PAGE_SIZE
) -> Iterator[list[ObjectInfo]]:
    """Every page of the objects whose key starts with ``prefix`` (with ``recursive=False``, one level:
    sub-folders come as ``is_dir`` entries after the page's objects, as minio gives them). Raises
    minio's and urllib3's errors (wrap the loop in :func:`._errors.storage_errors`)."""
    from minio.helpers import check_bucket_name

    check_bucket_name(bucket)
    token: str | None = None
    while True:
        query = {
            "list-type": "2",
            "delimiter": "" if recursive else "/",
            "encoding-type": "url",
            "max-keys": str(page_size),
            "prefix": prefix,
        }
        if token:
            query["continuation-token"] = token
        response = mc._execute("GET", bucket_name=bucket, query_params=dict(query))
        page, token = parse_page(response.data, bucket)
        yield page
        if token is None:
            return
