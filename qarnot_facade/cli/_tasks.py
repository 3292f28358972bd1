"""``qarnot task ...``: create, run, wait for, inspect and manage tasks."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from qarnot_facade.cli._common import (
    TASKS,
    CommandFailed,
    ExitCode,
    client,
    done,
    emit_data,
    emit_id,
    emit_list,
    emit_many,
    emit_one,
    output_options,
    state,
    status,
    to_plain,
)
from qarnot_facade.cli._payload import build_payloads, constants_command, naming, payload_options
from qarnot_facade.errors import InvalidInputError, WaitTimeoutError

if TYPE_CHECKING:
    from qarnot_api.models import Task

    from qarnot_facade.client import Client
    from qarnot_facade.filters import Filter

F = TypeVar("F", bound=Callable[..., Any])

_FINAL_OK = {"success"}
_TASK_FLAGS = ("name", "shortname", "profile", "instances", "pool", "job", "result")


def _state_of(task: Task) -> str:
    value = getattr(task.state, "value", task.state)
    return str(value) if isinstance(value, str) else ""


def _timeout_option() -> Callable[[F], F]:
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        default=None,
        help="Give up after this many seconds (exit code 4); default: wait as long as it takes.",
    )


@click.group("task")
def task_group() -> None:
    """Create, run, wait for and manage tasks.

    \b
    Example:
      qarnot task run task.yaml --instances 4 --follow
    """


# ---------------------------------------------------------------------------------------------- create


@task_group.command("create")
@payload_options(*_TASK_FLAGS, resources=True)
@output_options
def task_create(file: str | None, **options: Any) -> None:
    """Submit a task (or a list of tasks) from FILE, in the API's CreateTaskPayload fields.

    FILE is JSON or YAML (- reads stdin); flags override its fields. Prints the new id(s).

    \b
    Example:
      qarnot task create task.yaml --name render-1 --constant DOCKER_CMD='blender -b scene.blend'
    """
    payloads = build_payloads("task", file, options, one_instance=True)
    facade = client()
    with naming(file):
        if len(payloads) == 1:
            emit_id(str(facade.create_task(payloads[0]).uuid), "task")  # create_task checks it is there
            return
        results = facade.create_tasks(payloads)
    if not state().quiet and state().output != "table":
        emit_data(to_plain(list(results)))
    else:
        for result in results:
            if result.uuid:
                click.echo(result.uuid)
    if not results.all_ok:
        raise CommandFailed(ExitCode.INVALID_INPUT, f"error: {results.summary()}")


# ---------------------------------------------------------------------------------------------- list/info


def _task_filter(names: Sequence[str], tags: Sequence[str], states: Sequence[str]) -> Filter | None:
    from qarnot_facade.filters import Field, tags_any

    parts: list[Filter] = []
    if names:
        parts.append(Field("Name").is_in(names) if len(names) > 1 else Field("Name") == names[0])
    if tags:
        parts.append(tags_any(tags))
    if states:
        parts.append(Field("State").is_in(states) if len(states) > 1 else Field("State") == states[0])
    if not parts:
        return None
    combined = parts[0]
    for part in parts[1:]:
        combined = combined & part
    return combined


def _selection_options(func: F) -> F:
    func = click.option("--state", "states", multiple=True, metavar="STATE", help="Tasks in this state.")(
        func
    )
    func = click.option("--tag", "tags", multiple=True, metavar="TAG", help="Tasks with this tag.")(func)
    return click.option("--name", "names", multiple=True, metavar="NAME", help="Tasks with this name.")(func)


@task_group.command("list")
@_selection_options
@output_options
def task_list(names: tuple[str, ...], tags: tuple[str, ...], states: tuple[str, ...]) -> None:
    """List tasks, optionally those with a name, any of the tags, or a state.

    \b
    Example:
      qarnot task list --tag nightly --state Failure -q | xargs qarnot task delete
    """
    emit_list(client().iter_tasks(filter=_task_filter(names, tags, states)), TASKS)


@task_group.command("info")
@click.argument("task_ids", nargs=-1, required=True, metavar="TASK...")
@output_options
def task_info(task_ids: tuple[str, ...]) -> None:
    """Show tasks (by uuid or shortname) with every field the API gives.

    \b
    Example:
      qarnot task info 1b5c4c4e-0000-4000-8000-000000000000 --output json
    """
    facade = client()
    emit_many([facade.get_task_information(tid) for tid in task_ids], TASKS)


# ---------------------------------------------------------------------------------------------- waiting


def _select(
    facade: Client, ids: Sequence[str], names: Sequence[str], tags: Sequence[str], states: Sequence[str]
) -> list[str]:
    selected = list(dict.fromkeys(ids))
    flt = _task_filter(names, tags, states)
    if flt is not None:
        for task in facade.iter_tasks(filter=flt):
            if task.uuid and task.uuid not in selected:
                selected.append(str(task.uuid))
    return selected


def _as_completed(facade: Client, ids: list[str], timeout: float | None) -> Iterator[Task]:
    """The tasks as they end, in the order they end.

    Uses the facade's ``as_completed`` when it has one (the many-tasks issue); before that, waits for the
    tasks one after the other with one shared deadline (``wait_for_task``), which gives the same results.
    """
    many = getattr(facade, "as_completed", None)
    if many is not None:
        yield from many(ids, timeout=timeout)
        return
    deadline = None if timeout is None else time.monotonic() + timeout
    for tid in ids:
        remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
        yield facade.wait_for_task(tid, timeout=remaining, poll_interval=0.5, max_poll_interval=5.0)


def _wait_all(facade: Client, ids: list[str], timeout: float | None) -> list[Task]:
    """Wait for every task in ``ids``; Ctrl-C and timeouts name the tasks still running."""
    finished: dict[str, Task] = {}
    try:
        with status(f"waiting for {len(ids)} task(s)") as update:
            for task in _as_completed(facade, ids, timeout):
                finished[str(task.uuid)] = task
                update(f"waiting: {len(finished)}/{len(ids)} finished (last: {task.uuid} {_state_of(task)})")
    except WaitTimeoutError:
        pending = [tid for tid in ids if tid not in finished]
        raise CommandFailed(
            ExitCode.TIMEOUT,
            f"timeout: {len(pending)} task(s) not finished after {timeout} s: {' '.join(pending)}",
        ) from None
    except KeyboardInterrupt:
        pending = [tid for tid in ids if tid not in finished]
        raise CommandFailed(
            ExitCode.INTERRUPTED,
            f"interrupted; still running: {' '.join(pending)}; they keep running: stop them with "
            f"'qarnot task abort {' '.join(pending)}'",
        ) from None
    by_id = {tid: finished[tid] for tid in ids if tid in finished}
    return [by_id[tid] for tid in ids if tid in by_id]


def _final_code(tasks: Sequence[Task]) -> None:
    bad = [t for t in tasks if _state_of(t).lower() not in _FINAL_OK]
    if bad:
        listed = ", ".join(f"{t.uuid} {_state_of(t)}" for t in bad)
        raise CommandFailed(ExitCode.TASK_FAILED, f"{len(bad)} task(s) did not succeed: {listed}")


@task_group.command("wait")
@click.argument("task_ids", nargs=-1, metavar="[TASK...]")
@_selection_options
@_timeout_option()
@output_options
def task_wait(
    task_ids: tuple[str, ...],
    names: tuple[str, ...],
    tags: tuple[str, ...],
    states: tuple[str, ...],
    timeout: float | None,
) -> None:
    """Wait until tasks end; exit 0 only when all succeeded (3: one failed or was cancelled).

    Tasks are given by id, or selected by --name, --tag (any of them) and --state (the
    selections combine: --tag a --state Submitted is the tasks tagged a still submitted).
    Prints the final tasks.

    \b
    Example:
      qarnot task wait --tag nightly --timeout 7200 -q
    """
    facade = client()
    ids = _select(facade, task_ids, names, tags, states)
    if not ids:
        if task_ids or names or tags or states:
            raise CommandFailed(ExitCode.NOT_FOUND, "error: no task matches the selection")
        raise click.UsageError("give task ids, or select tasks with --name, --tag or --state")
    tasks = _wait_all(facade, ids, timeout)
    emit_list(tasks, TASKS)
    _final_code(tasks)


# ---------------------------------------------------------------------------------------------- run


class _LinePrinter:
    """Writes output chunks as lines prefixed ``N> `` (N the instance), like the API's whole output."""

    def __init__(self) -> None:
        self._at_start: dict[tuple[int, str], bool] = {}

    def __call__(self, chunk: Any) -> None:
        stream = sys.stderr if chunk.stream == "stderr" else sys.stdout
        key = (int(chunk.instance_id), str(chunk.stream))
        pieces = []
        for line in str(chunk.text).splitlines(keepends=True):
            if self._at_start.get(key, True):
                pieces.append(f"{chunk.instance_id}> ")
            pieces.append(line)
            self._at_start[key] = line.endswith("\n")
        stream.write("".join(pieces))
        stream.flush()


