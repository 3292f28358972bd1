"""The spec has the shape docs/ARCHITECTURE.md fixes: the 82 operations (method, path, tag, operationId),
documented errors, request bodies where expected, resolvable refs, and one generated module per operation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
ARCHITECTURE = REPO_ROOT / "docs" / "ARCHITECTURE.md"
GENERATED_API = REPO_ROOT / "generated" / "qarnot_api" / "api"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

ROW = re.compile(r"^\| (\d+) \| (GET|POST|PUT|PATCH|DELETE) (/\S*)[^|]*\| ([a-z-]+) \| ([a-z_]+) \|$")

# Request body schema of each operation that takes one (ARCHITECTURE.md, "Request bodies").
REQUEST_BODIES: dict[str, str] = {
    "create_job": "CreateJobPayload",
    "search_jobs": "DataDetailRequest",
    "search_pools": "DataDetailRequest",
    "search_tasks": "DataDetailRequest",
    "paginate_jobs": "PaginateRequest",
    "paginate_pools": "PaginateRequest",
    "paginate_pools_summaries": "PaginateRequest",
    "paginate_tasks_summaries": "PaginateRequest",
    "paginate_tasks": "PaginateRequest",
    "create_pool": "CreatePoolPayload",
    "update_pool": "UpdatePoolPayload",
    "clone_pool": "UpdatePoolPayload",
    "update_pool_scaling": "ScalingPayload",
    "check_pool_scaling": "ScalingPayload",
    "create_task": "CreateTaskPayload",
    "update_task": "UpdateTaskPayload",
    "retry_task": "UpdateTaskPayload",
    "recover_task": "UpdateTaskPayload",
    "resume_task": "UpdateTaskPayload",
    "clone_task": "UpdateTaskPayload",
    "create_task_unique_snapshot": "SnapshotConfig",
    "create_task_periodic_snapshot": "PeriodicSnapshotConfig",
    "create_secret": "SecretValue",
    "update_secret": "SecretValue",
}

PATH_PARAMETERS = {
    "taskId": "task_id",
    "poolId": "pool_id",
    "jobId": "job_id",
    "instanceId": "instance_id",
    "snapshotId": "snapshot_id",
    "profile": "profile",
    "key": "key",
    "prefix": "prefix",
    "projectId": "project_id",
}


def architecture_operations() -> list[tuple[str, str, str, str]]:
    """(METHOD, path, tag, operationId) rows of the operations table of ARCHITECTURE.md."""
    rows = []
    for line in ARCHITECTURE.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line.strip())
        if match:
            rows.append((match.group(2), match.group(3), match.group(4), match.group(5)))
    return rows


EXPECTED = architecture_operations()


def spec_operations(openapi: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path, operation)."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in openapi["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                operation_id = operation.get("operationId")
                assert operation_id, f"{method.upper()} {path} has no operationId"
                assert operation_id not in found, f"operationId {operation_id} is used twice"
                found[operation_id] = (method.upper(), path, operation)
    return found


def resolve(openapi: dict[str, Any], node: Any) -> Any:
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref not in seen, f"$ref cycle at {ref}"
        seen.add(ref)
        node = pointer(openapi, ref)
    return node


def pointer(openapi: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), f"external $ref {ref!r}: the spec must be self-contained"
    node: Any = openapi
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        assert isinstance(node, dict) and part in node, f"unresolvable $ref {ref!r}"
        node = node[part]
    return node


def test_architecture_table_is_complete() -> None:
    assert len(EXPECTED) == 82
    assert len({row[3] for row in EXPECTED}) == 82


def test_exactly_the_82_operations(openapi: dict[str, Any]) -> None:
    operations = spec_operations(openapi)
    assert sorted(operations) == sorted(row[3] for row in EXPECTED)
    for method, path, tag, operation_id in EXPECTED:
        spec_method, spec_path, operation = operations[operation_id]
        assert (spec_method, spec_path) == (method, path), operation_id
        assert operation.get("tags", [None])[0] == tag, operation_id


@pytest.mark.parametrize("row", EXPECTED, ids=[row[3] for row in EXPECTED])
def test_operation_is_documented(openapi: dict[str, Any], row: tuple[str, str, str, str]) -> None:
    operation_id = row[3]
    operation = spec_operations(openapi)[operation_id][2]
    assert isinstance(operation.get("summary"), str) and operation["summary"].strip(), "no summary"
    assert not operation["summary"].endswith("."), "a summary is a title, not a sentence"
    responses = operation["responses"]
    assert any(code.startswith("2") for code in responses), "no success response"
    assert "401" in responses, "no 401 (every call is authenticated)"
    assert "429" in responses, "no 429 (the API rate-limits every call)"
    assert any(code.upper() == "5XX" or code.startswith("5") for code in responses), "no 5xx response"
    for code, response in responses.items():
        response = resolve(openapi, response)
        assert response.get("description"), f"response {code} has no description"
        if code.startswith(("4", "5")) and code not in ("429",) and not code.startswith("5"):
            content = response.get("content", {})
            json_types = [
                media for media in content if media == "application/json" or media.endswith("+json")
            ]
            assert json_types, f"error response {code} documents no JSON body"
            for media in json_types:
                error_body = {"$ref": "#/components/schemas/ErrorBody"}
                if (
                    operation_id == "create_task"
                    and media == "application/json"
                    and code in ("400", "402", "403", "404")
                ):
                    # a failed batch answers one BulkTaskResponse per task (Qarnot's published document)
                    bulk = {"type": "array", "items": {"$ref": "#/components/schemas/BulkTaskResponse"}}
                    assert content[media]["schema"] == {"oneOf": [error_body, bulk]}, code
                else:
                    assert content[media]["schema"] == error_body, code


@pytest.mark.parametrize("row", EXPECTED, ids=[row[3] for row in EXPECTED])
def test_request_body(openapi: dict[str, Any], row: tuple[str, str, str, str]) -> None:
    operation_id = row[3]
    operation = spec_operations(openapi)[operation_id][2]
    expected = REQUEST_BODIES.get(operation_id)
    if expected is None:
        assert "requestBody" not in operation, f"{operation_id} must be body-less"
        return
    body = resolve(openapi, operation["requestBody"])
    assert body.get("required") is True
    schema = body["content"]["application/json"]["schema"]
    if operation_id in ("create_task", "create_job"):
        # one object or a batch: an array of the same payload
        branches = schema.get("oneOf") or schema.get("anyOf")
        assert branches is not None, f"{operation_id} takes one payload or an array of them"
        refs = sorted(
            branch["$ref"] if "$ref" in branch else "array of " + branch["items"]["$ref"]
            for branch in branches
        )
        assert refs == [
            f"#/components/schemas/{expected}",
            f"array of #/components/schemas/{expected}",
        ]
    else:
        assert schema == {"$ref": f"#/components/schemas/{expected}"}


def test_request_body_schemas_exist(openapi: dict[str, Any]) -> None:
    schemas = openapi["components"]["schemas"]
    assert sorted(set(REQUEST_BODIES.values()) - set(schemas)) == []


@pytest.mark.parametrize("row", EXPECTED, ids=[row[3] for row in EXPECTED])
def test_path_parameters(openapi: dict[str, Any], row: tuple[str, str, str, str]) -> None:
    method, path, _, _ = row
    item = openapi["paths"][path]
    operation = item[method.lower()]
    declared = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve(openapi, raw)
        declared[(parameter["in"], parameter["name"])] = parameter
    in_path = re.findall(r"{([^}]+)}", path)
    for name in in_path:
        assert name in PATH_PARAMETERS, f"unexpected path parameter {name}"
        parameter = declared.get(("path", name))
        assert parameter is not None, f"{{{name}}} is not declared"
        assert parameter.get("required") is True
        if name == "instanceId":
            schema = resolve(openapi, parameter["schema"])
            assert (schema.get("type"), schema.get("minimum")) == ("integer", 0)
        else:
            assert resolve(openapi, parameter["schema"]).get("type") == "string"
    assert sorted(name for location, name in declared if location == "path") == sorted(in_path)


def test_security_and_servers(openapi: dict[str, Any]) -> None:
    assert openapi["openapi"].startswith("3.1")
    assert [server["url"] for server in openapi["servers"]] == ["https://api.qarnot.com"]
    schemes = openapi["components"]["securitySchemes"]
    assert openapi["security"] == [{name: []} for name in schemes]
    (scheme,) = schemes.values()
    assert scheme == {**scheme, "type": "apiKey", "in": "header", "name": "Authorization"}


def test_every_ref_resolves(openapi: dict[str, Any]) -> None:
    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                refs.append(ref)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(openapi)
    assert len(refs) > 100
    for ref in sorted(set(refs)):
        pointer(openapi, ref)


def test_every_component_schema_is_used(openapi: dict[str, Any]) -> None:
    text = repr(openapi["paths"]) + repr({k: v for k, v in openapi["components"].items() if k != "schemas"})
    schemas = openapi["components"]["schemas"]
    used = set(re.findall(r"#/components/schemas/([A-Za-z0-9_]+)", text))
    frontier = list(used)
    while frontier:
        name = frontier.pop()
        for found in re.findall(r"#/components/schemas/([A-Za-z0-9_]+)", repr(schemas.get(name, {}))):
            if found not in used:
                used.add(found)
                frontier.append(found)
    # Enums and unions documented for users are reached through the fields that carry them.
    assert sorted(set(schemas) - used) == []


def test_one_generated_module_per_operation(openapi: dict[str, Any]) -> None:
    if not (GENERATED_API / "__init__.py").is_file():
        pytest.fail(f"{GENERATED_API} is missing: run `make generate`")
    modules = sorted(
        path.relative_to(GENERATED_API).as_posix()
        for path in GENERATED_API.glob("*/*.py")
        if path.name != "__init__.py"
    )
    expected = []
    for _, _, tag, operation_id in EXPECTED:
        package = tag.replace("-", "_")
        if not (GENERATED_API / package).is_dir():
            package += "_"  # a tag that is a Python builtin name (credits) gets a trailing underscore
        expected.append(f"{package}/{operation_id}.py")
    assert modules == sorted(expected)
    for module in expected:
        text = (GENERATED_API / module).read_text(encoding="utf-8")
        for function in ("def sync_detailed(", "def sync(", "def asyncio_detailed(", "def asyncio("):
            assert function in text, f"{module} lacks {function}"


def _non_null(prop: dict[str, Any]) -> set[str]:
    kind = prop.get("type")
    return ({kind} if isinstance(kind, str) else set(kind or ())) - {"null"}


def test_every_second_spelling_names_a_sibling_of_the_same_type(openapi: dict[str, Any]) -> None:
    """`x-same-as: <key>` (a second spelling of one figure, filled from whichever key arrives by the generated
    from_dict) names another property of the same schema with the same type, never itself or another twin
    (one of them may admit null where the other does not: each follows its source)."""
    seen = 0
    for name, schema in openapi["components"]["schemas"].items():
        properties = schema.get("properties") or {}
        for key, prop in properties.items():
            first = prop.get("x-same-as")
            if first is None:
                continue
            seen += 1
            assert first in properties and first != key, f"{name}.{key}: x-same-as {first!r} is not a sibling"
            assert "x-same-as" not in properties[first], f"{name}.{first} is itself a second spelling"
            assert _non_null(properties[first]) == _non_null(prop), f"{name}.{key} and {first} differ in type"
    assert seen == 19, f"{seen} second spellings (the spec's info lists where the sources differ)"
