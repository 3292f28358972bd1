"""Every facade operation over real HTTP against the local sandbox (API server + moto S3).

One test walks through every one of the 77 operations (the set is checked against the spec), the
others cover what only a real server shows: retries and Retry-After over sockets, the no-resend rule
for creates, timeouts, pagination with the server's own tokens, and the bucket mixin wiring.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from qarnot_api import models as m

from qarnot_facade import Client, Field, tags_any
from qarnot_facade.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ClientClosedError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    ServerError,
    ValidationError,
)
from qarnot_facade.testing import Sandbox, ScriptedExecutor, ScriptedOutcome

from ..facade.twins import Twins

REPO = Path(__file__).resolve().parents[2]
HELLO = {
    "name": "hello",
    "profile": "docker-batch",
    "instanceCount": 1,
    "constants": [{"key": "DOCKER_CMD", "value": "echo Hello world"}],
}
SCALING = {
    "policies": [
        {
            "type": "Fixed",
            "name": "always",
            "enabledPeriods": [{"type": "Always", "name": "all"}],
            "slotsCount": 1,
        }
    ]
}


def spec_operation_ids() -> set[str]:
    spec = yaml.safe_load((REPO / "openapi" / "qarnot.yaml").read_text(encoding="utf-8"))
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }


class Recorder:
    """Wraps a client so the test can prove every operation was called."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.called: set[str] = set()

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.client, name)
        self.called.add(name)
        return method  # type: ignore[no-any-return]


@pytest.fixture
def manual(
    qarnot_sandbox_factory: Callable[..., Sandbox],
    twins: Twins,
) -> Iterator[tuple[Sandbox, Client]]:
    sandbox = qarnot_sandbox_factory(auto_advance=False, executor=ScriptedExecutor())
    with twins(sandbox.config) as client:
        yield sandbox, client


def running_task(sandbox: Sandbox, client: Client, **extra: Any) -> str:
    uuid = client.create_task({**HELLO, **extra}).uuid
    sandbox.advance(2)
    assert client.get_task_information(uuid).state == "FullyExecuting"
    return uuid


