"""Large transfers: multipart in parallel, integrity, aborts on failure, no partial files."""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path
from typing import Any

import pytest
from minio import Minio

from qarnot_facade.errors import StorageConnectionError, StorageError, StorageIntegrityError
from qarnot_facade.storage import TransferOptions, TransferProgress
from qarnot_facade.storage._transfer import multipart_etag, part_size_candidates

from .helpers import Host, Proxy, pending_uploads, settings_for, small_options, write_random

MiB = 1024 * 1024


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(MiB):
            h.update(chunk)
    return h.hexdigest()


def expected_etag(path: Path, part_size: int) -> str:
    digests = []
    with open(path, "rb") as f:
        while chunk := f.read(part_size):
            digests.append(hashlib.md5(chunk).digest())
    return multipart_etag(digests)


@pytest.mark.slow
def test_100_mib_multipart_round_trip_byte_for_byte(
    host: Host, bucket: str, raw: Minio, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "big.bin", 100 * MiB + 12345, seed=100)
    options = TransferOptions(verify_downloads=True)  # 8 MiB parts, 4 in flight, MD5 checked both ways
    info = host.upload_object(bucket, "big/big.bin", src, options=options)
    assert info.etag == expected_etag(src, 8 * MiB) and info.etag.endswith("-13")
    assert pending_uploads(raw, bucket) == []
    head = host.get_object_head(bucket, "big/big.bin")
    assert head.size == src.stat().st_size and head.etag == info.etag
    out = tmp_path / "down" / "big.bin"
    host.download_object(bucket, "big/big.bin", out, options=options)
    assert sha256(out) == sha256(src)
    assert sorted(p.name for p in out.parent.iterdir()) == ["big.bin"]  # no temporary file left


def test_stream_upload_has_bounded_memory(host: Host, bucket: str, tmp_path: Path) -> None:
    """A streamed upload never holds more than (max_concurrency + 1) parts that are not yet sent."""
    part = 5 * MiB
    options = small_options(max_concurrency=2)
    src = write_random(tmp_path / "s.bin", 8 * part + 7, seed=3)
    sent = 0
    high_water = 0
    lock = threading.Lock()

    class Counting(io.RawIOBase):
        def __init__(self, f: io.BufferedReader) -> None:
            self.f = f
            self.read_total = 0

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            nonlocal high_water
            data = self.f.read(n)
            with lock:
                self.read_total += len(data)
                high_water = max(high_water, self.read_total - sent)
            return data

    def on_progress(p: TransferProgress) -> None:
        nonlocal sent
        with lock:
            sent = p.bytes_done

    with open(src, "rb") as f:
        info = host.upload_object(bucket, "s.bin", Counting(f), progress=on_progress, options=options)
    assert info.size == src.stat().st_size and info.etag == expected_etag(src, part)
    assert high_water <= (options.max_concurrency + 1) * part


def test_stream_failing_midway_aborts_the_multipart_upload(host: Host, bucket: str, raw: Minio) -> None:
    class Failing(io.RawIOBase):
        def __init__(self, fail_after: int) -> None:
            self.left = fail_after

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            if self.left <= 0:
                raise OSError("disk went away")
            n = min(n if n >= 0 else MiB, self.left)
            self.left -= n
            return b"z" * n

    with pytest.raises(OSError, match="disk went away"):
        host.upload_object(bucket, "broken.bin", Failing(12 * MiB), options=small_options())
    assert pending_uploads(raw, bucket) == []
    assert not host.object_exists(bucket, "broken.bin")


def test_callback_failing_midway_aborts_the_upload(
    host: Host, bucket: str, raw: Minio, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "f.bin", 21 * MiB, seed=4)

    def stop(p: TransferProgress) -> None:
        if p.bytes_done >= 10 * MiB:
            raise KeyboardInterrupt("user pressed ^C")

    with pytest.raises(KeyboardInterrupt):
        host.upload_object(bucket, "f.bin", src, progress=stop, options=small_options())
    assert pending_uploads(raw, bucket) == []
    assert not host.object_exists(bucket, "f.bin")


def test_connection_cut_during_upload_aborts_and_is_typed(
    bucket: str, raw: Minio, proxy: Proxy, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "c.bin", 11 * MiB, seed=5)
    cut = Host(settings_for(proxy.url, max_retries=1))
    proxy.direction, proxy.cut_after = "up", 2 * MiB  # every connection dies after 2 MiB sent
    with pytest.raises(StorageConnectionError):
        cut.upload_object(bucket, "c.bin", src, options=small_options())
    proxy.cut_after = None
    assert pending_uploads(raw, bucket) == []
    assert not cut.object_exists(bucket, "c.bin")


