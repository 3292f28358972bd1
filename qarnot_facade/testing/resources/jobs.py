"""Jobs: creation (one or a list), listing, termination and deletion."""

from __future__ import annotations

import copy
import uuid as uuid_module
from collections.abc import Sequence
from typing import Any

from ..state import (
    NEVER,
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

# Job defaults, in one place.
JOB_DEFAULTS: dict[str, Any] = {
    "state": "Active", "endDate": NEVER, "useDependencies": False, "autoDeleteOnCompletion": False,
    "completionTimeToLive": "00:00:00", "tags": [],
}  # fmt: skip


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
        store.add_job(
            {
                **copy.deepcopy(JOB_DEFAULTS),
                **self.shapes.stored("CreateJobPayload", "Job", body),
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
        return Reply(body=search(self._job_items(), call.body))

    def op_paginate_jobs(self, call: Call) -> Reply:
        return Reply(body=page_of(self._job_items(), call.body))

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