def test_every_operation_against_the_sandbox(manual: tuple[Sandbox, Client]) -> None:
    sandbox, real = manual
    c = Recorder(real)

    # account, catalog
    assert c.check_connection() is None
    assert "docker-batch" in c.list_profiles()
    assert isinstance(c.get_profile_details("docker-batch"), m.ProfileDetails)
    assert c.get_settings().storage == sandbox.storage_url
    assert c.get_user_info().email == sandbox.email
    assert c.get_versions()
    assert isinstance(c.get_user_computing_quotas(), m.UserComputingQuotas)
    assert isinstance(c.get_organization_computing_quotas(), m.OrganizationComputingQuotasWithUserDetails)
    assert isinstance(c.get_account_credits(), m.Credits)
    page = c.list_hardware_constraints(limit=5)
    assert isinstance(page, m.HardwareConstraintPage) and page.data
    assert isinstance(c.search_cpu_model_constraints("EPYC"), list)
    projects = c.get_user_info().projects
    if projects:
        assert isinstance(c.get_project_budgets(str(projects[0].uuid), active_only=True), m.BudgetList)
    else:
        with pytest.raises(NotFoundError):
            c.get_project_budgets("9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")

    # jobs
    job = c.create_job({"name": "job-1", "useDependencies": False}).uuid
    assert c.get_job_info(job).state == "Active"
    assert [j.uuid for j in c.list_jobs()] == [job]
    assert [j.uuid for j in c.paginate_jobs(page_size=10).data] == [job]
    assert [j.uuid for j in c.search_jobs(filter=Field("Name") == "job-1")] == [job]

    # pools
    pool = c.create_pool(
        {"name": "pool-1", "profile": "docker-batch", "instanceCount": 1, "tags": ["p"]}
    ).uuid
    sandbox.advance(2)
    assert c.get_pool_information(pool).state == "FullyExecuting"
    assert [p.uuid for p in c.list_pools()] == [pool]
    assert [p.uuid for p in c.list_pools_summaries()] == [pool]
    assert [p.uuid for p in c.search_pools(filter=tags_any(["p"]))] == [pool]
    assert [p.uuid for p in c.paginate_pools().data] == [pool]
    assert [p.uuid for p in c.paginate_pools_summaries().data] == [pool]
    c.update_pool(pool, {"tags": ["p", "q"]})
    assert c.get_pool_information(pool).tags == ["p", "q"]
    c.update_pool_resources(pool)
    c.check_pool_scaling(SCALING)
    c.update_pool_scaling(pool, SCALING)
    policies = c.get_pool_scaling(pool).policies or []
    assert [p.type_ for p in policies] == [p["type"] for p in SCALING["policies"]]
    pool_job = c.create_job({"name": "pool-job", "poolUuid": pool}).uuid
    assert [j.uuid for j in c.list_pool_jobs(pool)] == [pool_job]
    assert c.list_pool_tasks(pool) == []
    assert [j.uuid for j in c.list_jobs(tags=["none"])] == []
    assert isinstance(c.get_pool_stdout(pool), str)
    assert isinstance(c.get_last_pool_stdout(pool), str)
    assert isinstance(c.get_pool_instance_stdout(pool, 0), str)
    assert isinstance(c.get_last_pool_instance_stdout(pool, 0), str)
    assert isinstance(c.get_pool_stderr(pool), str)
    assert isinstance(c.get_last_pool_stderr(pool), str)
    assert isinstance(c.get_pool_instance_stderr(pool, 0), str)
    assert isinstance(c.get_last_pool_instance_stderr(pool, 0), str)
    assert isinstance(c.get_pool_carbon_facts(pool), m.CarbonFacts)
    assert isinstance(c.get_pool_credits(pool), m.Credits)
    clone = c.clone_pool(pool, {"name": "pool-2"}).uuid
    assert c.get_pool_information(clone).name == "pool-2"
    c.close_pool(clone)
    c.delete_pool(clone)

    # tasks
    sandbox.executor.set("hello", ScriptedOutcome(stdout="Hello world\n", stderr="warn\n"))  # type: ignore[attr-defined]
    task = running_task(sandbox, real, tags=["t"])
    assert [t.uuid for t in c.list_tasks(tags=["t"])] == [task]
    assert [t.uuid for t in c.list_tasks_summaries()] == [task]
    assert [t.uuid for t in c.search_tasks(filter=Field("State") == "FullyExecuting")] == [task]
    assert [t.uuid for t in c.paginate_tasks(filter=tags_any(["t"])).data] == [task]
    assert [t.uuid for t in c.paginate_tasks_summaries().data] == [task]
    c.update_task(task, {"constants": [{"key": "EXTRA", "value": "1"}], "tags": ["t", "u"]})
    assert c.get_task_information(task).tags == ["t", "u"]
    c.update_task_resources(task)
    snapshot = c.create_task_unique_snapshot(task, {"whitelist": ".*"})
    assert snapshot is not None and snapshot.id
    assert c.get_task_snapshot_status(task, str(snapshot.id)).id == snapshot.id
    c.create_task_periodic_snapshot(task, 30)
    forwards = c.get_task_port_forwarding(task)
    assert isinstance(forwards, m.TaskPortForwards)
    c.abort_task(task)
    state = c.get_task_information(task).state
    assert str(getattr(state, "value", state)) in ("PendingCancel", "Cancelled")
    sandbox.run_until_idle()
    assert c.get_task_information(task).state == "Cancelled"
    assert c.wait_for_task(task, timeout=5).state == "Cancelled"

    done = c.create_task({**HELLO, "jobUuid": job}).uuid
    sandbox.run_until_idle()
    assert c.get_task_information(done).state == "Success"
    assert [t.uuid for t in c.list_job_tasks(job)] == [done]
    assert "Hello world" in c.get_task_stdout(done)
    assert "Hello world" in c.get_task_instance_stdout(done, 0)
    assert isinstance(c.get_last_task_stdout(done), str)
    assert isinstance(c.get_last_task_instance_stdout(done, 0), str)
    assert "warn" in c.get_task_stderr(done)
    assert "warn" in c.get_task_instance_stderr(done, 0)
    assert isinstance(c.get_last_task_stderr(done), str)
    assert isinstance(c.get_last_task_instance_stderr(done, 0), str)
    assert isinstance(c.get_task_carbon_facts(done, comparison_datacenter="european_dc"), m.CarbonFacts)
    assert isinstance(c.get_task_credits(done), m.Credits)
    with pytest.deprecated_call():
        c.restart_task(done)
    sandbox.run_until_idle()
    assert c.get_task_information(done).state == "Success"
    sandbox.executor.set("failing", ScriptedOutcome(success=False, stderr="boom\n"))  # type: ignore[attr-defined]
    failed = c.create_task({**HELLO, "name": "failing"}).uuid
    sandbox.run_until_idle()
    assert c.get_task_information(failed).state == "Failure"
    news = [
        c.retry_task(failed, {"name": "retried"}).uuid,  # re-runs failed instances
        c.recover_task(task, {"name": "recovered"}).uuid,  # failed and cancelled instances
        c.resume_task(task, {"name": "resumed"}).uuid,  # cancelled instances
        c.clone_task(done, {"name": "cloned"}).uuid,  # a whole copy
    ]
    assert [c.get_task_information(n).name for n in news] == ["retried", "recovered", "resumed", "cloned"]
    for new in [*news, failed]:
        c.delete_task(new)
    c.delete_task(done)
    sandbox.run_until_idle()
    with pytest.raises(NotFoundError):
        c.get_task_information(done)

    c.terminate_job(job)
    c.delete_job(job, force=True)

    # secrets
    c.create_secret("folder/key", "v1")
    with pytest.raises(ConflictError):
        c.create_secret("folder/key", "again")
    assert c.get_secret("folder/key").value == "v1"
    c.update_secret("folder/key", "v2")
    assert c.get_secret("folder/key").value == "v2"
    assert c.search_secrets("folder").keys == ["key"]
    assert "folder/" in (c.search_secrets().keys or [])
    c.delete_secret("folder/key")
    with pytest.raises(NotFoundError):
        c.get_secret("folder/key")

    c.close_pool(pool)
    sandbox.run_until_idle()
    c.delete_pool(pool)

    assert c.called & spec_operation_ids() == spec_operation_ids()


