"""The transport layer: typed errors for every error shape, safe retries, Retry-After, timeouts.

Unit tests on httpx.MockTransport (the only place mocks are used).
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import gzip
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from qarnot_facade._async.transport import AsyncQarnotTransport
from qarnot_facade._sync.transport import QarnotTransport
from qarnot_facade._transport import (
    CallOptions,
    is_safe_to_repeat,
    parse_retry_after,
    use_options,
)
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

TOKEN = "tok-SECRET-transport"
BASE = "https://api.test"


def options(**kw: Any) -> CallOptions:
    values: dict[str, Any] = {
        "timeout": httpx.Timeout(5.0, connect=2.0),
        "max_retries": 3,
        "backoff": 0.5,
        "max_backoff": 8.0,
        "max_retry_after": 60.0,
    }
    values.update(kw)
    return CallOptions(**values)


class Recorder:
    def __init__(self, handler: Callable[[httpx.Request, int], httpx.Response]) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request, len(self.requests))


class AsyncFace:
    """An ``httpx.AsyncClient`` over ``AsyncQarnotTransport``, driven from sync test code."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client
        self._runner = asyncio.Runner()

    def __getattr__(self, method: str) -> Callable[..., httpx.Response]:
        call = getattr(self._client, method)
        # each call in the caller's current context (so use_options() around it applies)
        return lambda *args, **kwargs: self._runner.run(
            call(*args, **kwargs), context=contextvars.copy_context()
        )

    def __enter__(self) -> AsyncFace:
        return self

    def __exit__(self, *exc: object) -> None:
        self._runner.run(self._client.aclose())
        self._runner.close()


@pytest.fixture(autouse=True, params=["QarnotTransport", "AsyncQarnotTransport"])
def transport_kind(request: pytest.FixtureRequest) -> Iterator[str]:
    """Every test of this file runs on the sync transport and on its async source."""
    KIND[0] = request.param
    yield request.param
    KIND[0] = "QarnotTransport"


KIND = ["QarnotTransport"]


def client_for(recorder: Recorder, jitter: float = 0.5, **kw: Any) -> Any:
    """An HTTP client on the transport under test (``KIND``), with the recorder as the server."""
    settings: dict[str, Any] = {"options": options(**kw), "random": lambda: jitter, "secrets": (TOKEN,)}
    headers = {"Authorization": TOKEN}
    if KIND[0] == "AsyncQarnotTransport":

        async def sleep(seconds: float) -> None:
            recorder.sleeps.append(seconds)

        wrapped = AsyncQarnotTransport(httpx.MockTransport(recorder), sleep=sleep, **settings)
        return AsyncFace(httpx.AsyncClient(base_url=BASE, transport=wrapped, headers=headers))
    transport = QarnotTransport(httpx.MockTransport(recorder), sleep=recorder.sleeps.append, **settings)
    return httpx.Client(base_url=BASE, transport=transport, headers=headers)


def always(response: httpx.Response) -> Callable[[httpx.Request, int], httpx.Response]:
    def handler(request: httpx.Request, n: int) -> httpx.Response:
        return httpx.Response(
            response.status_code, headers=response.headers, content=response.content, request=request
        )

    return handler


def sequence(*steps: httpx.Response | Exception) -> Callable[[httpx.Request, int], httpx.Response]:
    def handler(request: httpx.Request, n: int) -> httpx.Response:
        step = steps[min(n, len(steps)) - 1]
        if isinstance(step, Exception):
            raise step
        return httpx.Response(step.status_code, headers=step.headers, content=step.content, request=request)

    return handler


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


# ------------------------------------------------------------------------------------------------
# the five error shapes
# ------------------------------------------------------------------------------------------------


