"""scripts/generate.py: deterministic regeneration, a drift check that names what differs, and a failed
generation that leaves the committed tree alone. Runs the real generator on a small spec."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
SCRIPT = REPO_ROOT / "scripts" / "generate.py"


def small_spec() -> dict[str, Any]:
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "generate test", "version": "1"},
        "paths": {
            "/tasks/{taskId}": {
                "get": {
                    "operationId": "get_task_information",
                    "tags": ["tasks"],
                    "parameters": [
                        {"name": "taskId", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "the task",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Task"}}
                            },
                        },
                        "404": {"description": "no such task", **error},
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "TaskState": {"type": "string", "enum": ["Submitted", "Success"]},
                "Task": {
                    "type": "object",
                    "required": ["uuid"],
                    "properties": {
                        "uuid": {"type": "string"},
                        "state": {
                            "title": "TaskStateValue",
                            "anyOf": [{"$ref": "#/components/schemas/TaskState"}, {"type": "string"}],
                        },
                        "creationDate": {"type": ["string", "null"], "format": "date-time"},
                    },
                },
                "ErrorBody": {"type": "object", "properties": {"message": {"type": ["string", "null"]}}},
            }
        },
    }


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(small_spec(), sort_keys=False), encoding="utf-8")
    config = tmp_path / "generator-config.yaml"
    # the project's config, so the test exercises the real post hooks
    config.write_text((REPO_ROOT / "generator-config.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return spec, config


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def tree(root: Path) -> list[str]:
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file())


def test_generation_is_deterministic_and_checkable(tmp_path: Path, inputs: tuple[Path, Path]) -> None:
    spec, config = inputs
    first, second = tmp_path / "one" / "qarnot_api", tmp_path / "two" / "qarnot_api"
    for out in (first, second):
        result = run("--out", out, "--spec", spec, "--config", config)
        assert result.returncode == 0, result.stderr
    files = tree(first)
    assert "api/tasks/get_task_information.py" in files
    assert "models/task.py" in files
    assert "py.typed" in files
    assert files == tree(second)
    _, mismatch, errors = filecmp.cmpfiles(first, second, files, shallow=False)
    assert (mismatch, errors) == ([], [])

    result = run("--check", first, "--spec", spec, "--config", config)
    assert result.returncode == 0, result.stderr
    assert "is up to date" in result.stdout


def test_check_names_every_difference(tmp_path: Path, inputs: tuple[Path, Path]) -> None:
    spec, config = inputs
    out = tmp_path / "qarnot_api"
    assert run("--out", out, "--spec", spec, "--config", config).returncode == 0
    with (out / "client.py").open("a", encoding="utf-8") as handle:
        handle.write("# edited by hand\n")
    (out / "models" / "stale.py").write_text("x = 1\n", encoding="utf-8")
    (out / "models" / "error_body.py").unlink()
    (out / "__pycache__").mkdir(exist_ok=True)
    (out / "__pycache__" / "client.cpython-311.pyc").write_bytes(b"\0")

    result = run("--check", out, "--spec", spec, "--config", config)
    assert result.returncode == 1
    report = result.stderr
    assert "1 changed, 1 missing, 1 extra file(s)" in report
    assert "missing (the spec now generates it): models/error_body.py" in report
    assert "extra (the spec no longer generates it): models/stale.py" in report
    assert "changed: client.py" in report
    assert "-# edited by hand" in report
    assert "__pycache__" not in report
    assert "make generate" in report

    # --out wipes the folder: the stale file and the edit are gone, the cache too
    assert run("--out", out, "--spec", spec, "--config", config).returncode == 0
    assert run("--check", out, "--spec", spec, "--config", config).returncode == 0
    assert not (out / "models" / "stale.py").exists()


def test_failed_generation_leaves_the_tree_alone(tmp_path: Path, inputs: tuple[Path, Path]) -> None:
    spec, config = inputs
    out = tmp_path / "qarnot_api"
    assert run("--out", out, "--spec", spec, "--config", config).returncode == 0
    before = {name: (out / name).read_bytes() for name in tree(out)}

    broken = small_spec()
    # a media type the generator cannot handle is a warning, and --fail-on-warning makes it an error
    broken["paths"]["/tasks/{taskId}"]["get"]["responses"]["200"]["content"] = {
        "application/x-unknown": {"schema": {"type": "object"}}
    }
    spec.write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
    result = run("--out", out, "--spec", spec, "--config", config)
    assert result.returncode == 2
    assert "openapi-python-client failed" in result.stderr
    assert {name: (out / name).read_bytes() for name in tree(out)} == before

    result = run("--out", out, "--spec", tmp_path / "missing.yaml", "--config", config)
    assert result.returncode == 2
    assert "spec not found" in result.stderr
