"""What the sync and async waits share: final states, the poll schedule (backoff and deadline), results.

Private module, no I/O. The waits themselves (``wait_for_task``, ``wait_for_pool``, ``wait_for_job``,
``run_task``) are written once, async, in :mod:`qarnot_facade._async.waiting` and derived for the sync
client.

Polling uses a growing interval (``poll_interval`` times 1.5 after each poll, up to
``max_poll_interval``) and a deadline measured on the client's clock (``time.monotonic`` unless a
test injects one). Only the real final states end a wait, compared case-insensitively since states
are open-ended strings: a task ends in Success, Failure or Cancelled (``PendingCancel`` is **not**
final); a pool is running in FullyExecuting, and ended in Closed or Failure; a job ends in Completed.
A deadline that passes raises :class:`~qarnot_facade.errors.WaitTimeoutError` carrying the last
object seen.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qarnot_facade.errors import InvalidInputError

if TYPE_CHECKING:
    from qarnot_api.models import Task

__all__ = [
    "DEFAULT_MAX_POLL_INTERVAL",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "JOB_FINAL_STATES",
    "POOL_ENDED_STATES",
    "POOL_RUNNING_STATES",
    "TASK_FINAL_STATES",
    "PollSchedule",
    "RunResult",
    "check_wait_args",
    "state_in",
    "state_text",
]

TASK_FINAL_STATES = frozenset({"success", "failure", "cancelled"})
POOL_RUNNING_STATES = frozenset({"fullyexecuting"})
POOL_ENDED_STATES = frozenset({"closed", "failure"})
JOB_FINAL_STATES = frozenset({"completed"})

DEFAULT_WAIT_TIMEOUT = 3600.0
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_MAX_POLL_INTERVAL = 30.0
_GROWTH = 1.5


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
    """When to poll next: a growing interval and a deadline, on the client's clock."""

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
        self.interval = float(poll_interval)
        self.max_interval = float(max_poll_interval)

    def next_delay(self) -> float | None:
        """Seconds to sleep before the next poll, or ``None`` when the deadline has passed."""
        remaining = self.deadline - self._clock()
        if remaining <= 0:
            return None
        delay = min(self.interval, remaining)
        self.interval = min(self.interval * _GROWTH, self.max_interval)
        return delay
