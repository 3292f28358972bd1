"""What every resource module shares: the validated request (:class:`Call`), the answer (:class:`Reply`),
the :class:`Handlers` base (the account the request acts on, its store, the spec's shapes) and the listing
helpers (tags, search, pagination, bulk creation).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import catalog, filters
from ..state import (
    NEVER,
    ApiError,
    Store,
    forbidden,
    not_found,
    problem,
)

if TYPE_CHECKING:
    from ..accounts import Accounts
    from ..shapes import Shapes
    from ..validation import SpecValidator

MAX_INSTANCES_PER_TASK = 1024

# A batch of tasks answers item by item (207 mixed, 400 all refused: the spec documents it), so its items are
# validated one by one; a list of jobs is validated as a whole by the pipeline (the spec has no 207 there).
BULK_CREATES = {"create_task": "CreateTaskPayload"}  # list body -> item schema

LIMITS = catalog.DEFAULT_LIMITS

MAX_TASKS = LIMITS.max_task

MAX_POOLS = LIMITS.max_pool

MAX_JOBS = LIMITS.max_job

# What the platform answers for a property the client left out (or sent as null), shared by tasks and pools.
# Properties neither defaulted nor sent are answered null (see shapes.Shapes.complete).
NO_PRIVILEGES = {"exportApiAndStorageCredentialsInEnvironment": False}

NO_RETRIES = {"maxTotalRetries": 0, "maxPerInstanceRetries": 0}

NO_SECRETS: dict[str, list[Any]] = {"bySecret": [], "byPrefix": []}

COMMON_DEFAULTS: dict[str, Any] = {
    "state": "Submitted", "endDate": NEVER, "executionTime": "00:00:00", "wallTime": "00:00:00",
    "runningInstanceCount": 0, "runningCoreCount": 0, "tags": [], "labels": {}, "constants": [],
    "constraints": [], "forcedConstants": [], "forcedNetworkRules": [], "errors": [],
    "resourceBuckets": [], "advancedResourceBuckets": [], "hardwareConstraints": [],
    "privileges": NO_PRIVILEGES, "secretsAccessRights": NO_SECRETS, "schedulingType": "Flex",
    "autoDeleteOnCompletion": False, "completionTimeToLive": "00:00:00", "credits": 0.0,
}  # fmt: skip


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


class Handlers:
    """The base of the resource handler classes: each ``op_<operationId>`` method answers one operation."""

    accounts: Accounts
    validator: SpecValidator
    shapes: Shapes
    storage_url: Callable[[], str]

    @property
    def store(self) -> Store:
        """The store of the account the request being handled acts on."""
        return self.accounts.current.store

    @property
    def email(self) -> str:
        return self.accounts.current.email

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

    @staticmethod
    def _new_identity(payload: Mapping[str, Any], records: Mapping[str, Any], kind: str, maximum: int) -> Any:
        """The checks every creation starts with: a name, the account's quota of ``kind``, a shortname
        no other ``kind`` uses. Returns the shortname asked for (None when not given)."""
        name = payload.get("name")
        if not isinstance(name, str) or not name.strip():
            raise problem({"name": ["The name field is required."]})
        if len(records) >= maximum:
            raise forbidden(f"The maximum number of {kind}s reached")
        shortname = payload.get("shortname")
        if shortname and any(r.data.get("shortname") == shortname for r in records.values()):
            raise problem({"shortname": [f"The shortname {shortname} is already used by another {kind}."]})
        return shortname

    def _summaries_page(self, items: list[dict[str, Any]], body: Any, schema: str) -> Reply:
        """A paginated listing of summaries: the page of ``items``, each reduced to ``schema``."""
        page = page_of(items, body)
        page["data"] = [self.shapes.pick(schema, item) for item in page["data"]]
        return Reply(body=page)

    def _bulk(self, call: Call, create: Callable[[dict[str, Any]], str]) -> Reply:
        """One ``BulkTaskResponse`` per item, in order: each item is validated and created on its own.

        The platform answers 207 for a mixed batch and 400 (the same array) when every item failed; the
        sandbox does so where the spec documents the 207 answer (otherwise 200, the older documentation).
        """
        schema = BULK_CREATES.get(call.operation_id)
        if not call.body:  # the spec's minItems: 1 (items are checked one by one below)
            raise problem({"": ["A batch needs at least one item."]})
        results: list[dict[str, Any]] = []
        for index, item in enumerate(call.body):
            try:
                errors = self.validator.validate_schema(schema, item) if schema is not None else {}
                if errors:
                    raise problem(errors)
                results.append({"uuid": create(item), "statusCode": 200, "message": None})
            except ApiError as error:
                results.append(
                    {"uuid": None, "statusCode": error.status, "message": message_of(error, index)}
                )
        failed = sum(1 for result in results if result["statusCode"] >= 300)
        status = 200
        if failed and "207" in self.validator.operation(call.operation_id).responses:
            status = 400 if failed == len(results) else 207
        return Reply(status=status, body=results)


def message_of(error: ApiError, index: int) -> str:
    body = error.body
    if isinstance(body.get("message"), str):
        return str(body["message"])
    if isinstance(body.get("errors"), Mapping):
        parts = [
            f"{key or 'body'}: {'; '.join(messages)}" for key, messages in body["errors"].items() if messages
        ]
        return f"Task {index}: " + " | ".join(parts)
    return json.dumps(body)


def tagged(items: list[dict[str, Any]], tags: Sequence[str] | None) -> list[dict[str, Any]]:
    """The items carrying at least one of the ``tag`` query values (each may be comma-separated)."""
    wanted = split_tags(tags)
    if not wanted:
        return items
    return [item for item in items if wanted & set(item.get("tags") or [])]


def split_tags(tags: Sequence[str] | None) -> set[str]:
    wanted: set[str] = set()
    for tag in tags or []:
        wanted.update(part for part in str(tag).split(",") if part)
    return wanted


def search(items: list[dict[str, Any]], body: Any) -> list[dict[str, Any]]:
    body = body or {}
    selected = filters.filter_items(body.get("filter"), items)
    fields = filters.parse_select(body.get("select"))
    maximum = body.get("maximumResults")
    if maximum is not None:
        if maximum < 0:
            raise filters.FilterError("maximumResults", "maximumResults must not be negative")
        selected = selected[:maximum]
    return [filters.select_fields(item, fields) for item in selected]


def page_of(items: list[dict[str, Any]], body: Any) -> dict[str, Any]:
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
