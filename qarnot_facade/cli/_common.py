"""What every command shares: exit codes, the client settings, and how results are printed.

Results go to stdout (a table, ``--output json|yaml``, or ids with ``-q``); messages and progress go
to stderr, and progress bars appear only when stderr is a terminal.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import enum
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from qarnot_facade import errors

if TYPE_CHECKING:
    from qarnot_facade.client import Client
    from qarnot_facade.config import QarnotConfig
    from qarnot_facade.storage import TransferProgress

F = TypeVar("F", bound=Callable[..., Any])


class ExitCode(enum.IntEnum):
    """The exit codes of ``qarnot`` (``qarnot --help`` prints this list)."""

    OK = 0
    ERROR = 1
    USAGE = 2
    TASK_FAILED = 3
    TIMEOUT = 4
    CONFIGURATION = 5
    AUTHENTICATION = 6
    NOT_FOUND = 7
    INVALID_INPUT = 8
    CONFLICT = 9
    QUOTA = 10
    UNAVAILABLE = 11
    INTERRUPTED = 130


EXIT_CODE_HELP: dict[ExitCode, str] = {
    ExitCode.OK: "success",
    ExitCode.ERROR: "any other error",
    ExitCode.USAGE: "bad command line (unknown option, missing argument)",
    ExitCode.TASK_FAILED: "task run / task wait: a task ended in Failure or Cancelled",
    ExitCode.TIMEOUT: "task run / task wait / pool wait: --timeout passed first",
    ExitCode.CONFIGURATION: "no token, or a bad setting or configuration file",
    ExitCode.AUTHENTICATION: "the token was refused (401), or access is forbidden (403)",
    ExitCode.NOT_FOUND: "no such task, pool, job, profile, secret, bucket or object (404)",
    ExitCode.INVALID_INPUT: "invalid input: a malformed file, a bad field, or a 400 from the API",
    ExitCode.CONFLICT: "the object is not in a state that allows this (409)",
    ExitCode.QUOTA: "a quota is reached or the credits ran out (402, 403 quota)",
    ExitCode.UNAVAILABLE: "the API or the storage could not be reached, timed out or failed (5xx, 429)",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
}

# most specific first: QuotaExceededError is a ForbiddenError, UnsafePathError a StorageError...
_ERROR_CODES: tuple[tuple[type[errors.QarnotError], ExitCode], ...] = (
    (errors.WaitTimeoutError, ExitCode.TIMEOUT),
    (errors.ConfigurationError, ExitCode.CONFIGURATION),
    (errors.QuotaExceededError, ExitCode.QUOTA),
    (errors.NotEnoughCreditsError, ExitCode.QUOTA),
    (errors.StorageQuotaExceededError, ExitCode.QUOTA),
    (errors.AuthenticationError, ExitCode.AUTHENTICATION),
    (errors.ForbiddenError, ExitCode.AUTHENTICATION),
    (errors.StorageAccessDeniedError, ExitCode.AUTHENTICATION),
    (errors.NotFoundError, ExitCode.NOT_FOUND),
    (errors.BucketNotFoundError, ExitCode.NOT_FOUND),
    (errors.ObjectNotFoundError, ExitCode.NOT_FOUND),
    (errors.InvalidInputError, ExitCode.INVALID_INPUT),
    (errors.ValidationError, ExitCode.INVALID_INPUT),
    (errors.UnsafePathError, ExitCode.INVALID_INPUT),
    (errors.ConflictError, ExitCode.CONFLICT),
    (errors.APIConnectionError, ExitCode.UNAVAILABLE),
    (errors.StorageConnectionError, ExitCode.UNAVAILABLE),
    (errors.ServerError, ExitCode.UNAVAILABLE),
    (errors.RateLimitError, ExitCode.UNAVAILABLE),
)


def exit_code_for(exc: errors.QarnotError) -> ExitCode:
    for cls, code in _ERROR_CODES:
        if isinstance(exc, cls):
            return code
    return ExitCode.ERROR


def one_line(text: str) -> str:
    """``text`` on one line (line breaks become ``; ``)."""
    return "; ".join(part.strip() for part in str(text).splitlines() if part.strip())


def describe_error(exc: errors.QarnotError) -> str:
    """The one-line message printed for a facade error (with the fields a 400 names)."""
    message = one_line(str(exc))
    if isinstance(exc, errors.ValidationError):
        missing = [
            f"{path or '(body)'}: {' / '.join(msgs)}"
            for path, msgs in sorted(exc.field_errors.items())
            if not all(msg in message for msg in msgs)
        ]
        if missing:
            message = f"{message} ({one_line(', '.join(missing))})"
    return message


def warn(message: str) -> None:
    """A message for people, on stderr (never mixed with results)."""
    click.echo(f"qarnot: {message}", err=True)


class CommandFailed(Exception):
    """Raised by a command to stop with ``code``, after printing ``message`` (one line) on stderr."""

    def __init__(self, code: int, message: str | None = None) -> None:
        super().__init__(message or str(code))
        self.code = code
        self.message = message


# --------------------------------------------------------------------------------------------------
# settings and the client
# --------------------------------------------------------------------------------------------------

CONFIG_FILE_ENV = "QARNOT_CONFIG_FILE"


def default_config_path() -> Path:
    """``$XDG_CONFIG_HOME/qarnot/qarnot.conf`` (``~/.config/qarnot/qarnot.conf``): read when it exists."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "qarnot" / "qarnot.conf"


