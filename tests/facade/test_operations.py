"""Every Client operation method: the request it sends and what it gives back (httpx.MockTransport).

The table below has one row per operationId of the spec; ``test_methods_match_the_spec`` holds the
table, the spec and the Client to one another.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from qarnot_api import models as m

from qarnot_facade import Client
from qarnot_facade.filters import Field

from .conftest import REPO, FakeApi

TID = "0a9c1e4e-3d1f-4c52-9b3e-2f0a9f5b7c11"
PID = "5e2b7c0d-8f14-4a6b-9d3a-1c2e3f4a5b6c"
JID = "7f3c9a1b-2d4e-4f60-8a7b-9c0d1e2f3a4b"
PRJ = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"

TASK = {"uuid": TID, "name": "t", "state": "Success", "instanceCount": 1}
POOL = {"uuid": PID, "name": "p", "state": "FullyExecuting"}
JOB = {"uuid": JID, "name": "j", "state": "Active"}
SUMMARY = {"uuid": TID, "name": "t", "state": "Submitted"}
POOL_SUMMARY = {"uuid": PID, "name": "p", "state": "Closed"}
SCALING = {
    "policies": [
        {
            "type": "Fixed",
            "name": "always",
            "enabledPeriods": [{"type": "Always", "name": "all"}],
            "slotsCount": 2,
        }
    ]
}


@dataclass
class Op:
    name: str
    call: Callable[[Client], Any]
    method: str
    path: str
    reply: httpx.Response
    check: Callable[[Any], bool]
    query: dict[str, list[str]] = field(default_factory=dict)
    body: Any = None


def ok(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


def empty(status: int = 204) -> httpx.Response:
    return httpx.Response(status)


def text(value: str) -> httpx.Response:
    return httpx.Response(200, content=value.encode(), headers={"content-type": "text/plain; charset=utf-8"})


def restart_warned(client: Client) -> None:
    with pytest.deprecated_call():
        return client.restart_task(TID)


def is_none(value: Any) -> bool:
    return value is None


def task_ok(value: Any) -> bool:
    return isinstance(value, m.Task) and value.uuid == TID and value.state == "Success"


def uuid_is(expected: str) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, m.UuidResponse) and value.uuid == expected


OPS: list[Op] = [
    # hardware constraints
    Op(
        "list_hardware_constraints",
        lambda c: c.list_hardware_constraints(limit=10, offset=20),
        "GET",
        "/hardware-constraints",
        ok({"data": [{"discriminator": "GpuHardwareConstraint"}], "offset": 20, "limit": 10, "total": 21}),
        lambda v: isinstance(v, m.HardwareConstraintPage) and isinstance(v.data[0], m.GpuHardwareConstraint),
        query={"limit": ["10"], "offset": ["20"]},
    ),
    Op(
        "search_cpu_model_constraints",
        lambda c: c.search_cpu_model_constraints("EPYC 7"),
        "GET",
        "/hardware-constraints/cpu-model-constraints/search",
        ok([{"discriminator": "CpuModelHardwareConstraint", "cpuModel": "AMD EPYC 7742"}]),
        lambda v: isinstance(v[0], m.CpuModelHardwareConstraint) and v[0].cpu_model == "AMD EPYC 7742",
        query={"cpuModel": ["EPYC 7"]},
    ),
    # jobs
    Op("list_jobs", lambda c: c.list_jobs(), "GET", "/jobs", ok([JOB]), lambda v: v[0].uuid == JID),
    Op("check_connection", lambda c: c.check_connection(), "GET", "/v1", empty(200), is_none),
    Op(
        "create_job",
        lambda c: c.create_job({"name": "j", "useDependencies": True}),
        "POST",
        "/jobs",
        ok({"uuid": JID}),
        uuid_is(JID),
        body={"name": "j", "useDependencies": True},
    ),
    Op(
        "search_jobs",
        lambda c: c.search_jobs(filter=Field("State") == "Active", select=["Uuid"]),
        "POST",
        "/jobs/search",
        ok([JOB]),
        lambda v: isinstance(v[0], m.Job),
        body={
            "filter": {"operator": "Equal", "field": "State", "value": "Active"},
            "select": {"fields": ["Uuid"]},
        },
    ),
    Op(
        "paginate_jobs",
        lambda c: c.paginate_jobs(page_size=5),
        "POST",
        "/jobs/paginate",
        ok({"data": [JOB], "token": None, "nextToken": None, "isTruncated": False}),
        lambda v: isinstance(v, m.JobPage) and v.data[0].uuid == JID,
        body={"maximumResults": 5},
    ),
    Op(
        "get_job_info", lambda c: c.get_job_info(JID), "GET", f"/jobs/{JID}", ok(JOB), lambda v: v.name == "j"
    ),
    Op(
        "delete_job",
        lambda c: c.delete_job(JID, force=True),
        "DELETE",
        f"/jobs/{JID}",
        empty(),
        is_none,
        query={"force": ["true"]},
    ),
    Op(
        "terminate_job", lambda c: c.terminate_job(JID), "POST", f"/jobs/{JID}/terminate", empty(200), is_none
    ),
    Op(
        "list_job_tasks",
        lambda c: c.list_job_tasks(JID),
        "GET",
        f"/jobs/{JID}/tasks",
        ok([TASK]),
        lambda v: task_ok(v[0]),
    ),
    # pools
    Op(
        "list_pools",
        lambda c: c.list_pools(),
        "GET",
        "/pools",
        ok([POOL]),
        lambda v: isinstance(v[0], m.Pool),
    ),
    Op(
        "create_pool",
        lambda c: c.create_pool({"name": "p", "profile": "docker-batch", "instanceCount": 2}),
        "POST",
        "/pools",
        ok({"uuid": PID}),
        uuid_is(PID),
        body={"name": "p", "profile": "docker-batch", "instanceCount": 2},
    ),
    Op(
        "list_pools_summaries",
        lambda c: c.list_pools_summaries(),
        "GET",
        "/pools/summaries",
        ok([POOL_SUMMARY]),
        lambda v: isinstance(v[0], m.PoolSummary),
    ),
    Op(
        "search_pools",
        lambda c: c.search_pools({"maximumResults": 3}),
        "POST",
        "/pools/search",
        ok([POOL]),
        lambda v: v[0].uuid == PID,
        body={"maximumResults": 3},
    ),
    Op(
        "paginate_pools",
        lambda c: c.paginate_pools(token="abc"),
        "POST",
        "/pools/paginate",
        ok({"data": [POOL], "token": "abc", "nextToken": None, "isTruncated": False}),
        lambda v: isinstance(v, m.PoolPage),
        body={"token": "abc"},
    ),
    Op(
        "paginate_pools_summaries",
        lambda c: c.paginate_pools_summaries(),
        "POST",
        "/pools/summaries/paginate",
        ok({"data": [POOL_SUMMARY], "isTruncated": False}),
        lambda v: isinstance(v, m.PoolSummaryPage),
        body={},
    ),
    Op(
        "get_pool_information",
        lambda c: c.get_pool_information(PID),
        "GET",
        f"/pools/{PID}",
        ok(POOL),
        lambda v: v.state == "FullyExecuting",
    ),
    Op(
        "update_pool",
        lambda c: c.update_pool(PID, {"tags": ["a"]}),
        "PUT",
        f"/pools/{PID}",
        empty(),
        is_none,
        body={"tags": ["a"]},
    ),
    Op(
        "update_pool_resources",
        lambda c: c.update_pool_resources(PID),
        "PATCH",
        f"/pools/{PID}",
        empty(),
        is_none,
    ),
    Op("delete_pool", lambda c: c.delete_pool(PID), "DELETE", f"/pools/{PID}", empty(), is_none),
    Op("close_pool", lambda c: c.close_pool(PID), "POST", f"/pools/{PID}/close", empty(200), is_none),
    Op(
        "clone_pool",
        lambda c: c.clone_pool(PID, {"name": "copy"}),
        "POST",
        f"/pools/{PID}/clone",
        ok({"uuid": "new-pool"}),
        uuid_is("new-pool"),
        body={"name": "copy"},
    ),
    Op(
        "list_pool_tasks",
        lambda c: c.list_pool_tasks(PID),
        "GET",
        f"/pools/{PID}/tasks",
        ok([TASK]),
        lambda v: task_ok(v[0]),
    ),
    Op(
        "list_pool_jobs",
        lambda c: c.list_pool_jobs(PID),
        "GET",
        f"/pools/{PID}/jobs",
        ok([JOB]),
        lambda v: isinstance(v[0], m.Job) and v[0].uuid == JID,
    ),
    Op(
        "get_pool_scaling",
        lambda c: c.get_pool_scaling(PID),
        "GET",
        f"/pools/{PID}/scaling",
        ok({**SCALING, "activePolicyName": "always"}),
        lambda v: isinstance(v, m.Scaling) and v.active_policy_name == "always",
    ),
    Op(
        "update_pool_scaling",
        lambda c: c.update_pool_scaling(PID, SCALING),
        "PUT",
        f"/pools/{PID}/scaling",
        empty(),
        is_none,
        body=SCALING,
    ),
    Op(
        "get_pool_stdout",
        lambda c: c.get_pool_stdout(PID),
        "GET",
        f"/pools/{PID}/stdout",
        text("a"),
        "a".__eq__,
    ),
    Op(
        "get_last_pool_stdout",
        lambda c: c.get_last_pool_stdout(PID),
        "POST",
        f"/pools/{PID}/stdout",
        text("b"),
        "b".__eq__,
    ),
    Op(
        "get_pool_instance_stdout",
        lambda c: c.get_pool_instance_stdout(PID, 3),
        "GET",
        f"/pools/{PID}/stdout/3",
        text("c"),
        "c".__eq__,
    ),
    Op(
        "get_last_pool_instance_stdout",
        lambda c: c.get_last_pool_instance_stdout(PID, 0),
        "POST",
        f"/pools/{PID}/stdout/0",
        text("d"),
        "d".__eq__,
    ),
    Op(
        "get_pool_stderr",
        lambda c: c.get_pool_stderr(PID),
        "GET",
        f"/pools/{PID}/stderr",
        text("e"),
        "e".__eq__,
    ),
    Op(
        "get_last_pool_stderr",
        lambda c: c.get_last_pool_stderr(PID),
        "POST",
        f"/pools/{PID}/stderr",
        text("f"),
        "f".__eq__,
    ),
    Op(
        "get_pool_instance_stderr",
        lambda c: c.get_pool_instance_stderr(PID, 1),
        "GET",
        f"/pools/{PID}/stderr/1",
        text("g"),
        "g".__eq__,
    ),
    Op(
        "get_last_pool_instance_stderr",
        lambda c: c.get_last_pool_instance_stderr(PID, 1),
        "POST",
        f"/pools/{PID}/stderr/1",
        text("h"),
        "h".__eq__,
    ),
    Op(
        "check_pool_scaling",
        lambda c: c.check_pool_scaling(SCALING),
        "POST",
        "/sanity-checks/pools/scaling",
        empty(200),
        is_none,
        body=SCALING,
    ),
    # profiles, settings, users, versions
    Op(
        "list_profiles",
        lambda c: c.list_profiles(),
        "GET",
        "/profiles",
        ok(["docker-batch"]),
        ["docker-batch"].__eq__,
    ),
    Op(
        "get_profile_details",
        lambda c: c.get_profile_details("docker-batch"),
        "GET",
        "/profiles/docker-batch",
        ok(
            {"name": "docker-batch", "constants": [{"name": "DOCKER_CMD", "value": "", "description": "cmd"}]}
        ),
        lambda v: isinstance(v, m.ProfileDetails) and v.constants[0].name == "DOCKER_CMD",
    ),
    Op(
        "get_settings",
        lambda c: c.get_settings(),
        "GET",
        "/settings",
        ok({"storage": "https://storage.qarnot.com"}),
        lambda v: v.storage == "https://storage.qarnot.com",
    ),
    Op(
        "get_user_info",
        lambda c: c.get_user_info(),
        "GET",
        "/info",
        ok({"email": "me@example.com"}),
        lambda v: isinstance(v, m.UserInfo) and v.email == "me@example.com",
    ),
    Op(
        "get_versions",
        lambda c: c.get_versions(),
        "GET",
        "/versions",
        ok([{"version": "v1", "endOfLife": "2030-01-01"}]),
        lambda v: v[0].version == "v1",
    ),
    # tasks
    Op(
        "list_tasks",
        lambda c: c.list_tasks(tags=["a", "b"]),
        "GET",
        "/tasks",
        ok([TASK]),
        lambda v: task_ok(v[0]),
        query={"tag": ["a", "b"]},
    ),
    Op(
        "create_task",
        lambda c: c.create_task({"name": "t", "profile": "docker-batch", "instanceCount": 1}),
        "POST",
        "/tasks",
        ok({"uuid": TID}),
        uuid_is(TID),
        body={"name": "t", "profile": "docker-batch", "instanceCount": 1},
    ),
    Op(
        "list_tasks_summaries",
        lambda c: c.list_tasks_summaries(),
        "GET",
        "/tasks/summaries",
        ok([SUMMARY]),
        lambda v: isinstance(v[0], m.TaskSummary),
    ),
    Op(
        "paginate_tasks_summaries",
        lambda c: c.paginate_tasks_summaries(filter={"operator": "Equal", "field": "Name", "value": "t"}),
        "POST",
        "/tasks/summaries/paginate",
        ok({"data": [SUMMARY], "isTruncated": False}),
        lambda v: isinstance(v, m.TaskSummaryPage) and v.data[0].uuid == TID,
        body={"filter": {"operator": "Equal", "field": "Name", "value": "t"}},
    ),
    Op(
        "search_tasks",
        lambda c: c.search_tasks(filter=Field("Tags").contains("x"), maximum_results=2),
        "POST",
        "/tasks/search",
        ok([TASK]),
        lambda v: task_ok(v[0]),
        body={"filter": {"operator": "Equal", "field": "Tags", "value": "x"}, "maximumResults": 2},
    ),
    Op(
        "paginate_tasks",
        lambda c: c.paginate_tasks({"token": "t1", "maximumResults": 2}),
        "POST",
        "/tasks/paginate",
        ok({"data": [TASK], "token": "t1", "nextToken": "t2", "isTruncated": True}),
        lambda v: isinstance(v, m.TaskPage) and v.next_token == "t2" and v.is_truncated is True,
        body={"token": "t1", "maximumResults": 2},
    ),
    Op(
        "get_task_information",
        lambda c: c.get_task_information(TID),
        "GET",
        f"/tasks/{TID}",
        ok(TASK),
        task_ok,
    ),
    Op(
        "update_task",
        lambda c: c.update_task(TID, {"constants": [{"key": "K", "value": "V"}], "tags": ["x"]}),
        "PUT",
        f"/tasks/{TID}",
        empty(),
        is_none,
        body={"constants": [{"key": "K", "value": "V"}], "tags": ["x"]},
    ),
    Op(
        "update_task_resources",
        lambda c: c.update_task_resources(TID),
        "PATCH",
        f"/tasks/{TID}",
        empty(),
        is_none,
    ),
    Op("delete_task", lambda c: c.delete_task(TID), "DELETE", f"/tasks/{TID}", empty(), is_none),
    Op("abort_task", lambda c: c.abort_task(TID), "POST", f"/tasks/{TID}/abort", empty(200), is_none),
    Op(
        "restart_task",
        lambda c: restart_warned(c),
        "POST",
        f"/tasks/{TID}/restart",
        empty(200),
        is_none,
    ),
    Op(
        "retry_task",
        lambda c: c.retry_task(TID),
        "POST",
        f"/tasks/{TID}/retry",
        ok({"uuid": "r"}),
        uuid_is("r"),
        body={},
    ),
    Op(
        "recover_task",
        lambda c: c.recover_task(TID, {"name": "again"}),
        "POST",
        f"/tasks/{TID}/recover",
        ok({"uuid": "rc"}),
        uuid_is("rc"),
        body={"name": "again"},
    ),
    Op(
        "resume_task",
        lambda c: c.resume_task(TID),
        "POST",
        f"/tasks/{TID}/resume",
        ok({"uuid": "rs"}),
        uuid_is("rs"),
        body={},
    ),
    Op(
        "clone_task",
        lambda c: c.clone_task(TID, m.UpdateTaskPayload(tags=["clone"])),
        "POST",
        f"/tasks/{TID}/clone",
        ok({"uuid": "cl"}),
        uuid_is("cl"),
        body={"tags": ["clone"]},
    ),
    Op(
        "create_task_unique_snapshot",
        lambda c: c.create_task_unique_snapshot(TID, {"whitelist": ".*\\.txt"}),
        "POST",
        f"/tasks/{TID}/snapshot",
        ok({"id": "snap_1", "status": "Triggered"}),
        lambda v: isinstance(v, m.Snapshot) and v.id == "snap_1",
        body={"whitelist": ".*\\.txt"},
    ),
    Op(
        "create_task_periodic_snapshot",
        lambda c: c.create_task_periodic_snapshot(TID, 30),
        "POST",
        f"/tasks/{TID}/snapshot/periodic",
        empty(200),
        is_none,
        body={"interval": 30},
    ),
    Op(
        "get_task_snapshot_status",
        lambda c: c.get_task_snapshot_status(TID, "snap_1"),
        "GET",
        f"/tasks/{TID}/snapshot/snap_1",
        ok({"id": "snap_1", "status": "triggered"}),
        lambda v: v.status == "Triggered" or str(v.status).lower() == "triggered",
    ),
    Op(
        "get_task_stdout",
        lambda c: c.get_task_stdout(TID),
        "GET",
        f"/tasks/{TID}/stdout",
        text("0> Hello world\n"),
        "0> Hello world\n".__eq__,
    ),
    Op(
        "get_last_task_stdout",
        lambda c: c.get_last_task_stdout(TID),
        "POST",
        f"/tasks/{TID}/stdout",
        ok(" 0> Hello world"),  # a JSON-encoded string answer
        " 0> Hello world".__eq__,
    ),
    Op(
        "get_task_instance_stdout",
        lambda c: c.get_task_instance_stdout(TID, 0),
        "GET",
        f"/tasks/{TID}/stdout/0",
        text("i0"),
        "i0".__eq__,
    ),
    Op(
        "get_last_task_instance_stdout",
        lambda c: c.get_last_task_instance_stdout(TID, 2),
        "POST",
        f"/tasks/{TID}/stdout/2",
        text(""),
        "".__eq__,
    ),
    Op(
        "get_task_stderr",
        lambda c: c.get_task_stderr(TID),
        "GET",
        f"/tasks/{TID}/stderr",
        text("e"),
        "e".__eq__,
    ),
    Op(
        "get_last_task_stderr",
        lambda c: c.get_last_task_stderr(TID),
        "POST",
        f"/tasks/{TID}/stderr",
        text("e2"),
        "e2".__eq__,
    ),
    Op(
        "get_task_instance_stderr",
        lambda c: c.get_task_instance_stderr(TID, 0),
        "GET",
        f"/tasks/{TID}/stderr/0",
        text("e3"),
        "e3".__eq__,
    ),
    Op(
        "get_last_task_instance_stderr",
        lambda c: c.get_last_task_instance_stderr(TID, 0),
        "POST",
        f"/tasks/{TID}/stderr/0",
        text("é"),
        "é".__eq__,
    ),
    # secrets
    Op(
        "get_secret",
        lambda c: c.get_secret("folder/key"),
        "GET",
        "/secrets-manager/data/folder%2Fkey",
        ok({"value": "s3cr3t"}),
        lambda v: isinstance(v, m.SecretValue) and v.value == "s3cr3t",
    ),
    Op(
        "create_secret",
        lambda c: c.create_secret("k", "v"),
        "PUT",
        "/secrets-manager/data/k",
        empty(201),
        is_none,
        body={"value": "v"},
    ),
    Op(
        "update_secret",
        lambda c: c.update_secret("k", {"value": "w"}),
        "PATCH",
        "/secrets-manager/data/k",
        empty(),
        is_none,
        body={"value": "w"},
    ),
    Op(
        "delete_secret", lambda c: c.delete_secret("k"), "DELETE", "/secrets-manager/data/k", empty(), is_none
    ),
    Op(
        "search_secrets",
        lambda c: c.search_secrets("folder/"),
        "GET",
        "/secrets-manager/search/folder",
        ok({"keys": ["a", "sub/"]}),
        lambda v: isinstance(v, m.SecretKeys) and v.keys == ["a", "sub/"],
    ),
    # quotas
    Op(
        "get_user_computing_quotas",
        lambda c: c.get_user_computing_quotas(),
        "GET",
        "/quotas/computing-quotas/user",
        ok({"flex": {"maxCores": 10}, "onDemand": {"maxCores": 0}, "reserved": []}),
        lambda v: isinstance(v, m.UserComputingQuotas),
    ),
    Op(
        "get_organization_computing_quotas",
        lambda c: c.get_organization_computing_quotas(),
        "GET",
        "/quotas/computing-quotas/organization",
        ok({"flex": {"maxCores": 10, "runningCountsPerUser": None}, "onDemand": {}, "reserved": None}),
        lambda v: isinstance(v, m.OrganizationComputingQuotasWithUserDetails),
    ),
    # carbon, credits, network
    Op(
        "get_task_carbon_facts",
        lambda c: c.get_task_carbon_facts(TID, comparison_datacenter="european_dc"),
        "GET",
        f"/carbon/v1/tasks/{TID}/carbon-facts",
        ok({"total_energy_consumption": 1.5}),
        lambda v: isinstance(v, m.CarbonFacts),
        query={"comparisonDatacenter": ["european_dc"]},
    ),
    Op(
        "get_pool_carbon_facts",
        lambda c: c.get_pool_carbon_facts(PID),
        "GET",
        f"/carbon/v1/pools/{PID}/carbon-facts",
        ok({}),
        lambda v: isinstance(v, m.CarbonFacts),
    ),
    Op(
        "get_task_credits",
        lambda c: c.get_task_credits(TID),
        "GET",
        f"/credits/v1/tasks/{TID}/credits",
        ok({"credits": 3.5}),
        lambda v: v.credits_ == 3.5,
    ),
    Op(
        "get_pool_credits",
        lambda c: c.get_pool_credits(PID),
        "GET",
        f"/credits/v1/pools/{PID}/credits",
        ok({"credits": 1}),
        lambda v: v.credits_ == 1,
    ),
    Op(
        "get_account_credits",
        lambda c: c.get_account_credits(),
        "GET",
        "/credits/v1/accounts/credits",
        ok({"credits": 3600.42}),
        lambda v: v.credits_ == 3600.42,
    ),
    Op(
        "get_project_budgets",
        lambda c: c.get_project_budgets(PRJ, active_only=True),
        "GET",
        f"/credits/v1/projects/{PRJ}/budgets",
        ok({"budgets": []}),
        lambda v: isinstance(v, m.BudgetList) and v.budgets == [],
        query={"activeOnly": ["true"]},
    ),
    Op(
        "get_task_port_forwarding",
        lambda c: c.get_task_port_forwarding(TID),
        "GET",
        f"/v1/network/tasks/{TID}/port-forward",
        ok({"0": {"vnc": {"name": "vnc", "port": 5900}}}),
        lambda v: isinstance(v, m.TaskPortForwards),
    ),
]


def spec_operation_ids() -> set[str]:
    spec = yaml.safe_load((REPO / "openapi" / "qarnot.yaml").read_text(encoding="utf-8"))
    ids = set()
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch") and "operationId" in op:
                ids.add(op["operationId"])
    return ids


def test_methods_match_the_spec() -> None:
    ids = spec_operation_ids()
    assert len(ids) == 82
    assert {op.name for op in OPS} == ids
    assert len(OPS) == len(ids)
    for name in ids:
        assert callable(getattr(Client, name, None)), name
        doc = getattr(Client, name).__doc__ or ""
        assert "``" in doc and "Raises" in doc, f"{name}: docstring must name the endpoint and the errors"


def test_client_operation_methods_equal_the_spec() -> None:
    """The Client's public methods are the 82 operations plus a documented set of helpers."""
    from qarnot_facade.storage import BucketMethods

    helpers = {
        "create_tasks",
        "create_jobs",
        "iter_tasks",
        "iter_pools",
        "iter_jobs",
        "iter_hardware_constraints",
        "wait_for_task",
        "wait_for_pool",
        "wait_for_job",
        "wait_for_tasks",
        "wait_for_pools",
        "wait_for_jobs",
        "as_completed",
        "follow_task_output",
        "run_task",
        "with_options",
        "close",
        "from_env",
        "from_file",
    }
    bucket_methods = {n for n in dir(BucketMethods) if not n.startswith("_")}
    public = {n for n in dir(Client) if not n.startswith("_") and callable(getattr(Client, n))}
    assert public - helpers - bucket_methods == spec_operation_ids()


