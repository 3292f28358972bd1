"""Pools: their defaults, their state machine (``Submitted`` -> ``FullyDispatched``: resources, preparation
task -> ``FullyExecuting``: running, accepting tasks; ``close`` -> ``Closing`` -> ``Closed``; ``DELETE`` ->
``PendingDelete`` -> gone), their rendering, and their handlers (creation rules, listing, updates, scaling
policies, closing and cloning)."""

from __future__ import annotations

import copy
import uuid as uuid_module
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from .. import catalog
from ..executors import InstanceResult, InstanceRun
from ..s3 import ResourceSource
from ..state import (
    CORES_PER_INSTANCE,
    FINAL_TASK_STATES,
    NEVER,
    POOL_ACTIVE_STATES,
    POOL_RUNNING_STATES,
    PoolRecord,
    Store,
    constant_values,
    deletion_due,
    forbidden,
    format_timespan,
    not_found,
    parse_timespan,
    problem,
    resource_sources,
)
from .base import (
    COMMON_DEFAULTS,
    MAX_INSTANCES_PER_TASK,
    MAX_POOLS,
    NO_RETRIES,
    Call,
    Handlers,
    Reply,
    page_of,
    search,
    tagged,
)
from .tasks import abort_task, render_task

# Pool defaults, in one place (on top of COMMON_DEFAULTS), and what PUT /pools/{id} may change.
POOL_DEFAULTS: dict[str, Any] = {
    **COMMON_DEFAULTS, "defaultRetrySettings": NO_RETRIES, "queuedOrRunningTaskInstancesCount": 0,
    "totalSlotCapacity": 0, "poolUsage": 0.0,
    "elasticProperty": {
        "isElastic": False, "minTotalSlots": 0, "maxTotalSlots": 0, "minIdleSlots": 0, "resizePeriod": 90,
        "rampResizeFactor": 0.4, "minIdleTimeSeconds": 90,
    },
    "multiSlotsSettings": {"slotsPerNode": None},
}  # fmt: skip

POOL_UPDATABLE = (
    "name", "constants", "constraints", "tags", "labels", "elasticProperty", "scaling", "preparationTask",
    "autoDeleteOnCompletion", "completionTimeToLive", "taskDefaultWaitForPoolResourcesSynchronization",
    "multiSlotsSettings", "maxTimeQueueSeconds", "defaultRetrySettings", "hardwareConstraints",
)  # fmt: skip


# the state machine (called with the store's lock held, but _start_pool, which runs in a worker thread)


def add_pool(
    store: Store, data: dict[str, Any], payload: dict[str, Any], instance_ids: list[int]
) -> PoolRecord:
    with store.lock:
        record = PoolRecord(uuid=data["uuid"], data=data, payload=payload, instance_ids=instance_ids)
        store.pools[record.uuid] = record
        store.changed.notify_all()
        return record


def close_pool(store: Store, pool: PoolRecord) -> None:
    state = pool.data["state"]
    if state not in POOL_ACTIVE_STATES:
        raise forbidden(f"The pool {pool.uuid} is not running ({state}) and cannot be closed")
    _abort_pool_tasks(store, pool)
    pool.cancel.set()
    store._set_state(pool.data, "Closing")
    store.changed.notify_all()


def delete_pool(store: Store, pool: PoolRecord) -> None:
    if pool.data["state"] == "PendingDelete":
        return
    _abort_pool_tasks(store, pool)
    pool.cancel.set()
    store._set_state(pool.data, "PendingDelete")
    store.changed.notify_all()


def _abort_pool_tasks(store: Store, pool: PoolRecord) -> None:
    busy = FINAL_TASK_STATES | {"PendingCancel", "PendingDelete"}
    for task in store.tasks.values():
        if task.data.get("poolUuid") == pool.uuid and task.data["state"] not in busy:
            abort_task(store, task)


def _pool_tasks_final(store: Store, pool: PoolRecord) -> bool:
    return all(
        task.data["state"] in FINAL_TASK_STATES
        for task in store.tasks.values()
        if task.data.get("poolUuid") == pool.uuid
    )


def step_pool(store: Store, pool: PoolRecord) -> None:
    data = pool.data
    state = data["state"]
    work_done = pool.work is None or pool.work.done()
    if state == "Submitted":
        pool.work = store._submit(_start_pool, store, pool, resource_sources(data))
        store._set_state(data, "FullyDispatched")
    elif state in ("PartiallyDispatched", "FullyDispatched"):
        if work_done:
            error = store._work_error(pool)
            pool.work = None
            if error is not None:
                data["errors"].append(store._api_error("SBX0002E", f"The pool could not start: {error}"))
                data["endDate"] = store.now()
                store._set_state(data, "Failure")
                return
            store._set_state(data, "FullyExecuting")
    elif state == "Closing":
        if work_done and _pool_tasks_final(store, pool):
            pool.work = None
            data["endDate"] = store.now()
            store._set_state(data, "Closed")
    elif state == "PendingDelete":
        if work_done and _pool_tasks_final(store, pool):
            del store.pools[pool.uuid]
    elif state in ("Closed", "Failure") and data.get("autoDeleteOnCompletion"):
        due = deletion_due(data, "endDate")
        if due is not None and store.clock.now() >= due:
            del store.pools[pool.uuid]