@dataclass
class State:
    """The root command's options, shared by every sub-command through the click context."""

    config_file: Path | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    output: str = "table"
    quiet: bool = False
    limit: int | None = None
    _client: Client | None = None

    def config_path(self) -> Path | None:
        """The INI file to read: ``--config`` / ``$QARNOT_CONFIG_FILE``, else the default path if present."""
        if self.config_file is not None:
            return self.config_file
        path = default_config_path()
        return path if path.is_file() else None

    def config(self) -> QarnotConfig:
        """Arguments, then ``QARNOT_*`` variables, then the INI file: exactly the facade's precedence."""
        from qarnot_facade.config import QarnotConfig

        path = self.config_path()
        try:
            if path is None:
                return QarnotConfig.from_env(**self.overrides)
            return QarnotConfig.from_file(path, **self.overrides)
        except errors.ConfigurationError as exc:
            if not exc.message.startswith("no API token"):
                raise
            where = f"add [client] token to {path}" if path else "run 'qarnot config set --token-stdin'"
            raise errors.ConfigurationError(f"no API token: set QARNOT_CLIENT_TOKEN, or {where}") from None

    def client(self) -> Client:
        if self._client is None:
            from qarnot_facade.client import Client

            self._client = Client(self.config())
            ctx = click.get_current_context(silent=True)
            if ctx is not None:
                ctx.call_on_close(self._client.close)
        return self._client


def state() -> State:
    return click.get_current_context().ensure_object(State)


def client() -> Client:
    """The facade client of this invocation (built on first use, closed when the command ends)."""
    return state().client()


