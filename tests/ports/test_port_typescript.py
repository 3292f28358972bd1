"""scripts/port_typescript.py: a spec whose inline union would take the TypeScript name of an enum is
refused with the schema names, and the same spec with a `title` on the union ports and compiles."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def port_typescript() -> ModuleType:
    name = "_spec_tooling_port_typescript"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "scripts" / "port_typescript.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def spec_with_state(state: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "port test", "version": "1"},
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
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "TaskState": {"type": "string", "enum": ["Submitted", "Success"]},
                "Task": {"type": "object", "properties": {"uuid": {"type": "string"}, "state": state}},
            }
        },
    }


OPEN_STATE = {"anyOf": [{"$ref": "#/components/schemas/TaskState"}, {"type": "string"}]}


def test_names(port_typescript: ModuleType) -> None:
    assert port_typescript.camelize("Task_state") == "TaskState"
    assert port_typescript.camelize("SSDHardwareConstraint") == "SSDHardwareConstraint"
    assert port_typescript.lower_camel("get_task_information") == "getTaskInformation"


def test_name_collision_is_refused_then_fixed_by_a_title(
    port_typescript: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(spec_with_state(OPEN_STATE)), encoding="utf-8")
    assert port_typescript.main(["--spec", str(spec), "--out", str(tmp_path / "ts")]) == 1
    error = capsys.readouterr().err
    assert "TypeScript model TaskState would stand for several schemas" in error
    assert "components/schemas/TaskState, inline schema Task_state" in error
    assert "enum components/schemas/TaskState did not come out as a TypeScript enum" in error

    spec.write_text(
        yaml.safe_dump(spec_with_state({"title": "TaskStateValue", **OPEN_STATE})), encoding="utf-8"
    )
    assert port_typescript.main(["--spec", str(spec), "--out", str(tmp_path / "ts")]) == 0
    assert "compiles with tsc --strict" in capsys.readouterr().out
    api = (tmp_path / "ts" / "src" / "apis" / "TasksApi.ts").read_text(encoding="utf-8")
    assert "async getTaskInformation(" in api
    assert (tmp_path / "ts" / "tsconfig.json").is_file()


def test_missing_operation_is_reported(port_typescript: ModuleType, tmp_path: Path) -> None:
    document = spec_with_state({"title": "TaskStateValue", **OPEN_STATE})
    src = tmp_path / "src"
    (src / "apis").mkdir(parents=True)
    (src / "apis" / "TasksApi.ts").write_text("export class TasksApi {}\n", encoding="utf-8")
    problems = port_typescript.check_operations(document, src)
    assert problems == [
        "operation missing from the TypeScript client: "
        "GET /tasks/{taskId} (get_task_information -> getTaskInformation)"
    ]
