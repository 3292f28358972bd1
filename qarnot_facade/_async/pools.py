"""Pools operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.pools``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from qarnot_facade._async.core import AsyncClientCore, follow_pages
from qarnot_facade._core import (
    check_id,
    check_instance,
    check_named_payload,
    check_tags,
    coerce,
    page_request,
    pool_overrides,
    scaling_payload,
    search_request,
)
from qarnot_facade._decoding import as_model, as_models, as_text

if TYPE_CHECKING:
    from qarnot_api.models import (
        CreatePoolPayload,
        DataDetailRequest,
        Job,
        PaginateRequest,
        Pool,
        PoolPage,
        PoolSummary,
        PoolSummaryPage,
        Scaling,
        ScalingPayload,
        Task,
        UpdatePoolPayload,
        UuidResponse,
    )

    from qarnot_facade.filters import FilterInput

__all__ = ["AsyncPoolOperations"]


class AsyncPoolOperations(AsyncClientCore):
    """Pools (tag ``pools``): start, list, search, page, inspect, update, scale, close, delete, output."""

    async def list_pools(self, tags: Iterable[str] | None = None) -> list[Pool]:
        """``GET /pools``: every pool (legacy, unpaginated; prefer :meth:`iter_pools`).

        Args:
            tags: only those carrying these tags (sent as repeated ``tag`` parameters).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import list_pools as op
        from qarnot_api.models import Pool
        from qarnot_api.types import UNSET

        tag = check_tags(tags)
        response = await self._read(op.asyncio_detailed, client=self._api, tag=UNSET if tag is None else tag)
        return as_models(response, Pool)

    async def list_pools_summaries(self, tags: Iterable[str] | None = None) -> list[PoolSummary]:
        """``GET /pools/summaries``: summaries of every pool (legacy, unpaginated).

        Args:
            tags: only those carrying these tags (sent as repeated ``tag`` parameters).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import list_pools_summaries as op
        from qarnot_api.models import PoolSummary
        from qarnot_api.types import UNSET

        tag = check_tags(tags)
        response = await self._read(op.asyncio_detailed, client=self._api, tag=UNSET if tag is None else tag)
        return as_models(response, PoolSummary)

    async def search_pools(
        self,
        request: DataDetailRequest | Mapping[str, Any] | None = None,
        *,
        filter: FilterInput | None = None,
        select: Iterable[str] | None = None,
        maximum_results: int | None = None,
    ) -> list[Pool]:
        """``POST /pools/search``: pools matching a filter, with only the selected fields filled.

        Raises:
            InvalidInputError (before sending), ValidationError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.pools import search_pools as op
        from qarnot_api.models import Pool

        body = search_request(request, filter=filter, select=select, maximum_results=maximum_results)
        return as_models(await self._read(op.asyncio_detailed, client=self._api, body=body), Pool)

    async def paginate_pools(
        self,
        request: PaginateRequest | Mapping[str, Any] | None = None,
        *,
        filter: FilterInput | None = None,
        token: str | None = None,
        page_size: int | None = None,
    ) -> PoolPage:
        """``POST /pools/paginate``: one page of full pools.

        Raises:
            InvalidInputError (before sending), ValidationError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.pools import paginate_pools as op
        from qarnot_api.models import PoolPage

        body = page_request(request, filter=filter, token=token, page_size=page_size)
        return as_model(await self._read(op.asyncio_detailed, client=self._api, body=body), PoolPage)

    async def paginate_pools_summaries(
        self,
        request: PaginateRequest | Mapping[str, Any] | None = None,
        *,
        filter: FilterInput | None = None,
        token: str | None = None,
        page_size: int | None = None,
    ) -> PoolSummaryPage:
        """``POST /pools/summaries/paginate``: one page of pool summaries.

        Raises:
            InvalidInputError (before sending), ValidationError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.pools import paginate_pools_summaries as op
        from qarnot_api.models import PoolSummaryPage

        body = page_request(request, filter=filter, token=token, page_size=page_size)
        return as_model(await self._read(op.asyncio_detailed, client=self._api, body=body), PoolSummaryPage)

    @overload
    def iter_pools(
        self, filter: FilterInput | None = ..., page_size: int | None = ..., summaries: Literal[False] = ...
    ) -> AsyncIterator[Pool]: ...

    @overload
    def iter_pools(
        self, filter: FilterInput | None = ..., page_size: int | None = ..., *, summaries: Literal[True]
    ) -> AsyncIterator[PoolSummary]: ...

    def iter_pools(
        self, filter: FilterInput | None = None, page_size: int | None = None, summaries: bool = False
    ) -> AsyncIterator[Pool] | AsyncIterator[PoolSummary]:
        """Every pool matching ``filter``, page by page (``POST /pools/paginate`` or its summaries variant).

        Raises (while iterating):
            ValidationError, AuthenticationError, ServerError, APIConnectionError, UnexpectedResponseError.
        """
        first = page_request(None, filter=filter, token=None, page_size=page_size)
        if summaries:
            return follow_pages(first, self.paginate_pools_summaries)
        return follow_pages(first, self.paginate_pools)

    async def create_pool(self, payload: CreatePoolPayload | Mapping[str, Any]) -> UuidResponse:
        """``POST /pools``: start a pool; returns ``{uuid}``. Never re-sent after an ambiguous failure.

        Raises:
            InvalidInputError (empty name, instanceCount < 1, unknown field... before sending),
            ValidationError, NotFoundError (a resource bucket does not exist), QuotaExceededError (403
            "maximum number of pools reached"), ForbiddenError, NotEnoughCreditsError, ServerError,
            AuthenticationError, APIConnectionError.
        """
        from qarnot_api.api.pools import create_pool as op
        from qarnot_api.models import CreatePoolPayload

        body = coerce(payload, CreatePoolPayload, "payload")
        check_named_payload(body.to_dict(), "payload")
        return await self._create(lambda: op.asyncio_detailed(client=self._api, body=body))

    async def get_pool_information(self, pool_id: str) -> Pool:
        """``GET /pools/{poolId}``: the pool (by uuid or shortname).

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import get_pool_information as op
        from qarnot_api.models import Pool

        pid = check_id(pool_id, "pool_id")
        return as_model(await self._read(op.asyncio_detailed, pid, client=self._api), Pool)

    async def list_pool_tasks(self, pool_id: str) -> list[Task]:
        """``GET /pools/{poolId}/tasks``: the tasks submitted to a pool.

        Raises:
            InvalidInputError, NotFoundError, ForbiddenError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.pools import list_pool_tasks as op
        from qarnot_api.models import Task

        pid = check_id(pool_id, "pool_id")
        return as_models(await self._read(op.asyncio_detailed, pid, client=self._api), Task)

    async def list_pool_jobs(self, pool_id: str) -> list[Job]:
        """``GET /pools/{poolId}/jobs``: the jobs bound to a pool.

        Raises:
            InvalidInputError, NotFoundError, ForbiddenError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.pools import list_pool_jobs as op
        from qarnot_api.models import Job

        pid = check_id(pool_id, "pool_id")
        return as_models(await self._read(op.asyncio_detailed, pid, client=self._api), Job)

    async def get_pool_scaling(self, pool_id: str) -> Scaling:
        """``GET /pools/{poolId}/scaling``: the scaling policies of a pool and the name of the active one.

        Raises:
            InvalidInputError, NotFoundError, ForbiddenError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.pools import get_pool_scaling as op
        from qarnot_api.models import Scaling

        pid = check_id(pool_id, "pool_id")
        return as_model(await self._read(op.asyncio_detailed, pid, client=self._api), Scaling)

    async def update_pool(self, pool_id: str, payload: UpdatePoolPayload | Mapping[str, Any]) -> None:
        """``PUT /pools/{poolId}``: change a pool (elastic settings, constants, tags). No body back.

        Raises:
            InvalidInputError, ValidationError, ForbiddenError, NotFoundError, AuthenticationError,
            ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import update_pool as op

        pid = check_id(pool_id, "pool_id")
        body = pool_overrides(payload, "payload")
        await self._send(lambda: op.asyncio_detailed(pid, client=self._api, body=body))

    async def update_pool_resources(self, pool_id: str) -> None:
        """``PATCH /pools/{poolId}``: re-synchronise the resource buckets into the running nodes.

        Raises:
            InvalidInputError, ForbiddenError, NotFoundError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.pools import update_pool_resources as op

        pid = check_id(pool_id, "pool_id")
        await self._send(lambda: op.asyncio_detailed(pid, client=self._api))

    async def update_pool_scaling(self, pool_id: str, scaling: ScalingPayload | Mapping[str, Any]) -> None:
        """``PUT /pools/{poolId}/scaling``: replace the scaling policies of a pool.

        Raises:
            InvalidInputError (no policy), ValidationError, ForbiddenError, NotFoundError,
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import update_pool_scaling as op

        pid = check_id(pool_id, "pool_id")
        body = scaling_payload(scaling)
        await self._send(lambda: op.asyncio_detailed(pid, client=self._api, body=body))

    async def delete_pool(self, pool_id: str) -> None:
        """``DELETE /pools/{poolId}``: close and delete the pool.

        Raises:
            InvalidInputError, NotFoundError, ForbiddenError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.pools import delete_pool as op

        pid = check_id(pool_id, "pool_id")
        await self._send(lambda: op.asyncio_detailed(pid, client=self._api))

    async def close_pool(self, pool_id: str) -> None:
        """``POST /pools/{poolId}/close``: close a running pool (``Closing`` then ``Closed``).

        Raises:
            InvalidInputError, ForbiddenError (not running), NotFoundError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.pools import close_pool as op

        pid = check_id(pool_id, "pool_id")
        await self._send(lambda: op.asyncio_detailed(pid, client=self._api))

    async def clone_pool(
        self, pool_id: str, overrides: UpdatePoolPayload | Mapping[str, Any] | None = None
    ) -> UuidResponse:
        """``POST /pools/{poolId}/clone``: a copy of the pool with ``overrides``; returns ``{uuid}``.

        Raises:
            InvalidInputError, ValidationError, ForbiddenError, NotFoundError, AuthenticationError,
            ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import clone_pool as op

        pid = check_id(pool_id, "pool_id")
        body = pool_overrides(overrides, "overrides")
        return await self._create(lambda: op.asyncio_detailed(pid, client=self._api, body=body))

    async def get_pool_stdout(self, pool_id: str) -> str:
        """``GET /pools/{poolId}/stdout``: the whole standard output of the pool so far.

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import get_pool_stdout as op

        pid = check_id(pool_id, "pool_id")
        return as_text(await self._read(op.asyncio_detailed, pid, client=self._api))

    async def get_last_pool_stdout(self, pool_id: str) -> str:
        """``POST /pools/{poolId}/stdout``: the standard output written since the previous call (consuming).

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import get_last_pool_stdout as op

        pid = check_id(pool_id, "pool_id")
        return as_text(await self._send(lambda: op.asyncio_detailed(pid, client=self._api)))

    async def get_pool_instance_stdout(self, pool_id: str, instance_id: int) -> str:
        """``GET /pools/{poolId}/stdout/{instanceId}``: the whole standard output of one instance.

        Raises:
            InvalidInputError (negative instance id), NotFoundError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.pools import get_pool_instance_stdout as op

        pid, iid = check_id(pool_id, "pool_id"), check_instance(instance_id)
        return as_text(await self._read(op.asyncio_detailed, pid, iid, client=self._api))

    async def get_last_pool_instance_stdout(self, pool_id: str, instance_id: int) -> str:
        """``POST /pools/{poolId}/stdout/{instanceId}``: one instance's new standard output (consuming).

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import get_last_pool_instance_stdout as op

        pid, iid = check_id(pool_id, "pool_id"), check_instance(instance_id)
        return as_text(await self._read(op.asyncio_detailed, pid, iid, client=self._api))

    async def get_pool_stderr(self, pool_id: str) -> str:
        """``GET /pools/{poolId}/stderr``: the whole standard error of the pool so far.

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import get_pool_stderr as op

        pid = check_id(pool_id, "pool_id")
        return as_text(await self._read(op.asyncio_detailed, pid, client=self._api))

    async def get_last_pool_stderr(self, pool_id: str) -> str:
        """``POST /pools/{poolId}/stderr``: the standard error written since the previous call (consuming).

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import get_last_pool_stderr as op

        pid = check_id(pool_id, "pool_id")
        return as_text(await self._send(lambda: op.asyncio_detailed(pid, client=self._api)))

    async def get_pool_instance_stderr(self, pool_id: str, instance_id: int) -> str:
        """``GET /pools/{poolId}/stderr/{instanceId}``: the whole standard error of one instance.

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import get_pool_instance_stderr as op

        pid, iid = check_id(pool_id, "pool_id"), check_instance(instance_id)
        return as_text(await self._read(op.asyncio_detailed, pid, iid, client=self._api))

    async def get_last_pool_instance_stderr(self, pool_id: str, instance_id: int) -> str:
        """``POST /pools/{poolId}/stderr/{instanceId}``: one instance's new standard error (consuming).

        Raises:
            InvalidInputError, NotFoundError, AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.pools import get_last_pool_instance_stderr as op

        pid, iid = check_id(pool_id, "pool_id"), check_instance(instance_id)
        return as_text(await self._read(op.asyncio_detailed, pid, iid, client=self._api))
