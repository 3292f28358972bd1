"""Listing: legacy lists, token pagination with filters, data-detail search, offset pagination."""

from __future__ import annotations

import httpx
import pytest

from qarnot_facade.testing import Sandbox

from .conftest import create_task, task_payload


@pytest.fixture
def five_tasks(manual: Sandbox, manual_api: httpx.Client) -> list[str]:
    uuids = [
        create_task(manual_api, task_payload(f"task-{i}", tags=["even" if i % 2 == 0 else "odd", f"n{i}"]))
        for i in range(5)
    ]
    manual.run_until_idle()
    return uuids


def test_paginate_walks_every_page_with_opaque_tokens(
    manual_api: httpx.Client, five_tasks: list[str]
) -> None:
    seen: list[str] = []
    token = None
    pages = 0
    while True:
        body = {"maximumResults": 2} | ({"token": token} if token else {})
        page = manual_api.post("/tasks/paginate", json=body).json()
        pages += 1
        assert page["token"] == token
        seen += [t["uuid"] for t in page["data"]]
        if not page["isTruncated"]:
            assert page["nextToken"] is None
            break
        token = page["nextToken"]
        assert token and not token.isdigit()
    assert pages == 3
    assert seen == five_tasks


def test_paginate_with_a_tag_filter_and_order(manual_api: httpx.Client, five_tasks: list[str]) -> None:
    body = {
        "filter": {"operator": "Equal", "field": "Tags", "value": "even"},
        "orderBy": "Name",
        "orderType": "Descending",
    }
    page = manual_api.post("/tasks/paginate", json=body).json()
    assert [t["name"] for t in page["data"]] == ["task-4", "task-2", "task-0"]
    nested = {
        "filter": {
            "operator": "And",
            "filters": [
                {"operator": "Equal", "field": "State", "value": "success"},
                {"operator": "In", "field": "Name", "values": ["task-1", "task-2"]},
            ],
        }
    }
    page = manual_api.post("/tasks/summaries/paginate", json=nested).json()
    assert sorted(t["name"] for t in page["data"]) == ["task-1", "task-2"]
    assert set(page["data"][0]) <= {
        "uuid", "name", "shortname", "profile", "poolUuid", "jobUuid", "projectUuid", "progress",
        "runningInstanceCount", "runningCoreCount", "executionTime", "wallTime", "state", "previousState",
        "instanceCount", "maxRetriesPerInstance", "advancedRanges", "stateTransitionTime",
        "previousStateTransitionTime", "lastModified", "creationDate", "endDate",
        "waitForPoolResourcesSynchronization", "clusterInfo", "totalInstanceCount",
    }  # fmt: skip


def test_paginate_errors_name_the_field(manual_api: httpx.Client, five_tasks: list[str]) -> None:
    response = manual_api.post("/tasks/paginate", json={"token": "forged-token"})
    assert response.status_code == 400
    assert "token" in response.json()["errors"]
    response = manual_api.post(
        "/tasks/paginate", json={"filter": {"operator": "Near", "field": "Name", "value": 1}}
    )
    assert response.status_code == 400
    response = manual_api.post("/tasks/paginate", json={"maximumResults": 0})
    assert response.status_code == 400
    assert "maximumResults" in response.json()["errors"]


def test_search_selects_fields_and_caps_results(manual_api: httpx.Client, five_tasks: list[str]) -> None:
    body = {
        "filter": {"operator": "Like", "field": "Name", "value": "task-[0-2]"},
        "select": {"fields": ["Name", "State"]},
        "maximumResults": 2,
    }
    found = manual_api.post("/tasks/search", json=body).json()
    assert found == [{"name": "task-0", "state": "Success"}, {"name": "task-1", "state": "Success"}]
    everything = manual_api.post("/tasks/search", json={}).json()
    assert len(everything) == 5 and "status" in everything[0]


def test_legacy_lists_and_tag_query(manual_api: httpx.Client, five_tasks: list[str]) -> None:
    assert len(manual_api.get("/tasks").json()) == 5
    assert [t["name"] for t in manual_api.get("/tasks", params={"tag": "n3"}).json()] == ["task-3"]
    names = sorted(t["name"] for t in manual_api.get("/tasks", params=[("tag", "n1"), ("tag", "n2")]).json())
    assert names == ["task-1", "task-2"]
    summaries = manual_api.get("/tasks/summaries", params={"tag": "n0,n4"}).json()
    assert sorted(t["name"] for t in summaries) == ["task-0", "task-4"]
    assert "status" not in summaries[0]


def test_pool_and_job_listings(manual: Sandbox, manual_api: httpx.Client) -> None:
    api = manual_api
    pools = [
        api.post("/pools", json={"name": f"pool-{i}", "profile": "docker-batch"}).json()["uuid"]
        for i in range(3)
    ]
    jobs = [api.post("/jobs", json={"name": f"job-{i}", "tags": [f"t{i}"]}).json()["uuid"] for i in range(3)]
    manual.run_until_idle()
    assert [p["uuid"] for p in api.get("/pools").json()] == pools
    assert [p["name"] for p in api.get("/pools/summaries").json()] == ["pool-0", "pool-1", "pool-2"]
    page = api.post("/pools/paginate", json={"maximumResults": 2}).json()
    assert page["isTruncated"] and len(page["data"]) == 2
    page = api.post("/pools/summaries/paginate", json={"token": page["nextToken"]}).json()
    assert [p["name"] for p in page["data"]] == ["pool-2"]
    found = api.post(
        "/pools/search", json={"filter": {"operator": "Equal", "field": "Name", "value": "pool-1"}}
    ).json()
    assert [p["uuid"] for p in found] == [pools[1]]
    assert [j["uuid"] for j in api.get("/jobs").json()] == jobs
    page = api.post(
        "/jobs/paginate", json={"filter": {"operator": "Equal", "field": "Tags", "value": "t2"}}
    ).json()
    assert [j["uuid"] for j in page["data"]] == [jobs[2]]
    found = api.post("/jobs/search", json={"select": {"fields": ["Uuid"]}}).json()
    assert found == [{"uuid": uuid} for uuid in jobs]


def test_hardware_constraints_offset_pagination(api: httpx.Client) -> None:
    everything = api.get("/hardware-constraints").json()
    assert everything["offset"] == 0 and everything["limit"] == 50
    total = everything["total"]
    assert total == len(everything["data"]) == 12
    collected = []
    offset = 0
    while True:
        page = api.get("/hardware-constraints", params={"limit": 5, "offset": offset}).json()
        collected += page["data"]
        offset += page["limit"]
        if page["total"] <= offset:
            break
    assert collected == everything["data"]
    discriminators = {item["discriminator"] for item in everything["data"]}
    assert "CpuModelHardwareConstraint" in discriminators and len(discriminators) == 12
    found = api.get("/hardware-constraints/cpu-model-constraints/search", params={"cpuModel": "ryzen"}).json()
    assert found and all("Ryzen" in item["cpuModel"] for item in found)
