"""The account and platform: settings, versions, profiles, hardware constraints, user information, quotas,
carbon facts, credits and budgets, port forwarding.
"""

from __future__ import annotations

from typing import Any

from .. import catalog
from ..state import (
    CORES_PER_INSTANCE,
    FINAL_TASK_STATES,
    NEVER,
    POOL_ACTIVE_STATES,
    TASK_EXECUTING_STATES,
    ApiError,
    PoolRecord,
    TaskRecord,
    not_found,
    parse_timespan,
)
from .base import (
    LIMITS,
    Call,
    Handlers,
    Reply,
)
from .pools import render_pool


class AccountHandlers(Handlers):
    """The operations of the account, platform, carbon, credits and network tags."""

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
        rendered = render_pool(self.store, pool)
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