def test_connection_cut_during_download_leaves_no_partial_file(
    host: Host, bucket: str, proxy: Proxy, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "d.bin", 6 * MiB, seed=6)
    host.upload_object(bucket, "d.bin", src)
    cut = Host(settings_for(proxy.url, max_retries=0))
    proxy.direction, proxy.cut_after = "down", 3 * MiB
    dest = tmp_path / "out"
    dest.mkdir()
    (dest / "d.bin").write_bytes(b"previous version")
    with pytest.raises(StorageConnectionError):
        cut.download_object(bucket, "d.bin", dest / "d.bin")
    # the previous file is intact and no temporary file is left
    assert [p.name for p in dest.iterdir()] == ["d.bin"]
    assert (dest / "d.bin").read_bytes() == b"previous version"


def test_corrupted_download_is_detected_and_not_kept(
    host: Host, bucket: str, proxy: Proxy, tmp_path: Path
) -> None:
    data = bytes(range(256)) * 4096  # 1 MiB, single part
    host.upload_object(bucket, "x.bin", data)
    bad = Host(settings_for(proxy.url, max_retries=0))
    proxy.direction, proxy.flip_at = "down", 500_000
    with pytest.raises(StorageIntegrityError, match="does not match"):
        bad.download_object(
            bucket, "x.bin", tmp_path / "x.bin", options=TransferOptions(verify_downloads=True)
        )
    assert list(tmp_path.iterdir()) == []


def test_download_verification_is_opt_in(host: Host, bucket: str, proxy: Proxy, tmp_path: Path) -> None:
    """By default a download is checked for size only (HTTPS authenticates the bytes on the real
    storage); the MD5/ETag check costs CPU and is asked for with ``verify_downloads``."""
    data = bytes(range(256)) * 4096
    host.upload_object(bucket, "x.bin", data)
    bad = Host(settings_for(proxy.url, max_retries=0))
    proxy.direction, proxy.flip_at = "down", 500_000
    assert TransferOptions().verify_downloads is False
    got = bad.download_object(bucket, "x.bin", tmp_path / "unchecked.bin")
    assert got is not None and got.stat().st_size == len(data) and got.read_bytes() != data
    with pytest.raises(StorageIntegrityError):
        bad.download_object(
            bucket, "x.bin", tmp_path / "checked.bin", options=TransferOptions(verify_downloads=True)
        )
    assert not (tmp_path / "checked.bin").exists()


def test_corrupted_multipart_download_is_detected(
    host: Host, bucket: str, proxy: Proxy, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "m.bin", 11 * MiB, seed=7)
    host.upload_object(bucket, "m.bin", src, options=small_options())
    bad = Host(settings_for(proxy.url, max_retries=0))
    proxy.direction, proxy.flip_at = "down", 7 * MiB
    out = tmp_path / "out"
    with pytest.raises(StorageIntegrityError):
        bad.download_object(bucket, "m.bin", out / "m.bin", options=small_options(verify_downloads=True))
    assert list(out.iterdir()) == []


def test_corrupted_upload_is_detected_and_aborted(
    bucket: str, raw: Minio, proxy: Proxy, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "u.bin", 11 * MiB, seed=8)
    bad = Host(settings_for(proxy.url, max_retries=0))
    proxy.direction, proxy.flip_at = "up", 1 * MiB
    with pytest.raises(StorageIntegrityError, match="ETag"):
        bad.upload_object(bucket, "u.bin", src, options=small_options(max_concurrency=1))
    proxy.flip_at = None
    assert pending_uploads(raw, bucket) == []


def test_download_checks_objects_uploaded_with_other_part_sizes(
    host: Host, bucket: str, raw: Minio, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "o.bin", 13 * MiB + 3, seed=9)
    raw.fput_object(bucket_name=bucket, object_name="o.bin", file_path=str(src), part_size=6 * MiB)
    etag = raw.stat_object(bucket_name=bucket, object_name="o.bin").etag
    assert etag == expected_etag(src, 6 * MiB)
    out = tmp_path / "o.out"
    host.download_object(bucket, "o.bin", out, options=TransferOptions(verify_downloads=True))
    assert sha256(out) == sha256(src)


