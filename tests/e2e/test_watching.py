"""Watching many tasks at once on the sandbox: wait_for_tasks, as_completed, pools and jobs, timeouts.

Every test runs on Client and on AsyncClient (the ``twins`` fixture). The request counts come from
``CountingTransport`` (httpx's real transport, counting what goes over the wire); the manual sandbox moves
one step per poll round (the client's injected sleep advances it), so the rounds are deterministic.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest

from qarnot_facade.errors import InvalidInputError, NotFoundError, WaitTimeoutError
from qarnot_facade.testing import Sandbox, ScriptedExecutor

from ..facade.twins import CountingTransport, Twins

HELLO = {
    "name": "hello",
    "profile": "docker-batch",
    "instanceCount": 1,
    "constants": [{"key": "DOCKER_CMD", "value": "echo Hello world"}],
}


class Rounds:
    """The client's sleep: records each delay and moves the manual sandbox one step (one poll round)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.sleeps: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.sandbox.advance()


@pytest.fixture
def manual(qarnot_sandbox_factory: Callable[..., Sandbox]) -> Sandbox:
    return qarnot_sandbox_factory(auto_advance=False, executor=ScriptedExecutor())


def submit(client: Any, count: int, prefix: str) -> list[str]:
    results = client.create_tasks([{**HELLO, "name": f"{prefix}-{i}"} for i in range(count)])
    assert results.all_ok
    return [uuid for uuid in results.uuids if uuid is not None]


def test_watching_200_tasks_costs_a_bounded_number_of_requests_per_round(
    manual: Sandbox, twins: Twins
) -> None:
    counter = CountingTransport()
    rounds = Rounds(manual)
    client = twins(manual.config, transport=counter, sleep=rounds)
    early = submit(client, 100, "early")
    manual.run_until_idle()  # these 100 are final before the watch starts
    late = submit(client, 100, "late")
    ids = late[:50] + early + late[50:]

    tasks = client.wait_for_tasks(ids, timeout=600)

    assert [str(t.uuid) for t in tasks] == ids  # the order of the ids
    assert all(t.state == "Success" for t in tasks)
    polls = counter.count("POST", "/tasks/summaries/paginate")
    reads = counter.count("POST", "/tasks/paginate")
    assert counter.count("GET", "/tasks/[^/]+") == 0  # never one GET per task
    watch_rounds = len(rounds.sleeps) + 1
    assert watch_rounds >= 3  # the late tasks took several rounds
    # summaries: round 1 lists 200 pending ids -> 2 requests, then the 100 late ones -> 1 request a round
    assert polls == 2 + (watch_rounds - 1) * math.ceil(100 / 100)
    # each task read in full once, 100 per request: the early ones in round 1, the late ones when final
    assert reads == 2
    print(f"{len(ids)} tasks watched in {watch_rounds} rounds with {polls} + {reads} requests")


def test_as_completed_yields_each_task_when_it_is_final(manual: Sandbox, twins: Twins) -> None:
    rounds = Rounds(manual)
    client = twins(manual.config, sleep=rounds)
    first = submit(client, 3, "first")
    manual.run_until_idle()
    second = submit(client, 2, "second")
    seen = []
    for task in client.as_completed(second + first, timeout=600):
        assert task.state == "Success"
        seen.append((str(task.uuid), len(rounds.sleeps)))
    # the three already final come in the first round, in the order of the answer; the others later
    assert {uuid for uuid, at in seen if at == 0} == set(first)
    assert {uuid for uuid, at in seen if at > 0} == set(second)
    assert len(seen) == 5


def test_shortnames_and_duplicates(manual: Sandbox, twins: Twins) -> None:
    client = twins(manual.config, sleep=Rounds(manual))
    named = client.create_task({**HELLO, "shortname": "frame-1"}).uuid
    other = client.create_task(HELLO).uuid
    tasks = client.wait_for_tasks(["frame-1", other, named], timeout=600)
    assert [str(t.uuid) for t in tasks] == [named, other, named]


def test_the_timeout_names_the_tasks_still_running_and_leaves_them_running(
    manual: Sandbox, twins: Twins
) -> None:
    client = twins(manual.config, sleep=lambda seconds: None)  # the sandbox does not move: nothing ends
    ids = submit(client, 3, "stuck")
    with pytest.raises(WaitTimeoutError) as info:
        client.wait_for_tasks(ids, timeout=0.2, poll_interval=0.05)
    assert info.value.task_ids == tuple(ids)
    assert "3 of 3 tasks did not finish" in str(info.value)
    assert "client.abort_task(task_id)" in str(info.value)
    assert len(info.value.last) == 3
    assert all(client.get_task_information(uuid).state != "Cancelled" for uuid in ids)
    for uuid in info.value.task_ids:
        client.abort_task(uuid)


def test_a_deleted_task_is_not_found(manual: Sandbox, twins: Twins) -> None:
    client = twins(manual.config, sleep=Rounds(manual))
    kept, gone = submit(client, 2, "x")
    client.delete_task(gone)
    manual.run_until_idle()
    with pytest.raises(NotFoundError):
        client.wait_for_tasks([kept, gone], timeout=600)


def test_bad_ids_are_refused_before_sending(manual: Sandbox, twins: Twins) -> None:
    counter = CountingTransport()
    client = twins(manual.config, transport=counter)
    for bad in ("one-id-not-a-list", [], [""], [" x"], 5, None, {"id": 1}, [None]):
        with pytest.raises(InvalidInputError):
            client.wait_for_tasks(bad)
        with pytest.raises(InvalidInputError):
            client.as_completed(bad)
    assert not counter.counts


def test_pools_and_jobs_many_at_once(manual: Sandbox, twins: Twins) -> None:
    counter = CountingTransport()
    client = twins(manual.config, transport=counter, sleep=Rounds(manual))
    pools = [client.create_pool({"name": f"p{i}", "profile": "docker-batch"}).uuid for i in range(3)]
    running = client.wait_for_pools(pools, timeout=600)
    assert [str(p.uuid) for p in running] == pools
    assert all(p.state == "FullyExecuting" for p in running)
    for pool in pools:
        client.close_pool(pool)
    assert all(p.state == "Closed" for p in client.wait_for_pools(pools, until="closed", timeout=600))
    jobs = [client.create_job({"name": f"j{i}"}).uuid for i in range(3)]
    for job in jobs:
        client.terminate_job(job)
    assert all(j.state == "Completed" for j in client.wait_for_jobs(jobs, timeout=600))
    assert counter.count("GET", "/(pools|jobs)/[^/]+") == 0
    assert counter.count("POST", "/pools/summaries/paginate") >= 2
