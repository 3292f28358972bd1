"""Waiting for tasks, pools and jobs, and ``run_task`` (the async source; the sync code is derived).

The schedule (growing interval, deadline) and the final states are in :mod:`qarnot_facade._waiting`.
Cancelling the coroutine that awaits a wait stops the wait and nothing else: the task, pool or job is
left as it is (abort it with :meth:`abort_task` if that is what you want).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from qarnot_facade._async.core import AsyncClientCore, follow_pages
from qarnot_facade._core import check_id, page_request
from qarnot_facade._following import STREAMS, OutputChunk, OutputFollow, Stream, StreamCursor
from qarnot_facade._waiting import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    JOB_FINAL_STATES,
    POOL_ENDED_STATES,
    POOL_RUNNING_STATES,
    TASK_FINAL_STATES,
    WATCH_PAGE,
    PollSchedule,
    RunResult,
    Watch,
    canonical_uuid,
    check_ids,
    check_wait_args,
    note_stopped,
    state_in,
    state_text,
    timeout_error,
    wait_log,
)
from qarnot_facade.errors import (
    AuthenticationError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    QarnotError,
)
from qarnot_facade.filters import Field

if TYPE_CHECKING:
    from qarnot_api.models import (
        CreateTaskPayload,
        Job,
        JobPage,
        Pool,
        PoolPage,
        PoolSummaryPage,
        Task,
        TaskPage,
        TaskSummaryPage,
        UuidResponse,
    )

__all__ = ["AsyncWaitingOperations"]


T = TypeVar("T")


class AsyncWaitingOperations(AsyncClientCore):
    """``wait_for_task``, ``wait_for_pool``, ``wait_for_job`` and ``run_task``."""

    async def _poll(
        self,
        what: str,
        fetch: Callable[[], Awaitable[T]],
        done: Callable[[T], bool],
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
        task_id: str | None = None,
    ) -> T:
        schedule = PollSchedule(timeout, poll_interval, max_poll_interval, self._clock)
        running = () if task_id is None else (task_id,)
        try:
            while True:
                current = await fetch()
                state = state_text(getattr(current, "state", None))
                if done(current):
                    return current
                delay = schedule.next_delay()
                if delay is None:
                    raise timeout_error(
                        what,
                        timeout,
                        running,
                        1,
                        current,
                        tasks=task_id is not None,
                        detail=f"last state: {state}",
                    )
                wait_log().debug("%s is %s; next poll in %.2fs", what, state, delay)
                await self._sleep(delay)
        except BaseException as exc:
            note_stopped(exc, what, running)
            raise

    async def wait_for_task(
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
        return await self._poll(
            f"task {tid}",
            lambda: self.get_task_information(tid),
            lambda task: state_in(task.state, TASK_FINAL_STATES),
            timeout,
            poll_interval,
            max_poll_interval,
            task_id=tid,
        )

    async def wait_for_pool(
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
        return await self._poll(
            f"pool {pid}",
            lambda: self.get_pool_information(pid),
            lambda pool: state_in(pool.state, targets),
            timeout,
            poll_interval,
            max_poll_interval,
        )

    async def wait_for_job(
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
        return await self._poll(
            f"job {jid}",
            lambda: self.get_job_info(jid),
            lambda job: state_in(job.state, JOB_FINAL_STATES),
            timeout,
            poll_interval,
            max_poll_interval,
        )

    # ------------------------------------------------------------------ many at once
    async def _listed(self, page: Callable[..., Awaitable[Any]], uuids: Sequence[str]) -> list[Any]:
        """The objects of ``uuids`` that ``page`` lists: one filtered paginate request (tokens followed)."""
        request = page_request(None, filter=Field("Uuid").is_in(uuids), token=None, page_size=len(uuids))
        return [item async for item in follow_pages(request, page)]

    async def _in_full(
        self, full: Callable[..., Awaitable[Any]], get_one: Callable[[str], Awaitable[Any]], items: list[Any]
    ) -> list[Any]:
        """``items`` (summaries) read in full, in the same order: one filtered request per ``WATCH_PAGE``."""
        complete: dict[str, Any] = {}
        uuids = [str(item.uuid).lower() for item in items]
        for start in range(0, len(uuids), WATCH_PAGE):
            page = uuids[start : start + WATCH_PAGE]
            for item in await self._listed(full, page):
                complete[str(item.uuid).lower()] = item
            for uuid in page:
                if uuid not in complete:  # not listed (deleted meanwhile: NotFoundError)
                    complete[uuid] = await get_one(uuid)
        return [complete[uuid] for uuid in uuids]

    async def _watch(
        self,
        what: str,
        ids: list[str],
        poll: Callable[..., Awaitable[Any]],
        full: Callable[..., Awaitable[Any]] | None,
        get_one: Callable[[str], Awaitable[Any]],
        done: Callable[[Any], bool],
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
        tasks: bool,
    ) -> AsyncIterator[Any]:
        """Yield each object (in full) as soon as it is final.

        A round lists the pending ids with ``poll`` (summaries when there are: small answers), one filtered
        request per ``WATCH_PAGE`` of them; the ones that became final are then read in full with ``full``,
        once each, also one request per ``WATCH_PAGE``.
        """
        schedule = PollSchedule(timeout, poll_interval, max_poll_interval, self._clock)
        given: dict[str, str] = {}  # uuid -> the id the caller gave (a shortname is looked up once)
        running: list[str] = list(ids)
        try:
            for name in ids:
                uuid = canonical_uuid(name)
                if uuid is None:
                    named = await get_one(name)
                    uuid = str(named.uuid).lower()
                given.setdefault(uuid, name)
            watch: Watch[Any] = Watch(list(given), done, lambda item: str(item.uuid))
            while True:
                final: list[Any] = []
                for chunk in watch.chunks():
                    found = await self._listed(poll, chunk)
                    for uuid in watch.missing(chunk, found):
                        found.append(await get_one(uuid))  # deleted: NotFoundError; not listed yet: its state
                    final += watch.see(found)
                for item in final if full is None else await self._in_full(full, get_one, final):
                    yield item
                running = [given[uuid] for uuid in watch.pending]
                if watch.finished:
                    return
                delay = schedule.next_delay()
                if delay is None:
                    last = [watch.last[uuid] for uuid in watch.pending if uuid in watch.last]
                    raise timeout_error(what, timeout, running, len(given), last, tasks=tasks)
                pending = len(running)
                wait_log().debug("%d of %d %s pending; next poll in %.2fs", pending, len(given), what, delay)
                await self._sleep(delay)
        except BaseException as exc:
            note_stopped(exc, what, running if tasks else ())
            raise

    def as_completed(
        self,
        task_ids: Iterable[str],
        *,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    ) -> AsyncIterator[Task]:
        """Each task of ``task_ids`` as soon as it is final (Success, Failure or Cancelled), in that order.

        A poll round costs one ``POST /tasks/summaries/paginate`` filtered on the ids still pending, per 100
        of them, plus one ``POST /tasks/paginate`` per 100 tasks that just became final (each task is read
        in full once), never one ``GET`` per task; the rounds follow the schedule of
        :meth:`wait_for_task`, and ``timeout`` (``None``: forever) bounds the whole wait. Ids may be uuids
        or shortnames (a shortname costs one ``GET`` at the start). Stopping the iteration, Ctrl-C or
        cancelling the awaiting coroutine stops the wait only: the tasks keep running.

        Raises (while iterating):
            WaitTimeoutError (``.task_ids``: those still running, ``.last``: their last summaries),
            NotFoundError (a task was deleted), InvalidInputError (at the call).
        """
        ids = check_ids(task_ids, "task_ids")
        check_wait_args(timeout, poll_interval, max_poll_interval)
        return self._watch(
            "tasks",
            ids,
            self.paginate_tasks_summaries,
            self.paginate_tasks,
            self.get_task_information,
            lambda task: state_in(task.state, TASK_FINAL_STATES),
            timeout,
            poll_interval,
            max_poll_interval,
            True,
        )

    async def wait_for_tasks(
        self,
        task_ids: Iterable[str],
        *,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    ) -> list[Task]:
        """Wait until every task of ``task_ids`` is final; return them in the order of ``task_ids``.

        Costs what :meth:`as_completed` costs: one filtered ``POST /tasks/summaries/paginate`` per 100
        pending ids per poll round, and each task read in full once, whatever the number of tasks.

        Raises:
            WaitTimeoutError (``.task_ids``: those still running), NotFoundError, InvalidInputError.
        """
        ids = check_ids(task_ids, "task_ids")
        found = self.as_completed(
            ids, timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval
        )
        final = [task async for task in found]
        return _in_order(ids, final)

    async def wait_for_pools(
        self,
        pool_ids: Iterable[str],
        *,
        until: Literal["running", "closed"] = "running",
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    ) -> list[Pool]:
        """:meth:`wait_for_pool` for several pools at once (one filtered ``POST /pools/summaries/paginate``
        per 100 pending ids per round); returns them in full, in the order of ``pool_ids``.

        Raises:
            WaitTimeoutError, NotFoundError, InvalidInputError.
        """
        ids = check_ids(pool_ids, "pool_ids")
        if until not in ("running", "closed"):
            raise InvalidInputError(f"until must be 'running' or 'closed', got {until!r}")
        targets = POOL_RUNNING_STATES | POOL_ENDED_STATES if until == "running" else POOL_ENDED_STATES
        check_wait_args(timeout, poll_interval, max_poll_interval)
        found = self._watch(
            "pools",
            ids,
            self.paginate_pools_summaries,
            self.paginate_pools,
            self.get_pool_information,
            lambda pool: state_in(pool.state, targets),
            timeout,
            poll_interval,
            max_poll_interval,
            False,
        )
        return _in_order(ids, [pool async for pool in found])

    async def wait_for_jobs(
        self,
        job_ids: Iterable[str],
        *,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    ) -> list[Job]:
        """:meth:`wait_for_job` for several jobs at once (one filtered ``POST /jobs/paginate`` per 100
        pending ids per round); returns them in the order of ``job_ids``.

        Raises:
            WaitTimeoutError, NotFoundError, InvalidInputError.
        """
        ids = check_ids(job_ids, "job_ids")
        check_wait_args(timeout, poll_interval, max_poll_interval)
        found = self._watch(
            "jobs",
            ids,
            self.paginate_jobs,
            None,
            self.get_job_info,
            lambda job: state_in(job.state, JOB_FINAL_STATES),
            timeout,
            poll_interval,
            max_poll_interval,
            False,
        )
        return _in_order(ids, [job async for job in found])

    # ------------------------------------------------------------------ output
    def follow_task_output(
        self,
        task_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    ) -> AsyncIterator[OutputChunk]:
        """Each new piece of the task's stdout and stderr, per instance, while it runs, until it is final.

        Every round reads ``GET /tasks/{taskId}`` and, for each instance running (or just completed), the
        consuming ``POST /tasks/{taskId}/stdout/{instanceId}`` and ``.../stderr/{instanceId}``; the rounds
        follow the schedule of :meth:`wait_for_task`. A consuming read that fails without a trustworthy
        answer is never re-sent: that stream is then read from the full ``GET`` output past what was
        already yielded, so no line is lost or repeated. Do not consume the same task's output elsewhere
        meanwhile. Stopping the iteration or cancelling stops the follow, not the task.

        Raises (while iterating):
            WaitTimeoutError (``.task_ids``), NotFoundError, InvalidInputError (at the call).
        """
        tid = check_id(task_id, "task_id")
        check_wait_args(timeout, poll_interval, max_poll_interval)
        return self._output_chunks(tid, timeout, poll_interval, max_poll_interval)

    async def _output_chunks(
        self, tid: str, timeout: float | None, poll_interval: float, max_poll_interval: float
    ) -> AsyncIterator[OutputChunk]:
        async for item in self._follow(tid, timeout, poll_interval, max_poll_interval):
            if isinstance(item, OutputChunk):
                yield item

    async def _follow(
        self, tid: str, timeout: float | None, poll_interval: float, max_poll_interval: float
    ) -> AsyncIterator[OutputChunk | Task]:
        """The output chunks of the task as they come, then the final task."""
        schedule = PollSchedule(timeout, poll_interval, max_poll_interval, self._clock)
        follow = OutputFollow()
        try:
            while True:
                task = await self.get_task_information(tid)
                final = state_in(task.state, TASK_FINAL_STATES)
                for instance in follow.instances(task, final):
                    for stream in STREAMS:
                        text = await self._fresh_output(
                            tid, instance, stream, follow.cursor(instance, stream)
                        )
                        if text:
                            yield OutputChunk(instance, stream, text)
                if final:
                    yield task
                    return
                delay = schedule.next_delay()
                if delay is None:
                    state = state_text(task.state)
                    raise timeout_error(
                        f"task {tid}", timeout, (tid,), 1, task, tasks=True, detail=f"last state: {state}"
                    )
                await self._sleep(delay)
        except BaseException as exc:
            note_stopped(exc, f"task {tid}", (tid,))
            raise

    async def _fresh_output(self, tid: str, instance: int, stream: Stream, cursor: StreamCursor) -> str:
        """What one instance wrote on one stream since the previous read (see :class:`StreamCursor`)."""
        if cursor.consuming:
            consume = (
                self.get_last_task_instance_stdout
                if stream == "stdout"
                else self.get_last_task_instance_stderr
            )
            try:
                return cursor.consumed(await consume(tid, instance))
            except NotFoundError:
                return ""  # not started yet (a deleted task fails on the next GET of the task)
            except (AuthenticationError, ForbiddenError, InvalidInputError):
                raise
            except QarnotError as exc:
                wait_log().info(
                    "reading the new %s of %s/%d failed (%s); reading the full output",
                    stream,
                    tid,
                    instance,
                    exc,
                )
                cursor.lost()
        full = self.get_task_instance_stdout if stream == "stdout" else self.get_task_instance_stderr
        try:
            return cursor.from_full(await full(tid, instance))
        except NotFoundError:
            return ""

    async def run_task(
        self,
        payload: CreateTaskPayload | Mapping[str, Any],
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        *,
        on_output: Callable[[OutputChunk], None] | None = None,
    ) -> RunResult:
        """Submit a task, wait for its final state, and return it with its whole stdout and stderr.

        Calls ``POST /tasks``, then polls ``GET /tasks/{taskId}``, then ``GET /tasks/{taskId}/stdout`` and
        ``/stderr``. With ``on_output``, the task's output is followed while it runs
        (:meth:`follow_task_output`) and each :class:`~qarnot_facade.OutputChunk` is passed to it. A task
        that ends in Failure or Cancelled is returned too (see ``result.succeeded``); it is not aborted or
        deleted, neither when the wait times out or is cancelled.

        Raises:
            the errors of :meth:`create_task`; WaitTimeoutError when ``timeout`` passes (the task keeps
            running; ``.task_ids`` holds its id, ``.last`` the last task seen).
        """
        check_wait_args(timeout, poll_interval, max_poll_interval)
        if on_output is not None and not callable(on_output):
            raise InvalidInputError("on_output must be a callable taking an OutputChunk")
        task_id = cast(str, (await self.create_task(payload)).uuid)  # create_task checks it is there
        if on_output is None:
            task = await self.wait_for_task(task_id, timeout, poll_interval, max_poll_interval)
        else:
            async for item in self._follow(task_id, timeout, poll_interval, max_poll_interval):
                if isinstance(item, OutputChunk):
                    on_output(item)
                else:
                    task = item
        return RunResult(
            task=task,
            stdout=await self.get_task_stdout(task_id),
            stderr=await self.get_task_stderr(task_id),
        )

    # provided by the operation mixins; declared for type checking
    if TYPE_CHECKING:

        async def get_task_information(self, task_id: str) -> Task: ...
        async def get_pool_information(self, pool_id: str) -> Pool: ...
        async def get_job_info(self, job_id: str) -> Job: ...
        async def create_task(self, payload: CreateTaskPayload | Mapping[str, Any]) -> UuidResponse: ...
        async def get_task_stdout(self, task_id: str) -> str: ...
        async def get_task_stderr(self, task_id: str) -> str: ...
        async def paginate_tasks(self, request: Any) -> TaskPage: ...
        async def paginate_pools(self, request: Any) -> PoolPage: ...
        async def paginate_jobs(self, request: Any) -> JobPage: ...
        async def paginate_tasks_summaries(self, request: Any) -> TaskSummaryPage: ...
        async def paginate_pools_summaries(self, request: Any) -> PoolSummaryPage: ...
        async def get_last_task_instance_stdout(self, task_id: str, instance_id: int) -> str: ...
        async def get_last_task_instance_stderr(self, task_id: str, instance_id: int) -> str: ...
        async def get_task_instance_stdout(self, task_id: str, instance_id: int) -> str: ...
        async def get_task_instance_stderr(self, task_id: str, instance_id: int) -> str: ...


def _in_order(ids: Sequence[str], items: Sequence[Any]) -> list[Any]:
    """``items`` (final objects) in the order of the ``ids`` the caller gave (uuids or shortnames)."""
    by_id: dict[str, Any] = {}
    for item in items:
        by_id[str(item.uuid).lower()] = item
        shortname = getattr(item, "shortname", None)
        if isinstance(shortname, str):
            by_id.setdefault(shortname, item)
    return [by_id[name.lower()] if name.lower() in by_id else by_id[name] for name in ids]