def _print_output(facade: Client, task_id: str) -> None:
    for text, stream in (
        (facade.get_task_stdout(task_id), sys.stdout),
        (facade.get_task_stderr(task_id), sys.stderr),
    ):
        if text:
            stream.write(text if text.endswith("\n") else text + "\n")
            stream.flush()


@task_group.command("run")
@payload_options(*_TASK_FLAGS, resources=True)
@_timeout_option()
@click.option("--follow", "-f", is_flag=True, help="Stream stdout and stderr of every instance as they come.")
@output_options
def task_run(file: str | None, timeout: float | None, follow: bool, **options: Any) -> None:
    """Submit a task, wait for it, and print its output; exit 0 only on Success.

    Same FILE and flags as 'task create'. stdout of the task goes to stdout and its stderr to
    stderr (lines prefixed with the instance number). Exit code 3 when it ends in Failure or
    Cancelled, 4 on --timeout (the task keeps running; its id is printed).

    \b
    Example:
      qarnot task run --name hello --profile docker-batch --constant DOCKER_CMD='echo hello' -f
    """
    payloads = build_payloads("task", file, options, one_instance=True)
    if len(payloads) != 1:
        raise InvalidInputError(
            f"{file}: 'task run' takes one task; use 'task create' and 'task wait' for many"
        )
    facade = client()
    with naming(file):
        task_id = str(facade.create_task(payloads[0]).uuid)
    st = state()
    if not st.quiet:
        click.echo(f"qarnot: submitted task {task_id}", err=True)
    machine = st.quiet or st.output != "table"
    if follow and not machine:
        _follow(facade, task_id, timeout)
    tasks = _wait_all(facade, [task_id], timeout)
    task = tasks[0]
    if st.quiet:
        click.echo(task_id)
    elif machine:
        emit_one(task, TASKS)
    else:
        if not follow:
            _print_output(facade, task_id)
        click.echo(f"qarnot: task {task_id} {_state_of(task)}", err=True)
    _final_code(tasks)


