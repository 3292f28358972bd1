"""Jobs: their defaults, their state machine (``Active``; ``terminate`` -> ``Terminating`` -> ``Completed``
once its tasks are finished; ``DELETE`` -> ``Deleting`` -> gone) and their handlers (creation of one or a
list, listing, termination and deletion)."""

from __future__ import annotations

import copy
import uuid as uuid_module
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from ..state import (
    FINAL_TASK_STATES,
    NEVER,
    JobRecord,
    Store,
    TaskRecord,
    deletion_due,
    forbidden,
    parse_timespan,
    problem,
)
from .base import (
    MAX_JOBS,
    Call,
    Handlers,
    Reply,
    page_of,
    search,
    tagged,
)
from .tasks import abort_task, delete_task, render_task

# Job defaults, in one place.
JOB_DEFAULTS: dict[str, Any] = {
    "state": "Active", "endDate": NEVER, "useDependencies": False, "autoDeleteOnCompletion": False,
    "completionTimeToLive": "00:00:00", "tags": [],
}  # fmt: skip


# the state machine (called with the store's lock held)


def add_job(store: Store, data: dict[str, Any]) -> JobRecord:
    with store.lock:
        record = JobRecord(uuid=data["uuid"], data=data)
        store.jobs[record.uuid] = record
        store.changed.notify_all()
        return record


def job_tasks(store: Store, job: JobRecord) -> list[TaskRecord]:
    return [task for task in store.tasks.values() if task.data.get("jobUuid") == job.uuid]


def terminate_job(store: Store, job: JobRecord) -> None:
    state = job.data["state"]
    if state != "Active":
        raise forbidden(f"The job {job.uuid} is not active ({state}) and cannot be terminated")
    for task in job_tasks(store, job):
        if task.data["state"] not in FINAL_TASK_STATES | {"PendingCancel", "PendingDelete"}:
            abort_task(store, task)
    store._set_state(job.data, "Terminating")
    store.changed.notify_all()


def delete_job(store: Store, job: JobRecord, force: bool) -> None:
    running = [task for task in job_tasks(store, job) if task.data["state"] not in FINAL_TASK_STATES]
    if running and not force:
        raise forbidden(
            f"The job {job.uuid} still has {len(running)} running task(s); delete it with force=true "
            "to abort them"
        )
    for task in job_tasks(store, job):
        delete_task(store, task)
    store._set_state(job.data, "Deleting")
    store.changed.notify_all()


def step_job(store: Store, job: JobRecord) -> None:
    """Move ``job`` at most one state forward (see :meth:`Store.step`)."""
    data = job.data
    state = data["state"]
    if state == "Active":
        try:
            wall = parse_timespan(data.get("maxWallTime")) or 0.0
        except ValueError:
            wall = 0.0
        created = datetime.fromisoformat(str(data["creationDate"]).replace("Z", "+00:00"))
        if wall > 0 and (store.clock.now() - created).total_seconds() > wall:
            terminate_job(store, job)
    elif state == "Terminating":
        if all(task.data["state"] in FINAL_TASK_STATES for task in job_tasks(store, job)):
            store._set_state(data, "Completed")
    elif state == "Deleting":
        if not job_tasks(store, job):
            del store.jobs[job.uuid]
    elif state == "Completed" and data.get("autoDeleteOnCompletion"):
        due = deletion_due(data, "stateTransitionTime")
        if due is not None and store.clock.now() >= due:
            del store.jobs[job.uuid]


class JobHandlers(Handlers):
    """The operations of the jobs tag."""

    def _job_items(self, tags: Sequence[str] | None = None) -> list[dict[str, Any]]:
        return tagged([copy.deepcopy(j.data) for j in self.store.jobs.values()], tags)

    def op_create_job(self, call: Call) -> Reply:
        if isinstance(call.body, list):
            return self._bulk(call, self._create_job)
        return Reply(body={"uuid": self._create_job(call.body)})

    def _create_job(self, body: dict[str, Any]) -> str:
        store = self.store
        shortname = self._new_identity(body, store.jobs, "job", MAX_JOBS)
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
        add_job(
            store,
            {
                **copy.deepcopy(JOB_DEFAULTS),
                **self.shapes.stored("CreateJobPayload", "Job", body),
                "uuid": job_uuid,
                "shortname": shortname or job_uuid,
                "poolUuid": pool_uuid,
                "stateTransitionTime": now,
                "creationDate": now,
                "lastModified": now,
            },
        )
        return job_uuid

    def op_list_jobs(self, call: Call) -> Reply:
        return Reply(body=self._job_items(call.query.get("tag")))

    def op_search_jobs(self, call: Call) -> Reply:
        return Reply(body=search(self._job_items(), call.body))

    def op_paginate_jobs(self, call: Call) -> Reply:
        return Reply(body=page_of(self._job_items(), call.body))

    def op_get_job_info(self, call: Call) -> Reply:
        return Reply(body=copy.deepcopy(self.store.job(call.params["jobId"]).data))

    def op_delete_job(self, call: Call) -> Reply:
        delete_job(self.store, self.store.job(call.params["jobId"]), bool(call.query.get("force", False)))
        return Reply(empty=True)

    def op_terminate_job(self, call: Call) -> Reply:
        terminate_job(self.store, self.store.job(call.params["jobId"]))
        return Reply(empty=True)

    def op_list_job_tasks(self, call: Call) -> Reply:
        job = self.store.job(call.params["jobId"])
        return Reply(body=[render_task(self.store, t) for t in job_tasks(self.store, job)])
