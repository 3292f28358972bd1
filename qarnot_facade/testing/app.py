"""The sandbox's API server: an ASGI application (Starlette requests and responses) speaking the spec.

Every request goes through the same pipeline:

1. fault injection (see :mod:`.faults`; off unless configured);
2. routing by the spec (:meth:`SpecValidator.match`): compute paths answer at the root and under ``/v1``;
   the carbon (``/carbon/v1``), credits (``/credits/v1``) and network (``/v1/network``) mounts only where
   the spec puts them; an unknown path is a 404, a known path with another method a 405;
3. authentication: the raw token in ``Authorization`` (401 ``{"error": {...}, "data": {}}`` otherwise);
4. query and body validation against the spec: 400 problem details (``application/problem+json``)
   naming the faulty field;
5. the operation's handler, run in a worker thread against the :class:`~.state.Store`.

A handler failing on input it did not foresee is a sandbox bug: it is logged and answered 500 with the
exception text, so that tests notice it.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import json
import logging
import uuid as uuid_module
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from . import catalog, filters
from .accounts import READ_ONLY_HEADER, Account, Accounts
from .faults import Fault, FaultInjection
from .secrets import InvalidSecretKey, SecretExists, SecretNotFound
from .shapes import Shapes
from .state import (
    CORES_PER_INSTANCE,
    FINAL_TASK_STATES,
    NEVER,
    POOL_ACTIVE_STATES,
    TASK_EXECUTING_STATES,
    ApiError,
    PoolRecord,
    Store,
    TaskRecord,
    forbidden,
    format_ranges,
    not_found,
    parse_ranges,
    parse_timespan,
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
MAX_INSTANCES_PER_TASK = 1024
BULK_CREATES = {
    "create_task": "CreateTaskPayload",
    "create_job": "CreateJobPayload",
}  # list body -> item schema
LIMITS = catalog.DEFAULT_LIMITS
MAX_TASKS = LIMITS.max_task
MAX_POOLS = LIMITS.max_pool
MAX_JOBS = LIMITS.max_job

# Each resource's defaults, in one place: what the platform answers for a property the client left out
# (or sent as null). Properties neither here nor sent are answered null (see shapes.Shapes.complete).
_NO_PRIVILEGES = {"exportApiAndStorageCredentialsInEnvironment": False}
_NO_RETRIES = {"maxTotalRetries": 0, "maxPerInstanceRetries": 0}
_NO_SECRETS: dict[str, list[Any]] = {"bySecret": [], "byPrefix": []}
_COMMON_DEFAULTS: dict[str, Any] = {
    "state": "Submitted", "endDate": NEVER, "executionTime": "00:00:00", "wallTime": "00:00:00",
    "runningInstanceCount": 0, "runningCoreCount": 0, "tags": [], "labels": {}, "constants": [],
    "constraints": [], "forcedConstants": [], "forcedNetworkRules": [], "errors": [],
    "resourceBuckets": [], "advancedResourceBuckets": [], "hardwareConstraints": [],
    "privileges": _NO_PRIVILEGES, "secretsAccessRights": _NO_SECRETS, "schedulingType": "Flex",
    "autoDeleteOnCompletion": False, "completionTimeToLive": "00:00:00", "credits": 0.0,
}  # fmt: skip
TASK_DEFAULTS: dict[str, Any] = {
    **_COMMON_DEFAULTS, "progress": 0.0, "snapshotInterval": 0, "maxRetriesPerInstance": 0,
    "retrySettings": _NO_RETRIES, "resultsCount": 0,
}  # fmt: skip
POOL_DEFAULTS: dict[str, Any] = {
    **_COMMON_DEFAULTS, "defaultRetrySettings": _NO_RETRIES, "queuedOrRunningTaskInstancesCount": 0,
    "totalSlotCapacity": 0, "poolUsage": 0.0,
    "elasticProperty": {
        "isElastic": False, "minTotalSlots": 0, "maxTotalSlots": 0, "minIdleSlots": 0, "resizePeriod": 90,
        "rampResizeFactor": 0.4, "minIdleTimeSeconds": 90,
    },
    "multiSlotsSettings": {"slotsPerNode": None},
}  # fmt: skip
JOB_DEFAULTS: dict[str, Any] = {
    "state": "Active", "endDate": NEVER, "useDependencies": False, "autoDeleteOnCompletion": False,
    "completionTimeToLive": "00:00:00", "tags": [],
}  # fmt: skip
TASK_UPDATABLE = (
    "name", "constants", "constraints", "tags", "labels", "resultsWhitelist", "resultsBlacklist",
    "resultsBucketPrefix", "snapshotWhitelist", "snapshotBlacklist", "snapshotBucket", "snapshotBucketPrefix",
    "autoDeleteOnCompletion", "completionTimeToLive", "maxTimeQueueSeconds", "uploadResultsOnCancellation",
)  # fmt: skip
POOL_UPDATABLE = (
    "name", "constants", "constraints", "tags", "labels", "elasticProperty", "scaling", "preparationTask",
    "autoDeleteOnCompletion", "completionTimeToLive", "taskDefaultWaitForPoolResourcesSynchronization",
    "multiSlotsSettings", "maxTimeQueueSeconds", "defaultRetrySettings", "hardwareConstraints",
)  # fmt: skip


@dataclass
class Call:
    """One validated request, as handlers see it."""

    operation_id: str
    params: dict[str, str]
    query: dict[str, Any]
    body: Any
    accept: str


@dataclass
class Reply:
    """What a handler answers: JSON (default), plain text, or nothing."""

    status: int = 200
    body: Any = None
    text: str | None = None
    empty: bool = False


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


class SandboxApp:
    """The ASGI application (``app(scope, receive, send)``) bound to a store and credentials."""

    def __init__(
        self,
        *,
        accounts: Accounts,
        validator: SpecValidator,
        storage_url: Callable[[], str],
        faults: FaultInjection,
    ) -> None:
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

    @property
    def store(self) -> Store:
        """The store of the account the request being handled acts on."""
        return self.accounts.current.store

    @property
    def email(self) -> str:
        return self.accounts.current.email

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

    # helpers

    def _now(self) -> str:
        return self.store.now()

    def _check_buckets(self, payload: Mapping[str, Any]) -> None:
        names: list[str] = [n for n in payload.get("resourceBuckets") or [] if isinstance(n, str)]
        names += [
            str(item.get("bucketName"))
            for item in payload.get("advancedResourceBuckets") or []
            if isinstance(item, Mapping)
        ]
        result = payload.get("resultBucket")
        if isinstance(result, str) and result:
            names.append(result)
        for name in names:
            if not self.store.s3.bucket_exists(name):
                raise not_found(f"The bucket {name} does not exist")

    @staticmethod
    def _known_profile(profile: Any) -> bool:
        return isinstance(profile, str) and catalog.profile_details(profile) is not None

    # ----------------------------------------------------------------------------------------- tasks

    def _create_task(self, payload: dict[str, Any]) -> str:
        store = self.store
        name = payload.get("name")
        if not isinstance(name, str) or not name.strip():
            raise problem({"name": ["The name field is required."]})
        if len(store.tasks) >= MAX_TASKS:
            raise forbidden("The maximum number of tasks reached")
        ranges = payload.get("advancedRanges")
        count = payload.get("instanceCount")
        if ranges:
            try:
                instance_ids = parse_ranges(str(ranges))
            except ValueError as exc:
                raise problem({"advancedRanges": [str(exc)]}) from None
            if count and count != len(instance_ids):  # both given: they must agree (the spec's clone example)
                raise problem(
                    {
                        "instanceCount": [
                            f"instanceCount ({count}) differs from the {len(instance_ids)} instances "
                            "of advancedRanges."
                        ]
                    }
                )
        else:
            if not isinstance(count, int) or isinstance(count, bool) or count < 1:
                raise problem(
                    {"instanceCount": ["instanceCount must be at least 1 (or give advancedRanges)."]}
                )
            if count > MAX_INSTANCES_PER_TASK:
                raise forbidden(
                    f"The maximum number of instances per task ({MAX_INSTANCES_PER_TASK}) is exceeded"
                )
            instance_ids = list(range(count))
        if len(instance_ids) > MAX_INSTANCES_PER_TASK:
            raise forbidden(
                f"The maximum number of instances per task ({MAX_INSTANCES_PER_TASK}) is exceeded"
            )
        shortname = payload.get("shortname")
        if shortname and any(t.data.get("shortname") == shortname for t in store.tasks.values()):
            raise problem({"shortname": [f"The shortname {shortname} is already used by another task."]})
        job = None
        job_ident = payload.get("jobUuid")
        if job_ident:
            job = store._find(store.jobs, str(job_ident))
            if job is None:
                raise problem({"jobUuid": [f"No such job: {job_ident}"]})
            if job.data["state"] != "Active":
                raise forbidden(f"The job {job.uuid} is not active ({job.data['state']})")
        pool = None
        pool_ident = payload.get("poolUuid")
        if job is not None and job.data.get("poolUuid"):
            if pool_ident and store._find(store.pools, str(pool_ident)) is not store.pools.get(
                job.data["poolUuid"]
            ):
                raise problem({"poolUuid": ["The task's pool differs from the pool of its job."]})
            if payload.get("profile"):
                raise problem({"profile": ["A task of a job running in a pool cannot set a profile."]})
            pool_ident = job.data["poolUuid"]
        if pool_ident:
            pool = store._find(store.pools, str(pool_ident))
            if pool is None:
                raise problem({"poolUuid": [f"No such pool: {pool_ident}"]})
            if pool.data["state"] not in POOL_ACTIVE_STATES:
                raise forbidden(f"The pool {pool.uuid} is not running ({pool.data['state']})")
        profile = payload.get("profile")
        if pool is None:
            if not profile:
                raise problem({"profile": ["The profile field is required for a task outside a pool."]})
            if not self._known_profile(profile):
                raise problem({"profile": [f"Unknown profile {profile}."]})
        dependencies = payload.get("dependencies")
        if dependencies and (dependencies.get("dependsOn") or dependencies.get("advancedDependsOn")):
            if job is None or not job.data.get("useDependencies"):
                raise problem(
                    {"dependencies": ["Dependencies need a job created with useDependencies: true."]}
                )
            if dependencies.get("dependsOn") and dependencies.get("advancedDependsOn"):
                raise problem({"dependencies": ["Give either dependsOn or advancedDependsOn, not both."]})
            for dep in dependencies.get("dependsOn") or []:
                if store._find(store.tasks, str(dep)) is None:
                    raise problem({"dependencies.dependsOn": [f"No such task: {dep}"]})
            for item in dependencies.get("advancedDependsOn") or []:
                if store._find(store.tasks, str(item.get("taskUuid"))) is None:
                    raise problem(
                        {"dependencies.advancedDependsOn": [f"No such task: {item.get('taskUuid')}"]}
                    )
        for field_name in ("completionTimeToLive",):
            try:
                parse_timespan(payload.get(field_name))
            except ValueError as exc:
                raise problem({field_name: [str(exc)]}) from None
        self._check_buckets(payload)
        task_uuid = str(uuid_module.uuid4())
        now = self._now()
        data: dict[str, Any] = {
            **copy.deepcopy(TASK_DEFAULTS),
            **self.shapes.stored("Task", payload),
            "uuid": task_uuid,
            "shortname": shortname or task_uuid,
            "profile": profile or (pool.data.get("profile") if pool is not None else None),
            "poolUuid": pool.uuid if pool is not None else None,
            "jobUuid": job.uuid if job is not None else None,
            "stateTransitionTime": now,
            "creationDate": now,
            "lastModified": now,
            "instanceCount": len(instance_ids),
            "advancedRanges": str(ranges) if ranges else None,
            "dependencies": self._dependencies_output(dependencies),
        }
        store.add_task(data, copy.deepcopy(payload), instance_ids)
        return task_uuid

    @staticmethod
    def _dependencies_output(dependencies: Any) -> dict[str, Any] | None:
        if not isinstance(dependencies, Mapping):
            return None
        depends_on = [str(d) for d in dependencies.get("dependsOn") or []]
        advanced = [
            {
                "taskUuid": str(item.get("taskUuid")),
                "taskFinalStateCondition": item.get("taskFinalStateCondition"),
                "actualFinalState": None,
                "state": "waiting",
            }
            for item in dependencies.get("advancedDependsOn") or []
            if isinstance(item, Mapping)
        ]
        if not depends_on and not advanced:
            return None
        return {"dependsOn": depends_on, "advancedDependsOn": advanced, "state": "waiting"}

    def op_create_task(self, call: Call) -> Reply:
        if isinstance(call.body, list):
            return Reply(body=self._bulk(call, self._create_task))
        return Reply(body={"uuid": self._create_task(call.body)})

    def _task_items(self, tags: Sequence[str] | None = None) -> list[dict[str, Any]]:
        return _tagged([self.store.render_task(t) for t in self.store.tasks.values()], tags)

    def op_list_tasks(self, call: Call) -> Reply:
        return Reply(body=self._task_items(call.query.get("tag")))

    def op_list_tasks_summaries(self, call: Call) -> Reply:
        return Reply(
            body=[self.shapes.pick("TaskSummary", item) for item in self._task_items(call.query.get("tag"))]
        )

    def op_search_tasks(self, call: Call) -> Reply:
        return Reply(body=_search(self._task_items(), call.body))

    def op_paginate_tasks(self, call: Call) -> Reply:
        return Reply(body=_page(self._task_items(), call.body))

    def op_paginate_tasks_summaries(self, call: Call) -> Reply:
        page = _page(self._task_items(), call.body)
        page["data"] = [self.shapes.pick("TaskSummary", item) for item in page["data"]]
        return Reply(body=page)

    def op_get_task_information(self, call: Call) -> Reply:
        return Reply(body=self.store.render_task(self.store.task(call.params["taskId"])))

    def op_update_task(self, call: Call) -> Reply:
        task = self.store.task(call.params["taskId"])
        if task.data["state"] in FINAL_TASK_STATES | {"PendingDelete"}:
            raise forbidden(f"The task {task.uuid} is finished ({task.data['state']}) and cannot be updated")
        body = call.body or {}
        if "completionTimeToLive" in body:
            try:
                parse_timespan(body.get("completionTimeToLive"))
            except ValueError as exc:
                raise problem({"completionTimeToLive": [str(exc)]}) from None
        for key in TASK_UPDATABLE:
            if key in body and not (key == "name" and not body[key]):
                task.data[key] = copy.deepcopy(body[key])
                task.payload[key] = copy.deepcopy(body[key])
        task.data["lastModified"] = self._now()
        return Reply(empty=True)

    def op_update_task_resources(self, call: Call) -> Reply:
        task = self.store.task(call.params["taskId"])
        if task.data["state"] in FINAL_TASK_STATES | {"PendingDelete", "PendingCancel"}:
            raise forbidden(f"The task {task.uuid} is not running ({task.data['state']})")
        self._check_buckets({k: task.data.get(k) for k in ("resourceBuckets", "advancedResourceBuckets")})
        task.data["lastModified"] = self._now()
        return Reply(empty=True)

    def op_delete_task(self, call: Call) -> Reply:
        self.store.delete_task(self.store.task(call.params["taskId"]))
        return Reply(empty=True)

    def op_abort_task(self, call: Call) -> Reply:
        self.store.abort_task(self.store.task(call.params["taskId"]))
        return Reply(empty=True)

    def _rerun(self, call: Call, wanted: frozenset[str] | None, verb: str) -> Reply:
        source = self.store.task(call.params["taskId"])
        payload = copy.deepcopy(source.payload)
        payload.pop("shortname", None)
        overrides = call.body if isinstance(call.body, Mapping) else {}
        if wanted is not None:
            if source.data["state"] not in FINAL_TASK_STATES:
                raise forbidden(
                    f"The task {source.uuid} is not finished ({source.data['state']}): cannot {verb} it"
                )
            selected = [i.instance_id for i in source.instances.values() if i.state in wanted]
            if not selected:
                kinds = " or ".join(sorted(s.lower() for s in wanted))
                raise forbidden(f"The task {source.uuid} has no {kinds} instance to {verb}")
            payload.pop("instanceCount", None)
            payload["advancedRanges"] = format_ranges(selected)
        if "instanceCount" in overrides or "advancedRanges" in overrides:
            payload.pop("instanceCount", None)
            payload.pop("advancedRanges", None)
        payload.update(copy.deepcopy(dict(overrides)))
        return Reply(body={"uuid": self._create_task(payload)})

    def op_restart_task(self, call: Call) -> Reply:
        self.store.restart_task(self.store.task(call.params["taskId"]))
        return Reply(empty=True)

    def op_retry_task(self, call: Call) -> Reply:
        return self._rerun(call, frozenset({"Failure"}), "retry")

    def op_recover_task(self, call: Call) -> Reply:
        return self._rerun(call, frozenset({"Failure", "Cancelled"}), "recover")

    def op_resume_task(self, call: Call) -> Reply:
        return self._rerun(call, frozenset({"Cancelled"}), "resume")

    def op_clone_task(self, call: Call) -> Reply:
        return self._rerun(call, None, "clone")

    def op_create_task_unique_snapshot(self, call: Call) -> Reply:
        task = self.store.task(call.params["taskId"])
        return Reply(body=copy.deepcopy(self.store.snapshot(task, call.body or {})))

    def op_create_task_periodic_snapshot(self, call: Call) -> Reply:
        task = self.store.task(call.params["taskId"])
        interval = call.body.get("interval")
        if not isinstance(interval, int) or isinstance(interval, bool) or interval <= 0:
            raise problem({"interval": ["The interval must be a positive number of seconds."]})
        self.store.periodic_snapshot(task, call.body)
        return Reply(empty=True)

    def op_get_task_snapshot_status(self, call: Call) -> Reply:
        task = self.store.task(call.params["taskId"])
        snap = task.snapshots.get(call.params["snapshotId"])
        if snap is None:
            raise not_found(f"No such snapshot: {call.params['snapshotId']}")
        return Reply(body=copy.deepcopy(snap.data))

    # stdout / stderr of tasks and pools

    def _output(
        self, record: TaskRecord | PoolRecord, stream: str, instance: str | None, fresh: bool
    ) -> Reply:
        buffer = record.stdout if stream == "stdout" else record.stderr
        instance_id: int | None = None
        if instance is not None:
            try:
                instance_id = int(instance)
            except ValueError:
                raise not_found(f"No such instance: {instance}") from None
            if instance_id not in record.instance_ids:
                raise not_found(f"No such instance: {instance}")
        text = buffer.read_fresh(instance_id) if fresh else buffer.read(instance_id)
        return Reply(text=text)

    def _output_handlers(self) -> dict[str, Callable[[Call], Reply]]:
        """The 16 stdout/stderr operations: ``get[_last]_{task,pool}[_instance]_{stdout,stderr}``.

        GET reads the whole buffer, POST (``get_last_...``) only what came since the previous POST.
        """
        handlers: dict[str, Callable[[Call], Reply]] = {}
        for kind, param in (("task", "taskId"), ("pool", "poolId")):
            for stream in ("stdout", "stderr"):
                for per_instance in (False, True):
                    for fresh in (False, True):
                        last = "_last" if fresh else ""
                        one = "_instance" if per_instance else ""
                        name = f"get{last}_{kind}{one}_{stream}"
                        handlers[name] = functools.partial(
                            self._output_operation, kind, param, stream, per_instance, fresh
                        )
        return handlers

    def _output_operation(
        self, kind: str, param: str, stream: str, per_instance: bool, fresh: bool, call: Call
    ) -> Reply:
        record = (
            self.store.task(call.params[param]) if kind == "task" else self.store.pool(call.params[param])
        )
        instance = call.params["instanceId"] if per_instance else None
        return self._output(record, stream, instance, fresh)

    # ----------------------------------------------------------------------------------------- pools

    def _create_pool(self, payload: dict[str, Any]) -> str:
        store = self.store
        name = payload.get("name")
        if not isinstance(name, str) or not name.strip():
            raise problem({"name": ["The name field is required."]})
        profile = payload.get("profile")
        if not profile:
            raise problem({"profile": ["The profile field is required."]})
        if not self._known_profile(profile):
            raise problem({"profile": [f"Unknown profile {profile}."]})
        if len(store.pools) >= MAX_POOLS:
            raise forbidden("The maximum number of pools reached")
        count = payload.get("instanceCount")
        if count is None:
            count = 1
        # 0 is an elastic pool starting without nodes; the sandbox still runs its tasks (no slot model)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise problem({"instanceCount": ["instanceCount must not be negative."]})
        if count > MAX_INSTANCES_PER_TASK:
            raise forbidden(
                f"The maximum number of instances per pool ({MAX_INSTANCES_PER_TASK}) is exceeded"
            )
        shortname = payload.get("shortname")
        if shortname and any(p.data.get("shortname") == shortname for p in store.pools.values()):
            raise problem({"shortname": [f"The shortname {shortname} is already used by another pool."]})
        try:
            parse_timespan(payload.get("completionTimeToLive"))
        except ValueError as exc:
            raise problem({"completionTimeToLive": [str(exc)]}) from None
        self._check_buckets(payload)
        pool_uuid = str(uuid_module.uuid4())
        now = self._now()
        scaling = payload.get("scaling")
        if isinstance(scaling, Mapping):
            policies = list(scaling.get("policies") or [])
            scaling = {"policies": policies, "activePolicyName": _active_policy(policies)}
        data: dict[str, Any] = {
            **copy.deepcopy(POOL_DEFAULTS),
            **self.shapes.stored("Pool", payload),
            "uuid": pool_uuid,
            "shortname": shortname or pool_uuid,
            "stateTransitionTime": now,
            "lastModified": now,
            "creationDate": now,
            "instanceCount": count,
            "scaling": scaling,
        }
        store.add_pool(data, copy.deepcopy(payload), list(range(count)))
        return pool_uuid

    def _pool_items(self, tags: Sequence[str] | None = None) -> list[dict[str, Any]]:
        return _tagged([self.store.render_pool(p) for p in self.store.pools.values()], tags)

    def op_create_pool(self, call: Call) -> Reply:
        return Reply(body={"uuid": self._create_pool(call.body)})

    def op_list_pools(self, call: Call) -> Reply:
        return Reply(body=self._pool_items(call.query.get("tag")))

    def op_list_pools_summaries(self, call: Call) -> Reply:
        items = self._pool_items(call.query.get("tag"))
        return Reply(body=[self.shapes.pick("PoolSummary", item) for item in items])

    def op_list_pool_tasks(self, call: Call) -> Reply:
        pool = self.store.pool(call.params["poolId"])
        tasks = [t for t in self.store.tasks.values() if t.data.get("poolUuid") == pool.uuid]
        return Reply(body=[self.store.render_task(t) for t in tasks])

    def op_list_pool_jobs(self, call: Call) -> Reply:
        pool = self.store.pool(call.params["poolId"])
        return Reply(
            body=[
                copy.deepcopy(j.data) for j in self.store.jobs.values() if j.data.get("poolUuid") == pool.uuid
            ]
        )

    def op_get_pool_scaling(self, call: Call) -> Reply:
        pool = self.store.pool(call.params["poolId"])
        scaling = pool.data.get("scaling")
        if not isinstance(scaling, Mapping):
            raise not_found(f"The pool {pool.uuid} has no scaling")
        return Reply(body=copy.deepcopy(dict(scaling)))

    def op_search_pools(self, call: Call) -> Reply:
        return Reply(body=_search(self._pool_items(), call.body))

    def op_paginate_pools(self, call: Call) -> Reply:
        return Reply(body=_page(self._pool_items(), call.body))

    def op_paginate_pools_summaries(self, call: Call) -> Reply:
        page = _page(self._pool_items(), call.body)
        page["data"] = [self.shapes.pick("PoolSummary", item) for item in page["data"]]
        return Reply(body=page)

    def op_get_pool_information(self, call: Call) -> Reply:
        return Reply(body=self.store.render_pool(self.store.pool(call.params["poolId"])))

    def op_update_pool(self, call: Call) -> Reply:
        pool = self.store.pool(call.params["poolId"])
        if pool.data["state"] not in POOL_ACTIVE_STATES:
            raise forbidden(
                f"The pool {pool.uuid} is not running ({pool.data['state']}) and cannot be updated"
            )
        body = call.body or {}
        if "completionTimeToLive" in body:
            try:
                parse_timespan(body.get("completionTimeToLive"))
            except ValueError as exc:
                raise problem({"completionTimeToLive": [str(exc)]}) from None
        for key in POOL_UPDATABLE:
            if key in body and not (key == "name" and not body[key]):
                value = copy.deepcopy(body[key])
                if key == "scaling" and isinstance(value, Mapping):
                    policies = list(value.get("policies") or [])
                    value = {"policies": policies, "activePolicyName": _active_policy(policies)}
                pool.data[key] = value
                pool.payload[key] = copy.deepcopy(body[key])
        count = body.get("instanceCount")
        if isinstance(count, int) and not isinstance(count, bool) and 0 <= count <= MAX_INSTANCES_PER_TASK:
            pool.data["instanceCount"] = count
            pool.instance_ids = list(range(count))
        pool.data["lastModified"] = self._now()
        return Reply(empty=True)

    def op_update_pool_resources(self, call: Call) -> Reply:
        pool = self.store.pool(call.params["poolId"])
        if pool.data["state"] not in POOL_ACTIVE_STATES:
            raise forbidden(f"The pool {pool.uuid} is not running ({pool.data['state']})")
        self._check_buckets({k: pool.data.get(k) for k in ("resourceBuckets", "advancedResourceBuckets")})
        pool.data["lastModified"] = self._now()
        return Reply(empty=True)

    def op_delete_pool(self, call: Call) -> Reply:
        self.store.delete_pool(self.store.pool(call.params["poolId"]))
        return Reply(empty=True)

    def op_close_pool(self, call: Call) -> Reply:
        self.store.close_pool(self.store.pool(call.params["poolId"]))
        return Reply(empty=True)

    def op_clone_pool(self, call: Call) -> Reply:
        source = self.store.pool(call.params["poolId"])
        payload = copy.deepcopy(source.payload)
        payload.pop("shortname", None)
        payload.update(copy.deepcopy(dict(call.body or {})))
        return Reply(body={"uuid": self._create_pool(payload)})

    def op_update_pool_scaling(self, call: Call) -> Reply:
        pool = self.store.pool(call.params["poolId"])
        if pool.data["state"] not in POOL_ACTIVE_STATES:
            raise forbidden(
                f"The pool {pool.uuid} is not running ({pool.data['state']}) and cannot be scaled"
            )
        policies = list(call.body.get("policies") or [])
        _check_policies(policies)
        pool.data["scaling"] = {
            "policies": copy.deepcopy(policies),
            "activePolicyName": _active_policy(policies),
        }
        pool.payload["scaling"] = {"policies": copy.deepcopy(policies)}
        pool.data["lastModified"] = self._now()
        return Reply(empty=True)

    def op_check_pool_scaling(self, call: Call) -> Reply:
        _check_policies(list(call.body.get("policies") or []))
        return Reply(empty=True)

    # ----------------------------------------------------------------------------------------- jobs

    def _job_items(self, tags: Sequence[str] | None = None) -> list[dict[str, Any]]:
        return _tagged([copy.deepcopy(j.data) for j in self.store.jobs.values()], tags)

    def op_create_job(self, call: Call) -> Reply:
        if isinstance(call.body, list):
            return Reply(body=self._bulk(call, self._create_job))
        return Reply(body={"uuid": self._create_job(call.body)})

    def _bulk(self, call: Call, create: Callable[[dict[str, Any]], str]) -> list[dict[str, Any]]:
        """One ``BulkTaskResponse`` per item, in order: each item is validated and created on its own."""
        schema = BULK_CREATES[call.operation_id]
        results: list[dict[str, Any]] = []
        for index, item in enumerate(call.body):
            try:
                errors = self.validator.validate_schema(schema, item)
                if errors:
                    raise problem(errors)
                results.append({"uuid": create(item), "statusCode": 200, "message": None})
            except ApiError as error:
                results.append(
                    {"uuid": None, "statusCode": error.status, "message": _message_of(error, index)}
                )
        return results

    def _create_job(self, body: dict[str, Any]) -> str:
        store = self.store
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise problem({"name": ["The name field is required."]})
        if len(store.jobs) >= MAX_JOBS:
            raise forbidden("The maximum number of jobs reached")
        shortname = body.get("shortname")
        if shortname and any(j.data.get("shortname") == shortname for j in store.jobs.values()):
            raise problem({"shortname": [f"The shortname {shortname} is already used by another job."]})
        pool_uuid = None
        if body.get("poolUuid"):
            pool = store._find(store.pools, str(body["poolUuid"]))
            if pool is None:
                raise problem({"poolUuid": [f"No such pool: {body['poolUuid']}"]})
            pool_uuid = pool.uuid
        for field_name in ("maxWallTime", "completionTimeToLive"):
            try:
                parse_timespan(body.get(field_name))
            except ValueError as exc:
                raise problem({field_name: [str(exc)]}) from None
        job_uuid = str(uuid_module.uuid4())
        now = self._now()
        store.add_job(
            {
                **copy.deepcopy(JOB_DEFAULTS),
                **self.shapes.stored("Job", body),
                "uuid": job_uuid,
                "shortname": shortname or job_uuid,
                "poolUuid": pool_uuid,
                "stateTransitionTime": now,
                "creationDate": now,
                "lastModified": now,
            }
        )
        return job_uuid

    def op_list_jobs(self, call: Call) -> Reply:
        return Reply(body=self._job_items(call.query.get("tag")))

    def op_search_jobs(self, call: Call) -> Reply:
        return Reply(body=_search(self._job_items(), call.body))

    def op_paginate_jobs(self, call: Call) -> Reply:
        return Reply(body=_page(self._job_items(), call.body))

    def op_get_job_info(self, call: Call) -> Reply:
        return Reply(body=copy.deepcopy(self.store.job(call.params["jobId"]).data))

    def op_delete_job(self, call: Call) -> Reply:
        self.store.delete_job(self.store.job(call.params["jobId"]), bool(call.query.get("force", False)))
        return Reply(empty=True)

    def op_terminate_job(self, call: Call) -> Reply:
        self.store.terminate_job(self.store.job(call.params["jobId"]))
        return Reply(empty=True)

    def op_list_job_tasks(self, call: Call) -> Reply:
        job = self.store.job(call.params["jobId"])
        return Reply(body=[self.store.render_task(t) for t in self.store.job_tasks(job)])

    # ------------------------------------------------------------------------------------ account

    def op_check_connection(self, call: Call) -> Reply:
        return Reply(empty=True)

    def op_get_settings(self, call: Call) -> Reply:
        return Reply(body=catalog.api_settings(self.storage_url()))

    def op_get_versions(self, call: Call) -> Reply:
        return Reply(body=catalog.api_versions())

    def op_list_profiles(self, call: Call) -> Reply:
        return Reply(body=catalog.list_profiles())

    def op_get_profile_details(self, call: Call) -> Reply:
        details = catalog.profile_details(call.params["profile"])
        if details is None:
            raise not_found(f"No such profile: {call.params['profile']}")
        return Reply(body=details)

    def op_list_hardware_constraints(self, call: Call) -> Reply:
        return Reply(
            body=catalog.hardware_constraints_page(call.query.get("limit"), call.query.get("offset"))
        )

    def op_search_cpu_model_constraints(self, call: Call) -> Reply:
        return Reply(body=catalog.search_cpu_models(str(call.query.get("cpuModel") or "")))

    def _usage(self) -> catalog.AccountUsage:
        store = self.store
        by_kind: dict[str, list[int]] = {"flex": [0, 0], "ondemand": [0, 0]}
        reserved: dict[str, list[int]] = {}

        def add(scheduling: Any, reservation: Any, instances: int) -> None:
            kind = str(scheduling or "Flex").lower()
            if kind == "reserved":
                counts = reserved.setdefault(str(reservation or LIMITS.reservation_name), [0, 0])
            else:
                counts = by_kind["ondemand" if kind == "ondemand" else "flex"]
            counts[0] += instances
            counts[1] += instances * CORES_PER_INSTANCE

        for task in store.tasks.values():
            if task.data["state"] in TASK_EXECUTING_STATES and not task.data.get("poolUuid"):
                running = sum(1 for i in task.instances.values() if i.state is None)
                add(task.data.get("schedulingType"), task.data.get("targetedReservationName"), running)
        for pool in store.pools.values():
            if pool.data["state"] in POOL_ACTIVE_STATES:
                add(
                    pool.data.get("schedulingType"),
                    pool.data.get("targetedReservationName"),
                    len(pool.instance_ids),
                )
        try:
            buckets = self.store.s3.client.list_buckets()
            bucket_count = len(buckets)
        except Exception:  # the storage is the S3 server's business; counting is best effort
            bucket_count = 0
        return catalog.AccountUsage(
            task_count=len(store.tasks),
            running_task_count=sum(
                1 for t in store.tasks.values() if t.data["state"] not in FINAL_TASK_STATES
            ),
            job_count=len(store.jobs),
            pool_count=len(store.pools),
            running_pool_count=sum(1 for p in store.pools.values() if p.data["state"] in POOL_ACTIVE_STATES),
            bucket_count=bucket_count,
            flex=catalog.RunningCounts(*by_kind["flex"]),
            on_demand=catalog.RunningCounts(*by_kind["ondemand"]),
            reserved={name: catalog.RunningCounts(*counts) for name, counts in reserved.items()},
        )

    def op_get_user_info(self, call: Call) -> Reply:
        return Reply(body=catalog.user_info(self.email, self._usage()))

    def op_get_user_computing_quotas(self, call: Call) -> Reply:
        return Reply(body=catalog.user_computing_quotas(self._usage()))

    def op_get_organization_computing_quotas(self, call: Call) -> Reply:
        return Reply(body=catalog.organization_computing_quotas({self.email: self._usage()}))

    # ------------------------------------------------------------------------- carbon, credits, network

    def _task_for_service(self, ident: str) -> TaskRecord:
        try:
            return self.store.task(ident)
        except ApiError:
            raise not_found("Task not found") from None

    def _pool_for_service(self, ident: str) -> PoolRecord:
        try:
            return self.store.pool(ident)
        except ApiError:
            raise not_found("Pool not found") from None

    def _task_compute(self, task: TaskRecord) -> tuple[float, int]:
        seconds = sum(i.exec_seconds for i in task.instances.values())
        return seconds, CORES_PER_INSTANCE

    def _pool_compute(self, pool: PoolRecord) -> tuple[float, int]:
        rendered = self.store.render_pool(pool)
        wall = parse_timespan(rendered.get("wallTime")) or 0.0
        running = pool.data["state"] in POOL_ACTIVE_STATES or pool.data.get("endDate") != NEVER
        return (wall if running else 0.0), len(pool.instance_ids) * CORES_PER_INSTANCE

    def op_get_task_carbon_facts(self, call: Call) -> Reply:
        seconds, cores = self._task_compute(self._task_for_service(call.params["taskId"]))
        return Reply(body=catalog.carbon_facts(seconds, cores, call.query.get("comparisonDatacenter")))

    def op_get_pool_carbon_facts(self, call: Call) -> Reply:
        seconds, cores = self._pool_compute(self._pool_for_service(call.params["poolId"]))
        return Reply(body=catalog.carbon_facts(seconds, cores, call.query.get("comparisonDatacenter")))

    def op_get_task_credits(self, call: Call) -> Reply:
        task = self._task_for_service(call.params["taskId"])
        seconds, cores = self._task_compute(task)
        return Reply(body=catalog.resource_credits(seconds, cores, task.data.get("schedulingType")))

    def op_get_pool_credits(self, call: Call) -> Reply:
        pool = self._pool_for_service(call.params["poolId"])
        seconds, cores = self._pool_compute(pool)
        return Reply(body=catalog.resource_credits(seconds, cores, pool.data.get("schedulingType")))

    def _consumed(self) -> float:
        total = 0.0
        for task in self.store.tasks.values():
            seconds, cores = self._task_compute(task)
            total += catalog.consumed_credits(seconds, cores, task.data.get("schedulingType"))
        for pool in self.store.pools.values():
            seconds, cores = self._pool_compute(pool)
            total += catalog.consumed_credits(seconds, cores, pool.data.get("schedulingType"))
        return total

    def op_get_account_credits(self, call: Call) -> Reply:
        return Reply(body=catalog.account_credits(self._consumed()))

    def op_get_project_budgets(self, call: Call) -> Reply:
        budgets = catalog.project_budgets(
            self.email,
            call.params["projectId"],
            active_only=bool(call.query.get("activeOnly", False)),
            now=self.store.clock.now(),
            anchor=self.store.created,
            consumed_cents=round(self._consumed() * 100),
        )
        if budgets is None:
            raise not_found("Project not found")
        return Reply(body=budgets)

    def op_get_task_port_forwarding(self, call: Call) -> Reply:
        task = self.store.task(call.params["taskId"])
        running: list[int] = []
        if task.data["state"] in TASK_EXECUTING_STATES:
            running = [i.instance_id for i in task.instances.values() if i.state is None]
        return Reply(body=catalog.task_port_forwards(task.uuid, task.data.get("forcedNetworkRules"), running))

    # ------------------------------------------------------------------------------------ secrets

    def op_get_secret(self, call: Call) -> Reply:
        try:
            return Reply(body={"value": self.store.secrets.get(call.params["key"])})
        except (SecretNotFound, InvalidSecretKey) as error:
            raise ApiError(404, {"error": f"Secret {error.key} doesn't exist"}) from None

    def op_create_secret(self, call: Call) -> Reply:
        try:
            self.store.secrets.create(call.params["key"], str(call.body.get("value") or ""))
        except SecretExists as error:
            raise ApiError(409, {"error": error.message}) from None
        except InvalidSecretKey as error:
            raise problem({"key": [error.message]}) from None
        return Reply(status=201, empty=True)

    def op_update_secret(self, call: Call) -> Reply:
        try:
            self.store.secrets.update(call.params["key"], str(call.body.get("value") or ""))
        except (SecretNotFound, InvalidSecretKey) as error:
            raise ApiError(404, {"error": f"Secret {error.key} doesn't exist"}) from None
        return Reply(status=204, empty=True)

    def op_delete_secret(self, call: Call) -> Reply:
        try:
            self.store.secrets.delete(call.params["key"])
        except (SecretNotFound, InvalidSecretKey) as error:
            raise ApiError(404, {"error": f"Secret {error.key} doesn't exist"}) from None
        return Reply(status=204, empty=True)

    def op_search_secrets(self, call: Call) -> Reply:
        try:
            return Reply(body={"keys": self.store.secrets.search(call.params.get("prefix", ""))})
        except InvalidSecretKey as error:
            raise ApiError(404, {"error": error.message}) from None


_REASONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def _message_of(error: ApiError, index: int) -> str:
    body = error.body
    if isinstance(body.get("message"), str):
        return str(body["message"])
    if isinstance(body.get("errors"), Mapping):
        parts = [
            f"{key or 'body'}: {'; '.join(messages)}" for key, messages in body["errors"].items() if messages
        ]
        return f"Task {index}: " + " | ".join(parts)
    return json.dumps(body)


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


def _tagged(items: list[dict[str, Any]], tags: Sequence[str] | None) -> list[dict[str, Any]]:
    """The items carrying at least one of the ``tag`` query values (each may be comma-separated)."""
    wanted = _split_tags(tags)
    if not wanted:
        return items
    return [item for item in items if wanted & set(item.get("tags") or [])]


def _split_tags(tags: Sequence[str] | None) -> set[str]:
    wanted: set[str] = set()
    for tag in tags or []:
        wanted.update(part for part in str(tag).split(",") if part)
    return wanted


def _search(items: list[dict[str, Any]], body: Any) -> list[dict[str, Any]]:
    body = body or {}
    selected = filters.filter_items(body.get("filter"), items)
    fields = filters.parse_select(body.get("select"))
    maximum = body.get("maximumResults")
    if maximum is not None:
        if maximum < 0:
            raise filters.FilterError("maximumResults", "maximumResults must not be negative")
        selected = selected[:maximum]
    return [filters.select_fields(item, fields) for item in selected]


def _page(items: list[dict[str, Any]], body: Any) -> dict[str, Any]:
    body = body or {}
    selected = filters.filter_items(body.get("filter"), items)
    selected = filters.order_items(selected, body.get("orderBy"), body.get("orderType"))
    token = body.get("token")
    data, next_token, truncated = filters.paginate(selected, token, body.get("maximumResults"))
    return {
        "data": data,
        "token": token or None,
        "nextToken": next_token,
        "isTruncated": truncated,
        "count": len(data),
    }


def _active_policy(policies: Sequence[Any]) -> str | None:
    for policy in policies:
        if isinstance(policy, Mapping) and not policy.get("enabledPeriods"):
            return str(policy.get("name")) if policy.get("name") is not None else None
    first = policies[0] if policies else None
    return str(first.get("name")) if isinstance(first, Mapping) and first.get("name") is not None else None


def _check_policies(policies: Sequence[Any]) -> None:
    errors: dict[str, list[str]] = {}
    names: set[str] = set()
    for index, policy in enumerate(policies):
        if not isinstance(policy, Mapping):
            continue
        where = f"policies[{index}]"
        name = policy.get("name")
        if isinstance(name, str):
            if name in names:
                errors.setdefault(f"{where}.name", []).append(f"The policy name {name} is used twice.")
            names.add(name)
        kind = str(policy.get("type") or "")
        if kind == "ManagedTasksQueue":
            low, high = policy.get("minTotalSlots"), policy.get("maxTotalSlots")
            if isinstance(low, int) and isinstance(high, int) and low > high:
                errors.setdefault(f"{where}.maxTotalSlots", []).append(
                    "maxTotalSlots must be greater than or equal to minTotalSlots."
                )
        for key in ("slotsCount", "minTotalSlots", "maxTotalSlots", "minIdleSlots", "minIdleTimeSeconds"):
            value = policy.get(key)
            if isinstance(value, int) and value < 0:
                errors.setdefault(f"{where}.{key}", []).append(f"{key} must not be negative.")
    if errors:
        raise problem(errors)
