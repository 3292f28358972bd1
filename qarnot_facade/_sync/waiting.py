# DERIVED FILE: do not edit. `make unasync` made it from
# qarnot_facade/_async/waiting.py: change that file instead.
"""Waiting for tasks, pools and jobs, and ``run_task`` (the async source; the sync code is derived).

The schedule (growing interval, deadline) and the final states are in :mod:`qarnot_facade._waiting`.
Cancelling the coroutine that awaits a wait stops the wait and nothing else: the task, pool or job is
left as it is (abort it with :meth:`abort_task` if that is what you want).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from qarnot_facade._core import check_id
from qarnot_facade._sync.core import ClientCore
from qarnot_facade._waiting import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    JOB_FINAL_STATES,
    POOL_ENDED_STATES,
    POOL_RUNNING_STATES,
    TASK_FINAL_STATES,
    PollSchedule,
    RunResult,
    check_wait_args,
    state_in,
    state_text,
)
from qarnot_facade.errors import InvalidInputError, WaitTimeoutError

if TYPE_CHECKING:
    from qarnot_api.models import CreateTaskPayload, Job, Pool, Task, UuidResponse

__all__ = ["WaitingOperations"]

logger = logging.getLogger("qarnot_facade.wait")

T = TypeVar("T")


class WaitingOperations(ClientCore):
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
        schedule = PollSchedule(timeout, poll_interval, max_poll_interval, self._clock)
        while True:
            current = fetch()
            state = state_text(getattr(current, "state", None))
            if done(current):
                return current
            delay = schedule.next_delay()
            if delay is None:
                raise WaitTimeoutError(
                    f"{what} did not finish within {timeout} s (last state: {state})", last=current
                )
            logger.debug("%s is %s; next poll in %.1fs", what, state, delay)
            self._sleep(delay)

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
        check_wait_args(timeout, poll_interval, max_poll_interval)
        created = self.create_task(payload)
        task = self.wait_for_task(created.uuid, timeout, poll_interval, max_poll_interval)
        return RunResult(
            task=task,
            stdout=self.get_task_stdout(created.uuid),
            stderr=self.get_task_stderr(created.uuid),
        )

    # provided by the operation mixins; declared for type checking
    if TYPE_CHECKING:

        def get_task_information(self, task_id: str) -> Task: ...
        def get_pool_information(self, pool_id: str) -> Pool: ...
        def get_job_info(self, job_id: str) -> Job: ...
        def create_task(self, payload: CreateTaskPayload | Mapping[str, Any]) -> UuidResponse: ...
        def get_task_stdout(self, task_id: str) -> str: ...
        def get_task_stderr(self, task_id: str) -> str: ...