def test_part_size_candidates() -> None:
    size = 13 * MiB + 3
    assert part_size_candidates(size, 3, [8 * MiB])[0] == 5 * MiB  # 8 MiB gives 2 parts: not a candidate
    assert 6 * MiB in part_size_candidates(size, 3)
    assert part_size_candidates(size, 2, [8 * MiB])[0] == 8 * MiB
    assert all(-(-size // p) == 3 for p in part_size_candidates(size, 3))
    assert part_size_candidates(10, 20) == []


@pytest.mark.parametrize("with_size", [True, False])
def test_stream_with_threshold_above_part_size(
    host: Host, bucket: str, tmp_path: Path, with_size: bool
) -> None:
    """The first read holds more than one part when the threshold is larger than the part size."""
    src = write_random(tmp_path / "t.bin", 13 * MiB + 1, seed=15)
    options = small_options(multipart_threshold=12 * MiB)
    with open(src, "rb") as f:
        info = host.upload_object(
            bucket, "t.bin", f, size=src.stat().st_size if with_size else None, options=options
        )
    assert info.etag == expected_etag(src, 5 * MiB) and info.etag.endswith("-3")
    out = tmp_path / "t.out"
    host.download_object(bucket, "t.bin", out)
    assert sha256(out) == sha256(src)


def test_bytes_upload_in_parts(host: Host, bucket: str) -> None:
    data = bytes(range(256)) * (44 * 1024)  # 11 MiB
    info = host.upload_object(bucket, "b.bin", data, options=small_options())
    assert info.etag is not None and info.etag.endswith("-3") and info.size == len(data)
    sink = io.BytesIO()
    host.download_object(bucket, "b.bin", sink)
    assert sink.getvalue() == data


# ------------------------------------------------------------------------- ranged (parallel) downloads


def ranged(**kw: object) -> TransferOptions:
    return small_options(ranged_downloads=True, **kw)


def test_ranged_download_byte_for_byte_whatever_the_object_layout(
    bucket: str, raw: Minio, proxy: Proxy, tmp_path: Path
) -> None:
    via = Host(settings_for(proxy.url))
    src = write_random(tmp_path / "src.bin", 17 * MiB + 5, seed=20)
    via.upload_object(bucket, "facade-5m", src, options=small_options())  # 5 MiB parts
    raw.fput_object(bucket_name=bucket, object_name="raw-6m", file_path=str(src), part_size=6 * MiB)
    raw.put_object(  # one part: a plain MD5 ETag
        bucket_name=bucket, object_name="single", data=io.BytesIO(src.read_bytes()), length=17 * MiB + 5
    )
    out = tmp_path / "out"
    proxy.rendezvous = 2  # answers wait until two ranges are asked at once: proof they run in parallel
    for key in ("facade-5m", "raw-6m", "single"):
        for verify in (False, True):
            seen: list[TransferProgress] = []
            via.download_object(
                bucket, key, out / key, options=ranged(verify_downloads=verify), progress=seen.append
            )
            assert sha256(out / key) == sha256(src), (key, verify)
            assert seen[-1].file_bytes_done == seen[-1].file_bytes_total == 17 * MiB + 5
    assert proxy.rendezvous_met is True
    assert sorted(p.name for p in out.iterdir()) == ["facade-5m", "raw-6m", "single"]
    # directories too: large objects in ranges, small ones (size known from the listing) in one GET
    via.upload_object(bucket, "tiny.txt", b"tiny")
    report = via.download_directory(bucket, tmp_path / "dir", options=ranged(verify_downloads=True))
    assert len(report.downloaded) == 4
    assert (tmp_path / "dir" / "tiny.txt").read_bytes() == b"tiny"
    assert {sha256(tmp_path / "dir" / k) for k in ("facade-5m", "raw-6m", "single")} == {sha256(src)}


def test_ranged_download_of_a_small_object_is_one_stream(host: Host, bucket: str, tmp_path: Path) -> None:
    host.upload_object(bucket, "small", b"x" * 1000)
    host.download_object(bucket, "small", tmp_path / "small", options=ranged(verify_downloads=True))
    assert (tmp_path / "small").read_bytes() == b"x" * 1000


@pytest.mark.parametrize("fault", ["cut", "flip"])
def test_ranged_download_failing_in_one_range_keeps_nothing(
    host: Host, bucket: str, proxy: Proxy, tmp_path: Path, fault: str
) -> None:
    src = write_random(tmp_path / "src.bin", 16 * MiB, seed=21)
    host.upload_object(bucket, "r.bin", src, options=small_options())
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "r.bin").write_bytes(b"previous version")
    bad = Host(settings_for(proxy.url, max_retries=0))
    proxy.direction = "down"
    if fault == "cut":
        proxy.cut_after = 3 * MiB
        with pytest.raises(StorageConnectionError):
            bad.download_object(bucket, "r.bin", dest / "r.bin", options=ranged())
    else:
        proxy.flip_at = 2 * MiB
        with pytest.raises(StorageIntegrityError, match="does not match"):
            bad.download_object(bucket, "r.bin", dest / "r.bin", options=ranged(verify_downloads=True))
    assert [p.name for p in dest.iterdir()] == ["r.bin"]
    assert (dest / "r.bin").read_bytes() == b"previous version"


def test_object_replaced_during_a_ranged_download_fails_it(
    host: Host, bucket: str, raw: Minio, tmp_path: Path
) -> None:
    first = write_random(tmp_path / "v1.bin", 21 * MiB, seed=22)
    host.upload_object(bucket, "v.bin", first, options=small_options())
    replaced = threading.Event()

    def replace_once(_: TransferProgress) -> None:
        if not replaced.is_set():
            replaced.set()
            raw.put_object(bucket_name=bucket, object_name="v.bin", data=io.BytesIO(b"v2"), length=2)

    with pytest.raises(StorageError, match="replaced during the download") as caught:
        host.download_object(
            bucket, "v.bin", tmp_path / "v.bin", options=ranged(max_concurrency=2), progress=replace_once
        )
    assert caught.value.code == "PreconditionFailed"
    assert list(tmp_path.glob("v.bin*")) == [] and list(tmp_path.glob(".v.bin*")) == []


def upload_irregular_parts(raw: Minio, bucket: str, key: str, data: bytes, sizes: list[int]) -> str:
    """A multipart object with parts of these sizes (other tools may cut parts as they like)."""
    from minio.datatypes import Part

    upload_id = raw._create_multipart_upload(bucket_name=bucket, object_name=key, headers={})
    parts, offset = [], 0
    for number, size in enumerate(sizes, start=1):
        etag = raw._upload_part(
            bucket_name=bucket,
            object_name=key,
            data=data[offset : offset + size],
            headers=None,
            upload_id=upload_id,
            part_number=number,
        )
        parts.append(Part(part_number=number, etag=etag))
        offset += size
    result = raw._complete_multipart_upload(
        bucket_name=bucket, object_name=key, upload_id=upload_id, parts=parts
    )
    return str(result.etag).strip('"')


def test_verified_downloads_of_an_object_with_irregular_parts(
    bucket: str, raw: Minio, proxy: Proxy, tmp_path: Path
) -> None:
    """Parts of 5, 7 and 3 MiB: the first part's size (5 MiB) also predicts 3 parts, so a check that
    assumed equal parts would call good data corrupt. The server's part sizes settle it."""
    data = write_random(tmp_path / "src.bin", 15 * MiB, seed=23).read_bytes()
    etag = upload_irregular_parts(raw, bucket, "odd.bin", data, [5 * MiB, 7 * MiB, 3 * MiB])
    assert etag.endswith("-3")
    via = Host(settings_for(proxy.url, max_retries=0))
    for options in (small_options(verify_downloads=True), ranged(verify_downloads=True)):
        out = tmp_path / f"odd-{options.ranged_downloads}.bin"
        via.download_object(bucket, "odd.bin", out, options=options)
        assert out.read_bytes() == data
    sink = io.BytesIO()  # a stream cannot be read again: checked for size only
    via.download_object(bucket, "odd.bin", sink, options=small_options(verify_downloads=True))
    assert sink.getvalue() == data

    proxy.direction, proxy.flip_at = "down", 4 * MiB  # inside the first range of every connection
    for options in (small_options(verify_downloads=True), ranged(verify_downloads=True, max_concurrency=2)):
        bad = tmp_path / f"bad-{options.ranged_downloads}.bin"
        with pytest.raises(StorageIntegrityError, match="does not match"):
            via.download_object(bucket, "odd.bin", bad, options=options)
        assert not bad.exists()


def test_upload_bodies_are_hashed_once_and_other_requests_signed_as_minio_signs_them(
    host: Host, bucket: str, raw: Minio, tmp_path: Path
) -> None:
    """Over plain HTTP an upload body goes with its Content-MD5 and is signed UNSIGNED-PAYLOAD (see
    storage/_minio.py); what the server stored is still checked (ETags) and byte for byte here."""
    from qarnot_facade.storage._minio import UNSIGNED_PAYLOAD

    sent: list[tuple[str, str, dict[str, str]]] = []
    pool = host._minio()._http
    urlopen = pool.urlopen

    def recording(method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        sent.append((method, url, dict(kwargs.get("headers") or {})))
        return urlopen(method, url, *args, **kwargs)

    pool.urlopen = recording  # type: ignore[method-assign]
    src = write_random(tmp_path / "s.bin", 11 * MiB, seed=21)
    host.upload_object(bucket, "parts.bin", src, options=small_options())
    host.upload_object(bucket, "small.bin", b"hello")
    host.list_objects(bucket)
    uploads = [(m, h) for m, u, h in sent if m == "PUT"]
    assert len(uploads) == 4  # three parts and one object
    for _, headers in uploads:
        assert headers["x-amz-content-sha256"] == UNSIGNED_PAYLOAD and headers["Content-MD5"]
    others = [h for m, u, h in sent if "Content-MD5" not in h]  # the POST of parts list has its MD5 too
    assert others and all(len(h["x-amz-content-sha256"]) == 64 for h in others)  # a SHA-256, hex
    assert raw.get_object(bucket_name=bucket, object_name="small.bin").data == b"hello"
    out = tmp_path / "parts.out"
    host.download_object(bucket, "parts.bin", out)
    assert sha256(out) == sha256(src)
