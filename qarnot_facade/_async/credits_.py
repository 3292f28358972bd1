"""Credits and budgets operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.credits_``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qarnot_facade._async.core import AsyncClientCore
from qarnot_facade._core import check_uuid
from qarnot_facade._decoding import as_model
from qarnot_facade.errors import InvalidInputError

if TYPE_CHECKING:
    from qarnot_api.models import (
        BudgetList,
        Credits,
    )


__all__ = ["AsyncCreditOperations"]


class AsyncCreditOperations(AsyncClientCore):
    """Credits and budgets (tag ``credits``)."""

    async def get_task_credits(self, task_id: str) -> Credits:
        """``GET /credits/v1/tasks/{taskId}/credits``: credits (euros) a task consumed (uuid only).

        Raises:
            InvalidInputError (not a uuid), NotFoundError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.credits_ import get_task_credits as op
        from qarnot_api.models import Credits

        tid = check_uuid(task_id, "task_id")
        return as_model(await self._send(lambda: op.asyncio_detailed(tid, client=self._api)), Credits)

    async def get_pool_credits(self, pool_id: str) -> Credits:
        """``GET /credits/v1/pools/{poolId}/credits``: credits (euros) a pool consumed (uuid only).

        Raises:
            InvalidInputError (not a uuid), NotFoundError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.credits_ import get_pool_credits as op
        from qarnot_api.models import Credits

        pid = check_uuid(pool_id, "pool_id")
        return as_model(await self._send(lambda: op.asyncio_detailed(pid, client=self._api)), Credits)

    async def get_account_credits(self) -> Credits:
        """``GET /credits/v1/accounts/credits``: credits (euros) left on the account.

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.credits_ import get_account_credits as op
        from qarnot_api.models import Credits

        return as_model(await self._send(lambda: op.asyncio_detailed(client=self._api)), Credits)

    async def get_project_budgets(self, project_id: str, active_only: bool | None = None) -> BudgetList:
        """``GET /credits/v1/projects/{projectId}/budgets``: the budgets of a project (uuid only).

        Raises:
            InvalidInputError (not a uuid), NotFoundError (no such project), AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.credits_ import get_project_budgets as op
        from qarnot_api.models import BudgetList
        from qarnot_api.types import UNSET

        pid = check_uuid(project_id, "project_id")
        if active_only is not None and not isinstance(active_only, bool):
            raise InvalidInputError(f"active_only must be True, False or None, got {active_only!r}")
        flag = UNSET if active_only is None else active_only
        response = await self._send(lambda: op.asyncio_detailed(pid, client=self._api, active_only=flag))
        return as_model(response, BudgetList)
