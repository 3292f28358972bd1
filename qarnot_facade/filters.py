"""A small typed builder for the filter language of the search and paginate endpoints.

The API filters with a tree: leaves ``{operator, field, value}`` compare one field (PascalCase paths such
as ``State``, ``Tags``, ``ElasticProperty.MinTotalSlots``), nodes ``{operator: And|Or, filters}`` combine
them. Build it with Python operators::

    from qarnot_facade.filters import Field, tags_any

    flt = (Field("State") == "Success") & tags_any(["render", "nightly"])
    flt = Field("Name").like("^render-") | (Field("InstanceCount") >= 4)
    client.iter_tasks(filter=flt)

``to_dict()`` gives the JSON the API expects; ``to_model()`` gives the generated ``FilterLeaf`` /
``FilterNode``. On collection fields (``Tags``) ``==`` / ``contains`` mean "contains". ``Like`` matches a
regular expression. ``is_in`` / ``not_in`` send their list as ``values`` (the form the C# SDK uses
against the live API).

This module imports nothing heavy; the generated models load only in :meth:`Filter.to_model`.
"""

from __future__ import annotations

import abc
import datetime as _dt
import enum
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Union

from qarnot_facade.errors import InvalidInputError

if TYPE_CHECKING:
    from qarnot_api.models import FilterLeaf, FilterNode

__all__ = [
    "LEAF_OPERATORS",
    "NODE_OPERATORS",
    "Field",
    "Filter",
    "FilterInput",
    "Leaf",
    "Node",
    "tags_all",
    "tags_any",
    "to_filter_model",
]

LEAF_OPERATORS = (
    "Equal",
    "NotEqual",
    "In",
    "NotIn",
    "LessThan",
    "LessThanOrEqual",
    "GreaterThan",
    "GreaterThanOrEqual",
    "Like",
)
"""The comparison operators of a filter leaf, as the API spells them."""
NODE_OPERATORS = ("And", "Or")
"""The logical operators of a filter node."""


def _plain(value: Any) -> Any:
    """A JSON-ready value (datetimes as ISO-8601, enums as their value)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.UTC)
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


class Filter(abc.ABC):
    """Base of :class:`Leaf` and :class:`Node`; combine filters with ``&`` (And) and ``|`` (Or)."""

    @abc.abstractmethod
    def to_dict(self) -> dict[str, Any]:
        """The filter as the API's JSON (a leaf or an And/Or node)."""

    def to_model(self) -> FilterLeaf | FilterNode:
        """The generated ``FilterLeaf`` / ``FilterNode`` for this filter."""
        return _model_from_dict(self.to_dict())

    def __and__(self, other: Filter) -> Node:
        return _combine("And", self, other)

    def __or__(self, other: Filter) -> Node:
        return _combine("Or", self, other)

    def __bool__(self) -> bool:
        raise TypeError("a filter has no truth value: combine filters with & and |, not 'and'/'or'")


class Leaf(Filter):
    """One comparison: ``{"operator": ..., "field": ..., "value": ...}`` (``values`` for In/NotIn)."""

    __slots__ = ("field", "operator", "value")

    def __init__(self, operator: str, field: str, value: Any) -> None:
        if operator not in LEAF_OPERATORS:
            raise InvalidInputError(
                f"unknown filter operator {operator!r}; known: {', '.join(LEAF_OPERATORS)}"
            )
        self.operator = operator
        self.field = _field_name(field)
        self.value = value

    def to_dict(self) -> dict[str, Any]:
        if self.operator in ("In", "NotIn"):
            return {"operator": self.operator, "field": self.field, "values": [_plain(v) for v in self.value]}
        return {"operator": self.operator, "field": self.field, "value": _plain(self.value)}

    def __repr__(self) -> str:
        return f"Leaf({self.operator!r}, {self.field!r}, {self.value!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Leaf) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]


class Node(Filter):
    """``And`` / ``Or`` of sub-filters."""

    __slots__ = ("filters", "operator")

    def __init__(self, operator: str, filters: Iterable[Filter]) -> None:
        if operator not in NODE_OPERATORS:
            raise InvalidInputError(f"unknown filter node operator {operator!r}; known: And, Or")
        items = list(filters)
        for item in items:
            if not isinstance(item, Filter):
                raise InvalidInputError(f"a filter node holds filters, got {type(item).__name__}")
        if not items:
            raise InvalidInputError(f"an {operator} filter needs at least one sub-filter")
        self.operator = operator
        self.filters = items

    def to_dict(self) -> dict[str, Any]:
        return {"operator": self.operator, "filters": [f.to_dict() for f in self.filters]}

    def __repr__(self) -> str:
        return f"Node({self.operator!r}, {self.filters!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Node) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]


def _combine(operator: str, left: Filter, right: Filter) -> Node:
    if not isinstance(right, Filter):
        raise InvalidInputError(f"cannot combine a filter with {type(right).__name__}")
    parts: list[Filter] = []
    for side in (left, right):
        if isinstance(side, Node) and side.operator == operator:
            parts.extend(side.filters)  # (a & b) & c -> And[a, b, c]
        else:
            parts.append(side)
    return Node(operator, parts)


