from __future__ import annotations

from enum import StrEnum


class PoolState(StrEnum):
    """Known pool states. `Submitted` → `PartiallyDispatched` → `FullyDispatched` → `PartiallyExecuting` →
    `FullyExecuting` (running, accepts tasks); close gives `Closing` → `Closed`; delete gives `PendingDelete`;
    `Failure` when nodes cannot be started."""

    CLOSED = "Closed"
    CLOSING = "Closing"
    FAILURE = "Failure"
    FULLYDISPATCHED = "FullyDispatched"
    FULLYEXECUTING = "FullyExecuting"
    PARTIALLYDISPATCHED = "PartiallyDispatched"
    PARTIALLYEXECUTING = "PartiallyExecuting"
    PENDINGDELETE = "PendingDelete"
    SUBMITTED = "Submitted"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: str) -> PoolState | str:
        """The member whose value is ``value`` in any casing, else ``value`` itself."""
        member = _MEMBERS.get(value)
        if member is None:
            member = _MEMBERS.get(value.casefold())
        return value if member is None else member

    @classmethod
    def _missing_(cls, value: object) -> PoolState | None:
        return _MEMBERS.get(value.casefold()) if isinstance(value, str) else None


# Exact values first, then their case-folded forms (an exact value wins over a folded one).
_MEMBERS: dict[str, PoolState] = {member.value.casefold(): member for member in reversed(PoolState)}
_MEMBERS.update({member.value: member for member in PoolState})
