"""Jobs operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.jobs``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from qarnot_facade._async.core import AsyncClientCore, follow_pages
from qarnot_facade._core import (
    batch_payloads,
    check_id,
    check_named_payload,
    check_tags,
    coerce,
    page_request,
    search_request,
)
from qarnot_facade._decoding import BulkTaskReport, as_model, as_models, bulk_results
from qarnot_facade.errors import InvalidInputError

if TYPE_CHECKING:
    from qarnot_api.models import (
        CreateJobPayload,
        DataDetailRequest,
        Job,
        JobPage,
        PaginateRequest,
        Task,
        UuidResponse,
    )

    from qarnot_facade.filters import FilterInput

__all__ = ["AsyncJobOperations"]


class AsyncJobOperations(AsyncClientCore):
    """Jobs (tag ``jobs``): create, list, search, page, inspect, terminate, delete."""

    async def list_jobs(self, tags: Iterable[str] | None = None) -> list[Job]:
        """``GET /jobs``: every job (legacy, unpaginated; prefer :meth:`iter_jobs`).

        Args:
            tags: only those carrying these tags (sent as repeated ``tag`` parameters).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.jobs import list_jobs as op
        from qarnot_api.models import Job
        from qarnot_api.types import UNSET

        tag = check_tags(tags)
        response = await self._read(op.asyncio_detailed, client=self._api, tag=UNSET if tag is None else tag)
        return as_models(response, Job)

    async def create_job(self, payload: CreateJobPayload | Mapping[str, Any]) -> UuidResponse:
        """``POST /jobs``: create a job; returns ``{uuid}``. Never re-sent after an ambiguous failure.

        Raises:
            InvalidInputError (empty name, unknown field...), ValidationError, QuotaExceededError (403
            "maximum number of jobs reached"), NotEnoughCreditsError, NotFoundError, ServerError,
            AuthenticationError, APIConnectionError.
        """
        from qarnot_api.api.jobs import create_job as op
        from qarnot_api.models import CreateJobPayload

        body = coerce(payload, CreateJobPayload, "payload")
        check_named_payload(body.to_dict(), "payload")
        return await self._create(lambda: op.asyncio_detailed(client=self._api, body=body))

    async def create_jobs(self, payloads: Iterable[CreateJobPayload | Mapping[str, Any]]) -> BulkTaskReport:
        """``POST /jobs`` with an array: create several jobs in one request.

        Returns one :class:`BulkTaskResult` per payload, in the order sent (the API keeps the submit
        order). A job the API refused does **not** raise: look at ``results.failed``. Errors of the whole
        request (401, 5xx...) raise as usual.

        Raises:
            InvalidInputError (an empty list or a bad payload, before sending), ValidationError,
            AuthenticationError, ServerError, APIConnectionError, UnexpectedResponseError.
        """
        from qarnot_api.api.jobs import create_job as op
        from qarnot_api.models import CreateJobPayload

        bodies = batch_payloads(payloads, CreateJobPayload, "create_jobs")
        items = await self._submit_batch(lambda: op.asyncio_detailed(client=self._api, body=bodies))
        return bulk_results(bodies, items)

    async def search_jobs(
        self,
        request: DataDetailRequest | Mapping[str, Any] | None = None,
        *,
        filter: FilterInput | None = None,
        select: Iterable[str] | None = None,
        maximum_results: int | None = None,
    ) -> list[Job]:
        """``POST /jobs/search``: jobs matching a filter, with only the selected fields filled.

        Raises:
            InvalidInputError (before sending), ValidationError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.jobs import search_jobs as op
        from qarnot_api.models import Job

        body = search_request(request, filter=filter, select=select, maximum_results=maximum_results)
        return as_models(await self._read(op.asyncio_detailed, client=self._api, body=body), Job)

    async def paginate_jobs(
        self,
        request: PaginateRequest | Mapping[str, Any] | None = None,
        *,
        filter: FilterInput | None = None,
        token: str | None = None,
        page_size: int | None = None,
    ) -> JobPage:
        """``POST /jobs/paginate``: one page of jobs.

        Raises:
            InvalidInputError (before sending), ValidationError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.jobs import paginate_jobs as op
        from qarnot_api.models import JobPage

        body = page_request(request, filter=filter, token=token, page_size=page_size)
        return as_model(await self._read(op.asyncio_detailed, client=self._api, body=body), JobPage)

    def iter_jobs(
        self, filter: FilterInput | None = None, page_size: int | None = None
    ) -> AsyncIterator[Job]:
        """Every job matching ``filter``, page by page (``POST /jobs/paginate``).

        Raises (while iterating):
            ValidationError, AuthenticationError, ServerError, APIConnectionError, UnexpectedResponseError.
        """
        first = page_request(None, filter=filter, token=None, page_size=page_size)
        return follow_pages(first, self.paginate_jobs)

    async def get_job_info(self, job_id: str) -> Job:
        """``GET /jobs/{jobId}``: the job (by uuid or shortname).

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.jobs import get_job_info as op
        from qarnot_api.models import Job

        jid = check_id(job_id, "job_id")
        return as_model(await self._read(op.asyncio_detailed, jid, client=self._api), Job)

    async def delete_job(self, job_id: str, force: bool | None = None) -> None:
        """``DELETE /jobs/{jobId}``: delete a job; ``force=True`` aborts its running tasks first.

        Raises:
            InvalidInputError, ForbiddenError (running tasks and no force), NotFoundError,
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.jobs import delete_job as op
        from qarnot_api.types import UNSET

        jid = check_id(job_id, "job_id")
        if force is not None and not isinstance(force, bool):
            raise InvalidInputError(f"force must be True, False or None, got {force!r}")
        await self._send(
            lambda: op.asyncio_detailed(jid, client=self._api, force=UNSET if force is None else force)
        )

    async def terminate_job(self, job_id: str) -> None:
        """``POST /jobs/{jobId}/terminate``: stop dispatching and abort the remaining tasks.

        Raises:
            InvalidInputError, ForbiddenError, NotFoundError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.jobs import terminate_job as op

        jid = check_id(job_id, "job_id")
        await self._send(lambda: op.asyncio_detailed(jid, client=self._api))

    async def list_job_tasks(self, job_id: str) -> list[Task]:
        """``GET /jobs/{jobId}/tasks``: the tasks of a job.

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.jobs import list_job_tasks as op
        from qarnot_api.models import Task

        jid = check_id(job_id, "job_id")
        return as_models(await self._read(op.asyncio_detailed, jid, client=self._api), Task)
