from __future__ import annotations

from enum import StrEnum


class FilterLeafOperator(StrEnum):
    """Comparison of a filter leaf. `Like` matches a regular expression. On collection fields (`Tags`)
    `Equal`/`NotEqual` mean contains / does not contain. `In`/`NotIn` take a list."""

    EQUAL = "Equal"
    GREATERTHAN = "GreaterThan"
    GREATERTHANOREQUAL = "GreaterThanOrEqual"
    IN = "In"
    LESSTHAN = "LessThan"
    LESSTHANOREQUAL = "LessThanOrEqual"
    LIKE = "Like"
    NOTEQUAL = "NotEqual"
    NOTIN = "NotIn"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: str) -> FilterLeafOperator | str:
        """The member whose value is ``value`` in any casing, else ``value`` itself."""
        member = _MEMBERS.get(value)
        if member is None:
            member = _MEMBERS.get(value.casefold())
        return value if member is None else member

    @classmethod
    def _missing_(cls, value: object) -> FilterLeafOperator | None:
        return _MEMBERS.get(value.casefold()) if isinstance(value, str) else None


# Exact values first, then their case-folded forms (an exact value wins over a folded one).
_MEMBERS: dict[str, FilterLeafOperator] = {member.value.casefold(): member for member in reversed(FilterLeafOperator)}
_MEMBERS.update({member.value: member for member in FilterLeafOperator})
