"""``qarnot task ...``: create, run, wait for, inspect and manage tasks."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from qarnot_facade.cli._common import (
    TASKS,
    CommandFailed,
    ExitCode,
    client,
    complete_ids,
    done,
    emit_data,
    emit_id,
    emit_list,
    emit_many,
    emit_one,
    limit_option,
    output_options,
    state,
    status,
    to_plain,
    transfer_progress,
)
from qarnot_facade.cli._payload import build_payloads, constants_command, naming, payload_options
from qarnot_facade.errors import InvalidInputError, WaitTimeoutError

if TYPE_CHECKING:
    from qarnot_api.models import Task

    from qarnot_facade import OutputChunk
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


def _states(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[str]:
    """The task states the spec knows (the API may add others: any text is accepted)."""
    from qarnot_api.models import TaskState

    return [s.value for s in TaskState if s.value.lower().startswith(incomplete.lower())]


def _selection_options(func: F) -> F:
    func = click.option(
        "--state",
        "states",
        multiple=True,
        metavar="STATE",
        help="Tasks in this state.",
        shell_complete=_states,
    )(func)
    func = click.option("--tag", "tags", multiple=True, metavar="TAG", help="Tasks with this tag.")(func)
    return click.option("--name", "names", multiple=True, metavar="NAME", help="Tasks with this name.")(func)


@task_group.command("list")
@limit_option
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
@click.argument("task_ids", nargs=-1, required=True, metavar="TASK...", shell_complete=complete_ids("task"))
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


def _selected(
    facade: Client, ids: Sequence[str], names: Sequence[str], tags: Sequence[str], states: Sequence[str]
) -> list[str]:
    """The selected task ids; none given is a usage error, none matching a not-found one."""
    if not (ids or names or tags or states):
        raise click.UsageError("give task ids, or select tasks with --name, --tag or --state")
    selected = _select(facade, ids, names, tags, states)
    if not selected:
        raise CommandFailed(ExitCode.NOT_FOUND, "error: no task matches the selection")
    return selected


def _wait_all(facade: Client, ids: list[str], timeout: float | None) -> list[Task]:
    """Wait for every task in ``ids`` (the facade's ``as_completed``); return them in the order of ``ids``.

    A timeout and Ctrl-C name the tasks still running and how to abort them.
    """
    finished: dict[str, Task] = {}
    try:
        with status(f"waiting for {len(ids)} task(s)") as update:
            for task in facade.as_completed(ids, timeout=timeout):
                finished[str(task.uuid)] = task
                update(f"waiting: {len(finished)}/{len(ids)} finished (last: {task.uuid} {_state_of(task)})")
    except WaitTimeoutError as exc:
        raise _timed_out(exc, [tid for tid in ids if tid not in finished], timeout) from None
    except KeyboardInterrupt:
        raise _interrupted([tid for tid in ids if tid not in finished]) from None
    by_id = {**finished, **{str(task.shortname): task for task in finished.values() if task.shortname}}
    return [by_id[tid] for tid in ids if tid in by_id]


def _timed_out(exc: WaitTimeoutError, pending: Sequence[str], timeout: float | None) -> CommandFailed:
    running = list(exc.task_ids or pending)
    ids = " ".join(running)
    return CommandFailed(
        ExitCode.TIMEOUT,
        f"timeout: {len(running)} task(s) not finished after {timeout} s: {ids} "
        f"(they keep running; stop them with 'qarnot task abort {ids}')",
    )


def _interrupted(pending: Sequence[str]) -> CommandFailed:
    ids = " ".join(pending)
    return CommandFailed(
        ExitCode.INTERRUPTED,
        f"interrupted; still running: {ids} (they keep running; stop them with 'qarnot task abort {ids}')",
    )


def _final_code(tasks: Sequence[Task]) -> None:
    bad = [t for t in tasks if _state_of(t).lower() not in _FINAL_OK]
    if bad:
        listed = ", ".join(f"{t.uuid} {_state_of(t)}" for t in bad)
        raise CommandFailed(ExitCode.TASK_FAILED, f"{len(bad)} task(s) did not succeed: {listed}")


@task_group.command("wait")
@click.argument("task_ids", nargs=-1, metavar="[TASK...]", shell_complete=complete_ids("task"))
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
    tasks = _wait_all(facade, _selected(facade, task_ids, names, tags, states), timeout)
    emit_list(tasks, TASKS)
    _final_code(tasks)


# ---------------------------------------------------------------------------------------------- run


class _LinePrinter:
    """Writes output chunks as lines prefixed ``N> `` (N the instance), like the API's whole output."""

    def __init__(self) -> None:
        self._at_start: dict[tuple[int, str], bool] = {}

    def __call__(self, chunk: OutputChunk) -> None:
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
@click.option(
    "--download",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="DIR",
    help="When it ends, fetch its result bucket into DIR (unchanged files are skipped).",
)
@output_options
def task_run(
    file: str | None, timeout: float | None, follow: bool, download: Path | None, **options: Any
) -> None:
    """Submit a task, wait for it, and print its output; exit 0 only on Success.

    Same FILE and flags as 'task create'. stdout of the task goes to stdout and its stderr to
    stderr (lines prefixed with the instance number). Exit code 3 when it ends in Failure or
    Cancelled, 4 on --timeout (the task keeps running; its id is printed).

    \b
    Example:
      qarnot task run --name hello --profile docker-batch --constant DOCKER_CMD='echo hello' -f
      qarnot task run render.yaml --result frames --download ./frames
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
    try:
        if follow and not machine:
            _follow(facade, task_id, timeout)
        tasks = _wait_all(facade, [task_id], timeout)
    except KeyboardInterrupt:  # between the submission and the wait
        raise _interrupted([task_id]) from None
    task = tasks[0]
    if st.quiet:
        click.echo(task_id)
    elif machine:
        emit_one(task, TASKS)
    else:
        if not follow:
            _print_output(facade, task_id)
        click.echo(f"qarnot: task {task_id} {_state_of(task)}", err=True)
    if download is not None:
        _download_results(facade, task_id, download)
    _final_code(tasks)


def _download_results(facade: Client, task_id: str, folder: Path) -> None:
    with transfer_progress(f"results of {task_id}") as progress:
        report = facade.download_task_results(task_id, folder, progress=progress)
    done(f"{report.summary()} into {folder}")


@task_group.command("results")
@click.argument("task_id", metavar="TASK", shell_complete=complete_ids("task"))
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), metavar="DIR")
def task_results(task_id: str, folder: Path) -> None:
    """Fetch what a task wrote to its result bucket into DIR (unchanged files are skipped).

    \b
    Example:
      qarnot task results my-render ./frames
    """
    _download_results(client(), task_id, folder)


def _follow(facade: Client, task_id: str, timeout: float | None) -> None:
    """Print the task's output as it comes (the facade's ``follow_task_output``), until it is final."""
    printer = _LinePrinter()
    try:
        for chunk in facade.follow_task_output(task_id, timeout=timeout):
            printer(chunk)
    except WaitTimeoutError as exc:
        raise _timed_out(exc, [task_id], timeout) from None


@task_group.command("follow")
@click.argument("task_id", metavar="TASK", shell_complete=complete_ids("task"))
@_timeout_option()
def task_follow(task_id: str, timeout: float | None) -> None:
    """Stream a running task's stdout and stderr until it ends; exit 0 only on Success.

    Lines are prefixed with the instance number; stdout goes to stdout, stderr to stderr.
    It reads the output the way 'task stdout --fresh' does, so run one follower per task.

    \b
    Example:
      qarnot task follow my-task | tee render.log
    """
    facade = client()
    try:
        _follow(facade, task_id, timeout)
        task = facade.get_task_information(task_id)
    except KeyboardInterrupt:
        raise _interrupted([task_id]) from None
    if not state().quiet:
        click.echo(f"qarnot: task {task_id} {_state_of(task)}", err=True)
    _final_code([task])


# ---------------------------------------------------------------------------------------------- actions


def _action_command(name: str, done_label: str, method: str, summary: str, example: str) -> click.Command:
    """``qarnot task NAME [TASK...] [--name/--tag/--state]``: one facade call per selected task."""

    @click.command(name)
    @click.argument("task_ids", nargs=-1, metavar="[TASK...]", shell_complete=complete_ids("task"))
    @_selection_options
    def command(
        task_ids: tuple[str, ...], names: tuple[str, ...], tags: tuple[str, ...], states: tuple[str, ...]
    ) -> None:
        facade = client()
        call = getattr(facade, method)
        for tid in _selected(facade, task_ids, names, tags, states):
            call(tid)
            done(f"{done_label} {tid}")

    command.help = f"""{summary}

    Tasks are given by id, or selected by --name, --tag (any of them) and --state.

    \b
    Example:
      {example}
    """
    return command


for _command in (
    _action_command(
        "abort",
        "aborted task",
        "abort_task",
        "Abort running tasks (they end Cancelled).",
        "qarnot task abort --tag nightly --state FullyExecuting",
    ),
    _action_command(
        "delete",
        "deleted task",
        "delete_task",
        "Delete tasks (a running task is stopped first by the platform).",
        "qarnot task delete --state Failure",
    ),
    _action_command(
        "update-resources",
        "resources updated for task",
        "update_task_resources",
        "Make running tasks download their resource buckets again.",
        "qarnot task update-resources 1b5c4c4e-0000-4000-8000-000000000000",
    ),
):
    task_group.add_command(_command)


task_group.add_command(
    constants_command("task", lambda: (client().get_task_information, client().update_task))
)


@task_group.command("snapshot")
@click.argument("task_id", metavar="TASK", shell_complete=complete_ids("task"))
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
    @click.argument("task_id", metavar="TASK", shell_complete=complete_ids("task"))
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
@click.argument("task_id", metavar="TASK", shell_complete=complete_ids("task"))
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
