"""Bodies and queries the C# and Node.js SDKs are known to send (``../shared/reference/qarnot-api.md``: C#
serialises PascalCase DTOs, Node's paginate bodies are PascalCase, C# sends ``Limit``/``Offset``, a
comma-joined ``tag`` and capitalised day names, both send ``Accept: application/json``, body-less actions)
are accepted by the sandbox, and their fields are read under the spec's names."""

from __future__ import annotations

import httpx

from qarnot_facade.testing import Sandbox
from qarnot_facade.testing.state import TASK_EXECUTING_STATES

from .conftest import task_payload, wait_for, wait_for_task


def test_csharp_pascal_case_task_pool_and_job(sandbox: Sandbox, api: httpx.Client) -> None:
    pool = api.post(
        "/pools",
        json={
            "Name": "cs-pool",
            "Profile": "docker-batch",
            "InstanceCount": 1,
            "Tags": ["cs"],
            "Constants": [{"Key": "A", "Value": "1"}],
            "ElasticProperty": {"IsElastic": False, "MinTotalSlots": 0, "MaxTotalSlots": 0, "MinIdleSlots": 0,
                                "ResizePeriod": 90, "RampResizeFactor": 0.4, "MinIdleTimeSeconds": 90},
            "Scaling": {"Policies": [{"Type": "Fixed", "Name": "week", "SlotsCount": 1, "EnabledPeriods": [
                {"Type": "Weekly", "Name": "office", "Days": ["Thursday", "Friday"],
                 "StartTimeUtc": "08:00:00", "EndTimeUtc": "18:00:00"}]}]},
        },
        headers={"Accept": "application/json"},
    )  # fmt: skip
    assert pool.status_code == 200, pool.text
    details = api.get(f"/pools/{pool.json()['uuid']}").json()
    assert details["name"] == "cs-pool" and details["tags"] == ["cs"]
    assert details["constants"] == [{"key": "A", "value": "1"}]
    assert details["scaling"]["policies"][0]["enabledPeriods"][0]["days"] == ["Thursday", "Friday"]

    job = api.post(
        "/jobs", json={"Name": "cs-job", "UseDependencies": True, "MaxWallTime": "1.03:16:50.5000000"}
    )
    assert job.status_code == 200, job.text
    assert api.get(f"/jobs/{job.json()['uuid']}").json()["maxWallTime"] == "1.03:16:50.5000000"

    task = api.post(
        "/tasks",
        json={"Name": "cs-task", "Profile": "docker-batch", "InstanceCount": 1, "Tags": ["a", "b"],
              "Constants": [{"Key": "DOCKER_CMD", "Value": "sleep 5"}],
              "RetrySettings": {"MaxTotalRetries": 1, "MaxPerInstanceRetries": 1}},
    )  # fmt: skip
    assert task.status_code == 200, task.text
    uuid = task.json()["uuid"]
    assert api.get(f"/tasks/{uuid}").json()["retrySettings"] == {
        "maxTotalRetries": 1,
        "maxPerInstanceRetries": 1,
    }
    wait_for_task(api, uuid, states=set(TASK_EXECUTING_STATES))  # a snapshot needs a running task
    snapshot = api.post(
        f"/tasks/{uuid}/snapshot",
        json={"Whitelist": ".*", "Blacklist": None, "Bucket": None, "BucketPrefix": None},
    )
    assert snapshot.status_code == 200, snapshot.text
    assert api.post(f"/tasks/{uuid}/abort").status_code < 300  # body-less action


def test_csharp_queries(api: httpx.Client) -> None:
    for tags in (["a"], ["b"]):
        api.post("/tasks", json=task_payload(f"tagged-{tags[0]}", tags=tags))
    api.post("/tasks", json=task_payload("untagged"))
    found = api.get("/tasks", params={"tag": "a,b"}).json()  # one comma-joined value
    assert sorted(t["name"] for t in found) == ["tagged-a", "tagged-b"]
    page = api.get("/hardware-constraints", params={"Limit": 2, "Offset": 1}).json()
    assert page["limit"] == 2 and page["offset"] == 1 and len(page["data"]) == 2


def test_node_pascal_case_paginate_and_scaling(sandbox: Sandbox, api: httpx.Client) -> None:
    for index in range(3):
        api.post("/tasks", json=task_payload(f"n{index}"))
    first = api.post(
        "/tasks/paginate",
        json={"Token": None, "MaximumResults": 2,
              "Filter": {"Operator": "Equal", "Field": "Name", "Value": "n1"}},
    )  # fmt: skip
    assert first.status_code == 200, first.text
    assert [t["name"] for t in first.json()["data"]] == ["n1"]
    everything = api.post("/tasks/paginate", json={"MaximumResults": 2}).json()
    assert everything["isTruncated"] and everything["nextToken"]
    rest = api.post("/tasks/paginate", json={"Token": everything["nextToken"], "MaximumResults": 2}).json()
    assert len(everything["data"]) + len(rest["data"]) == 3

    pool = api.post("/pools", json={"name": "node", "profile": "docker-batch", "instanceCount": 1}).json()[
        "uuid"
    ]
    wait_for(lambda: api.get(f"/pools/{pool}").json()["state"] in {"FullyExecuting", "PartiallyExecuting"})
    scaling = {"policies": [{"type": "ManagedTasksQueue", "name": "queue", "enabledPeriods": [
        {"type": "Weekly", "name": "thursday-evenings", "days": ["thursday"],
         "startTimeUtc": "19:30:00", "endTimeUtc": "22:00:00"}],
        "minTotalSlots": 0, "maxTotalSlots": 10, "minIdleSlots": 0, "minIdleTimeSeconds": 90,
        "scalingFactor": 0.2}]}  # fmt: skip
    assert api.put(f"/pools/{pool}/scaling", json=scaling).status_code < 300
    assert api.get(f"/pools/{pool}/scaling").json()["activePolicyName"] == "queue"


def test_node_pool_example_with_task_fields(api: httpx.Client) -> None:
    """Node's create example also passes task-only fields (snapshot/results lists): accepted."""
    answer = api.post(
        "/pools",
        json={"name": "node-example", "profile": "docker-batch", "instanceCount": 1,
              "snapshotWhitelist": ".*", "snapshotBlacklist": "tmp",
              "resultsWhitelist": "out", "resultsBlacklist": "x"},
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
