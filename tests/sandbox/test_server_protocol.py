"""HTTP protocol of the sandbox server: authentication, mounts, routing errors, validation errors."""

from __future__ import annotations

import httpx
import pytest

from qarnot_facade.testing import Sandbox
from qarnot_facade.testing.validation import SpecValidator

from .conftest import create_task, make_api, task_payload

BAD_TOKEN = {"error": {"message": "Bad authentication token", "code": 401}, "data": {}}


@pytest.mark.parametrize("token", [None, "", "wrong-token"])
def test_missing_or_wrong_token_is_401(sandbox: Sandbox, token: str | None) -> None:
    headers = {} if token is None else {"Authorization": token}
    for method, path in [
        ("GET", "/tasks"),
        ("POST", "/tasks"),
        ("GET", "/v1/info"),
        ("GET", "/secrets-manager/search/"),
    ]:
        response = httpx.request(method, f"{sandbox.api_url}{path}", headers=headers, json={})
        assert response.status_code == 401
        assert response.json() == BAD_TOKEN


def test_bearer_prefix_is_not_the_token(sandbox: Sandbox) -> None:
    response = httpx.get(f"{sandbox.api_url}/tasks", headers={"Authorization": f"Bearer {sandbox.api_key}"})
    assert response.status_code == 401


def test_compute_paths_answer_at_the_root_and_under_v1(sandbox: Sandbox, api: httpx.Client) -> None:
    assert api.get("/v1/settings").json() == api.get("/settings").json() == {"storage": sandbox.storage_url}
    uuid = create_task(api, task_payload("v1"))
    assert api.get(f"/v1/tasks/{uuid}").json()["uuid"] == uuid
    assert api.post("/v1/tasks", json=task_payload("v1 too")).status_code == 200
    assert len(api.get("/v1/tasks").json()) == 2
    assert api.get("/v1/secrets-manager/search/").status_code == 200


def test_service_mounts_stay_where_the_spec_puts_them(api: httpx.Client) -> None:
    assert api.get("/credits/v1/accounts/credits").status_code == 200
    assert api.get("/v1/credits/v1/accounts/credits").status_code == 404
    assert api.get("/credits/accounts/credits").status_code == 404
    uuid = create_task(api, task_payload("mounts"))
    assert api.get(f"/carbon/v1/tasks/{uuid}/carbon-facts").status_code == 200
    assert api.get(f"/v1/carbon/v1/tasks/{uuid}/carbon-facts").status_code == 404
    assert api.get(f"/v1/network/tasks/{uuid}/port-forward").status_code == 200
    assert api.get(f"/network/tasks/{uuid}/port-forward").status_code == 404


def test_unknown_route_is_404_and_wrong_method_is_405(api: httpx.Client) -> None:
    response = api.get("/no/such/route")
    assert response.status_code == 404
    assert "message" in response.json()
    assert api.get("/v1/nothing-here").status_code == 404
    response = api.delete("/settings")
    assert response.status_code == 405
    assert "GET" in response.headers["allow"]
    assert api.put("/v1/tasks").status_code == 405


def test_malformed_ids_are_404_like_the_api(api: httpx.Client) -> None:
    for ident in ("not-a-uuid", "00000000-0000-0000-0000-000000000000", "%20", "a.b"):
        response = api.get(f"/tasks/{ident}")
        assert response.status_code == 404
        assert response.json()["message"].startswith("No such task: ")
    assert api.get("/tasks/not-a-uuid").json() == {"message": "No such task: not-a-uuid"}
    # control characters are part of the id, not dropped (and never a text/plain answer)
    assert api.get("/tasks/%0A").json() == {"message": "No such task: \n"}
    assert api.get("/tasks/a%09b/stdout").json() == {"message": "No such task: a\tb"}
    assert api.get("/credits/v1/pools/%0A/credits").json() == {"message": "Pool not found"}
    assert api.get("/tasks%0A").status_code == 404
    assert api.get("/pools/not-a-uuid").status_code == 404
    assert api.get("/jobs/not-a-uuid").status_code == 404
    assert api.post("/tasks/not-a-uuid/abort").status_code == 404
    assert api.post("/tasks/not-a-uuid/retry", json={}).status_code == 404
    assert api.get("/carbon/v1/pools/nope/carbon-facts").json() == {"message": "Pool not found"}
    assert api.get("/credits/v1/tasks/nope/credits").json() == {"message": "Task not found"}
    assert api.get("/credits/v1/projects/nope/budgets").json() == {"message": "Project not found"}


