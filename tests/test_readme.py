"""The README is part of the product: its example runs as written and its endpoint table is true."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
HTTP_METHODS = {"get", "put", "post", "delete", "patch"}


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)


def _spec_operations() -> dict[tuple[str, str], str]:
    spec = yaml.safe_load((ROOT / "openapi" / "qarnot.yaml").read_text(encoding="utf-8"))
    return {
        (method.upper(), path): op["operationId"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def test_readme_hello_world_runs_as_written_against_the_sandbox() -> None:
    blocks = [block for block in _python_blocks() if "Sandbox()" in block and "run_task" in block]
    assert len(blocks) == 1, "the README must hold exactly one sandbox hello-world block"
    done = subprocess.run(
        [sys.executable, "-c", blocks[0]], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Success"
    assert "Hello world" in done.stdout


def test_readme_bucket_block_prints_what_the_readme_says() -> None:
    blocks = [block for block in _python_blocks() if "sync_to_bucket" in block]
    assert len(blocks) == 1, "the README must hold exactly one bucket block"
    printed = re.search(
        r"```python\n" + re.escape(blocks[0]) + r"```\n\nprints\n\n```text\n(.*?)```", README, re.DOTALL
    )
    assert printed is not None, "the bucket block must be followed by what it prints"
    done = subprocess.run(
        [sys.executable, "-c", blocks[0]], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == printed.group(1)


def test_readme_configuration_block_compiles() -> None:
    for block in _python_blocks():
        compile(block, "README.md", "exec")


def test_readme_endpoint_table_matches_the_spec_and_the_client() -> None:
    from qarnot_facade import Client

    rows = re.findall(r"^\| `(GET|PUT|POST|DELETE|PATCH) (\S+)` \| `(\w+)` \| (\S+) \|$", README, re.M)
    table = {(method, path): name for method, path, name, _ in rows}
    assert table == _spec_operations()
    assert len(table) == 77
    for name in table.values():
        assert callable(getattr(Client, name, None)), f"Client.{name} is missing"
    assert {status for *_, status in rows} == {"✅"}


def test_readme_commands_are_the_ci_commands() -> None:
    assert "make hello" in README and "make test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)
