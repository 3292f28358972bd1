"""The sandbox's in-memory platform: tasks, pools, jobs, snapshots, output buffers and their state machines.

Everything moves in *steps*. One step moves every object at most one state forward:

* task: ``Submitted`` -> ``FullyDispatched`` (resources are downloaded) -> ``FullyExecuting`` (the executor
  runs every instance) -> ``UploadingResults`` (result files go to the result bucket) -> ``Success`` or
  ``Failure``; ``abort`` -> ``PendingCancel`` -> ``Cancelled``; ``DELETE`` -> ``PendingDelete`` -> gone. A
  task waits in ``Submitted`` for its pool to run and for its dependencies; a state whose background
  work (download, execution, upload) is not finished is not left.
* pool: see :mod:`.resources.pools`.
* job: see :mod:`.resources.jobs`. (Both modules hold their state machines; :meth:`Store.step` calls them.)
* instant snapshot: ``Triggered`` -> ``InProgress`` -> ``Success`` (or ``Failure``).

The :class:`Clock` gives the platform's time. In automatic mode a ticker thread (owned by the sandbox)
calls :meth:`Store.step` every few milliseconds while something is active and the clock follows real
time; in manual mode nothing moves until the test calls :meth:`Store.advance`, which also moves the
clock by ``step_seconds`` per step and waits for the background work started by each step.
"""

from __future__ import annotations

import copy
import re
import threading
import time
import uuid as uuid_module
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .catalog import profile_constant_defaults
from .executors import Executor, InstanceResult, InstanceRun
from .s3 import ResourceSource, S3Server
from .secrets import SecretStore

__all__ = [
    "ApiError",
    "Clock",
    "JobRecord",
    "OutputBuffer",
    "PoolRecord",
    "Store",
    "TaskRecord",
    "format_datetime",
    "format_timespan",
    "parse_ranges",
    "parse_timespan",
]

NEVER = "0001-01-01T00:00:00Z"
FINAL_TASK_STATES = frozenset({"Success", "Failure", "Cancelled"})
TASK_RUNNING_STATES = frozenset(
    {"PartiallyDispatched", "FullyDispatched", "PartiallyExecuting", "FullyExecuting"}
)
TASK_EXECUTING_STATES = frozenset({"PartiallyExecuting", "FullyExecuting"})
POOL_ACTIVE_STATES = frozenset(
    {"Submitted", "PartiallyDispatched", "FullyDispatched", "PartiallyExecuting", "FullyExecuting"}
)
POOL_RUNNING_STATES = frozenset({"PartiallyExecuting", "FullyExecuting"})
POOL_STEADY_STATES = frozenset({"FullyExecuting", "Closed", "Failure"})
JOB_STEADY_STATES = frozenset({"Active", "Completed"})
SNAPSHOT_FINAL = frozenset({"Success", "Failure"})

MAX_RETRIES_PER_INSTANCE = 16
MAX_TOTAL_RETRIES = 1000

# the sandbox's simulated hardware, reported in statuses and completed instances
CPU_MODEL = "AMD Ryzen 7 2700 Eight-Core Processor"
SPECIFICATION_KEY = "8c-32g-amd-rz2700-ssd"
CORES_PER_INSTANCE = 8
CLOCK_GHZ = 3.2


class ApiError(Exception):
    """An error answer: HTTP status, JSON body, media type."""

    def __init__(self, status: int, body: Mapping[str, Any], media_type: str = "application/json") -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = dict(body)
        self.media_type = media_type


def problem(errors: Mapping[str, Sequence[str]], status: int = 400) -> ApiError:
    """ASP.NET validation problem details (``application/problem+json``) naming the fields."""
    trace = f"00-{uuid_module.uuid4().hex}-{uuid_module.uuid4().hex[:16]}-01"
    body = {
        "type": "https://tools.ietf.org/html/rfc7231#section-6.5.1",
        "title": "One or more validation errors occurred.",
        "status": status,
        "errors": {key: list(messages) for key, messages in errors.items()},
        "traceId": trace,
    }
    return ApiError(status, body, "application/problem+json")


def not_found(message: str) -> ApiError:
    return ApiError(404, {"message": message})


def forbidden(message: str) -> ApiError:
    return ApiError(403, {"message": message})


# formats