def _start_pool(store: Store, pool: PoolRecord, sources: list[ResourceSource]) -> None:
    files = store.s3.download(sources)
    with store.lock:
        pool.resources = files
        data = copy.deepcopy(pool.data)
    preparation = data.get("preparationTask")
    command = preparation.get("commandLine") if isinstance(preparation, Mapping) else None
    if not command:
        return
    constants = catalog.profile_constant_defaults(str(data.get("profile") or ""))
    constants.update(constant_values(data.get("constants")))
    failures: list[str] = []
    for instance_id in pool.instance_ids:
        if pool.cancel.is_set():
            return

        def emit_stdout(text: str, instance_id: int = instance_id) -> None:
            with store.lock:
                pool.stdout.write(instance_id, text)

        def emit_stderr(text: str, instance_id: int = instance_id) -> None:
            with store.lock:
                pool.stderr.write(instance_id, text)

        with store.lock:
            pool.stdout.ensure_instance(instance_id)
            pool.stderr.ensure_instance(instance_id)
        run = InstanceRun(
            kind="pool",
            uuid=pool.uuid,
            name=str(data.get("name")),
            instance_id=instance_id,
            command=str(command),
            constants=constants,
            resources=files,
            cancelled=pool.cancel,
            emit_stdout=emit_stdout,
            emit_stderr=emit_stderr,
            details=data,
        )
        try:
            result = store.executor.run(run)
        except Exception as exc:
            result = InstanceResult(exit_code=1, error=f"executor error: {exc}")
        if not result.success:
            failures.append(f"instance {instance_id}: {result.error or 'failure'}")
    if failures:
        raise RuntimeError("the preparation task failed on " + "; ".join(failures))


def render_pool(store: Store, pool: PoolRecord) -> dict[str, Any]:
    data = copy.deepcopy(pool.data)
    running = data["state"] in POOL_RUNNING_STATES
    tasks = [t for t in store.tasks.values() if t.data.get("poolUuid") == pool.uuid]
    queued = sum(
        sum(1 for i in t.instances.values() if i.state is None)
        for t in tasks
        if t.data["state"] not in FINAL_TASK_STATES
    )
    slots = len(pool.instance_ids) * _slots_per_node(data)
    data["runningInstanceCount"] = len(pool.instance_ids) if running else 0
    data["runningCoreCount"] = data["runningInstanceCount"] * CORES_PER_INSTANCE
    data["queuedOrRunningTaskInstancesCount"] = queued
    data["totalSlotCapacity"] = slots if running else 0
    data["poolUsage"] = round(min(queued / slots, 1.0), 4) if running and slots else 0.0
    created = datetime.fromisoformat(data["creationDate"].replace("Z", "+00:00"))
    end_text = data.get("endDate") or NEVER
    end = store.clock.now() if end_text == NEVER else datetime.fromisoformat(end_text.replace("Z", "+00:00"))
    wall = max((end - created).total_seconds(), 0.0)
    data["wallTime"] = format_timespan(wall)
    data["executionTime"] = format_timespan(wall * data["runningInstanceCount"]) if running else "00:00:00"
    return data


def _slots_per_node(data: Mapping[str, Any]) -> int:
    settings = data.get("multiSlotsSettings")
    if isinstance(settings, Mapping) and isinstance(settings.get("slotsPerNode"), int):
        return max(int(settings["slotsPerNode"]), 1)
    return 1


class PoolHandlers(Handlers):
    """The operations of the pools and sanity-checks tags."""

    def _create_pool(self, payload: dict[str, Any]) -> str:
        store = self.store
        shortname = self._new_identity(payload, store.pools, "pool", MAX_POOLS)
        profile = payload.get("profile")
        if not profile:
            raise problem({"profile": ["The profile field is required."]})
        if not self._known_profile(profile):
            raise problem({"profile": [f"Unknown profile {profile}."]})
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
            **self.shapes.stored("CreatePoolPayload", "Pool", payload),
            "uuid": pool_uuid,
            "shortname": shortname or pool_uuid,
            "stateTransitionTime": now,
            "lastModified": now,
            "creationDate": now,
            "instanceCount": count,
            "scaling": scaling,
        }
        add_pool(store, data, copy.deepcopy(payload), list(range(count)))
        return pool_uuid

    def _pool_items(self, tags: Sequence[str] | None = None) -> list[dict[str, Any]]:
        return tagged([render_pool(self.store, p) for p in self.store.pools.values()], tags)

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
        return Reply(body=[render_task(self.store, t) for t in tasks])

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
        return Reply(body=search(self._pool_items(), call.body))

    def op_paginate_pools(self, call: Call) -> Reply:
        return Reply(body=page_of(self._pool_items(), call.body))

    def op_paginate_pools_summaries(self, call: Call) -> Reply:
        return self._summaries_page(self._pool_items(), call.body, "PoolSummary")

    def op_get_pool_information(self, call: Call) -> Reply:
        return Reply(body=render_pool(self.store, self.store.pool(call.params["poolId"])))

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
        delete_pool(self.store, self.store.pool(call.params["poolId"]))
        return Reply(empty=True)

    def op_close_pool(self, call: Call) -> Reply:
        close_pool(self.store, self.store.pool(call.params["poolId"]))
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
