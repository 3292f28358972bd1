"""The Qarnot filter language, field selection and token pagination, as the sandbox implements them.

A filter is a tree. A node is ``{"operator": "And" | "Or", "filters": [...]}``; a leaf is
``{"operator": <op>, "field": <path>, "value": <v>}`` (``In``/``NotIn`` take a list in ``value`` or in
``values``). Operators: ``Equal``, ``NotEqual``, ``In``, ``NotIn``, ``LessThan``, ``LessThanOrEqual``,
``GreaterThan``, ``GreaterThanOrEqual`` and ``Like`` (a regular expression searched in the value).

Field paths are written in PascalCase with dots for nesting (``State``, ``Tags``,
``ElasticProperty.MinTotalSlots``) and map case-insensitively onto the camelCase JSON objects of the API
(``queuedOrRunningTaskInstancesCount`` works as spelt too). On a collection field (``Tags``) ``Equal`` and
``NotEqual`` mean contains and does not contain; the other operators hold when one element satisfies them.
States, scheduling types and uuids compare case-insensitively; ISO-8601 date-times compare as instants and
.NET timespans as durations. Every problem in a filter raises :class:`FilterError`, naming the field.

The property names of the filter objects themselves (``operator``, ``Operator``...) are matched
case-insensitively, as the API binds request JSON case-insensitively (the Node.js and C# SDKs send
PascalCase).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "KNOWN_FIELDS",
    "MAX_PAGE_SIZE",
    "FilterError",
    "check_filter",
    "filter_items",
    "make_token",
    "matches",
    "order_items",
    "paginate",
    "parse_select",
    "read_token",
    "select_fields",
]

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000


class FilterError(ValueError):
    """A filter, selection, ordering or pagination token the sandbox cannot apply.

    ``field`` names what is wrong: the field path of the faulty leaf (``State``), or the request property
    (``filter``, ``token``, ``maximumResults``, ``select``, ``orderBy``, ``orderType``).
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# Filterable/selectable field paths of tasks, pools and jobs (lower case), from the C# SDK's data-API names.
# A known field absent from an object is null; a path neither known nor present in the object is an error.
_TASK_FIELDS = (
    "Uuid Name Shortname Profile State PreviousState StateTransitionTime PreviousStateTransitionTime "
    "LastModified CreationDate EndDate Tags Constants Constraints Labels PoolUuid JobUuid ProjectUuid "
    "InstanceCount RunningInstanceCount RunningCoreCount ExecutionTime WallTime MaxTimeQueueSeconds "
    "ResultsCount ResultBucket ResultsWhitelist ResultsBlacklist ResultsBucketPrefix SnapshotWhitelist "
    "SnapshotBlacklist SnapshotBucket SnapshotBucketPrefix SnapshotInterval Dependencies "
    "Dependencies.DependsOn Dependencies.AdvancedDependsOn Dependencies.State HardwareConstraints "
    "DefaultResourcesCacheTTLSec Privileges RetrySettings CompletedInstances ForcedNetworkRules "
    "ForcedConstants ResourceBuckets AdvancedResourceBuckets Errors Status MaxRetriesPerInstance "
    "SecretsAccessRights SchedulingType TargetedReservedMachineKey TargetedReservationName "
    "WaitForPoolResourcesSynchronization UploadResultsOnCancellation AutoDeleteOnCompletion "
    "CompletionTimeToLive AdvancedRanges Progress ResultsCacheTTLSec Credits"
)
_POOL_FIELDS = (
    "ElasticProperty ElasticProperty.IsElastic ElasticProperty.MinTotalSlots ElasticProperty.MaxTotalSlots "
    "ElasticProperty.MinIdleSlots ElasticProperty.ResizePeriod ElasticProperty.RampResizeFactor "
    "ElasticProperty.MinIdleTimeSeconds PreparationTask PreparationTask.CommandLine "
    "queuedOrRunningTaskInstancesCount totalSlotCapacity poolUsage DefaultRetrySettings Scaling "
    "Scaling.ActivePolicyName MultiSlotsSettings MultiSlotsSettings.SlotsPerNode "
    "TaskDefaultWaitForPoolResourcesSynchronization"
)
_JOB_FIELDS = "UseDependencies MaxWallTime"
KNOWN_FIELDS: frozenset[str] = frozenset(
    name.lower() for name in f"{_TASK_FIELDS} {_POOL_FIELDS} {_JOB_FIELDS}".split()
)