def _follow(facade: Client, task_id: str, timeout: float | None) -> None:
    """Print the task's output as it comes (the facade's ``follow_task_output``)."""
    stream = getattr(facade, "follow_task_output", None)
    if stream is None:
        click.echo(
            "qarnot: this facade has no follow_task_output yet: the output is printed when the task ends",
            err=True,
        )
        _wait_all(facade, [task_id], timeout)
        _print_output(facade, task_id)
        return
    printer = _LinePrinter()
    try:
        for chunk in stream(task_id, timeout=timeout):
            printer(chunk)
    except WaitTimeoutError:
        raise CommandFailed(
            ExitCode.TIMEOUT, f"timeout: task {task_id} not finished after {timeout} s"
        ) from None
    except KeyboardInterrupt:
        raise CommandFailed(
            ExitCode.INTERRUPTED,
            f"interrupted; task {task_id} keeps running: stop it with 'qarnot task abort {task_id}'",
        ) from None


# ---------------------------------------------------------------------------------------------- actions


def _each(task_ids: Sequence[str], action: str, call: Any) -> None:
    for tid in task_ids:
        call(tid)
        done(f"{action} {tid}")


@task_group.command("abort")
@click.argument("task_ids", nargs=-1, required=True, metavar="TASK...")
def task_abort(task_ids: tuple[str, ...]) -> None:
    """Abort running tasks (they end Cancelled).

    \b
    Example:
      qarnot task list --state FullyExecuting -q | xargs qarnot task abort
    """
    _each(task_ids, "aborted task", client().abort_task)


