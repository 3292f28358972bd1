"""What the sync and async clients share to read answers: typed decoding, page cursors, bulk results.

Private module, no I/O: the operation code (:mod:`qarnot_facade._async`, and the sync code derived from
it) sends the request and hands the answer to these helpers.
"""

from __future__ import annotations

import json
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
        return parsed
    raise unexpected(response, f"expected a {cls.__name__} in the answer, got {type(parsed).__name__}")


def as_models(response: Response[Any], cls: type[M]) -> list[M]:
    parsed = response.parsed
    if isinstance(parsed, list) and all(isinstance(item, cls) for item in parsed):
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
