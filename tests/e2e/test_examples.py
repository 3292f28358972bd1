"""Every script in examples/ runs (as a user would run it, in a subprocess) and prints what it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qarnot_facade.testing import Sandbox

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run(script: str, *args: str, env: dict[str, str] | None = None) -> str:
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_every_example_is_tested() -> None:
    scripts = {p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("_")}
    assert scripts == {
        "hello_world.py",
        "list_and_filter.py",
        "pool_lifecycle.py",
        "render_with_buckets.py",
        "secrets_manager.py",
    }


def test_hello_world_on_its_own_sandbox() -> None:
    out = run("hello_world.py")
    assert "ended in state Success" in out
    assert "Hello world" in out
    assert "result bucket hello-world-results:" in out
    assert "  hello.txt" in out.splitlines()


def test_hello_world_with_env_uses_the_environment(qarnot_sandbox: Sandbox) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QARNOT_")}
    env.update(
        {
            "QARNOT_CLIENT_TOKEN": qarnot_sandbox.api_key,
            "QARNOT_CLUSTER_URL": qarnot_sandbox.api_url,
            "QARNOT_STORAGE_URL": qarnot_sandbox.storage_url,
            "QARNOT_ACCOUNT_EMAIL": qarnot_sandbox.email,
        }
    )
    out = run("hello_world.py", "--env", env=env)
    assert "local sandbox" not in out
    assert "Hello world" in out
    with qarnot_sandbox.client() as client:
        assert [t.name for t in client.list_tasks()] == ["hello world"]


def test_hello_world_env_without_token_fails_clearly() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QARNOT_")}
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / "hello_world.py"), "--env"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert completed.returncode != 0
    assert "ConfigurationError" in completed.stderr
    assert "QARNOT_CLIENT_TOKEN" in completed.stderr


def test_list_and_filter() -> None:
    out = run("list_and_filter.py")
    assert "3 of 3 tasks submitted" in out
    even = out.split("tasks tagged filter-demo AND even:")[1].split("successful")[0]
    assert "filter-demo-0" in even and "filter-demo-2" in even and "filter-demo-1" not in even
    named = out.split("(summaries):")[1].split("search")[0]
    assert "filter-demo-1" in named and "filter-demo-2" in named and "filter-demo-0" not in named
    assert "first page: 1 task(s), more pages: True" in out
    assert "deleted 3 demo tasks" in out


def test_pool_lifecycle() -> None:
    out = run("pool_lifecycle.py")
    assert "is FullyExecuting" in out
    assert "task in pool: Success" in out
    assert "computed inside the pool" in out
    assert "pool is Closed" in out
    assert "pool deleted" in out


@pytest.mark.parametrize("script", ["secrets_manager.py"])
def test_secrets(script: str) -> None:
    out = run(script)
    assert "creating it twice is refused" in out
    assert "examples/db/password = s3cr3t" in out
    assert "after update = n3w" in out
    assert "keys under examples/: ['api-key', 'db/']" in out
    assert "deleted: 404" in out


def test_render_with_buckets() -> None:
    out = run("render_with_buckets.py").splitlines()
    assert "dry run: would upload 2, would delete 0 remote, skip 0 unchanged (34 bytes)" in out
    assert "  would upload shot-1/scene.txt (21 bytes)" in out  # autosave.tmp is excluded
    assert "sync again: upload 0, delete 0 remote, skip 2 unchanged (0 bytes)" in out
    assert any(line.endswith("ended in state Success") for line in out)
    assert "results: download 2, delete 0 local, skip 0 unchanged (47 bytes)" in out
    assert "  out/frame-0.txt: frame zero / texture: oak" in out
    assert "  out/frame-1.txt: frame one / texture: oak" in out
