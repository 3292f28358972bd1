"""Sanity checks operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.sanity_checks``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from qarnot_facade._async.core import AsyncClientCore
from qarnot_facade._core import scaling_payload

if TYPE_CHECKING:
    from qarnot_api.models import ScalingPayload


__all__ = ["AsyncSanityCheckOperations"]


class AsyncSanityCheckOperations(AsyncClientCore):
    """Sanity checks (tag ``sanity-checks``): validate scaling policies."""

    async def check_pool_scaling(self, scaling: ScalingPayload | Mapping[str, Any]) -> None:
        """``POST /sanity-checks/pools/scaling``: validate scaling policies without applying them.

        Returns ``None`` when they are valid (the API answers 200 without a body).

        Raises:
            InvalidInputError (no policy, before sending), ValidationError (invalid policies),
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.sanity_checks import check_pool_scaling as op

        body = scaling_payload(scaling)
        await self._send(lambda: op.asyncio_detailed(client=self._api, body=body))