@pytest.mark.parametrize("op", OPS, ids=[op.name for op in OPS])
def test_operation(op: Op, twin_client: Client, fake: FakeApi) -> None:
    """Each operation, through Client and through AsyncClient (the same table, parametrized)."""
    client = twin_client
    fake.on(op.method, op.path, op.reply)
    result = op.call(client)
    assert len(fake.requests) == 1
    request = fake.last
    assert request.method == op.method
    assert request.url.raw_path.decode().split("?")[0] == op.path
    query: dict[str, list[str]] = {}
    for key, value in request.url.params.multi_items():
        query.setdefault(key, []).append(value)
    assert query == op.query
    if op.body is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == op.body
    assert request.headers["authorization"] == client.config.api_key  # the raw token, no scheme
    assert op.check(result), result


def test_request_headers(client: Client, fake: FakeApi) -> None:
    fake.json("GET", "/profiles", [])
    client.list_profiles()
    headers = fake.last.headers
    assert headers["user-agent"].startswith("qarnot-facade-python/")
    assert headers["accept"] == "application/json"


def test_json_string_stdout_from_the_go_fixture(client: Client, fake: FakeApi, shared_fixtures: Path) -> None:
    path = shared_fixtures / "go-sdk" / "task-stdout-json-string.json"
    fake.on(
        "GET",
        f"/tasks/{TID}/stdout",
        httpx.Response(200, content=path.read_bytes(), headers={"content-type": "application/json"}),
    )
    assert client.get_task_stdout(TID) == " 0> Hello world"


