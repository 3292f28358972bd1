from __future__ import annotations

from enum import StrEnum


class SnapshotStatus(StrEnum):
    """Status of an instant snapshot as the API spells it (`triggered`, `inProgress`, `success`, `failure`); the C# SDK
    spells them in PascalCase. Final: success, failure."""

    FAILURE = "failure"
    INPROGRESS = "inProgress"
    SUCCESS = "success"
    TRIGGERED = "triggered"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: str) -> SnapshotStatus | str:
        """The member whose value is ``value`` in any casing, else ``value`` itself."""
        member = _MEMBERS.get(value)
        if member is None:
            member = _MEMBERS.get(value.casefold())
        return value if member is None else member

    @classmethod
    def _missing_(cls, value: object) -> SnapshotStatus | None:
        return _MEMBERS.get(value.casefold()) if isinstance(value, str) else None


# Exact values first, then their case-folded forms (an exact value wins over a folded one).
_MEMBERS: dict[str, SnapshotStatus] = {member.value.casefold(): member for member in reversed(SnapshotStatus)}
_MEMBERS.update({member.value: member for member in SnapshotStatus})