def _field_name(name: Any) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InvalidInputError(
            f"a filter field must be a non-empty field path such as 'State', got {name!r}"
        )
    return name.strip()


class Field:
    """A field path to compare: ``Field("State") == "Success"``, ``Field("Tags").contains("a")``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = _field_name(name)

    def __repr__(self) -> str:
        return f"Field({self.name!r})"

    def __eq__(self, value: object) -> Leaf:  # type: ignore[override]
        return Leaf("Equal", self.name, value)

    def __ne__(self, value: object) -> Leaf:  # type: ignore[override]
        return Leaf("NotEqual", self.name, value)

    def __lt__(self, value: Any) -> Leaf:
        return Leaf("LessThan", self.name, value)

    def __le__(self, value: Any) -> Leaf:
        return Leaf("LessThanOrEqual", self.name, value)

    def __gt__(self, value: Any) -> Leaf:
        return Leaf("GreaterThan", self.name, value)

    def __ge__(self, value: Any) -> Leaf:
        return Leaf("GreaterThanOrEqual", self.name, value)

    __hash__ = None  # type: ignore[assignment]

    def equals(self, value: Any) -> Leaf:
        """The field equals ``value`` (the same as ``Field(name) == value``)."""
        return Leaf("Equal", self.name, value)

    def contains(self, value: Any) -> Leaf:
        """On a collection field (``Tags``): the collection contains ``value``."""
        return Leaf("Equal", self.name, value)

    def not_contains(self, value: Any) -> Leaf:
        """On a collection field (``Tags``): the collection does not contain ``value``."""
        return Leaf("NotEqual", self.name, value)

    def is_in(self, values: Iterable[Any]) -> Leaf:
        """The field equals one of ``values`` (a non-empty list)."""
        return Leaf("In", self.name, _values(values))

    def not_in(self, values: Iterable[Any]) -> Leaf:
        """The field equals none of ``values`` (a non-empty list)."""
        return Leaf("NotIn", self.name, _values(values))

    def like(self, pattern: str) -> Leaf:
        """The field matches the regular expression ``pattern``."""
        if not isinstance(pattern, str):
            raise InvalidInputError(f"like() takes a regular expression string, got {type(pattern).__name__}")
        return Leaf("Like", self.name, pattern)


def _values(values: Iterable[Any]) -> list[Any]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidInputError("is_in()/not_in() take a list of values, not a single value")
    items = list(values)
    if not items:
        raise InvalidInputError("is_in()/not_in() need at least one value")
    return items


def _tags(tags: Iterable[str]) -> list[str]:
    if isinstance(tags, str):
        raise InvalidInputError("give a list of tags, not a single string")
    items = [t for t in tags]
    if not items:
        raise InvalidInputError("give at least one tag")
    for tag in items:
        if not isinstance(tag, str) or not tag:
            raise InvalidInputError(f"tags must be non-empty strings, got {tag!r}")
    return items


def tags_any(tags: Iterable[str]) -> Filter:
    """Objects carrying at least one of ``tags`` (an ``Or`` of ``Tags`` contains; one tag gives the leaf)."""
    items = _tags(tags)
    leaves = [Field("Tags").contains(t) for t in items]
    return leaves[0] if len(leaves) == 1 else Node("Or", leaves)


def tags_all(tags: Iterable[str]) -> Filter:
    """Objects carrying every one of ``tags`` (an ``And`` of ``Tags`` contains)."""
    items = _tags(tags)
    leaves = [Field("Tags").contains(t) for t in items]
    return leaves[0] if len(leaves) == 1 else Node("And", leaves)


FilterInput = Union[Filter, "FilterLeaf", "FilterNode", Mapping[str, Any]]
"""What the ``filter=`` arguments take: a built filter, a generated filter model, or its JSON form."""


def _model_from_dict(data: Mapping[str, Any]) -> FilterLeaf | FilterNode:
    from qarnot_api.models import FilterLeaf, FilterNode

    try:
        if "filters" in data:
            return FilterNode.from_dict(dict(data))
        return FilterLeaf.from_dict(dict(data))
    except KeyError as exc:
        raise InvalidInputError(f"filter: missing {exc.args[0]!r} in {dict(data)!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidInputError(f"filter: not a valid filter ({exc})") from None


def to_filter_model(value: Any) -> FilterLeaf | FilterNode:
    """A builder filter, a generated ``FilterLeaf``/``FilterNode`` or a plain dict, as the generated model."""
    from qarnot_api.models import FilterLeaf, FilterNode

    if isinstance(value, Filter):
        return value.to_model()
    if isinstance(value, FilterLeaf | FilterNode):
        return value
    if isinstance(value, Mapping):
        return _model_from_dict(value)
    raise InvalidInputError(
        f"filter must be built with qarnot_facade.filters (Field, tags_any...), a FilterLeaf/FilterNode "
        f"or a dict, got {type(value).__name__}"
    )
