from __future__ import annotations

from enum import StrEnum


class JobState(StrEnum):
    """Known job states. `Active` (accepts tasks); terminate gives `Terminating` → `Completed`; delete gives
    `Deleting`."""

    ACTIVE = "Active"
    COMPLETED = "Completed"
    DELETING = "Deleting"
    TERMINATING = "Terminating"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: str) -> JobState | str:
        """The member whose value is ``value`` in any casing, else ``value`` itself."""
        member = _MEMBERS.get(value)
        if member is None:
            member = _MEMBERS.get(value.casefold())
        return value if member is None else member

    @classmethod
    def _missing_(cls, value: object) -> JobState | None:
        return _MEMBERS.get(value.casefold()) if isinstance(value, str) else None


# Exact values first, then their case-folded forms (an exact value wins over a folded one).
_MEMBERS: dict[str, JobState] = {member.value.casefold(): member for member in reversed(JobState)}
_MEMBERS.update({member.value: member for member in JobState})
