"""What the sync and async clients share to read answers: typed decoding, page cursors, bulk results.

Private module, no I/O: the operation code (:mod:`qarnot_facade._async`, and the sync code derived from
it) sends the request and hands the answer to these helpers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from qarnot_facade.errors import APIError, UnexpectedResponseError

if TYPE_CHECKING:
    from qarnot_api.models import BulkTaskResponse
    from qarnot_api.types import Response

__all__ = [
    "HARDWARE_PAGE_MAX",
    "BulkTaskReport",
    "BulkTaskResult",
    "HardwareCursor",
    "PageCursor",
    "as_model",
    "as_models",
    "as_strings",
    "as_text",
    "bulk_error_items",
    "bulk_results",
    "merge_spellings",
    "undecodable",
]

M = TypeVar("M")

HARDWARE_PAGE_MAX = 50  # the largest page GET /hardware-constraints gives


def _body(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        return content.decode("utf-8", errors="replace")


def unexpected(response: Response[Any], message: str) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        message,
        status_code=int(response.status_code),
        body=_body(response.content),
        headers=dict(response.headers),
    )


def undecodable(exc: BaseException) -> UnexpectedResponseError:
    """The error for an answer the generated parser could not decode (the last response of this context)."""
    from qarnot_facade._transport import last_response

    response = last_response()
    detail = f"{type(exc).__name__}: {exc}"
    if response is None:
        return UnexpectedResponseError(f"the answer could not be decoded ({detail})", status_code=0)
    return UnexpectedResponseError(
        f"the answer does not match the expected shape ({detail})",
        status_code=response.status_code,
        body=_body(response.content),
        headers=dict(response.headers),
        request_id=response.headers.get("x-request-id"),
        method=response.request.method,
        url=str(response.request.url),
    )


def as_model(response: Response[Any], cls: type[M]) -> M:
    parsed = response.parsed
    if isinstance(parsed, cls):
        merge_spellings(parsed)
        return parsed
    raise unexpected(response, f"expected a {cls.__name__} in the answer, got {type(parsed).__name__}")


def as_models(response: Response[Any], cls: type[M]) -> list[M]:
    parsed = response.parsed
    if isinstance(parsed, list) and all(isinstance(item, cls) for item in parsed):
        merge_spellings(parsed)
        return list(parsed)
    raise unexpected(response, f"expected a list of {cls.__name__} in the answer")


def as_strings(response: Response[Any]) -> list[str]:
    parsed = response.parsed
    if isinstance(parsed, list) and all(isinstance(item, str) for item in parsed):
        return list(parsed)
    raise unexpected(response, "expected a list of strings in the answer")


def as_text(response: Response[Any]) -> str:
    """The text of a stdout/stderr answer, decoding a JSON-encoded string when the server sent one."""
    raw = response.content
    content_type = str(response.headers.get("content-type", "")).lower()
    charset = "utf-8"
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";", 1)[0].strip() or "utf-8"
    try:
        text = raw.decode(charset, errors="replace")
    except LookupError:
        text = raw.decode("utf-8", errors="replace")
    if "json" in content_type and text.strip():
        try:
            decoded = json.loads(text)
        except ValueError:
            raise unexpected(response, "the output answer claims to be JSON but does not decode") from None
        if isinstance(decoded, str):
            return decoded
        if decoded is None:
            return ""
        raise unexpected(response, "expected a JSON string as the output answer")
    return text


class PageCursor:
    """Where a token-paginated listing is: the next ``PaginateRequest``, or ``None`` when it is done.

    Refuses a token the API already gave (it would loop forever).
    """

    def __init__(self, first: Any) -> None:
        self.request: Any = first
        self._first = first
        self._seen: set[str] = set()

    def items(self, page: Any) -> list[Any]:
        """The items of ``page``; moves ``request`` to the next page (``None`` after the last one)."""
        from qarnot_api.types import Unset

        data = page.data
        items = [] if isinstance(data, Unset) or data is None else list(data)
        truncated = page.is_truncated
        token = page.next_token
        if isinstance(truncated, Unset) or not truncated or isinstance(token, Unset) or not token:
            self.request = None
            return items
        if token in self._seen:
            raise UnexpectedResponseError(
                f"the API returned the page token {token!r} twice; stopping to avoid an endless loop",
                status_code=200,
            )
        self._seen.add(token)
        first = self._first
        self.request = type(first)(token=token, filter_=first.filter_, maximum_results=first.maximum_results)
        return items


class HardwareCursor:
    """Where the offset-paginated hardware listing is: the next offset, or ``None`` when it is done."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.offset: int | None = 0

    def items(self, page: Any) -> list[Any]:
        from qarnot_api.types import Unset

        data = [] if isinstance(page.data, Unset) or page.data is None else list(page.data)
        total = page.total
        assert self.offset is not None
        if not data or isinstance(total, Unset) or total is None:
            self.offset = None
            return data
        step = page.limit if isinstance(page.limit, int) and page.limit > 0 else len(data)
        self.offset += step
        if self.offset >= total:
            self.offset = None
        return data


