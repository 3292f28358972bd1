"""Bucket and object methods against moto's S3 server on loopback."""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import threading
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from minio import Minio
from minio.error import S3Error

from qarnot_facade.errors import (
    BucketNotFoundError,
    ClientClosedError,
    InvalidInputError,
    ObjectNotFoundError,
    QarnotError,
    StorageAccessDeniedError,
    StorageBatchDeleteError,
    StorageConnectionError,
    StorageError,
    StorageQuotaExceededError,
)
from qarnot_facade.storage import StorageSettings, TransferOptions, TransferProgress
from qarnot_facade.storage._errors import translate

from .helpers import Host, pending_uploads, settings_for, small_options, write_random


def test_importing_the_package_does_not_import_minio() -> None:
    import subprocess

    code = (
        "import sys, qarnot_facade, qarnot_facade.storage as s; s.BucketMethods; s.TransferOptions; "
        "assert 'minio' not in sys.modules, 'minio imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_settings_scheme_decides_tls_and_hides_the_secret() -> None:
    s = StorageSettings(
        endpoint_url="https://storage.example.com", access_key="me@x.org", secret_key="s3cr3t"
    )
    assert s.secure and s.host == "storage.example.com" and s.effective_region == "us-east-1"
    assert "s3cr3t" not in repr(s)
    plain = StorageSettings(
        endpoint_url="http://127.0.0.1:9000/", access_key="a", secret_key="b", region="eu"
    )
    assert not plain.secure and plain.host == "127.0.0.1:9000" and plain.effective_region == "eu"
    with pytest.raises(QarnotError, match="storage URL"):
        StorageSettings(endpoint_url="storage.example.com", access_key="a", secret_key="b")
    with pytest.raises(QarnotError, match="path"):
        StorageSettings(endpoint_url="https://h/bucket", access_key="a", secret_key="b")


def test_minio_client_is_created_once_even_from_many_threads(host: Host) -> None:
    clients = []
    barrier = threading.Barrier(8)

    def get() -> None:
        barrier.wait()
        clients.append(host._minio())

    threads = [threading.Thread(target=get) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(c) for c in clients}) == 1
    assert host.settings_calls == 1
    host._close_storage()
    # a closed client never rebuilds its pool behind the caller's back
    with pytest.raises(ClientClosedError, match="closed"):
        host._minio()
    with pytest.raises(ClientClosedError):
        host.list_buckets()
    assert host.settings_calls == 1


def test_bucket_lifecycle(host: Host, raw: Minio) -> None:
    name = "lifecycle-bucket-1"
    host.create_bucket(name)
    host.create_bucket(name)  # exist_ok by default
    with pytest.raises(StorageError, match="already exists"):
        host.create_bucket(name, exist_ok=False)
    assert name in [b.name for b in host.list_buckets()]
    assert host.bucket_exists(name)
    host.upload_object(name, "a.txt", b"a")
    with pytest.raises(StorageError, match="not empty") as info:
        host.delete_bucket(name)
    assert info.value.code == "BucketNotEmpty" and info.value.bucket == name
    host.delete_bucket(name, force=True)
    assert not host.bucket_exists(name)
    with pytest.raises(BucketNotFoundError) as nf:
        host.delete_bucket(name)
    assert nf.value.code == "NoSuchBucket"


def test_force_delete_empties_more_than_one_batch_and_aborts_uploads(
    host: Host, raw: Minio, tmp_path: Path
) -> None:
    name = "force-delete-many"
    host.create_bucket(name)
    for i in range(1005):  # two DeleteObjects batches of at most 1000
        (tmp_path / f"f{i:05d}.txt").write_bytes(b"%d" % i)
    host.upload_directory(name, tmp_path)
    raw._create_multipart_upload(bucket_name=name, object_name="unfinished", headers={})
    assert pending_uploads(raw, name) == ["unfinished"]
    assert sum(1 for _ in host.list_objects(name)) == 1005
    host.delete_bucket(name, force=True)
    assert not raw.bucket_exists(bucket_name=name)


def test_force_delete_reports_per_key_failures(host: Host, raw: Minio) -> None:
    name = "locked-bucket"
    raw.make_bucket(bucket_name=name, object_lock=True)
    md5 = base64.b64encode(hashlib.md5(b"x").digest()).decode()
    raw._put_object(
        bucket_name=name,
        object_name="held",
        data=b"x",
        headers={"Content-MD5": md5, "x-amz-object-lock-legal-hold": "ON"},
    )
    host.upload_object(name, "free", b"x")
    with pytest.raises(StorageBatchDeleteError) as info:
        host.delete_bucket(name, force=True)
    assert set(info.value.failures) == {"held"}
    assert info.value.failures["held"][0] == "AccessDenied"
    assert "held" in str(info.value)
    assert raw.bucket_exists(bucket_name=name)  # kept: it is not empty
    version = raw.stat_object(bucket_name=name, object_name="held").version_id
    raw.disable_object_legal_hold(bucket_name=name, object_name="held", version_id=version)
    host.delete_bucket(name, force=True)  # moto's buckets are process-wide: leave none behind
    assert not raw.bucket_exists(bucket_name=name)


