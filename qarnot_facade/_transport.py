"""The rules of the HTTP transport under the facade: retries, backoff, Retry-After, typed errors.

This module does no I/O. The transport that applies these rules is written once, async, in
:mod:`qarnot_facade._async.transport` (``AsyncQarnotTransport``), and derived for the sync client
(:mod:`qarnot_facade._sync.transport`, ``QarnotTransport``) by ``scripts/unasync.py``. For every
request that transport

* applies the timeout of the current call (``Client.with_options(timeout=...)``);
* reads the whole body inside the transport, so a connection dropped while reading is handled here;
* retries what is safe to retry (see :func:`is_safe_to_repeat`) on connection errors and on 429, 502,
  503 and 504, with exponential backoff and full jitter, honouring ``Retry-After`` (seconds or an HTTP
  date, capped); a request that is not safe to repeat (a create, an action, a consuming stdout read)
  is retried only when it provably never reached the server (connect error, connect or pool timeout)
  or was refused with 429;
* turns every non-2xx answer into a typed :class:`~qarnot_facade.errors.APIError` **before** anything
  parses the body, decoding the message from whichever of the API's five error shapes arrived (or a
  proxy's HTML page, or nothing);
* turns transport failures into :class:`~qarnot_facade.errors.APIConnectionError` /
  :class:`~qarnot_facade.errors.APITimeoutError`.

It logs to the ``qarnot_facade.http`` logger (method, URL, status, attempt, delay); it never logs
headers, so the token never reaches a log record.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from qarnot_facade.config import QarnotConfig

from qarnot_facade.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    ForbiddenError,
    NotEnoughCreditsError,
    NotFoundError,
    QuotaExceededError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)

__all__ = [
    "RETRYABLE_STATUSES",
    "CallOptions",
    "backoff_delay",
    "connection_error",
    "current_options",
    "decode_error",
    "forget_large",
    "inner_async_transport",
    "inner_transport",
    "is_safe_to_repeat",
    "last_response",
    "parse_retry_after",
    "rebuilt",
    "remember",
    "retry_after_error",
    "retry_after_status",
    "use_options",
]

logger = logging.getLogger("qarnot_facade.http")

RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
_MAX_MESSAGE = 500

# POSTs that only read: search, paginate, and the scaling sanity check. Optional /v1 prefix.
_READ_ONLY_POST = re.compile(
    r"^(/v1)?/(tasks|pools|jobs)(/summaries)?/(search|paginate)/?$|^(/v1)?/sanity-checks/pools/scaling/?$"
)


def is_safe_to_repeat(method: str, path: str) -> bool:
    """Whether a request may be sent again after an ambiguous failure (read timeout, 5xx...).

    GET, HEAD, OPTIONS, PUT, DELETE and PATCH are idempotent; so are the read-only POSTs (``/…/search``,
    ``/…/paginate``, ``/sanity-checks/pools/scaling``). Every other POST (creates, actions such as
    abort/clone/retry, the consuming ``POST …/stdout`` reads) is not.
    """
    method = method.upper()
    if method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"):
        return True
    return method == "POST" and bool(_READ_ONLY_POST.match(path))


@dataclass(frozen=True)
class CallOptions:
    """Timeout and retry settings of a call (the client's defaults, or a ``with_options`` view's)."""

    timeout: httpx.Timeout
    max_retries: int
    backoff: float
    max_backoff: float
    max_retry_after: float


_CURRENT: ContextVar[CallOptions | None] = ContextVar("qarnot_facade_call_options", default=None)


_LAST: ContextVar[httpx.Response | None] = ContextVar("qarnot_facade_last_response", default=None)


def last_response() -> httpx.Response | None:
    """The last successful response the transport returned in this context (to report decoding errors)."""
    return _LAST.get()


def current_options() -> CallOptions | None:
    """The options of the call running in this context, if a client method set them."""
    return _CURRENT.get()


@contextlib.contextmanager
def use_options(options: CallOptions) -> Iterator[None]:
    """Run the requests made inside the block with ``options`` (per-call timeout and retries)."""
    token = _CURRENT.set(options)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date); ``None`` if absent/bad."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        current = time.time() if now is None else now
        seconds = when.timestamp() - current
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def backoff_delay(attempt: int, options: CallOptions, random: Callable[[], float]) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(max_backoff, backoff * 2**attempt))."""
    ceiling = min(options.max_backoff, options.backoff * float(2**attempt))
    return float(random()) * ceiling


def retry_after_error(
    exc: httpx.TransportError, *, attempt: int, options: CallOptions, safe: bool, random: Callable[[], float]
) -> float | None:
    """The delay before sending again after a transport failure, or ``None`` to give up.

    ``attempt`` counts the retries already made. A request that is not safe to repeat is sent again only
    when it provably never reached the server (connect error, connect or pool timeout).
    """
    never_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    hopeless = isinstance(exc, httpx.UnsupportedProtocol)  # a bad URL: retrying cannot help
    if attempt < options.max_retries and (safe or never_sent) and not hopeless:
        return backoff_delay(attempt, options, random)
    return None


