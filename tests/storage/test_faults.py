"""Faults of the reliability campaign (issue 11), each reproduced on moto S3 over loopback: files
changing under an upload, a stalled server, a partition during a multipart upload, a lost upload id,
a closed client, Ctrl-C. Every test fails on the code before the fix."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from minio import Minio

from qarnot_facade.errors import (
    ClientClosedError,
    ObjectNotFoundError,
    SourceChangedError,
    StorageConnectionError,
    StorageError,
    StorageTimeoutError,
)
from qarnot_facade.storage import TransferProgress

from .helpers import Host, Proxy, pending_uploads, settings_for, small_options, write_random

MiB = 1024 * 1024
SIZE = 3 * 5 * MiB  # three 5 MiB parts


def after_first_part(action: Callable[[], None], at: int = 5 * MiB) -> Callable[[TransferProgress], None]:
    """A progress callback running ``action`` once, when the first part (5 MiB; or ``at`` bytes) has
    been sent."""
    done = threading.Event()

    def callback(p: TransferProgress) -> None:
        if p.file_bytes_done >= at and not done.is_set():
            done.set()
            action()

    return callback


def aged(path: Path) -> Path:
    """Date the file an hour back, so that any write during the test gives it a new mtime."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns - 3600 * 10**9, st.st_mtime_ns - 3600 * 10**9))
    return path


# ----------------------------------------------------------------------------------- torn sources


def test_file_rewritten_in_place_during_a_multipart_upload_is_refused(
    host: Host, bucket: str, raw: Minio, tmp_path: Path
) -> None:
    src = aged(write_random(tmp_path / "scene.bin", SIZE, seed=1))
    new = os.urandom(SIZE)

    def rewrite() -> None:
        with open(src, "r+b") as f:
            f.write(new)

    with pytest.raises(SourceChangedError, match="was modified") as info:
        host.upload_object(
            bucket,
            "scene.bin",
            src,
            options=small_options(max_concurrency=1),
            progress=after_first_part(rewrite),
        )
    assert info.value.path == str(src)
    assert not host.object_exists(bucket, "scene.bin")  # nothing half-old half-new stored
    assert pending_uploads(raw, bucket) == []


def test_file_replaced_during_a_multipart_upload_is_stored_whole(
    host: Host, bucket: str, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "scene.bin", SIZE, seed=2)
    old = src.read_bytes()

    def replace() -> None:  # the usual "write a temporary file, then os.replace" pattern
        tmp = tmp_path / "scene.bin.tmp"
        tmp.write_bytes(os.urandom(SIZE))
        os.replace(tmp, src)

    host.upload_object(
        bucket, "scene.bin", src, options=small_options(max_concurrency=1), progress=after_first_part(replace)
    )
    out = tmp_path / "back.bin"
    host.download_object(bucket, "scene.bin", out)
    assert out.read_bytes() == old  # the version the upload started with, every byte of it


def test_file_growing_during_a_multipart_upload_is_refused(
    host: Host, bucket: str, raw: Minio, tmp_path: Path
) -> None:
    src = aged(write_random(tmp_path / "log.bin", SIZE, seed=3))

    def append() -> None:
        with open(src, "ab") as f:
            f.write(b"more")

    with pytest.raises(SourceChangedError):
        host.upload_object(
            bucket,
            "log.bin",
            src,
            options=small_options(max_concurrency=1),
            progress=after_first_part(append),
        )
    assert not host.object_exists(bucket, "log.bin")
    assert pending_uploads(raw, bucket) == []


def test_file_rewritten_during_a_sync_is_refused(host: Host, bucket: str, raw: Minio, tmp_path: Path) -> None:
    root = tmp_path / "scene"
    src = aged(write_random(root / "a.bin", SIZE, seed=4))

    def rewrite() -> None:
        with open(src, "r+b") as f:
            f.seek(SIZE - 10)
            f.write(b"0123456789")

    with pytest.raises(SourceChangedError):
        host.sync_to_bucket(
            bucket, root, "in", options=small_options(max_concurrency=1), progress=after_first_part(rewrite)
        )
    assert not host.object_exists(bucket, "in/a.bin")
    assert pending_uploads(raw, bucket) == []