def test_list_objects(host: Host, bucket: str) -> None:
    for key in ["a/1.txt", "a/b/2.txt", "a2/3.txt", "top.txt"]:
        host.upload_object(bucket, key, key.encode())
    everything = list(host.list_objects(bucket))
    assert [o.key for o in everything] == ["a/1.txt", "a/b/2.txt", "a2/3.txt", "top.txt"]
    first = everything[0]
    assert first.size == len(b"a/1.txt") and first.etag == hashlib.md5(b"a/1.txt").hexdigest()
    assert first.last_modified is not None and not first.is_dir
    assert [o.key for o in host.list_objects(bucket, "a/")] == ["a/1.txt", "a/b/2.txt"]
    level = list(host.list_objects(bucket, "a/", recursive=False))
    assert [(o.key, o.is_dir) for o in level] == [("a/1.txt", False), ("a/b/", True)]
    with pytest.raises(BucketNotFoundError):
        list(host.list_objects("no-such-bucket-here"))


def test_upload_head_exists_download_delete(host: Host, bucket: str, tmp_path: Path) -> None:
    info = host.upload_object(
        bucket, "docs/hello.txt", b"hello world", content_type="text/plain", metadata={"Owner": "me"}
    )
    assert info.etag == hashlib.md5(b"hello world").hexdigest() and info.size == 11
    head = host.get_object_head(bucket, "docs/hello.txt")
    assert head.size == 11 and head.etag == info.etag
    assert head.content_type == "text/plain" and head.metadata == {"owner": "me"}
    assert host.object_exists(bucket, "docs/hello.txt")
    assert not host.object_exists(bucket, "docs/other.txt")
    with pytest.raises(BucketNotFoundError):
        host.object_exists("no-such-bucket-here", "x")

    target = tmp_path / "out" / "hello.txt"
    assert host.download_object(bucket, "docs/hello.txt", target) == target
    assert target.read_bytes() == b"hello world"
    # an existing folder receives the key's last segment
    assert host.download_object(bucket, "docs/hello.txt", tmp_path) == tmp_path / "hello.txt"
    sink = io.BytesIO()
    assert host.download_object(bucket, "docs/hello.txt", sink) is None
    assert sink.getvalue() == b"hello world"

    host.delete_object(bucket, "docs/hello.txt")
    assert not host.object_exists(bucket, "docs/hello.txt")
    host.delete_object(bucket, "docs/hello.txt")  # S3: deleting a missing key succeeds


def test_upload_from_path_and_stream(host: Host, bucket: str, tmp_path: Path) -> None:
    src = write_random(tmp_path / "src.bin", 300_000, seed=1)
    assert host.upload_object(bucket, "from-path", src).etag == hashlib.md5(src.read_bytes()).hexdigest()
    with open(src, "rb") as f:
        assert host.upload_object(bucket, "from-stream", f).size == 300_000
    with open(src, "rb") as f:
        assert host.upload_object(bucket, "from-stream-sized", f, size=300_000).size == 300_000
    with open(src, "rb") as f, pytest.raises(InvalidInputError, match="size=10"):
        host.upload_object(bucket, "wrong-size", f, size=10)
    assert not host.object_exists(bucket, "wrong-size")
    with pytest.raises(InvalidInputError, match="not a file"):
        host.upload_object(bucket, "x", tmp_path / "missing.bin")
    with pytest.raises(InvalidInputError):
        host.upload_object(bucket, "", b"x")
    with pytest.raises(InvalidInputError):
        host.upload_object(bucket, "x", 42)  # type: ignore[arg-type]


def test_missing_objects_and_buckets_are_typed_and_leave_no_file(
    host: Host, bucket: str, tmp_path: Path
) -> None:
    target = tmp_path / "never.txt"
    with pytest.raises(ObjectNotFoundError) as info:
        host.download_object(bucket, "missing.txt", target)
    assert info.value.code == "NoSuchKey" and info.value.bucket == bucket and info.value.key == "missing.txt"
    assert not target.exists() and list(tmp_path.iterdir()) == []
    with pytest.raises(BucketNotFoundError):
        host.download_object("no-such-bucket-here", "x", target)
    with pytest.raises(ObjectNotFoundError):
        host.get_object_head(bucket, "missing.txt")
    with pytest.raises(BucketNotFoundError):
        host.get_object_head("no-such-bucket-here", "missing.txt")
    with pytest.raises(BucketNotFoundError):
        host.upload_object("no-such-bucket-here", "x", b"x")
    assert not target.exists()


def test_copy_object(host: Host, bucket: str) -> None:
    host.upload_object(bucket, "src.txt", b"payload", metadata={"a": "1"})
    copied = host.copy_object(bucket, "src.txt", bucket, "dst.txt")
    assert copied.etag == hashlib.md5(b"payload").hexdigest() and copied.metadata == {"a": "1"}
    replaced = host.copy_object(bucket, "src.txt", bucket, "dst2.txt", metadata={"b": "2"})
    assert replaced.metadata == {"b": "2"}
    with pytest.raises(ObjectNotFoundError):
        host.copy_object(bucket, "missing", bucket, "dst3.txt")