def retry_after_status(
    response: httpx.Response, *, attempt: int, options: CallOptions, safe: bool, random: Callable[[], float]
) -> float | None:
    """The delay before sending again after a non-2xx answer, or ``None`` to give up.

    429 is retried for every request (it was refused, not run); 502, 503 and 504 only when the request is
    safe to repeat. ``Retry-After`` (capped by ``max_retry_after``) wins over the backoff.
    """
    status = response.status_code
    retryable = status == 429 or (safe and status in RETRYABLE_STATUSES)
    if not retryable or attempt >= options.max_retries:
        return None
    asked = parse_retry_after(response.headers.get("retry-after"))
    if asked is not None:
        return min(asked, options.max_retry_after)
    return backoff_delay(attempt, options, random)


def connection_error(
    exc: httpx.TransportError, request: httpx.Request, attempts: int, *, safe: bool, secrets: tuple[str, ...]
) -> APIConnectionError:
    """The typed error for a transport failure that is not retried (any more)."""
    never_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    what = _redact(str(exc) or type(exc).__name__, secrets)
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if not (safe or never_sent):
        tries += " (not retried: the request may have reached the server and is not safe to repeat)"
    method, url = request.method, str(request.url)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{method} {url}: timed out ({type(exc).__name__}: {what}){tries}", method=method, url=url
        )
    return APIConnectionError(
        f"{method} {url}: connection failed ({type(exc).__name__}: {what}){tries}", method=method, url=url
    )


def _httpx_settings(config: QarnotConfig) -> dict[str, Any]:
    """The arguments of httpx's transports: TLS settings, the environment's proxy, the pool's limits."""
    from qarnot_facade._core import _env_proxy, tls_verify

    limits = httpx.Limits(
        max_connections=config.max_connections, max_keepalive_connections=min(config.max_connections, 20)
    )
    return {"verify": tls_verify(config), "proxy": _env_proxy(config.api_url), "retries": 0, "limits": limits}


def inner_async_transport(config: QarnotConfig) -> httpx.AsyncHTTPTransport:
    """The transport that really sends for an ``AsyncClient``: httpx's pooled one (at most
    ``max_connections`` connections) with the TLS settings and the environment's proxy."""
    return httpx.AsyncHTTPTransport(**_httpx_settings(config))


def inner_transport(config: QarnotConfig) -> httpx.BaseTransport:
    """The transport that really sends for a ``Client``: :class:`~qarnot_facade._stdlib_http.StdlibTransport`
    with the same settings as the async one (0.5 to 0.7 times httpx's CPU per request), or httpx's own
    when the environment's proxy is not a plain ``http://`` one (TLS to the proxy itself, SOCKS)."""
    settings = _httpx_settings(config)
    proxy: httpx.Proxy | None = settings["proxy"]
    if proxy is not None and proxy.url.scheme != "http":
        return httpx.HTTPTransport(**settings)
    from qarnot_facade._stdlib_http import StdlibTransport

    limits: httpx.Limits = settings["limits"]
    return StdlibTransport(
        verify=settings["verify"],
        proxy=proxy,
        max_connections=config.max_connections,
        max_keepalive=limits.max_keepalive_connections or 0,
    )


