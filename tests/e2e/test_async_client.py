"""What only AsyncClient shows, on the sandbox: cancellation, native async iteration, the event loop kept
free during bucket transfers, and hundreds of concurrent run_task calls on one connection pool (plus the
sync Client shared by many threads)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from qarnot_facade import AsyncClient, Client
from qarnot_facade.storage import task_buckets
from qarnot_facade.testing import Sandbox, ScriptedExecutor

HELLO = {
    "name": "hello",
    "profile": "docker-batch",
    "instanceCount": 1,
    "constants": [{"key": "DOCKER_CMD", "value": "echo Hello world"}],
}
RUNNING = ("FullyExecuting", "PartiallyExecuting", "FullyDispatched", "PartiallyDispatched", "Submitted")


def pool_of(client: Any) -> Any:
    """The httpcore connection pool under the client's httpx transport."""
    return client._shared.http._transport._inner._pool


def test_cancelling_a_wait_stops_the_wait_and_leaves_the_task_running(qarnot_sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with AsyncClient(qarnot_sandbox.config) as client:
            uuid = (
                await client.create_task({**HELLO, "constants": [{"key": "DOCKER_CMD", "value": "sleep 30"}]})
            ).uuid
            waiter = asyncio.create_task(client.wait_for_task(uuid, timeout=60))
            while (await client.get_task_information(uuid)).state != "FullyExecuting":
                await asyncio.sleep(0.05)
            waiter.cancel()
            with pytest.raises(asyncio.CancelledError) as info:
                await waiter
            assert any("keep running" in note for note in getattr(info.value, "__notes__", []))
            assert (await client.get_task_information(uuid)).state in RUNNING  # not aborted
            watcher = asyncio.create_task(client.wait_for_tasks([uuid], timeout=60))
            await asyncio.sleep(0.2)
            watcher.cancel()
            with pytest.raises(asyncio.CancelledError):
                await watcher
            assert (await client.get_task_information(uuid)).state in RUNNING
            await client.abort_task(uuid)

    asyncio.run(scenario())


def test_native_async_iteration(qarnot_sandbox_factory: Callable[..., Sandbox]) -> None:
    sandbox = qarnot_sandbox_factory(executor=ScriptedExecutor())

    async def scenario() -> None:
        async with AsyncClient(sandbox.config) as client:
            created = await client.create_tasks([{**HELLO, "name": f"t{i}"} for i in range(5)])
            ids = [u for u in created.uuids if u]
            listed = [str(t.uuid) async for t in client.iter_tasks(page_size=2)]
            assert sorted(listed) == sorted(ids)
            done = [str(t.uuid) async for t in client.as_completed(ids, timeout=60)]
            assert sorted(done) == sorted(ids)
            constraints = [c async for c in client.iter_hardware_constraints(page_size=4)]
            assert len(constraints) == (await client.list_hardware_constraints()).total

    asyncio.run(scenario())


def test_bucket_methods_run_in_worker_threads_and_leave_the_loop_free(qarnot_sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with AsyncClient(qarnot_sandbox.config) as client:
            await client.create_bucket("async-buckets")
            loop_was_free = threading.Event()
            threads: set[str] = set()

            def progress(_update: Any) -> None:
                threads.add(threading.current_thread().name)
                # blocks the transfer until a coroutine on the event loop has run: if the transfer ran on
                # the loop's thread, that coroutine could never run and this would time out
                assert loop_was_free.wait(timeout=30), "the event loop was blocked by the bucket method"

            async def on_the_loop() -> None:
                await asyncio.sleep(0)
                loop_was_free.set()

            upload = asyncio.create_task(
                client.upload_object("async-buckets", "data.bin", b"x" * 100_000, progress=progress)
            )
            await on_the_loop()
            info = await upload
            assert info.size == 100_000
            assert threading.main_thread().name not in threads
            keys = [o.key async for o in client.list_objects("async-buckets")]
            assert keys == ["data.bin"]
            assert await client.object_exists("async-buckets", "data.bin")
            await client.delete_bucket("async-buckets", force=True)
            assert not await client.bucket_exists("async-buckets")

    asyncio.run(scenario())


def test_hundreds_of_concurrent_run_task_share_one_bounded_pool(
    qarnot_sandbox_factory: Callable[..., Sandbox],
) -> None:
    sandbox = qarnot_sandbox_factory(executor=ScriptedExecutor())

    async def scenario() -> None:
        async with AsyncClient(sandbox.config, max_connections=4) as client:
            view = client.with_options(timeout=30)
            runs = [
                (client if i % 2 else view).run_task({**HELLO, "name": f"r{i}"}, timeout=120)
                for i in range(200)
            ]
            results = await asyncio.gather(*runs)
            assert all(r.succeeded for r in results)
            assert len({r.uuid for r in results}) == 200
            pool = pool_of(client)
            assert pool is pool_of(view)  # views share the pool
            assert pool._max_connections == 4
            assert 1 <= len(pool.connections) <= 4

    asyncio.run(scenario())


def test_a_sync_client_shared_by_many_threads(qarnot_sandbox_factory: Callable[..., Sandbox]) -> None:
    sandbox = qarnot_sandbox_factory(executor=ScriptedExecutor())
    with Client(sandbox.config, max_connections=4) as client:
        with ThreadPoolExecutor(max_workers=16) as threads:
            results = list(
                threads.map(lambda i: client.run_task({**HELLO, "name": f"s{i}"}, timeout=120), range(64))
            )
        assert all(r.succeeded for r in results)
        assert len({r.uuid for r in results}) == 64
        assert client._shared.http._transport._inner.open_connections <= 4  # type: ignore[attr-defined]
        with ThreadPoolExecutor(max_workers=8) as threads:
            waited = list(threads.map(lambda r: client.wait_for_tasks([r.uuid])[0], results))
        assert [str(t.uuid) for t in waited] == [r.uuid for r in results]


def test_download_task_results_reads_the_task_through_the_event_loop(
    qarnot_sandbox: Sandbox, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with AsyncClient(qarnot_sandbox.config) as client:
            await client.create_bucket("async-results")
            command = {"key": "DOCKER_CMD", "value": "echo frame > frame.txt"}
            payload = {**HELLO, "constants": [command], **task_buckets(results="async-results", as_json=True)}
            result = await client.run_task(payload, timeout=120)
            assert result.succeeded
            # the worker thread asks the event loop for the task (get_task_information), then downloads
            report = await client.download_task_results(result.uuid, tmp_path / "out")
            assert [action.key for action in report.downloaded] == ["frame.txt"]
            assert (tmp_path / "out" / "frame.txt").read_text() == "frame\n"

    asyncio.run(scenario())
