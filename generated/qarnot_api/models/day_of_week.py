from __future__ import annotations

from enum import StrEnum


class DayOfWeek(StrEnum):
    """Day of the week, lower case as the Python and Node.js SDKs send it; capitalised names (`Monday`) are also seen."""

    FRIDAY = "friday"
    MONDAY = "monday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"
    THURSDAY = "thursday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: str) -> DayOfWeek | str:
        """The member whose value is ``value`` in any casing, else ``value`` itself."""
        member = _MEMBERS.get(value)
        if member is None:
            member = _MEMBERS.get(value.casefold())
        return value if member is None else member

    @classmethod
    def _missing_(cls, value: object) -> DayOfWeek | None:
        return _MEMBERS.get(value.casefold()) if isinstance(value, str) else None


# Exact values first, then their case-folded forms (an exact value wins over a folded one).
_MEMBERS: dict[str, DayOfWeek] = {member.value.casefold(): member for member in reversed(DayOfWeek)}
_MEMBERS.update({member.value: member for member in DayOfWeek})