def test_shape_message_404() -> None:
    rec = Recorder(always(json_response(404, {"message": "No such task: abc"}, **{"x-request-id": "rid-1"})))
    with client_for(rec) as client, pytest.raises(NotFoundError) as info:
        client.get("/tasks/abc")
    err = info.value
    assert err.status_code == 404
    assert err.message == "No such task: abc"
    assert err.body == {"message": "No such task: abc"}
    assert err.request_id == "rid-1"
    assert err.headers["x-request-id"] == "rid-1"
    assert err.method == "GET" and err.url == f"{BASE}/tasks/abc"
    assert "404: No such task: abc" in str(err) and "rid-1" in str(err)
    assert len(rec.requests) == 1  # 404 is not retried


def test_shape_error_object_401() -> None:
    body = {"error": {"message": "Bad authentication token", "code": 401}, "data": {}}
    rec = Recorder(always(json_response(401, body)))
    with client_for(rec) as client, pytest.raises(AuthenticationError) as info:
        client.get("/info")
    assert info.value.message == "Bad authentication token"
    assert info.value.body == body


def test_shape_problem_details_400() -> None:
    body = {
        "type": "https://tools.ietf.org/html/rfc7231#section-6.5.1",
        "title": "One or more validation errors occurred.",
        "status": 400,
        "detail": None,
        "instance": None,
        "errors": {"interval": ["Could not convert string to integer: test. Path 'interval'."]},
        "extensions": {"traceId": "|trace-77."},
    }
    response = httpx.Response(
        400, content=json.dumps(body).encode(), headers={"content-type": "application/problem+json"}
    )
    rec = Recorder(always(response))
    with client_for(rec) as client, pytest.raises(ValidationError) as info:
        client.post("/tasks/t/snapshot/periodic", json={"interval": "test"})
    err = info.value
    assert err.field_errors == {"interval": ["Could not convert string to integer: test. Path 'interval'."]}
    assert "One or more validation errors occurred." in err.message
    assert "interval: Could not convert" in err.message
    assert err.request_id == "|trace-77."


def test_shape_problem_details_empty_path_and_top_level_trace() -> None:
    body = {"errors": {"": ["A non-empty request body is required."]}, "traceId": "t-1"}
    rec = Recorder(always(json_response(400, body)))
    with client_for(rec) as client, pytest.raises(ValidationError) as info:
        client.post("/tasks/t/retry")
    assert info.value.field_errors == {"": ["A non-empty request body is required."]}
    assert "(body): A non-empty request body is required." in info.value.message
    assert info.value.request_id == "t-1"


def test_shape_error_string_409() -> None:
    rec = Recorder(always(json_response(409, {"error": "Secret the_key already exists"})))
    with client_for(rec) as client, pytest.raises(ConflictError) as info:
        client.put("/secrets-manager/data/the_key", json={"value": "v"})
    assert info.value.message == "Secret the_key already exists"


def test_shape_html_502_from_a_proxy_on_a_create() -> None:
    html = b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>nginx</body></html>"
    rec = Recorder(always(httpx.Response(502, content=html, headers={"content-type": "text/html"})))
    with client_for(rec) as client, pytest.raises(ServerError) as info:
        client.post("/tasks", json={"name": "x"})
    err = info.value
    assert err.status_code == 502
    assert err.message == "502 Bad Gateway"
    assert isinstance(err.body, str) and "nginx" in err.body
    assert len(rec.requests) == 1  # a create is never blindly re-sent after a 5xx


def test_shape_empty_body_503() -> None:
    rec = Recorder(always(httpx.Response(503, content=b"")))
    with client_for(rec, max_retries=0) as client, pytest.raises(ServerError) as info:
        client.get("/tasks")
    assert info.value.message == "Service Unavailable (empty body)"
    assert info.value.body is None


def test_plain_text_error() -> None:
    rec = Recorder(always(httpx.Response(500, content=b"upstream exploded")))
    with client_for(rec) as client, pytest.raises(ServerError, match="upstream exploded"):
        client.get("/tasks")


