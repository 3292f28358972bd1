# DERIVED FILE: do not edit. `make unasync` made it from
# qarnot_facade/_async/tasks.py: change that file instead.
"""Tasks operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.tasks``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from qarnot_facade._core import (
    batch_payloads,
    check_id,
    check_instance,
    check_int,
    check_named_payload,
    check_tags,
    coerce,
    page_request,
    search_request,
    task_overrides,
)
from qarnot_facade._decoding import BulkTaskReport, as_model, as_models, as_text, bulk_results
from qarnot_facade._sync.core import ClientCore, follow_pages

if TYPE_CHECKING:
    from qarnot_api.models import (
        CreateTaskPayload,
        DataDetailRequest,
        PaginateRequest,
        PeriodicSnapshotConfig,
        Snapshot,
        SnapshotConfig,
        Task,
        TaskPage,
        TaskSummary,
        TaskSummaryPage,
        UpdateTaskPayload,
        UuidResponse,
    )

    from qarnot_facade.filters import FilterInput

__all__ = ["TaskOperations"]


class TaskOperations(ClientCore):
    """Tasks (tag ``tasks``): submit, list, search, page, inspect, update, abort, snapshot, read output."""

    def list_tasks(self, tags: Iterable[str] | None = None) -> list[Task]:
        """``GET /tasks``: every task (legacy, unpaginated; prefer :meth:`iter_tasks`).

        Args:
            tags: only tasks carrying these tags (sent as repeated ``tag`` parameters).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import list_tasks as op
        from qarnot_api.models import Task
        from qarnot_api.types import UNSET

        tag = check_tags(tags)
        response = self._read(op.sync_detailed, client=self._api, tag=UNSET if tag is None else tag)
        return as_models(response, Task)

    def list_tasks_summaries(self, tags: Iterable[str] | None = None) -> list[TaskSummary]:
        """``GET /tasks/summaries``: summaries of every task (legacy, unpaginated).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import list_tasks_summaries as op
        from qarnot_api.models import TaskSummary
        from qarnot_api.types import UNSET

        tag = check_tags(tags)
        response = self._read(op.sync_detailed, client=self._api, tag=UNSET if tag is None else tag)
        return as_models(response, TaskSummary)

    def search_tasks(
        self,
        request: DataDetailRequest | Mapping[str, Any] | None = None,
        *,
        filter: FilterInput | None = None,
        select: Iterable[str] | None = None,
        maximum_results: int | None = None,
    ) -> list[Task]:
        """``POST /tasks/search``: tasks matching a filter, with only the ``select``-ed fields filled.

        Give either ``request`` (a ``DataDetailRequest`` or its dict) or the keywords.

        Raises:
            InvalidInputError (before sending), ValidationError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.tasks import search_tasks as op
        from qarnot_api.models import Task

        body = search_request(request, filter=filter, select=select, maximum_results=maximum_results)
        return as_models(self._read(op.sync_detailed, client=self._api, body=body), Task)

    def paginate_tasks(
        self,
        request: PaginateRequest | Mapping[str, Any] | None = None,
        *,
        filter: FilterInput | None = None,
        token: str | None = None,
        page_size: int | None = None,
    ) -> TaskPage:
        """``POST /tasks/paginate``: one page of full tasks (``next_token``/``is_truncated`` for the next).

        :meth:`iter_tasks` follows the pages for you.

        Raises:
            InvalidInputError (before sending), ValidationError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.tasks import paginate_tasks as op
        from qarnot_api.models import TaskPage

        body = page_request(request, filter=filter, token=token, page_size=page_size)
        return as_model(self._read(op.sync_detailed, client=self._api, body=body), TaskPage)

    def paginate_tasks_summaries(
        self,
        request: PaginateRequest | Mapping[str, Any] | None = None,
        *,
        filter: FilterInput | None = None,
        token: str | None = None,
        page_size: int | None = None,
    ) -> TaskSummaryPage:
        """``POST /tasks/summaries/paginate``: one page of task summaries.

        Raises:
            InvalidInputError (before sending), ValidationError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.tasks import paginate_tasks_summaries as op
        from qarnot_api.models import TaskSummaryPage

        body = page_request(request, filter=filter, token=token, page_size=page_size)
        return as_model(self._read(op.sync_detailed, client=self._api, body=body), TaskSummaryPage)

    @overload
    def iter_tasks(
        self, filter: FilterInput | None = ..., page_size: int | None = ..., summaries: Literal[False] = ...
    ) -> Iterator[Task]: ...

    @overload
    def iter_tasks(
        self, filter: FilterInput | None = ..., page_size: int | None = ..., *, summaries: Literal[True]
    ) -> Iterator[TaskSummary]: ...

    def iter_tasks(
        self, filter: FilterInput | None = None, page_size: int | None = None, summaries: bool = False
    ) -> Iterator[Task] | Iterator[TaskSummary]:
        """Every task matching ``filter``, fetched page by page as you iterate.

        Follows ``POST /tasks/paginate`` (or ``/tasks/summaries/paginate`` with ``summaries=True``)
        tokens while ``isTruncated``. Input is checked at the call, before anything is sent.

        Raises (while iterating):
            ValidationError, AuthenticationError, ServerError, APIConnectionError,
            UnexpectedResponseError (a page that repeats its token).
        """
        first = page_request(None, filter=filter, token=None, page_size=page_size)
        if summaries:
            return follow_pages(first, self.paginate_tasks_summaries)
        return follow_pages(first, self.paginate_tasks)

    def create_task(self, payload: CreateTaskPayload | Mapping[str, Any]) -> UuidResponse:
        """``POST /tasks``: submit one task; returns ``{uuid}`` of the new task.

        ``payload`` is a ``CreateTaskPayload`` or its dict (camelCase keys), e.g.
        ``{"name": "hello", "profile": "docker-batch", "instanceCount": 1,
        "constants": [{"key": "DOCKER_CMD", "value": "echo hello"}]}``.

        Not retried after an ambiguous failure (read timeout, 5xx): a task is never submitted twice.

        Raises:
            InvalidInputError (empty name, instanceCount < 1, unknown field... before sending),
            ValidationError (400, also an unknown pool/job), NotFoundError (404: a bucket does not exist),
            QuotaExceededError (403 "maximum number of tasks reached"), ForbiddenError, NotEnoughCreditsError
            (402), ServerError, APIConnectionError, AuthenticationError.
        """
        from qarnot_api.api.tasks import create_task as op
        from qarnot_api.models import CreateTaskPayload

        body = coerce(payload, CreateTaskPayload, "payload")
        check_named_payload(body.to_dict(), "payload")
        return self._create(lambda: op.sync_detailed(client=self._api, body=body))

    def create_tasks(self, payloads: Iterable[CreateTaskPayload | Mapping[str, Any]]) -> BulkTaskReport:
        """``POST /tasks`` with an array: submit several tasks in one request.

        Returns one :class:`BulkTaskResult` per payload, in order. A task the API refused does **not**
        raise: look at ``results.failed`` (or ``results.all_ok``, ``results.summary()``), whether the API
        answered 200, 207 (a mixed batch) or 400/402/403/404 with one status per task. Errors of the
        whole request (401, 5xx, an error without per-task statuses...) raise as usual.

        Raises:
            InvalidInputError (an empty list or a bad payload, before sending), ValidationError,
            AuthenticationError, ServerError, APIConnectionError, UnexpectedResponseError.
        """
        from qarnot_api.api.tasks import create_task as op
        from qarnot_api.models import CreateTaskPayload

        bodies = batch_payloads(payloads, CreateTaskPayload, "create_tasks")
        items = self._submit_batch(lambda: op.sync_detailed(client=self._api, body=bodies))
        return bulk_results(bodies, items)

    def get_task_information(self, task_id: str) -> Task:
        """``GET /tasks/{taskId}``: the task (by uuid or shortname).

        Raises:
            InvalidInputError (empty id), NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import get_task_information as op
        from qarnot_api.models import Task

        tid = check_id(task_id, "task_id")
        return as_model(self._read(op.sync_detailed, tid, client=self._api), Task)

    def update_task(self, task_id: str, payload: UpdateTaskPayload | Mapping[str, Any]) -> None:
        """``PUT /tasks/{taskId}``: change a task (``constants``, ``tags`` of a running task). No body back.

        Raises:
            InvalidInputError, ValidationError, ForbiddenError (not allowed in this state), NotFoundError,
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import update_task as op

        tid = check_id(task_id, "task_id")
        body = task_overrides(payload, "payload")
        self._send(lambda: op.sync_detailed(tid, client=self._api, body=body))

    def update_task_resources(self, task_id: str) -> None:
        """``PATCH /tasks/{taskId}``: re-synchronise the resource buckets into the running instances.

        Raises:
            InvalidInputError, ForbiddenError, NotFoundError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.tasks import update_task_resources as op

        tid = check_id(task_id, "task_id")
        self._send(lambda: op.sync_detailed(tid, client=self._api))

    def delete_task(self, task_id: str) -> None:
        """``DELETE /tasks/{taskId}``: delete the task (aborting it first when it runs).

        Raises:
            InvalidInputError, NotFoundError, ForbiddenError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.tasks import delete_task as op

        tid = check_id(task_id, "task_id")
        self._send(lambda: op.sync_detailed(tid, client=self._api))

    def abort_task(self, task_id: str) -> None:
        """``POST /tasks/{taskId}/abort``: abort a running task (state ``PendingCancel`` then ``Cancelled``).

        Raises:
            InvalidInputError, ForbiddenError (the task is not running), NotFoundError, AuthenticationError,
            ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import abort_task as op

        tid = check_id(task_id, "task_id")
        self._send(lambda: op.sync_detailed(tid, client=self._api))

    def restart_task(self, task_id: str) -> None:
        """``POST /tasks/{taskId}/restart``: run a task again. **Deprecated** by the API.

        Use :meth:`clone_task` (a new task from this one) or :meth:`recover_task` (this task again).

        Raises:
            InvalidInputError, ForbiddenError, NotFoundError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        import warnings

        from qarnot_api.api.tasks import restart_task as op

        warnings.warn(
            "restart_task() is deprecated by the Qarnot API: use clone_task() for a new task from this one, "
            "or recover_task() to run this task again",
            DeprecationWarning,
            stacklevel=2,
        )
        tid = check_id(task_id, "task_id")
        self._send(lambda: op.sync_detailed(tid, client=self._api))

    def _new_task_from(
        self, op: Any, task_id: str, overrides: UpdateTaskPayload | Mapping[str, Any] | None
    ) -> UuidResponse:
        """Shared by retry/recover/resume/clone: POST the overrides, return the new task's ``{uuid}``."""

        tid = check_id(task_id, "task_id")
        body = task_overrides(overrides, "overrides")
        return self._create(lambda: op.sync_detailed(tid, client=self._api, body=body))

    def retry_task(
        self, task_id: str, overrides: UpdateTaskPayload | Mapping[str, Any] | None = None
    ) -> UuidResponse:
        """``POST /tasks/{taskId}/retry``: a new task re-running the failed instances; returns its ``{uuid}``.

        ``overrides`` (fields to change, ``UpdateTaskPayload`` or dict) defaults to ``{}``.

        Raises:
            InvalidInputError, ValidationError, ForbiddenError, NotFoundError, AuthenticationError,
            ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import retry_task as op

        return self._new_task_from(op, task_id, overrides)

    def recover_task(
        self, task_id: str, overrides: UpdateTaskPayload | Mapping[str, Any] | None = None
    ) -> UuidResponse:
        """``POST /tasks/{taskId}/recover``: a new task re-running the failed and cancelled instances.

        Raises:
            InvalidInputError, ValidationError, ForbiddenError, NotFoundError, AuthenticationError,
            ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import recover_task as op

        return self._new_task_from(op, task_id, overrides)

    def resume_task(
        self, task_id: str, overrides: UpdateTaskPayload | Mapping[str, Any] | None = None
    ) -> UuidResponse:
        """``POST /tasks/{taskId}/resume``: a new task re-running the cancelled instances.

        Raises:
            InvalidInputError, ValidationError, ForbiddenError, NotFoundError, AuthenticationError,
            ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import resume_task as op

        return self._new_task_from(op, task_id, overrides)

    def clone_task(
        self, task_id: str, overrides: UpdateTaskPayload | Mapping[str, Any] | None = None
    ) -> UuidResponse:
        """``POST /tasks/{taskId}/clone``: a copy of the task with ``overrides``; returns its ``{uuid}``.

        Raises:
            InvalidInputError, ValidationError, ForbiddenError, NotFoundError, AuthenticationError,
            ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import clone_task as op

        return self._new_task_from(op, task_id, overrides)

    def create_task_unique_snapshot(
        self, task_id: str, config: SnapshotConfig | Mapping[str, Any] | None = None
    ) -> Snapshot | None:
        """``POST /tasks/{taskId}/snapshot``: upload the running instances' files once.

        Returns the ``Snapshot`` (poll :meth:`get_task_snapshot_status` with its ``id``), or ``None`` when
        an older server answers 204 without a body.

        Raises:
            InvalidInputError, ValidationError, ForbiddenError (task not running), NotFoundError,
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import create_task_unique_snapshot as op
        from qarnot_api.models import Snapshot, SnapshotConfig

        tid = check_id(task_id, "task_id")
        body = SnapshotConfig() if config is None else coerce(config, SnapshotConfig, "config")
        response = self._send(lambda: op.sync_detailed(tid, client=self._api, body=body))
        if not response.content:
            return None
        return as_model(response, Snapshot)

    def create_task_periodic_snapshot(
        self, task_id: str, config: PeriodicSnapshotConfig | Mapping[str, Any] | int
    ) -> None:
        """``POST /tasks/{taskId}/snapshot/periodic``: upload the instances' files every ``interval`` seconds.

        ``config`` is a ``PeriodicSnapshotConfig``, its dict (``{"interval": 60, "whitelist": ...}``), or
        just the interval in seconds. No body back.

        Raises:
            InvalidInputError (interval not a positive integer), ValidationError, ForbiddenError,
            NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import create_task_periodic_snapshot as op
        from qarnot_api.models import PeriodicSnapshotConfig

        tid = check_id(task_id, "task_id")
        if isinstance(config, int) and not isinstance(config, bool):
            config = {"interval": config}
        body = coerce(config, PeriodicSnapshotConfig, "config")
        check_int(body.to_dict().get("interval"), "interval", minimum=1)
        self._send(lambda: op.sync_detailed(tid, client=self._api, body=body))

    def get_task_snapshot_status(self, task_id: str, snapshot_id: str) -> Snapshot:
        """``GET /tasks/{taskId}/snapshot/{snapshotId}``: progress of an instant snapshot.

        Raises:
            InvalidInputError, NotFoundError, ForbiddenError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.tasks import get_task_snapshot_status as op
        from qarnot_api.models import Snapshot

        tid = check_id(task_id, "task_id")
        sid = check_id(snapshot_id, "snapshot_id")
        return as_model(self._send(lambda: op.sync_detailed(tid, sid, client=self._api)), Snapshot)

    def get_task_stdout(self, task_id: str) -> str:
        """``GET /tasks/{taskId}/stdout``: the whole standard output so far (all instances, ``N>`` prefixed).

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import get_task_stdout as op

        tid = check_id(task_id, "task_id")
        return as_text(self._read(op.sync_detailed, tid, client=self._api))

    def get_last_task_stdout(self, task_id: str) -> str:
        """``POST /tasks/{taskId}/stdout``: the standard output written since the previous call (consuming).

        Not retried after an ambiguous failure, so no output is lost twice.

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import get_last_task_stdout as op

        tid = check_id(task_id, "task_id")
        return as_text(self._send(lambda: op.sync_detailed(tid, client=self._api)))

    def get_task_instance_stdout(self, task_id: str, instance_id: int) -> str:
        """``GET /tasks/{taskId}/stdout/{instanceId}``: the whole standard output of one instance.

        Raises:
            InvalidInputError (negative instance id), NotFoundError (unknown task or instance),
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import get_task_instance_stdout as op

        tid, iid = check_id(task_id, "task_id"), check_instance(instance_id)
        return as_text(self._read(op.sync_detailed, tid, iid, client=self._api))

    def get_last_task_instance_stdout(self, task_id: str, instance_id: int) -> str:
        """``POST /tasks/{taskId}/stdout/{instanceId}``: one instance's new standard output (consuming).

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import get_last_task_instance_stdout as op

        tid, iid = check_id(task_id, "task_id"), check_instance(instance_id)
        return as_text(self._send(lambda: op.sync_detailed(tid, iid, client=self._api)))

    def get_task_stderr(self, task_id: str) -> str:
        """``GET /tasks/{taskId}/stderr``: the whole standard error so far.

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import get_task_stderr as op

        tid = check_id(task_id, "task_id")
        return as_text(self._read(op.sync_detailed, tid, client=self._api))

    def get_last_task_stderr(self, task_id: str) -> str:
        """``POST /tasks/{taskId}/stderr``: the standard error written since the previous call (consuming).

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import get_last_task_stderr as op

        tid = check_id(task_id, "task_id")
        return as_text(self._send(lambda: op.sync_detailed(tid, client=self._api)))

    def get_task_instance_stderr(self, task_id: str, instance_id: int) -> str:
        """``GET /tasks/{taskId}/stderr/{instanceId}``: the whole standard error of one instance.

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import get_task_instance_stderr as op

        tid, iid = check_id(task_id, "task_id"), check_instance(instance_id)
        return as_text(self._read(op.sync_detailed, tid, iid, client=self._api))

    def get_last_task_instance_stderr(self, task_id: str, instance_id: int) -> str:
        """``POST /tasks/{taskId}/stderr/{instanceId}``: one instance's new standard error (consuming).

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.tasks import get_last_task_instance_stderr as op

        tid, iid = check_id(task_id, "task_id"), check_instance(instance_id)
        return as_text(self._send(lambda: op.sync_detailed(tid, iid, client=self._api)))