@dataclass(frozen=True)
class BulkTaskResult:
    """The outcome of one task of :meth:`Client.create_tasks`, in the order of the request.

    ``ok`` is true when the API gave a 2xx status and a uuid. ``message`` explains a failure.
    """

    index: int
    name: str | None
    uuid: str | None
    status_code: int | None
    message: str | None

    @property
    def ok(self) -> bool:
        code = self.status_code
        return bool(self.uuid) and (code is None or 200 <= code < 300)


class BulkTaskReport(list[BulkTaskResult]):
    """The per-task results of a bulk submission (a list, in request order) with shortcuts."""

    @property
    def succeeded(self) -> list[BulkTaskResult]:
        return [r for r in self if r.ok]

    @property
    def failed(self) -> list[BulkTaskResult]:
        return [r for r in self if not r.ok]

    @property
    def uuids(self) -> list[str | None]:
        """The uuid of each task, ``None`` where it failed (same order as the payloads)."""
        return [r.uuid if r.ok else None for r in self]

    @property
    def all_ok(self) -> bool:
        return all(r.ok for r in self)

    def summary(self) -> str:
        """One line counting the submitted tasks, then one line per task refused (index, name, status)."""
        lines = [f"{len(self.succeeded)} of {len(self)} tasks submitted"]
        for r in self.failed:
            lines.append(f"  #{r.index} {r.name or ''}: {r.status_code} {r.message or ''}".rstrip())
        return "\n".join(lines)


BULK_ITEM_ERROR_STATUSES = (400, 402, 403, 404)


def bulk_error_items(error: APIError) -> list[BulkTaskResponse] | None:
    """The per-item answers of a batch that failed as a whole (400/402/403/404 with an array of
    ``{statusCode, uuid, message}``, as Qarnot's published document shows), or None for any other error."""
    from qarnot_api.models import BulkTaskResponse

    body = error.body
    if error.status_code not in BULK_ITEM_ERROR_STATUSES or not isinstance(body, list) or not body:
        return None
    if not all(isinstance(item, dict) for item in body):
        return None
    return [BulkTaskResponse.from_dict(item) for item in body]


def bulk_results(bodies: Sequence[Any], items: Sequence[Any]) -> BulkTaskReport:
    """One :class:`BulkTaskResult` per payload of a bulk ``POST /tasks``, from the API's answer items."""
    if len(items) != len(bodies):
        raise UnexpectedResponseError(
            f"the API answered {len(items)} results for {len(bodies)} tasks", status_code=200, body=None
        )
    results = BulkTaskReport()
    for i, (body, item) in enumerate(zip(bodies, items, strict=True)):
        data = item.to_dict()
        results.append(
            BulkTaskResult(
                index=i,
                name=body.name,
                uuid=data.get("uuid"),
                status_code=data.get("statusCode"),
                message=data.get("message"),
            )
        )
    return results