def test_json_with_no_known_message() -> None:
    rec = Recorder(always(json_response(418, {"weird": True})))
    with client_for(rec) as client, pytest.raises(UnexpectedResponseError) as info:
        client.get("/tasks")
    assert info.value.status_code == 418
    assert info.value.body == {"weird": True}


@pytest.mark.parametrize(
    ("status", "message", "cls"),
    [
        (402, "Not enough credits", NotEnoughCreditsError),
        (403, "Maximum number of tasks reached", QuotaExceededError),
        (403, "maximum number of pools reached (10)", QuotaExceededError),
        (403, "Task is not running", ForbiddenError),
        (422, "bad", ValidationError),
        (500, "boom", ServerError),
        (307, "moved", UnexpectedResponseError),
    ],
)
def test_status_mapping(status: int, message: str, cls: type[APIError]) -> None:
    rec = Recorder(always(json_response(status, {"message": message})))
    with client_for(rec, max_retries=0) as client, pytest.raises(cls) as info:
        client.post("/tasks", json={})
    assert type(info.value) is cls
    assert info.value.message.startswith(message) or "redirect" in info.value.message


def test_quota_error_is_a_forbidden_error() -> None:
    assert issubclass(QuotaExceededError, ForbiddenError)


def test_token_is_redacted_from_error_messages_and_bodies() -> None:
    rec = Recorder(always(httpx.Response(401, content=f"bad token {TOKEN}".encode())))
    with client_for(rec) as client, pytest.raises(AuthenticationError) as info:
        client.get("/info")
    assert TOKEN not in str(info.value)
    assert TOKEN not in repr(info.value)
    assert TOKEN not in str(info.value.body)


# ------------------------------------------------------------------------------------------------
# retries
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_get_is_retried_on_transient_statuses(status: int) -> None:
    rec = Recorder(sequence(httpx.Response(status), httpx.Response(status), json_response(200, {"ok": 1})))
    with client_for(rec, jitter=0.5) as client:
        assert client.get("/tasks").json() == {"ok": 1}
    assert len(rec.requests) == 3
    assert rec.sleeps == [0.25, 0.5]  # full jitter: random() * backoff * 2**attempt


def test_500_is_not_retried() -> None:
    rec = Recorder(sequence(httpx.Response(500), json_response(200, {})))
    with client_for(rec) as client, pytest.raises(ServerError):
        client.get("/tasks")
    assert len(rec.requests) == 1


def test_backoff_is_capped() -> None:
    rec = Recorder(always(httpx.Response(503)))
    client = client_for(rec, jitter=0.999, max_retries=6, backoff=1.0, max_backoff=4.0)
    with client, pytest.raises(ServerError):
        client.get("/tasks")
    assert len(rec.requests) == 7
    assert max(rec.sleeps) <= 4.0
    assert rec.sleeps[-1] == pytest.approx(0.999 * 4.0)


def test_retries_exhausted_raise_the_last_error() -> None:
    rec = Recorder(always(httpx.Response(503, content=b"")))
    with client_for(rec, max_retries=2) as client, pytest.raises(ServerError):
        client.delete("/tasks/x")
    assert len(rec.requests) == 3


def test_retry_after_seconds() -> None:
    rec = Recorder(sequence(httpx.Response(429, headers={"Retry-After": "3"}), json_response(200, [])))
    with client_for(rec) as client:
        client.get("/tasks")
    assert rec.sleeps == [3.0]


def test_retry_after_http_date() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    rec = Recorder(sequence(httpx.Response(503, headers={"Retry-After": when}), json_response(200, [])))
    with client_for(rec) as client:
        client.get("/tasks")
    assert len(rec.sleeps) == 1
    assert 25 <= rec.sleeps[0] <= 30


def test_retry_after_is_capped() -> None:
    rec = Recorder(sequence(httpx.Response(429, headers={"Retry-After": "3600"}), json_response(200, [])))
    with client_for(rec, max_retry_after=10.0) as client:
        client.get("/tasks")
    assert rec.sleeps == [10.0]


