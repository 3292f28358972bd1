# DERIVED FILE: do not edit. `make unasync` made it from
# qarnot_facade/_async/versions.py: change that file instead.
"""API versions operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.versions``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qarnot_facade._decoding import as_models
from qarnot_facade._sync.core import ClientCore

if TYPE_CHECKING:
    from qarnot_api.models import ApiVersion


__all__ = ["VersionOperations"]


class VersionOperations(ClientCore):
    """API versions (tag ``versions``)."""

    def get_versions(self) -> list[ApiVersion]:
        """``GET /versions``: API versions and their end of life.

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.versions import get_versions as op
        from qarnot_api.models import ApiVersion

        return as_models(self._send(lambda: op.sync_detailed(client=self._api)), ApiVersion)
