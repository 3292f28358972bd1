"""Fixture fidelity: real API bodies (../shared/fixtures) decode through the generated client, and real
request bodies validate against the spec.

Each response body goes through the generated parser of the endpoint it came from (`_parse_response` of
`qarnot_api.api.<tag>.<operationId>`, fed an `httpx.Response` built in memory), and the result must be the
type the spec declares for that status. Bodies that are only part of an answer decode through the model of
the spec schema they belong to. Then the tests check what matters about the decoded values: the quirks of
the wire (unknown or lower-case enum values, "never" dates, .NET timespans, nulls, extra keys) survive.
"""

from __future__ import annotations

import datetime
import importlib
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import httpx
import pytest
from qarnot_api import models
from qarnot_api.client import Client
from qarnot_api.types import Unset

Validate = Callable[[Any, str], list[str]]  # the `validate` fixture of conftest.py


def _load(shared_fixtures: Path, name: str) -> Any:
    return json.loads((shared_fixtures / name).read_text(encoding="utf-8"))


def _operation(openapi: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, item in openapi["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return method, path, operation
    raise AssertionError(f"operation {operation_id} is not in the spec")


def _module(openapi: dict[str, Any], operation_id: str) -> ModuleType:
    _, _, operation = _operation(openapi, operation_id)
    tag = operation["tags"][0].replace("-", "_")
    # a tag that is a Python builtin name gets a trailing underscore (credits -> credits_)
    for package in (tag, f"{tag}_"):
        try:
            return importlib.import_module(f"qarnot_api.api.{package}.{operation_id}")
        except ModuleNotFoundError:
            continue
    raise AssertionError(f"no generated module for {operation_id} under qarnot_api.api.{tag}")


def _resolve(openapi: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = openapi
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _ref_name(schema: dict[str, Any]) -> str:
    assert "$ref" in schema, f"expected a named schema, got {schema}"
    return str(schema["$ref"]).rsplit("/", 1)[-1]


def _json_schema(openapi: dict[str, Any], operation_id: str, status: str) -> tuple[str, dict[str, Any]]:
    """(media type, schema) of the JSON answer the spec documents for an operation and status."""
    _, _, operation = _operation(openapi, operation_id)
    responses = operation["responses"]
    assert status in responses, f"{operation_id} documents no {status} response"
    content = _resolve(openapi, responses[status]).get("content", {})
    for media_type, media in content.items():
        if media_type == "application/json" or media_type.endswith("+json"):
            return media_type, media["schema"]
    raise AssertionError(f"{operation_id} {status} has no JSON body: {sorted(content)}")


def _parse(openapi: dict[str, Any], operation_id: str, status: int, body: Any) -> Any:
    """Run a body through the generated parser of the operation, as the generated client does."""
    media_type, _ = _json_schema(openapi, operation_id, str(status))
    response = httpx.Response(status, content=json.dumps(body).encode(), headers={"content-type": media_type})
    client = Client(base_url="http://127.0.0.1", raise_on_unexpected_status=True)
    return _module(openapi, operation_id)._parse_response(client=client, response=response)


T = TypeVar("T")


def present(value: T | Unset | None) -> T:
    """The value of a field the body carries: fails when it decoded as UNSET (absent) or None (null)."""
    assert value is not None, "field is null"
    assert not isinstance(value, Unset), "field is absent"
    return value


def _model(name: str) -> Any:
    model = getattr(models, name, None)
    assert model is not None, f"qarnot_api.models has no {name}"
    return model


def _twins() -> dict[str, str]:
    """Each spelling of a figure spelt twice (`x-same-as` in the spec) -> the other spelling."""
    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "qarnot.yaml").read_text())
    twins: dict[str, str] = {}
    for schema in spec["components"]["schemas"].values():
        for key, prop in (schema.get("properties") or {}).items():
            if "x-same-as" in prop:
                twins[key], twins[prop["x-same-as"]] = prop["x-same-as"], key
    return twins


TWINS = _twins()


def _keys_kept(decoded: Any, body: dict[str, Any]) -> None:
    """Every key of the wire body comes back out of to_dict (as a known field or an additional property),
    plus only the second spelling of a figure the body spelt one way (both attributes are filled)."""
    out = set(decoded.to_dict())
    assert out >= set(body), set(body) - out
    assert all(TWINS.get(key) in body for key in out - set(body)), out - set(body)


# file -> (operationId, status) of the endpoint that answers it, from the fixtures README
WHOLE_BODIES: dict[str, tuple[str, int]] = {
    "python-sdk/task-success.json": ("get_task_information", 200),
    "python-sdk/task-running-instances.json": ("get_task_information", 200),
    "python-sdk/pool-closed.json": ("get_pool_information", 200),
    "python-sdk/job.json": ("get_job_info", 200),
    "python-sdk/snapshot-status.json": ("get_task_snapshot_status", 200),
    "python-sdk/carbon-facts.json": ("get_task_carbon_facts", 200),
    "python-sdk/credits.json": ("get_task_credits", 200),
    "python-sdk/budgets-active.json": ("get_project_budgets", 200),
    "python-sdk/budgets-all.json": ("get_project_budgets", 200),
    "python-sdk/budgets-empty.json": ("get_project_budgets", 200),
    "python-sdk/user-info.json": ("get_user_info", 200),
    "python-sdk/user-info-legacy.json": ("get_user_info", 200),
    "python-sdk/hardware-constraints-page.json": ("list_hardware_constraints", 200),
    "go-sdk/tasks-list.json": ("list_tasks", 200),
    "go-sdk/task.json": ("get_task_information", 200),
    "go-sdk/task-summaries.json": ("list_tasks_summaries", 200),
    "go-sdk/task-created-uuid.json": ("retry_task", 200),
    "go-sdk/hardware-constraints.json": ("list_hardware_constraints", 200),
    "go-sdk/profile-details.json": ("get_profile_details", 200),
    "go-sdk/user-info.json": ("get_user_info", 200),
    "go-sdk/error-404-no-such-task.json": ("get_task_information", 404),
    "go-sdk/error-401-bad-token.json": ("list_tasks", 401),
    "go-sdk/error-400-validation-interval.json": ("create_task_periodic_snapshot", 400),
    "go-sdk/error-400-empty-body.json": ("retry_task", 400),
}

# file -> (operationId of the paginating endpoint): the file is the `data` array of its page
PAGE_DATA: dict[str, str] = {
    "python-sdk/task-summaries-page-data.json": "paginate_tasks_summaries",
    "python-sdk/jobs-page-data.json": "paginate_jobs",
    "python-sdk/pools-page-data.json": "paginate_pools_summaries",
}


@pytest.mark.parametrize(("name", "endpoint"), sorted(WHOLE_BODIES.items()))
def test_whole_body_decodes_as_the_documented_type(
    shared_fixtures: Path, openapi: dict[str, Any], name: str, endpoint: tuple[str, int]
) -> None:
    operation_id, status = endpoint
    body = _load(shared_fixtures, name)
    decoded = _parse(openapi, operation_id, status, body)
    _, schema = _json_schema(openapi, operation_id, str(status))
    if schema.get("type") == "array":
        item_model = _model(_ref_name(schema["items"]))
        assert isinstance(decoded, list)
        assert len(decoded) == len(body) > 0
        for item, raw in zip(decoded, body, strict=True):
            assert isinstance(item, item_model)
            _keys_kept(item, raw)
    else:
        assert isinstance(decoded, _model(_ref_name(schema)))
        _keys_kept(decoded, body)


@pytest.mark.parametrize(("name", "operation_id"), sorted(PAGE_DATA.items()))
def test_page_data_decodes_through_the_page_item_model(
    shared_fixtures: Path, openapi: dict[str, Any], name: str, operation_id: str
) -> None:
    _, page_schema = _json_schema(openapi, operation_id, "200")
    page = _resolve(openapi, page_schema)
    item_model = _model(_ref_name(page["properties"]["data"]["items"]))
    body = _load(shared_fixtures, name)
    decoded = [item_model.from_dict(item) for item in body]
    assert [item.uuid for item in decoded] == [item["uuid"] for item in body]
    for item, raw in zip(decoded, body, strict=True):
        _keys_kept(item, raw)
        # "submetted" is not a known state: it survives as the plain string, not an error or an enum member
        assert item.state == "submetted"
        assert type(item.state) is str
    # The same data wrapped into a whole page goes through the endpoint's parser.
    page_body = {"data": body, **{key: None for key in page.get("required", []) if key != "data"}}
    parsed = _parse(openapi, operation_id, 200, page_body)
    assert [type(item) for item in parsed.data] == [item_model] * len(body)


def test_task_success(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    task = _parse(
        openapi, "get_task_information", 200, _load(shared_fixtures, "python-sdk/task-success.json")
    )
    assert isinstance(task, models.Task)
    assert task.state == "Success"
    assert task.state is models.TaskState.SUCCESS
    assert (
        task.previous_state is models.TaskState.UPLOADINGRESULTS or task.previous_state == "UploadingResults"
    )
    # lower-case "flex" decodes to the member whose value differs only by case (issue 10)
    assert task.scheduling_type is models.SchedulingType.FLEX
    # .NET timespans stay strings
    assert task.execution_time == "00:28:04"
    assert task.completion_time_to_live == "00:00:00"
    assert task.creation_date == datetime.datetime(2021, 7, 20, 16, 9, 43, tzinfo=datetime.UTC)
    # nulls are kept as None, not turned into a default
    assert task.pool_uuid is None
    assert task.dependencies is None
    status = present(task.status)
    assert isinstance(status, models.Status)
    # 0001-01-01T00:00:00Z ("never") decodes to year 1
    assert isinstance(status.timestamp, datetime.datetime)
    assert status.timestamp.year == 1
    assert status.download_time == "00:00:00"
    assert present(status.execution_time_ghz_by_cpu_model)[0].time_ghz == pytest.approx(5385.8447265625)
    assert [constant.key for constant in present(task.constants)] == [
        "DOCKER_REPO",
        "DOCKER_TAG",
        "DOCKER_CMD",
    ]
    instance = present(task.completed_instances)[0]
    assert instance.results == ["s3://storage.qarnot.com/result/data-result.txt"]
    assert instance.error is None
    assert instance.execution_attempt_count == 43
    assert present(task.retry_settings).max_per_instance_retries == 2
    assert present(task.privileges).export_api_and_storage_credentials_in_environment is False


def test_task_running_instances(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    body = _load(shared_fixtures, "python-sdk/task-running-instances.json")
    task = _parse(openapi, "get_task_information", 200, body)
    assert task.state is models.TaskState.FULLYEXECUTING
    info = task.status.running_instances_info
    assert isinstance(info, models.RunningInstancesInfo)
    per_instance = present(info.per_running_instance_info)
    assert [item.instance_id for item in per_instance] == [0, 1]
    assert all(isinstance(item, models.PerRunningInstanceInfo) for item in per_instance)
    assert per_instance[1].cpu_model == "Intel(R) Core(TM) i7-3770K CPU @ 3.50GHz"
    assert per_instance[0].phase == "execution"
    assert per_instance[1].execution_attempt_count == 2
    assert per_instance[0].active_forwards == []


def test_task_status_part(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    body = _load(shared_fixtures, "python-sdk/task-status.json")
    task_schema = _resolve(openapi, {"$ref": "#/components/schemas/Task"})
    status_schema = task_schema["properties"]["status"]
    names = [_ref_name(branch) for branch in status_schema.get("anyOf", [status_schema]) if "$ref" in branch]
    assert names == ["Status"]
    status = models.Status.from_dict(body)
    _keys_kept(status, body)
    assert isinstance(status.running_instances_info, models.RunningInstancesInfo)
    assert isinstance(status.last_update_timestamp, datetime.datetime)


def test_go_task_and_list(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    task = _parse(openapi, "get_task_information", 200, _load(shared_fixtures, "go-sdk/task.json"))
    assert isinstance(task, models.Task)
    tasks = _parse(openapi, "list_tasks", 200, _load(shared_fixtures, "go-sdk/tasks-list.json"))
    assert all(isinstance(item, models.Task) for item in tasks)
    assert tasks[0].state is models.TaskState.SUCCESS
    body = _load(shared_fixtures, "go-sdk/tasks-list.json")
    assert [item.wall_time for item in tasks] == [item["wallTime"] for item in body]
    assert tasks[0].progress == 100.0
    summaries = _parse(
        openapi, "list_tasks_summaries", 200, _load(shared_fixtures, "go-sdk/task-summaries.json")
    )
    assert all(isinstance(item, models.TaskSummary) for item in summaries)
    assert summaries[0].shortname == "test2-shortname"


def test_pool_closed(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    pool = _parse(openapi, "get_pool_information", 200, _load(shared_fixtures, "python-sdk/pool-closed.json"))
    assert isinstance(pool, models.Pool)
    assert pool.state is models.PoolState.CLOSED
    assert pool.to_dict()["state"] == "Closed"
    assert pool.advanced_resource_buckets is None
    assert pool.preparation_task is None
    assert isinstance(pool.elastic_property, models.ElasticProperty)
    assert pool.elastic_property.min_idle_time_seconds == 30
    assert pool.elastic_property.ramp_resize_factor == pytest.approx(0.8)
    assert [(error.code, error.debug) for error in present(pool.errors)] == [("GHX0782I", None)]
    assert present(pool.status).wall_time == "00:00:15"


def test_job(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    job = _parse(openapi, "get_job_info", 200, _load(shared_fixtures, "python-sdk/job.json"))
    assert isinstance(job, models.Job)
    # "Success" is not one of the documented job states: it survives as it was sent
    assert job.state == "Success"
    assert present(job.end_date).year == 1
    assert job.max_wall_time == "00:00:00"
    assert job.pool_uuid == "029e8fbe-f1a6-41b3-926d-dff6d0b4f968"


def test_snapshot_status_lower_case(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    body = _load(shared_fixtures, "python-sdk/snapshot-status.json")
    snapshot = _parse(openapi, "get_task_snapshot_status", 200, body)
    assert isinstance(snapshot, models.Snapshot)
    assert snapshot.status == "triggered"
    assert present(snapshot.snapshot_config).bucket_prefix == "prefix-"
    assert snapshot.trigger_date == datetime.datetime(2026, 2, 3, 8, 56, 48, 729000, tzinfo=datetime.UTC)
    assert snapshot.id == body["id"]


def test_carbon_facts_and_credits(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    facts = _parse(
        openapi, "get_task_carbon_facts", 200, _load(shared_fixtures, "python-sdk/carbon-facts.json")
    )
    assert isinstance(facts, models.CarbonFacts)
    assert facts.total_consumed_energy_Wh == 1432  # the camelCase twin keeps both names apart
    assert pytest.approx(1.1) == facts.PUE
    assert facts.equivalent_dc_carbon_footprint == 3600
    assert facts.equivalent_datacenter_name == "default-datacenter"
    credits_ = _parse(openapi, "get_task_credits", 200, _load(shared_fixtures, "python-sdk/credits.json"))
    assert credits_.to_dict() == {"credits": 3600.42}


def test_budgets(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    active = _parse(
        openapi, "get_project_budgets", 200, _load(shared_fixtures, "python-sdk/budgets-active.json")
    )
    assert isinstance(active, models.BudgetList)
    budgets = present(active.budgets)
    assert [budget.budget_overrun_policy for budget in budgets] == ["AlertOnly", "StopAndBlockAll"]
    assert budgets[0].budget_overrun_policy is models.BudgetOverrunPolicy.ALERTONLY
    assert budgets[0].remaining_amount_in_cents == 679
    everything = _parse(
        openapi, "get_project_budgets", 200, _load(shared_fixtures, "python-sdk/budgets-all.json")
    )
    assert len(everything.budgets) > len(budgets)
    empty = _parse(
        openapi, "get_project_budgets", 200, _load(shared_fixtures, "python-sdk/budgets-empty.json")
    )
    assert empty.budgets == []


def test_user_info(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    info = _parse(openapi, "get_user_info", 200, _load(shared_fixtures, "python-sdk/user-info.json"))
    assert isinstance(info, models.UserInfo)
    assert info.email == ""
    quotas = present(info.computing_quotas)
    user, organization = present(quotas.user), present(quotas.organization)
    assert present(user.flex).max_instances == 64
    assert present(user.on_demand).running_cores_count == 4
    assert present(user.reserved)[0].machine_key == "string"
    assert organization.name == "string"
    assert present(organization.reserved)[0].max_cores == 5126
    legacy = _parse(openapi, "get_user_info", 200, _load(shared_fixtures, "python-sdk/user-info-legacy.json"))
    assert legacy.running_flex_core_count == 22
    assert legacy.max_on_demand_instances == 24
    assert isinstance(legacy.computing_quotas, Unset)
    go = _parse(openapi, "get_user_info", 200, _load(shared_fixtures, "go-sdk/user-info.json"))
    assert go.default_scheduling is models.SchedulingType.FLEX
    assert go.reserved_quotas == []
    assert go.quota_bytes_bucket == 10737418240


def test_projects_of_user_info(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    user_info = _resolve(openapi, {"$ref": "#/components/schemas/UserInfo"})
    assert _ref_name(user_info["properties"]["projects"]["items"]) == "Project"
    default = models.Project.from_dict(_load(shared_fixtures, "python-sdk/project-default.json"))
    other = models.Project.from_dict(_load(shared_fixtures, "python-sdk/project-non-default.json"))
    assert default.is_default is True
    assert other.is_default is not True
    assert other.slug != "default"
    assert default.slug == "default"
    assert default.organization_uuid == "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def test_hardware_constraints_each_variant_is_its_own_class(
    shared_fixtures: Path, openapi: dict[str, Any]
) -> None:
    for name in ("python-sdk/hardware-constraints-page.json", "go-sdk/hardware-constraints.json"):
        body = _load(shared_fixtures, name)
        page = _parse(openapi, "list_hardware_constraints", 200, body)
        assert isinstance(page, models.HardwareConstraintPage)
        data = present(page.data)
        assert page.total == len(data) == len(body["data"])
        for item, raw in zip(data, body["data"], strict=True):
            assert type(item).__name__ == raw["discriminator"]
            assert item.discriminator == raw["discriminator"]
            assert item.to_dict() == raw
    page = _parse(
        openapi, "list_hardware_constraints", 200, _load(shared_fixtures, "go-sdk/hardware-constraints.json")
    )
    assert page.data[0].minimum_memory_mb == 32000.0


def test_profile_details(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    profile = _parse(
        openapi, "get_profile_details", 200, _load(shared_fixtures, "go-sdk/profile-details.json")
    )
    assert isinstance(profile, models.ProfileDetails)
    assert profile.name == "docker-network"
    constants = present(profile.constants)
    assert [constant.name for constant in constants] == ["DOCKER_SRV", "QARNOT_DISABLE_CPU_BOOST"]
    assert profile.licenses == []


def test_created_uuid_for_every_task_copy_action(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    body = _load(shared_fixtures, "go-sdk/task-created-uuid.json")
    for operation_id in ("retry_task", "clone_task", "recover_task", "resume_task"):
        answer = _parse(openapi, operation_id, 200, body)
        assert isinstance(answer, models.UuidResponse)
        # identifiers are plain strings: a non-GUID placeholder is kept as it is
        assert answer.uuid == "fakeuuid"


def test_stdout_json_string(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    raw = (shared_fixtures / "go-sdk/task-stdout-json-string.json").read_bytes()
    _, _, operation = _operation(openapi, "get_task_stdout")
    content = _resolve(openapi, operation["responses"]["200"])["content"]
    assert content["application/json"]["schema"].get("type") == "string"
    assert content["text/plain"]["schema"].get("type") == "string"
    client = Client(base_url="http://127.0.0.1", raise_on_unexpected_status=True)
    module = _module(openapi, "get_task_stdout")
    as_json = module._parse_response(
        client=client, response=httpx.Response(200, content=raw, headers={"content-type": "application/json"})
    )
    # whichever media type the generator decodes, the answer is a str holding the output
    assert isinstance(as_json, str)
    assert as_json in (" 0> Hello world", '" 0> Hello world"')
    assert json.loads(raw) == " 0> Hello world"
    as_text = module._parse_response(
        client=client,
        response=httpx.Response(200, content=b" 0> Hello world", headers={"content-type": "text/plain"}),
    )
    assert as_text == " 0> Hello world"


def error_message(error: models.ErrorBody) -> str:
    """The extraction rule the spec documents for ErrorBody: message, else error (string or object), else
    title plus the field errors."""
    if isinstance(error.message, str) and error.message:
        return error.message
    if isinstance(error.error, str):
        return error.error
    if isinstance(error.error, models.ErrorDetail) and isinstance(error.error.message, str):
        return error.error.message
    parts = [error.title] if isinstance(error.title, str) else []
    field_errors = error.to_dict().get("errors") or {}
    for field, messages in field_errors.items():
        parts.extend(f"{field or '<body>'}: {message}" for message in messages)
    return "; ".join(parts)


def test_error_shapes(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    e1 = _parse(
        openapi, "get_task_information", 404, _load(shared_fixtures, "go-sdk/error-404-no-such-task.json")
    )
    assert isinstance(e1, models.ErrorBody)
    assert error_message(e1) == "No such task: test"

    e2 = _parse(openapi, "list_tasks", 401, _load(shared_fixtures, "go-sdk/error-401-bad-token.json"))
    assert isinstance(e2, models.ErrorBody)
    assert isinstance(e2.error, models.ErrorDetail)
    assert e2.error.code == 401
    assert error_message(e2) == "Bad authentication token"

    e3 = _parse(
        openapi,
        "create_task_periodic_snapshot",
        400,
        _load(shared_fixtures, "go-sdk/error-400-validation-interval.json"),
    )
    assert isinstance(e3, models.ErrorBody)
    assert e3.status == 400
    assert e3.detail is None
    assert e3.to_dict()["errors"]["interval"][0].startswith("Could not convert string to integer")
    assert error_message(e3).startswith(
        "One or more validation errors occurred.; interval: Could not convert"
    )

    empty = _parse(openapi, "retry_task", 400, _load(shared_fixtures, "go-sdk/error-400-empty-body.json"))
    assert error_message(empty).endswith("<body>: A non-empty request body is required.")
    assert empty.to_dict()["extensions"]["traceId"].startswith("00-a262")

    # E4 (secrets manager) has no fixture file; its documented shape decodes the same way.
    e4 = models.ErrorBody.from_dict({"error": "Secret the_key doesn't exist"})
    assert error_message(e4) == "Secret the_key doesn't exist"


def test_scaling_parts(shared_fixtures: Path, openapi: dict[str, Any]) -> None:
    weekly_body = _load(shared_fixtures, "python-sdk/scaling-time-period-weekly.json")
    policy_body = _load(shared_fixtures, "python-sdk/scaling-policy-managed-queue.json")
    scaling_body = _load(shared_fixtures, "python-sdk/scaling-policies.json")

    fixed = models.FixedScalingPolicy.from_dict({"type": "Fixed", "slotsCount": 1})
    assert fixed.slots_count == 1
    policy = models.ManagedTasksQueueScalingPolicy.from_dict(policy_body)
    assert policy.scaling_factor == pytest.approx(1.5)
    period = present(policy.enabled_periods)[0]
    assert isinstance(period, models.WeeklyTimePeriod)
    weekly = models.WeeklyTimePeriod.from_dict(weekly_body)
    # Both casings of the day names (PascalCase here, lower-case there) decode to the same DayOfWeek
    # members: values that differ only by case map to one member (issue 10).
    days = [*present(period.days), *present(weekly.days)]
    assert all(isinstance(day, models.DayOfWeek) for day in days)
    assert period.days == [models.DayOfWeek.MONDAY, models.DayOfWeek.FRIDAY]
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"]
    assert [str(day) for day in present(weekly.days)] == weekdays
    assert weekly.start_time_utc == "09:00:00"

    pool = models.Pool.from_dict({"uuid": "p", "scaling": scaling_body})
    scaling = present(pool.scaling)
    assert isinstance(scaling, models.Scaling)
    assert [type(item).__name__ for item in present(scaling.policies)] == [
        "FixedScalingPolicy",
        "ManagedTasksQueueScalingPolicy",
    ]
    assert scaling.active_policy_name == "default"


def test_stray_keys_of_real_answers_are_kept(shared_fixtures: Path) -> None:
    """jobs-page-data.json carries a task-like `instanceCount` that Job does not declare: it is kept."""
    for raw in _load(shared_fixtures, "python-sdk/jobs-page-data.json"):
        job = models.Job.from_dict(raw)
        assert job.additional_properties == {"instanceCount": raw["instanceCount"]}
        assert job.to_dict()["instanceCount"] == raw["instanceCount"]
        assert job.completion_time_to_live is None


def test_extra_keys_land_in_additional_properties(shared_fixtures: Path) -> None:
    body = _load(shared_fixtures, "python-sdk/task-success.json")
    body["someFutureField"] = {"nested": [1, 2]}
    body["status"]["newCounter"] = 7
    task = models.Task.from_dict(body)
    assert task.additional_properties["someFutureField"] == {"nested": [1, 2]}
    assert present(task.status).additional_properties["newCounter"] == 7
    assert task.to_dict()["someFutureField"] == {"nested": [1, 2]}


def test_unknown_enum_value_decodes_as_str() -> None:
    unknown = models.Task.from_dict({"uuid": "t", "state": "SomethingNew"})
    assert unknown.state == "SomethingNew"
    assert type(unknown.state) is str
    known = models.Task.from_dict({"uuid": "t", "state": "Success"})
    assert isinstance(known.state, models.TaskState)
    assert known.state is models.TaskState.SUCCESS
    # StrEnum: either branch compares with the plain string
    assert str(known.state) == "Success"
    assert known.state.value == "Success"
    pool = models.Pool.from_dict({"uuid": "p", "state": "Hibernating"})
    assert pool.state == "Hibernating"
    job = models.Job.from_dict({"uuid": "j", "state": "Active"})
    assert job.state is models.JobState.ACTIVE


# --- request bodies ---------------------------------------------------------------------------------------


def _request_schema(openapi: dict[str, Any], operation_id: str) -> dict[str, Any]:
    _, _, operation = _operation(openapi, operation_id)
    body = _resolve(openapi, operation["requestBody"])
    schema: dict[str, Any] = body["content"]["application/json"]["schema"]
    return schema


def _pointer_of(schema: dict[str, Any]) -> str:
    return str(schema["$ref"])


def test_request_filter_validates(shared_fixtures: Path, openapi: dict[str, Any], validate: Validate) -> None:
    body = _load(shared_fixtures, "python-sdk/request-filter-tags.json")
    paginate = _pointer_of(_request_schema(openapi, "paginate_tasks"))
    assert validate({"filter": body, "maximumResults": 50}, paginate) == []
    assert validate(body, "#/components/schemas/Filter") == []
    # the validator does reject a broken filter (a leaf without a field)
    broken = {"operator": "And", "filters": [{"operator": "Equal", "value": "x"}]}
    assert validate({"filter": broken}, paginate) != []
    request = models.PaginateRequest.from_dict({"filter": body})
    assert isinstance(request.filter_, models.FilterNode)
    assert isinstance(request.filter_.filters[0], models.FilterNode)
    assert isinstance(request.filter_.filters[0].filters[0], models.FilterLeaf)
    assert request.to_dict() == {"filter": body}


def test_request_advanced_bucket_validates(
    shared_fixtures: Path, openapi: dict[str, Any], validate: Validate
) -> None:
    body = _load(shared_fixtures, "python-sdk/request-advanced-bucket.json")
    create_task = _resolve(openapi, _request_schema(openapi, "create_task"))
    branches = create_task.get("anyOf") or create_task.get("oneOf") or [create_task]
    payload_refs = [branch["$ref"] for branch in branches if "$ref" in branch]
    assert "#/components/schemas/CreateTaskPayload" in payload_refs
    task = {
        "name": "render",
        "profile": "docker-batch",
        "instanceCount": 1,
        "advancedResourceBuckets": [body],
    }
    assert validate(task, "#/components/schemas/CreateTaskPayload") == []
    assert validate(body, "#/components/schemas/AdvancedResourceBucket") == []
    assert validate({**body, "cacheTTLSec": "soon"}, "#/components/schemas/AdvancedResourceBucket") != []
    bucket = models.AdvancedResourceBucket.from_dict(body)
    assert present(present(bucket.filtering).prefix_filtering).prefix == "prefix1"
    assert present(present(bucket.resources_transformation).strip_prefix).prefix == "prefix2"
    assert bucket.to_dict() == body


def test_scaling_policies_validate_as_the_put_scaling_body(
    shared_fixtures: Path, openapi: dict[str, Any], validate: Validate
) -> None:
    body = _load(shared_fixtures, "python-sdk/scaling-policies.json")
    put_scaling = _request_schema(openapi, "update_pool_scaling")
    assert _ref_name(put_scaling) == "ScalingPayload"
    assert validate(body, _pointer_of(put_scaling)) == []
    assert (
        validate({**body, "policies": [{"type": "Fixed", "slotsCount": "five"}]}, _pointer_of(put_scaling))
        != []
    )
    payload = models.ScalingPayload.from_dict(body)
    assert [type(policy).__name__ for policy in payload.policies] == [
        "FixedScalingPolicy",
        "ManagedTasksQueueScalingPolicy",
    ]
    for name in ("scaling-policy-managed-queue.json", "scaling-time-period-weekly.json"):
        part = _load(shared_fixtures, f"python-sdk/{name}")
        target = "ScalingPolicy" if "policy" in name else "TimePeriod"
        assert validate(part, f"#/components/schemas/{target}") == [], name
