"""The sandbox follows the spec instead of restating it: a field added to a schema is served unchanged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

from qarnot_facade.testing import Sandbox
from qarnot_facade.testing.shapes import Shapes
from qarnot_facade.testing.validation import SpecValidator, spec_path

from .conftest import make_api, task_payload, wait_for_task

PROBE = {"type": ["string", "null"], "description": "added by the test: unknown to the sandbox's code"}


def _own_properties(schema: dict[str, Any]) -> dict[str, Any]:
    """The ``properties`` of an object schema, or of its inline ``allOf`` part."""
    if "properties" in schema:
        return schema["properties"]  # type: ignore[no-any-return]
    inline = [part for part in schema["allOf"] if "properties" in part]
    return inline[-1]["properties"]  # type: ignore[no-any-return]


def _spec_with_new_fields(tmp_path: Path) -> Path:
    spec = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    for name in ("Task", "CreateTaskPayload", "Pool", "CreatePoolPayload"):
        _own_properties(schemas[name])["sandboxProbe"] = dict(PROBE)
    for name in ("Task", "Pool"):  # answered, never sent: must come back as null
        schemas[name]["properties"]["answeredOnly"] = dict(PROBE)
    copied = tmp_path / "qarnot.yaml"
    copied.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return copied


def test_a_field_added_to_the_spec_round_trips(
    qarnot_sandbox_factory: Callable[..., Sandbox], tmp_path: Path
) -> None:
    spec = _spec_with_new_fields(tmp_path)
    sandbox = qarnot_sandbox_factory(spec=spec)
    validator = SpecValidator(spec)
    with make_api(sandbox, validator) as api:
        pool = api.post(
            "/pools",
            json={"name": "p", "profile": "docker-batch", "instanceCount": 1, "sandboxProbe": "pool!"},
        )
        assert pool.status_code == 200, pool.text
        pool_uuid = pool.json()["uuid"]
        task = api.post("/tasks", json=task_payload("t", "true", poolUuid=pool_uuid, sandboxProbe="task!"))
        assert task.status_code == 200, task.text
        task_uuid = task.json()["uuid"]
        for path, expected in ((f"/pools/{pool_uuid}", "pool!"), (f"/tasks/{task_uuid}", "task!")):
            answer = api.get(path).json()
            assert answer["sandboxProbe"] == expected
            assert "answeredOnly" in answer and answer["answeredOnly"] is None
        assert [t["sandboxProbe"] for t in api.get("/tasks").json()] == ["task!"]
        assert [p["sandboxProbe"] for p in api.get("/pools").json()] == ["pool!"]
        assert wait_for_task(api, task_uuid)["sandboxProbe"] == "task!"


def _nullable_properties(shapes: Shapes, schema: str) -> set[str]:
    validator = shapes.validator
    resolved = validator.resolve({"$ref": f"#/components/schemas/{schema}"})
    return {name for name, _sub, nullable in shapes._plan(resolved) if nullable}


def test_every_property_of_the_answer_schema_is_present(
    sandbox: Sandbox, spec_validator: SpecValidator
) -> None:
    """null where the sandbox knows nothing, as the platform answers (the official SDK reads some fields
    unconditionally, e.g. a pool's ``multiSlotsSettings``)."""
    shapes = Shapes(spec_validator)
    with make_api(sandbox, spec_validator) as api:
        job = api.post("/jobs", json={"name": "j"}).json()["uuid"]
        pool = api.post("/pools", json={"name": "p", "profile": "docker-batch", "instanceCount": 1}).json()
        task = api.post("/tasks", json=task_payload("t", "true")).json()["uuid"]
        answers: list[tuple[str, dict[str, Any]]] = [
            ("Job", api.get(f"/jobs/{job}").json()),
            ("Pool", api.get(f"/pools/{pool['uuid']}").json()),
            ("Task", api.get(f"/tasks/{task}").json()),
            ("TaskSummary", api.get("/tasks/summaries").json()[0]),
            ("PoolSummary", api.get("/pools/summaries").json()[0]),
        ]
        for schema, answer in answers:
            missing = set(shapes.properties(schema)) - set(answer)
            assert not missing, (schema, sorted(missing))
        assert "multiSlotsSettings" in answers[1][1]
        assert _nullable_properties(shapes, "Task") <= set(answers[2][1])


def test_a_summary_holds_what_its_schema_describes(sandbox: Sandbox, spec_validator: SpecValidator) -> None:
    shapes = Shapes(spec_validator)
    with make_api(sandbox, spec_validator) as api:
        api.post("/tasks", json=task_payload("t", "true"))
        summary = api.get("/tasks/summaries").json()[0]
    assert set(summary) == set(shapes.properties("TaskSummary"))


def test_null_means_not_given(qarnot_sandbox_factory: Callable[..., Sandbox], tmp_path: Path) -> None:
    """The official SDK sends ``"shortname": null``; where the spec allows null, the default applies, as
    on the platform."""
    spec = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
    job_fields = spec["components"]["schemas"]["CreateJobPayload"]["properties"]
    for name in ("shortname", "tags"):
        job_fields[name] = {"anyOf": [job_fields[name], {"type": "null"}]}
    copied = tmp_path / "qarnot.yaml"
    copied.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    sandbox = qarnot_sandbox_factory(spec=copied)
    with make_api(sandbox, SpecValidator(copied)) as api:
        response = api.post("/jobs", json={"name": "j", "shortname": None, "tags": None})
        assert response.status_code == 200, response.text
        job = api.get(f"/jobs/{response.json()['uuid']}").json()
    assert job["shortname"] == job["uuid"] and job["tags"] == []


def test_answers_of_a_copied_spec_are_checked_against_it(
    qarnot_sandbox_factory: Callable[..., Sandbox], tmp_path: Path
) -> None:
    spec = _spec_with_new_fields(tmp_path)
    sandbox = qarnot_sandbox_factory(spec=spec)
    with httpx.Client(base_url=sandbox.api_url, headers={"Authorization": sandbox.api_key}) as api:
        refused = api.post("/tasks", json=task_payload("t", sandboxProbe=7))
    assert refused.status_code == 400  # the copied spec's type is enforced, naming the field
    assert "sandboxProbe" in refused.json()["errors"]
