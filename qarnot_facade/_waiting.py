"""What the sync and async waits share: final states, the poll schedule (backoff and deadline), results.

Private module, no I/O. The waits themselves (``wait_for_task``, ``wait_for_pool``, ``wait_for_job``,
``run_task``) are written once, async, in :mod:`qarnot_facade._async.waiting` and derived for the sync
client.

Polling starts fast and slows down: the first poll comes after ``FIRST_POLL_INTERVAL`` (50 ms), the
interval doubles up to ``poll_interval``, then grows 1.5 times per poll up to ``max_poll_interval``; so a
task that ends at once is seen within a fraction of a second, and a long one costs few requests. The
deadline is measured on the client's clock (``time.monotonic`` unless a test injects one) and stops
the wait, never the task. Only the real final states end a wait, compared case-insensitively since
states are open-ended strings: a task ends in Success, Failure or Cancelled (``PendingCancel`` is
**not** final); a pool is running in FullyExecuting, and ended in Closed or Failure; a job ends in
Completed. A deadline that passes raises :class:`~qarnot_facade.errors.WaitTimeoutError` carrying the
last object seen and the ids of the tasks still running.

Waiting on many objects (``wait_for_tasks``, ``as_completed``, ``wait_for_pools``, ``wait_for_jobs``)
costs one filtered ``POST .../summaries/paginate`` per ``WATCH_PAGE`` ids still pending per poll round,
plus one full ``POST .../paginate`` per ``WATCH_PAGE`` objects that just became final, whatever their
number, never one ``GET`` per object.
"""

from __future__ import annotations

import math
import uuid as _uuid
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from qarnot_facade.errors import InvalidInputError, WaitTimeoutError

if TYPE_CHECKING:
    import logging

    from qarnot_api.models import Task

__all__ = [
    "DEFAULT_MAX_POLL_INTERVAL",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "FIRST_POLL_INTERVAL",
    "JOB_FINAL_STATES",
    "POOL_ENDED_STATES",
    "POOL_RUNNING_STATES",
    "TASK_FINAL_STATES",
    "WATCH_PAGE",
    "PollSchedule",
    "RunResult",
    "Watch",
    "check_ids",
    "check_wait_args",
    "note_stopped",
    "state_in",
    "state_text",
    "timeout_error",
    "wait_log",
]

TASK_FINAL_STATES = frozenset({"success", "failure", "cancelled"})
POOL_RUNNING_STATES = frozenset({"fullyexecuting"})
POOL_ENDED_STATES = frozenset({"closed", "failure"})
JOB_FINAL_STATES = frozenset({"completed"})

DEFAULT_WAIT_TIMEOUT = 3600.0
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_MAX_POLL_INTERVAL = 30.0
FIRST_POLL_INTERVAL = 0.05
_GROWTH = 1.5
WATCH_PAGE = 100  # ids per filtered paginate request when watching many objects

T = TypeVar("T")


def wait_log() -> logging.Logger:
    """The waits' logger, ``qarnot_facade.wait`` (``logging`` loads on the first message, not on import)."""
    import logging

    return logging.getLogger("qarnot_facade.wait")


def state_in(state: Any, states: Collection[str]) -> bool:
    """Whether an open-ended state value (enum member or plain string) is one of ``states`` (lower case)."""
    if state is None:
        return False
    text = getattr(state, "value", state)
    return isinstance(text, str) and text.strip().lower() in states


def state_text(state: Any) -> Any:
    """A state for messages: the enum's value or the plain string."""
    return getattr(state, "value", state)


@dataclass(frozen=True)
class RunResult:
    """What :meth:`Client.run_task` gives back: the final task and its output."""

    task: Task
    stdout: str
    stderr: str

    @property
    def uuid(self) -> str:
        return str(self.task.uuid)

    @property
    def state(self) -> str:
        return str(state_text(self.task.state))

    @property
    def succeeded(self) -> bool:
        return state_in(self.task.state, {"success"})


def check_wait_args(timeout: float | None, poll_interval: float, max_poll_interval: float) -> float:
    """The wait's budget in seconds (``inf`` for ``timeout=None``); refuses bad intervals and timeouts."""
    for name, value in (("poll_interval", poll_interval), ("max_poll_interval", max_poll_interval)):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not value > 0
            or math.isinf(value)
        ):
            raise InvalidInputError(f"{name} must be a positive number of seconds, got {value!r}")
    if timeout is None:
        return math.inf
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout >= 0:
        raise InvalidInputError(
            f"timeout must be a number of seconds >= 0 (or None to wait forever), got {timeout!r}"
        )
    return float(timeout)