def test_rate_limit_error_carries_retry_after() -> None:
    rec = Recorder(always(httpx.Response(429, headers={"Retry-After": "7"}, json={"message": "slow down"})))
    with client_for(rec, max_retries=1) as client, pytest.raises(RateLimitError) as info:
        client.get("/tasks")
    assert info.value.retry_after == 7.0
    assert info.value.message == "slow down"


def test_parse_retry_after() -> None:
    assert parse_retry_after(None) is None
    assert parse_retry_after("") is None
    assert parse_retry_after("garbage") is None
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after("-4") == 0.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0


def test_create_is_retried_on_429() -> None:
    rec = Recorder(sequence(httpx.Response(429), json_response(200, {"uuid": "u"})))
    with client_for(rec) as client:
        assert client.post("/tasks", json={"name": "n"}).json() == {"uuid": "u"}
    assert len(rec.requests) == 2


@pytest.mark.parametrize("status", [502, 503, 504])
def test_create_is_not_resent_after_a_5xx(status: int) -> None:
    rec = Recorder(sequence(httpx.Response(status), json_response(200, {"uuid": "u"})))
    with client_for(rec) as client, pytest.raises(ServerError):
        client.post("/tasks", json={"name": "n"})
    assert len(rec.requests) == 1


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow connect"), httpx.PoolTimeout("pool")]
)
def test_create_is_retried_when_it_never_reached_the_server(exc: Exception) -> None:
    rec = Recorder(sequence(exc, json_response(200, {"uuid": "u"})))
    with client_for(rec) as client:
        assert client.post("/tasks", json={"name": "n"}).json() == {"uuid": "u"}
    assert len(rec.requests) == 2
    assert rec.requests[0].content == rec.requests[1].content == b'{"name":"n"}'


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ReadTimeout("read"), APITimeoutError),
        (httpx.WriteTimeout("write"), APITimeoutError),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), APIConnectionError),
        (httpx.ReadError("reset"), APIConnectionError),
    ],
)
def test_create_is_never_resent_after_an_ambiguous_failure(exc: Exception, cls: type[Exception]) -> None:
    rec = Recorder(sequence(exc, json_response(200, {"uuid": "u"})))
    with client_for(rec) as client, pytest.raises(cls) as info:
        client.post("/tasks", json={"name": "n"})
    assert len(rec.requests) == 1
    assert "not retried" in str(info.value)


@pytest.mark.parametrize(
    "path", ["/tasks/abc/abort", "/tasks/abc/stdout", "/pools", "/jobs", "/tasks/a/clone"]
)
def test_other_non_idempotent_posts_are_not_resent(path: str) -> None:
    rec = Recorder(sequence(httpx.Response(503), json_response(200, {})))
    with client_for(rec) as client, pytest.raises(ServerError):
        client.post(path)
    assert len(rec.requests) == 1


@pytest.mark.parametrize(
    "path", ["/tasks/paginate", "/tasks/summaries/paginate", "/pools/search", "/sanity-checks/pools/scaling"]
)
def test_read_only_posts_are_retried(path: str) -> None:
    rec = Recorder(sequence(httpx.Response(502), httpx.ReadTimeout("t"), json_response(200, {})))
    with client_for(rec) as client:
        client.post(path, json={})
    assert len(rec.requests) == 3


def test_safe_to_repeat_table() -> None:
    assert is_safe_to_repeat("GET", "/tasks")
    assert is_safe_to_repeat("put", "/tasks/x")
    assert is_safe_to_repeat("PATCH", "/pools/x")
    assert is_safe_to_repeat("DELETE", "/jobs/x")
    assert is_safe_to_repeat("POST", "/v1/jobs/paginate")
    assert not is_safe_to_repeat("POST", "/tasks")
    assert not is_safe_to_repeat("POST", "/tasks/x/stdout")
    assert not is_safe_to_repeat("POST", "/tasks/paginate/extra")