def test_presigned_download_url(host: Host, bucket: str) -> None:
    host.upload_object(bucket, "shared/file.txt", b"for anyone")
    url = host.presigned_download_url(bucket, "shared/file.txt", expires=timedelta(minutes=5))
    assert "X-Amz-Signature=" in url and "token-123" not in url
    with urllib.request.urlopen(url) as resp:
        assert resp.read() == b"for anyone"
    with pytest.raises(InvalidInputError):
        host.presigned_download_url(bucket, "shared/file.txt", expires=timedelta(days=8))


def test_delete_objects_in_batches(host: Host, bucket: str) -> None:
    for i in range(3):
        host.upload_object(bucket, f"k{i}", b"x")
    assert host.delete_objects(bucket, ["k0", "k1", "never-existed"]) == ["k0", "k1", "never-existed"]
    assert [o.key for o in host.list_objects(bucket)] == ["k2"]
    assert host.delete_objects(bucket, []) == []
    with pytest.raises(InvalidInputError):
        host.delete_objects(bucket, "k2")


def test_connection_failure_is_typed(tmp_path: Path) -> None:
    with socket_closed_port() as port:
        h = Host(settings_for(f"http://127.0.0.1:{port}", max_retries=0, connect_timeout=2))
        with pytest.raises(StorageConnectionError, match="cannot reach the storage server"):
            h.list_buckets()
        with pytest.raises(StorageConnectionError):
            h.upload_object("some-bucket", "k", b"x")
        with pytest.raises(StorageConnectionError):
            h.download_object("some-bucket", "k", tmp_path / "k")
        assert not (tmp_path / "k").exists()


class socket_closed_port:
    """A port nothing listens on."""

    def __enter__(self) -> int:
        import socket

        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = int(s.getsockname()[1])
        s.close()
        return self.port

    def __exit__(self, *exc: object) -> None:
        return None


def test_invalid_bucket_name_is_invalid_input(host: Host) -> None:
    with pytest.raises(InvalidInputError, match="bucket"):
        host.create_bucket("ab")
    with pytest.raises(InvalidInputError):
        host.create_bucket("")


def _s3_error(code: str, status: int = 403) -> S3Error:
    from urllib3 import HTTPResponse

    return S3Error(
        response=HTTPResponse(status=status),
        code=code,
        message="msg",
        resource="/b/k",
        request_id="req-1",
        host_id="h",
        bucket_name="b",
        object_name="k",
    )


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("NoSuchBucket", BucketNotFoundError),
        ("NoSuchKey", ObjectNotFoundError),
        ("AccessDenied", StorageAccessDeniedError),
        ("InvalidAccessKeyId", StorageAccessDeniedError),
        ("SignatureDoesNotMatch", StorageAccessDeniedError),
        ("QuotaExceeded", StorageQuotaExceededError),
        ("SlowDown", StorageError),
    ],
)
def test_s3_error_codes_map_to_typed_errors(code: str, cls: type[StorageError]) -> None:
    err = translate(_s3_error(code))
    assert type(err) is cls
    assert isinstance(err, StorageError)
    assert (err.code, err.bucket, err.key, err.request_id, err.status_code) == (code, "b", "k", "req-1", 403)


def test_progress_callback_for_one_object(host: Host, bucket: str, tmp_path: Path) -> None:
    src = write_random(tmp_path / "p.bin", 12 * 1024 * 1024, seed=2)
    seen: list[TransferProgress] = []
    host.upload_object(bucket, "p.bin", src, progress=seen.append, options=small_options())
    assert seen[-1].file_bytes_done == seen[-1].file_bytes_total == 12 * 1024 * 1024
    assert seen[-1].bytes_done == seen[-1].bytes_total and seen[-1].files_done == seen[-1].files_total == 1
    assert len(seen) >= 3  # one per part at least
    down: list[TransferProgress] = []
    host.download_object(bucket, "p.bin", tmp_path / "p.out", progress=down.append)
    assert down[-1].bytes_done == 12 * 1024 * 1024 and down[-1].files_done == 1
    assert {p.bytes_total for p in down} == {12 * 1024 * 1024}  # known from the first chunk on
    assert [p.bytes_done for p in down] == sorted(p.bytes_done for p in down)


def test_progress_bar(host: Host, bucket: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    host.upload_object(bucket, "bar.bin", b"x" * 5000, progress="bar")
    assert "bar.bin" in capsys.readouterr().err


def test_progress_bar_without_tqdm_is_a_clear_error(
    host: Host, bucket: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    from qarnot_facade.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match=r"qarnot-facade\[progress\]"):
        host.upload_object(bucket, "bar.bin", b"x", progress="bar")
    with pytest.raises(InvalidInputError):
        host.upload_object(bucket, "bar.bin", b"x", progress="spinner")  # type: ignore[arg-type]


def test_transfer_options_are_validated() -> None:
    with pytest.raises(InvalidInputError):
        TransferOptions(part_size=1024)
    with pytest.raises(InvalidInputError):
        TransferOptions(workers=0)
    assert TransferOptions().part_size_for(200 * 1024**3) >= 200 * 1024**3 // 10_000
