# DERIVED FILE: do not edit. `make unasync` made it from
# qarnot_facade/_async/carbon.py: change that file instead.
"""Carbon facts operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.carbon``: one method per operation of the tag, named after its operationId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qarnot_facade._core import (
    check_id,
    check_uuid,
)
from qarnot_facade._decoding import as_model, merge_carbon_spellings
from qarnot_facade._sync.core import ClientCore

if TYPE_CHECKING:
    from qarnot_api.models import CarbonFacts


__all__ = ["CarbonOperations"]


class CarbonOperations(ClientCore):
    """Carbon facts (tag ``carbon``)."""

    def get_task_carbon_facts(self, task_id: str, comparison_datacenter: str | None = None) -> CarbonFacts:
        """``GET /carbon/v1/tasks/{taskId}/carbon-facts``: energy and carbon figures of a task (uuid only).

        Raises:
            InvalidInputError (not a uuid), NotFoundError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.carbon import get_task_carbon_facts as op
        from qarnot_api.models import CarbonFacts
        from qarnot_api.types import UNSET

        tid = check_uuid(task_id, "task_id")
        dc = (
            UNSET
            if comparison_datacenter is None
            else check_id(comparison_datacenter, "comparison_datacenter")
        )
        response = self._send(lambda: op.sync_detailed(tid, client=self._api, comparison_datacenter=dc))
        return merge_carbon_spellings(as_model(response, CarbonFacts))

    def get_pool_carbon_facts(self, pool_id: str, comparison_datacenter: str | None = None) -> CarbonFacts:
        """``GET /carbon/v1/pools/{poolId}/carbon-facts``: energy and carbon figures of a pool (uuid only).

        Raises:
            InvalidInputError (not a uuid), NotFoundError, AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.carbon import get_pool_carbon_facts as op
        from qarnot_api.models import CarbonFacts
        from qarnot_api.types import UNSET

        pid = check_uuid(pool_id, "pool_id")
        dc = (
            UNSET
            if comparison_datacenter is None
            else check_id(comparison_datacenter, "comparison_datacenter")
        )
        response = self._send(lambda: op.sync_detailed(pid, client=self._api, comparison_datacenter=dc))
        return merge_carbon_spellings(as_model(response, CarbonFacts))
