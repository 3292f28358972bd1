"""Waiting for tasks, pools and jobs to reach a final state, and ``run_task``.

Polling uses a growing interval (``poll_interval`` times 1.5 after each poll, up to
``max_poll_interval``) and a deadline measured on the client's clock (``time.monotonic`` unless a
test injects one). Only the real final states end a wait, compared case-insensitively since states
are open-ended strings: a task ends in Success, Failure or Cancelled (``PendingCancel`` is **not**
final); a pool is running in FullyExecuting, and ended in Closed or Failure; a job ends in Completed.
A deadline that passes raises :class:`~qarnot_facade.errors.WaitTimeoutError` carrying the last
object seen. Nothing here hides a network call behind an attribute.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from qarnot_facade._core import ClientCore, check_id
from qarnot_facade.errors import InvalidInputError, UnexpectedResponseError, WaitTimeoutError

if TYPE_CHECKING:
    from qarnot_api.models import CreateTaskPayload, Job, Pool, Task, UuidResponse

__all__ = [
    "JOB_FINAL_STATES",
    "POOL_ENDED_STATES",
    "POOL_RUNNING_STATES",
    "TASK_FINAL_STATES",
    "RunResult",
    "WaitingMixin",
    "state_in",
]

logger = logging.getLogger("qarnot_facade.wait")

TASK_FINAL_STATES = frozenset({"success", "failure", "cancelled"})
POOL_RUNNING_STATES = frozenset({"fullyexecuting"})
POOL_ENDED_STATES = frozenset({"closed", "failure"})
JOB_FINAL_STATES = frozenset({"completed"})

DEFAULT_WAIT_TIMEOUT = 3600.0
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_MAX_POLL_INTERVAL = 30.0
_GROWTH = 1.5

T = TypeVar("T")


def state_in(state: Any, states: Collection[str]) -> bool:
    """Whether an open-ended state value (enum member or plain string) is one of ``states`` (lower case)."""
    if state is None:
        return False
    text = getattr(state, "value", state)
    return isinstance(text, str) and text.strip().lower() in states


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
        state = self.task.state
        return str(getattr(state, "value", state))

    @property
    def succeeded(self) -> bool:
        return state_in(self.task.state, {"success"})


def _check_wait_args(timeout: float | None, poll_interval: float, max_poll_interval: float) -> float:
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


class WaitingMixin(ClientCore):
    """``wait_for_task``, ``wait_for_pool``, ``wait_for_job`` and ``run_task``."""

    def _poll(
        self,
        what: str,
        fetch: Callable[[], T],
        done: Callable[[T], bool],
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
    ) -> T:
        budget = _check_wait_args(timeout, poll_interval, max_poll_interval)
        deadline = self._clock() + budget
        interval = float(poll_interval)
        while True:
            current = fetch()
            state = getattr(current, "state", None)
            if done(current):
                return current
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise WaitTimeoutError(
                    f"{what} did not finish within {timeout} s "
                    f"(last state: {getattr(state, 'value', state)})",
                    last=current,
                )
            delay = min(interval, remaining)
            logger.debug("%s is %s; next poll in %.1fs", what, getattr(state, "value", state), delay)
            self._sleep(delay)
            interval = min(interval * _GROWTH, float(max_poll_interval))

    def wait_for_task(
        self,
        task_id: str,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    ) -> Task:
        """Poll ``GET /tasks/{taskId}`` until the task is Success, Failure or Cancelled; return it.

        ``PendingCancel`` and every other state keep the wait going. ``timeout=None`` waits forever.

        Raises:
            WaitTimeoutError (``.last`` is the last task seen), InvalidInputError, NotFoundError, and the
            errors of :meth:`get_task_information`.
        """
        tid = check_id(task_id, "task_id")
        return self._poll(
            f"task {tid}",
            lambda: self.get_task_information(tid),
            lambda task: state_in(task.state, TASK_FINAL_STATES),
            timeout,
            poll_interval,
            max_poll_interval,
        )

    def wait_for_pool(
        self,
        pool_id: str,
        until: Literal["running", "closed"] = "running",
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    ) -> Pool:
        """Poll ``GET /pools/{poolId}`` until the pool is running (``FullyExecuting``) or closed; return it.

        ``until="running"`` also returns when the pool has ended (Closed, Failure), since it will never
        run then: check ``pool.state``. ``until="closed"`` returns on Closed or Failure.

        Raises:
            WaitTimeoutError (``.last`` is the last pool seen), InvalidInputError, NotFoundError.
        """
        pid = check_id(pool_id, "pool_id")
        if until not in ("running", "closed"):
            raise InvalidInputError(f"until must be 'running' or 'closed', got {until!r}")
        targets = POOL_RUNNING_STATES | POOL_ENDED_STATES if until == "running" else POOL_ENDED_STATES
        return self._poll(
            f"pool {pid}",
            lambda: self.get_pool_information(pid),
            lambda pool: state_in(pool.state, targets),
            timeout,
            poll_interval,
            max_poll_interval,
        )

    def wait_for_job(
        self,
        job_id: str,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    ) -> Job:
        """Poll ``GET /jobs/{jobId}`` until the job is Completed; return it.

        Raises:
            WaitTimeoutError (``.last`` is the last job seen), InvalidInputError, NotFoundError.
        """
        jid = check_id(job_id, "job_id")
        return self._poll(
            f"job {jid}",
            lambda: self.get_job_info(jid),
            lambda job: state_in(job.state, JOB_FINAL_STATES),
            timeout,
            poll_interval,
            max_poll_interval,
        )

    def run_task(
        self,
        payload: CreateTaskPayload | Mapping[str, Any],
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    ) -> RunResult:
        """Submit a task, wait for its final state, and return it with its whole stdout and stderr.

        Calls ``POST /tasks``, then polls ``GET /tasks/{taskId}``, then ``GET /tasks/{taskId}/stdout`` and
        ``/stderr``. A task that ends in Failure or Cancelled is returned too (see ``result.succeeded``);
        it is not aborted or deleted.

        Raises:
            the errors of :meth:`create_task`; WaitTimeoutError when ``timeout`` passes (the task keeps
            running; ``.last`` is the last task seen).
        """
        _check_wait_args(timeout, poll_interval, max_poll_interval)
        task_id = self.create_task(payload).uuid
        if not isinstance(task_id, str):  # the published document leaves `uuid` optional
            raise UnexpectedResponseError("no uuid in the answer", status_code=200, body=None)
        task = self.wait_for_task(task_id, timeout, poll_interval, max_poll_interval)
        stdout, stderr = self.get_task_stdout(task_id), self.get_task_stderr(task_id)
        return RunResult(task=task, stdout=stdout, stderr=stderr)

    # provided by the operation mixins; declared for type checking
    if TYPE_CHECKING:

        def get_task_information(self, task_id: str) -> Task: ...
        def get_pool_information(self, pool_id: str) -> Pool: ...
        def get_job_info(self, job_id: str) -> Job: ...
        def create_task(self, payload: CreateTaskPayload | Mapping[str, Any]) -> UuidResponse: ...
        def get_task_stdout(self, task_id: str) -> str: ...
        def get_task_stderr(self, task_id: str) -> str: ...