@task_group.command("delete")
@click.argument("task_ids", nargs=-1, required=True, metavar="TASK...")
def task_delete(task_ids: tuple[str, ...]) -> None:
    """Delete tasks (a running task is stopped first by the platform).

    \b
    Example:
      qarnot task delete 1b5c4c4e-0000-4000-8000-000000000000
    """
    _each(task_ids, "deleted task", client().delete_task)


@task_group.command("update-resources")
@click.argument("task_ids", nargs=-1, required=True, metavar="TASK...")
def task_update_resources(task_ids: tuple[str, ...]) -> None:
    """Make running tasks download their resource buckets again.

    \b
    Example:
      qarnot task update-resources 1b5c4c4e-0000-4000-8000-000000000000
    """
    _each(task_ids, "resources updated for task", client().update_task_resources)


task_group.add_command(
    constants_command("task", lambda: (client().get_task_information, client().update_task))
)


@task_group.command("snapshot")
@click.argument("task_id", metavar="TASK")
@click.option("--periodic", type=click.IntRange(min=1), default=None, help="Every N seconds instead of once.")
@click.option("--whitelist", default=None, help="Regex of the files to include.")
@click.option("--blacklist", default=None, help="Regex of the files to leave out.")
@click.option("--bucket", default=None, help="Bucket receiving the snapshot.")
@click.option("--prefix", default=None, help="Key prefix in that bucket.")
@output_options
def task_snapshot(
    task_id: str,
    periodic: int | None,
    whitelist: str | None,
    blacklist: str | None,
    bucket: str | None,
    prefix: str | None,
) -> None:
    """Upload the task's current files to its result bucket, once or every N seconds.

    \b
    Example:
      qarnot task snapshot my-task --periodic 600
    """
    body: dict[str, Any] = {}
    for key, value in (
        ("whitelist", whitelist),
        ("blacklist", blacklist),
        ("bucket", bucket),
        ("bucketPrefix", prefix),
    ):
        if value is not None:
            body[key] = value
    facade = client()
    if periodic is not None:
        facade.create_task_periodic_snapshot(task_id, {"interval": periodic, **body})
        done(f"periodic snapshot every {periodic} s for task {task_id}")
        return
    snapshot = facade.create_task_unique_snapshot(task_id, body or None)
    emit_one(snapshot)


def _output_command(name: str, stream: str) -> click.Command:
    @click.command(name)
    @click.argument("task_id", metavar="TASK")
    @click.option("--instance", type=click.IntRange(min=0), default=None, help="Only this instance.")
    @click.option("--fresh", is_flag=True, help="Only what is new since the last --fresh read.")
    def command(task_id: str, instance: int | None, fresh: bool) -> None:
        facade = client()
        last = "last_" if fresh else ""
        if instance is None:
            text = getattr(facade, f"get_{last}task_{stream}")(task_id)
        else:
            text = getattr(facade, f"get_{last}task_instance_{stream}")(task_id, instance)
        sys.stdout.write(str(text))
        sys.stdout.flush()

    command.help = f"""Print the {stream} of a task (every instance, lines prefixed N>), or of one instance.

    \b
    Example:
      qarnot task {stream} my-task --instance 0
    """
    return command


task_group.add_command(_output_command("stdout", "stdout"))
task_group.add_command(_output_command("stderr", "stderr"))


@task_group.command("carbon-facts")
@click.argument("task_id", metavar="TASK")
@click.option("--datacenter", default=None, help="Datacenter to compare with.")
@output_options
def task_carbon_facts(task_id: str, datacenter: str | None) -> None:
    """The carbon footprint of a task, compared with a datacenter.

    \b
    Example:
      qarnot task carbon-facts 1b5c4c4e-0000-4000-8000-000000000000 --output yaml
    """
    emit_one(client().get_task_carbon_facts(task_id, comparison_datacenter=datacenter))


COMMANDS = [task_group]
