"""The Sandbox object itself: lifecycle, clean shutdown, reset, configuration; the executors on their own."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable

import httpx
import pytest

from qarnot_facade.testing import (
    InstanceRun,
    LocalExecutor,
    Sandbox,
    ScriptedExecutor,
    ScriptedOutcome,
)

from .conftest import create_task, task_payload


def _port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def test_stop_leaves_no_thread_and_no_port_behind() -> None:
    before = set(threading.enumerate())
    sandbox = Sandbox()
    with sandbox:
        api_port = int(sandbox.api_url.rsplit(":", 1)[1])
        storage_port = int(sandbox.storage_url.rsplit(":", 1)[1])
        with httpx.Client(base_url=sandbox.api_url, headers={"Authorization": sandbox.api_key}) as api:
            uuid = create_task(api, task_payload("t", "echo hi"))
            sandbox.run_until_idle()
            assert api.get(f"/tasks/{uuid}").json()["state"] == "Success"
    started = set(threading.enumerate()) - before
    for thread in started:  # daemon threads of other fixtures may be finishing: give them a moment
        thread.join(timeout=2)
    leftovers = [t.name for t in started if t.is_alive()]
    assert leftovers == []
    assert _port_is_free(api_port) and _port_is_free(storage_port)
    with pytest.raises(RuntimeError):
        _ = sandbox.api_url


def test_each_sandbox_has_its_own_buckets(sandbox: Sandbox) -> None:
    sandbox.storage.make_bucket("only-in-the-shared-one")
    with Sandbox() as other:
        assert not other.storage.bucket_exists("only-in-the-shared-one")
        other.storage.make_bucket("only-in-the-other-one")
        other.reset()  # empties its own storage only
        assert not other.storage.bucket_exists("only-in-the-other-one")
    assert sandbox.storage.bucket_exists("only-in-the-shared-one")
    assert not sandbox.storage.bucket_exists("only-in-the-other-one")


def test_a_storage_port_in_use_is_a_clear_error_not_a_hang() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        sandbox = Sandbox(storage_port=port)
        with pytest.raises(RuntimeError, match=r"S3 server \(moto\) did not start"):
            sandbox.start()
        with pytest.raises(RuntimeError):
            _ = sandbox.api_url  # nothing was started


def test_the_s3_server_does_not_outlive_a_killed_parent() -> None:
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time\n"
            "from qarnot_facade.testing.s3 import S3Server\n"
            "s3 = S3Server(access_key='a', secret_key='b')\n"
            "s3.start()\n"
            "print(s3.port, flush=True)\n"
            "time.sleep(120)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    port = int(parent.stdout.readline())
    assert not _port_is_free(port)
    parent.kill()  # SIGKILL: no cleanup code runs in the parent
    parent.wait()
    parent.stdout.close()
    deadline = time.monotonic() + 15
    while not _port_is_free(port) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _port_is_free(port)


def test_requested_ports_are_used() -> None:
    with socket.socket() as a, socket.socket() as b:
        a.bind(("127.0.0.1", 0))
        b.bind(("127.0.0.1", 0))
        api_port, storage_port = a.getsockname()[1], b.getsockname()[1]
    with Sandbox(
        port=api_port, storage_port=storage_port, api_key="fixed", email="me@example.com"
    ) as sandbox:
        assert sandbox.api_url == f"http://127.0.0.1:{api_port}"
        assert sandbox.storage_url == f"http://127.0.0.1:{storage_port}"
        assert httpx.get(f"{sandbox.api_url}/info", headers={"Authorization": "fixed"}).json()["email"] == (
            "me@example.com"
        )


def test_config_points_at_the_sandbox(sandbox: Sandbox) -> None:
    config = sandbox.config
    assert (config.api_url, config.api_key, config.email, config.storage_url, config.version) == (
        sandbox.api_url,
        sandbox.api_key,
        sandbox.email,
        sandbox.storage_url,
        "v1",
    )


def test_client_is_a_facade_client_on_the_sandbox(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        assert client.get_settings().storage == sandbox.storage_url
        assert client.get_user_info().email == sandbox.email


def test_reset_forgets_everything(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.storage.make_bucket("kept-until-reset")
    create_task(api, task_payload("t"))
    api.put("/secrets-manager/data/k", json={"value": "v"})
    api.post("/jobs", json={"name": "j"})
    sandbox.faults.next(status=503, times=5)
    sandbox.reset()
    assert api.get("/tasks").json() == []
    assert api.get("/jobs").json() == []
    assert api.get("/secrets-manager/search/").json() == {"keys": []}
    assert not sandbox.storage.bucket_exists("kept-until-reset")
    assert sandbox.faults.pending == 0


def test_manual_controls_need_a_manual_sandbox(sandbox: Sandbox) -> None:
    with pytest.raises(RuntimeError):
        sandbox.advance()
    assert sandbox.run_until_idle() == 0


def test_run_until_idle_reports_what_is_stuck(
    qarnot_sandbox_factory: Callable[..., Sandbox],
) -> None:
    manual = qarnot_sandbox_factory(auto_advance=False, executor=ScriptedExecutor())
    with httpx.Client(base_url=manual.api_url, headers={"Authorization": manual.api_key}) as api:
        job = api.post("/jobs", json={"name": "j", "useDependencies": True}).json()["uuid"]
        blocker = create_task(api, task_payload("blocker", jobUuid=job))
        create_task(api, task_payload("waits", jobUuid=job, dependencies={"dependsOn": [blocker]}))
        manual.advance(2)
        with pytest.raises(RuntimeError, match="still busy"):
            manual.store.run_until_idle(max_steps=0)
        assert manual.run_until_idle() > 0


def test_swapping_the_executor(sandbox: Sandbox, api: httpx.Client) -> None:
    scripted = ScriptedExecutor(ScriptedOutcome(stdout="scripted\n"))
    sandbox.executor = scripted
    uuid = create_task(api, task_payload("swap", "echo real"))
    sandbox.run_until_idle()
    assert api.get(f"/tasks/{uuid}/stdout").text == "0> scripted\n"
    assert scripted.runs[0].command == "echo real"
    assert scripted.runs[0].constants["DOCKER_CMD"] == "echo real"


def _run(**kwargs: object) -> InstanceRun:
    out: list[str] = []
    err: list[str] = []
    defaults: dict[str, object] = {
        "kind": "task",
        "uuid": "u",
        "name": "n",
        "instance_id": 3,
        "command": None,
        "constants": {},
        "resources": {},
        "emit_stdout": out.append,
        "emit_stderr": err.append,
    }
    defaults.update(kwargs)
    run = InstanceRun(**defaults)  # type: ignore[arg-type]
    object.__setattr__(run, "details", {"out": out, "err": err})
    return run


def test_local_executor_runs_with_constants_and_instance_id() -> None:
    run = _run(
        command='echo "$A-$INSTANCE_ID"; echo err >&2; cat in/data.txt; echo made > made.txt',
        constants={"A": "alpha", "BAD=KEY": "skipped"},
        resources={"in/data.txt": b"resource\n"},
    )
    result = LocalExecutor().run(run)
    assert result.success and result.exit_code == 0
    assert "".join(run.details["out"]) == "alpha-3\nresource\n"
    assert "".join(run.details["err"]) == "err\n"
    assert result.files == {"made.txt": b"made\n"}


def test_local_executor_failure_time_limit_and_cancel() -> None:
    failed = LocalExecutor().run(_run(command="exit 7"))
    assert (failed.success, failed.exit_code) == (False, 7)
    assert failed.error and "7" in failed.error
    slow = LocalExecutor(time_limit=0.2).run(_run(command="sleep 20"))
    assert not slow.success and slow.error and "time limit" in slow.error
    cancelled_run = _run(command="sleep 20")
    timer = threading.Timer(0.1, cancelled_run.cancelled.set)
    timer.start()
    cancelled = LocalExecutor().run(cancelled_run)
    timer.join()
    assert not cancelled.success and cancelled.error == "The instance was cancelled"
    assert LocalExecutor().run(_run(command=None)).success
    with pytest.raises(ValueError):
        LocalExecutor(time_limit=0)


def test_scripted_executor_lookup_order() -> None:
    executor = ScriptedExecutor(
        ScriptedOutcome(stdout="default\n"), by_name={"named": ScriptedOutcome(success=False)}
    )
    executor.when(lambda run: run.instance_id == 3, ScriptedOutcome(files={"f": "x"}))
    assert not executor.run(_run(name="named")).success
    assert executor.run(_run(name="other")).files == {"f": b"x"}
    default_run = _run(name="other", instance_id=1)
    assert executor.run(default_run).success
    assert default_run.details["out"] == ["default\n"]
    assert ScriptedOutcome(success=False, exit_code=9).to_result().exit_code == 9
    assert [run.name for run in executor.runs] == ["named", "other", "other"]
