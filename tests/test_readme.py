"""The README is part of the product: its example runs as written and its endpoint table is true."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from qarnot_facade.testing import Sandbox

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


def _blocks_with_output() -> list[tuple[str, str]]:
    """(code, printed) for every python block the README follows with "prints" and a text block."""
    found = []
    for block in re.finditer(r"```python\n(.*?)```", README, flags=re.DOTALL):
        printed = re.match(r"\n\nprints\n\n```text\n(.*?)```", README[block.end() :], flags=re.DOTALL)
        if printed is not None:
            found.append((block.group(1), printed.group(1)))
    return found


def _section(title: str) -> str:
    match = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^#+ )", README, flags=re.M | re.DOTALL)
    assert match is not None, f"the README has no section {title!r}"
    return match.group(1)


def test_readme_blocks_with_output_print_what_the_readme_says() -> None:
    blocks = _blocks_with_output()
    assert any("sync_to_bucket" in code for code, _ in blocks), "the bucket block must show what it prints"
    assert any("except NotFoundError" in code for code, _ in blocks), "the errors block must show its output"
    for code, printed in blocks:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == printed, code


def test_readme_configuration_block_compiles() -> None:
    for block in _python_blocks():
        compile(block, "README.md", "exec")


def test_readme_endpoint_table_matches_the_spec_and_the_client() -> None:
    from qarnot_facade import Client

    rows = re.findall(r"^\| `(GET|PUT|POST|DELETE|PATCH) (\S+)` \| `(\w+)` \| (\S+) \|$", README, re.M)
    table = {(method, path): name for method, path, name, _ in rows}
    assert table == _spec_operations()
    assert len(table) == 82
    for name in table.values():
        assert callable(getattr(Client, name, None)), f"Client.{name} is missing"
    assert {status for *_, status in rows} == {"✅"}


def test_readme_commands_are_the_ci_commands() -> None:
    assert "make hello" in README and "make test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)


def test_readme_environment_block_runs_against_a_platform_given_by_the_environment() -> None:
    blocks = [block for block in _python_blocks() if "Client.from_env()" in block and "with " in block]
    assert len(blocks) == 1, "the README must hold exactly one runnable from_env block"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QARNOT_")}
    with Sandbox() as sandbox:
        env |= {
            "QARNOT_CLIENT_TOKEN": sandbox.api_key,
            "QARNOT_CLUSTER_URL": sandbox.api_url,
            "QARNOT_STORAGE_URL": sandbox.storage_url,
        }
        done = subprocess.run(
            [sys.executable, "-c", blocks[0]], capture_output=True, text=True, timeout=60, cwd=ROOT, env=env
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == sandbox.email + "\n"


def test_readme_pytest_block_passes_as_a_users_own_test_file(tmp_path: Path) -> None:
    blocks = [block for block in _python_blocks() if "def test_" in block and "qarnot_sandbox" in block]
    assert len(blocks) == 1, "the README must hold exactly one user test file"
    name = re.match(r"# (test_\w+\.py)\n", blocks[0])
    assert name is not None, "the user test file block must start with its file name"
    (tmp_path / name.group(1)).write_text(blocks[0], encoding="utf-8")
    # outside the repository: no conftest.py, the fixture comes from the installed plugin alone
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", name.group(1)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^1 passed", done.stdout, re.M), done.stdout


def _install_lines() -> list[str]:
    section = _section("Use it in your project")
    shell = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    return [line for block in shell for line in block.splitlines() if line.startswith("pip install")]


def readme_extras() -> set[str]:
    """The extras the README's install lines name (the packaging test installs exactly these)."""
    named: set[str] = set()
    for line in _install_lines():
        for group in re.findall(r"qarnot-facade\[([\w,]+)\]", line):
            named.update(group.split(","))
    return named


def test_readme_install_lines_name_every_user_extra_and_only_real_ones() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = set(project["optional-dependencies"]) - {"dev"}
    assert any(line.split()[2:3] == ["qarnot-facade"] for line in _install_lines()), "no plain install line"
    assert readme_extras() == declared
    for line in _install_lines():
        assert "#" in line, f"say what the extra brings: {line!r}"


# the official SDK's objects, by the variable names the migration table uses
_OFFICIAL = {
    "conn": ("qarnot.connection", "Connection"),
    "task": ("qarnot.task", "Task"),
    "pool": ("qarnot.pool", "Pool"),
    "bucket": ("qarnot.bucket", "Bucket"),
}


def _migration_rows() -> list[tuple[str, str]]:
    section = _section("Coming from the official SDK")
    rows = re.findall(r"^\| (`.*?) \| (`.*?) \|$", section, flags=re.M)
    assert len(rows) >= 15, "the migration table lost its rows"
    return rows


def test_readme_migration_table_names_real_calls_on_both_sides() -> None:
    import importlib

    import qarnot_facade
    from qarnot_facade import Client

    official_calls: list[str] = []
    for official, facade in _migration_rows():
        for var, attr in re.findall(r"\b(conn|task|pool|bucket)\.(\w+)", official):
            module, cls = _OFFICIAL[var]
            official_calls.append(f"{var}.{attr}")
            assert hasattr(getattr(importlib.import_module(module), cls), attr), f"qarnot has no {var}.{attr}"
        for attr in re.findall(r"\b(?:client|Client)\.(\w+)", facade):
            assert callable(getattr(Client, attr, None)), f"Client.{attr} does not exist"
        for name in re.findall(r"`(?:\*\*)?([A-Z]\w+|task_buckets|resource_bucket)\(", facade):
            assert name in qarnot_facade.__all__, f"{name} is not exported by qarnot_facade"
    for habit in ("task.run", "task.wait", "task.fresh_stdout", "bucket.sync_directory", "task.delete"):
        assert habit in official_calls, f"the migration table does not map {habit}()"
    assert "delete(purge_results=True)" in _section("Coming from the official SDK")


@pytest.mark.parametrize("needs", ["Python 3.11", "Node 20", "Java 17"])
def test_readme_says_what_using_and_developing_need(needs: str) -> None:
    using = _section("Use it in your project")
    developing = _section("Two commands")
    assert (needs in using) == (needs == "Python 3.11")
    assert needs in developing
