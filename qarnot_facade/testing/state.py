"""The sandbox's in-memory platform: the records of tasks, pools, jobs and snapshots, output buffers, the
clock and the :class:`Store` holding them. The state machines live in :mod:`.resources` (``step_job``,
``step_pool``, ``step_task``); :meth:`Store.step` runs them in that order.

Everything moves in *steps*. One step moves every object at most one state forward:

* task: ``Submitted`` -> ``FullyDispatched`` (resources are downloaded) -> ``FullyExecuting`` (the executor
  runs every instance) -> ``UploadingResults`` (result files go to the result bucket) -> ``Success`` or
  ``Failure``; ``abort`` -> ``PendingCancel`` -> ``Cancelled``; ``DELETE`` -> ``PendingDelete`` -> gone. A
  task waits in ``Submitted`` for its pool to run and for its dependencies; a state whose background
  work (download, execution, upload) is not finished is not left.
* pool: see :mod:`.resources.pools`.
* job: see :mod:`.resources.jobs`.
* instant snapshot: ``Triggered`` -> ``InProgress`` -> ``Success`` (or ``Failure``).

The :class:`Clock` gives the platform's time. In automatic mode a ticker thread (owned by the sandbox)
calls :meth:`Store.step` every few milliseconds while something is active and the clock follows real
time; in manual mode nothing moves until the test calls :meth:`Store.advance`, which also moves the
clock by ``step_seconds`` per step and waits for the background work started by each step.
"""

from __future__ import annotations

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

from .executors import Executor, InstanceResult
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
            # the state machines live with their handlers (which import this module)
            from .resources.jobs import step_job
            from .resources.pools import step_pool
            from .resources.tasks import step_task

            for job in list(self.jobs.values()):
                step_job(self, job)
            for pool in list(self.pools.values()):
                step_pool(self, pool)
            for task in list(self.tasks.values()):
                step_task(self, task)
            self.changed.notify_all()

    # background-work errors, shared by the task and pool state machines

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
