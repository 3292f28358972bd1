"""Pools and jobs: lifecycles, tasks inside them, updates, clones, deletion rules."""

from __future__ import annotations

import httpx

from qarnot_facade.testing import Sandbox, ScriptedExecutor, ScriptedOutcome

from .conftest import create_task, state_of, task_payload


def _pool_state(api: httpx.Client, uuid: str) -> str:
    return str(api.get(f"/pools/{uuid}").json()["state"])


def _job_state(api: httpx.Client, uuid: str) -> str:
    return str(api.get(f"/jobs/{uuid}").json()["state"])


def test_pool_lifecycle_with_a_task_inside(manual: Sandbox, manual_api: httpx.Client) -> None:
    api = manual_api
    created = api.post(
        "/pools", json={"name": "pool", "profile": "docker-batch", "instanceCount": 2, "tags": ["p"]}
    )
    assert created.status_code == 200, created.text
    pool = created.json()["uuid"]
    assert _pool_state(api, pool) == "Submitted"
    task = create_task(api, {"name": "in pool", "instanceCount": 1, "poolUuid": pool})
    manual.advance()
    assert _pool_state(api, pool) == "FullyDispatched"
    assert state_of(api, task) == "Submitted"  # waits for the pool to run
    manual.advance()
    assert _pool_state(api, pool) == "FullyExecuting"
    info = api.get(f"/pools/{pool}").json()
    assert info["runningInstanceCount"] == 2
    assert info["totalSlotCapacity"] == 2
    manual.run_until_idle()
    assert state_of(api, task) == "Success"
    assert api.get(f"/tasks/{task}").json()["poolUuid"] == pool
    assert _pool_state(api, pool) == "FullyExecuting"  # a pool keeps running

    assert api.post(f"/pools/{pool}/close").status_code == 200
    assert _pool_state(api, pool) == "Closing"
    manual.advance()
    assert _pool_state(api, pool) == "Closed"
    assert api.get(f"/pools/{pool}").json()["previousState"] == "Closing"
    assert api.post(f"/pools/{pool}/close").status_code == 403
    response = api.post("/tasks", json={"name": "late", "instanceCount": 1, "poolUuid": pool})
    assert response.status_code == 403

    assert api.delete(f"/pools/{pool}").status_code == 200
    assert _pool_state(api, pool) == "PendingDelete"
    manual.advance()
    assert api.get(f"/pools/{pool}").status_code == 404


def test_closing_a_pool_cancels_its_running_tasks(manual: Sandbox, manual_api: httpx.Client) -> None:
    api = manual_api
    pool = api.post("/pools", json={"name": "p", "profile": "docker-batch"}).json()["uuid"]
    manual.advance(2)
    task = create_task(api, {"name": "t", "instanceCount": 1, "poolUuid": pool})
    manual.advance(2)
    assert state_of(api, task) == "FullyExecuting"
    api.post(f"/pools/{pool}/close")
    assert state_of(api, task) == "PendingCancel"
    manual.run_until_idle()
    assert state_of(api, task) == "Cancelled"
    assert _pool_state(api, pool) == "Closed"


def test_pool_update_scaling_clone_and_resources(manual: Sandbox, manual_api: httpx.Client) -> None:
    api = manual_api
    manual.storage.make_bucket("pool-res")
    pool = api.post(
        "/pools",
        json={
            "name": "p",
            "profile": "docker-batch",
            "shortname": "my-pool",
            "resourceBuckets": ["pool-res"],
        },
    ).json()["uuid"]
    manual.advance(2)
    assert (
        api.put(f"/pools/{pool}", json={"name": "p", "tags": ["updated"], "instanceCount": 3}).status_code
        == 200
    )
    info = api.get("/pools/my-pool").json()
    assert info["tags"] == ["updated"]
    assert info["instanceCount"] == 3
    policies = [
        {"type": "Fixed", "name": "always", "slotsCount": 2},
        {
            "type": "ManagedTasksQueue",
            "name": "queue",
            "minTotalSlots": 0,
            "maxTotalSlots": 8,
            "scalingFactor": 0.5,
        },
    ]
    assert api.put(f"/pools/{pool}/scaling", json={"policies": policies}).status_code == 200
    scaling = api.get(f"/pools/{pool}").json()["scaling"]
    assert [p["name"] for p in scaling["policies"]] == ["always", "queue"]
    assert scaling["activePolicyName"] == "always"
    bad = [{"type": "ManagedTasksQueue", "name": "bad", "minTotalSlots": 5, "maxTotalSlots": 1}]
    response = api.put(f"/pools/{pool}/scaling", json={"policies": bad})
    assert response.status_code == 400
    assert "policies[0].maxTotalSlots" in response.json()["errors"]
    assert api.post("/sanity-checks/pools/scaling", json={"policies": policies}).status_code == 200
    assert api.post("/sanity-checks/pools/scaling", json={"policies": bad}).status_code == 400
    assert api.patch(f"/pools/{pool}").status_code == 200

    clone = api.post(f"/pools/{pool}/clone", json={"name": "clone"})
    assert clone.status_code == 200
    cloned = api.get(f"/pools/{clone.json()['uuid']}").json()
    assert cloned["name"] == "clone"
    assert cloned["resourceBuckets"] == ["pool-res"]
    assert cloned["shortname"] == cloned["uuid"]


def test_pool_creation_errors(sandbox: Sandbox, api: httpx.Client) -> None:
    response = api.post(
        "/pools", json={"name": "p", "profile": "docker-batch", "resourceBuckets": ["no-bucket"]}
    )
    assert response.status_code == 404
    assert "no-bucket" in response.json()["message"]
    response = api.post("/pools", json={"name": "p", "profile": "docker-batch", "instanceCount": "two"})
    assert response.status_code == 400
    assert "instanceCount" in response.json()["errors"]
    assert api.get("/pools").json() == []


