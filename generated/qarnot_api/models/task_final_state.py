from __future__ import annotations

from enum import StrEnum


class TaskFinalState(StrEnum):
    """Final state of a dependency, as spelt on the wire (`success`, `failure`, `cancelled`); PascalCase (`Success`) is
    also seen."""

    CANCELLED = "cancelled"
    FAILURE = "failure"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: str) -> TaskFinalState | str:
        """The member whose value is ``value`` in any casing, else ``value`` itself."""
        member = _MEMBERS.get(value)
        if member is None:
            member = _MEMBERS.get(value.casefold())
        return value if member is None else member

    @classmethod
    def _missing_(cls, value: object) -> TaskFinalState | None:
        return _MEMBERS.get(value.casefold()) if isinstance(value, str) else None


# Exact values first, then their case-folded forms (an exact value wins over a folded one).
_MEMBERS: dict[str, TaskFinalState] = {member.value.casefold(): member for member in reversed(TaskFinalState)}
_MEMBERS.update({member.value: member for member in TaskFinalState})
