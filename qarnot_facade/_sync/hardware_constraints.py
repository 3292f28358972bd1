# DERIVED FILE: do not edit. `make unasync` made it from
# qarnot_facade/_async/hardware_constraints.py: change that file instead.
"""Hardware constraints operations of the client (the async source; the sync code is derived).

Mirrors ``qarnot_api.api.hardware_constraints``: one method per operation of the tag, named after its
operationId.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from qarnot_facade._core import (
    check_id,
    check_int,
)
from qarnot_facade._decoding import HARDWARE_PAGE_MAX, HardwareCursor, as_model, as_models, unexpected
from qarnot_facade._sync.core import ClientCore

if TYPE_CHECKING:
    from qarnot_api.models import (
        CpuModelHardwareConstraint,
        GpuHardwareConstraint,
        HardwareConstraintPage,
        MaximumCoreHardwareConstraint,
        MaximumRamCoreRatioHardwareConstraint,
        MaximumRamHardwareConstraint,
        MinimumCoreHardwareConstraint,
        MinimumRamCoreRatioHardwareConstraint,
        MinimumRamHardwareConstraint,
        NoGpuHardwareConstraint,
        NoSSDHardwareConstraint,
        SpecificHardwareConstraint,
        SSDHardwareConstraint,
        UnknownHardwareConstraint,
    )

    HardwareConstraint = (
        CpuModelHardwareConstraint
        | GpuHardwareConstraint
        | MaximumCoreHardwareConstraint
        | MaximumRamCoreRatioHardwareConstraint
        | MaximumRamHardwareConstraint
        | MinimumCoreHardwareConstraint
        | MinimumRamCoreRatioHardwareConstraint
        | MinimumRamHardwareConstraint
        | NoGpuHardwareConstraint
        | NoSSDHardwareConstraint
        | SpecificHardwareConstraint
        | SSDHardwareConstraint
        | UnknownHardwareConstraint
    )

__all__ = ["HardwareConstraintOperations"]


class HardwareConstraintOperations(ClientCore):
    """Hardware constraints (tag ``hardware-constraints``)."""

    def list_hardware_constraints(
        self, limit: int | None = None, offset: int | None = None
    ) -> HardwareConstraintPage:
        """``GET /hardware-constraints``: one offset page of the available hardware constraints.

        Args:
            limit: page size, 1 to 50 (server default 50).
            offset: index of the first item (>= 0).

        Raises:
            InvalidInputError (limit/offset out of range), AuthenticationError, ServerError,
            APIConnectionError.
        """
        from qarnot_api.api.hardware_constraints import list_hardware_constraints as op
        from qarnot_api.models import HardwareConstraintPage
        from qarnot_api.types import UNSET

        lim = UNSET if limit is None else check_int(limit, "limit", minimum=1, maximum=HARDWARE_PAGE_MAX)
        off = UNSET if offset is None else check_int(offset, "offset", minimum=0)
        response = self._read(op.sync_detailed, client=self._api, limit=lim, offset=off)
        return as_model(response, HardwareConstraintPage)

    def iter_hardware_constraints(self, page_size: int = HARDWARE_PAGE_MAX) -> Iterator[HardwareConstraint]:
        """Every hardware constraint (one of the 12 variant classes, or ``UnknownHardwareConstraint``).

        Follows the offset pages of ``GET /hardware-constraints``.

        Raises (while iterating):
            AuthenticationError, ServerError, APIConnectionError, UnexpectedResponseError.
        """
        size = check_int(page_size, "page_size", minimum=1, maximum=HARDWARE_PAGE_MAX)
        return self._iter_hardware(size)

    def _iter_hardware(self, size: int) -> Iterator[HardwareConstraint]:
        cursor = HardwareCursor(size)
        while cursor.offset is not None:
            page = self.list_hardware_constraints(limit=size, offset=cursor.offset)
            for item in cursor.items(page):
                yield item

    def search_cpu_model_constraints(
        self, cpu_model: str
    ) -> list[CpuModelHardwareConstraint | UnknownHardwareConstraint]:
        """``GET /hardware-constraints/cpu-model-constraints/search``: CPU-model constraints matching a text.

        An item whose ``discriminator`` is not ``CpuModelHardwareConstraint`` (null, say) comes back as an
        ``UnknownHardwareConstraint`` with its properties kept.

        Raises:
            InvalidInputError (empty text), AuthenticationError, ServerError, APIConnectionError.
        """
        from qarnot_api.api.hardware_constraints import search_cpu_model_constraints as op
        from qarnot_api.models import CpuModelHardwareConstraint, UnknownHardwareConstraint

        text = check_id(cpu_model, "cpu_model")
        response = self._read(op.sync_detailed, client=self._api, cpu_model=text)
        known = as_models(response, object)
        if not all(
            isinstance(item, CpuModelHardwareConstraint | UnknownHardwareConstraint) for item in known
        ):
            raise unexpected(response, "expected a list of CPU-model constraints in the answer")
        return cast("list[CpuModelHardwareConstraint | UnknownHardwareConstraint]", known)
