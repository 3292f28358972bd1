"""scripts/spec_diff.py: breaking changes are flagged (exit 1), compatible ones pass (exit 0)."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]

Spec = dict[str, Any]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def base_spec() -> Spec:
    """A small spec in the project's style: open-ended enum, const-discriminated union, payload, page."""
    task_id = {"name": "taskId", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "diff test", "version": "1"},
        "paths": {
            "/tasks": {
                "get": {
                    "operationId": "list_tasks",
                    "parameters": [{"name": "tag", "in": "query", "schema": {"type": "string"}}],
                    "responses": {
                        "200": {"description": "ok", **_json({"type": "array", "items": _ref("Task")})},
                        "401": {"description": "bad key", **_json(_ref("ErrorBody"))},
                    },
                },
                "post": {
                    "operationId": "create_task",
                    "requestBody": {"required": True, **_json(_ref("CreateTaskPayload"))},
                    "responses": {"200": {"description": "ok", **_json(_ref("UuidResponse"))}},
                },
            },
            "/tasks/{taskId}": {
                "parameters": [task_id],
                "get": {
                    "operationId": "get_task_information",
                    "responses": {"200": {"description": "ok", **_json(_ref("Task"))}},
                },
                "delete": {"operationId": "delete_task", "responses": {"204": {"description": "gone"}}},
            },
        },
        "components": {
            "schemas": {
                "TaskState": {"type": "string", "enum": ["Submitted", "Success", "Failure"]},
                "Task": {
                    "type": "object",
                    "required": ["uuid", "state"],
                    "properties": {
                        "uuid": {"type": "string"},
                        "state": {"anyOf": [_ref("TaskState"), {"type": "string"}]},
                        "instanceCount": {"type": "integer"},
                        "creationDate": {"type": "string", "format": "date-time"},
                        "constraints": {"type": "array", "items": _ref("HardwareConstraint")},
                    },
                },
                "HardwareConstraint": {"oneOf": [_ref("MinimumCore"), _ref("NoGpu")]},
                "MinimumCore": {
                    "type": "object",
                    "required": ["discriminator", "coreCount"],
                    "properties": {
                        "discriminator": {"type": "string", "const": "MinimumCoreHardwareConstraint"},
                        "coreCount": {"type": "integer"},
                    },
                },
                "NoGpu": {
                    "type": "object",
                    "required": ["discriminator"],
                    "properties": {"discriminator": {"type": "string", "const": "NoGpuHardwareConstraint"}},
                },
                "CreateTaskPayload": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "profile": {"type": "string"},
                        "instanceCount": {"type": "integer", "minimum": 1},
                        "schedulingType": {"type": "string", "enum": ["Flex", "OnDemand", "Reserved"]},
                        "constraints": {"type": "array", "items": _ref("HardwareConstraint")},
                    },
                },
                "UuidResponse": {
                    "type": "object",
                    "required": ["uuid"],
                    "properties": {"uuid": {"type": "string"}},
                },
                "ErrorBody": {
                    "type": "object",
                    "properties": {
                        "message": {"type": "string"},
                        "extensions": {
                            "anyOf": [{"type": "object", "additionalProperties": True}, {"type": "null"}]
                        },
                    },
                },
            }
        },
    }


