"""stdout / stderr of tasks and pools: GET gives the whole buffer, POST what came since the last POST."""

from __future__ import annotations

import httpx
import pytest

from qarnot_facade.testing import InstanceRun, Sandbox, ScriptedExecutor, ScriptedOutcome

from .conftest import create_task, task_payload


def _two_line_outcome(run: InstanceRun) -> ScriptedOutcome:
    instance = run.instance_id
    return ScriptedOutcome(stdout=f"line A{instance}\nline B{instance}\n", stderr=f"warn {instance}\n")


@pytest.fixture
def running_task(manual: Sandbox, manual_api: httpx.Client, scripted: ScriptedExecutor) -> str:
    scripted.set("talk", _two_line_outcome)
    uuid = create_task(manual_api, task_payload("talk", instanceCount=2))
    manual.advance(2)  # FullyExecuting, output written
    return uuid


def _emit(manual: Sandbox, uuid: str, instance: int, text: str, stream: str = "stdout") -> None:
    """Write more output as a still-running instance would."""
    task = manual.store.task(uuid)
    with manual.store.lock:
        (task.stdout if stream == "stdout" else task.stderr).write(instance, text)


def test_get_returns_everything_with_instance_prefixes(manual_api: httpx.Client, running_task: str) -> None:
    response = manual_api.get(f"/tasks/{running_task}/stdout")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == "0> line A0\n0> line B0\n1> line A1\n1> line B1\n"
    # GET does not consume
    assert manual_api.get(f"/tasks/{running_task}/stdout").text == response.text
    assert manual_api.get(f"/tasks/{running_task}/stderr").text == "0> warn 0\n1> warn 1\n"


def test_post_returns_only_what_is_new(manual: Sandbox, manual_api: httpx.Client, running_task: str) -> None:
    api = manual_api
    first = api.post(f"/tasks/{running_task}/stdout").text
    assert first == "0> line A0\n0> line B0\n1> line A1\n1> line B1\n"
    assert api.post(f"/tasks/{running_task}/stdout").text == ""
    _emit(manual, running_task, 1, "later\n")
    assert api.post(f"/tasks/{running_task}/stdout").text == "1> later\n"
    assert api.post(f"/tasks/{running_task}/stdout").text == ""
    assert api.get(f"/tasks/{running_task}/stdout").text.endswith("1> line B1\n1> later\n")


def test_per_instance_views_are_raw_with_their_own_cursors(
    manual: Sandbox, manual_api: httpx.Client, running_task: str
) -> None:
    api = manual_api
    assert api.get(f"/tasks/{running_task}/stdout/1").text == "line A1\nline B1\n"
    assert api.post(f"/tasks/{running_task}/stdout/1").text == "line A1\nline B1\n"
    assert api.post(f"/tasks/{running_task}/stdout/1").text == ""
    # the aggregate cursor is independent
    assert api.post(f"/tasks/{running_task}/stdout").text.count("\n") == 4
    _emit(manual, running_task, 0, "zero again\n")
    _emit(manual, running_task, 1, "one again\n")
    assert api.post(f"/tasks/{running_task}/stdout/1").text == "one again\n"
    assert api.post(f"/tasks/{running_task}/stdout/0").text == "line A0\nline B0\nzero again\n"
    assert api.post(f"/tasks/{running_task}/stdout").text == "0> zero again\n1> one again\n"
    assert api.get(f"/tasks/{running_task}/stderr/0").text == "warn 0\n"
    assert api.post(f"/tasks/{running_task}/stderr/0").text == "warn 0\n"
    assert api.post(f"/tasks/{running_task}/stderr").text == "0> warn 0\n1> warn 1\n"


def test_partial_lines_are_prefixed_once(
    manual: Sandbox, manual_api: httpx.Client, running_task: str
) -> None:
    manual_api.post(f"/tasks/{running_task}/stdout")
    _emit(manual, running_task, 1, "part")
    _emit(manual, running_task, 1, "ial\nnext\n")
    assert manual_api.post(f"/tasks/{running_task}/stdout").text == "1> partial\n1> next\n"


def test_unknown_instance_or_task_is_404(manual_api: httpx.Client, running_task: str) -> None:
    for method in ("GET", "POST"):
        for stream in ("stdout", "stderr"):
            response = manual_api.request(method, f"/tasks/{running_task}/{stream}/7")
            assert response.status_code == 404
            assert response.json() == {"message": "No such instance: 7"}
            assert manual_api.request(method, f"/tasks/{running_task}/{stream}/x").status_code == 404
            assert manual_api.request(method, f"/tasks/nope/{stream}").status_code == 404


def test_json_string_when_json_is_asked_for(manual_api: httpx.Client, running_task: str) -> None:
    response = manual_api.get(f"/tasks/{running_task}/stdout/0", headers={"Accept": "application/json"})
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == "line A0\nline B0\n"


def test_pool_output_comes_from_the_preparation_task(sandbox: Sandbox, api: httpx.Client) -> None:
    created = api.post(
        "/pools",
        json={
            "name": "prep",
            "profile": "docker-batch",
            "instanceCount": 2,
            "preparationTask": {"commandLine": 'echo "ready $INSTANCE_ID"; echo "careful" >&2'},
        },
    )
    assert created.status_code == 200, created.text
    uuid = created.json()["uuid"]
    sandbox.run_until_idle()
    assert api.get(f"/pools/{uuid}").json()["state"] == "FullyExecuting"
    assert api.get(f"/pools/{uuid}/stdout").text == "0> ready 0\n1> ready 1\n"
    assert api.post(f"/pools/{uuid}/stdout").text == "0> ready 0\n1> ready 1\n"
    assert api.post(f"/pools/{uuid}/stdout").text == ""
    assert api.get(f"/pools/{uuid}/stdout/1").text == "ready 1\n"
    assert api.post(f"/pools/{uuid}/stdout/1").text == "ready 1\n"
    assert api.post(f"/pools/{uuid}/stdout/1").text == ""
    assert api.get(f"/pools/{uuid}/stderr").text == "0> careful\n1> careful\n"
    assert api.post(f"/pools/{uuid}/stderr/0").text == "careful\n"
    assert api.post(f"/pools/{uuid}/stderr").text == "0> careful\n1> careful\n"
    assert api.get(f"/pools/{uuid}/stderr/0").text == "careful\n"
    assert api.get(f"/pools/{uuid}/stdout/5").status_code == 404
    assert api.post(f"/pools/{uuid}/stderr/5").status_code == 404
    assert api.get("/pools/nope/stdout").status_code == 404