def test_file_vanishing_during_a_sync_is_a_typed_error(host: Host, bucket: str, tmp_path: Path) -> None:
    root = tmp_path / "scene"
    write_random(root / "a.bin", SIZE, seed=5)
    gone = write_random(root / "b.bin", 1000, seed=6)

    with pytest.raises(SourceChangedError, match="vanished") as info:
        host.sync_to_bucket(
            bucket,
            root,
            "in",
            options=small_options(max_concurrency=1, workers=1),
            progress=after_first_part(gone.unlink),
        )
    assert info.value.path == str(gone)


def test_file_vanishing_while_a_sync_compares_it_is_left_alone_and_reported(
    host: Host, bucket: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qarnot_facade.storage import _directories

    root = tmp_path / "scene"
    write_random(root / "a.bin", 1000, seed=7)
    host.sync_to_bucket(bucket, root, "in")
    real = _directories.same_content

    def vanish_first(mc: Minio, path: Path, *args: object) -> bool:
        path.unlink()  # removed between the scan and the digest check
        return real(mc, path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(_directories, "same_content", vanish_first)
    report = host.sync_to_bucket(bucket, root, "in", delete=True)
    assert [(a.key, a.reason) for a in report.skipped] == [
        ("in/a.bin", "vanished during the sync (left alone)")
    ]
    assert report.uploaded == [] and report.deleted_remote == []
    assert host.object_exists(bucket, "in/a.bin")


# ----------------------------------------------------------------------------- stalls, partitions


def test_a_stalled_server_fails_the_request_by_the_deadline(bucket: str, proxy: Proxy) -> None:
    stalled = Host(settings_for(proxy.url, read_timeout=0.5, connect_timeout=0.5, max_retries=50, deadline=2))
    proxy.pause()
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            stalled.get_object_head(bucket, "anything")
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(
        120
    )  # a hang guard only: without a deadline it would wait 50 x 0.5 s, without timeouts forever
    proxy.resume()
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], StorageTimeoutError), outcome
    assert "deadline" in str(outcome[0])
    # the deadline, not the 50 retries, ended it: at most a handful of attempts were made
    assert proxy.connections < 10
    stalled._close_storage()


def test_partition_during_a_multipart_upload_keeps_the_error_and_leaves_no_orphan(
    bucket: str, proxy: Proxy, raw: Minio, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "big.bin", SIZE, seed=8)
    host = Host(settings_for(proxy.url, read_timeout=1, connect_timeout=1, max_retries=1, deadline=5))
    with pytest.raises(StorageConnectionError) as info:
        host.upload_object(
            bucket,
            "big.bin",
            src,
            options=small_options(max_concurrency=1),
            progress=after_first_part(proxy.partition),
        )
    # the part's failure is what is raised; the failed abort is attached to it
    notes = "\n".join(getattr(info.value, "__notes__", []))
    assert "could not be aborted" in notes, notes
    assert pending_uploads(raw, bucket) == ["big.bin"]
    proxy.heal()
    host.list_buckets()  # the next call of the client aborts what the partition left behind
    assert pending_uploads(raw, bucket) == []
    host._close_storage()


def test_incomplete_uploads_of_others_can_be_listed_and_aborted(host: Host, bucket: str, raw: Minio) -> None:
    raw._create_multipart_upload(bucket_name=bucket, object_name="crashed/a.bin", headers={})
    raw._create_multipart_upload(bucket_name=bucket, object_name="other/b.bin", headers={})
    assert [u.key for u in host.list_incomplete_uploads(bucket)] == ["crashed/a.bin", "other/b.bin"]
    from datetime import timedelta

    # moto dates every upload 2010-11-10: a century-old limit keeps them, a day-old one takes them
    assert host.abort_incomplete_uploads(bucket, older_than=timedelta(days=36500)) == []
    aborted = host.abort_incomplete_uploads(bucket, "crashed/")
    assert [u.key for u in aborted] == ["crashed/a.bin"]
    assert pending_uploads(raw, bucket) == ["other/b.bin"]