def schemas(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


# --- mutations -----------------------------------------------------------------------------------------


def remove_operation(spec: Spec) -> None:
    del spec["paths"]["/tasks/{taskId}"]["delete"]


def move_operation_path(spec: Spec) -> None:
    item = spec["paths"].pop("/tasks/{taskId}")
    item["parameters"][0]["name"] = "uuid"
    spec["paths"]["/v2/tasks/{uuid}"] = item


def change_method(spec: Spec) -> None:
    item = spec["paths"]["/tasks/{taskId}"]
    item["post"] = item.pop("delete")


def rename_operation_id(spec: Spec) -> None:
    spec["paths"]["/tasks"]["get"]["operationId"] = "get_all_tasks"


def remove_response_field(spec: Spec) -> None:
    del schemas(spec)["Task"]["properties"]["instanceCount"]


def retype_response_field(spec: Spec) -> None:
    schemas(spec)["Task"]["properties"]["instanceCount"] = {"type": "string"}


def response_field_nullable(spec: Spec) -> None:
    schemas(spec)["Task"]["properties"]["uuid"] = {"type": ["string", "null"]}


def response_field_no_longer_required(spec: Spec) -> None:
    schemas(spec)["Task"]["required"] = ["uuid"]


def drop_date_time_format(spec: Spec) -> None:
    del schemas(spec)["Task"]["properties"]["creationDate"]["format"]


def new_required_request_field(spec: Spec) -> None:
    payload = schemas(spec)["CreateTaskPayload"]
    payload["properties"]["shortname"] = {"type": "string"}
    payload["required"] = ["name", "shortname"]


def request_field_made_required(spec: Spec) -> None:
    schemas(spec)["CreateTaskPayload"]["required"] = ["name", "profile"]


def remove_request_field(spec: Spec) -> None:
    del schemas(spec)["CreateTaskPayload"]["properties"]["profile"]


def retype_request_field(spec: Spec) -> None:
    schemas(spec)["CreateTaskPayload"]["properties"]["instanceCount"] = {"type": "string"}


def narrow_enum(spec: Spec) -> None:
    schemas(spec)["CreateTaskPayload"]["properties"]["schedulingType"]["enum"] = ["Flex", "OnDemand"]


def narrow_component_enum(spec: Spec) -> None:
    schemas(spec)["TaskState"]["enum"] = ["Submitted", "Success"]


def tighten_request_bound(spec: Spec) -> None:
    schemas(spec)["CreateTaskPayload"]["properties"]["instanceCount"]["minimum"] = 2


def remove_parameter(spec: Spec) -> None:
    del spec["paths"]["/tasks"]["get"]["parameters"]


def new_required_parameter(spec: Spec) -> None:
    spec["paths"]["/tasks"]["get"]["parameters"].append(
        {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}}
    )


def parameter_made_required(spec: Spec) -> None:
    spec["paths"]["/tasks"]["get"]["parameters"][0]["required"] = True


def remove_request_body(spec: Spec) -> None:
    del spec["paths"]["/tasks"]["post"]["requestBody"]


def remove_success_response(spec: Spec) -> None:
    responses = spec["paths"]["/tasks/{taskId}"]["get"]["responses"]
    responses["201"] = responses.pop("200")


def new_response_union_variant(spec: Spec) -> None:
    schemas(spec)["Gpu"] = {
        "type": "object",
        "required": ["discriminator"],
        "properties": {"discriminator": {"type": "string", "const": "GpuHardwareConstraint"}},
    }
    schemas(spec)["HardwareConstraint"]["oneOf"].append(_ref("Gpu"))


def remove_schema_component(spec: Spec) -> None:
    schemas(spec)["ErrorBody2"] = schemas(spec).pop("ErrorBody")
    responses = spec["paths"]["/tasks"]["get"]["responses"]
    responses["401"] = {"description": "bad key", **_json(_ref("ErrorBody2"))}


def replace_union_variant(spec: Spec) -> None:
    schemas(spec)["Gpu"] = {
        "type": "object",
        "required": ["discriminator"],
        "properties": {"discriminator": {"type": "string", "const": "GpuHardwareConstraint"}},
    }
    schemas(spec)["HardwareConstraint"]["oneOf"] = [_ref("MinimumCore"), _ref("Gpu")]


BREAKING: list[tuple[Callable[[Spec], None], str]] = [
    (remove_operation, "operation delete_task removed"),
    (move_operation_path, "moved to GET /v2/tasks/{uuid}"),
    (change_method, "operation delete_task moved to POST /tasks/{taskId}"),
    (rename_operation_id, "operationId renamed from list_tasks to get_all_tasks"),
    (remove_response_field, "field removed"),
    (retype_response_field, "retyped: type integer -> string"),
    (response_field_nullable, "may now be null"),
    (response_field_no_longer_required, "response field no longer required"),
    (drop_date_time_format, "format date-time -> None"),
    (new_required_request_field, "new required request field"),
    (request_field_made_required, "request field is now required"),
    (remove_request_field, "field removed"),
    (retype_request_field, "retyped: type integer -> string"),
    (narrow_enum, 'enum narrowed: ["Reserved"] removed'),
    (narrow_component_enum, 'enum narrowed: ["Failure"] removed'),
    (tighten_request_bound, "minimum 1 -> 2"),
    (remove_parameter, "parameter removed"),
    (new_required_parameter, "new required parameter"),
    (parameter_made_required, "parameter is now required"),
    (remove_request_body, "request body removed"),
    (remove_success_response, "response removed"),
    (new_response_union_variant, "new union variant Gpu"),
    (remove_schema_component, "schema removed"),
    (replace_union_variant, "new union variant Gpu"),
]


