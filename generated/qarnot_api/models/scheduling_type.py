from __future__ import annotations

from enum import StrEnum


class SchedulingType(StrEnum):
    """Scheduling class: `Flex` (low priority, low price, the default), `OnDemand`, `Reserved` (requires
    `targetedReservationName`). Answers also use lower case (`flex`), so compare case-insensitively."""

    FLEX = "Flex"
    ONDEMAND = "OnDemand"
    RESERVED = "Reserved"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: str) -> SchedulingType | str:
        """The member whose value is ``value`` in any casing, else ``value`` itself."""
        member = _MEMBERS.get(value)
        if member is None:
            member = _MEMBERS.get(value.casefold())
        return value if member is None else member

    @classmethod
    def _missing_(cls, value: object) -> SchedulingType | None:
        return _MEMBERS.get(value.casefold()) if isinstance(value, str) else None


# Exact values first, then their case-folded forms (an exact value wins over a folded one).
_MEMBERS: dict[str, SchedulingType] = {member.value.casefold(): member for member in reversed(SchedulingType)}
_MEMBERS.update({member.value: member for member in SchedulingType})