def format_datetime(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def format_timespan(seconds: float) -> str:
    """.NET ``TimeSpan`` text: ``hh:mm:ss``, ``d.hh:mm:ss``, with ``.fffffff`` when not whole."""
    seconds = max(seconds, 0.0)
    whole = int(seconds)
    fraction = seconds - whole
    days, rest = divmod(whole, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    if days:
        text = f"{days}.{text}"
    ticks = round(fraction * 10_000_000)
    if ticks:
        text = f"{text}.{min(ticks, 9_999_999):07d}"
    return text


MAX_TIMESPAN_DAYS = 10_675_199  # .NET TimeSpan.MaxValue
_TIMESPAN = re.compile(r"^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$")


def parse_timespan(text: str | None) -> float | None:
    """Seconds in a .NET timespan (``None`` for ``None``/empty); ``ValueError`` when malformed."""
    if text is None or text == "":
        return None
    match = _TIMESPAN.match(text.strip())
    if match is None:
        raise ValueError(f"'{text}' is not a timespan ([d.]hh:mm:ss[.fffffff])")
    days, hours, minutes, secs, fraction = match.groups()
    if int(days or 0) > MAX_TIMESPAN_DAYS:
        raise ValueError(f"'{text}' is longer than the largest timespan ({MAX_TIMESPAN_DAYS} days)")
    total: float = int(days or 0) * 86400 + int(hours) * 3600 + int(minutes) * 60 + int(secs)
    if fraction:
        total += int(fraction.ljust(7, "0")) / 10_000_000
    return float(total)


def parse_ranges(text: str) -> list[int]:
    """Instance ids of an ``advancedRanges`` string such as ``1,3-8,12``; ``ValueError`` when malformed."""
    ids: set[int] = set()
    for part in text.split(","):
        part = part.strip()
        if not part:
            raise ValueError(f"'{text}' has an empty range")
        if re.fullmatch(r"\d+", part):
            ids.add(int(part))
            continue
        match = re.fullmatch(r"(\d+)\s*-\s*(\d+)", part)
        if match is None:
            raise ValueError(f"'{part}' is neither an instance id nor a range 'first-last'")
        first, last = int(match.group(1)), int(match.group(2))
        if last < first:
            raise ValueError(f"the range '{part}' ends before it starts")
        if last - first > 100_000:
            raise ValueError(f"the range '{part}' is too large")
        ids.update(range(first, last + 1))
        if len(ids) > 100_000:
            raise ValueError(f"'{text}' designates more than 100000 instances")
    return sorted(ids)


def _deadline_after(start: datetime, seconds: float) -> datetime | None:
    """``start`` plus ``seconds``; None ("never") past the calendar's end."""
    try:
        return start + timedelta(seconds=seconds)
    except OverflowError:
        return None


def deletion_due(data: Mapping[str, Any], since: str) -> datetime | None:
    """When a finished object with ``autoDeleteOnCompletion`` goes: its ``completionTimeToLive`` (an
    unreadable one counts as zero) after the time in its field ``since``; None for never."""
    try:
        ttl = parse_timespan(data.get("completionTimeToLive")) or 0.0
    except ValueError:
        ttl = 0.0
    return _deadline_after(datetime.fromisoformat(str(data[since]).replace("Z", "+00:00")), ttl)


def format_ranges(ids: Iterable[int]) -> str:
    """``[0, 1, 2, 5]`` -> ``0-2,5``."""
    ordered = sorted(set(ids))
    parts: list[str] = []
    index = 0
    while index < len(ordered):
        start = end = ordered[index]
        while index + 1 < len(ordered) and ordered[index + 1] == end + 1:
            index += 1
            end = ordered[index]
        parts.append(str(start) if start == end else f"{start}-{end}")
        index += 1
    return ",".join(parts)


class Clock:
    """The platform's time: real time (plus manual offsets) in automatic mode, frozen in manual mode."""

    def __init__(self, *, manual: bool, start: datetime | None = None, step_seconds: float = 1.0) -> None:
        self.manual = manual
        self.step_seconds = step_seconds
        initial = (start or datetime.now(UTC)).astimezone(UTC)
        # whole milliseconds: the API's date-times carry milliseconds, so durations stay exact
        self._start = initial.replace(microsecond=initial.microsecond // 1000 * 1000)
        self._mono = time.monotonic()
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            elapsed = self._offset if self.manual else self._offset + (time.monotonic() - self._mono)
        return self._start + timedelta(seconds=elapsed)

    def advance(self, seconds: float) -> None:
        """Move the clock forward (in both modes)."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._offset += seconds


class OutputBuffer:
    """stdout or stderr of a task or pool: raw text per instance plus the ``N> `` prefixed aggregate.

    ``read`` gives everything still buffered (older text is rotated out past ``limit`` characters);
    ``read_fresh`` gives what arrived since the previous ``read_fresh`` of the same view.
    """

    def __init__(self, limit: int = 1 << 20) -> None:
        self.limit = limit
        self._aggregate = ""
        self._aggregate_base = 0
        self._aggregate_cursor = 0
        self._instances: dict[int, str] = {}
        self._instance_base: dict[int, int] = {}
        self._instance_cursor: dict[int, int] = {}
        self._line_start: dict[int, bool] = {}

    def write(self, instance_id: int, text: str) -> None:
        if not text:
            return
        self._instances.setdefault(instance_id, "")
        self._instance_base.setdefault(instance_id, 0)
        self._instance_cursor.setdefault(instance_id, 0)
        self._instances[instance_id] += text
        prefixed: list[str] = []
        at_start = self._line_start.get(instance_id, True)
        for line in text.splitlines(keepends=True):
            prefixed.append(f"{instance_id}> {line}" if at_start else line)
            at_start = line.endswith(("\n", "\r"))
        self._line_start[instance_id] = at_start
        self._aggregate += "".join(prefixed)
        self._rotate(instance_id)

    def _rotate(self, instance_id: int) -> None:
        excess = len(self._aggregate) - self.limit
        if excess > 0:
            self._aggregate = self._aggregate[excess:]
            self._aggregate_base += excess
        excess = len(self._instances[instance_id]) - self.limit
        if excess > 0:
            self._instances[instance_id] = self._instances[instance_id][excess:]
            self._instance_base[instance_id] += excess

    def ensure_instance(self, instance_id: int) -> None:
        self._instances.setdefault(instance_id, "")
        self._instance_base.setdefault(instance_id, 0)
        self._instance_cursor.setdefault(instance_id, 0)

    def read(self, instance_id: int | None = None) -> str:
        if instance_id is None:
            return self._aggregate
        return self._instances.get(instance_id, "")

    def read_fresh(self, instance_id: int | None = None) -> str:
        if instance_id is None:
            end = self._aggregate_base + len(self._aggregate)
            start = max(self._aggregate_cursor - self._aggregate_base, 0)
            self._aggregate_cursor = end
            return self._aggregate[start:]
        text = self._instances.get(instance_id, "")
        base = self._instance_base.get(instance_id, 0)
        start = max(self._instance_cursor.get(instance_id, 0) - base, 0)
        self._instance_cursor[instance_id] = base + len(text)
        return text[start:]


@dataclass
class InstanceState:
    """What the sandbox knows about one instance of a task."""

    instance_id: int
    result: InstanceResult | None = None
    state: str | None = None  # committed final state: Success / Failure / Cancelled
    attempts: int = 0
    started: bool = False
    running: bool = False
    exec_seconds: float = 0.0
    wall_seconds: float = 0.0
    results: list[str] = field(default_factory=list)


@dataclass
class SnapshotRecord:
    data: dict[str, Any]
    config: dict[str, Any]
    periodic: bool = False
    work: Future[tuple[int, int]] | None = None


@dataclass
class TaskRecord:
    uuid: str
    data: dict[str, Any]
    payload: dict[str, Any]
    instance_ids: list[int]
    instances: dict[int, InstanceState]
    stdout: OutputBuffer = field(default_factory=OutputBuffer)
    stderr: OutputBuffer = field(default_factory=OutputBuffer)
    cancel: threading.Event = field(default_factory=threading.Event)
    work: Future[Any] | None = None
    resources: dict[str, bytes] | None = None
    snapshots: dict[str, SnapshotRecord] = field(default_factory=dict)
    periodic_config: dict[str, Any] | None = None
    last_periodic: datetime | None = None
    execution_started: datetime | None = None
    dependency_states: dict[str, str] = field(default_factory=dict)
    dependency_actual: dict[str, str | None] = field(default_factory=dict)


@dataclass
class PoolRecord:
    uuid: str
    data: dict[str, Any]
    payload: dict[str, Any]
    instance_ids: list[int]
    stdout: OutputBuffer = field(default_factory=OutputBuffer)
    stderr: OutputBuffer = field(default_factory=OutputBuffer)
    cancel: threading.Event = field(default_factory=threading.Event)
    work: Future[Any] | None = None
    resources: dict[str, bytes] = field(default_factory=dict)


@dataclass
class JobRecord:
    uuid: str
    data: dict[str, Any]


def constant_values(items: Any) -> dict[str, str]:
    result: dict[str, str] = {}
    if isinstance(items, list):
        for item in items:
            if isinstance(item, Mapping) and isinstance(item.get("key"), str):
                value = item.get("value")
                result[item["key"]] = "" if value is None else str(value)
    return result


def resource_sources(data: Mapping[str, Any]) -> list[ResourceSource]:
    sources = [
        ResourceSource(bucket=name) for name in data.get("resourceBuckets") or [] if isinstance(name, str)
    ]
    for item in data.get("advancedResourceBuckets") or []:
        if isinstance(item, Mapping):
            sources.append(ResourceSource.from_advanced(item))
    return sources


def _regex_allows(path: str, whitelist: Any, blacklist: Any) -> bool:
    try:
        if isinstance(whitelist, str) and whitelist and re.search(whitelist, path) is None:
            return False
        return not (isinstance(blacklist, str) and blacklist and re.search(blacklist, path) is not None)
    except re.error:
        return True


class Store:
    """All the sandbox's objects, guarded by one re-entrant lock (:attr:`lock`)."""

    def __init__(
        self,
        *,
        clock: Clock,
        executor: Executor,
        s3: S3Server,
        max_workers: int = 4,
        work_timeout: float = 300.0,
        beside: Store | None = None,
    ) -> None:
        """``beside``: another account's store of the same sandbox, whose lock and change signal this
        one shares (one clock loop waits for any account's change)."""
        self.clock = clock
        self.executor = executor
        self.s3 = s3
        self.work_timeout = work_timeout
        self.lock: threading.RLock = beside.lock if beside is not None else threading.RLock()
        self.changed: threading.Condition = (
            beside.changed if beside is not None else threading.Condition(self.lock)
        )
        self.tasks: dict[str, TaskRecord] = {}
        self.pools: dict[str, PoolRecord] = {}
        self.jobs: dict[str, JobRecord] = {}
        self.secrets = SecretStore()
        self.deleted_task_count = 0
        self.created = clock.now()
        # what a task with privileges.exportApiAndStorageCredentialsInEnvironment finds in its environment
        # (the variables the SDKs read: Client.from_env() works inside such a task)
        self.credentials: dict[str, str] = {}
        self._workers = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="qarnot-sandbox-work")
        self._closed = False

    # lifecycle

    def close(self) -> None:
        """Cancel everything running and stop the worker threads."""
        with self.lock:
            self._closed = True
            for task in self.tasks.values():
                task.cancel.set()
            for pool in self.pools.values():
                pool.cancel.set()
            self.changed.notify_all()
        self._workers.shutdown(wait=True, cancel_futures=True)

    def reset(self) -> None:
        """Forget every object (running work is cancelled and waited for)."""
        with self.lock:
            for task in self.tasks.values():
                task.cancel.set()
            for pool in self.pools.values():
                pool.cancel.set()
            pending = self._pending_work()
        wait_futures(pending, timeout=self.work_timeout)
        with self.lock:
            self.tasks.clear()
            self.pools.clear()
            self.jobs.clear()
            self.secrets.clear()
            self.deleted_task_count = 0
            self.changed.notify_all()

    def notify(self) -> None:
        with self.lock:
            self.changed.notify_all()

    def now(self) -> str:
        return format_datetime(self.clock.now())

    # lookups (uuid, case-insensitive uuid, or shortname)

    @staticmethod
    def _find(records: Mapping[str, Any], ident: str) -> Any:
        record = records.get(ident)
        if record is not None:
            return record
        lowered = ident.lower()
        for key, candidate in records.items():
            if key.lower() == lowered:
                return candidate
        for candidate in records.values():
            if candidate.data.get("shortname") == ident:
                return candidate
        return None

    def task(self, ident: str) -> TaskRecord:
        record = self._find(self.tasks, ident)
        if record is None:
            raise not_found(f"No such task: {ident}")
        assert isinstance(record, TaskRecord)
        return record

    def pool(self, ident: str, message: str | None = None) -> PoolRecord:
        record = self._find(self.pools, ident)
        if record is None:
            raise not_found(message or f"No such pool: {ident}")
        assert isinstance(record, PoolRecord)
        return record

    def job(self, ident: str) -> JobRecord:
        record = self._find(self.jobs, ident)
        if record is None:
            raise not_found(f"No such job: {ident}")
        assert isinstance(record, JobRecord)
        return record

    # state changes

    def _set_state(self, data: dict[str, Any], state: str) -> None:
        if data.get("state") == state:
            return
        now = self.now()
        data["previousState"] = data.get("state")
        data["previousStateTransitionTime"] = data.get("stateTransitionTime")
        data["state"] = state
        data["stateTransitionTime"] = now
        data["lastModified"] = now

    def _submit(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        future = self._workers.submit(function, *args)
        future.add_done_callback(lambda _future: self.notify())
        return future

    def _pending_work(self) -> list[Future[Any]]:
        futures: list[Future[Any]] = []
        for task in self.tasks.values():
            if task.work is not None and not task.work.done():
                futures.append(task.work)
            futures.extend(
                snap.work
                for snap in task.snapshots.values()
                if snap.work is not None and not snap.work.done()
            )
        futures.extend(
            pool.work for pool in self.pools.values() if pool.work is not None and not pool.work.done()
        )
        return futures

    def wait_for_work(self) -> None:
        """Wait for the background work in flight (downloads, executions, uploads, snapshots)."""
        while True:
            with self.lock:
                pending = self._pending_work()
            if not pending:
                return
            done, _not_done = wait_futures(pending, timeout=self.work_timeout)
            if not done:
                raise TimeoutError("sandbox background work did not finish in time")

    def active_objects(self) -> list[str]:
        """Human-readable list of what is not in a steady state (empty when idle).

        Finished objects waiting for their automatic deletion, active jobs with a ``maxWallTime`` and
        running pools are steady: they change only when the clock reaches their deadline.
        """
        with self.lock:
            active = [
                f"task {task.uuid} ({task.data['name']}): {task.data['state']}"
                for task in self.tasks.values()
                if task.data["state"] not in FINAL_TASK_STATES
            ]
            for task in self.tasks.values():
                active.extend(
                    f"snapshot {snap.data['id']}: {snap.data['status']}"
                    for snap in task.snapshots.values()
                    if snap.data["status"] not in SNAPSHOT_FINAL
                )
            active.extend(
                f"pool {pool.uuid} ({pool.data['name']}): {pool.data['state']}"
                for pool in self.pools.values()
                if pool.data["state"] not in POOL_STEADY_STATES
            )
            active.extend(
                f"job {job.uuid} ({job.data['name']}): {job.data['state']}"
                for job in self.jobs.values()
                if job.data["state"] not in JOB_STEADY_STATES
            )
            return active

    def is_idle(self) -> bool:
        """True when nothing is in a transient state (see :meth:`active_objects`)."""
        with self.lock:
            if any(task.data["state"] not in FINAL_TASK_STATES for task in self.tasks.values()):
                return False
            if any(
                snap.data["status"] not in SNAPSHOT_FINAL
                for task in self.tasks.values()
                for snap in task.snapshots.values()
            ):
                return False
            if any(pool.data["state"] not in POOL_STEADY_STATES for pool in self.pools.values()):
                return False
            return all(job.data["state"] in JOB_STEADY_STATES for job in self.jobs.values())

    def advance(self, steps: int = 1) -> None:
        """Manual mode: ``steps`` steps, each moving the clock and waiting for the work it started."""
        for _ in range(steps):
            self.clock.advance(self.clock.step_seconds)
            self.step()
            self.wait_for_work()

    def run_until_idle(self, max_steps: int = 1000) -> int:
        """Manual mode: advance until nothing is active; the number of steps taken."""
        for taken in range(max_steps + 1):
            if self.is_idle():
                return taken
            self.advance()
        raise RuntimeError(f"the sandbox is still busy after {max_steps} steps: {self.active_objects()}")

    def step(self) -> None:
        """Move every object at most one state forward."""
        with self.lock:
            if self._closed:
                return
            # the job and pool state machines live with their handlers (which import this module)
            from .resources.jobs import step_job
            from .resources.pools import step_pool

            for job in list(self.jobs.values()):
                step_job(self, job)
            for pool in list(self.pools.values()):
                step_pool(self, pool)
            for task in list(self.tasks.values()):
                self._step_task(task)
            self.changed.notify_all()

    # tasks: creation

    def add_task(self, data: dict[str, Any], payload: dict[str, Any], instance_ids: list[int]) -> TaskRecord:
        with self.lock:
            record = TaskRecord(
                uuid=data["uuid"],
                data=data,
                payload=payload,
                instance_ids=instance_ids,
                instances={i: InstanceState(i) for i in instance_ids},
            )
            dependencies = data.get("dependencies")
            if isinstance(dependencies, Mapping):
                for dep in dependencies.get("dependsOn") or []:
                    record.dependency_states[str(dep)] = "waiting"
                for dep in dependencies.get("advancedDependsOn") or []:
                    record.dependency_states[str(dep.get("taskUuid"))] = "waiting"
            self.tasks[record.uuid] = record
            self.changed.notify_all()
            return record

    # tasks: actions

    def abort_task(self, record: TaskRecord) -> None:
        state = record.data["state"]
        if state in FINAL_TASK_STATES:
            raise forbidden(f"The task {record.uuid} is already finished ({state}) and cannot be aborted")
        if state == "PendingDelete":
            raise forbidden(f"The task {record.uuid} is being deleted")
        if state == "PendingCancel":
            return
        record.cancel.set()
        self._set_state(record.data, "PendingCancel")
        self.changed.notify_all()

    def restart_task(self, record: TaskRecord) -> None:
        """Run a finished task again from the start, under the same uuid (the deprecated restart)."""
        state = record.data["state"]
        if state not in FINAL_TASK_STATES:
            raise forbidden(f"The task {record.uuid} is not finished ({state}) and cannot be restarted")
        record.instances = {i: InstanceState(i) for i in record.instance_ids}
        record.cancel = threading.Event()
        record.work = None
        record.execution_started = None
        record.stdout, record.stderr = OutputBuffer(), OutputBuffer()
        record.data.update(errors=[], progress=0.0, endDate=NEVER, resultsCount=0)
        self._set_state(record.data, "Submitted")
        self.changed.notify_all()

    def delete_task(self, record: TaskRecord) -> None:
        if record.data["state"] == "PendingDelete":
            return
        record.cancel.set()
        self._set_state(record.data, "PendingDelete")
        self.changed.notify_all()

    # tasks: the state machine

    def _step_task(self, task: TaskRecord) -> None:
        data = task.data
        state = data["state"]
        work_done = task.work is None or task.work.done()
        self._step_snapshots(task)
        if state == "PendingDelete":
            if work_done:
                del self.tasks[task.uuid]
                self.deleted_task_count += 1
            return
        if state == "PendingCancel":
            if work_done:
                self._finish_cancelled(task, "The task was cancelled")
            return
        if state in FINAL_TASK_STATES:
            due = self._auto_delete_due(data)
            if due is not None and self.clock.now() >= due:
                del self.tasks[task.uuid]
                self.deleted_task_count += 1
            return
        if state == "Submitted":
            self._step_submitted(task)
        elif state in ("PartiallyDispatched", "FullyDispatched"):
            if work_done:
                error = self._work_error(task)
                if error is not None:
                    self._finish_failed(task, "SBX0002E", f"Could not download the resources: {error}")
                    return
                task.resources = task.work.result() if task.work is not None else {}
                task.work = None
                task.execution_started = self.clock.now()
                task.work = self._submit(self._execute_task, task)
                self._set_state(data, "FullyExecuting")
        elif state in TASK_EXECUTING_STATES:
            self._periodic_snapshot(task)
            if work_done:
                error = self._work_error(task)
                task.work = None
                for instance in task.instances.values():
                    if instance.result is not None:
                        instance.state = "Success" if instance.result.success else "Failure"
                    elif error is not None:
                        instance.result = InstanceResult(exit_code=1, error=error)
                        instance.state = "Failure"
                    else:
                        instance.state = "Cancelled"
                task.work = self._submit(self._upload_results, task)
                self._set_state(data, "UploadingResults")
        elif state == "UploadingResults" and work_done:
            error = self._work_error(task)
            task.work = None
            if error is not None:
                data["errors"].append(self._api_error("SBX0003E", f"Could not upload the results: {error}"))
            failed = [i for i in task.instances.values() if i.state != "Success"]
            for instance in failed:
                message = instance.result.error if instance.result is not None else None
                data["errors"].append(
                    self._api_error(
                        "SBX0001E", f"Instance {instance.instance_id} failed: {message or 'failure'}"
                    )
                )
            self._finish(task, "Failure" if failed or error is not None else "Success")

    def _step_submitted(self, task: TaskRecord) -> None:
        data = task.data
        now = self.clock.now()
        max_queue = data.get("maxTimeQueueSeconds")
        if isinstance(max_queue, int) and max_queue > 0:
            created = datetime.fromisoformat(data["creationDate"].replace("Z", "+00:00"))
            if (now - created).total_seconds() > max_queue:
                self._finish_failed(
                    task, "SBX0004E", f"The task waited more than {max_queue} s for resources"
                )
                return
        if not self._dependencies_ready(task):
            return
        pool_uuid = data.get("poolUuid")
        pool: PoolRecord | None = None
        if pool_uuid:
            pool = self.pools.get(pool_uuid)
            if pool is None or pool.data["state"] in ("Closing", "Closed", "Failure", "PendingDelete"):
                self._finish_cancelled(task, "The pool of the task is closed")
                return
            if pool.data["state"] not in POOL_RUNNING_STATES:
                return
        sources = resource_sources(data)
        pool_files = dict(pool.resources) if pool is not None else {}
        task.work = self._submit(self._download, sources, pool_files)
        self._set_state(data, "FullyDispatched")

    def _dependencies_ready(self, task: TaskRecord) -> bool:
        """True when the task may start; cancels it when advanced conditions cannot be met."""
        dependencies = task.data.get("dependencies")
        if not isinstance(dependencies, Mapping):
            return True
        conditions: dict[str, list[str] | None] = {
            str(dep): None for dep in dependencies.get("dependsOn") or []
        }
        for item in dependencies.get("advancedDependsOn") or []:
            wanted = item.get("taskFinalStateCondition")
            conditions[str(item.get("taskUuid"))] = (
                [str(w).lower() for w in wanted] if isinstance(wanted, list) and wanted else None
            )
        all_final = True
        fulfilled = True
        for dep_uuid, wanted in conditions.items():
            dep = self._find(self.tasks, dep_uuid)
            if dep is None:
                actual = task.dependency_actual.get(dep_uuid)
                if actual is None:
                    task.dependency_states[dep_uuid] = "dependencyConditionsFulfilled"
                    continue
            else:
                actual = dep.data["state"] if dep.data["state"] in FINAL_TASK_STATES else None
            if actual is None:
                all_final = False
                continue
            task.dependency_actual[dep_uuid] = actual
            ok = wanted is None or actual.lower() in wanted
            task.dependency_states[dep_uuid] = (
                "dependencyConditionsFulfilled" if ok else "dependencyConditionsNotFulfilled"
            )
            fulfilled = fulfilled and ok
        if not fulfilled:
            self._finish_cancelled(task, "The dependency conditions of the task are not fulfilled")
            return False
        return all_final

    def _auto_delete_due(self, data: Mapping[str, Any]) -> datetime | None:
        if not data.get("autoDeleteOnCompletion") or data.get("state") not in FINAL_TASK_STATES:
            return None
        return deletion_due(data, "endDate")

    @staticmethod
    def _work_error(task: TaskRecord | PoolRecord) -> str | None:
        if task.work is None:
            return None
        if task.work.cancelled():
            return "cancelled"
        exc = task.work.exception()
        return None if exc is None else f"{type(exc).__name__}: {exc}"

    @staticmethod
    def _api_error(code: str, message: str) -> dict[str, Any]:
        return {"code": code, "message": message, "debug": None}

    def _finish(self, task: TaskRecord, state: str) -> None:
        data = task.data
        data["endDate"] = self.now()
        data["progress"] = 100.0
        self._set_state(data, state)

    def _finish_failed(self, task: TaskRecord, code: str, message: str) -> None:
        task.work = None
        for instance in task.instances.values():
            if instance.state is None:
                instance.state = "Failure"
        task.data["errors"].append(self._api_error(code, message))
        self._finish(task, "Failure")

    def _finish_cancelled(self, task: TaskRecord, message: str) -> None:
        task.work = None
        for instance in task.instances.values():
            if instance.state is None:
                instance.state = "Cancelled"
        task.data["errors"].append(self._api_error("SBX0782I", f"The task was cancelled: {message}"))
        self._finish(task, "Cancelled")

    # tasks: background work (runs in worker threads, takes the lock only briefly)

    def _download(self, sources: list[ResourceSource], base: dict[str, bytes]) -> dict[str, bytes]:
        files = dict(base)
        files.update(self.s3.download(sources))
        return files

    def _execute_task(self, task: TaskRecord) -> None:
        with self.lock:
            data = copy.deepcopy(task.data)
            pool = self.pools.get(data.get("poolUuid") or "")
            constants = profile_constant_defaults(str(data.get("profile") or ""))
            if pool is not None:
                constants.update(constant_values(pool.data.get("constants")))
        constants.update(constant_values(data.get("constants")))
        for forced in data.get("forcedConstants") or []:
            if (
                isinstance(forced, Mapping)
                and forced.get("forceExportInEnvironment")
                and forced.get("constantName")
            ):
                constants[str(forced["constantName"])] = str(forced.get("forcedValue") or "")
        privileges = data.get("privileges")
        if isinstance(privileges, Mapping) and privileges.get("exportApiAndStorageCredentialsInEnvironment"):
            constants.update(self.credentials)
        retry = data.get("retrySettings") if isinstance(data.get("retrySettings"), Mapping) else {}
        # bounded: a sandbox instance is retried at most MAX_RETRIES_PER_INSTANCE times
        per_instance = (
            min(int(retry.get("maxPerInstanceRetries") or 0), MAX_RETRIES_PER_INSTANCE) if retry else 0
        )
        total_left = min(int(retry.get("maxTotalRetries") or 0), MAX_TOTAL_RETRIES) if retry else 0
        if per_instance and not total_left:
            total_left = per_instance * len(task.instance_ids)
        if total_left and not per_instance:
            per_instance = total_left
        command = constants.get("DOCKER_CMD")
        resources = task.resources or {}
        for instance_id in task.instance_ids:
            attempts_left = 1 + per_instance
            while attempts_left > 0:
                if task.cancel.is_set():
                    return
                attempts_left -= 1
                result = self._run_instance(task, data, instance_id, command, constants, resources)
                if result.success or attempts_left == 0 or total_left <= 0:
                    break
                total_left -= 1

    def _run_instance(
        self,
        task: TaskRecord,
        data: Mapping[str, Any],
        instance_id: int,
        command: str | None,
        constants: Mapping[str, str],
        resources: Mapping[str, bytes],
    ) -> InstanceResult:
        with self.lock:
            instance = task.instances[instance_id]
            instance.attempts += 1
            instance.started = True
            instance.running = True
            task.stdout.ensure_instance(instance_id)
            task.stderr.ensure_instance(instance_id)
            attempt = instance.attempts

        def emit_stdout(text: str) -> None:
            with self.lock:
                task.stdout.write(instance_id, text)

        def emit_stderr(text: str) -> None:
            with self.lock:
                task.stderr.write(instance_id, text)

        run = InstanceRun(
            kind="task",
            uuid=task.uuid,
            name=str(data.get("name")),
            instance_id=instance_id,
            command=command,
            constants=dict(constants),
            resources=resources,
            attempt=attempt,
            cancelled=task.cancel,
            emit_stdout=emit_stdout,
            emit_stderr=emit_stderr,
            details=data,
        )
        started = time.monotonic()
        try:
            result = self.executor.run(run)
        except Exception as exc:  # an executor bug must fail the instance, not the sandbox
            emit_stderr(f"sandbox executor error: {type(exc).__name__}: {exc}\n")
            result = InstanceResult(exit_code=1, error=f"executor error: {exc}")
        elapsed = time.monotonic() - started
        with self.lock:
            instance.running = False
            instance.exec_seconds += elapsed
            instance.wall_seconds += elapsed
            if not task.cancel.is_set():
                instance.result = result
            self.changed.notify_all()
        return result

    def _upload_results(self, task: TaskRecord) -> None:
        with self.lock:
            data = task.data
            bucket = data.get("resultBucket")
            prefix = str(data.get("resultsBucketPrefix") or "")
            whitelist, blacklist = data.get("resultsWhitelist"), data.get("resultsBlacklist")
            per_instance = {
                i.instance_id: dict(i.result.files) for i in task.instances.values() if i.result is not None
            }
        if not bucket:
            return
        uploaded: dict[int, list[str]] = {}
        for instance_id, files in per_instance.items():
            kept = {
                path: content for path, content in files.items() if _regex_allows(path, whitelist, blacklist)
            }
            uploaded[instance_id] = self.s3.upload(str(bucket), kept, prefix)
        host = f"127.0.0.1:{self.s3.port}"
        with self.lock:
            keys: set[str] = set()
            for instance_id, written in uploaded.items():
                task.instances[instance_id].results = [f"s3://{host}/{bucket}/{key}" for key in written]
                keys.update(written)
            data["resultsCount"] = len(keys)

    # snapshots

    def snapshot(self, task: TaskRecord, config: Mapping[str, Any]) -> dict[str, Any]:
        state = task.data["state"]
        if state not in TASK_RUNNING_STATES:
            raise forbidden(f"The task {task.uuid} is not running ({state}): no snapshot can be taken")
        return self._new_snapshot(task, config, periodic=False).data

    def periodic_snapshot(self, task: TaskRecord, config: Mapping[str, Any]) -> None:
        state = task.data["state"]
        if state not in TASK_RUNNING_STATES:
            raise forbidden(f"The task {task.uuid} is not running ({state}): no snapshot can be scheduled")
        interval = config["interval"]
        task.periodic_config = {
            k: config.get(k) for k in ("whitelist", "blacklist", "bucket", "bucketPrefix")
        }
        task.data["snapshotInterval"] = interval
        task.last_periodic = self.clock.now()
        task.data["lastModified"] = self.now()
        self.changed.notify_all()

    def _new_snapshot(self, task: TaskRecord, config: Mapping[str, Any], *, periodic: bool) -> SnapshotRecord:
        moment = self.clock.now().replace(microsecond=0)
        while True:
            snap_id = f"snap_{task.uuid}_{moment.strftime('%Y%m%d%H%M%S')}"
            if snap_id not in task.snapshots:
                break
            moment += timedelta(seconds=1)
        snapshot_config = {k: config.get(k) for k in ("whitelist", "blacklist", "bucket", "bucketPrefix")}
        record = SnapshotRecord(
            data={
                "id": snap_id,
                "taskUuid": task.uuid,
                "triggerDate": self.now(),
                "lastUpdateDate": self.now(),
                "snapshotConfig": snapshot_config,
                "status": "Triggered",
                "sizeToUpload": None,
                "transferredSize": None,
            },
            config=snapshot_config,
            periodic=periodic,
        )
        task.snapshots[snap_id] = record
        self.changed.notify_all()
        return record

    def _periodic_snapshot(self, task: TaskRecord) -> None:
        interval = task.data.get("snapshotInterval") or 0
        if not interval or task.periodic_config is None or task.last_periodic is None:
            return
        now = self.clock.now()
        if (now - task.last_periodic).total_seconds() >= interval:
            task.last_periodic = now
            self._new_snapshot(task, task.periodic_config, periodic=True)

    def _step_snapshots(self, task: TaskRecord) -> None:
        for snap in task.snapshots.values():
            status = snap.data["status"]
            if status == "Triggered":
                files = self._snapshot_files(task, snap.config)
                bucket = (
                    snap.config.get("bucket")
                    or task.data.get("snapshotBucket")
                    or task.data.get("resultBucket")
                )
                prefix = snap.config.get("bucketPrefix") or task.data.get("snapshotBucketPrefix") or ""
                snap.data["sizeToUpload"] = sum(len(content) for content in files.values())
                snap.data["transferredSize"] = 0
                snap.work = self._submit(self._upload_snapshot, bucket, prefix, files)
                snap.data["status"] = "InProgress"
                snap.data["lastUpdateDate"] = self.now()
            elif status == "InProgress" and snap.work is not None and snap.work.done():
                failed = snap.work.cancelled() or snap.work.exception() is not None
                if not failed:
                    snap.data["transferredSize"] = snap.data["sizeToUpload"]
                snap.data["status"] = "Failure" if failed else "Success"
                snap.data["lastUpdateDate"] = self.now()
                snap.work = None

    def _snapshot_files(self, task: TaskRecord, config: Mapping[str, Any]) -> dict[str, bytes]:
        whitelist = config.get("whitelist") or task.data.get("snapshotWhitelist")
        blacklist = config.get("blacklist") or task.data.get("snapshotBlacklist")
        files: dict[str, bytes] = {}
        for instance in task.instances.values():
            if instance.result is not None:
                files.update(instance.result.files)
        return {path: data for path, data in files.items() if _regex_allows(path, whitelist, blacklist)}

    def _upload_snapshot(self, bucket: Any, prefix: Any, files: dict[str, bytes]) -> None:
        if not bucket:
            raise ValueError("the task has neither a snapshot bucket nor a result bucket")
        if not self.s3.bucket_exists(str(bucket)):
            raise ValueError(f"the bucket {bucket} does not exist")
        self.s3.upload(str(bucket), files, str(prefix))

    # rendering

    def render_task(self, task: TaskRecord) -> dict[str, Any]:
        data = copy.deepcopy(task.data)
        instances = list(task.instances.values())
        running = [i for i in instances if i.running or (i.started and i.state is None and i.result is None)]
        if data["state"] in TASK_EXECUTING_STATES:
            running_count = sum(1 for i in instances if i.state is None)
        else:
            running_count = 0
        data["runningInstanceCount"] = running_count
        data["runningCoreCount"] = running_count * CORES_PER_INSTANCE
        exec_seconds = sum(i.exec_seconds for i in instances)
        data["executionTime"] = format_timespan(exec_seconds)
        data["wallTime"] = format_timespan(self._wall_seconds(task))
        done = sum(1 for i in instances if i.result is not None or i.state is not None)
        if data["state"] not in FINAL_TASK_STATES:
            data["progress"] = (
                round(100.0 * done / max(len(instances), 1), 2) if data["state"] != "Submitted" else 0.0
            )
        data["status"] = self._status(task, instances, running)
        data["completedInstances"] = [self._completed_instance(i) for i in instances if i.state is not None]
        if isinstance(data.get("dependencies"), dict):
            self._render_dependencies(task, data["dependencies"])
        return data

    def _wall_seconds(self, task: TaskRecord) -> float:
        created = datetime.fromisoformat(task.data["creationDate"].replace("Z", "+00:00"))
        end_text = task.data.get("endDate") or NEVER
        end = (
            self.clock.now()
            if end_text == NEVER
            else datetime.fromisoformat(str(end_text).replace("Z", "+00:00"))
        )
        return max((end - created).total_seconds(), 0.0)

    def _status(
        self, task: TaskRecord, instances: list[InstanceState], running: list[InstanceState]
    ) -> dict[str, Any]:
        state = task.data["state"]
        exec_seconds = sum(i.exec_seconds for i in instances)
        wall = self._wall_seconds(task)
        succeeded = [i.instance_id for i in instances if i.state == "Success"]
        failed = [i.instance_id for i in instances if i.state == "Failure"]
        cancelled = [i.instance_id for i in instances if i.state == "Cancelled"]
        executed = [i.instance_id for i in instances if i.state in ("Success", "Failure")]
        started_once = [i.instance_id for i in instances if i.started]
        downloaded = state not in ("Submitted",)
        executing = state in TASK_EXECUTING_STATES
        per_running = [
            {
                "phase": "execution",
                "instanceId": i.instance_id,
                "maxFrequencyGHz": CLOCK_GHZ,
                "currentFrequencyGHz": CLOCK_GHZ,
                "cpuUsage": 50.0,
                "maxMemoryMB": 32768.0,
                "currentMemoryMB": 256.0,
                "memoryUsage": 0.8,
                "networkInKbps": 0.0,
                "networkOutKbps": 0.0,
                "progress": 0.0,
                "executionTimeSec": i.exec_seconds,
                "executionTimeGHz": i.exec_seconds * CLOCK_GHZ,
                "specificationKey": SPECIFICATION_KEY,
                "cpuModel": CPU_MODEL,
                "coreCount": CORES_PER_INSTANCE,
                "clockRatio": 1.0,
                "executionAttemptCount": max(i.attempts, 1),
                "activeForwards": [],
                "vpnConnections": [],
            }
            for i in instances
            if executing and i.state is None
        ]
        snapshot_results = [
            snap.data["id"] for snap in task.snapshots.values() if snap.data["status"] == "Success"
        ]
        return {
            "timestamp": self.now(),
            "lastUpdateTimestamp": task.data.get("lastModified") or self.now(),
            "downloadProgress": 100.0 if downloaded else 0.0,
            "executionProgress": round(100.0 * len(executed) / max(len(instances), 1), 2),
            "uploadProgress": 100.0 if state in FINAL_TASK_STATES else 0.0,
            "instanceCount": len(per_running),
            "downloadTime": "00:00:00",
            "downloadTimeSec": 0.0,
            "environmentTime": "00:00:00",
            "environmentTimeSec": 0.0,
            "executionTime": format_timespan(exec_seconds),
            "executionTimeSec": exec_seconds,
            "executionTimeByCpuModel": [
                {"model": CPU_MODEL, "time": exec_seconds, "core": CORES_PER_INSTANCE}
            ],
            "executionTimeGhzByCpuModel": [
                {
                    "model": CPU_MODEL,
                    "timeGhz": exec_seconds * CLOCK_GHZ,
                    "clockRatio": 1.0,
                    "core": CORES_PER_INSTANCE,
                }
            ],
            "uploadTime": "00:00:00",
            "uploadTimeSec": 0.0,
            "wallTime": format_timespan(wall),
            "wallTimeSec": wall,
            "succeededRange": format_ranges(succeeded),
            "executedRange": format_ranges(executed),
            "failedRange": format_ranges(failed + cancelled),
            "startedOnceRange": format_ranges(started_once),
            "cancelledRange": format_ranges(cancelled),
            "failedOnlyRange": format_ranges(failed),
            "runningInstancesInfo": {
                "perRunningInstanceInfo": per_running,
                "snapshotResults": snapshot_results,
                "timestamp": self.now(),
                "averageFrequencyGHz": CLOCK_GHZ if per_running else 0.0,
                "maxFrequencyGHz": CLOCK_GHZ if per_running else 0.0,
                "minFrequencyGHz": CLOCK_GHZ if per_running else 0.0,
                "averageMaxFrequencyGHz": CLOCK_GHZ if per_running else 0.0,
                "averageCpuUsage": 50.0 if per_running else 0.0,
                "clusterPowerIndicator": 1.0,
                "averageMemoryUsage": 0.8 if per_running else 0.0,
                "averageNetworkInKbps": 0.0,
                "averageNetworkOutKbps": 0.0,
                "totalNetworkInKbps": 0.0,
                "totalNetworkOutKbps": 0.0,
                "runningCoreCountByCpuModel": (
                    [
                        {
                            "model": CPU_MODEL,
                            "core": CORES_PER_INSTANCE,
                            "runningCoreCount": CORES_PER_INSTANCE * len(per_running),
                        }
                    ]
                    if per_running
                    else []
                ),
            },
        }

    @staticmethod
    def _completed_instance(instance: InstanceState) -> dict[str, Any]:
        error = None
        if instance.state == "Failure":
            message = instance.result.error if instance.result is not None else None
            error = {"code": "SBX0001E", "message": message or "The instance failed", "debug": None}
        elif instance.state == "Cancelled":
            error = {"code": "SBX0782I", "message": "The instance was cancelled", "debug": None}
        return {
            "instanceId": instance.instance_id,
            "state": instance.state,
            "wallTimeSec": instance.wall_seconds,
            "execTimeSec": instance.exec_seconds,
            "execTimeSecGHz": instance.exec_seconds * CLOCK_GHZ,
            "peakMemoryMB": 256,
            "averageGHz": CLOCK_GHZ,
            "clockRatio": 1.0,
            "results": list(instance.results),
            "error": error,
            "specificationKey": SPECIFICATION_KEY,
            "cpuModel": CPU_MODEL,
            "coreCount": CORES_PER_INSTANCE,
            "executionAttemptCount": instance.attempts,
        }

    def _render_dependencies(self, task: TaskRecord, dependencies: dict[str, Any]) -> None:
        states = list(task.dependency_states.values())
        if any(s == "dependencyConditionsNotFulfilled" for s in states):
            overall = "dependencyConditionsNotFulfilled"
        elif states and all(s == "dependencyConditionsFulfilled" for s in states):
            overall = "dependencyConditionsFulfilled"
        elif states:
            overall = "waiting"
        else:
            overall = "dependencyConditionsFulfilled"
        for item in dependencies.get("advancedDependsOn") or []:
            dep = str(item.get("taskUuid"))
            item["actualFinalState"] = task.dependency_actual.get(dep)
            item["state"] = task.dependency_states.get(dep, "waiting")
        dependencies["state"] = overall

    # counters for /info and the quotas

    def counters(self) -> dict[str, int]:
        with self.lock:
            active_tasks = [t for t in self.tasks.values() if t.data["state"] not in FINAL_TASK_STATES]
            running_instances = sum(
                sum(1 for i in t.instances.values() if i.state is None)
                for t in active_tasks
                if t.data["state"] in TASK_EXECUTING_STATES
            )
            running_pools = [p for p in self.pools.values() if p.data["state"] in POOL_ACTIVE_STATES]
            pool_instances = sum(len(p.instance_ids) for p in running_pools)
            return {
                "taskCount": len(self.tasks),
                "runningTaskCount": len(active_tasks),
                "poolCount": len(self.pools),
                "runningPoolCount": len(running_pools),
                "jobCount": len(self.jobs),
                "runningJobCount": sum(1 for j in self.jobs.values() if j.data["state"] == "Active"),
                "runningInstanceCount": running_instances + pool_instances,
                "runningCoreCount": (running_instances + pool_instances) * CORES_PER_INSTANCE,
            }
