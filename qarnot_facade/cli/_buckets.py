"""``qarnot bucket ...``: the account's S3 buckets (the facade's bucket methods)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from qarnot_facade.cli._common import (
    BUCKETS,
    OBJECTS,
    CommandFailed,
    ExitCode,
    client,
    complete_ids,
    done,
    emit_data,
    emit_list,
    limit_option,
    output_options,
    state,
    to_plain,
    transfer_progress,
)
from qarnot_facade.errors import StorageError

if TYPE_CHECKING:
    from qarnot_facade.storage import SyncReport


@click.group("bucket")
def bucket_group() -> None:
    """Create buckets, move files in and out, and keep folders in sync.

    \b
    Example:
      qarnot bucket sync-to inputs ./scene --prefix shot-1
    """


def _filters(func: Any) -> Any:
    func = click.option(
        "--exclude", multiple=True, metavar="GLOB", help="Leave out matching paths (repeatable)."
    )(func)
    return click.option("--include", multiple=True, metavar="GLOB", help="Only matching paths (repeatable).")(
        func
    )


def _report(report: SyncReport) -> None:
    """A transfer's report: its summary on stderr; the file lists on stdout with --output/-q."""
    st = state()
    if st.quiet:
        for action in (*report.uploaded, *report.downloaded):
            click.echo(action.key)
        return
    if st.output != "table":
        emit_data(to_plain(report))
        return
    click.echo(report.summary())


@bucket_group.command("create")
@click.argument("buckets", nargs=-1, required=True, metavar="BUCKET...")
def bucket_create(buckets: tuple[str, ...]) -> None:
    """Create buckets (an existing one is fine).

    \b
    Example:
      qarnot bucket create inputs outputs
    """
    facade = client()
    for bucket in buckets:
        facade.create_bucket(bucket)
        done(f"bucket {bucket} ready")


@bucket_group.command("list")
@limit_option
@click.argument("bucket", required=False, shell_complete=complete_ids("bucket"))
@click.option("--prefix", default="", help="With BUCKET: only keys below this folder.")
@output_options
def bucket_list(bucket: str | None, prefix: str) -> None:
    """List the buckets, or with BUCKET the objects in it.

    \b
    Example:
      qarnot bucket list outputs --prefix frames/ -q
    """
    facade = client()
    if bucket is None:
        emit_list(facade.list_buckets(), BUCKETS)
    else:
        emit_list(facade.list_objects(bucket, prefix), OBJECTS)


@bucket_group.command("put")
@click.argument("bucket", shell_complete=complete_ids("bucket"))
@click.argument(
    "paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path), metavar="PATH..."
)
@click.option("--prefix", default="", help="Folder in the bucket receiving the files.")
@_filters
@output_options
def bucket_put(
    bucket: str, paths: tuple[Path, ...], prefix: str, include: tuple[str, ...], exclude: tuple[str, ...]
) -> None:
    """Upload files and folders (a folder's content goes below PREFIX/its-name).

    \b
    Example:
      qarnot bucket put inputs scene.blend textures/ --prefix shot-1
    """
    facade = client()
    base = prefix.strip("/")
    for path in paths:
        key = "/".join(p for p in (base, path.resolve().name) if p)
        with transfer_progress(f"upload {path}") as progress:
            if path.is_dir():
                _report(
                    facade.upload_directory(
                        bucket, path, key, include=include or None, exclude=exclude or None, progress=progress
                    )
                )
            else:
                info = facade.upload_object(bucket, key, path, progress=progress)
                if state().quiet:
                    click.echo(info.key)
                elif state().output != "table":
                    emit_data(to_plain(info))
                else:
                    click.echo(f"uploaded {path} -> {bucket}/{info.key} ({info.size} bytes)")


