"""Tasks: creation rules, listing, updates, the new tasks made from another (retry, recover, resume, clone,
restart) and snapshots. The state machine runs in :class:`~..state.Store`.
"""

from __future__ import annotations

import copy
import uuid as uuid_module
from collections.abc import Mapping, Sequence
from typing import Any

from ..state import (
    FINAL_TASK_STATES,
    POOL_ACTIVE_STATES,
    forbidden,
    format_ranges,
    not_found,
    parse_ranges,
    parse_timespan,
    problem,
)
from .base import (
    COMMON_DEFAULTS,
    MAX_INSTANCES_PER_TASK,
    MAX_TASKS,
    NO_RETRIES,
    Call,
    Handlers,
    Reply,
    page_of,
    search,
    tagged,
)

# Task defaults, in one place (on top of COMMON_DEFAULTS), and what PUT /tasks/{id} may change.
TASK_DEFAULTS: dict[str, Any] = {
    **COMMON_DEFAULTS, "progress": 0.0, "snapshotInterval": 0, "maxRetriesPerInstance": 0,
    "retrySettings": NO_RETRIES, "resultsCount": 0,
}  # fmt: skip

TASK_UPDATABLE = (
    "name", "constants", "constraints", "tags", "labels", "resultsWhitelist", "resultsBlacklist",
    "resultsBucketPrefix", "snapshotWhitelist", "snapshotBlacklist", "snapshotBucket", "snapshotBucketPrefix",
    "autoDeleteOnCompletion", "completionTimeToLive", "maxTimeQueueSeconds", "uploadResultsOnCancellation",
)  # fmt: skip


class TaskHandlers(Handlers):
    """The operations of the tasks tag."""

    def _create_task(self, payload: dict[str, Any]) -> str:
        store = self.store
        shortname = self._new_identity(payload, store.tasks, "task", MAX_TASKS)
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
            **self.shapes.stored("CreateTaskPayload", "Task", payload),
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
            return self._bulk(call, self._create_task)
        return Reply(body={"uuid": self._create_task(call.body)})

    def _task_items(self, tags: Sequence[str] | None = None) -> list[dict[str, Any]]:
        return tagged([self.store.render_task(t) for t in self.store.tasks.values()], tags)

    def op_list_tasks(self, call: Call) -> Reply:
        return Reply(body=self._task_items(call.query.get("tag")))

    def op_list_tasks_summaries(self, call: Call) -> Reply:
        return Reply(
            body=[self.shapes.pick("TaskSummary", item) for item in self._task_items(call.query.get("tag"))]
        )

    def op_search_tasks(self, call: Call) -> Reply:
        return Reply(body=search(self._task_items(), call.body))

    def op_paginate_tasks(self, call: Call) -> Reply:
        return Reply(body=page_of(self._task_items(), call.body))

    def op_paginate_tasks_summaries(self, call: Call) -> Reply:
        return self._summaries_page(self._task_items(), call.body, "TaskSummary")

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
