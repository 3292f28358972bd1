"""The sandbox's API server: an ASGI application (Starlette requests and responses) speaking the spec.

Every request goes through the same pipeline:

1. fault injection (see :mod:`.faults`; off unless configured);
2. routing by the spec (:meth:`SpecValidator.match`): compute paths answer at the root and under ``/v1``;
   the carbon (``/carbon/v1``), credits (``/credits/v1``) and network (``/v1/network``) mounts only where
   the spec puts them; an unknown path is a 404, a known path with another method a 405;
3. authentication: the raw token in ``Authorization`` names an account (401 ``{"error": {...}, "data": {}}``
   otherwise), and ``QarnotReadOnlyRequestForAccount`` may switch a read to another account (see
   :mod:`.accounts`; 403 when not granted or not a read);
4. query and body validation against the spec: 400 problem details (``application/problem+json``)
   naming the faulty field;
5. the operation's handler (``op_<operationId>`` of a resource module, see :mod:`.resources`), run in a
   worker thread against that account's :class:`~.state.Store`;
6. the answer completed from the spec's response schema (every nullable property present, see
   :mod:`.shapes`) and encoded.

The resources own their rules, defaults and handlers; this module owns only the pipeline.

A handler failing on input it did not foresee is a sandbox bug: it is logged and answered 500 with the
exception text, so that tests notice it. With ``check_answers`` (what the pytest plugin's sandboxes use),
every answer is also validated against the spec before it leaves, and one outside it is answered 500 the
same way: a whole test suite run on the sandbox then checks every answer it got.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Mapping
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from . import filters
from .accounts import READ_ONLY_HEADER, Account, Accounts
from .faults import Fault, FaultInjection
from .resources import (
    AccountHandlers,
    JobHandlers,
    OutputHandlers,
    PoolHandlers,
    SecretHandlers,
    TaskHandlers,
)
from .resources.base import BULK_CREATES, Call, Reply
from .shapes import Shapes
from .state import (
    ApiError,
    problem,
)
from .validation import BODY_REQUIRED_MESSAGE, MatchedOperation, SpecValidator

__all__ = ["SandboxApp"]

logger = logging.getLogger("qarnot_facade.testing")

UNAUTHORIZED = {"error": {"message": "Bad authentication token", "code": 401}, "data": {}}
OWN_MOUNTS = ("/carbon/v1/", "/credits/v1/", "/v1/network/")
# the service mounts answer only where the spec puts them (not under /v1, not without their version)
MISPLACED_MOUNTS = (
    "/v1/carbon/",
    "/v1/credits/",
    "/network/",
    "/carbon/tasks/",
    "/carbon/pools/",
    "/credits/tasks/",
    "/credits/pools/",
    "/credits/accounts/",
    "/credits/projects/",
)


def _json_response(status: int, body: Any, media_type: str = "application/json") -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(),
        status_code=status,
        media_type=media_type,
    )


def _error_response(error: ApiError) -> Response:
    return _json_response(error.status, error.body, error.media_type)


class _DroppedConnectionFilter(logging.Filter):
    """Hide uvicorn's complaint about the responses the fault injection cuts on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "without completing response" not in record.getMessage()


def install_log_filter() -> None:
    target = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _DroppedConnectionFilter) for f in target.filters):
        target.addFilter(_DroppedConnectionFilter())