@bucket_group.command("get")
@click.argument("bucket", shell_complete=complete_ids("bucket"))
@click.argument("key")
@click.argument("dest", required=False, type=click.Path(path_type=Path))
@_filters
@output_options
def bucket_get(
    bucket: str, key: str, dest: Path | None, include: tuple[str, ...], exclude: tuple[str, ...]
) -> None:
    """Download an object, or every object below KEY/ when KEY ends with /, to DEST (default: here).

    \b
    Example:
      qarnot bucket get outputs frames/ ./frames
    """
    facade = client()
    target = dest if dest is not None else Path(".")
    with transfer_progress(f"download {bucket}/{key}") as progress:
        if key.endswith("/"):
            _report(
                facade.download_directory(
                    bucket, target, key, include=include or None, exclude=exclude or None, progress=progress
                )
            )
            return
        written = facade.download_object(bucket, key, target, progress=progress)
    if state().quiet:
        click.echo(str(written))
    elif state().output != "table":
        emit_data({"bucket": bucket, "key": key, "path": str(written)})
    else:
        click.echo(f"downloaded {bucket}/{key} -> {written}")


def _sync_options(func: Any) -> Any:
    func = _filters(func)
    func = click.option("--dry-run", is_flag=True, help="Print the plan, change nothing.")(func)
    func = click.option("--delete", is_flag=True, help="Also delete what the source does not have.")(func)
    return click.option("--prefix", default="", help="Folder in the bucket.")(func)


def _sync_command(name: str, upload: bool) -> click.Command:
    folder_type = click.Path(exists=upload, file_okay=False, path_type=Path)

    @click.command(name)
    @click.argument("bucket", shell_complete=complete_ids("bucket"))
    @click.argument("folder", type=folder_type)
    @_sync_options
    @output_options
    def command(
        bucket: str,
        folder: Path,
        prefix: str,
        delete: bool,
        dry_run: bool,
        include: tuple[str, ...],
        exclude: tuple[str, ...],
    ) -> None:
        facade = client()
        sync = facade.sync_to_bucket if upload else facade.sync_from_bucket
        with transfer_progress(f"sync {folder if upload else bucket}") as progress:
            report = sync(
                bucket,
                folder,
                prefix,
                delete=delete,
                dry_run=dry_run,
                include=include or None,
                exclude=exclude or None,
                progress=progress,
            )
        _report(report)

    return command


bucket_sync_to = _sync_command("sync-to", upload=True)
bucket_sync_to.help = """Make PREFIX in BUCKET hold FOLDER's files (unchanged files are skipped).

    \b
    Example:
      qarnot bucket sync-to inputs ./scene --prefix shot-1 --exclude '*.tmp' --delete
    """
bucket_sync_from = _sync_command("sync-from", upload=False)
bucket_sync_from.help = """Make FOLDER hold the objects below PREFIX in BUCKET (unchanged files are skipped).

    \b
    Example:
      qarnot bucket sync-from outputs ./results --prefix frames
    """
bucket_group.add_command(bucket_sync_to)
bucket_group.add_command(bucket_sync_from)


@bucket_group.command("delete")
@click.argument("bucket", shell_complete=complete_ids("bucket"))
@click.argument("keys", nargs=-1, metavar="[KEY...]")
@click.option("--force", is_flag=True, help="Delete the bucket even when it holds objects.")
def bucket_delete(bucket: str, keys: tuple[str, ...], force: bool) -> None:
    """Delete a bucket, or with KEYs only those objects.

    \b
    Example:
      qarnot bucket delete outputs frames/0001.png
      qarnot bucket delete scratch --force
    """
    facade = client()
    if keys:
        for key in facade.delete_objects(bucket, list(keys)):
            done(f"deleted {bucket}/{key}")
        return
    try:
        facade.delete_bucket(bucket, force=force)
    except StorageError as exc:
        if exc.code != "BucketNotEmpty":
            raise
        raise CommandFailed(
            ExitCode.CONFLICT, f"error: bucket {bucket!r} is not empty: add --force to delete its objects too"
        ) from None
    done(f"deleted bucket {bucket}")


COMMANDS = [bucket_group]
