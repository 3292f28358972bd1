# DERIVED FILE: do not edit. `make unasync` made it from
# qarnot_facade/_async/users.py: change that file instead.
"""The authenticated user operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.users``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qarnot_facade._decoding import as_model
from qarnot_facade._sync.core import ClientCore

if TYPE_CHECKING:
    from qarnot_api.models import UserInfo


__all__ = ["UserOperations"]


class UserOperations(ClientCore):
    """The authenticated user (tag ``users``)."""

    def get_user_info(self) -> UserInfo:
        """``GET /info``: the authenticated user (e-mail, quotas, counters, projects).

        Raises:
            AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.users import get_user_info as op
        from qarnot_api.models import UserInfo

        return as_model(
            self._read(op.sync_detailed, client=self._api),
            UserInfo,
        )

    def check_connection(self) -> None:
        """``GET /v1``: check that the API answers and accepts the token; returns ``None`` when it does.

        Raises:
            AuthenticationError (a bad token), ForbiddenError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.users import check_connection as op

        self._read(op.sync_detailed, client=self._api)
