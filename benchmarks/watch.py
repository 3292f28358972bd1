"""Submit and watch many tasks on the sandbox: the facade (sync and async) next to the official SDK.

    python benchmarks/watch.py [--tasks 500] [--duration 0]

One sandbox (API server + S3 on 127.0.0.1, a scripted executor: each instance succeeds after
``--duration`` seconds, in the sandbox's worker threads), three ways to submit N tasks and wait until
every one is final, one after the other in the same run:

* facade ``Client``: ``create_tasks`` (one bulk ``POST /tasks``) then ``wait_for_tasks``;
* facade ``AsyncClient``: the same, awaited;
* the official SDK (``qarnot`` from PyPI, in the dev extra), its own way: ``conn.create_task(...)`` +
  ``task.submit()`` per task, then ``task.wait()`` per task (it polls ``GET /tasks/{uuid}`` every 10 s).

The requests are counted by the sandbox itself (every request reaches its fault-injection hook, which
this script counts and never faults); the wall time is measured from the first submission to the last
final state, after a warm-up run of each way. It prints the counts, the times and the ratios
(official / facade). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import re
import time
from collections.abc import Callable
from typing import Any

from qarnot_facade import AsyncClient, Client
from qarnot_facade.testing import FaultInjection, Sandbox, ScriptedExecutor, ScriptedOutcome

# a uuid in a path counts as one route: GET /tasks/{id}
_ID = re.compile(r"/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class CountingFaults(FaultInjection):
    """The sandbox's fault hook, seeing every request: counts them by method and route, injects nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: collections.Counter[str] = collections.Counter()

    def pick(self, method: str, path: str) -> Any:
        self.counts[f"{method} {_ID.sub('/{id}', path)}"] += 1
        return super().pick(method, path)

    def take(self) -> collections.Counter[str]:
        counts, self.counts = self.counts, collections.Counter()
        return counts


def payloads(count: int, run: str) -> list[dict[str, Any]]:
    return [{"name": f"{run}-{i}", "profile": "docker-batch", "instanceCount": 1} for i in range(count)]


def facade_sync(sandbox: Sandbox, count: int) -> None:
    with Client(sandbox.config) as client:
        submitted = client.create_tasks(payloads(count, "sync"))
        ids = [uuid for uuid in submitted.uuids if uuid is not None]
        tasks = client.wait_for_tasks(ids, timeout=3600)
    assert len(tasks) == count


def facade_async(sandbox: Sandbox, count: int) -> None:
    async def run() -> None:
        async with AsyncClient(sandbox.config) as client:
            submitted = await client.create_tasks(payloads(count, "async"))
            ids = [uuid for uuid in submitted.uuids if uuid is not None]
            tasks = await client.wait_for_tasks(ids, timeout=3600)
        assert len(tasks) == count

    asyncio.run(run())


def official_sdk(sandbox: Sandbox, count: int) -> None:
    import qarnot.connection

    conn = qarnot.connection.Connection(
        cluster_url=sandbox.api_url, client_token=sandbox.api_key, storage_url=sandbox.storage_url
    )
    tasks = []
    for payload in payloads(count, "official"):
        task = conn.create_task(payload["name"], payload["profile"], payload["instanceCount"])
        task.submit()
        tasks.append(task)
    for task in tasks:
        task.wait()
    assert all(task.state == "Success" for task in tasks)


WAYS: dict[str, Callable[[Sandbox, int], None]] = {
    "facade Client": facade_sync,
    "facade AsyncClient": facade_async,
    "official SDK": official_sdk,
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tasks", type=int, default=500, help="tasks per run (default 500)")
    parser.add_argument("--duration", type=float, default=0.0, help="seconds each task runs (default 0)")
    args = parser.parse_args()

    def outcome(_run: Any) -> ScriptedOutcome:
        time.sleep(args.duration)
        return ScriptedOutcome(stdout="done\n")

    # the sandbox account allows 200 tasks (the platform's default quota) and has no option for more yet:
    # this run raises that one constant so that the three ways can each keep their N tasks
    from qarnot_facade.testing.resources import tasks as sandbox_tasks

    sandbox_tasks.MAX_TASKS = max(sandbox_tasks.MAX_TASKS, args.tasks + 2)

    faults = CountingFaults()
    results: dict[str, tuple[int, float, collections.Counter[str]]] = {}
    with Sandbox(executor=ScriptedExecutor(default=outcome), faults=faults) as sandbox:
        for way in WAYS.values():  # warm-up: imports, first connections (not counted)
            way(sandbox, 2)
        for name, way in WAYS.items():
            sandbox.reset()
            faults.take()
            start = time.perf_counter()
            way(sandbox, args.tasks)
            elapsed = time.perf_counter() - start
            counts = faults.take()
            results[name] = (sum(counts.values()), elapsed, counts)

    print(f"submit and watch {args.tasks} tasks on the sandbox (each runs {args.duration:g} s)\n")
    print(f"{'':22} {'requests':>9} {'wall time':>10}   requests by route")
    for name, (total, elapsed, counts) in results.items():
        routes = ", ".join(f"{route} {n}" for route, n in counts.most_common(4))
        print(f"{name:22} {total:>9} {elapsed:>9.2f}s   {routes}")
    official_requests, official_time, _ = results["official SDK"]
    print()
    for name in ("facade Client", "facade AsyncClient"):
        total, elapsed, _ = results[name]
        print(
            f"official SDK / {name}: {official_requests / max(total, 1):.1f}x the requests, "
            f"{official_time / max(elapsed, 1e-9):.1f}x the wall time"
        )


if __name__ == "__main__":
    main()
