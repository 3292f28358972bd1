"""Account-level answers: settings, user info, quotas, profiles, secrets, carbon, credits, network."""

from __future__ import annotations

import httpx

from qarnot_facade.testing import Sandbox

from .conftest import create_task, task_payload


def test_settings_and_user_info(sandbox: Sandbox, api: httpx.Client) -> None:
    assert api.get("/settings").json() == {"storage": sandbox.storage_url}
    info = api.get("/info").json()
    assert info["email"] == sandbox.email
    assert info["taskCount"] == 0 and info["runningTaskCount"] == 0
    assert info["maxTask"] > 0
    versions = api.get("/versions").json()
    assert {"version": "v1", "endOfLife": None} in versions


def test_user_info_counts_what_runs(manual: Sandbox, manual_api: httpx.Client) -> None:
    api = manual_api
    manual.storage.make_bucket("counted")
    create_task(api, task_payload("a", instanceCount=2))
    create_task(api, task_payload("b"))
    api.post("/pools", json={"name": "p", "profile": "docker-batch", "instanceCount": 3})
    api.post("/jobs", json={"name": "j"})
    manual.advance(2)
    info = api.get("/info").json()
    assert (info["taskCount"], info["runningTaskCount"]) == (2, 2)
    assert (info["poolCount"], info["runningPoolCount"], info["jobCount"]) == (1, 1, 1)
    assert info["runningInstanceCount"] == 2 + 1 + 3
    assert info["runningCoreCount"] == 8 * 6
    assert info["bucketCount"] == 1
    quotas = api.get("/quotas/computing-quotas/user").json()
    assert quotas["flex"]["runningInstancesCount"] == 6
    organization = api.get("/quotas/computing-quotas/organization").json()
    assert organization["flex"]["runningCountsPerUser"] == {
        manual.email: {"runningInstancesCount": 6, "runningCoresCount": 48}
    }
    manual.run_until_idle()
    info = api.get("/info").json()
    assert info["runningTaskCount"] == 0
    assert info["runningInstanceCount"] == 3  # the pool still runs


def test_task_quota_is_enforced(manual: Sandbox) -> None:
    with httpx.Client(base_url=manual.api_url, headers={"Authorization": manual.api_key}) as api:
        limit = api.get("/info").json()["maxTask"]
        many = api.post("/tasks", json=[task_payload(f"t{index}") for index in range(limit)]).json()
        assert {item["statusCode"] for item in many} == {200}
        response = api.post("/tasks", json=task_payload("one too many"))
        assert response.status_code == 403
        assert "maximum number of tasks reached" in response.json()["message"]


def test_profiles(api: httpx.Client) -> None:
    names = api.get("/profiles").json()
    assert "docker-batch" in names
    details = api.get("/profiles/docker-batch").json()
    assert details["name"] == "docker-batch"
    assert "DOCKER_CMD" in {c["name"] for c in details["constants"]}
    assert api.get("/profiles/no-such-profile").status_code == 404


def test_secrets_manager(api: httpx.Client) -> None:
    assert api.put("/secrets-manager/data/app/db/password", json={"value": "s3cret"}).status_code == 201
    response = api.put("/secrets-manager/data/app/db/password", json={"value": "again"})
    assert response.status_code == 409
    assert response.json() == {"error": "Secret app/db/password already exists"}
    assert api.put("/secrets-manager/data/app/token", json={"Value": "pascal"}).status_code == 201
    assert api.get("/secrets-manager/data/app/db/password").json() == {"value": "s3cret"}
    assert api.patch("/secrets-manager/data/app/db/password", json={"value": "new"}).status_code == 204
    assert api.get("/secrets-manager/data/app/db/password").json() == {"value": "new"}
    assert api.get("/secrets-manager/search/").json() == {"keys": ["app/"]}
    assert api.get("/secrets-manager/search/app").json() == {"keys": ["db/", "token"]}
    assert api.get("/secrets-manager/search/app/db/").json() == {"keys": ["password"]}
    assert api.delete("/secrets-manager/data/app/db/password").status_code == 204
    response = api.get("/secrets-manager/data/app/db/password")
    assert response.status_code == 404
    assert response.json() == {"error": "Secret app/db/password doesn't exist"}
    assert api.delete("/secrets-manager/data/app/db/password").status_code == 404
    assert api.patch("/secrets-manager/data/missing", json={"value": "x"}).status_code == 404
    assert api.put("/secrets-manager/data/k", json={}).status_code == 400


def test_carbon_credits_and_budgets(manual: Sandbox, manual_api: httpx.Client) -> None:
    api = manual_api
    task = create_task(api, task_payload("carbon"))
    pool = api.post("/pools", json={"name": "p", "profile": "docker-batch"}).json()["uuid"]
    manual.run_until_idle()
    manual.advance(100)
    facts = api.get(
        f"/carbon/v1/tasks/{task}/carbon-facts", params={"comparisonDatacenter": "european_dc"}
    ).json()
    assert "total_consumed_energy_Wh" in facts and "PUE" in facts
    pool_facts = api.get(f"/carbon/v1/pools/{pool}/carbon-facts").json()
    assert pool_facts["total_energy_it_Wh"] > 0
    assert api.get(f"/credits/v1/tasks/{task}/credits").json()["credits"] >= 0
    pool_credits = api.get(f"/credits/v1/pools/{pool}/credits").json()["credits"]
    assert pool_credits >= 0
    account = api.get("/credits/v1/accounts/credits").json()["credits"]
    assert isinstance(account, int | float)
    project = api.get("/info").json()["projects"][0]["uuid"]
    budgets = api.get(f"/credits/v1/projects/{project}/budgets").json()["budgets"]
    active = api.get(f"/credits/v1/projects/{project}/budgets", params={"activeOnly": "true"}).json()[
        "budgets"
    ]
    assert len(active) <= len(budgets)
    assert api.get("/credits/v1/projects/00000000-0000-0000-0000-000000000000/budgets").status_code == 404


def test_port_forwarding_of_a_running_task(manual: Sandbox, manual_api: httpx.Client) -> None:
    rules = [{"inbound": True, "proto": "tcp", "port": "8888", "name": "jupyter"}]
    task = create_task(manual_api, task_payload("net", instanceCount=2, forcedNetworkRules=rules))
    assert manual_api.get(f"/v1/network/tasks/{task}/port-forward").json() == {}
    manual.advance(2)
    forwards = manual_api.get(f"/v1/network/tasks/{task}/port-forward").json()
    assert sorted(forwards) == ["0", "1"]
    assert forwards["0"]["jupyter"]["port"] == 8888
    assert manual_api.get("/v1/network/tasks/nope/port-forward").status_code == 404