class SandboxApp(TaskHandlers, OutputHandlers, PoolHandlers, JobHandlers, AccountHandlers, SecretHandlers):
    """The ASGI application (``app(scope, receive, send)``) bound to a store and credentials."""

    def __init__(
        self,
        *,
        accounts: Accounts,
        validator: SpecValidator,
        storage_url: Callable[[], str],
        faults: FaultInjection,
        check_answers: bool = False,
    ) -> None:
        self.check_answers = check_answers
        self.accounts = accounts
        self.validator = validator
        self.shapes = Shapes(validator)
        self.storage_url = storage_url
        self.faults = faults
        self._handlers: dict[str, Callable[[Call], Reply]] = {
            name[len("op_") :]: getattr(self, name) for name in dir(self) if name.startswith("op_")
        }
        self._handlers.update(self._output_handlers())
        missing = sorted(self.validator.operation_ids - set(self._handlers))
        if missing:
            raise RuntimeError(f"the sandbox has no handler for: {', '.join(missing)}")

    # ASGI entry point with fault injection

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            fault = self.faults.pick(scope["method"], scope["path"])
            if fault is not None:
                await self._apply_fault(fault, scope, receive, send)
                return
        await self._http(scope, receive, send)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Every HTTP request goes to :meth:`_endpoint` (routing follows the spec, not Starlette's router,
        whose path converter would refuse identifiers holding a newline with its own text/plain 404)."""
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1003})
            return
        response = await self._endpoint(Request(scope, receive))
        await response(scope, receive, send)

    async def _apply_fault(self, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
        if fault.late:
            captured: list[Message] = []

            async def hold(message: Message) -> None:
                captured.append(message)

            await self._http(scope, receive, hold)  # the server acts now ...
            await asyncio.sleep(fault.delay)  # ... and answers late
            try:
                for message in captured:
                    await send(message)
            except OSError:  # the client gave up waiting: nothing to answer, not a sandbox failure
                pass
            return
        if fault.delay > 0:
            await asyncio.sleep(fault.delay)
        if fault.status is not None:
            headers: list[tuple[bytes, bytes]] = []
            if fault.status == 429:
                seconds = fault.retry_after if fault.retry_after is not None else 1.0
                text = str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"
                headers.append((b"retry-after", text.encode()))
                body = json.dumps({"message": "Too many requests, retry later"}).encode()
                media = b"application/json"
            else:
                body = _REASONS.get(fault.status, "Sandbox injected error").encode()
                media = b"text/plain; charset=utf-8"
            headers += [(b"content-type", media), (b"content-length", str(len(body)).encode())]
            await send({"type": "http.response.start", "status": fault.status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        if fault.drop:
            captured = []

            async def capture(message: Message) -> None:
                captured.append(message)

            await self._http(scope, receive, capture)
            start = next((m for m in captured if m["type"] == "http.response.start"), None)
            body = b"".join(m.get("body", b"") for m in captured if m["type"] == "http.response.body")
            status = start["status"] if start is not None else 200
            headers = [(k, v) for k, v in (start or {}).get("headers", []) if k.lower() != b"content-length"]
            headers.append((b"content-length", str(max(len(body), 1) + 16).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            return  # uvicorn closes the connection: the response is incomplete
        await self._http(scope, receive, send)

    # request pipeline

    async def _endpoint(self, request: Request) -> Response:
        response = await self._answer(request)
        operation_id = getattr(request.state, "operation_id", None)
        if self.check_answers and operation_id is not None and request.method != "HEAD":
            problems = self.validator.validate_response(
                operation_id, response.status_code, response.headers.get("content-type"), bytes(response.body)
            )
            if problems:  # a sandbox answer outside the spec is a sandbox bug: make it loud
                logger.error("sandbox answer outside the spec: %s", "; ".join(problems))
                return _json_response(
                    500, {"message": "sandbox answer outside the spec: " + "; ".join(problems)}
                )
        return response

    async def _answer(self, request: Request) -> Response:
        try:
            return await self._dispatch(request)
        except ClientDisconnect:  # the client left before sending its whole body: nobody to answer
            return Response(status_code=499)
        except ApiError as error:
            return _error_response(error)
        except filters.FilterError as error:
            return _error_response(problem({error.field: [error.message]}))
        except Exception as exc:  # a sandbox bug: make it loud
            logger.exception("sandbox handler failed on %s %s", request.method, request.scope["path"])
            return _json_response(500, {"message": f"sandbox internal error: {type(exc).__name__}: {exc}"})

    def _route(self, method: str, path: str) -> tuple[MatchedOperation | None, list[str]]:
        """The operation of a request (compute paths also under ``/v1``), or the methods allowed there."""
        lowered = path.lower()
        if lowered.startswith(MISPLACED_MOUNTS):
            return None, []
        candidates = [path]
        if (lowered == "/v1" or lowered.startswith("/v1/")) and not lowered.startswith("/v1/network/"):
            candidates.append(path[3:] or "/")
        for candidate in candidates:
            matched = self.validator.match(method, candidate)
            if matched is not None and _mounted_where_documented(matched.path_template, path):
                return matched, []
        for candidate in candidates:
            allowed = self.validator.allowed_methods(candidate)
            if allowed:
                return None, allowed
        return None, []

    async def _dispatch(self, request: Request) -> Response:
        method = request.method.upper()
        path = str(request.scope["path"])  # not url.path: urlsplit drops newlines and tabs
        matched, allowed = self._route("GET" if method == "HEAD" else method, path)
        if matched is None:
            if allowed:
                response = _json_response(405, {"message": f"The method {method} is not allowed on {path}"})
                response.headers["Allow"] = ", ".join(allowed)
                return response
            return _json_response(404, {"message": f"No such route: {method} {path}"})
        info = self.validator.operation(matched.operation_id)
        request.state.operation_id = matched.operation_id
        caller = self.accounts.by_token(request.headers.get("authorization"))
        if caller is None:
            if info.requires_auth:
                return _json_response(401, UNAUTHORIZED)
            caller = next(iter(self.accounts))  # the few public operations answer the same to all
        account = self.accounts.target(
            caller, request.headers.get(READ_ONLY_HEADER), declares_header=READ_ONLY_HEADER in info.headers
        )
        query_lists: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            query_lists.setdefault(key, []).append(value)
        try:
            query = self.validator.coerce_query(matched.operation_id, query_lists)
        except ValueError as exc:
            errors = exc.args[0] if exc.args and isinstance(exc.args[0], dict) else {"": [str(exc)]}
            raise problem(errors) from None
        body: Any = None
        if info.request_body is not None:
            raw = await request.body()
            body, errors = self.validator.decode_request_body(raw)
            if errors:
                raise problem(errors)
            if body is None and info.request_body.get("required"):
                raise problem({"": [BODY_REQUIRED_MESSAGE]})
            if body is not None:
                body = self.validator.normalize_request_body(matched.operation_id, body)
                # a bulk create (a list) answers per item: each is validated on its own by its handler
                if not (isinstance(body, list) and matched.operation_id in BULK_CREATES):
                    errors = self.validator.validate_request_body(matched.operation_id, body)
                    if errors:
                        raise problem(errors)
        call = Call(
            operation_id=matched.operation_id,
            params=dict(matched.path_params),
            query=query,
            body=_integral_numbers(body),
            accept=request.headers.get("accept", ""),
        )
        handler = self._handlers[matched.operation_id]
        response = await run_in_threadpool(self._run_handler, handler, call, account)
        if method == "HEAD":
            response.body = b""
        return response

    def _run_handler(self, handler: Callable[[Call], Reply], call: Call, account: Account) -> Response:
        """Run the handler for ``account`` holding its store's lock, then encode its answer without it
        (large listings must neither block the other requests nor the event loop)."""
        with self.accounts.acting_as(account), account.store.lock:
            reply = handler(call)
        return self._render(reply, call)

    def _render(self, reply: Reply, call: Call) -> Response:
        selects = isinstance(call.body, Mapping) and bool(call.body.get("select"))
        if reply.body is not None and not selects:  # a field selection answers only what it selects
            schema = self.validator.response_schema(call.operation_id, reply.status)
            if schema is not None:
                self.shapes.complete(schema, reply.body)
        if reply.empty:
            return Response(status_code=reply.status)
        if reply.text is not None:
            wants_json = "application/json" in call.accept and "text/plain" not in call.accept
            if wants_json:
                return _json_response(reply.status, reply.text)
            return Response(reply.text, status_code=reply.status, media_type="text/plain; charset=utf-8")
        return _json_response(reply.status, reply.body)


_REASONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def _integral_numbers(value: Any) -> Any:
    """JSON Schema counts ``2.0`` as an integer: hand handlers ``2``."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, list):
        return [_integral_numbers(item) for item in value]
    if isinstance(value, dict):
        return {key: _integral_numbers(item) for key, item in value.items()}
    return value


def _mounted_where_documented(template: str, path: str) -> bool:
    for mount in OWN_MOUNTS:
        if template.startswith(mount):
            return path.lower().startswith(mount)
    return True
