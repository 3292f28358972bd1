"""Unit tests of the sandbox's spec validator (qarnot_facade/testing/validation.py).

The first half runs against a small spec written into tmp_path, so that routing and error-map rules are
pinned independently of the real spec; the second half runs against the real openapi/qarnot.yaml.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from qarnot_facade.testing.validation import (
    BODY_REQUIRED_MESSAGE,
    MatchedOperation,
    SpecValidator,
    format_json_path,
    load_spec,
    spec_path,
)

MINI_SPEC = """
openapi: 3.1.0
info: {title: mini, version: "1"}
security:
  - apiKey: []
components:
  securitySchemes:
    apiKey: {type: apiKey, in: header, name: Authorization}
  parameters:
    TaskId:
      name: taskId
      in: path
      required: true
      schema: {type: string, minLength: 1}
    Key:
      name: key
      in: path
      required: true
      schema: {type: string, minLength: 1}
    Prefix:
      name: prefix
      in: path
      required: true
      schema: {type: string}
  responses:
    NotFound:
      description: not found
      content:
        application/json:
          schema: {$ref: '#/components/schemas/ErrorBody'}
    ServerError:
      description: server error
      content:
        text/plain:
          schema: {type: string}
        application/json:
          schema: {$ref: '#/components/schemas/ErrorBody'}
  schemas:
    ErrorBody:
      type: object
      properties:
        message: {type: [string, 'null']}
    State:
      type: string
      enum: [Submitted, Success]
    KeyValue:
      type: object
      required: [key]
      properties:
        key: {type: string, minLength: 1}
        value: {type: [string, 'null']}
    MinimumCore:
      type: object
      required: [discriminator, coreCount]
      properties:
        discriminator: {const: MinimumCore}
        coreCount: {type: integer, minimum: 1}
    Gpu:
      type: object
      required: [discriminator]
      properties:
        discriminator: {const: Gpu}
    Constraint:
      oneOf:
        - $ref: '#/components/schemas/MinimumCore'
        - $ref: '#/components/schemas/Gpu'
    TaskPayload:
      type: object
      required: [name]
      properties:
        name: {type: string, minLength: 1}
        instanceCount: {type: integer, minimum: 1}
        constants:
          type: array
          items: {$ref: '#/components/schemas/KeyValue'}
        hardwareConstraints:
          type: array
          items: {$ref: '#/components/schemas/Constraint'}
        state:
          anyOf:
            - $ref: '#/components/schemas/State'
            - type: string
        labels:
          type: object
          additionalProperties: {type: string}
        retrySettings:
          type: object
          properties:
            maxTotalRetries: {type: [integer, 'null']}
    Task:
      type: object
      required: [uuid]
      properties:
        uuid: {type: string}
        creationDate: {type: string, format: date-time}
        state:
          anyOf:
            - $ref: '#/components/schemas/State'
            - type: string
paths:
  /tasks:
    get:
      operationId: list_tasks
      parameters:
        - name: tag
          in: query
          schema: {type: array, items: {type: string}}
        - name: limit
          in: query
          schema: {type: integer, minimum: 1, maximum: 50}
        - name: force
          in: query
          schema: {type: boolean}
      responses:
        200:
          description: tasks
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Task'}
        5XX: {$ref: '#/components/responses/ServerError'}
    post:
      operationId: create_task
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - $ref: '#/components/schemas/TaskPayload'
                - type: array
                  items: {$ref: '#/components/schemas/TaskPayload'}
      responses:
        '201':
          description: created
          content:
            application/json:
              schema:
                type: object
                required: [uuid]
                properties:
                  uuid: {type: string}
  /tasks/summaries:
    get:
      operationId: list_tasks_summaries
      security: []
      parameters:
        - name: cpuModel
          in: query
          required: true
          schema: {type: string, minLength: 2}
      responses:
        '200': {description: ok}
  /tasks/{taskId}:
    parameters:
      - $ref: '#/components/parameters/TaskId'
    get:
      operationId: get_task
      responses:
        '200':
          description: the task
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Task'}
        '404': {$ref: '#/components/responses/NotFound'}
    delete:
      operationId: delete_task
      responses:
        '204': {description: deleted}
    patch:
      operationId: patch_task
      requestBody:
        required: false
        content:
          application/json:
            schema: {$ref: '#/components/schemas/TaskPayload'}
      responses:
        '200': {description: ok}
  /tasks/{taskId}/stdout/{instanceId}:
    parameters:
      - $ref: '#/components/parameters/TaskId'
      - name: instanceId
        in: path
        required: true
        schema: {type: integer, minimum: 0}
    get:
      operationId: get_instance_stdout
      responses:
        '200':
          description: text
          content:
            text/plain:
              schema: {type: string}
  /secrets-manager/data/{key}:
    get:
      operationId: get_secret
      parameters:
        - $ref: '#/components/parameters/Key'
      responses:
        '200': {description: ok}
  /secrets-manager/search/{prefix}:
    get:
      operationId: search_secrets
      parameters:
        - $ref: '#/components/parameters/Prefix'
      responses:
        '200': {description: ok}
  /v1/network/tasks/{taskId}/port-forward:
    get:
      operationId: port_forward
      parameters:
        - $ref: '#/components/parameters/TaskId'
      responses:
        '200': {description: ok}
