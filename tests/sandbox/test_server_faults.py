"""Fault injection: queued faults for tests and seeded random shares; off by default."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from qarnot_facade.testing import FaultInjection, Sandbox

from .conftest import task_payload


def test_no_faults_by_default(sandbox: Sandbox, api: httpx.Client) -> None:
    assert not sandbox.faults.enabled
    assert all(api.get("/settings").status_code == 200 for _ in range(30))
    assert sandbox.faults.injected == []


def test_queued_503_for_the_next_requests(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.next(status=503, times=2)
    first, second, third = (api.get("/settings") for _ in range(3))
    assert [first.status_code, second.status_code, third.status_code] == [503, 503, 200]
    assert first.headers["content-type"].startswith("text/plain")
    assert first.text == "Service Unavailable"
    assert sandbox.faults.pending == 0
    assert [f.fault.status for f in sandbox.faults.injected] == [503, 503]


def test_queued_502(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.next(status=502)
    response = api.get("/settings")
    assert response.status_code == 502
    assert response.text == "Bad Gateway"


def test_queued_429_with_retry_after(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.next(status=429, retry_after=0.1)
    sandbox.faults.next(status=429)
    response = api.get("/settings")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "0.1"
    assert "message" in response.json()
    assert api.get("/settings").headers["retry-after"] == "1"
    assert api.get("/settings").status_code == 200


def test_dropped_connection_after_the_headers(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.next(drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/settings")
    assert api.get("/settings").status_code == 200


def test_dropping_an_answer_without_body(sandbox: Sandbox, api: httpx.Client) -> None:
    uuid = api.post("/tasks", json=task_payload("to delete")).json()["uuid"]
    sandbox.faults.next(drop=True, method="DELETE")
    with pytest.raises(httpx.RemoteProtocolError):
        api.delete(f"/tasks/{uuid}")
    # the delete was handled, only its answer was cut: the task is going away or already gone
    after = api.get(f"/tasks/{uuid}")
    assert after.status_code == 404 or after.json()["state"] == "PendingDelete"


def test_a_dropped_create_still_happened(sandbox: Sandbox, api: httpx.Client) -> None:
    """The request is handled, only its answer is cut: a blind retry would create a second task."""
    sandbox.faults.next(drop=True, method="POST", path=r"^/tasks$")
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/tasks", json=task_payload("dropped"))
    assert [t["name"] for t in api.get("/tasks").json()] == ["dropped"]


def test_slow_responses_are_answered_normally(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.next(delay=0.05)
    response = api.get("/settings")
    assert response.status_code == 200
    assert response.json() == {"storage": sandbox.storage_url}
    assert [f.fault.delay for f in sandbox.faults.injected] == [0.05]


def test_faults_restricted_to_a_method_and_path(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.next(status=503, method="POST", path=r"^/tasks$")
    assert api.get("/tasks").status_code == 200
    assert api.post("/tasks/paginate", json={}).status_code == 200
    assert api.post("/tasks", json=task_payload("t")).status_code == 503
    assert api.post("/tasks", json=task_payload("t")).status_code == 200


def test_faults_do_not_touch_the_storage(sandbox: Sandbox) -> None:
    sandbox.faults.configure(server_error=1.0)
    sandbox.storage.make_bucket("untouched")
    assert sandbox.storage.bucket_exists("untouched")
    sandbox.faults.clear()


def _statuses(factory: Callable[..., Sandbox], seed: int) -> list[int]:
    faults = FaultInjection(seed=seed, rate_limit=0.2, server_error=0.2, slow=0.1, slow_delay=0.001)
    sandbox = factory(faults=faults)
    with httpx.Client(base_url=sandbox.api_url, headers={"Authorization": sandbox.api_key}) as api:
        return [api.get("/settings").status_code for _ in range(40)]


def test_random_faults_are_seeded(qarnot_sandbox_factory: Callable[..., Sandbox]) -> None:
    first = _statuses(qarnot_sandbox_factory, 1234)
    again = _statuses(qarnot_sandbox_factory, 1234)
    assert first == again
    assert set(first) >= {200, 429}
    assert set(first) & {502, 503}
    assert set(first) <= {200, 429, 502, 503}


def test_random_drops(qarnot_sandbox_factory: Callable[..., Sandbox]) -> None:
    sandbox = qarnot_sandbox_factory(faults=FaultInjection(seed=5, drop=0.5))
    outcomes = []
    with httpx.Client(base_url=sandbox.api_url, headers={"Authorization": sandbox.api_key}) as api:
        for _ in range(20):
            try:
                outcomes.append(api.get("/settings").status_code)
            except httpx.RemoteProtocolError:
                outcomes.append(-1)
    assert -1 in outcomes and 200 in outcomes
    assert sum(1 for f in sandbox.faults.injected if f.fault.drop) == outcomes.count(-1)


def test_fault_configuration_is_checked() -> None:
    faults = FaultInjection()
    with pytest.raises(ValueError):
        faults.configure(rate_limit=1.5)
    with pytest.raises(ValueError):
        faults.configure(rate_limit=0.6, server_error=0.6)
    with pytest.raises(ValueError):
        faults.next()
    with pytest.raises(ValueError):
        faults.next(status=200)
    with pytest.raises(ValueError):
        faults.next(status=503, drop=True)
    with pytest.raises(ValueError):
        faults.next(status=503, times=0)


def test_clear_and_reset_remove_the_random_fault_filters(sandbox: Sandbox, api: httpx.Client) -> None:
    """A filter set by one test must not silently restrict the faults of the next one (issue 11.8)."""
    sandbox.faults.configure(server_error=1.0, method="POST", path=r"^/nowhere$")
    assert api.get("/settings").status_code == 200  # filtered out
    sandbox.faults.clear()
    assert (sandbox.faults.method, sandbox.faults.path) == (None, None)
    sandbox.faults.configure(server_error=1.0)
    assert api.get("/settings").status_code in (502, 503)
    sandbox.faults.configure(server_error=0.0, method="GET", path="settings")
    sandbox.reset()
    assert (sandbox.faults.method, sandbox.faults.path) == (None, None)


def test_configure_with_none_unsets_one_filter(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.configure(server_error=1.0, method="DELETE", path=r"^/tasks")
    sandbox.faults.configure(path=None)
    assert sandbox.faults.method == "DELETE" and sandbox.faults.path is None
    sandbox.faults.configure(method=None)
    assert api.get("/settings").status_code in (502, 503)


def test_a_late_answer_comes_after_the_server_acted(
    sandbox: Sandbox, api: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    """``late=True``: the create happens at once, the client times out before its answer, and the
    client's disconnect is not a sandbox failure."""
    sandbox.faults.next(delay=1.0, late=True, method="POST", path=r"^/tasks$")
    with pytest.raises(httpx.ReadTimeout):
        api.post("/tasks", json=task_payload("answered late"), timeout=0.3)
    assert [t["name"] for t in api.get("/tasks").json()] == ["answered late"]
    assert [f.fault.late for f in sandbox.faults.injected] == [True]
    sandbox.faults.next(delay=0.05, late=True)
    assert api.get("/settings").status_code == 200
    assert not [r for r in caplog.records if r.name.startswith("qarnot_facade.testing")]


def test_random_late_answers(qarnot_sandbox_factory: Callable[..., Sandbox]) -> None:
    sandbox = qarnot_sandbox_factory(faults=FaultInjection(seed=3, late=1.0, slow_delay=0.01))
    with httpx.Client(base_url=sandbox.api_url, headers={"Authorization": sandbox.api_key}) as api:
        assert api.get("/settings").status_code == 200
    assert [(f.fault.late, f.source) for f in sandbox.faults.injected] == [(True, "random")]


def test_a_client_leaving_during_a_slow_request_is_not_a_sandbox_failure(
    sandbox: Sandbox, api: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox.faults.next(delay=0.5, method="POST")
    with pytest.raises(httpx.ReadTimeout):
        api.post("/tasks", json=task_payload("never read"), timeout=0.1)
    time.sleep(0.6)  # the abandoned request is handled meanwhile
    assert api.get("/settings").status_code == 200
    assert not [r for r in caplog.records if "sandbox handler failed" in r.getMessage()]