def complete_ids(kind: str) -> Callable[[click.Context, click.Parameter, str], list[Any]]:
    """Shell completion of ``kind`` ids (task, pool, job, bucket, profile) from the API, with their names.

    It reads the settings the command line gives (``--config``, ``--api-url``...); any error completes
    nothing, since a completion must never print one.
    """

    def complete(ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        root = ctx.find_root().params
        overrides = {
            name: root[option]
            for name, option in (
                ("api_url", "api_url"),
                ("storage_url", "storage_url"),
                ("email", "email"),
                ("timeout", "request_timeout"),
            )
            if root.get(option) is not None
        }
        try:
            facade = State(config_file=root.get("config_file"), overrides=overrides).client()
            pairs: list[tuple[str, str]]
            if kind == "task":
                pairs = [(str(t.uuid), str(t.name or "")) for t in facade.iter_tasks()]
            elif kind == "pool":
                pairs = [(str(p.uuid), str(p.name or "")) for p in facade.iter_pools()]
            elif kind == "job":
                pairs = [(str(j.uuid), str(j.name or "")) for j in facade.iter_jobs()]
            elif kind == "bucket":
                pairs = [(b.name, "") for b in facade.list_buckets()]
            else:
                pairs = [(name, "") for name in facade.list_profiles()]
        except Exception:
            return []
        return [
            CompletionItem(value, help=name or None) for value, name in pairs if value.startswith(incomplete)
        ]

    return complete


def _set_output(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(State).output = value


def _set_quiet(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.ensure_object(State).quiet = True


def _set_limit(ctx: click.Context, _param: click.Parameter, value: int | None) -> None:
    if value is not None:
        ctx.ensure_object(State).limit = value


def limit_option(func: F) -> F:
    """``--limit N`` on a list command: stop after N items (pages are fetched as they are needed)."""
    return click.option(
        "--limit",
        type=click.IntRange(min=1),
        default=None,
        expose_value=False,
        callback=_set_limit,
        help="Show at most N items (the first pages only are fetched).",
    )(func)


OUTPUT_CHOICES = ("table", "json", "yaml")


def output_options(func: F) -> F:
    """``-o/--output`` and ``-q/--quiet`` on a command (they may also be given before the verb)."""
    func = click.option(
        "-q",
        "--quiet",
        is_flag=True,
        default=False,
        expose_value=False,
        is_eager=True,
        callback=_set_quiet,
        help="Print only ids (one a line).",
    )(func)
    return click.option(
        "-o",
        "--output",
        type=click.Choice(OUTPUT_CHOICES),
        default=None,
        expose_value=False,
        is_eager=True,
        callback=_set_output,
        help="Output format: table (default), json or yaml (the API objects).",
    )(func)


# --------------------------------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------------------------------


def to_plain(value: Any) -> Any:
    """JSON-ready data: API models via ``to_dict()``, facade dataclasses field by field."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_plain(to_dict())
    if isinstance(value, enum.Enum):
        return to_plain(value.value)
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, Iterable) and not isinstance(value, bytes):
        return [to_plain(v) for v in value]
    return str(value)


@dataclass(frozen=True)
class View:
    """How a kind of object is shown: table columns (header, key of its plain form) and its id key."""

    columns: Sequence[tuple[str, str]]
    id_key: str


TASKS = View(
    (
        ("ID", "uuid"),
        ("NAME", "name"),
        ("STATE", "state"),
        ("PROFILE", "profile"),
        ("INSTANCES", "instanceCount"),
        ("CREATED", "creationDate"),
    ),
    "uuid",
)
POOLS = TASKS  # the same columns
JOBS = View(
    (("ID", "uuid"), ("NAME", "name"), ("STATE", "state"), ("POOL", "poolUuid"), ("CREATED", "creationDate")),
    "uuid",
)
BUCKETS = View((("NAME", "name"), ("CREATED", "creation_date")), "name")
OBJECTS = View((("KEY", "key"), ("SIZE", "size"), ("MODIFIED", "last_modified"), ("ETAG", "etag")), "key")
NAMES = View((("NAME", "name"),), "name")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def _console(*, stderr: bool = False) -> Any:
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    if stream.isatty():
        return Console(file=stream, highlight=False)
    # piped: no colours, no cropping to 80 columns
    return Console(file=stream, highlight=False, no_color=True, width=10_000, soft_wrap=True)


def emit_data(data: Any) -> None:
    """Print plain data in the chosen machine format (``json`` unless ``--output yaml``)."""
    if state().output == "yaml":
        import yaml

        click.echo(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), nl=False)
    else:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def emit_list(items: Iterable[Any], view: View) -> None:
    """Print a list of objects: a table, JSON/YAML (an array of the API objects), or ids (``-q``)."""
    st = state()
    rows = [to_plain(item) for item in itertools.islice(items, st.limit)]
    if st.quiet:
        for row in rows:
            click.echo(_cell(row.get(view.id_key) if isinstance(row, dict) else row))
        return
    if st.output != "table":
        emit_data(rows)
        return
    print_table(
        [header for header, _ in view.columns],
        [[_cell(row.get(key)) for _, key in view.columns] for row in rows],
    )


def emit_one(item: Any, view: View | None = None) -> None:
    """Print one object: a two-column table of its fields, JSON/YAML, or its id (``-q``)."""
    row = to_plain(item)
    st = state()
    if st.quiet and view is not None and isinstance(row, dict):
        click.echo(_cell(row.get(view.id_key)))
        return
    if st.output != "table" or not isinstance(row, dict):
        emit_data(row)
        return
    print_table(None, [[key, _cell(value)] for key, value in row.items()])


def emit_many(items: Sequence[Any], view: View) -> None:
    """Objects asked for by id: one is shown field by field, several as a list."""
    if len(items) == 1:
        emit_one(items[0], view)
    else:
        emit_list(items, view)


def print_table(headers: Sequence[str] | None, rows: Sequence[Sequence[str]]) -> None:
    """A table on stdout: drawn by rich on a terminal; plain columns (no colours, no trailing spaces)
    when piped, so ``grep`` and ``awk`` work."""
    if sys.stdout.isatty():
        from rich import box
        from rich.table import Table

        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, show_header=headers is not None)
        for header in headers or [""] * (len(rows[0]) if rows else 0):
            table.add_column(header, overflow="fold")
        for cells in rows:
            table.add_row(*cells)
        _console().print(table)
        return
    lines = ([list(headers)] if headers is not None else []) + [list(r) for r in rows]
    if not lines:
        return
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    for line in lines:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


def emit_id(value: str, what: str) -> None:
    """Print the id of something created: the id alone on stdout (or a JSON object with ``--output``)."""
    st = state()
    if st.output != "table" and not st.quiet:
        emit_data({"uuid": value} if what in ("task", "pool", "job") else {"name": value})
        return
    click.echo(value)


def done(message: str) -> None:
    """Confirm an action on stderr (unless ``-q``), so stdout stays for results."""
    if not state().quiet:
        click.echo(message, err=True)


# --------------------------------------------------------------------------------------------------
# progress (stderr, only when it is a terminal)
# --------------------------------------------------------------------------------------------------


def progress_enabled() -> bool:
    return sys.stderr.isatty() and not state().quiet


@contextmanager
def transfer_progress(description: str) -> Iterator[Callable[[TransferProgress], None] | None]:
    """A progress callback for the facade's transfers drawing a rich bar on stderr, or ``None``."""
    if not progress_enabled():
        yield None
        return
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=_console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=None)

        def update(p: TransferProgress) -> None:
            bar.update(
                task,
                completed=p.bytes_done,
                total=p.bytes_total,
                description=f"{description} {p.files_done}/{p.files_total} files",
            )

        yield update


@contextmanager
def status(message: str) -> Iterator[Callable[[str], None]]:
    """A spinner line on stderr while waiting (a no-op when stderr is not a terminal)."""
    if not progress_enabled():
        yield lambda _text: None
        return
    console = _console(stderr=True)
    with console.status(message) as live:
        yield lambda text: live.update(text)
