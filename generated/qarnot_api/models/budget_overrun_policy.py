from __future__ import annotations

from enum import StrEnum


class BudgetOverrunPolicy(StrEnum):
    """What happens when a budget is exhausted."""

    ALERTONLY = "AlertOnly"
    BLOCKNEW = "BlockNew"
    STOPANDBLOCKALL = "StopAndBlockAll"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: str) -> BudgetOverrunPolicy | str:
        """The member whose value is ``value`` in any casing, else ``value`` itself."""
        member = _MEMBERS.get(value)
        if member is None:
            member = _MEMBERS.get(value.casefold())
        return value if member is None else member

    @classmethod
    def _missing_(cls, value: object) -> BudgetOverrunPolicy | None:
        return _MEMBERS.get(value.casefold()) if isinstance(value, str) else None


# Exact values first, then their case-folded forms (an exact value wins over a folded one).
_MEMBERS: dict[str, BudgetOverrunPolicy] = {member.value.casefold(): member for member in reversed(BudgetOverrunPolicy)}
_MEMBERS.update({member.value: member for member in BudgetOverrunPolicy})
