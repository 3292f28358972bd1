"""The five places where schemathesis found the spec and the sandbox disagreeing (issue 11, item 10)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from qarnot_facade.testing import Sandbox
from qarnot_facade.testing.validation import SpecValidator

from .conftest import task_payload, wait_for_task


def _examples(spec: SpecValidator, operation_id: str) -> list[Any]:
    operation = spec.operation(operation_id).operation
    content = spec.resolve(operation["requestBody"])["content"]["application/json"]
    return [spec.resolve(example)["value"] for example in content["examples"].values()]


def test_the_specs_own_clone_example_is_accepted(
    sandbox: Sandbox, api: httpx.Client, spec_validator: SpecValidator
) -> None:
    (example,) = _examples(spec_validator, "clone_task")
    assert "instanceCount" in example and "advancedRanges" in example
    source = api.post("/tasks", json=task_payload("source", "true")).json()["uuid"]
    wait_for_task(api, source)
    clone = api.post(f"/tasks/{source}/clone", json=example)
    assert clone.status_code == 200, clone.text
    cloned = api.get(f"/tasks/{clone.json()['uuid']}").json()
    assert (
        cloned["instanceCount"] == example["instanceCount"]
        and cloned["advancedRanges"] == example["advancedRanges"]
    )
    # both given and disagreeing is still refused, naming the field
    refused = api.post("/tasks", json={**task_payload("bad"), "advancedRanges": "0-3", "instanceCount": 2})
    assert refused.status_code == 400 and "instanceCount" in refused.json()["errors"]


def test_scaling_factor_bounds_are_the_specs(api: httpx.Client, spec_validator: SpecValidator) -> None:
    schema = spec_validator.spec["components"]["schemas"]["ManagedTasksQueueScalingPolicy"]
    assert schema["properties"]["scalingFactor"] == {**schema["properties"]["scalingFactor"], "minimum": 0}
    assert "maximum" not in schema["properties"]["scalingFactor"]
    for factor, status in ((0, 200), (2.5, 200), (-0.1, 400)):
        policy = {
            "type": "ManagedTasksQueue",
            "name": "queue",
            "enabledPeriods": [{"type": "Always", "name": "always"}],
            "minTotalSlots": 0,
            "maxTotalSlots": 2,
            "minIdleSlots": 0,
            "minIdleTimeSeconds": 0,
            "scalingFactor": factor,
        }
        answer = api.post("/sanity-checks/pools/scaling", json={"policies": [policy]})
        assert (answer.status_code < 300) == (status == 200), (factor, answer.text)


@pytest.mark.parametrize("with_objects", [False, True])
def test_an_empty_field_selection_gets_one_answer_whatever_the_state(
    api: httpx.Client, with_objects: bool
) -> None:
    if with_objects:
        api.post("/tasks", json=task_payload("t"))
    for select in ([""], {"fields": [""]}, ["Name..Uuid"], ["Colour"]):
        answer = api.post("/tasks/search", json={"select": select})
        assert answer.status_code == 400, (select, answer.text)
        assert list(answer.json()["errors"]) in (["select"], ["select[0]"], ["select.fields[0]"]), answer.text
    assert api.post("/tasks/search", json={"select": ["Name"]}).status_code == 200


def test_the_specs_example_pagination_token_is_accepted(
    api: httpx.Client, spec_validator: SpecValidator
) -> None:
    example = next(e for e in _examples(spec_validator, "paginate_tasks") if e.get("token"))
    answer = api.post("/tasks/paginate", json=example)
    assert answer.status_code == 200, answer.text
    assert answer.json()["token"] == example["token"]


@pytest.mark.parametrize(("path", "allowed"), [("/tasks/summaries", "GET"), ("/pools/summaries", "GET")])
def test_options_on_a_literal_path_names_its_own_methods(api: httpx.Client, path: str, allowed: str) -> None:
    answer = api.request("OPTIONS", path)
    assert answer.status_code == 405
    assert answer.headers["allow"] == allowed