def test_hello_world_run_task(qarnot_sandbox: Sandbox, twins: Twins) -> None:
    with twins(qarnot_sandbox.config) as client:
        result = client.run_task(HELLO, timeout=60, poll_interval=0.05)
    assert result.succeeded
    assert "Hello world" in result.stdout


def test_create_tasks_bulk(qarnot_sandbox: Sandbox, twins: Twins) -> None:
    with twins(qarnot_sandbox.config) as client:
        results = client.create_tasks([HELLO, {**HELLO, "name": "second"}])
        assert results.all_ok
        assert len({r.uuid for r in results}) == 2
        for uuid in results.uuids:
            assert uuid is not None
            assert client.wait_for_task(uuid, timeout=60, poll_interval=0.05).state == "Success"


def test_iterators_follow_the_server_tokens(manual: tuple[Sandbox, Client]) -> None:
    _sandbox, client = manual
    created = {
        client.create_task({**HELLO, "name": f"t{i}", "tags": ["even" if i % 2 else "odd"]}).uuid
        for i in range(7)
    }
    assert {t.uuid for t in client.iter_tasks(page_size=2)} == created
    assert {t.uuid for t in client.iter_tasks(page_size=3, summaries=True)} == created
    odd = {t.uuid for t in client.iter_tasks(filter=tags_any(["odd"]), page_size=1)}
    assert len(odd) == 4
    pools = {client.create_pool({"name": f"p{i}", "profile": "docker-batch"}).uuid for i in range(3)}
    assert {p.uuid for p in client.iter_pools(page_size=1)} == pools
    jobs = {client.create_job({"name": f"j{i}"}).uuid for i in range(3)}
    assert {j.uuid for j in client.iter_jobs(page_size=2)} == jobs
    assert (
        len(list(client.iter_hardware_constraints(page_size=3))) == client.list_hardware_constraints().total
    )