# Objects whose keys are user data: a missing key inside them is null, not an unknown field.
_FREE_MAPS = frozenset({"labels"})

_LEAF_OPERATORS = {
    op.lower(): op
    for op in (
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
}
_NODE_OPERATORS = {"and": "And", "or": "Or"}
_ORDERING = {"LessThan", "LessThanOrEqual", "GreaterThan", "GreaterThanOrEqual"}

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
_FRACTION_RE = re.compile(r"\.(\d{7,})")
_TIMESPAN_RE = re.compile(r"^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$")
_NUMBER_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


class _Missing:
    pass


_MISSING = _Missing()


# --------------------------------------------------------------------------- helpers


def _lookup(mapping: Mapping[str, Any], name: str) -> tuple[bool, Any]:
    """Case-insensitive key lookup (exact spelling first)."""
    if name in mapping:
        return True, mapping[name]
    lowered = name.lower()
    for key, value in mapping.items():
        if isinstance(key, str) and key.lower() == lowered:
            return True, value
    return False, None


def _prop(node: Mapping[str, Any], name: str) -> Any:
    found, value = _lookup(node, name)
    return value if found else None


def _is_enum_like(path: str) -> bool:
    last = path.rsplit(".", 1)[-1].lower()
    return last in {"state", "previousstate", "schedulingtype", "actualfinalstate", "phase"} or last.endswith(
        "uuid"
    )


def _parse_datetime(text: str) -> datetime | None:
    if not _DATE_RE.match(text):
        return None
    normalized = _FRACTION_RE.sub(lambda m: "." + m.group(1)[:6], text)
    try:
        value = datetime.fromisoformat(normalized)
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _parse_timespan(text: str) -> float | None:
    match = _TIMESPAN_RE.match(text)
    if not match:
        return None
    sign, days, hours, minutes, seconds, fraction = match.groups()
    total = int(days or 0) * 86400 + int(hours) * 3600 + int(minutes) * 60 + int(seconds)
    total_f = total + (int(fraction) / 10 ** len(fraction) if fraction else 0.0)
    return -total_f if sign else total_f


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and _NUMBER_RE.match(value.strip()):
        return float(value)
    return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"true", "false"}:
        return value.strip().lower() == "true"
    return None


def _compare(field: str, actual: Any, expected: Any, enum_like: bool) -> int | None:
    """-1/0/1 when the two scalars are comparable, None when they are not."""
    if actual is None or expected is None:
        return 0 if actual is None and expected is None else None
    if isinstance(actual, bool):
        other = _as_bool(expected)
        return None if other is None else (actual > other) - (actual < other)
    if isinstance(actual, int | float):
        number = _as_number(expected)
        if number is None and isinstance(expected, str):
            number = _parse_timespan(expected)
        if number is None:
            return None
        return (actual > number) - (actual < number)
    if isinstance(actual, str):
        if isinstance(expected, str):
            when, other_when = _parse_datetime(actual), _parse_datetime(expected)
            if when is not None and other_when is not None:
                return (when > other_when) - (when < other_when)
            span, other_span = _parse_timespan(actual), _parse_timespan(expected)
            if span is not None and other_span is not None:
                return (span > other_span) - (span < other_span)
            left, right = (actual.casefold(), expected.casefold()) if enum_like else (actual, expected)
            return (left > right) - (left < right)
        if isinstance(expected, bool):
            return None
        if isinstance(expected, int | float):
            span = _parse_timespan(actual)
            number = span if span is not None else _as_number(actual)
            if number is None:
                return None
            return (number > expected) - (number < expected)
        return None
    if isinstance(actual, Mapping) and isinstance(expected, Mapping):
        return 0 if _normalize_map(actual) == _normalize_map(expected) else None
    return None


