"""The unmodified official Python SDK (``qarnot``, a dev dependency) runs on the sandbox: every body it
sends is accepted and every answer it reads has what it reads (issue 12, point 2).

Each step goes through the SDK's own public API; the sandbox's answers are also checked against the spec
by the server-side pipeline (the same code as every other request).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from qarnot_facade.testing import Sandbox

qarnot = pytest.importorskip("qarnot")
from qarnot.connection import Connection  # noqa: E402
from qarnot.secrets import Secrets  # noqa: E402

FINAL = {"Success", "Failure", "Cancelled"}


def finish(task: qarnot.task.Task, limit: float = 60.0) -> str:
    """The task's final state, polled through the SDK (its own ``wait`` naps up to 10 s per round)."""
    deadline = time.monotonic() + limit
    while True:
        task.wait(timeout=0.05)
        if task.state in FINAL:
            return str(task.state)
        assert time.monotonic() < deadline, f"{task.name} still {task.state}"
        time.sleep(0.02)


@pytest.fixture
def connection(sandbox: Sandbox) -> Iterator[Connection]:
    conn = Connection(
        client_token=sandbox.api_key,
        cluster_url=sandbox.api_url,
        storage_url=sandbox.storage_url,
        retry_count=1,
        retry_wait=0.01,
    )
    yield conn
    for name in ("stdout", "stderr"):  # each Connection adds a handler to these global loggers
        for handler in list(logging.getLogger(name).handlers):
            logging.getLogger(name).removeHandler(handler)


def test_pools_jobs_with_dependencies_buckets_results_and_output(
    connection: Connection, tmp_path: Path
) -> None:
    source = tmp_path / "in.txt"
    source.write_text("hello from a bucket")
    inputs = connection.create_bucket("sdk-input")
    inputs.add_file(str(source), "in.txt")
    results = connection.create_bucket("sdk-output")
    assert sorted(b.uuid for b in connection.buckets()) == ["sdk-input", "sdk-output"]

    pool = connection.create_pool("sdk-pool", "docker-batch", 2)
    pool.submit()
    pool.update()
    assert pool.uuid and pool.state in {
        "Submitted",
        "PartiallyDispatched",
        "FullyDispatched",
        "FullyExecuting",
    }
    job = connection.create_job("sdk-job", pool, useDependencies=True)
    job.submit()
    first = connection.create_task("first", None, 1, job=job)
    first.constants["DOCKER_CMD"] = "sh -c 'cat in.txt > out.txt; echo done'"
    first.resources = [inputs]
    first.results = results
    first.submit()
    second = connection.create_task("second", None, 1, job=job)
    second.constants["DOCKER_CMD"] = "echo second"
    second.set_task_dependencies_from_tasks([first])
    second.submit()
    in_pool = connection.create_task("in-pool", pool, 1)
    in_pool.constants["DOCKER_CMD"] = "echo pooled"
    in_pool.submit()

    for task in (first, second, in_pool):
        assert finish(task) == "Success", (task.name, task.errors)
    assert "done" in first.stdout()
    assert "pooled" in in_pool.stdout()
    first.download_results(str(tmp_path / "results"))
    assert (tmp_path / "results" / "out.txt").read_text() == "hello from a bucket"

    assert connection.retrieve_task(first.uuid).name == "first"
    assert connection.retrieve_pool(pool.uuid).name == "sdk-pool"
    assert connection.retrieve_job(job.uuid).name == "sdk-job"
    assert {t.uuid for t in connection.all_tasks()} == {first.uuid, second.uuid, in_pool.uuid}
    assert [p.uuid for p in connection.all_pools()] == [pool.uuid]
    assert [j.uuid for j in connection.all_jobs()] == [job.uuid]
    assert [p.uuid for p in connection.all_pools(summary=False)] == [pool.uuid]
    assert first.carbon_facts() is not None
    assert first.credits() is not None
    assert pool.carbon_facts() is not None
    assert isinstance(pool.stdout(), str)

    job.terminate()
    pool.close()
    second.delete()
    job.delete()


def test_abort_snapshots_and_bulk_submission(connection: Connection) -> None:
    long = connection.create_task("long", "docker-batch", 1)
    long.constants["DOCKER_CMD"] = "sleep 30"
    long.submit()
    long.snapshot(5)
    snapshot = long.instant()
    assert snapshot
    assert long.snapshot_status(snapshot) is not None
    long.abort()
    assert finish(long) == "Cancelled"

    bulk = [connection.create_task(f"bulk-{i}", "docker-batch", 1) for i in range(3)]
    for task in bulk:
        task.constants["DOCKER_CMD"] = "true"
    connection.submit_tasks(bulk)
    assert all(task.uuid for task in bulk)
    assert [finish(task) for task in bulk] == ["Success"] * 3


def test_secrets_account_credits_and_quotas(connection: Connection, sandbox: Sandbox) -> None:
    secrets = Secrets(connection)
    assert secrets.create_secret("app/db/password", "v1") == "app/db/password"
    assert secrets.get_secret("app/db/password") == "v1"
    secrets.update_secret("app/db/password", "v2")
    assert secrets.get_secret("app/db/password") == "v2"
    assert secrets.list_secrets("app", True) == ["app/db/password"]
    secrets.delete_secret("app/db/password")
    assert secrets.list_secrets("app", True) == []

    assert connection.user_info.email == sandbox.email
    assert connection.credits() is not None
    assert connection.get_user_computing_quotas() is not None
    assert connection.get_organization_computing_quotas() is not None
    assert "docker-batch" in connection.profiles_names()
    assert list(connection.all_hardware_constraints())
