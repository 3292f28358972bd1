"""Contract tests: every operation of openapi/qarnot.yaml, over real HTTP, against a running Sandbox.

Each test declares with ``@covers(...)`` the operations it exercises; the ``api`` fixture checks after the
test that each of them answered a 2xx at least once, and :func:`test_every_operation_of_the_spec_is_covered`
checks that the declared operations are exactly the spec's, so a new operation without a test fails.

Every answer (successes and errors alike) is checked against the spec with
:meth:`SpecValidator.validate_response`: documented status, documented media type, body valid against its
schema. The sandbox runs a :class:`ScriptedExecutor` in manual mode (nothing runs for real, states move only
when the test advances the clock), which keeps these tests fast and deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import pytest

from qarnot_facade.testing import Sandbox, ScriptedExecutor, ScriptedOutcome
from qarnot_facade.testing.executors import InstanceRun
from qarnot_facade.testing.validation import BODY_REQUIRED_MESSAGE, SpecValidator

F = TypeVar("F", bound=Callable[..., Any])
_UNSET: Any = object()
OK = frozenset({200, 201, 204})


def covers(*operation_ids: str) -> Callable[[F], F]:
    """Declare the operations a test exercises (each must answer a 2xx at least once in it)."""

    def decorate(function: F) -> F:
        function.__covers__ = frozenset(operation_ids)  # type: ignore[attr-defined]
        return function

    return decorate


# ====================================================================== fixtures


def scripted(run: InstanceRun) -> ScriptedOutcome:
    return ScriptedOutcome(
        stdout=f"instance {run.instance_id} says hello\n",
        stderr=f"instance {run.instance_id} warns\n",
    )


@pytest.fixture(scope="module")
def spec() -> SpecValidator:
    return SpecValidator()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    executor = ScriptedExecutor(scripted)
    executor.set("failing", ScriptedOutcome(success=False, stdout="it broke\n"))
    with Sandbox(executor=executor, auto_advance=False) as running:
        yield running


@dataclass
class Api:
    """An HTTP client that checks every answer against the spec and records which operations succeeded."""

    http: httpx.Client
    spec: SpecValidator
    token: str
    succeeded: set[str] = field(default_factory=set)
    calls: int = 0

    def call(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        expect: int | frozenset[int] | set[int] = 200,
        json: Any = _UNSET,
        content: bytes | None = None,
        params: dict[str, Any] | list[tuple[str, str]] | None = None,
        auth: bool | str = True,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        matched = self.spec.match(method, path)
        assert matched is not None, f"{method} {path} matches no operation of the spec"
        assert matched.operation_id == operation_id, f"{method} {path} is {matched.operation_id}"
        sent_headers = dict(headers or {})
        if auth is True:
            sent_headers["Authorization"] = self.token
        elif isinstance(auth, str):
            sent_headers["Authorization"] = auth
        kwargs: dict[str, Any] = {"headers": sent_headers, "params": params}
        if json is not _UNSET:
            kwargs["json"] = json
        elif content is not None:
            kwargs["content"] = content
            sent_headers.setdefault("Content-Type", "application/json")
        response = self.http.request(method, path, **kwargs)
        self.calls += 1
        wanted = {expect} if isinstance(expect, int) else set(expect)
        assert response.status_code in wanted, (
            f"{method} {path}: expected {sorted(wanted)}, got {response.status_code}: {response.text[:500]}"
        )
        problems = self.spec.validate_response(
            operation_id, response.status_code, response.headers.get("content-type"), response.content
        )
        assert problems == [], f"{method} {path} answered outside the spec: {problems}"
        if 200 <= response.status_code < 300:
            self.succeeded.add(operation_id)
        return response


@pytest.fixture
def api(sandbox: Sandbox, spec: SpecValidator, request: pytest.FixtureRequest) -> Iterator[Api]:
    sandbox.reset()
    with httpx.Client(base_url=sandbox.api_url, timeout=30) as http:
        client = Api(http=http, spec=spec, token=sandbox.api_key)
        yield client
    declared: frozenset[str] = getattr(request.function, "__covers__", frozenset())
    missing = declared - client.succeeded
    assert not missing, f"declared but never answered 2xx: {sorted(missing)}"


# ====================================================================== helpers


def task_payload(name: str, **extra: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "name": name,
        "profile": "docker-batch",
        "instanceCount": 2,
        "constants": [{"key": "DOCKER_CMD", "value": "echo hello"}],
    }
    payload.update(extra)
    return payload


def create_task(api: Api, name: str, **extra: Any) -> str:
    answer = api.call("create_task", "POST", "/tasks", json=task_payload(name, **extra), expect={200, 201})
    uuid = answer.json()["uuid"]
    assert isinstance(uuid, str) and uuid
    return str(uuid)


def task_state(api: Api, uuid: str) -> str:
    return str(api.call("get_task_information", "GET", f"/tasks/{uuid}").json()["state"])


def pool_state(api: Api, uuid: str) -> str:
    return str(api.call("get_pool_information", "GET", f"/pools/{uuid}").json()["state"])


def advance_until(
    sandbox: Sandbox, read_state: Callable[[], str], wanted: set[str], max_steps: int = 12
) -> str:
    state = read_state()
    for _ in range(max_steps):
        if state in wanted:
            return state
        sandbox.advance()
        state = read_state()
    assert state in wanted, f"still {state} after {max_steps} steps, wanted {sorted(wanted)}"
    return state


def problem_fields(response: httpx.Response) -> dict[str, list[str]]:
    body = response.json()
    errors = body.get("errors")
    assert isinstance(errors, dict), f"no validation errors map in {body}"
    return errors


def error_message(response: httpx.Response) -> str:
    body = response.json()
    if isinstance(body.get("message"), str):
        return str(body["message"])
    error = body.get("error")
    if isinstance(error, str):
        return error
    if isinstance(error, dict):
        return str(error.get("message"))
    return str(body.get("title"))


UNKNOWN = "00000000-0000-4000-8000-00000000dead"


# ====================================================================== platform and account


@covers(
    "get_settings",
    "get_versions",
    "list_profiles",
    "get_profile_details",
    "list_hardware_constraints",
    "search_cpu_model_constraints",
)
def test_platform_information(api: Api, sandbox: Sandbox) -> None:
    settings = api.call("get_settings", "GET", "/settings").json()
    assert settings["storage"] == sandbox.storage_url

    versions = api.call("get_versions", "GET", "/versions").json()
    assert versions and all(isinstance(v["version"], str) for v in versions)

    profiles = api.call("list_profiles", "GET", "/profiles").json()
    assert "docker-batch" in profiles
    details = api.call("get_profile_details", "GET", "/profiles/docker-batch").json()
    assert details["name"] == "docker-batch"
    assert {"DOCKER_REPO", "DOCKER_TAG", "DOCKER_CMD"} <= {c["name"] for c in details["constants"]}
    api.call("get_profile_details", "GET", "/profiles/no-such-profile", expect=404)

    page = api.call("list_hardware_constraints", "GET", "/hardware-constraints").json()
    assert (
        page["offset"] == 0 and page["total"] >= 12 and len(page["data"]) == min(page["total"], page["limit"])
    )
    assert {"GpuHardwareConstraint", "MinimumCoreHardwareConstraint"} <= {
        c["discriminator"] for c in page["data"]
    }
    small = api.call(
        "list_hardware_constraints", "GET", "/hardware-constraints", params={"Limit": "5", "Offset": "2"}
    ).json()
    assert (small["limit"], small["offset"], len(small["data"])) == (5, 2, 5)
    assert small["data"] == page["data"][2:7]
    bad = api.call(
        "list_hardware_constraints", "GET", "/hardware-constraints", params={"limit": "x"}, expect=400
    )
    assert "limit" in {k.lower() for k in problem_fields(bad)}

    found = api.call(
        "search_cpu_model_constraints",
        "GET",
        "/hardware-constraints/cpu-model-constraints/search",
        params={"cpuModel": "ryzen"},
    ).json()
    assert found and all("ryzen" in c["cpuModel"].lower() for c in found)
    assert all(c["discriminator"] == "CpuModelHardwareConstraint" for c in found)
    missing = api.call(
        "search_cpu_model_constraints",
        "GET",
        "/hardware-constraints/cpu-model-constraints/search",
        expect=400,
    )
    assert "cpumodel" in {k.lower() for k in problem_fields(missing)}


@covers(
    "get_user_info",
    "get_user_computing_quotas",
    "get_organization_computing_quotas",
    "get_account_credits",
    "get_project_budgets",
)
def test_account_information(api: Api, sandbox: Sandbox) -> None:
    info = api.call("get_user_info", "GET", "/info").json()
    assert info["email"] == sandbox.email
    assert info["taskCount"] == 0
    projects = info["projects"]
    default = next(p for p in projects if p["isDefault"])

    create_task(api, "counted")
    assert api.call("get_user_info", "GET", "/info").json()["taskCount"] == 1

    user = api.call("get_user_computing_quotas", "GET", "/quotas/computing-quotas/user").json()
    assert user["flex"]["maxCores"] > 0 and user["flex"]["runningCoresCount"] >= 0
    org = api.call("get_organization_computing_quotas", "GET", "/quotas/computing-quotas/organization").json()
    assert org["flex"]["maxInstances"] >= user["flex"]["maxInstances"]

    credits = api.call("get_account_credits", "GET", "/credits/v1/accounts/credits").json()
    assert isinstance(credits["credits"], int | float)

    budgets_path = f"/credits/v1/projects/{default['uuid']}/budgets"
    every = api.call("get_project_budgets", "GET", budgets_path).json()["budgets"]
    active = api.call("get_project_budgets", "GET", budgets_path, params={"activeOnly": "True"}).json()[
        "budgets"
    ]
    assert {b["uuid"] for b in active} <= {b["uuid"] for b in every}
    assert all(not b["isArchived"] for b in active)
    assert len(active) < len(every), "the sandbox's default project should have an inactive budget"
    lowercase = api.call("get_project_budgets", "GET", budgets_path, params={"activeOnly": "false"}).json()
    assert len(lowercase["budgets"]) == len(every)
    api.call("get_project_budgets", "GET", budgets_path, params={"activeOnly": "maybe"}, expect=400)
    gone = api.call("get_project_budgets", "GET", f"/credits/v1/projects/{UNKNOWN}/budgets", expect=404)
    assert "project" in error_message(gone).lower()


def test_authentication_is_required_everywhere(api: Api, spec: SpecValidator) -> None:
    for info in spec.operations():
        if not info.requires_auth:
            continue
        path = re.sub(r"\{instanceId\}", "0", info.path_template)
        path = re.sub(r"\{[^}]+\}", "some-id", path)
        body: Any = {} if info.request_body is not None else _UNSET
        answer = api.call(info.operation_id, info.method, path, auth=False, json=body, expect=401)
        assert error_message(answer)
    wrong = api.call("list_tasks", "GET", "/tasks", auth="not-the-token", expect=401)
    assert "token" in error_message(wrong).lower()
    assert api.succeeded == set()


def test_rate_limits_and_gateway_errors_are_documented_everywhere(
    api: Api, sandbox: Sandbox, spec: SpecValidator
) -> None:
    for info in spec.operations():
        path = re.sub(r"\{instanceId\}", "0", info.path_template)
        path = re.sub(r"\{[^}]+\}", "some-id", path)
        body: Any = {} if info.request_body is not None else _UNSET
        sandbox.faults.next(status=429, retry_after=2)
        limited = api.call(info.operation_id, info.method, path, json=body, expect=429)
        assert limited.headers["retry-after"] == "2"
        for status in (502, 503):
            sandbox.faults.next(status=status)
            api.call(info.operation_id, info.method, path, json=body, expect=status)
    assert sandbox.faults.pending == 0
    assert api.succeeded == set()


def test_compute_paths_also_answer_under_v1(api: Api) -> None:
    uuid = create_task(api, "versioned")
    assert api.call("get_task_information", "GET", f"/v1/tasks/{uuid}").json()["uuid"] == uuid
    assert api.call("list_profiles", "GET", "/v1/profiles").json()


# ====================================================================== tasks


@covers(
    "create_task",
    "get_task_information",
    "list_tasks",
    "list_tasks_summaries",
    "paginate_tasks",
    "paginate_tasks_summaries",
    "search_tasks",
    "update_task",
    "delete_task",
)
def test_task_submission_listing_and_search(api: Api, sandbox: Sandbox) -> None:
    first = create_task(api, "render-a", tags=["contract", "a"])
    second = create_task(api, "render-b", tags=["contract", "b"])
    batch = api.call(
        "create_task",
        "POST",
        "/tasks",
        json=[task_payload("batch-1"), task_payload("batch-2")],
        expect={200, 201},
    ).json()
    assert isinstance(batch, list) and len(batch) == 2
    assert all(item["uuid"] and 200 <= item["statusCode"] < 300 for item in batch)
    pascal = api.call(
        "create_task",
        "POST",
        "/tasks",
        json={"Name": "pascal", "Profile": "docker-batch", "InstanceCount": 1},
        expect={200, 201},
    ).json()["uuid"]
    all_uuids = {first, second, pascal, *(item["uuid"] for item in batch)}

    refused = api.call(
        "create_task", "POST", "/tasks", json={"profile": "docker-batch", "instanceCount": 1}, expect=400
    )
    assert "name" in problem_fields(refused)
    assert refused.headers["content-type"].startswith(("application/problem+json", "application/json"))
    typed = api.call("create_task", "POST", "/tasks", json=task_payload("x", instanceCount="two"), expect=400)
    assert "instanceCount" in problem_fields(typed)
    broken = api.call("create_task", "POST", "/tasks", content=b'{"name": ', expect=400)
    assert problem_fields(broken)

    task = api.call("get_task_information", "GET", f"/tasks/{first}").json()
    assert task["uuid"] == first and task["name"] == "render-a" and task["tags"] == ["contract", "a"]
    assert task["state"] == "Submitted" and task["instanceCount"] == 2
    assert api.call("get_task_information", "GET", f"/tasks/{pascal}").json()["name"] == "pascal"
    missing = api.call("get_task_information", "GET", f"/tasks/{UNKNOWN}", expect=404)
    assert error_message(missing)

    api.call(
        "update_task",
        "PUT",
        f"/tasks/{second}",
        json={
            "tags": ["contract", "b", "updated"],
            "constants": [{"key": "DOCKER_CMD", "value": "echo updated"}],
        },
        expect={200, 204},
    )
    updated = api.call("get_task_information", "GET", f"/tasks/{second}").json()
    assert "updated" in updated["tags"]
    assert {"key": "DOCKER_CMD", "value": "echo updated"} in updated["constants"]
    api.call("update_task", "PUT", f"/tasks/{UNKNOWN}", json={"tags": []}, expect=404)
    api.call("update_task", "PUT", f"/tasks/{second}", json={"tags": "not-a-list"}, expect=400)

    sandbox.run_until_idle()
    listed = api.call("list_tasks", "GET", "/tasks").json()
    assert {t["uuid"] for t in listed} == all_uuids
    assert all(t["state"] == "Success" for t in listed)
    tagged = api.call("list_tasks", "GET", "/tasks", params={"tag": "a"}).json()
    assert [t["uuid"] for t in tagged] == [first]
    summaries = api.call("list_tasks_summaries", "GET", "/tasks/summaries").json()
    assert {s["uuid"] for s in summaries} == all_uuids
    assert all("constants" not in s for s in summaries)

    # token pagination: every task exactly once, opaque tokens, bad token refused
    seen: list[str] = []
    token: str | None = None
    pages = 0
    while True:
        page = api.call(
            "paginate_tasks", "POST", "/tasks/paginate", json={"maximumResults": 2, "token": token}
        ).json()
        pages += 1
        seen.extend(t["uuid"] for t in page["data"])
        assert len(page["data"]) <= 2
        if not page["isTruncated"]:
            assert page["nextToken"] in (None, "")
            break
        token = page["nextToken"]
        assert token
    assert pages == 3 and sorted(seen) == sorted(all_uuids)
    api.call("paginate_tasks", "POST", "/tasks/paginate", json={"token": "not-a-token"}, expect=400)
    filtered = api.call(
        "paginate_tasks",
        "POST",
        "/tasks/paginate",
        json={"filter": {"operator": "Equal", "field": "Tags", "value": "b"}},
    ).json()
    assert [t["uuid"] for t in filtered["data"]] == [second] and not filtered["isTruncated"]
    nested = {
        "operator": "And",
        "filters": [
            {"operator": "Equal", "field": "Tags", "value": "contract"},
            {
                "operator": "Or",
                "filters": [
                    {"operator": "Like", "field": "Name", "value": "-a$"},
                    {"operator": "In", "field": "Name", "values": ["pascal"]},
                ],
            },
        ],
    }
    filtered = api.call("paginate_tasks", "POST", "/tasks/paginate", json={"filter": nested}).json()
    assert [t["uuid"] for t in filtered["data"]] == [first]
    bad_filter = api.call(
        "paginate_tasks",
        "POST",
        "/tasks/paginate",
        json={"filter": {"operator": "Sort", "field": "Name", "value": 1}},
        expect=400,
    )
    assert problem_fields(bad_filter)

    summary_page = api.call(
        "paginate_tasks_summaries", "POST", "/tasks/summaries/paginate", json={"MaximumResults": 10}
    ).json()
    assert {s["uuid"] for s in summary_page["data"]} == all_uuids and summary_page["isTruncated"] is False

    found = api.call(
        "search_tasks",
        "POST",
        "/tasks/search",
        json={
            "filter": {"operator": "Equal", "field": "State", "value": "success"},
            "select": {"fields": ["Uuid", "Name"]},
        },
    ).json()
    assert {t["uuid"] for t in found} == all_uuids
    assert all(set(t) <= {"uuid", "name"} and "name" in t for t in found)
    none = api.call(
        "search_tasks",
        "POST",
        "/tasks/search",
        json={"filter": {"operator": "Equal", "field": "State", "value": "Failure"}},
    ).json()
    assert none == []

    api.call("delete_task", "DELETE", f"/tasks/{first}", expect={200, 204})
    sandbox.run_until_idle()
    api.call("get_task_information", "GET", f"/tasks/{first}", expect=404)
    api.call("delete_task", "DELETE", f"/tasks/{first}", expect=404)


@covers(
    "get_task_stdout",
    "get_last_task_stdout",
    "get_task_instance_stdout",
    "get_last_task_instance_stdout",
    "get_task_stderr",
    "get_last_task_stderr",
    "get_task_instance_stderr",
    "get_last_task_instance_stderr",
    "get_task_carbon_facts",
    "get_task_credits",
)
def test_task_outputs_carbon_and_credits(api: Api, sandbox: Sandbox) -> None:
    uuid = create_task(api, "talkative")
    sandbox.run_until_idle()
    assert task_state(api, uuid) == "Success"

    out = api.call("get_task_stdout", "GET", f"/tasks/{uuid}/stdout").text
    assert re.search(r"0> instance 0 says hello", out) and re.search(r"1> instance 1 says hello", out)
    err = api.call("get_task_stderr", "GET", f"/tasks/{uuid}/stderr").text
    assert "instance 0 warns" in err and "instance 1 warns" in err and "says hello" not in err

    as_json = api.call(
        "get_task_stdout", "GET", f"/tasks/{uuid}/stdout", headers={"Accept": "application/json"}
    )
    assert as_json.headers["content-type"].startswith("application/json")
    assert as_json.json() == out, "the JSON form is the same text as a JSON string"
    one = api.call("get_task_instance_stdout", "GET", f"/tasks/{uuid}/stdout/1").text
    assert "instance 1 says hello" in one and "instance 0" not in one
    one_err = api.call("get_task_instance_stderr", "GET", f"/tasks/{uuid}/stderr/0").text
    assert "instance 0 warns" in one_err and "instance 1" not in one_err
    api.call("get_task_instance_stdout", "GET", f"/tasks/{uuid}/stdout/99", expect=404)
    api.call("get_task_instance_stdout", "GET", f"/tasks/{UNKNOWN}/stdout/0", expect=404)
    api.call("get_task_stdout", "GET", f"/tasks/{UNKNOWN}/stdout", expect=404)

    fresh = api.call("get_last_task_stdout", "POST", f"/tasks/{uuid}/stdout").text
    assert "instance 0 says hello" in fresh and "instance 1 says hello" in fresh
    assert api.call("get_last_task_stdout", "POST", f"/tasks/{uuid}/stdout").text.strip('"\n') == ""
    fresh_err = api.call("get_last_task_stderr", "POST", f"/tasks/{uuid}/stderr").text
    assert "warns" in fresh_err
    assert api.call("get_last_task_stderr", "POST", f"/tasks/{uuid}/stderr").text.strip('"\n') == ""
    fresh_one = api.call("get_last_task_instance_stdout", "POST", f"/tasks/{uuid}/stdout/0").text
    assert "instance 0 says hello" in fresh_one and "instance 1" not in fresh_one
    assert (
        api.call("get_last_task_instance_stdout", "POST", f"/tasks/{uuid}/stdout/0").text.strip('"\n') == ""
    )
    fresh_one_err = api.call("get_last_task_instance_stderr", "POST", f"/tasks/{uuid}/stderr/1").text
    assert "instance 1 warns" in fresh_one_err
    api.call("get_last_task_instance_stderr", "POST", f"/tasks/{uuid}/stderr/7", expect=404)
    # the whole output is still there after the "fresh" reads
    assert "instance 1 says hello" in api.call("get_task_stdout", "GET", f"/tasks/{uuid}/stdout").text

    facts = api.call("get_task_carbon_facts", "GET", f"/carbon/v1/tasks/{uuid}/carbon-facts").json()
    assert facts["total_energy_it_Wh"] >= 0 and facts["equivalent_datacenter_name"]
    french = api.call(
        "get_task_carbon_facts",
        "GET",
        f"/carbon/v1/tasks/{uuid}/carbon-facts",
        params={"comparisonDatacenter": "french_dc"},
    ).json()
    assert french["equivalent_datacenter_name"] != facts["equivalent_datacenter_name"]
    api.call("get_task_carbon_facts", "GET", f"/carbon/v1/tasks/{UNKNOWN}/carbon-facts", expect=404)

    credits = api.call("get_task_credits", "GET", f"/credits/v1/tasks/{uuid}/credits").json()
    assert credits["credits"] >= 0
    gone = api.call("get_task_credits", "GET", f"/credits/v1/tasks/{UNKNOWN}/credits", expect=404)
    assert "task" in error_message(gone).lower()


@covers(
    "update_task_resources",
    "get_task_port_forwarding",
    "create_task_unique_snapshot",
    "get_task_snapshot_status",
    "create_task_periodic_snapshot",
    "abort_task",
)
def test_running_task_operations(api: Api, sandbox: Sandbox) -> None:
    rule = {"inbound": True, "proto": "https", "port": "8888", "name": "jupyter", "applicationType": "http"}
    uuid = create_task(api, "long-runner", forcedNetworkRules=[rule])
    api.call("create_task_unique_snapshot", "POST", f"/tasks/{uuid}/snapshot", json={}, expect=403)
    advance_until(sandbox, lambda: task_state(api, uuid), {"FullyExecuting", "PartiallyExecuting"})

    api.call("update_task_resources", "PATCH", f"/tasks/{uuid}", expect={200, 204})
    api.call("update_task_resources", "PATCH", f"/tasks/{UNKNOWN}", expect=404)

    forwards = api.call("get_task_port_forwarding", "GET", f"/v1/network/tasks/{uuid}/port-forward").json()
    assert forwards, "a running task with an inbound rule has port forwards"
    for instance, rules in forwards.items():
        assert instance.isdigit()
        assert rules["jupyter"]["port"] == 8888 and rules["jupyter"]["access"]["publicHost"]
    api.call("get_task_port_forwarding", "GET", f"/v1/network/tasks/{UNKNOWN}/port-forward", expect=404)

    snapshot = api.call(
        "create_task_unique_snapshot", "POST", f"/tasks/{uuid}/snapshot", json={"whitelist": ".*\\.txt"}
    ).json()
    snapshot_id = snapshot["id"]
    assert uuid in snapshot_id or snapshot_id
    status = api.call("get_task_snapshot_status", "GET", f"/tasks/{uuid}/snapshot/{snapshot_id}").json()
    assert status["id"] == snapshot_id
    assert str(status["status"]).lower() in {"triggered", "inprogress", "success", "failure"}
    api.call("get_task_snapshot_status", "GET", f"/tasks/{uuid}/snapshot/snap_nothing", expect=404)

    refused = api.call(
        "create_task_periodic_snapshot", "POST", f"/tasks/{uuid}/snapshot/periodic", json={}, expect=400
    )
    assert "interval" in problem_fields(refused)
    typed = api.call(
        "create_task_periodic_snapshot",
        "POST",
        f"/tasks/{uuid}/snapshot/periodic",
        json={"interval": "test"},
        expect=400,
    )
    assert "interval" in problem_fields(typed)
    api.call(
        "create_task_periodic_snapshot",
        "POST",
        f"/tasks/{uuid}/snapshot/periodic",
        json={"interval": 30},
        expect={200, 204},
    )
    assert api.call("get_task_information", "GET", f"/tasks/{uuid}").json()["snapshotInterval"] == 30

    api.call("abort_task", "POST", f"/tasks/{uuid}/abort", expect={200, 204})
    advance_until(sandbox, lambda: task_state(api, uuid), {"Cancelled"})
    api.call("abort_task", "POST", f"/tasks/{uuid}/abort", expect=403)
    api.call("abort_task", "POST", f"/tasks/{UNKNOWN}/abort", expect=404)
    api.call("create_task_unique_snapshot", "POST", f"/tasks/{uuid}/snapshot", json={}, expect=403)


@covers("retry_task", "recover_task", "resume_task", "clone_task")
def test_tasks_made_from_other_tasks(api: Api, sandbox: Sandbox) -> None:
    failed = create_task(api, "failing")
    sandbox.run_until_idle()
    assert task_state(api, failed) == "Failure"
    aborted = create_task(api, "aborted")
    advance_until(sandbox, lambda: task_state(api, aborted), {"FullyExecuting", "PartiallyExecuting"})
    api.call("abort_task", "POST", f"/tasks/{aborted}/abort", expect={200, 204})
    advance_until(sandbox, lambda: task_state(api, aborted), {"Cancelled"})

    # retry re-runs failed instances, recover failed and cancelled ones, resume cancelled ones, clone all
    for operation_id, action, source in (
        ("retry_task", "retry", failed),
        ("recover_task", "recover", failed),
        ("resume_task", "resume", aborted),
        ("clone_task", "clone", failed),
    ):
        empty = api.call(operation_id, "POST", f"/tasks/{source}/{action}", expect=400)
        assert problem_fields(empty) == {"": [BODY_REQUIRED_MESSAGE]}
        api.call(operation_id, "POST", f"/tasks/{UNKNOWN}/{action}", json={}, expect=404)
        made = api.call(
            operation_id,
            "POST",
            f"/tasks/{source}/{action}",
            json={"name": f"{action}-made", "tags": [action]},
        ).json()["uuid"]
        assert made not in (failed, aborted)
        task = api.call("get_task_information", "GET", f"/tasks/{made}").json()
        assert task["name"] == f"{action}-made" and task["tags"] == [action]
        assert task["profile"] == "docker-batch"
    same = api.call("clone_task", "POST", f"/tasks/{failed}/clone", json={}).json()["uuid"]
    assert api.call("get_task_information", "GET", f"/tasks/{same}").json()["name"] == "failing"
    # nothing was cancelled in the failed task: nothing to resume
    api.call("resume_task", "POST", f"/tasks/{failed}/resume", json={}, expect=403)
    assert len(api.call("list_tasks", "GET", "/tasks").json()) == 7


# ====================================================================== pools


@covers(
    "create_pool",
    "get_pool_information",
    "list_pools",
    "list_pools_summaries",
    "search_pools",
    "paginate_pools",
    "paginate_pools_summaries",
    "update_pool",
    "update_pool_resources",
    "update_pool_scaling",
    "check_pool_scaling",
    "clone_pool",
    "close_pool",
    "delete_pool",
    "get_pool_carbon_facts",
    "get_pool_credits",
)
def test_pool_lifecycle(api: Api, sandbox: Sandbox) -> None:
    payload = {
        "name": "render-farm",
        "profile": "docker-batch",
        "instanceCount": 2,
        "tags": ["farm"],
        "preparationTask": {"commandLine": "echo prepare"},
    }
    pool = api.call("create_pool", "POST", "/pools", json=payload, expect={200, 201}).json()["uuid"]
    refused = api.call("create_pool", "POST", "/pools", json={"profile": "docker-batch"}, expect=400)
    assert "name" in problem_fields(refused)
    other = api.call(
        "create_pool",
        "POST",
        "/pools",
        json={"name": "spare", "profile": "docker-batch", "instanceCount": 1},
        expect={200, 201},
    ).json()["uuid"]
    advance_until(sandbox, lambda: pool_state(api, pool), {"FullyExecuting", "PartiallyExecuting"})

    details = api.call("get_pool_information", "GET", f"/pools/{pool}").json()
    assert details["name"] == "render-farm" and details["tags"] == ["farm"] and details["instanceCount"] == 2
    api.call("get_pool_information", "GET", f"/pools/{UNKNOWN}", expect=404)
    assert {p["uuid"] for p in api.call("list_pools", "GET", "/pools").json()} == {pool, other}
    summaries = api.call("list_pools_summaries", "GET", "/pools/summaries").json()
    assert {p["uuid"] for p in summaries} == {pool, other}
    found = api.call(
        "search_pools",
        "POST",
        "/pools/search",
        json={"filter": {"operator": "Equal", "field": "Tags", "value": "farm"}, "select": ["Uuid", "State"]},
    ).json()
    assert [p["uuid"] for p in found] == [pool]
    page = api.call("paginate_pools", "POST", "/pools/paginate", json={"maximumResults": 1}).json()
    assert len(page["data"]) == 1 and page["isTruncated"] is True and page["nextToken"]
    rest = api.call("paginate_pools", "POST", "/pools/paginate", json={"token": page["nextToken"]}).json()
    assert {page["data"][0]["uuid"], *(p["uuid"] for p in rest["data"])} == {pool, other}
    assert rest["isTruncated"] is False
    summary_page = api.call(
        "paginate_pools_summaries",
        "POST",
        "/pools/summaries/paginate",
        json={"filter": {"operator": "Equal", "field": "Name", "value": "spare"}},
    ).json()
    assert [p["uuid"] for p in summary_page["data"]] == [other]

    # a task running in the pool
    in_pool = api.call(
        "create_task",
        "POST",
        "/tasks",
        json={"name": "in-pool", "poolUuid": pool, "instanceCount": 1},
        expect={200, 201},
    ).json()["uuid"]
    advance_until(sandbox, lambda: task_state(api, in_pool), {"Success"})

    api.call("update_pool", "PUT", f"/pools/{pool}", json={"tags": ["farm", "updated"]}, expect={200, 204})
    assert "updated" in api.call("get_pool_information", "GET", f"/pools/{pool}").json()["tags"]
    api.call("update_pool", "PUT", f"/pools/{UNKNOWN}", json={"tags": []}, expect=404)
    api.call("update_pool_resources", "PATCH", f"/pools/{pool}", expect={200, 204})

    policies = {
        "policies": [
            {"type": "Fixed", "name": "always-two", "slotsCount": 2, "enabledPeriods": [{"type": "Always"}]},
            {
                "type": "ManagedTasksQueue",
                "name": "nights",
                "minTotalSlots": 0,
                "maxTotalSlots": 8,
                "minIdleSlots": 0,
                "minIdleTimeSeconds": 90,
                "scalingFactor": 0.5,
                "enabledPeriods": [
                    {
                        "type": "Weekly",
                        "days": ["monday", "Friday"],
                        "startTimeUtc": "19:30:00",
                        "endTimeUtc": "23:59:59",
                    }
                ],
            },
        ]
    }
    api.call("check_pool_scaling", "POST", "/sanity-checks/pools/scaling", json=policies)
    invalid = api.call(
        "check_pool_scaling",
        "POST",
        "/sanity-checks/pools/scaling",
        json={"policies": [{"type": "Fixed", "slotsCount": "many"}]},
        expect=400,
    )
    assert problem_fields(invalid)
    api.call("update_pool_scaling", "PUT", f"/pools/{pool}/scaling", json=policies, expect={200, 204})
    scaling = api.call("get_pool_information", "GET", f"/pools/{pool}").json()["scaling"]
    assert [p["name"] for p in scaling["policies"]] == ["always-two", "nights"]
    api.call("update_pool_scaling", "PUT", f"/pools/{pool}/scaling", json={}, expect=400)

    clone = api.call("clone_pool", "POST", f"/pools/{pool}/clone", json={"name": "render-farm-2"}).json()[
        "uuid"
    ]
    assert clone not in (pool, other)
    assert api.call("get_pool_information", "GET", f"/pools/{clone}").json()["name"] == "render-farm-2"

    facts = api.call("get_pool_carbon_facts", "GET", f"/carbon/v1/pools/{pool}/carbon-facts").json()
    assert "total_consumed_energy_Wh" in facts
    missing = api.call("get_pool_carbon_facts", "GET", f"/carbon/v1/pools/{UNKNOWN}/carbon-facts", expect=404)
    assert "pool" in error_message(missing).lower()
    assert api.call("get_pool_credits", "GET", f"/credits/v1/pools/{pool}/credits").json()["credits"] >= 0
    api.call("get_pool_credits", "GET", f"/credits/v1/pools/{UNKNOWN}/credits", expect=404)

    api.call("close_pool", "POST", f"/pools/{pool}/close", expect={200, 204})
    advance_until(sandbox, lambda: pool_state(api, pool), {"Closed"})
    api.call("close_pool", "POST", f"/pools/{pool}/close", expect=403)
    api.call("close_pool", "POST", f"/pools/{UNKNOWN}/close", expect=404)

    api.call("delete_pool", "DELETE", f"/pools/{other}", expect={200, 204})
    sandbox.run_until_idle()
    api.call("get_pool_information", "GET", f"/pools/{other}", expect=404)
    api.call("delete_pool", "DELETE", f"/pools/{UNKNOWN}", expect=404)


@covers(
    "get_pool_stdout",
    "get_last_pool_stdout",
    "get_pool_instance_stdout",
    "get_last_pool_instance_stdout",
    "get_pool_stderr",
    "get_last_pool_stderr",
    "get_pool_instance_stderr",
    "get_last_pool_instance_stderr",
)
def test_pool_outputs(api: Api, sandbox: Sandbox) -> None:
    pool = api.call(
        "create_pool",
        "POST",
        "/pools",
        json={
            "name": "prepared",
            "profile": "docker-batch",
            "instanceCount": 2,
            "preparationTask": {"commandLine": "echo hi"},
        },
        expect={200, 201},
    ).json()["uuid"]
    advance_until(sandbox, lambda: pool_state(api, pool), {"FullyExecuting", "PartiallyExecuting"})
    sandbox.advance()

    out = api.call("get_pool_stdout", "GET", f"/pools/{pool}/stdout").text
    assert "instance 0 says hello" in out and "instance 1 says hello" in out
    assert "instance 1 warns" in api.call("get_pool_stderr", "GET", f"/pools/{pool}/stderr").text
    one = api.call("get_pool_instance_stdout", "GET", f"/pools/{pool}/stdout/1").text
    assert "instance 1 says hello" in one and "instance 0" not in one
    assert "instance 0 warns" in api.call("get_pool_instance_stderr", "GET", f"/pools/{pool}/stderr/0").text
    api.call("get_pool_instance_stdout", "GET", f"/pools/{pool}/stdout/42", expect=404)
    api.call("get_pool_stdout", "GET", f"/pools/{UNKNOWN}/stdout", expect=404)

    assert "says hello" in api.call("get_last_pool_stdout", "POST", f"/pools/{pool}/stdout").text
    assert api.call("get_last_pool_stdout", "POST", f"/pools/{pool}/stdout").text.strip('"\n') == ""
    assert "warns" in api.call("get_last_pool_stderr", "POST", f"/pools/{pool}/stderr").text
    assert api.call("get_last_pool_stderr", "POST", f"/pools/{pool}/stderr").text.strip('"\n') == ""
    assert "instance 0" in api.call("get_last_pool_instance_stdout", "POST", f"/pools/{pool}/stdout/0").text
    assert (
        api.call("get_last_pool_instance_stdout", "POST", f"/pools/{pool}/stdout/0").text.strip('"\n') == ""
    )
    assert (
        "instance 1 warns"
        in api.call("get_last_pool_instance_stderr", "POST", f"/pools/{pool}/stderr/1").text
    )
    api.call("get_last_pool_instance_stderr", "POST", f"/pools/{pool}/stderr/9", expect=404)


# ====================================================================== jobs


@covers(
    "create_job",
    "get_job_info",
    "list_jobs",
    "search_jobs",
    "paginate_jobs",
    "list_job_tasks",
    "terminate_job",
    "delete_job",
)
def test_job_lifecycle(api: Api, sandbox: Sandbox) -> None:
    job = api.call(
        "create_job",
        "POST",
        "/jobs",
        json={"name": "nightly", "useDependencies": True, "tags": ["n"]},
        expect={200, 201},
    ).json()["uuid"]
    other = api.call("create_job", "POST", "/jobs", json={"name": "other"}, expect={200, 201}).json()["uuid"]
    assert "name" in problem_fields(api.call("create_job", "POST", "/jobs", json={"tags": []}, expect=400))

    info = api.call("get_job_info", "GET", f"/jobs/{job}").json()
    assert info["name"] == "nightly" and info["useDependencies"] is True and info["state"] == "Active"
    api.call("get_job_info", "GET", f"/jobs/{UNKNOWN}", expect=404)
    assert {j["uuid"] for j in api.call("list_jobs", "GET", "/jobs").json()} == {job, other}
    found = api.call(
        "search_jobs",
        "POST",
        "/jobs/search",
        json={"filter": {"operator": "Equal", "field": "Name", "value": "nightly"}},
    ).json()
    assert [j["uuid"] for j in found] == [job]
    page = api.call("paginate_jobs", "POST", "/jobs/paginate", json={"maximumResults": 1}).json()
    assert len(page["data"]) == 1 and page["isTruncated"] is True
    api.call("paginate_jobs", "POST", "/jobs/paginate", json={"maximumResults": 0}, expect=400)

    first = create_task(api, "step-1", jobUuid=job)
    second = create_task(api, "step-2", jobUuid=job, dependencies={"dependsOn": [first]})
    tasks = api.call("list_job_tasks", "GET", f"/jobs/{job}/tasks").json()
    assert {t["uuid"] for t in tasks} == {first, second}
    assert api.call("list_job_tasks", "GET", f"/jobs/{other}/tasks").json() == []
    api.call("list_job_tasks", "GET", f"/jobs/{UNKNOWN}/tasks", expect=404)

    advance_until(sandbox, lambda: task_state(api, first), {"FullyExecuting", "PartiallyExecuting"})
    assert task_state(api, second) == "Submitted", "a dependent task waits for its dependency"
    api.call("delete_job", "DELETE", f"/jobs/{job}", expect=403)
    sandbox.run_until_idle()
    assert task_state(api, second) == "Success"

    api.call("terminate_job", "POST", f"/jobs/{job}/terminate", expect={200, 204})
    advance_until(
        sandbox, lambda: str(api.call("get_job_info", "GET", f"/jobs/{job}").json()["state"]), {"Completed"}
    )
    api.call("terminate_job", "POST", f"/jobs/{UNKNOWN}/terminate", expect=404)

    running = create_task(api, "runs-in-other", jobUuid=other)
    advance_until(sandbox, lambda: task_state(api, running), {"FullyExecuting", "PartiallyExecuting"})
    api.call("delete_job", "DELETE", f"/jobs/{other}", params={"force": "True"}, expect={200, 204})
    sandbox.run_until_idle()
    api.call("get_job_info", "GET", f"/jobs/{other}", expect=404)
    api.call("delete_job", "DELETE", f"/jobs/{job}", params={"force": "false"}, expect={200, 204})
    api.call("delete_job", "DELETE", f"/jobs/{UNKNOWN}", expect=404)
    api.call("delete_job", "DELETE", f"/jobs/{UNKNOWN}", params={"force": "perhaps"}, expect=400)


# ====================================================================== secrets


@covers("create_secret", "get_secret", "update_secret", "delete_secret", "search_secrets")
def test_secrets_manager(api: Api) -> None:
    for key in ("folder1/subfolder1/key1", "folder1/subfolder1/key2", "folder1/key3", "top"):
        api.call(
            "create_secret", "PUT", f"/secrets-manager/data/{key}", json={"value": f"v-{key}"}, expect=201
        )
    conflict = api.call(
        "create_secret", "PUT", "/secrets-manager/data/top", json={"value": "again"}, expect=409
    )
    assert "already exists" in error_message(conflict)
    api.call("create_secret", "PUT", "/secrets-manager/data/x", json={"nope": 1}, expect=400)

    value = api.call("get_secret", "GET", "/secrets-manager/data/folder1/subfolder1/key1").json()
    assert value == {"value": "v-folder1/subfolder1/key1"}
    missing = api.call("get_secret", "GET", "/secrets-manager/data/folder1/none", expect=404)
    assert "doesn't exist" in error_message(missing)

    api.call("update_secret", "PATCH", "/secrets-manager/data/top", json={"Value": "changed"}, expect=204)
    assert api.call("get_secret", "GET", "/secrets-manager/data/top").json()["value"] == "changed"
    api.call("update_secret", "PATCH", "/secrets-manager/data/absent", json={"value": "x"}, expect=404)

    root = api.call("search_secrets", "GET", "/secrets-manager/search/").json()
    assert sorted(root["keys"]) == ["folder1/", "top"]
    folder = api.call("search_secrets", "GET", "/secrets-manager/search/folder1").json()
    assert sorted(folder["keys"]) == ["key3", "subfolder1/"]
    deep = api.call("search_secrets", "GET", "/secrets-manager/search/folder1/subfolder1/").json()
    assert sorted(deep["keys"]) == ["key1", "key2"]

    api.call("delete_secret", "DELETE", "/secrets-manager/data/folder1/key3", expect=204)
    api.call("delete_secret", "DELETE", "/secrets-manager/data/folder1/key3", expect=404)
    assert sorted(api.call("search_secrets", "GET", "/secrets-manager/search/folder1").json()["keys"]) == [
        "subfolder1/"
    ]


@covers("check_connection", "list_pool_tasks", "list_pool_jobs", "get_pool_scaling", "restart_task")
def test_operations_of_the_published_document(api: Api, sandbox: Sandbox) -> None:
    api.call("check_connection", "GET", "/v1")
    api.call("check_connection", "GET", "/v1", auth="not-the-token", expect=401)
    scaling = {"policies": [{"type": "Fixed", "name": "always", "enabledPeriods": [], "slotsCount": 1}]}
    pool = api.call(
        "create_pool",
        "POST",
        "/pools",
        json={
            "name": "scaled",
            "profile": "docker-batch",
            "instanceCount": 1,
            "scaling": scaling,
            "tags": ["a"],
        },
        expect={200, 201},
    ).json()["uuid"]
    api.call(
        "create_pool", "POST", "/pools", json={"name": "other", "profile": "docker-batch"}, expect={200, 201}
    )
    advance_until(sandbox, lambda: pool_state(api, pool), {"FullyExecuting", "PartiallyExecuting"})
    answered = api.call("get_pool_scaling", "GET", f"/pools/{pool}/scaling").json()
    assert answered["policies"][0]["name"] == "always" and answered["activePolicyName"] == "always"
    api.call("get_pool_scaling", "GET", f"/pools/{UNKNOWN}/scaling", expect=404)
    assert [p["uuid"] for p in api.call("list_pools", "GET", "/pools", params={"tag": "a"}).json()] == [pool]
    assert [
        p["uuid"]
        for p in api.call("list_pools_summaries", "GET", "/pools/summaries", params={"tag": "a"}).json()
    ] == [pool]

    refused = api.call("create_job", "POST", "/jobs", json=[{"name": "ok"}, {}], expect=400)
    assert "[1].name" in refused.json()["errors"]  # a list of jobs is validated as a whole
    jobs = api.call(
        "create_job",
        "POST",
        "/jobs",
        json=[{"name": "in-pool", "poolUuid": pool, "tags": ["j"]}, {"name": "free"}],
    ).json()
    assert [j["statusCode"] for j in jobs] == [200, 200]
    in_pool = jobs[0]["uuid"]
    assert [j["uuid"] for j in api.call("list_pool_jobs", "GET", f"/pools/{pool}/jobs").json()] == [in_pool]
    assert [j["uuid"] for j in api.call("list_jobs", "GET", "/jobs", params={"tag": "j"}).json()] == [in_pool]
    api.call("list_pool_jobs", "GET", f"/pools/{UNKNOWN}/jobs", expect=404)

    in_pool_task = api.call(
        "create_task",
        "POST",
        "/tasks",
        json={"name": "t", "poolUuid": pool, "instanceCount": 1},
        expect={200, 201},
    ).json()["uuid"]
    outside = create_task(api, "outside")
    assert [t["uuid"] for t in api.call("list_pool_tasks", "GET", f"/pools/{pool}/tasks").json()] == [
        in_pool_task
    ]
    api.call("list_pool_tasks", "GET", f"/pools/{UNKNOWN}/tasks", expect=404)

    api.call("restart_task", "POST", f"/tasks/{outside}/restart", expect=403)  # not finished yet
    advance_until(sandbox, lambda: task_state(api, outside), {"Success"})
    api.call("restart_task", "POST", f"/tasks/{outside}/restart", expect={200, 204})
    assert task_state(api, outside) == "Submitted"
    advance_until(sandbox, lambda: task_state(api, outside), {"Success"})
    api.call("restart_task", "POST", f"/tasks/{UNKNOWN}/restart", expect=404)


# ====================================================================== completeness


def test_every_operation_of_the_spec_is_covered(spec: SpecValidator) -> None:
    declared: set[str] = set()
    for value in list(globals().values()):
        declared |= set(getattr(value, "__covers__", frozenset()))
    assert len(spec.operation_ids) == 82
    assert declared - spec.operation_ids == set(), "tests declare operations the spec does not have"
    assert spec.operation_ids - declared == set(), "operations of the spec without a contract test"