def test_pool_preparation_failure_fails_the_pool(
    manual: Sandbox, manual_api: httpx.Client, scripted: ScriptedExecutor
) -> None:
    scripted.set("broken", ScriptedOutcome(success=False, stderr="no\n"))
    pool = manual_api.post(
        "/pools",
        json={"name": "broken", "profile": "docker-batch", "preparationTask": {"commandLine": "false"}},
    ).json()["uuid"]
    manual.run_until_idle()
    info = manual_api.get(f"/pools/{pool}").json()
    assert info["state"] == "Failure"
    assert info["errors"]
    assert manual_api.get(f"/pools/{pool}/stderr").text == "0> no\n"


def test_job_lifecycle(manual: Sandbox, manual_api: httpx.Client) -> None:
    api = manual_api
    created = api.post("/jobs", json={"name": "job", "shortname": "my-job", "tags": ["j"]})
    assert created.status_code == 200
    job = created.json()["uuid"]
    assert _job_state(api, "my-job") == "Active"
    first = create_task(api, task_payload("one", jobUuid=job))
    second = create_task(api, task_payload("two", jobUuid="my-job"))
    assert {t["uuid"] for t in api.get(f"/jobs/{job}/tasks").json()} == {first, second}
    manual.advance(2)
    assert api.post(f"/jobs/{job}/terminate").status_code == 200
    assert _job_state(api, job) == "Terminating"
    assert state_of(api, first) == "PendingCancel"
    assert api.post("/tasks", json=task_payload("late", jobUuid=job)).status_code == 403
    manual.run_until_idle()
    assert _job_state(api, job) == "Completed"
    assert api.get(f"/jobs/{job}").json()["previousState"] == "Terminating"
    assert state_of(api, first) == "Cancelled"
    assert api.post(f"/jobs/{job}/terminate").status_code == 403


def test_deleting_a_job_with_running_tasks_needs_force(manual: Sandbox, manual_api: httpx.Client) -> None:
    api = manual_api
    job = api.post("/jobs", json={"name": "busy"}).json()["uuid"]
    task = create_task(api, task_payload("running", jobUuid=job))
    manual.advance(2)
    response = api.delete(f"/jobs/{job}")
    assert response.status_code == 403
    assert "force" in response.json()["message"]
    assert api.delete(f"/jobs/{job}", params={"force": "false"}).status_code == 403
    assert api.delete(f"/jobs/{job}", params={"force": "True"}).status_code == 200
    manual.run_until_idle()
    assert api.get(f"/jobs/{job}").status_code == 404
    assert api.get(f"/tasks/{task}").status_code == 404


def test_deleting_a_finished_job(manual: Sandbox, manual_api: httpx.Client) -> None:
    job = manual_api.post("/jobs", json={"name": "done"}).json()["uuid"]
    create_task(manual_api, task_payload("t", jobUuid=job))
    manual.run_until_idle()
    assert manual_api.delete(f"/jobs/{job}").status_code == 200
    manual.run_until_idle()
    assert manual_api.get("/jobs").json() == []


def test_job_in_a_pool_runs_its_tasks_there(manual: Sandbox, manual_api: httpx.Client) -> None:
    api = manual_api
    pool = api.post("/pools", json={"name": "p", "profile": "docker-batch"}).json()["uuid"]
    job = api.post("/jobs", json={"name": "pooled", "poolUuid": pool}).json()["uuid"]
    assert api.get(f"/jobs/{job}").json()["poolUuid"] == pool
    response = api.post("/tasks", json=task_payload("with profile", jobUuid=job))
    assert response.status_code == 400
    assert "profile" in response.json()["errors"]
    task = create_task(api, {"name": "pooled task", "instanceCount": 1, "jobUuid": job})
    manual.run_until_idle()
    assert api.get(f"/tasks/{task}").json()["poolUuid"] == pool
    assert state_of(api, task) == "Success"
    assert api.post("/jobs", json={"name": "x", "poolUuid": "no-pool"}).status_code == 400


def test_job_max_wall_time_terminates_it(manual: Sandbox, manual_api: httpx.Client) -> None:
    job = manual_api.post("/jobs", json={"name": "bounded", "maxWallTime": "00:00:03"}).json()["uuid"]
    manual.advance(3)
    assert _job_state(manual_api, job) == "Active"
    manual.advance()
    assert _job_state(manual_api, job) == "Terminating"
    manual.advance()
    assert _job_state(manual_api, job) == "Completed"
    response = manual_api.post("/jobs", json={"name": "bad", "maxWallTime": "three seconds"})
    assert response.status_code == 400
    assert "maxWallTime" in response.json()["errors"]


def test_an_elastic_pool_without_nodes_still_runs_tasks(manual: Sandbox, manual_api: httpx.Client) -> None:
    pool = manual_api.post(
        "/pools",
        json={
            "name": "elastic",
            "profile": "docker-batch",
            "instanceCount": 0,
            "elasticProperty": {"isElastic": True},
        },
    ).json()["uuid"]
    task = create_task(manual_api, {"name": "t", "instanceCount": 1, "poolUuid": pool})
    manual.run_until_idle()
    info = manual_api.get(f"/pools/{pool}").json()
    assert (info["state"], info["instanceCount"], info["runningInstanceCount"]) == ("FullyExecuting", 0, 0)
    assert state_of(manual_api, task) == "Success"
    assert manual_api.get(f"/pools/{pool}/stdout/0").status_code == 404