def test_fixture_bodies_decode(client: Client, fake: FakeApi, load_fixture: Callable[[str], Any]) -> None:
    fake.json("GET", f"/tasks/{TID}", load_fixture("python-sdk/task-success.json"))
    task = client.get_task_information(TID)
    assert isinstance(task, m.Task)
    fake.json("GET", f"/pools/{PID}", load_fixture("python-sdk/pool-closed.json"))
    assert client.get_pool_information(PID).state == "Closed"
    fake.json("GET", f"/jobs/{JID}", load_fixture("python-sdk/job.json"))
    assert isinstance(client.get_job_info(JID), m.Job)
    fake.json("GET", "/hardware-constraints", load_fixture("python-sdk/hardware-constraints-page.json"))
    page = client.list_hardware_constraints()
    assert len({type(c).__name__ for c in page.data}) >= 10
    fake.json("GET", "/info", load_fixture("python-sdk/user-info.json"))
    assert isinstance(client.get_user_info(), m.UserInfo)
    fake.json("GET", f"/tasks/{TID}/snapshot/s", load_fixture("python-sdk/snapshot-status.json"))
    assert isinstance(client.get_task_snapshot_status(TID, "s"), m.Snapshot)
    fake.json("GET", f"/carbon/v1/tasks/{TID}/carbon-facts", load_fixture("python-sdk/carbon-facts.json"))
    assert isinstance(client.get_task_carbon_facts(TID), m.CarbonFacts)
    fake.json("GET", "/profiles/docker-batch", load_fixture("go-sdk/profile-details.json"))
    assert isinstance(client.get_profile_details("docker-batch"), m.ProfileDetails)
    fake.json("GET", "/tasks", load_fixture("go-sdk/tasks-list.json"))
    assert all(isinstance(t, m.Task) for t in client.list_tasks())


def test_fixture_file_exists_for_the_repo_layout() -> None:
    assert (REPO / "openapi" / "qarnot.yaml").is_file()
    assert Path(__file__).parent.name == "facade"
