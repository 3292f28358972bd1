"""Execution profiles operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.profiles``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qarnot_facade._async.core import AsyncClientCore
from qarnot_facade._core import check_id
from qarnot_facade._decoding import as_model, as_strings

if TYPE_CHECKING:
    from qarnot_api.models import ProfileDetails


__all__ = ["AsyncProfileOperations"]


class AsyncProfileOperations(AsyncClientCore):
    """Execution profiles (tag ``profiles``)."""

    async def list_profiles(self) -> list[str]:
        """``GET /profiles``: names of the execution profiles available (e.g. ``docker-batch``).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.profiles import list_profiles as op

        return as_strings(await self._read(op.asyncio_detailed, client=self._api))

    async def get_profile_details(self, profile: str) -> ProfileDetails:
        """``GET /profiles/{profile}``: a profile and its constants.

        Raises:
            InvalidInputError, NotFoundError (unknown profile), AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.profiles import get_profile_details as op
        from qarnot_api.models import ProfileDetails

        name = check_id(profile, "profile")
        return as_model(
            await self._read(op.asyncio_detailed, name, client=self._api),
            ProfileDetails,
        )