def add_optional_request_field(spec: Spec) -> None:
    schemas(spec)["CreateTaskPayload"]["properties"]["labels"] = {
        "type": "object",
        "additionalProperties": {"type": "string"},
    }


def add_response_field(spec: Spec) -> None:
    schemas(spec)["Task"]["properties"]["progress"] = {"type": "number"}


def widen_enums(spec: Spec) -> None:
    schemas(spec)["TaskState"]["enum"].append("Cancelled")
    schemas(spec)["CreateTaskPayload"]["properties"]["schedulingType"]["enum"].append("flex")


def add_operation(spec: Spec) -> None:
    spec["paths"]["/tasks/{taskId}"]["put"] = {
        "operationId": "update_task",
        "requestBody": {"required": True, **_json(_ref("CreateTaskPayload"))},
        "responses": {"200": {"description": "ok"}},
    }


def add_optional_parameter(spec: Spec) -> None:
    spec["paths"]["/tasks"]["get"]["parameters"].append(
        {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    )


def widen_request_type(spec: Spec) -> None:
    schemas(spec)["CreateTaskPayload"]["properties"]["profile"] = {"type": ["string", "null"]}


def open_request_enum(spec: Spec) -> None:
    properties = schemas(spec)["CreateTaskPayload"]["properties"]
    properties["schedulingType"] = {
        "anyOf": [{"type": "string", "enum": ["Flex", "OnDemand"]}, {"type": "string"}]
    }


def add_error_response(spec: Spec) -> None:
    responses = spec["paths"]["/tasks/{taskId}"]["get"]["responses"]
    responses["404"] = {"description": "no such task", **_json(_ref("ErrorBody"))}


def describe_things(spec: Spec) -> None:
    spec["paths"]["/tasks"]["get"]["summary"] = "List the tasks"
    schemas(spec)["Task"]["description"] = "A task."


def name_inline_union_object(spec: Spec) -> None:
    schemas(spec)["Extensions"] = {"type": "object", "properties": {"traceId": {"type": "string"}}}
    schemas(spec)["ErrorBody"]["properties"]["extensions"] = {"anyOf": [_ref("Extensions"), {"type": "null"}]}


COMPATIBLE: list[tuple[Callable[[Spec], None], str]] = [
    (add_optional_request_field, "new field"),
    (add_response_field, "new field"),
    (widen_enums, "enum widened"),
    (add_operation, "new operation update_task"),
    (add_optional_parameter, "new optional parameter"),
    (widen_request_type, "type string -> null|string"),
    (open_request_enum, "now a union"),
    (add_error_response, "new response documented"),
    (name_inline_union_object, "union variant type:object is now Extensions"),
]


def run_diff(spec_diff: ModuleType, old: Spec, new: Spec) -> tuple[bool, list[Any]]:
    changes = spec_diff.diff_specs(old, new)
    return any(change.breaking for change in changes), changes


def test_identical_specs_have_no_changes(spec_diff: ModuleType) -> None:
    breaking, changes = run_diff(spec_diff, base_spec(), base_spec())
    assert not breaking
    assert changes == []


def test_descriptions_are_not_breaking(spec_diff: ModuleType) -> None:
    new = base_spec()
    describe_things(new)
    breaking, _ = run_diff(spec_diff, base_spec(), new)
    assert not breaking


@pytest.mark.parametrize(("mutate", "expected"), BREAKING, ids=[mutate.__name__ for mutate, _ in BREAKING])
def test_breaking_change_is_flagged(
    spec_diff: ModuleType, mutate: Callable[[Spec], None], expected: str
) -> None:
    new = base_spec()
    mutate(new)
    breaking, changes = run_diff(spec_diff, base_spec(), new)
    flagged = [str(change) for change in changes if change.breaking]
    assert breaking, f"{mutate.__name__} was not flagged: {[str(change) for change in changes]}"
    assert any(expected in line for line in flagged), flagged


@pytest.mark.parametrize(
    ("mutate", "expected"), COMPATIBLE, ids=[mutate.__name__ for mutate, _ in COMPATIBLE]
)
def test_compatible_change_is_reported_not_flagged(
    spec_diff: ModuleType, mutate: Callable[[Spec], None], expected: str
) -> None:
    new = base_spec()
    mutate(new)
    breaking, changes = run_diff(spec_diff, base_spec(), new)
    lines = [str(change) for change in changes]
    assert not breaking, lines
    assert any(expected in line for line in lines), lines


def test_recursive_schemas_terminate(spec_diff: ModuleType) -> None:
    old = base_spec()
    schemas(old)["Filter"] = {
        "type": "object",
        "properties": {"operands": {"type": "array", "items": _ref("Filter")}, "field": {"type": "string"}},
    }
    new = copy.deepcopy(old)
    del schemas(new)["Filter"]["properties"]["field"]
    breaking, changes = run_diff(spec_diff, old, new)
    assert breaking
    assert [str(change) for change in changes if change.breaking] == ["BREAKING  Filter.field: field removed"]


def _write(path: Path, spec: Spec) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


def test_cli_with_two_files(
    spec_diff: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    _write(old, base_spec())
    changed = base_spec()
    narrow_enum(changed)
    add_response_field(changed)
    _write(new, changed)
    assert spec_diff.main(["--base-file", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert 'BREAKING  CreateTaskPayload.schedulingType: enum narrowed: ["Reserved"] removed' in out
    assert "change    Task.progress: new field" in out
    assert out.rstrip().endswith("2 change(s), 1 breaking")


def test_cli_rejects_bad_input(
    spec_diff: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_spec = tmp_path / "x.yaml"
    not_a_spec.write_text("just: text\n", encoding="utf-8")
    assert spec_diff.main(["--base-file", str(not_a_spec), str(not_a_spec)]) == 2
    assert "is not an OpenAPI document" in capsys.readouterr().err
    assert spec_diff.main(["--base-file", str(tmp_path / "missing.yaml"), str(not_a_spec)]) == 2
    assert "spec file not found" in capsys.readouterr().err
    assert spec_diff.main(["--base", "", str(not_a_spec)]) == 2
    assert "BASE=<git ref>" in capsys.readouterr().err


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=spec test", "-c", "user.email=spec@test.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_base_git_ref(tmp_path: Path) -> None:
    """The `make spec-diff BASE=<ref>` path: the old spec comes from `git show <ref>:openapi/qarnot.yaml`."""
    repo = tmp_path / "repo"
    spec_file = repo / "openapi" / "qarnot.yaml"
    _write(spec_file, base_spec())
    _git(repo, "init", "--quiet", "--initial-branch=main")
    _git(repo, "add", "openapi/qarnot.yaml")
    _git(repo, "commit", "--quiet", "-m", "spec v1")
    script = REPO_ROOT / "scripts" / "spec_diff.py"

    def run(base: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(script), "--base", base, "openapi/qarnot.yaml"],
            cwd=repo,
            capture_output=True,
            text=True,
            check=False,
        )

    compatible = base_spec()
    add_operation(compatible)
    _write(spec_file, compatible)
    result = run("main")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "new operation update_task" in result.stdout

    _git(repo, "commit", "--quiet", "-am", "spec v2")
    breaking = copy.deepcopy(compatible)
    remove_operation(breaking)
    _write(spec_file, breaking)
    result = run("HEAD")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BREAKING  DELETE /tasks/{taskId}: operation delete_task removed" in result.stdout
    # Against the first commit, the added operation is new and the removed one is still flagged.
    result = run("HEAD~1")
    assert result.returncode == 1
    assert "new operation update_task" in result.stdout

    result = run("no-such-ref")
    assert result.returncode == 2
    assert "cannot read openapi/qarnot.yaml at git ref 'no-such-ref'" in result.stderr