class PollSchedule:
    """When to poll next: fast at first, then a growing interval, and a deadline, on the client's clock."""

    def __init__(
        self,
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
        clock: Callable[[], float],
    ) -> None:
        budget = check_wait_args(timeout, poll_interval, max_poll_interval)
        self._clock = clock
        self.deadline = clock() + budget
        self.poll_interval = float(poll_interval)
        self.max_interval = max(float(max_poll_interval), self.poll_interval)
        self.interval = min(FIRST_POLL_INTERVAL, self.poll_interval)

    def next_delay(self) -> float | None:
        """Seconds to sleep before the next poll, or ``None`` when the deadline has passed."""
        remaining = self.deadline - self._clock()
        if remaining <= 0:
            return None
        delay = min(self.interval, remaining)
        if self.interval < self.poll_interval:
            self.interval = min(self.interval * 2, self.poll_interval)
        else:
            self.interval = min(self.interval * _GROWTH, self.max_interval)
        return delay


def check_ids(values: Iterable[str], name: str) -> list[str]:
    """A non-empty list of ids (uuids or shortnames), for the waits on several objects."""
    from qarnot_facade._core import check_id

    if isinstance(values, str):
        raise InvalidInputError(f"{name} must be a list of ids, not a single string (use [{values!r}])")
    if not isinstance(values, Iterable) or isinstance(values, bytes | Mapping):
        raise InvalidInputError(f"{name} must be a list of ids, got {type(values).__name__}")
    ids = [check_id(value, f"{name}[{i}]") for i, value in enumerate(values)]
    if not ids:
        raise InvalidInputError(f"{name} must hold at least one id")
    return ids


def canonical_uuid(value: str) -> str | None:
    """``value`` as a lower-case uuid, or ``None`` when it is not one (a shortname)."""
    try:
        return str(_uuid.UUID(value))
    except ValueError:
        return None


class Watch(Generic[T]):
    """The state of a wait on several objects: which are final and which are still pending.

    Keys are lower-case uuids. :meth:`chunks` gives the pending ones in pages of ``WATCH_PAGE`` (one
    filtered request each), :meth:`see` records what a poll returned and gives what became final.
    """

    def __init__(self, uuids: Sequence[str], done: Callable[[T], bool], key: Callable[[T], str]) -> None:
        self._done = done
        self._key = key
        self.pending: dict[str, None] = dict.fromkeys(uuids)
        self.final: dict[str, T] = {}
        self.last: dict[str, T] = {}

    @property
    def finished(self) -> bool:
        return not self.pending

    def chunks(self) -> list[list[str]]:
        ids = list(self.pending)
        return [ids[i : i + WATCH_PAGE] for i in range(0, len(ids), WATCH_PAGE)]

    def missing(self, chunk: Sequence[str], items: Iterable[T]) -> list[str]:
        """The ids of ``chunk`` that the poll did not return (deleted, or not listed yet)."""
        seen = {self._key(item).lower() for item in items}
        return [uuid for uuid in chunk if uuid not in seen]

    def see(self, items: Iterable[T]) -> list[T]:
        """Record a poll's answer; returns the objects that became final, in the order of the answer."""
        newly: list[T] = []
        for item in items:
            uuid = self._key(item).lower()
            if uuid not in self.pending:
                continue
            self.last[uuid] = item
            if self._done(item):
                del self.pending[uuid]
                self.final[uuid] = item
                newly.append(item)
        return newly


def timeout_error(
    what: str,
    timeout: float | None,
    waiting: Sequence[str],
    total: int,
    last: Any,
    *,
    tasks: bool,
    detail: str = "",
) -> WaitTimeoutError:
    """The error of a wait whose deadline passed, naming what is still running and how to abort tasks."""
    shown = ", ".join(waiting[:5]) + (f" and {len(waiting) - 5} more" if len(waiting) > 5 else "")
    if total == 1:
        head = f"{what} did not finish within {timeout} s" + (f" ({detail})" if detail else "")
    else:
        head = f"{len(waiting)} of {total} {what} did not finish within {timeout} s ({shown})"
    if tasks:
        them = "it" if len(waiting) == 1 else "them"
        head += (
            f"; the wait stopped, the task{'s' if len(waiting) != 1 else ''} did not: abort {them} with "
            "client.abort_task(task_id) for each id in error.task_ids"
        )
    return WaitTimeoutError(head, last=last, task_ids=tuple(waiting) if tasks else ())


def note_stopped(exc: BaseException, what: str, task_ids: Sequence[str]) -> None:
    """On Ctrl-C or a cancelled await, note on the exception that the tasks were left running."""
    if task_ids and (isinstance(exc, KeyboardInterrupt) or type(exc).__name__ == "CancelledError"):
        shown = ", ".join(task_ids[:5]) + (f" and {len(task_ids) - 5} more" if len(task_ids) > 5 else "")
        exc.add_note(
            f"qarnot: the wait for {what} was stopped; the task(s) {shown} keep running "
            "(abort them with client.abort_task(task_id))"
        )