"""


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> SpecValidator:
    path = tmp_path_factory.mktemp("spec") / "mini.yaml"
    path.write_text(MINI_SPEC)
    return SpecValidator(path)


@pytest.fixture(scope="module")
def real() -> SpecValidator:
    return SpecValidator()


# ====================================================================== mini spec: routing


def test_operations_are_indexed(mini: SpecValidator) -> None:
    assert mini.operation_ids == {
        "list_tasks",
        "create_task",
        "list_tasks_summaries",
        "get_task",
        "delete_task",
        "patch_task",
        "get_instance_stdout",
        "get_secret",
        "search_secrets",
        "port_forward",
    }
    info = mini.operation("get_task")
    assert info.method == "GET" and info.path_template == "/tasks/{taskId}"
    assert [p["name"] for p in info.parameters] == ["taskId"]
    with pytest.raises(KeyError):
        mini.operation("nope")


def test_security_defaults_and_overrides(mini: SpecValidator) -> None:
    assert mini.operation("get_task").requires_auth
    assert not mini.operation("list_tasks_summaries").requires_auth


def test_literal_segments_win_over_parameters(mini: SpecValidator) -> None:
    assert mini.match("GET", "/tasks/summaries") == MatchedOperation(
        "list_tasks_summaries", "/tasks/summaries", {}
    )
    assert mini.match("GET", "/tasks/abc") == MatchedOperation(
        "get_task", "/tasks/{taskId}", {"taskId": "abc"}
    )


def test_a_literal_without_the_method_falls_back_to_the_parameter_route(mini: SpecValidator) -> None:
    matched = mini.match("DELETE", "/tasks/summaries")
    assert matched is not None and matched.operation_id == "delete_task"
    assert matched.path_params == {"taskId": "summaries"}


def test_multiple_parameters_and_case_insensitive_literals(mini: SpecValidator) -> None:
    matched = mini.match("get", "/TASKS/t-1/StdOut/3")
    assert matched == MatchedOperation(
        "get_instance_stdout", "/tasks/{taskId}/stdout/{instanceId}", {"taskId": "t-1", "instanceId": "3"}
    )


def test_trailing_slash_is_ignored(mini: SpecValidator) -> None:
    assert mini.match("GET", "/tasks/") == MatchedOperation("list_tasks", "/tasks", {})
    matched = mini.match("GET", "/tasks/abc/")
    assert matched is not None and matched.path_params == {"taskId": "abc"}


@pytest.mark.parametrize("odd", ["a?b=1", "new\nline", "tab\there", "#hash", "?!U\x9f.c\n", "\u2028", "%2F"])
def test_parameters_may_hold_any_character_of_a_decoded_path(mini: SpecValidator, odd: str) -> None:
    matched = mini.match("DELETE", f"/tasks/{odd}")
    assert matched is not None and matched.path_params == {"taskId": odd}
    matched = mini.match("GET", f"/tasks/{odd}/stdout/1")
    assert matched is not None and matched.operation_id == "get_instance_stdout"
    assert matched.path_params == {"taskId": odd, "instanceId": "1"}
    assert mini.match("GET", f"/tasks/{odd}") is not None


def test_greedy_parameters_hold_newlines(mini: SpecValidator) -> None:
    matched = mini.match("GET", "/secrets-manager/data/a\nb/c")
    assert matched is not None and matched.path_params == {"key": "a\nb/c"}
    assert mini.match("GET", "/tasks/summaries\n") == MatchedOperation(
        "get_task", "/tasks/{taskId}", {"taskId": "summaries\n"}
    )


def test_unknown_paths_and_methods(mini: SpecValidator) -> None:
    assert mini.match("GET", "/nothing") is None
    assert mini.match("PUT", "/tasks") is None
    assert mini.match("GET", "/tasks//stdout/1") is None
    assert mini.match("GET", "/tasks/a/stdout/1/extra") is None
    assert mini.allowed_methods("/tasks") == ["GET", "POST"]
    assert mini.allowed_methods("/tasks/summaries") == ["GET"]  # not its {taskId} neighbour's methods
    assert mini.allowed_methods("/nothing") == []


def test_greedy_secret_key_takes_slashes(mini: SpecValidator) -> None:
    matched = mini.match("GET", "/secrets-manager/data/folder1/subfolder1/key1")
    assert matched == MatchedOperation(
        "get_secret", "/secrets-manager/data/{key}", {"key": "folder1/subfolder1/key1"}
    )
    assert mini.match("GET", "/secrets-manager/data/") is None


def test_greedy_prefix_may_be_empty(mini: SpecValidator) -> None:
    for path in ("/secrets-manager/search/", "/secrets-manager/search"):
        matched = mini.match("GET", path)
        assert matched is not None and matched.path_params == {"prefix": ""}
    matched = mini.match("GET", "/secrets-manager/search/a/b/")
    assert matched is not None and matched.path_params == {"prefix": "a/b"}


def test_v1_prefixed_templates_match_with_or_without_the_prefix(mini: SpecValidator) -> None:
    expected = MatchedOperation("port_forward", "/v1/network/tasks/{taskId}/port-forward", {"taskId": "t"})
    assert mini.match("GET", "/v1/network/tasks/t/port-forward") == expected
    assert mini.match("GET", "/network/tasks/t/port-forward") == expected
    assert mini.match("GET", "/v1/tasks/abc") == MatchedOperation(
        "get_task", "/tasks/{taskId}", {"taskId": "abc"}
    )


def test_path_parameters_are_typed(mini: SpecValidator) -> None:
    assert mini.validate_path_params("get_instance_stdout", {"taskId": "t", "instanceId": "3"}) == {}
    assert mini.coerce_path_params("get_instance_stdout", {"taskId": "t", "instanceId": "3"}) == {
        "taskId": "t",
        "instanceId": 3,
    }
    errors = mini.validate_path_params("get_instance_stdout", {"taskId": "t", "instanceId": "x"})
    assert list(errors) == ["instanceId"] and "integer" in errors["instanceId"][0]
    errors = mini.validate_path_params("get_instance_stdout", {"taskId": "t", "instanceId": "-1"})
    assert "minimum" in errors["instanceId"][0]
    with pytest.raises(ValueError):
        mini.coerce_path_params("get_instance_stdout", {"taskId": "t", "instanceId": "x"})
    assert mini.coerce_path_params("search_secrets", {"prefix": ""}) == {"prefix": ""}


# ====================================================================== mini spec: request bodies


def test_valid_bodies_have_no_errors(mini: SpecValidator) -> None:
    body = {
        "name": "t",
        "instanceCount": 2,
        "constants": [{"key": "DOCKER_CMD", "value": "echo"}],
        "hardwareConstraints": [{"discriminator": "MinimumCore", "coreCount": 4}, {"discriminator": "Gpu"}],
        "state": "whatever-new-state",
        "labels": {"a": "b"},
    }
    assert mini.validate_request_body("create_task", body) == {}
    assert mini.validate_request_body("create_task", [body, {"name": "u"}]) == {}


def test_missing_required_body(mini: SpecValidator) -> None:
    assert mini.validate_request_body("create_task", None) == {"": [BODY_REQUIRED_MESSAGE]}
    assert BODY_REQUIRED_MESSAGE == "A non-empty request body is required."
    assert mini.validate_request_body("patch_task", None) == {}
    assert mini.validate_request_body("get_task", None) == {}
    assert mini.validate_request_body("get_task", {"ignored": True}) == {}


def test_errors_are_keyed_by_json_path(mini: SpecValidator) -> None:
    errors = mini.validate_request_body(
        "create_task",
        {
            "instanceCount": "four",
            "constants": [{"key": "A"}, {"value": "x"}],
            "retrySettings": {"maxTotalRetries": "x"},
        },
    )
    assert set(errors) == {"name", "instanceCount", "constants[1].key", "retrySettings.maxTotalRetries"}
    assert errors["name"] == ["The name field is required."]
    assert errors["constants[1].key"] == ["The key field is required."]
    assert errors["instanceCount"] == ['The JSON value "four" is not valid here: expected an integer.']
    assert "an integer or null" in errors["retrySettings.maxTotalRetries"][0]


def test_constraint_errors_have_readable_messages(mini: SpecValidator) -> None:
    errors = mini.validate_request_body("create_task", {"name": "", "instanceCount": 0, "labels": {"a": 1}})
    assert set(errors) == {"name", "instanceCount", "labels.a"}
    assert errors["name"] == ['The value "" is too short: at least 1 character(s) are required.']
    assert errors["instanceCount"] == ["The value 0 is less than the minimum of 1."]
    assert "expected a string" in errors["labels.a"][0]


def test_whole_body_of_the_wrong_type_is_keyed_by_the_empty_path(mini: SpecValidator) -> None:
    errors = mini.validate_request_body("create_task", 42)
    assert list(errors) == [""]
    assert "an object or an array" in errors[""][0]
    errors = mini.validate_request_body("patch_task", "text")
    assert list(errors) == [""]


def test_discriminated_union_errors(mini: SpecValidator) -> None:
    errors = mini.validate_request_body(
        "create_task", {"name": "t", "hardwareConstraints": [{"discriminator": "Bogus"}]}
    )
    assert list(errors) == ["hardwareConstraints[0].discriminator"]
    message = errors["hardwareConstraints[0].discriminator"][0]
    assert '"Bogus"' in message and "MinimumCore" in message and "Gpu" in message
    errors = mini.validate_request_body(
        "create_task", {"name": "t", "hardwareConstraints": [{"discriminator": "MinimumCore"}]}
    )
    assert errors == {"hardwareConstraints[0].coreCount": ["The coreCount field is required."]}
    errors = mini.validate_request_body(
        "create_task",
        {"name": "t", "hardwareConstraints": [{"discriminator": "MinimumCore", "coreCount": 0}]},
    )
    assert list(errors) == ["hardwareConstraints[0].coreCount"]


def test_errors_inside_an_array_body(mini: SpecValidator) -> None:
    errors = mini.validate_request_body("create_task", [{"name": "ok"}, {"instanceCount": 1}])
    assert errors == {"[1].name": ["The name field is required."]}


def test_open_ended_enum_accepts_any_string_but_not_other_types(mini: SpecValidator) -> None:
    assert mini.validate_request_body("create_task", {"name": "t", "state": "brand-new"}) == {}
    errors = mini.validate_request_body("create_task", {"name": "t", "state": 5})
    assert list(errors) == ["state"]
    assert "expected a string" in errors["state"][0]


def test_pascal_case_bodies_are_normalised_before_validation(mini: SpecValidator) -> None:
    body = {
        "Name": "t",
        "InstanceCount": 3,
        "Constants": [{"Key": "A", "Value": "b"}],
        "Labels": {"Env": "x"},
    }
    assert mini.validate_request_body("create_task", body) == {}
    assert mini.normalize_request_body("create_task", body) == {
        "name": "t",
        "instanceCount": 3,
        "constants": [{"key": "A", "value": "b"}],
        "labels": {"Env": "x"},
    }
    errors = mini.validate_request_body("create_task", {"InstanceCount": 0})
    assert set(errors) == {"name", "instanceCount"}
    normalized = mini.normalize_request_body("create_task", [{"NAME": "a", "Unknown": 1}])
    assert normalized == [{"name": "a", "Unknown": 1}]


def test_decode_request_body(mini: SpecValidator) -> None:
    assert mini.decode_request_body(b"") == (None, {})
    assert mini.decode_request_body(b'  {"a": 1}') == ({"a": 1}, {})
    value, errors = mini.decode_request_body(b'{"a": ')
    assert value is None and list(errors) == [""] and "not valid JSON" in errors[""][0]
    value, errors = mini.decode_request_body(b"\xff\xfe")
    assert value is None and list(errors) == [""]


def test_messages_are_clipped(mini: SpecValidator) -> None:
    errors = mini.validate_request_body("create_task", {"name": "t", "labels": {"x": {"huge": "y" * 5000}}})
    assert all(len(m) <= 300 for m in errors["labels.x"])


# ====================================================================== mini spec: query


def test_query_types(mini: SpecValidator) -> None:
    assert mini.validate_query("list_tasks", {}) == {}
    assert mini.validate_query("list_tasks", {"limit": ["10"], "force": ["True"], "tag": ["a", "b"]}) == {}
    assert mini.coerce_query("list_tasks", {"Limit": ["10"], "FORCE": ["false"], "tag": ["a", "b"]}) == {
        "limit": 10,
        "force": False,
        "tag": ["a", "b"],
    }
    for flag in ("true", "false", "True", "False", "TRUE"):
        assert mini.validate_query("list_tasks", {"force": [flag]}) == {}


def test_query_errors(mini: SpecValidator) -> None:
    errors = mini.validate_query("list_tasks", {"limit": ["ten"], "force": ["yes"]})
    assert set(errors) == {"limit", "force"}
    assert "integer" in errors["limit"][0]
    assert "true or false" in errors["force"][0]
    assert "maximum" in mini.validate_query("list_tasks", {"limit": ["51"]})["limit"][0]
    assert "minimum" in mini.validate_query("list_tasks", {"limit": ["0"]})["limit"][0]
    with pytest.raises(ValueError):
        mini.coerce_query("list_tasks", {"limit": ["ten"]})


def test_required_query_parameter(mini: SpecValidator) -> None:
    assert mini.validate_query("list_tasks_summaries", {}) == {
        "cpuModel": ["The cpuModel field is required."]
    }
    assert mini.validate_query("list_tasks_summaries", {"cpumodel": ["ryzen"]}) == {}
    assert "at least 2" in mini.validate_query("list_tasks_summaries", {"cpuModel": ["r"]})["cpuModel"][0]


def test_unknown_query_parameters_are_ignored(mini: SpecValidator) -> None:
    assert mini.validate_query("get_task", {"whatever": ["1"]}) == {}


# ====================================================================== mini spec: responses


def test_valid_responses(mini: SpecValidator) -> None:
    body = json.dumps([{"uuid": "u", "creationDate": "2024-02-20T22:09:35Z", "state": "NewState"}]).encode()
    assert mini.validate_response("list_tasks", 200, "application/json; charset=utf-8", body) == []
    assert (
        mini.validate_response("get_task", 404, "application/json", b'{"message": "No such task: x"}') == []
    )
    assert mini.validate_response("delete_task", 204, None, b"") == []
    assert (
        mini.validate_response("get_instance_stdout", 200, "text/plain; charset=utf-8", b"0> hello\n") == []
    )
    assert mini.validate_response("create_task", 201, "application/json", b'{"uuid": "x"}') == []


def test_integer_status_keys_and_ranges(mini: SpecValidator) -> None:
    # the mini spec writes `200:` unquoted (an integer key in YAML) and `5XX`
    assert mini.response_spec("list_tasks", 200) is not None
    assert mini.validate_response("list_tasks", 503, "text/plain", b"Service Unavailable") == []
    assert mini.validate_response("list_tasks", 500, "application/json", b'{"message": "boom"}') == []


def test_undocumented_status(mini: SpecValidator) -> None:
    problems = mini.validate_response("get_task", 418, "application/json", b"{}")
    assert len(problems) == 1 and "418" in problems[0] and "not documented" in problems[0]


def test_undocumented_media_type(mini: SpecValidator) -> None:
    problems = mini.validate_response("get_task", 200, "text/html", b"<html/>")
    assert len(problems) == 1 and "text/html" in problems[0]


def test_body_without_content_type(mini: SpecValidator) -> None:
    assert mini.validate_response("get_task", 200, None, b'{"uuid": "x"}') != []


def test_body_where_none_is_documented(mini: SpecValidator) -> None:
    problems = mini.validate_response("delete_task", 204, "application/json", b"{}")
    assert len(problems) == 1 and "no body" in problems[0]


def test_invalid_json_and_schema_violations(mini: SpecValidator) -> None:
    assert "not valid JSON" in mini.validate_response("get_task", 200, "application/json", b"{oops")[0]
    problems = mini.validate_response("get_task", 200, "application/json", b'{"state": 3}')
    assert any("uuid field is required" in p for p in problems)
    assert any("body.state" in p for p in problems)
    problems = mini.validate_response(
        "list_tasks", 200, "application/json", b'[{"uuid": "a"}, {"uuid": "b", "creationDate": "yesterday"}]'
    )
    assert len(problems) == 1 and "body[1].creationDate" in problems[0] and "date-time" in problems[0]


def test_text_body_must_be_utf8(mini: SpecValidator) -> None:
    assert mini.validate_response("get_instance_stdout", 200, "text/plain", b"\xff") != []


# ====================================================================== helpers


def test_format_json_path() -> None:
    assert format_json_path([]) == ""
    assert format_json_path(["instanceCount"]) == "instanceCount"
    assert format_json_path(["constants", 0, "key"]) == "constants[0].key"
    assert format_json_path([1, "name"]) == "[1].name"
    assert format_json_path(["labels", "my key"]) == 'labels["my key"]'


def test_load_spec_is_cached(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(MINI_SPEC)
    assert load_spec(path) is load_spec(path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("just: text\n")
    with pytest.raises(ValueError):
        load_spec(bad)


def test_duplicate_operation_ids_are_rejected(tmp_path: Path) -> None:
    text = MINI_SPEC.replace("operationId: delete_task", "operationId: get_task")
    path = tmp_path / "dup.yaml"
    path.write_text(text)
    with pytest.raises(ValueError, match="duplicate operationId"):
        SpecValidator(path)


# ====================================================================== the real spec


def architecture_operation_ids() -> set[str]:
    text = (Path(__file__).resolve().parents[2] / "docs" / "ARCHITECTURE.md").read_text()
    return set(re.findall(r"^\| \d+ \| [A-Z]+ [^|]+\| [a-z-]+ \| ([a-z_]+) \|$", text, re.MULTILINE))


def test_spec_path_finds_the_repository_spec() -> None:
    path = spec_path()
    assert path.is_file()
    assert path.name in {"qarnot.yaml", "openapi.yaml"}


def test_spec_path_prefers_the_copy_bundled_in_a_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qarnot_facade.testing import validation

    package = tmp_path / "site-packages" / "qarnot_facade" / "testing"
    package.mkdir(parents=True)
    (package / "openapi.yaml").write_text(MINI_SPEC)
    monkeypatch.setattr(validation, "__file__", str(package / "validation.py"))
    assert spec_path() == package / "openapi.yaml"
    assert SpecValidator().operation_ids == SpecValidator(package / "openapi.yaml").operation_ids
    (package / "openapi.yaml").unlink()
    with pytest.raises(FileNotFoundError, match="openapi"):
        spec_path()


def test_real_spec_has_the_operations_of_the_architecture(real: SpecValidator) -> None:
    expected = architecture_operation_ids()
    assert len(expected) >= 82
    assert real.operation_ids == expected


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "params"),
    [
        ("GET", "/tasks/summaries", "list_tasks_summaries", {}),
        ("POST", "/tasks/summaries/paginate", "paginate_tasks_summaries", {}),
        ("GET", "/tasks/abc", "get_task_information", {"taskId": "abc"}),
        ("POST", "/tasks/abc/snapshot/periodic", "create_task_periodic_snapshot", {"taskId": "abc"}),
        (
            "GET",
            "/tasks/abc/snapshot/snap_1",
            "get_task_snapshot_status",
            {"taskId": "abc", "snapshotId": "snap_1"},
        ),
        (
            "POST",
            "/tasks/abc/stderr/2",
            "get_last_task_instance_stderr",
            {"taskId": "abc", "instanceId": "2"},
        ),
        ("GET", "/pools/summaries", "list_pools_summaries", {}),
        ("PUT", "/pools/p/scaling", "update_pool_scaling", {"poolId": "p"}),
        ("PATCH", "/secrets-manager/data/a/b/c", "update_secret", {"key": "a/b/c"}),
        ("GET", "/secrets-manager/search/", "search_secrets", {"prefix": ""}),
        ("GET", "/carbon/v1/tasks/t/carbon-facts", "get_task_carbon_facts", {"taskId": "t"}),
        ("GET", "/credits/v1/accounts/credits", "get_account_credits", {}),
        ("GET", "/v1/network/tasks/t/port-forward", "get_task_port_forwarding", {"taskId": "t"}),
        ("GET", "/v1/tasks/abc", "get_task_information", {"taskId": "abc"}),
        ("GET", "/hardware-constraints/cpu-model-constraints/search", "search_cpu_model_constraints", {}),
    ],
)
def test_real_spec_routing(
    real: SpecValidator, method: str, path: str, operation_id: str, params: dict[str, str]
) -> None:
    matched = real.match(method, path)
    assert matched is not None
    assert (matched.operation_id, matched.path_params) == (operation_id, params)


def test_real_spec_every_template_routes_to_its_own_operation(real: SpecValidator) -> None:
    for info in real.operations():
        concrete = re.sub(r"\{instanceId\}", "0", info.path_template)
        concrete = re.sub(r"\{[^}]+\}", "some-id", concrete)
        matched = real.match(info.method, concrete)
        assert matched is not None, info.operation_id
        assert matched.operation_id == info.operation_id


def test_real_spec_task_payload(real: SpecValidator) -> None:
    good: dict[str, Any] = {
        "name": "hello",
        "profile": "docker-batch",
        "instanceCount": 1,
        "constants": [{"key": "DOCKER_CMD", "value": "echo hello"}],
        "hardwareConstraints": [{"discriminator": "MinimumCoreHardwareConstraint", "coreCount": 8}],
    }
    assert real.validate_request_body("create_task", good) == {}
    assert real.validate_request_body("create_task", [good, good]) == {}
    assert real.validate_request_body("create_task", {"Name": "pascal", "InstanceCount": 2}) == {}
    errors = real.validate_request_body("create_task", {"instanceCount": "x"})
    assert "name" in errors and "instanceCount" in errors
    # an unknown discriminator is valid (forward compatibility), a known one must have its fields right
    future = {
        "name": "t",
        "hardwareConstraints": [{"discriminator": "QuantumHardwareConstraint", "qubits": 5}],
    }
    assert real.validate_request_body("create_task", future) == {}
    wrong = {
        "name": "t",
        "hardwareConstraints": [{"discriminator": "MinimumCoreHardwareConstraint", "coreCount": "8"}],
    }
    errors = real.validate_request_body("create_task", wrong)
    assert list(errors) == ["hardwareConstraints[0].coreCount"]
    assert "expected an integer" in errors["hardwareConstraints[0].coreCount"][0]


def test_real_spec_normalizes_the_pascal_case_of_the_csharp_and_node_sdks(real: SpecValidator) -> None:
    node_page = {
        "Token": None,
        "MaximumResults": 20,
        "Filter": {
            "Operator": "Or",
            "Filters": [
                {"Operator": "Equal", "Field": "Tags", "Value": "a"},
                {"Operator": "In", "Field": "State", "Values": ["Success"]},
            ],
        },
    }
    assert real.normalize_request_body("paginate_tasks", node_page) == {
        "token": None,
        "maximumResults": 20,
        "filter": {
            "operator": "Or",
            "filters": [
                {"operator": "Equal", "field": "Tags", "value": "a"},
                {"operator": "In", "field": "State", "values": ["Success"]},
            ],
        },
    }
    assert real.validate_request_body("paginate_tasks", node_page) == {}
    csharp_snapshot = {"Whitelist": ".*", "Blacklist": None, "Bucket": "b", "BucketPrefix": "p/"}
    assert real.normalize_request_body("create_task_unique_snapshot", csharp_snapshot) == {
        "whitelist": ".*",
        "blacklist": None,
        "bucket": "b",
        "bucketPrefix": "p/",
    }
    pool = {"Name": "p", "ElasticProperty": {"IsElastic": True, "MinTotalSlots": 1}, "Labels": {"Team": "x"}}
    assert real.normalize_request_body("create_pool", pool) == {
        "name": "p",
        "elasticProperty": {"isElastic": True, "minTotalSlots": 1},
        "labels": {"Team": "x"},
    }
    hardware = {
        "Name": "t",
        "HardwareConstraints": [{"Discriminator": "MinimumCoreHardwareConstraint", "CoreCount": 4}],
    }
    assert real.normalize_request_body("create_task", hardware)["hardwareConstraints"] == [
        {"discriminator": "MinimumCoreHardwareConstraint", "coreCount": 4}
    ]


def test_real_spec_body_rules(real: SpecValidator) -> None:
    assert real.validate_request_body("retry_task", None) == {"": [BODY_REQUIRED_MESSAGE]}
    assert real.validate_request_body("retry_task", {}) == {}
    assert "interval" in real.validate_request_body("create_task_periodic_snapshot", {})
    assert real.validate_request_body("create_task_periodic_snapshot", {"interval": 30}) == {}
    assert "value" in real.validate_request_body("create_secret", {})
    assert real.validate_request_body("create_secret", {"Value": "s"}) == {}
    assert real.validate_request_body("abort_task", None) == {}


def test_real_spec_queries(real: SpecValidator) -> None:
    assert real.validate_query("delete_job", {"force": ["True"]}) == {}
    assert "force" in real.validate_query("delete_job", {"force": ["maybe"]})
    assert real.validate_query("get_project_budgets", {"activeOnly": ["False"]}) == {}
    assert real.validate_query("list_hardware_constraints", {"Limit": ["50"], "Offset": ["0"]}) == {}
    assert "limit" in real.validate_query("list_hardware_constraints", {"limit": ["51"]})
    assert "cpuModel" in real.validate_query("search_cpu_model_constraints", {})


def test_real_spec_error_responses(real: SpecValidator) -> None:
    unauthorized = b'{"error": {"message": "Bad authentication token", "code": 401}, "data": {}}'
    assert real.validate_response("get_task_information", 401, "application/json", unauthorized) == []
    problem = json.dumps(
        {
            "type": "https://tools.ietf.org/html/rfc7231#section-6.5.1",
            "title": "One or more validation errors occurred.",
            "status": 400,
            "errors": {"": [BODY_REQUIRED_MESSAGE]},
            "traceId": "00-abc",
        }
    ).encode()
    assert real.validate_response("retry_task", 400, "application/problem+json", problem) == []
    assert (
        real.validate_response("get_secret", 404, "application/json", b'{"error": "Secret k doesn\'t exist"}')
        == []
    )
    assert real.validate_response("get_task_information", 503, "text/html", b"<html>down</html>") == []
    assert real.validate_response("get_task_information", 200, "application/json", b'{"uuid": 1}') != []


# ====================================================================== real API bodies

FIXTURE_ANSWERS = [
    ("python-sdk/task-success.json", "get_task_information", 200),
    ("python-sdk/task-running-instances.json", "get_task_information", 200),
    ("python-sdk/pool-closed.json", "get_pool_information", 200),
    ("python-sdk/job.json", "get_job_info", 200),
    ("python-sdk/snapshot-status.json", "get_task_snapshot_status", 200),
    ("python-sdk/carbon-facts.json", "get_task_carbon_facts", 200),
    ("python-sdk/budgets-all.json", "get_project_budgets", 200),
    ("python-sdk/user-info.json", "get_user_info", 200),
    ("python-sdk/hardware-constraints-page.json", "list_hardware_constraints", 200),
    ("go-sdk/tasks-list.json", "list_tasks", 200),
    ("go-sdk/task-summaries.json", "list_tasks_summaries", 200),
    ("go-sdk/task-stdout-json-string.json", "get_task_stdout", 200),
    ("go-sdk/profile-details.json", "get_profile_details", 200),
    ("go-sdk/error-404-no-such-task.json", "get_task_information", 404),
    ("go-sdk/error-401-bad-token.json", "get_task_information", 401),
    ("go-sdk/error-400-validation-interval.json", "create_task_periodic_snapshot", 400),
    ("go-sdk/error-400-empty-body.json", "retry_task", 400),
]


@pytest.mark.parametrize(("name", "operation_id", "status"), FIXTURE_ANSWERS)
def test_real_api_answers_pass_the_validator(
    real: SpecValidator, shared_fixtures: Path, name: str, operation_id: str, status: int
) -> None:
    path = shared_fixtures / name
    assert real.validate_response(operation_id, status, "application/json", path.read_bytes()) == []


def test_a_real_answer_with_a_wrong_type_is_caught(real: SpecValidator, shared_fixtures: Path) -> None:
    path = shared_fixtures / "python-sdk/task-success.json"
    task = json.loads(path.read_text())
    task["instanceCount"] = "three"
    problems = real.validate_response(
        "get_task_information", 200, "application/json", json.dumps(task).encode()
    )
    assert len(problems) == 1 and "body.instanceCount" in problems[0]
