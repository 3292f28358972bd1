"""API versions operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.versions``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qarnot_facade._async.core import AsyncClientCore
from qarnot_facade._decoding import as_models

if TYPE_CHECKING:
    from qarnot_api.models import ApiVersion


__all__ = ["AsyncVersionOperations"]


class AsyncVersionOperations(AsyncClientCore):
    """API versions (tag ``versions``)."""

    async def get_versions(self) -> list[ApiVersion]:
        """``GET /versions``: API versions and their end of life.

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.versions import get_versions as op
        from qarnot_api.models import ApiVersion

        return as_models(await self._send(lambda: op.asyncio_detailed(client=self._api)), ApiVersion)
