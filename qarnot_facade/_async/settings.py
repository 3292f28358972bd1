"""Platform settings operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.settings``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qarnot_facade._async.core import AsyncClientCore
from qarnot_facade._decoding import as_model

if TYPE_CHECKING:
    from qarnot_api.models import ApiSettings


__all__ = ["AsyncSettingsOperations"]


class AsyncSettingsOperations(AsyncClientCore):
    """Platform settings (tag ``settings``)."""

    async def get_settings(self) -> ApiSettings:
        """``GET /settings``: platform settings (``storage``: the S3 URL, ``None`` when there is none).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.settings import get_settings as op
        from qarnot_api.models import ApiSettings

        return as_model(await self._send(lambda: op.asyncio_detailed(client=self._api)), ApiSettings)