def test_upload_lost_by_the_server_is_reported_as_such(
    host: Host, bucket: str, raw: Minio, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "big.bin", SIZE, seed=9)

    def forget() -> None:  # what a restart of the S3 server does to an upload in progress
        for up in raw._list_multipart_uploads(bucket_name=bucket).uploads:
            raw._abort_multipart_upload(
                bucket_name=bucket, object_name="big.bin", upload_id=str(up.upload_id)
            )

    # moto answers the completion of an upload it no longer knows with a 500 (a real S3 says
    # NoSuchUpload); the abort that follows gets NoSuchUpload, which means "nothing left to abort"
    with pytest.raises(StorageError) as info:
        host.upload_object(
            bucket,
            "big.bin",
            src,
            options=small_options(max_concurrency=1),
            progress=after_first_part(forget, at=SIZE),  # every part sent, then the server forgets
        )
    assert not isinstance(info.value, ObjectNotFoundError)
    assert not getattr(info.value, "__notes__", None)  # the abort did not fail: nothing was left
    assert pending_uploads(raw, bucket) == []
    assert not host.object_exists(bucket, "big.bin")


def test_no_such_upload_from_the_server_is_named_for_what_it_is(raw: Minio, bucket: str) -> None:
    from minio.error import S3Error

    from qarnot_facade.storage._errors import translate

    with pytest.raises(S3Error) as info:
        raw._abort_multipart_upload(bucket_name=bucket, object_name="big.bin", upload_id="forgotten")
    error = translate(info.value, bucket=bucket, key="big.bin")
    assert info.value.code == "NoSuchUpload" and error.code == "NoSuchUpload"  # type: ignore[attr-defined]
    assert not isinstance(error, ObjectNotFoundError)
    assert "no longer knows the multipart upload of 'big.bin'" in str(error)


def test_ctrl_c_during_an_upload_stays_a_keyboard_interrupt(
    bucket: str, proxy: Proxy, raw: Minio, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "big.bin", SIZE, seed=10)
    host = Host(settings_for(proxy.url, read_timeout=1, connect_timeout=1, max_retries=0, deadline=3))

    def interrupt(p: TransferProgress) -> None:
        if p.file_bytes_done >= 5 * MiB:
            proxy.partition()  # the abort fails too: it must not replace the interrupt
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        host.upload_object(
            bucket, "big.bin", src, options=small_options(max_concurrency=1), progress=interrupt
        )
    proxy.heal()
    host.list_buckets()
    assert pending_uploads(raw, bucket) == []
    host._close_storage()


def test_close_during_a_transfer_returns_at_once_and_stops_it(
    bucket: str, proxy: Proxy, raw: Minio, tmp_path: Path
) -> None:
    src = write_random(tmp_path / "big.bin", SIZE, seed=11)
    host = Host(settings_for(proxy.url))
    outcome: list[BaseException] = []
    closer = threading.Thread(target=host._close_storage, daemon=True)

    def close_midway(p: TransferProgress) -> None:
        if p.file_bytes_done >= 5 * MiB and not closer.is_alive() and not closer.ident:
            proxy.pause()  # the next part is in flight and stalls
            closer.start()

    def upload() -> None:
        try:
            host.upload_object(
                bucket, "big.bin", src, options=small_options(max_concurrency=1), progress=close_midway
            )
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=upload, daemon=True)
    worker.start()
    while closer.ident is None and worker.is_alive():
        worker.join(0.05)
    closer.join(60)  # a hang guard: close() takes no lock a transfer holds
    assert not closer.is_alive()
    proxy.resume()
    worker.join(120)
    assert len(outcome) == 1 and isinstance(outcome[0], ClientClosedError), outcome
    assert pending_uploads(raw, bucket) == []  # the abort still went through
    with pytest.raises(ClientClosedError):
        host.list_buckets()