def test_a_body_not_matching_the_spec_is_a_400_naming_the_field(api: httpx.Client) -> None:
    response = api.post("/tasks", json={"name": "x", "profile": "docker-batch", "instanceCount": "three"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert list(body["errors"]) == ["instanceCount"]
    assert body["title"] == "One or more validation errors occurred."
    response = api.post("/tasks", json={"name": "x", "instanceCount": 1, "constants": [{"key": 7}]})
    assert response.status_code == 400
    assert any(key.startswith("constants[0]") for key in response.json()["errors"])
    response = api.post("/jobs", json={"tags": ["no name"]})
    assert response.status_code == 400
    assert "name" in response.json()["errors"]


def test_invalid_json_and_wrong_body_types_are_400(api: httpx.Client) -> None:
    response = api.post("/tasks", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert "" in response.json()["errors"]
    assert api.post("/tasks", json=42).status_code == 400
    assert api.post("/tasks/paginate", json=[]).status_code == 400
    assert api.put("/secrets-manager/data/k", json={"value": 3}).status_code == 400
    assert (
        api.post("/tasks", content=b"\xff\xfe", headers={"Content-Type": "application/json"}).status_code
        == 400
    )


def test_query_parameters_are_validated(api: httpx.Client) -> None:
    response = api.get("/hardware-constraints", params={"limit": "many"})
    assert response.status_code == 400
    assert "limit" in response.json()["errors"]
    response = api.get("/hardware-constraints/cpu-model-constraints/search")
    assert response.status_code == 400
    assert "cpuModel" in response.json()["errors"]


def test_request_json_is_bound_case_insensitively(api: httpx.Client) -> None:
    response = api.post(
        "/tasks",
        json={
            "Name": "pascal",
            "Profile": "docker-batch",
            "InstanceCount": 2,
            "Constants": [{"Key": "DOCKER_CMD", "Value": "true"}],
            "Labels": {"KeepCase": "Yes"},
        },
    )
    assert response.status_code == 200, response.text
    task = api.get(f"/tasks/{response.json()['uuid']}").json()
    assert (task["name"], task["instanceCount"]) == ("pascal", 2)
    assert task["constants"] == [{"key": "DOCKER_CMD", "value": "true"}]
    assert task["labels"] == {"KeepCase": "Yes"}
    page = api.post(
        "/tasks/paginate",
        json={"MaximumResults": 1, "Filter": {"Operator": "Equal", "Field": "Name", "Value": "pascal"}},
    )
    assert page.status_code == 200
    assert [t["name"] for t in page.json()["data"]] == ["pascal"]


def test_every_answer_of_a_busy_session_matches_the_spec(
    sandbox: Sandbox, spec_validator: SpecValidator
) -> None:
    with make_api(sandbox, spec_validator) as api:  # the hook asserts each response against the spec
        uuid = create_task(api, task_payload("checked", "echo checked"))
        api.get(f"/tasks/{uuid}")
        api.get("/tasks/summaries")
        api.post("/tasks/summaries/paginate", json={})
        sandbox.run_until_idle()
        api.get(f"/tasks/{uuid}")
        api.get("/info")
        api.get("/quotas/computing-quotas/user")
        api.get("/quotas/computing-quotas/organization")
