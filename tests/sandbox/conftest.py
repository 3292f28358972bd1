"""Fixtures of the sandbox server tests: raw HTTP clients that check every answer against the spec."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from qarnot_facade.testing import Sandbox, ScriptedExecutor
from qarnot_facade.testing.validation import SpecValidator

FINAL_STATES = {"Success", "Failure", "Cancelled"}


@pytest.fixture(scope="session")
def spec_validator() -> SpecValidator:
    return SpecValidator()


def _operation_of(validator: SpecValidator, method: str, path: str) -> str | None:
    matched = validator.match(method, path)
    if matched is None and path.startswith("/v1/") and not path.startswith("/v1/network/"):
        matched = validator.match(method, path[3:])
    return matched.operation_id if matched is not None else None


def make_api(sandbox: Sandbox, validator: SpecValidator, *, token: str | None = None) -> httpx.Client:
    """An httpx client on the sandbox API whose every response must match the spec."""

    def check(response: httpx.Response) -> None:
        response.read()
        request = response.request
        operation = _operation_of(validator, request.method, request.url.path)
        if operation is None or response.status_code == 405:
            return
        if response.status_code == 404 and response.json().get("message", "").startswith("No such route"):
            return  # the server routes stricter than the spec matcher (mounts only where documented)
        problems = validator.validate_response(
            operation, response.status_code, response.headers.get("content-type"), response.content
        )
        assert not problems, problems

    return httpx.Client(
        base_url=sandbox.api_url,
        headers={"Authorization": sandbox.api_key if token is None else token},
        timeout=httpx.Timeout(30.0),
        event_hooks={"response": [check]},
    )


@pytest.fixture
def sandbox(qarnot_sandbox: Sandbox) -> Sandbox:
    """The shared automatic sandbox (reset) with the real LocalExecutor."""
    return qarnot_sandbox


@pytest.fixture
def api(sandbox: Sandbox, spec_validator: SpecValidator) -> Iterator[httpx.Client]:
    with make_api(sandbox, spec_validator) as client:
        yield client


@pytest.fixture
def scripted() -> ScriptedExecutor:
    return ScriptedExecutor()


@pytest.fixture
def manual(qarnot_sandbox_factory: Callable[..., Sandbox], scripted: ScriptedExecutor) -> Sandbox:
    """A manual-mode sandbox (nothing moves until advance()) running the ``scripted`` executor."""
    return qarnot_sandbox_factory(auto_advance=False, executor=scripted)


@pytest.fixture
def manual_api(manual: Sandbox, spec_validator: SpecValidator) -> Iterator[httpx.Client]:
    with make_api(manual, spec_validator) as client:
        yield client


def task_payload(name: str = "task", command: str | None = None, **extra: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {"name": name, "profile": "docker-batch", "instanceCount": 1}
    if command is not None:
        payload["constants"] = [{"key": "DOCKER_CMD", "value": command}]
    payload.update(extra)
    if "advancedRanges" in extra:
        payload.pop("instanceCount")
    return payload


def create_task(api: httpx.Client, payload: dict[str, Any]) -> str:
    response = api.post("/tasks", json=payload)
    assert response.status_code == 200, response.text
    return str(response.json()["uuid"])


def state_of(api: httpx.Client, uuid: str) -> str:
    return str(api.get(f"/tasks/{uuid}").json()["state"])


def wait_for_task(
    api: httpx.Client, uuid: str, states: set[str] = FINAL_STATES, limit: float = 30.0
) -> dict[str, Any]:
    """Poll (every few ms) until the task reaches one of ``states``; the task."""
    deadline = time.monotonic() + limit
    while True:
        task: dict[str, Any] = api.get(f"/tasks/{uuid}").json()
        if task["state"] in states:
            return task
        assert time.monotonic() < deadline, f"task {uuid} still {task['state']}"
        time.sleep(0.005)


def wait_for(predicate: Callable[[], bool], limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.005)