def rebuilt(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    """A response carrying the body already read from the inner transport (still content-encoded)."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        request=request,
        extensions=response.extensions,
    )


def remember(response: httpx.Response | None) -> None:
    """Record the last successful response of this context (see :func:`last_response`); ``None``
    forgets it (a call starts with nothing received, so no failure blames an earlier answer)."""
    _LAST.set(response)


# An answer larger than this is not kept once decoded (see forget_large).
KEPT_BODY_LIMIT = 1 << 20


def forget_large() -> None:
    """Forget the remembered response once its answer is decoded when its body is large: a listing of
    10,000 tasks would otherwise keep ~30 MB alive until the next call. A small one stays, for checks
    made after decoding (a creation answer without a uuid is reported with its body)."""
    response = _LAST.get()
    if response is not None and len(response.content) > KEPT_BODY_LIMIT:
        _LAST.set(None)


def may_have_acted(failure: httpx.TransportError | httpx.Response) -> bool:
    """Whether an attempt that failed this way may have been carried out by the server: anything but a
    connection that was never made, or a 429 (refused, not run)."""
    if isinstance(failure, httpx.Response):
        return failure.status_code != 429
    return not isinstance(failure, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def settled_by_earlier_attempt(response: httpx.Response, request: httpx.Request) -> httpx.Response | None:
    """The answer to give for a retried request whose earlier attempt may have been carried out, when
    the final answer only says that it was: a DELETE answered 404 deleted what the earlier attempt
    deleted (a 204 is given instead). ``None``: the answer stands."""
    if request.method.upper() == "DELETE" and response.status_code == 404:
        return httpx.Response(204, request=request, extensions=response.extensions)
    return None


# --------------------------------------------------------------------------------------------------
# error decoding
# --------------------------------------------------------------------------------------------------

_REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id", "x-trace-id", "x-amz-request-id")
_QUOTA = re.compile(r"maximum number of .+? reached", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def _redact(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _redact_json(value: Any, secrets: tuple[str, ...]) -> Any:
    if not secrets:
        return value
    if isinstance(value, str):
        return _redact(value, secrets)
    if isinstance(value, list):
        return [_redact_json(v, secrets) for v in value]
    if isinstance(value, dict):
        return {_redact(str(k), secrets): _redact_json(v, secrets) for k, v in value.items()}
    return value


def _shorten(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def _field_errors(errors: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if isinstance(errors, Mapping):
        for key, value in errors.items():
            if isinstance(value, list):
                out[str(key)] = [str(v) for v in value]
            elif value is not None:
                out[str(key)] = [str(value)]
    return out


def _message_from_json(body: Any) -> tuple[str | None, dict[str, list[str]]]:
    """(message, field errors) from one of the API's JSON error shapes."""
    if isinstance(body, str):
        return (body or None), {}
    if not isinstance(body, Mapping):
        return None, {}
    field_errors = _field_errors(body.get("errors"))
    message = body.get("message")
    if isinstance(message, str) and message.strip():
        return message.strip(), field_errors
    error = body.get("error")
    if isinstance(error, Mapping):
        inner = error.get("message")
        if isinstance(inner, str) and inner.strip():
            return inner.strip(), field_errors
    elif isinstance(error, str) and error.strip():
        return error.strip(), field_errors
    head: str | None = None
    for key in ("title", "detail"):
        candidate = body.get(key)
        if isinstance(candidate, str) and candidate.strip():
            head = candidate
            break
    if field_errors:
        details = "; ".join(
            f"{path or '(body)'}: {' '.join(msgs)}" for path, msgs in list(field_errors.items())[:5]
        )
        return (f"{head.strip()} {details}" if head else details), field_errors
    if head:
        detail = body.get("detail")
        if isinstance(detail, str) and detail.strip() and detail.strip() != head.strip():
            return f"{head.strip()}: {detail.strip()}", field_errors
        return head.strip(), field_errors
    return None, field_errors


def _request_id(headers: httpx.Headers, body: Any) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    if isinstance(body, Mapping):
        for holder in (body, body.get("extensions")):
            if isinstance(holder, Mapping):
                trace = holder.get("traceId") or holder.get("traceid")
                if isinstance(trace, str) and trace:
                    return trace
    return None


def decode_error(response: httpx.Response, *, secrets: tuple[str, ...] = ()) -> APIError:
    """The typed exception for a non-2xx response (its body already read).

    Shapes understood: ``{"message"}``, ``{"error": {"message", "code"}}``, ASP.NET ProblemDetails with an
    ``errors`` map (-> ``ValidationError.field_errors``), ``{"error": "..."}``, and non-JSON or empty
    bodies (an HTML page gives its ``<title>``; nothing gives the reason phrase).
    """
    status = response.status_code
    content = response.content
    text = ""
    body: Any = None
    message: str | None = None
    field_errors: dict[str, list[str]] = {}
    if content:
        text = response.text
        try:
            body = json.loads(text)
        except ValueError:
            body = _redact(text, secrets)
            looks_html = "html" in response.headers.get(
                "content-type", ""
            ).lower() or text.lstrip().startswith("<")
            if looks_html:
                found = _TITLE.search(text)
                message = _shorten(_TAG.sub(" ", found.group(1) if found else "")) or None
            else:
                message = _shorten(text) or None
        else:
            body = _redact_json(body, secrets)
            message, field_errors = _message_from_json(body)
    reason = response.reason_phrase or "error"
    if message is None:
        message = reason if content else f"{reason} (empty body)"
    message = _redact(_shorten(message), secrets)
    field_errors = {k: [_redact(m, secrets) for m in v] for k, v in field_errors.items()}
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built by hand, without its request
        request = None
    kwargs: dict[str, Any] = {
        "status_code": status,
        "body": body,
        "headers": dict(response.headers.items()),
        "request_id": _request_id(response.headers, body),
        "method": request.method if request is not None else None,
        "url": str(request.url) if request is not None else None,
    }
    if status in (400, 422):
        return ValidationError(message, field_errors=field_errors, **kwargs)
    if status == 401:
        return AuthenticationError(message, **kwargs)
    if status == 402:
        return NotEnoughCreditsError(message, **kwargs)
    if status == 403:
        if _QUOTA.search(message):
            return QuotaExceededError(message, **kwargs)
        return ForbiddenError(message, **kwargs)
    if status == 404:
        return NotFoundError(message, **kwargs)
    if status == 409:
        return ConflictError(message, **kwargs)
    if status == 429:
        return RateLimitError(
            message, retry_after=parse_retry_after(response.headers.get("retry-after")), **kwargs
        )
    if status >= 500:
        return ServerError(message, **kwargs)
    if 300 <= status < 400:
        location = response.headers.get("location")
        where = f" to {location}" if location else ""
        return UnexpectedResponseError(f"unexpected redirect{where} ({message})", **kwargs)
    return UnexpectedResponseError(message, **kwargs)