def _normalize_map(value: Mapping[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in value.items()}


def _equal(field: str, actual: Any, expected: Any, enum_like: bool) -> bool:
    return _compare(field, actual, expected, enum_like) == 0


def _ordered(field: str, op: str, actual: Any, expected: Any, enum_like: bool) -> bool:
    if actual is None:
        return False
    if expected is None or isinstance(expected, Mapping | list) or isinstance(actual, bool):
        raise FilterError(field, f"{op} cannot compare the field {field!r} with {expected!r}")
    result = _compare(field, actual, expected, enum_like)
    if result is None:
        if isinstance(actual, Mapping | list):
            raise FilterError(field, f"{op} cannot order the structured field {field!r}")
        raise FilterError(
            field, f"{op} cannot compare the field {field!r} (a {type(actual).__name__}) with {expected!r}"
        )
    if op == "LessThan":
        return result < 0
    if op == "LessThanOrEqual":
        return result <= 0
    if op == "GreaterThan":
        return result > 0
    return result >= 0


def _text_of(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, str):
        return [value]
    if isinstance(value, int | float):
        return [str(value)]
    if isinstance(value, Mapping):
        texts = []
        for item in value.values():
            texts.extend(_text_of(item))
        return texts
    if isinstance(value, list):
        texts = []
        for item in value:
            texts.extend(_text_of(item))
        return texts
    return [str(value)]


# --------------------------------------------------------------------------- field resolution


def _step(current: Any, segment: str) -> Any:
    if current is None:
        return None
    if isinstance(current, Mapping):
        found, value = _lookup(current, segment)
        return value if found else _MISSING
    if isinstance(current, list):
        collected: list[Any] = []
        any_found = not current
        for item in current:
            value = _step(item, segment)
            if isinstance(value, _Missing):
                continue
            any_found = True
            if isinstance(value, list):
                collected.extend(value)
            elif value is not None:
                collected.append(value)
        return collected if any_found else _MISSING
    return _MISSING


def _split_path(field: Any) -> list[str]:
    if not isinstance(field, str) or not field.strip():
        raise FilterError("filter", f"a filter leaf needs a non-empty string 'field', got {field!r}")
    segments = field.strip().split(".")
    if any(not segment for segment in segments):
        raise FilterError(field, f"malformed field path {field!r}")
    return segments


def _resolve(obj: Mapping[str, Any], field: str) -> Any:
    segments = _split_path(field)
    current: Any = obj
    walked: list[str] = []
    for segment in segments:
        value = _step(current, segment)
        if isinstance(value, _Missing):
            parent = ".".join(walked).lower()
            if field.lower() in KNOWN_FIELDS or parent in _FREE_MAPS:
                return None
            raise FilterError(field, f"unknown field {field!r}")
        walked.append(segment)
        current = value
    return current


# --------------------------------------------------------------------------- filters


def check_filter(flt: Mapping[str, Any] | None) -> None:
    """Check the structure of a filter (operators, children, values) without any object.

    Raises :class:`FilterError`; unknown field names are detected only against objects (by :func:`matches`).
    """
    if flt is None:
        return
    _check_node(flt, "filter")


def _check_node(node: Any, where: str) -> None:
    if not isinstance(node, Mapping):
        raise FilterError(where, f"a filter must be an object, got {node!r}")
    operator = _prop(node, "operator")
    field = _prop(node, "field")
    name = field if isinstance(field, str) and field else where
    if not isinstance(operator, str) or not operator:
        raise FilterError(name, f"the filter on {name!r} has no operator")
    canonical = operator.strip().lower()
    if canonical in _NODE_OPERATORS:
        children = _prop(node, "filters")
        if not isinstance(children, list):
            raise FilterError(where, f"the {operator} filter needs a 'filters' array")
        for child in children:
            _check_node(child, where)
        return
    if canonical not in _LEAF_OPERATORS:
        known = ", ".join([*_NODE_OPERATORS.values(), *_LEAF_OPERATORS.values()])
        raise FilterError(name, f"unknown filter operator {operator!r} on {name!r} (known: {known})")
    _split_path(field)
    op = _LEAF_OPERATORS[canonical]
    if op in {"In", "NotIn"}:
        _values_of(node, field)
    elif op == "Like":
        _regex_of(node, field)


def _values_of(node: Mapping[str, Any], field: str) -> list[Any]:
    found_values, values = _lookup(node, "values")
    if found_values and values is not None:
        if not isinstance(values, list):
            raise FilterError(field, f"'values' of the In/NotIn filter on {field!r} must be a list")
        return values
    found_value, value = _lookup(node, "value")
    if not found_value:
        raise FilterError(field, f"the In/NotIn filter on {field!r} needs 'value' (a list) or 'values'")
    return value if isinstance(value, list) else [value]


def _regex_of(node: Mapping[str, Any], field: str) -> str:
    pattern = _prop(node, "value")
    if not isinstance(pattern, str):
        raise FilterError(field, f"the Like filter on {field!r} needs a regular expression string")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise FilterError(field, f"invalid regular expression for {field!r}: {exc}") from None
    return pattern


def matches(flt: Mapping[str, Any] | None, obj: Mapping[str, Any]) -> bool:
    """Whether ``obj`` (a camelCase API object) satisfies the filter; None or ``{}`` matches all."""
    if flt is None or (isinstance(flt, Mapping) and not flt):
        return True
    check_filter(flt)
    return _evaluate(flt, obj)


def _evaluate(node: Mapping[str, Any], obj: Mapping[str, Any]) -> bool:
    operator = str(_prop(node, "operator")).strip().lower()
    if operator in _NODE_OPERATORS:
        children = _prop(node, "filters")
        if operator == "and":
            return all(_evaluate(child, obj) for child in children)
        return any(_evaluate(child, obj) for child in children)
    op = _LEAF_OPERATORS[operator]
    field = str(_prop(node, "field")).strip()
    actual = _resolve(obj, field)
    enum_like = _is_enum_like(field)
    if op in {"In", "NotIn"}:
        values = _values_of(node, field)
        items = actual if isinstance(actual, list) else [actual]
        hit = any(_equal(field, item, v, enum_like) for item in items for v in values)
        return hit if op == "In" else not hit
    if op == "Like":
        pattern = re.compile(_regex_of(node, field), re.IGNORECASE if enum_like else 0)
        return any(pattern.search(text) for text in _text_of(actual))
    expected = _prop(node, "value")
    if op in {"Equal", "NotEqual"}:
        hit = _contains_or_equal(field, actual, expected, enum_like)
        return hit if op == "Equal" else not hit
    if isinstance(actual, list):
        return any(_ordered(field, op, item, expected, enum_like) for item in actual)
    return _ordered(field, op, actual, expected, enum_like)


def _contains_or_equal(field: str, actual: Any, expected: Any, enum_like: bool) -> bool:
    if isinstance(actual, list):
        if isinstance(expected, list):
            return len(actual) == len(expected) and all(
                _equal(field, a, e, enum_like) for a, e in zip(actual, expected, strict=True)
            )
        return any(_equal(field, item, expected, enum_like) for item in actual)
    if isinstance(actual, Mapping) and field.rsplit(".", 1)[-1].lower() in _FREE_MAPS:
        if isinstance(expected, Mapping):
            return all(_lookup(actual, str(k)) == (True, v) for k, v in expected.items())
        if isinstance(expected, str):
            key, sep, value = expected.partition("=")
            found, present = _lookup(actual, key)
            return found and (not sep or present == value)
        return False
    return _equal(field, actual, expected, enum_like)


def filter_items(
    flt: Mapping[str, Any] | None, items: Sequence[Mapping[str, Any]]
) -> list[Mapping[str, Any]]:
    """The items matching the filter, in order (the filter's structure is checked even with no item)."""
    if flt is None or (isinstance(flt, Mapping) and not flt):
        return list(items)
    check_filter(flt)
    return [item for item in items if _evaluate(flt, item)]


# --------------------------------------------------------------------------- selection and ordering


def parse_select(select: Any) -> list[str]:
    """The field list of a DataDetailRequest ``select``: ``{"fields": [...]}`` (C#) or a bare list."""
    if select is None:
        return []
    fields: Any = select
    if isinstance(select, Mapping):
        fields = _prop(select, "fields")
        if fields is None:
            return []
    if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
        raise FilterError("select", "select must be a list of field paths or an object {fields: [...]}")
    for path in fields:  # checked here, whatever the objects: the same selection always gets the same answer
        segments = path.strip().split(".")
        if any(not segment for segment in segments) or segments[0].lower() not in KNOWN_FIELDS:
            raise FilterError("select", f"unknown or malformed field path {path!r}")
    return list(fields)


def select_fields(obj: Mapping[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """A copy of ``obj`` reduced to the given field paths (all fields when ``fields`` is empty).

    Paths are matched case-insensitively and keep the object's own spelling; ``ElasticProperty.MinTotalSlots``
    gives ``{"elasticProperty": {"minTotalSlots": ...}}``. Known fields absent from the object are left out;
    an unknown path raises :class:`FilterError`.
    """
    if not fields:
        return dict(obj)
    result: dict[str, Any] = {}
    for field in fields:
        segments = _split_path(field)
        source: Any = obj
        target = result
        for index, segment in enumerate(segments):
            if not isinstance(source, Mapping):
                break
            found, value = _lookup(source, segment)
            if not found:
                if field.lower() not in KNOWN_FIELDS and index == 0:
                    raise FilterError(field, f"unknown field {field!r}")
                break
            key = next(k for k in source if isinstance(k, str) and k.lower() == segment.lower())
            last = index == len(segments) - 1
            if last or not isinstance(value, Mapping):
                target[key] = value
                break
            existing = target.get(key)
            if not isinstance(existing, dict):
                existing = {}
                target[key] = existing
            target = existing
            source = value
    return result


def order_items(
    items: Sequence[Mapping[str, Any]], order_by: str | None, order_type: str | None = None
) -> list[Mapping[str, Any]]:
    """Items sorted on a field path (``orderBy``), ascending unless ``orderType`` says descending.

    Numbers, date-times and timespans sort before other text; nulls sort last either way.
    ``orderType`` accepts ``Ascending``/``Asc``/``Descending``/``Desc`` in any case.
    """
    if order_by is None or order_by == "":
        return list(items)
    direction = (order_type or "Ascending").strip().lower()
    if direction not in {"ascending", "asc", "descending", "desc"}:
        raise FilterError("orderType", f"orderType must be Ascending or Descending, got {order_type!r}")
    descending = direction.startswith("desc")
    keyed = [(_sort_key(_resolve(item, order_by)), item) for item in items]
    present = [pair for pair in keyed if pair[0] is not None]
    absent = [item for key, item in keyed if key is None]
    present.sort(key=lambda pair: pair[0], reverse=descending)
    return [item for _, item in present] + absent


def _sort_key(value: Any) -> Any:
    if value is None or isinstance(value, Mapping | list):
        return None
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, int | float):
        return (0, value)
    if isinstance(value, str):
        when = _parse_datetime(value)
        if when is not None:
            return (0, when.timestamp())
        span = _parse_timespan(value)
        if span is not None:
            return (0, span)
        return (1, value.casefold())
    return None


# --------------------------------------------------------------------------- pagination

_TOKEN_RE = re.compile(r"^[0-9a-f]{24}$")


def _token_digest(offset: int) -> str:
    return hashlib.sha256(f"qarnot-sandbox-page-token:{offset}".encode()).hexdigest()[:16]


def make_token(offset: int) -> str:
    """The opaque token of the page starting at ``offset`` (24 hex digits, like the API's tokens)."""
    if offset < 0 or offset > 0xFFFFFFFF:
        raise ValueError(f"offset out of range: {offset}")
    return f"{offset:08x}{_token_digest(offset)}"


def read_token(token: str) -> int:
    """The offset a token designates; :class:`FilterError` (field ``token``) when it was not made here."""
    if not isinstance(token, str) or not _TOKEN_RE.match(token):
        raise FilterError("token", f"invalid pagination token {token!r}")
    offset = int(token[:8], 16)
    if token[8:] != _token_digest(offset):
        raise FilterError("token", f"invalid pagination token {token!r}")
    return offset


def paginate(
    items: Sequence[Mapping[str, Any]],
    token: str | None,
    maximum_results: int | None,
    default_page_size: int = DEFAULT_PAGE_SIZE,
) -> tuple[list[dict[str, Any]], str | None, bool]:
    """One page of ``items``: ``(data, next_token, is_truncated)``.

    ``token`` None or ``""`` starts at the beginning; otherwise it must be a ``next_token`` returned
    earlier. ``maximum_results`` None means ``default_page_size``; it must be at least 1 and is capped at
    :data:`MAX_PAGE_SIZE`. The last page has ``next_token`` None and ``is_truncated`` False. A token past the
    end (items were deleted meanwhile) gives an empty last page.
    """
    if isinstance(maximum_results, float) and maximum_results.is_integer():
        maximum_results = int(maximum_results)  # JSON Schema counts 20.0 as an integer
    if maximum_results is None:
        size = default_page_size
    elif isinstance(maximum_results, bool) or not isinstance(maximum_results, int):
        raise FilterError("maximumResults", f"maximumResults must be an integer, got {maximum_results!r}")
    elif maximum_results < 1:
        raise FilterError("maximumResults", f"maximumResults must be at least 1, got {maximum_results}")
    else:
        size = maximum_results
    size = max(1, min(size, MAX_PAGE_SIZE))
    offset = 0 if token is None or token == "" else read_token(token)
    end = offset + size
    page = [dict(item) for item in items[offset:end]]
    truncated = end < len(items)
    return page, (make_token(end) if truncated else None), truncated