def test_connection_errors_on_get_are_retried_then_raised() -> None:
    rec = Recorder(always(httpx.Response(200)))
    rec.handler = lambda request, n: (_ for _ in ()).throw(httpx.ConnectError("refused"))
    with client_for(rec, max_retries=2) as client, pytest.raises(APIConnectionError) as info:
        client.get("/tasks")
    assert not isinstance(info.value, APITimeoutError)
    assert len(rec.requests) == 3
    assert "after 3 attempts" in str(info.value)
    assert info.value.method == "GET"


def test_read_timeout_on_get() -> None:
    rec = Recorder(sequence(httpx.ReadTimeout("slow")))
    with client_for(rec, max_retries=1) as client, pytest.raises(APITimeoutError) as info:
        client.get("/tasks")
    assert isinstance(info.value, TimeoutError)
    assert len(rec.requests) == 2


class BrokenStream(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b'{"partial'
        raise httpx.ReadError("connection reset while reading")


def test_connection_dropped_while_reading_the_body() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            return httpx.Response(200, stream=BrokenStream())
        return httpx.Response(200, json={"done": True})

    sleeps: list[float] = []
    transport = QarnotTransport(httpx.MockTransport(handler), options=options(), sleep=sleeps.append)
    with httpx.Client(base_url=BASE, transport=transport) as client:
        assert client.get("/tasks").json() == {"done": True}
        calls.clear()
        with pytest.raises(APIConnectionError):
            client.post("/tasks", json={})
    assert len(calls) == 1


def test_gzip_success_body_is_passed_through() -> None:
    payload = json.dumps({"a": 1}).encode()

    def handler(request: httpx.Request, n: int) -> httpx.Response:
        return httpx.Response(200, content=gzip.compress(payload), headers={"content-encoding": "gzip"})

    rec = Recorder(handler)
    with client_for(rec) as client:
        assert client.get("/x").json() == {"a": 1}


def test_no_retry_when_max_retries_is_zero() -> None:
    rec = Recorder(always(httpx.Response(503)))
    with client_for(rec, max_retries=0) as client, pytest.raises(ServerError):
        client.get("/tasks")
    assert len(rec.requests) == 1
    assert rec.sleeps == []


# ------------------------------------------------------------------------------------------------
# per-call options
# ------------------------------------------------------------------------------------------------


def test_default_timeout_is_applied() -> None:
    rec = Recorder(always(json_response(200, {})))
    with client_for(rec) as client:
        client.get("/tasks")
    assert rec.requests[0].extensions["timeout"] == {"connect": 2.0, "read": 5.0, "write": 5.0, "pool": 5.0}


def test_per_call_options_override_timeout_and_retries() -> None:
    rec = Recorder(always(httpx.Response(503)))
    with client_for(rec) as client:
        with use_options(options(timeout=httpx.Timeout(1.0), max_retries=0)), pytest.raises(ServerError):
            client.get("/tasks")
        assert rec.requests[-1].extensions["timeout"]["read"] == 1.0
        assert len(rec.requests) == 1
        with pytest.raises(ServerError):
            client.get("/tasks")
    assert len(rec.requests) == 1 + 4


def test_repr_of_the_transport_is_harmless() -> None:
    rec = Recorder(always(json_response(200, {})))
    transport = QarnotTransport(httpx.MockTransport(rec), options=options(), secrets=(TOKEN,))
    assert TOKEN not in repr(transport)


def test_a_hopeless_transport_error_is_not_retried() -> None:
    rec = Recorder(sequence(httpx.UnsupportedProtocol("no such scheme")))
    with client_for(rec) as client, pytest.raises(APIConnectionError):
        client.get("/tasks")
    assert len(rec.requests) == 1