def test_errors_from_the_real_server(qarnot_sandbox: Sandbox, twins: Twins) -> None:
    with twins(qarnot_sandbox.config) as client:
        with pytest.raises(NotFoundError) as info:
            client.get_task_information("no-such-task")
        assert info.value.status_code == 404 and info.value.message
        with pytest.raises(ValidationError) as bad:
            client.create_task(
                {"name": "x", "instanceCount": 1, "profile": "docker-batch", "poolUuid": "nope"}
            )
        assert bad.value.status_code == 400
        with pytest.raises(ForbiddenError):
            done = client.run_task(HELLO, timeout=60, poll_interval=0.05)
            client.abort_task(done.uuid)
    intruder = twins(qarnot_sandbox.config.replace(api_key="wrong-token"))
    with intruder, pytest.raises(AuthenticationError):
        intruder.list_profiles()


def test_retries_over_real_http(qarnot_sandbox: Sandbox, twins: Twins) -> None:
    faults = qarnot_sandbox.faults
    sleeps: list[float] = []
    with twins(qarnot_sandbox.config, sleep=sleeps.append) as client:
        faults.next(status=503, times=2, method="GET", path="/profiles")
        assert client.list_profiles()
        assert len(sleeps) == 2
        faults.next(status=429, retry_after=0.25, method="POST", path="^/tasks$")
        uuid = client.create_task(HELLO).uuid
        assert sleeps[-1] == 0.25
        assert [t.uuid for t in client.list_tasks()] == [uuid]  # retried once, created once


def test_create_is_not_resent_after_a_5xx_or_a_dropped_connection(
    qarnot_sandbox: Sandbox, twins: Twins
) -> None:
    faults = qarnot_sandbox.faults
    with twins(qarnot_sandbox.config, sleep=lambda s: None) as client:
        faults.next(status=502, method="POST", path="^/tasks$")
        with pytest.raises(ServerError):
            client.create_task(HELLO)
        faults.next(drop=True, method="POST", path="^/tasks$")
        with pytest.raises(APIConnectionError):
            client.create_task(HELLO)
        posts = [f for f in faults.injected if f.method == "POST"]
        assert len(posts) == 2  # one attempt each: nothing was re-sent
        assert len(client.list_tasks()) <= 1


def test_read_timeout_is_typed(qarnot_sandbox: Sandbox, twins: Twins) -> None:
    with twins(qarnot_sandbox.config, max_retries=0) as client:
        qarnot_sandbox.faults.next(delay=0.5, method="GET", path="/settings")
        with pytest.raises(APITimeoutError):
            client.with_options(timeout=0.1).get_settings()


def test_bucket_methods_use_the_client_settings(qarnot_sandbox: Sandbox, twins: Twins) -> None:
    config = qarnot_sandbox.config.replace(storage_url=None, email=None)
    with twins(config) as client:
        client.create_bucket("facade-e2e")
        assert "facade-e2e" in [b.name for b in client.list_buckets()]
        client.delete_bucket("facade-e2e")


def test_wait_for_job_and_pool(qarnot_sandbox: Sandbox, twins: Twins) -> None:
    with twins(qarnot_sandbox.config) as client:
        job = client.create_job({"name": "waited"}).uuid
        client.run_task({**HELLO, "jobUuid": job}, timeout=60, poll_interval=0.05)
        client.terminate_job(job)
        assert client.wait_for_job(job, timeout=60, poll_interval=0.05).state == "Completed"
        pool = client.create_pool({"name": "waited", "profile": "docker-batch"}).uuid
        assert client.wait_for_pool(pool, timeout=60, poll_interval=0.05).state == "FullyExecuting"
        client.close_pool(pool)
        assert client.wait_for_pool(pool, until="closed", timeout=60, poll_interval=0.05).state == "Closed"


def test_views_share_one_storage_client(qarnot_sandbox: Sandbox, twins: Twins) -> None:
    from qarnot_facade.storage import _mixin

    assert _mixin._STATE == "_qf_storage_client"  # the attribute Client backs with its shared state
    client = twins(qarnot_sandbox.config)
    view = client.with_options(timeout=5)
    view.create_bucket("shared-view")
    shared = client._shared.storage_client
    assert shared is not None and view._shared.storage_client is shared
    assert "shared-view" in [b.name for b in client.list_buckets()]
    assert client._shared.storage_client is shared  # one S3 client for the client and its views
    client.close()
    assert client._shared.storage_client == _mixin._CLOSED  # released for the client and its views
    with pytest.raises(ClientClosedError):  # and never rebuilt
        view.list_buckets()
    assert view.closed
