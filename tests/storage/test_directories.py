"""Directory transfers and syncs: plans, skipping, deletes on request, prefix boundary, path safety."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
import urllib3
from minio import Minio

from qarnot_facade.errors import InvalidInputError, StorageConnectionError, UnsafePathError
from qarnot_facade.storage import SyncReport, TransferProgress

from .helpers import Host, Proxy, settings_for, small_options, write_random

MiB = 1024 * 1024


def make_tree(root: Path, n: int) -> dict[str, bytes]:
    files = {}
    for i in range(n):
        rel = f"d{i % 10}/sub{i % 3}/file{i:04d}.txt"
        data = f"content of file {i}\n".encode() * (1 + i % 5)
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        files[rel] = data
    return files


def keys(host: Host, bucket: str, prefix: str = "") -> list[str]:
    return [o.key for o in host.list_objects(bucket, prefix)]


def object_bytes(host: Host, bucket: str, key: str) -> bytes:
    sink = io.BytesIO()
    host.download_object(bucket, key, sink)
    return sink.getvalue()


def test_sync_of_1000_small_files_then_nothing_to_do(host: Host, bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "src"
    files = make_tree(src, 1000)
    first = host.sync_to_bucket(bucket, src, "data")
    assert isinstance(first, SyncReport) and not first.dry_run
    assert len(first.uploaded) == 1000 and first.skipped == [] and first.deleted_remote == []
    assert sorted(keys(host, bucket)) == sorted(f"data/{rel}" for rel in files)
    second = host.sync_to_bucket(bucket, src, "data")
    assert second.uploaded == [] and len(second.skipped) == 1000 and not second.changed

    dest = tmp_path / "dest"
    down = host.sync_from_bucket(bucket, dest, "data")
    assert len(down.downloaded) == 1000
    for rel, data in files.items():
        assert (dest / rel).read_bytes() == data
    again = host.sync_from_bucket(bucket, dest, "data")
    assert again.downloaded == [] and len(again.skipped) == 1000


def test_dry_run_returns_the_plan_and_changes_nothing(host: Host, bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "src"
    make_tree(src, 6)
    host.sync_to_bucket(bucket, src, "p")
    (src / "d0/sub0/file0000.txt").write_bytes(b"changed!")  # other size
    (src / "d1/sub1/file0001.txt").write_bytes(b"content of file 1\n" * 2)  # ...
    (src / "d1/sub1/file0001.txt").write_bytes(b"CONTENT OF FILE 1\n" * 2)  # same size, other bytes
    (src / "new.txt").write_bytes(b"new")
    (src / "d2/sub2/file0002.txt").unlink()
    before = {o.key: o.etag for o in host.list_objects(bucket)}

    plan = host.sync_to_bucket(bucket, src, "p", delete=True, dry_run=True)
    assert plan.dry_run and plan.changed
    assert [a.key for a in plan.uploaded] == ["p/d0/sub0/file0000.txt", "p/d1/sub1/file0001.txt", "p/new.txt"]
    assert plan.deleted_remote == ["p/d2/sub2/file0002.txt"]
    assert len(plan.skipped) == 3
    assert plan.summary().startswith("would upload 3, would delete 1 remote, skip 3 unchanged (")
    assert {o.key: o.etag for o in host.list_objects(bucket)} == before

    done = host.sync_to_bucket(bucket, src, "p", delete=True)
    assert [a.key for a in done.uploaded] == [a.key for a in plan.uploaded]
    assert done.deleted_remote == plan.deleted_remote and not done.dry_run
    assert "p/d2/sub2/file0002.txt" not in keys(host, bucket)

    dest = tmp_path / "dest"
    plan_down = host.sync_from_bucket(bucket, dest, "p", dry_run=True)
    assert len(plan_down.downloaded) == 6 and not dest.exists()


def test_deletes_only_when_asked_and_never_outside_the_prefix(
    host: Host, bucket: str, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "keep.txt").write_bytes(b"keep")
    (src / "sub" / "gone.txt").write_bytes(b"gone")
    host.sync_to_bucket(bucket, src, "data")
    host.upload_object(bucket, "data2/neighbour.txt", b"not in the folder")
    host.upload_object(bucket, "datafile.txt", b"not in the folder either")
    host.upload_object(bucket, "other/x.txt", b"x")
    (src / "sub" / "gone.txt").unlink()

    no_delete = host.sync_to_bucket(bucket, src, "data")
    assert no_delete.deleted_remote == [] and "data/sub/gone.txt" in keys(host, bucket)

    report = host.sync_to_bucket(bucket, src, "data/", delete=True)
    assert report.deleted_remote == ["data/sub/gone.txt"]
    assert sorted(keys(host, bucket)) == [
        "data/keep.txt",
        "data2/neighbour.txt",
        "datafile.txt",
        "other/x.txt",
    ]

    # bucket -> local: only the folder "data" is fetched, local extras are deleted only on request
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "extra.txt").write_bytes(b"local only")
    fetched = host.sync_from_bucket(bucket, dest, "data")
    assert [a.key for a in fetched.downloaded] == ["data/keep.txt"]
    assert (dest / "extra.txt").exists() and not (dest / "neighbour.txt").exists()
    cleaned = host.sync_from_bucket(bucket, dest, "data", delete=True)
    assert cleaned.deleted_local == [dest / "extra.txt"]
    assert sorted(p.name for p in dest.iterdir()) == ["keep.txt"]


def test_object_uploaded_with_another_part_size_is_not_sent_again(
    host: Host, bucket: str, raw: Minio, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    big = write_random(src / "big.bin", 13 * MiB + 3, seed=11)
    other = write_random(src / "other.bin", 11 * MiB, seed=12)
    # another tool uploaded them with 6 MiB and 5 MiB parts (our default is 8 MiB)
    raw.fput_object(bucket_name=bucket, object_name="big.bin", file_path=str(big), part_size=6 * MiB)
    raw.fput_object(bucket_name=bucket, object_name="other.bin", file_path=str(other), part_size=5 * MiB)
    assert host.get_object_head(bucket, "big.bin").etag.endswith("-3")  # type: ignore[union-attr]
    report = host.sync_to_bucket(bucket, src)
    assert report.uploaded == [] and [a.key for a in report.skipped] == ["big.bin", "other.bin"]
    assert host.sync_from_bucket(bucket, src).downloaded == []

    # same size, different bytes: sent
    data = bytearray(big.read_bytes())
    data[7 * MiB] ^= 0xFF
    big.write_bytes(bytes(data))
    again = host.sync_to_bucket(bucket, src)
    assert [a.key for a in again.uploaded] == ["big.bin"]


def test_upload_and_download_directory(host: Host, bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "src"
    files = make_tree(src, 30)
    write_random(src / "large.bin", 11 * MiB, seed=13)
    progress: list[TransferProgress] = []
    report = host.upload_directory(
        bucket, src, "in", progress=progress.append, options=small_options(workers=4)
    )
    assert len(report.uploaded) == 31
    assert progress[-1].bytes_done == progress[-1].bytes_total == report.bytes_transferred
    assert progress[-1].files_done == progress[-1].files_total == 31
    again = host.upload_directory(bucket, src, "in")
    assert len(again.uploaded) == 31  # upload_directory sends everything

    dest = tmp_path / "dest"
    (dest / "d0" / "sub0").mkdir(parents=True)
    (dest / "d0" / "sub0" / "file0000.txt").write_bytes(b"old")
    down = host.download_directory(bucket, dest, "in", options=small_options())
    assert len(down.downloaded) == 31
    for rel, data in files.items():
        assert (dest / rel).read_bytes() == data
    assert (dest / "large.bin").read_bytes() == (src / "large.bin").read_bytes()
    assert not list(dest.rglob("*.part"))


def test_progress_callbacks_never_overlap(host: Host, bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "src"
    make_tree(src, 60)
    inside = threading.Lock()
    overlaps = 0
    calls = 0

    def callback(p: TransferProgress) -> None:
        nonlocal overlaps, calls
        if not inside.acquire(blocking=False):
            overlaps += 1
            return
        try:
            calls += 1
            for _ in range(2000):  # widen the window a concurrent call would hit
                pass
        finally:
            inside.release()

    host.upload_directory(bucket, src, progress=callback, options=small_options(workers=8))
    assert calls >= 60 and overlaps == 0


def test_windows_separators_become_slashes(host: Host, bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "a" / "b").mkdir(parents=True)
    (src / "a" / "b" / "c.txt").write_bytes(b"c")
    host.upload_directory(bucket, src, "root\\sub")
    assert keys(host, bucket) == ["root/sub/a/b/c.txt"]


def put_raw_key(s3_url: str, bucket: str, encoded_key: str, data: bytes = b"evil") -> None:
    """Store a key S3 clients refuse to send (``..`` segments) with a plain HTTP PUT (moto: no auth)."""
    resp = urllib3.PoolManager().request("PUT", f"{s3_url}/{bucket}/{encoded_key}", body=data)
    assert resp.status == 200


@pytest.mark.parametrize(
    ("encoded", "key"),
    [
        ("%2E%2E/escaped.txt", "../escaped.txt"),
        ("a/%2E%2E/%2E%2E/escaped.txt", "a/../../escaped.txt"),
        ("%2Fabsolute.txt", "/absolute.txt"),
        ("C%3A/windows.txt", "C:/windows.txt"),
        ("back%5C..%5Cslash.txt", "back\\..\\slash.txt"),
    ],
)
def test_unsafe_key_is_refused_and_nothing_is_written(
    host: Host, bucket: str, s3_url: str, tmp_path: Path, encoded: str, key: str
) -> None:
    host.upload_object(bucket, "good/one.txt", b"fine")
    put_raw_key(s3_url, bucket, encoded)
    assert key in keys(host, bucket)
    dest = tmp_path / "inner" / "dest"
    for method in (host.download_directory, host.sync_from_bucket):
        with pytest.raises(UnsafePathError) as info:
            method(bucket, dest)
        assert info.value.key == key and info.value.bucket == bucket
        assert "refusing" in str(info.value)
    # the whole plan is checked first: not even the safe file was written
    assert not dest.exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == []
    with pytest.raises(UnsafePathError):
        host.sync_from_bucket(bucket, dest, dry_run=True)


@pytest.mark.parametrize(("first", "second"), [("a/b", "a//b"), ("x", "x/y"), ("x/y", "x"), ("d/./f", "d/f")])
def test_two_keys_for_one_local_path_are_an_error(
    host: Host, bucket: str, s3_url: str, tmp_path: Path, first: str, second: str
) -> None:
    for k in (first, second):
        if "/./" in k:
            put_raw_key(s3_url, bucket, k.replace("/./", "/%2E/"))
        else:
            host.upload_object(bucket, k, k.encode())
    with pytest.raises(UnsafePathError, match=r"map to the same local|needs a folder"):
        host.download_directory(bucket, tmp_path / "dest")
    assert not (tmp_path / "dest").exists()


def test_symlinked_folder_inside_destination_cannot_lead_outside(
    host: Host, bucket: str, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "link").symlink_to(outside, target_is_directory=True)
    host.upload_object(bucket, "link/pwned.txt", b"x")
    with pytest.raises(UnsafePathError, match="outside"):
        host.sync_from_bucket(bucket, dest)
    assert list(outside.iterdir()) == []


def test_failed_transfer_in_a_directory_leaves_no_partial_file(
    host: Host, bucket: str, proxy: Proxy, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    write_random(src / "big.bin", 4 * MiB, seed=14)
    host.upload_directory(bucket, src)
    cut = Host(settings_for(proxy.url, max_retries=0))
    proxy.direction, proxy.cut_after = "down", 2 * MiB
    dest = tmp_path / "dest"
    with pytest.raises(StorageConnectionError):
        cut.download_directory(bucket, dest)
    assert list(dest.rglob("*")) == []


def test_bad_local_folder_arguments(host: Host, bucket: str, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="not a folder"):
        host.sync_to_bucket(bucket, tmp_path / "missing")
    f = tmp_path / "file"
    f.write_bytes(b"x")
    with pytest.raises(InvalidInputError, match="not a folder"):
        host.sync_from_bucket(bucket, f)
    with pytest.raises(InvalidInputError, match=r"\.\."):
        host.sync_to_bucket(bucket, tmp_path, "a/../b")


def test_a_local_file_where_a_folder_is_needed_is_refused_before_writing(
    host: Host, bucket: str, tmp_path: Path
) -> None:
    host.upload_object(bucket, "a.txt", b"a")
    host.upload_object(bucket, "x/y.txt", b"y")
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "x").write_bytes(b"a local file named x")
    with pytest.raises(InvalidInputError, match="needs a folder"):
        host.sync_from_bucket(bucket, dest)
    assert sorted(p.name for p in dest.iterdir()) == ["x"]


def test_empty_files_round_trip_and_stay_unchanged(host: Host, bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "empty.txt").write_bytes(b"")
    (src / "sub" / "also-empty").write_bytes(b"")
    assert len(host.sync_to_bucket(bucket, src).uploaded) == 2
    assert len(host.sync_to_bucket(bucket, src).skipped) == 2
    dest = tmp_path / "dest"
    assert len(host.sync_from_bucket(bucket, dest).downloaded) == 2
    assert (dest / "empty.txt").read_bytes() == b"" and (dest / "sub" / "also-empty").exists()
    assert len(host.sync_from_bucket(bucket, dest).skipped) == 2


def test_symlinked_folders_are_uploaded_unless_asked_not_to(host: Host, bucket: str, tmp_path: Path) -> None:
    shared = tmp_path / "shared-textures"
    (shared / "wood").mkdir(parents=True)
    (shared / "wood" / "oak.png").write_bytes(b"oak")
    src = tmp_path / "scene"
    (src / "assets").mkdir(parents=True)
    (src / "scene.blend").write_bytes(b"blend")
    (src / "assets" / "textures").symlink_to(shared, target_is_directory=True)
    (src / "assets" / "loop").symlink_to(src, target_is_directory=True)  # a link back up: cut, not walked
    (src / "dangling.txt").symlink_to(tmp_path / "missing")
    (src / "self").symlink_to(src / "self")  # a link to itself

    plan = host.upload_directory(bucket, src, "in", dry_run=True, follow_symlinks=False)
    assert [a.key for a in plan.uploaded] == ["in/scene.blend"]
    report = host.upload_directory(bucket, src, "in")
    assert [a.key for a in report.uploaded] == ["in/assets/textures/wood/oak.png", "in/scene.blend"]
    assert object_bytes(host, bucket, "in/assets/textures/wood/oak.png") == b"oak"

    # a sync that does not follow links would delete the linked files' objects only with delete=True
    kept = host.sync_to_bucket(bucket, src, "in", follow_symlinks=False)
    assert kept.deleted_remote == [] and [a.key for a in kept.skipped] == ["in/scene.blend"]
    plan = host.sync_to_bucket(bucket, src, "in", follow_symlinks=False, delete=True, dry_run=True)
    assert plan.deleted_remote == ["in/assets/textures/wood/oak.png"]


def test_unreadable_folder_stops_the_sync_before_anything_is_sent(
    host: Host, bucket: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    src = tmp_path / "src"
    (src / "locked").mkdir(parents=True)
    (src / "locked" / "a.txt").write_bytes(b"a")
    (src / "b.txt").write_bytes(b"b")
    host.upload_directory(bucket, src, "p")
    # chmod 000 does not stop root (as in CI containers), so the folder's scandir fails the same way
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    (src / "b.txt").write_bytes(b"changed")
    with pytest.raises(
        InvalidInputError,
        match=r"cannot read the folder .*locked.*Permission denied; to leave it out, pass exclude='locked'",
    ):
        host.sync_to_bucket(bucket, src, "p", delete=True)
    assert sorted(keys(host, bucket, "p/")) == ["p/b.txt", "p/locked/a.txt"]
    assert object_bytes(host, bucket, "p/b.txt") == b"b"
    # excluded, the folder is not read at all, and its objects are kept
    report = host.sync_to_bucket(bucket, src, "p", delete=True, exclude="locked")
    assert [a.key for a in report.uploaded] == ["p/b.txt"] and report.deleted_remote == []
    # downloads only look at local files to skip or delete them: an unreadable folder is left alone
    down = host.sync_from_bucket(bucket, src, "p", delete=True, dry_run=True)
    assert [a.key for a in down.downloaded] == ["p/locked/a.txt"] and down.deleted_local == []
    monkeypatch.undo()
    assert sorted(keys(host, bucket, "p/")) == ["p/b.txt", "p/locked/a.txt"]


def test_include_and_exclude_choose_files_and_what_they_leave_out_is_never_deleted(
    host: Host, bucket: str, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    for rel in ("scene.blend", "tex/a.png", "tex/a.png.tmp", "cache/x.bin", "sub/cache/y.bin", "notes.txt"):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_bytes(rel.encode())
    up = host.upload_directory(bucket, src, "in", exclude=["*.tmp", "cache"])
    assert [a.key for a in up.uploaded] == [
        "in/notes.txt",
        "in/scene.blend",
        "in/sub/cache/y.bin",
        "in/tex/a.png",
    ]
    only = host.upload_directory(
        bucket, src, "only", include=["tex", "*.blend"], exclude="*.tmp", dry_run=True
    )
    assert [a.key for a in only.uploaded] == ["only/scene.blend", "only/tex/a.png"]

    # objects the filter leaves out stay in the bucket even with delete=True
    host.upload_object(bucket, "in/old.tmp", b"kept: excluded")
    (src / "notes.txt").unlink()
    sync = host.sync_to_bucket(bucket, src, "in", exclude=["*.tmp", "cache"], delete=True)
    assert sync.deleted_remote == ["in/notes.txt"] and sync.uploaded == []
    assert "in/old.tmp" in keys(host, bucket, "in/")

    # downloads: only what is included is fetched; local files left out are not deleted
    dest = tmp_path / "dest"
    (dest / "tex").mkdir(parents=True)
    (dest / "tex" / "mine.psd").write_bytes(b"local work")
    (dest / "stale.blend").write_bytes(b"stale")
    down = host.sync_from_bucket(bucket, dest, "in", include=["tex", "*.blend"], exclude="*.psd", delete=True)
    assert [a.key for a in down.downloaded] == ["in/scene.blend", "in/tex/a.png"]
    assert down.deleted_local == [dest / "stale.blend"]
    assert (dest / "tex" / "mine.psd").read_bytes() == b"local work"
    assert not (dest / "sub").exists()
    assert [a.key for a in host.download_directory(bucket, dest, "in", exclude="*").downloaded] == []


@pytest.mark.parametrize("patterns", [5, [""], ["ok", None], ["/"]])
def test_bad_patterns_are_refused_before_anything_is_sent(
    host: Host, bucket: str, tmp_path: Path, patterns: object
) -> None:
    (tmp_path / "a.txt").write_bytes(b"a")
    with pytest.raises(InvalidInputError, match="include"):
        host.upload_directory(bucket, tmp_path, include=patterns)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="exclude"):
        host.download_directory(bucket, tmp_path / "d", exclude=patterns)  # type: ignore[arg-type]
    assert keys(host, bucket) == [] and not (tmp_path / "d").exists()


def test_objects_with_unequal_parts_are_not_sent_again(
    host: Host, bucket: str, raw: Minio, tmp_path: Path
) -> None:
    """Another tool cut the object into parts of 5, 7 and 3 MiB: no part-size guess reproduces its
    ETag, so the sync hashes the local file with the part sizes the server reports."""
    from .test_transfers import upload_irregular_parts

    src = tmp_path / "src"
    data = write_random(src / "odd.bin", 15 * MiB, seed=30).read_bytes()
    upload_irregular_parts(raw, bucket, "p/odd.bin", data, [5 * MiB, 7 * MiB, 3 * MiB])
    report = host.sync_to_bucket(bucket, src, "p")
    assert report.uploaded == [] and [a.key for a in report.skipped] == ["p/odd.bin"]
    back = host.sync_from_bucket(bucket, src, "p")
    assert back.downloaded == [] and len(back.skipped) == 1
    (src / "odd.bin").write_bytes(data[:-1] + b"!")  # same size, other content: sent
    assert [a.key for a in host.sync_to_bucket(bucket, src, "p").uploaded] == ["p/odd.bin"]
