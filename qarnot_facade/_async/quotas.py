"""Computing quotas operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.quotas``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qarnot_facade._async.core import AsyncClientCore
from qarnot_facade._decoding import as_model

if TYPE_CHECKING:
    from qarnot_api.models import (
        OrganizationComputingQuotasWithUserDetails,
        UserComputingQuotas,
    )


__all__ = ["AsyncQuotaOperations"]


class AsyncQuotaOperations(AsyncClientCore):
    """Computing quotas (tag ``quotas``)."""

    async def get_user_computing_quotas(self) -> UserComputingQuotas:
        """``GET /quotas/computing-quotas/user``: the user's flex, on-demand and reserved quotas.

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.quotas import get_user_computing_quotas as op
        from qarnot_api.models import UserComputingQuotas

        return as_model(await self._send(lambda: op.asyncio_detailed(client=self._api)), UserComputingQuotas)

    async def get_organization_computing_quotas(self) -> OrganizationComputingQuotasWithUserDetails:
        """``GET /quotas/computing-quotas/organization``: the organization's quotas (with per-user counts).

        Raises:
            AuthenticationError, ForbiddenError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.quotas import get_organization_computing_quotas as op
        from qarnot_api.models import OrganizationComputingQuotasWithUserDetails

        response = await self._send(lambda: op.asyncio_detailed(client=self._api))
        return as_model(response, OrganizationComputingQuotasWithUserDetails)