# Figures the sources spell two ways (Python attribute names of the generated models): the first name is
# the one of the official SDKs and the recorded answers, the second the one of Qarnot's published document.
CARBON_SPELLINGS = (
    ("total_consumed_energy_Wh", "totalConsumedEnergyWh"),
    ("total_energy_it_Wh", "totalEnergyITWh"),
    ("total_reused_energy_wh", "total_reuse_energy_wh"),
    ("qarnot_carbon_footprint", "carbon_footprint_c02_eq"),
    ("equivalent_datacenter_name", "comparison_data_center_name"),
    ("equivalent_dc_carbon_footprint", "equivalent_dc_carbon_footprint_c02_eq"),
    ("saved_carbon_footprint_compute", "saved_carbon_footprint_compute_c02_eq"),
    ("saved_carbon_footprint_heat", "saved_carbon_footprint_heat_c02_eq"),
    ("saved_carbon_footprint_compute_heat", "saved_carbon_footprint_compute_heat_c02_eq"),
    ("saved_carbon_footprint_percent", "saved_carbon_footprint_percentage"),
    ("PUE", "pue"),
    ("ERE", "ere"),
    ("ERF", "erf"),
    ("WUE", "wue"),
)
QUOTA_SPELLINGS = (("running_cores_count", "running_core_count"),)
SPELLINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "CarbonFacts": CARBON_SPELLINGS,
    "Task": (("ResultsCacheTTLSec", "resultsCacheTTLSec"),),
    "ExecutionTimeByInstanceId": (("time_g_hz", "time_ghz"),),
    "RunningCoreCountByCpuModel": (("running_core_count", "running_corecount"),),
    "SchedulingQuota": QUOTA_SPELLINGS,
    "ReservedSchedulingQuota": QUOTA_SPELLINGS,
}


_TYPE_NAMES = re.compile(r"\b[A-Z][A-Za-z0-9]*\b")
_WALK: dict[type, tuple[str, ...]] = {}  # model class -> the fields that may hold a twice-spelt model


def _fields_to_walk(cls: type) -> tuple[str, ...]:
    """The fields of a generated model whose type names a model that has, or holds, twice-spelt figures
    (worked out once per class from the field annotations)."""
    found = _WALK.get(cls)
    if found is not None:
        return found
    from qarnot_api import models

    _WALK[cls] = ()  # a cycle (a model holding itself) adds nothing
    walk = []
    for field in getattr(cls, "__attrs_attrs__", ()):
        for name in _TYPE_NAMES.findall(str(field.type)):
            nested = getattr(models, name, None)
            is_model = isinstance(nested, type) and hasattr(nested, "__attrs_attrs__")
            if is_model and (name in SPELLINGS or _fields_to_walk(nested)):  # type: ignore[arg-type]
                walk.append(field.name)
                break
    _WALK[cls] = tuple(walk)
    return _WALK[cls]


_Plan = tuple[tuple[tuple[str, str], ...], tuple[str, ...]]
_PLANS: dict[type, _Plan | None] = {}  # model class -> (its twice-spelt pairs, fields to walk), None: skip


def _plan_of(cls: type) -> _Plan | None:
    if not hasattr(cls, "__attrs_attrs__"):
        return None
    pairs, fields = SPELLINGS.get(cls.__name__, ()), _fields_to_walk(cls)
    return (pairs, fields) if pairs or fields else None


def merge_spellings(value: Any) -> None:
    """Fill each twice-spelt figure under both names from whichever spelling arrived, in a decoded answer
    and the models nested in it (``facts.PUE`` and ``facts.pue``, ``task.ResultsCacheTTLSec`` and
    ``task.resultsCacheTTLSec``... hold the same value)."""
    from qarnot_api.types import Unset

    _merge(value, Unset)


def _merge(value: Any, unset: type) -> None:
    # the per-class plan is worked out once: a page of 100 tasks walks only the fields that can matter
    if isinstance(value, list):
        for item in value:
            _merge(item, unset)
        return
    cls = type(value)
    try:
        plan = _PLANS[cls]
    except KeyError:
        plan = _PLANS[cls] = _plan_of(cls)
    if plan is None:
        return
    pairs, fields = plan
    for first, second in pairs:
        one, other = getattr(value, first), getattr(value, second)
        if (isinstance(one, unset) or one is None) and not isinstance(other, unset):
            setattr(value, first, other)
        elif (isinstance(other, unset) or other is None) and not isinstance(one, unset):
            setattr(value, second, one)
    for name in fields:
        _merge(getattr(value, name), unset)
