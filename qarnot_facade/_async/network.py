"""Port forwarding operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.network``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qarnot_facade._async.core import AsyncClientCore
from qarnot_facade._core import check_uuid
from qarnot_facade._decoding import as_model

if TYPE_CHECKING:
    from qarnot_api.models import TaskPortForwards


__all__ = ["AsyncNetworkOperations"]


class AsyncNetworkOperations(AsyncClientCore):
    """Port forwarding (tag ``network``)."""

    async def get_task_port_forwarding(self, task_id: str) -> TaskPortForwards:
        """``GET /v1/network/tasks/{taskId}/port-forward``: port forwards per instance (uuid only).

        The answer maps an instance id (string) to its forwards by rule name.

        Raises:
            InvalidInputError (not a uuid), NotFoundError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.network import get_task_port_forwarding as op
        from qarnot_api.models import TaskPortForwards

        tid = check_uuid(task_id, "task_id")
        return as_model(
            await self._send(lambda: op.asyncio_detailed(tid, client=self._api)), TaskPortForwards
        )
