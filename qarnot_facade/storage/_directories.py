"""Directory transfers and syncs: plan first (checked as a whole), then transfer in parallel.

* Unchanged files are skipped when size and digest match the object's ETag (computed the way the
  object was stored: plain MD5, or ``md5-of-part-md5s-N`` with the part size found from the ETag).
* A remote prefix is a folder: ``data`` means ``data/``, never ``data2/``.
* Deleting what the other side lacks happens only with ``delete=True``, and only after every transfer
  succeeded (a crash never leaves data missing).
* Downloads check the whole plan (unsafe keys, collisions) before writing anything.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from qarnot_facade.errors import InvalidInputError, StorageBatchDeleteError

from ._errors import storage_errors
from ._listing import list_pages
from ._models import FileAction, ObjectInfo, SyncReport
from ._paths import (
    KeyFilter,
    check_collisions,
    ensure_inside,
    local_target,
    normalize_prefix,
)
from ._progress import ProgressCallback, Tracker
from ._settings import TransferOptions
from ._transfer import (
    _file_matches_layout,
    _part_size_hint,
    _server_part_sizes,
    download_path,
    file_matches_etag,
    parse_etag,
    part_count,
    upload_path,
)

if TYPE_CHECKING:
    from minio import Minio

T = TypeVar("T")

TEMP_SUFFIX = ".part"
INLINE_COMPARE_BELOW = 128 * 1024  # smaller files are compared in the calling thread (see _split_by_digest)
_VANISHED = "vanished during the sync (left alone)"


def local_dir_arg(local_dir: str | os.PathLike[str], *, must_exist: bool) -> Path:
    path = Path(local_dir)
    if must_exist and not path.is_dir():
        raise InvalidInputError(f"{str(path)!r} is not a folder")
    if path.exists() and not path.is_dir():
        raise InvalidInputError(f"{str(path)!r} exists and is not a folder")
    return path.absolute()


def scan_local(
    root: Path, *, follow_links: bool = False, keys: KeyFilter | None = None, strict: bool = True
) -> dict[str, tuple[Path, int]]:
    """Regular files below ``root`` that ``keys`` takes, by relative key (``/`` separators).

    Symlinked files are followed. Symlinked folders are followed only with ``follow_links`` (their
    files get keys below the link's own path), and a link back to a folder being walked (a loop) is
    skipped. Folders that ``keys`` excludes are not read at all. A folder that cannot be read raises
    :class:`InvalidInputError` when ``strict`` (an upload would leave its files out, a sync would
    delete their objects); otherwise it is skipped.
    """
    out: dict[str, tuple[Path, int]] = {}

    # keys are built from the folder's key and each entry's name (no separator in it), and a Path is
    # made only for the files kept: pathlib per entry was most of the scan's time
    def walk(folder: str, rel_folder: str, ancestors: frozenset[tuple[int, int]]) -> None:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except FileNotFoundError:  # removed meanwhile
            return
        except OSError as exc:
            if not strict:
                return
            hint = f"; to leave it out, pass exclude={rel_folder.rstrip('/')!r}" if rel_folder else ""
            raise InvalidInputError(f"cannot read the folder {folder!r}: {exc.strerror}{hint}") from exc
        for entry in entries:
            try:
                st = entry.stat()  # follows links
            except FileNotFoundError:  # dangling symlink or removed meanwhile
                continue
            except OSError as exc:
                if entry.is_symlink() or not strict:  # a link to itself or a chain too long: broken
                    continue
                raise InvalidInputError(f"cannot read {entry.path!r}: {exc.strerror}") from exc
            rel = rel_folder + entry.name
            if stat.S_ISDIR(st.st_mode):
                ident = (st.st_dev, st.st_ino)
                if (entry.is_symlink() and not follow_links) or ident in ancestors:
                    continue
                if keys is None or not keys.excludes(rel):
                    walk(entry.path, rel + "/", ancestors | {ident})
            elif stat.S_ISREG(st.st_mode) and (keys is None or keys(rel)):
                out[rel] = (Path(entry.path), st.st_size)

    top = root.stat()
    walk(str(root), "", frozenset({(top.st_dev, top.st_ino)}))
    return out


def list_remote(mc: Minio, bucket: str, prefix: str) -> dict[str, ObjectInfo]:
    """Objects below the folder ``prefix`` (directory markers ending with ``/`` left out)."""
    out: dict[str, ObjectInfo] = {}
    with storage_errors(bucket=bucket):
        for page in list_pages(mc, bucket, prefix):
            for obj in page:
                if not obj.is_dir and obj.key.startswith(prefix):
                    out[obj.key] = obj
    return out


def same_content(mc: Minio, path: Path, size: int, remote: ObjectInfo, options: TransferOptions) -> bool:
    """True when the local file and the object hold the same bytes (size first, then the ETag digest)."""
    if size != remote.size:
        return False
    parsed = parse_etag(remote.etag)
    if parsed is None:
        return False  # not an MD5 ETag: cannot prove it is unchanged, so transfer it
    preferred: list[int] = []
    count = parsed[1]
    if count is not None:
        configured = options.part_size_for(size)
        if part_count(size, configured) == count:
            preferred.append(configured)
        else:
            hint = _part_size_hint(mc, remote.bucket, remote.key, size, remote.etag)
            if hint is not None:
                preferred.append(hint)
    if file_matches_etag(path, size, remote.etag, preferred, options.chunk_size):
        return True
    if count is None or count < 2:
        return False
    # a part layout the guesses above missed (unequal parts, or an unusual size): hash the file with
    # the part sizes the server reports
    sizes = _server_part_sizes(mc, remote.bucket, remote.key, count, options.max_concurrency)
    if sizes is None or sum(sizes) != size:
        return False
    return _file_matches_layout(path, sizes, f"{parsed[0]}-{count}", options.chunk_size)


def run_parallel(items: Sequence[T], work: Callable[[T], None], workers: int) -> None:
    """Run ``work`` on every item with ``workers`` threads (at most ``2 * workers`` queued); stop
    scheduling at the first failure and raise it once the running ones have finished."""
    if not items:
        return
    if workers == 1 or len(items) == 1:
        for item in items:
            work(item)
        return
    failures: list[BaseException] = []
    with ThreadPoolExecutor(max_workers=min(workers, len(items)), thread_name_prefix="qf-file") as pool:
        running: set[Future[None]] = set()
        for item in items:
            if failures:
                break
            running.add(pool.submit(work, item))
            if len(running) >= workers * 2:
                done, pending = wait(running, return_when=FIRST_COMPLETED)
                running = set(pending)
                failures.extend(e for e in (f.exception() for f in done) if e is not None)
        wait(running)
        failures.extend(e for e in (f.exception() for f in running) if e is not None)
    if failures:
        raise failures[0]


def delete_keys(
    mc: Minio, bucket: str, keys: Iterable[str | tuple[str, str | None]], *, what: str = "delete"
) -> list[str]:
    """Delete keys (or ``(key, version_id)`` pairs) in batches of 1000; raise
    :class:`StorageBatchDeleteError` listing every failed key (the others are deleted)."""
    from minio.deleteobjects import DeleteObject

    wanted = list(dict.fromkeys((k, None) if isinstance(k, str) else k for k in keys))
    if not wanted:
        return []
    failures: dict[str, tuple[str, str]] = {}
    with storage_errors(bucket=bucket):
        errors = mc.remove_objects(
            bucket_name=bucket, delete_object_list=(DeleteObject(name=k, version_id=v) for k, v in wanted)
        )
        for err in errors:
            failures[err.name or "?"] = (err.code or "Unknown", err.message or "")
    deleted = list(dict.fromkeys(k for k, _ in wanted if k not in failures))
    if failures:
        first = ", ".join(f"{k!r}: {c}" for k, (c, _) in list(failures.items())[:5])
        raise StorageBatchDeleteError(
            f"{what}: {len(failures)} of {len(wanted)} deletes failed in bucket {bucket!r} ({first})",
            failures=failures,
            deleted=deleted,
            code="BatchDeleteFailed",
            bucket=bucket,
        )
    return deleted


# ---------------------------------------------------------------------------------------- to bucket


def plan_to_bucket(
    mc: Minio,
    bucket: str,
    local_dir: Path,
    prefix: str,
    *,
    compare: bool,
    delete: bool,
    dry_run: bool,
    options: TransferOptions,
    follow_links: bool = True,
    keys: KeyFilter | None = None,
) -> SyncReport:
    prefix = normalize_prefix(prefix)
    report = SyncReport(
        direction="upload", bucket=bucket, prefix=prefix, local_dir=local_dir, dry_run=dry_run
    )
    local = scan_local(local_dir, follow_links=follow_links, keys=keys)
    remote = list_remote(mc, bucket, prefix) if (compare or delete) else {}
    if keys:  # what the filter leaves out is not sent, compared or deleted
        remote = {k: v for k, v in remote.items() if keys(k[len(prefix) :])}
    candidates: list[tuple[str, Path, int, ObjectInfo]] = []
    for rel, (path, size) in local.items():
        key = prefix + rel
        obj = remote.get(key)
        if obj is None:
            report.uploaded.append(FileAction(key, path, size, "missing in bucket"))
        elif not compare:
            report.uploaded.append(FileAction(key, path, size, "upload_directory sends every file"))
        elif obj.size != size:
            report.uploaded.append(FileAction(key, path, size, f"size differs ({obj.size} in bucket)"))
        else:
            candidates.append((key, path, size, obj))
    _split_by_digest(
        mc, candidates, report.uploaded, report.skipped, options, vanished=(report.skipped, _VANISHED)
    )
    if delete:
        wanted = {prefix + rel for rel in local}
        report.deleted_remote = sorted(k for k in remote if k not in wanted)
    report.uploaded.sort(key=lambda a: a.key)
    report.skipped.sort(key=lambda a: a.key)
    return report


def _split_by_digest(
    mc: Minio,
    candidates: list[tuple[str, Path, int, ObjectInfo]],
    changed: list[FileAction],
    unchanged: list[FileAction],
    options: TransferOptions,
    *,
    vanished: tuple[list[FileAction], str] | None = None,
) -> None:
    """Sort candidates into changed/unchanged by digest; a local file that vanished meanwhile goes to
    ``vanished`` (a list and the reason), or counts as changed (a download fetches it again)."""
    results: dict[str, bool | None] = {}

    def check(c: tuple[str, Path, int, ObjectInfo]) -> None:
        key, path, size, obj = c
        try:
            results[key] = same_content(mc, path, size, obj, options)
        except FileNotFoundError:
            results[key] = None

    # a thread per small file costs more than hashing it (a pool task is ~80 us of switching, 4 KiB
    # hash in ~10 us): small files are compared here, one after the other, large ones in parallel
    small = [c for c in candidates if c[2] < INLINE_COMPARE_BELOW]
    for c in small:
        check(c)
    run_parallel([c for c in candidates if c[2] >= INLINE_COMPARE_BELOW], check, options.workers)
    for key, path, size, _ in candidates:
        if results[key] is None and vanished is not None:
            vanished[0].append(FileAction(key, path, size, vanished[1]))
        elif results[key]:
            unchanged.append(FileAction(key, path, size, "unchanged (size and digest match)"))
        else:
            changed.append(FileAction(key, path, size, "content differs"))


def execute_to_bucket(
    mc: Minio, report: SyncReport, options: TransferOptions, callback: ProgressCallback | None
) -> SyncReport:
    if report.dry_run:
        return report
    tracker = Tracker(
        callback, bytes_total=sum(a.size for a in report.uploaded), files_total=len(report.uploaded)
    )

    def send(a: FileAction) -> None:
        ft = tracker.file(a.key, a.size)
        upload_path(mc, report.bucket, a.key, a.path, options, content_type=None, metadata=None, ftrack=ft)
        ft.finish()

    run_parallel(report.uploaded, send, options.workers)
    if report.deleted_remote:  # only after every upload succeeded
        delete_keys(mc, report.bucket, report.deleted_remote)
    return report


# -------------------------------------------------------------------------------------- from bucket


def plan_from_bucket(
    mc: Minio,
    bucket: str,
    local_dir: Path,
    prefix: str,
    *,
    compare: bool,
    delete: bool,
    dry_run: bool,
    options: TransferOptions,
    folder_prefix: bool = True,
    keys: KeyFilter | None = None,
) -> SyncReport:
    prefix = normalize_prefix(prefix) if folder_prefix else prefix
    report = SyncReport(
        direction="download", bucket=bucket, prefix=prefix, local_dir=local_dir, dry_run=dry_run
    )
    remote = list_remote(mc, bucket, prefix)
    if keys:  # what the filter leaves out is not fetched, compared or deleted
        remote = {k: v for k, v in remote.items() if keys(k[len(prefix) :])}
    # the whole plan is checked before anything is written
    targets = [(key, local_target(local_dir, key, prefix, bucket=bucket)) for key in sorted(remote)]
    check_collisions(targets, bucket=bucket)
    # local files only decide skips and deletes: a folder that cannot be read is left alone
    local = scan_local(local_dir, keys=keys, strict=False) if local_dir.is_dir() else {}
    local_paths = {os.path.normcase(str(p)): (p, size) for p, size in local.values()}
    candidates: list[tuple[str, Path, int, ObjectInfo]] = []
    folders_ok: set[Path] = set()
    for key, target in targets:
        obj = remote[key]
        _check_local_folders(local_dir, target, key, folders_ok)
        existing = local_paths.get(os.path.normcase(str(target)))
        if existing is None:
            if target.exists() and not target.is_file():
                raise InvalidInputError(f"{str(target)!r} exists and is not a file (key {key!r})")
            report.downloaded.append(FileAction(key, target, obj.size, "missing locally"))
        elif not compare:
            report.downloaded.append(
                FileAction(key, target, obj.size, "download_directory fetches every object")
            )
        elif existing[1] != obj.size:
            report.downloaded.append(
                FileAction(key, target, obj.size, f"size differs ({existing[1]} locally)")
            )
        else:
            candidates.append((key, target, obj.size, obj))
    _split_by_digest(mc, candidates, report.downloaded, report.skipped, options)
    if delete:
        wanted = {os.path.normcase(str(t)) for _, t in targets}
        report.deleted_local = sorted(p for n, (p, _) in local_paths.items() if n not in wanted)
    report.downloaded.sort(key=lambda a: a.key)
    report.skipped.sort(key=lambda a: a.key)
    return report


def _check_local_folders(root: Path, target: Path, key: str, ok: set[Path]) -> None:
    """Every folder on the way to ``target`` must be a folder (or not exist yet)."""
    for parent in target.parents:
        if parent == root or parent in ok:
            return
        if parent.exists() and not parent.is_dir():
            raise InvalidInputError(f"{str(parent)!r} is a file but key {key!r} needs a folder there")
        ok.add(parent)


def execute_from_bucket(
    mc: Minio, report: SyncReport, options: TransferOptions, callback: ProgressCallback | None
) -> SyncReport:
    if report.dry_run:
        return report
    tracker = Tracker(
        callback, bytes_total=sum(a.size for a in report.downloaded), files_total=len(report.downloaded)
    )
    root = report.local_dir

    def fetch(a: FileAction) -> None:
        ft = tracker.file(a.key, a.size)
        # re-checked right before writing: a symlink created meanwhile must not lead outside
        download_path(
            mc,
            report.bucket,
            a.key,
            a.path,
            options,
            ft,
            before_write=lambda: ensure_inside(root, a.path, key=a.key, bucket=report.bucket),
            size_hint=a.size,
        )
        ft.finish()

    root.mkdir(parents=True, exist_ok=True)
    run_parallel(report.downloaded, fetch, options.workers)
    for path in report.deleted_local:  # only after every download succeeded
        ensure_inside(root, path)
        path.unlink(missing_ok=True)
    return report
