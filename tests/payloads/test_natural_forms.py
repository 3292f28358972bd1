"""Payload classes and dict payloads take the natural Python forms of their nested values (issue 16).

End to end on the sandbox: what is accepted arrives as the API's JSON (read back from the server), and
what is refused raises ``InvalidInputError`` naming the field, with nothing sent.
"""

from __future__ import annotations

from typing import Any

import pytest

from qarnot_facade import (
    Client,
    Constant,
    CreatePoolPayload,
    CreateTaskPayload,
    InvalidInputError,
    Labels,
    RetrySettings,
    UpdateTaskPayload,
)
from qarnot_facade.testing import Sandbox

BASE: dict[str, Any] = {"name": "natural", "profile": "docker-batch", "instance_count": 1}
BASE_JSON: dict[str, Any] = {"name": "natural", "profile": "docker-batch", "instanceCount": 1}


@pytest.fixture
def client(qarnot_sandbox: Sandbox) -> Client:
    client = qarnot_sandbox.client()
    client.create_bucket("inputs")
    return client


def _sent(client: Client, task_id: str) -> dict[str, Any]:
    return client.get_task_information(task_id).to_dict()


@pytest.mark.parametrize(
    "constants",
    [
        {"DOCKER_CMD": "true", "FRAMES": "1-10"},
        [("DOCKER_CMD", "true"), ("FRAMES", "1-10")],
        [Constant(key="DOCKER_CMD", value="true"), ("FRAMES", "1-10")],
        (("DOCKER_CMD", "true"), ["FRAMES", "1-10"]),
    ],
    ids=["mapping", "pairs", "mixed", "tuple-of-pairs"],
)
def test_constants_as_a_mapping_or_pairs_on_the_payload_class(client: Client, constants: Any) -> None:
    payload = CreateTaskPayload(**BASE, constants=constants, labels={"team": "render"})
    task_id = client.create_task(payload).uuid
    sent = _sent(client, str(task_id))
    assert [(c["key"], c["value"]) for c in sent["constants"]] == [("DOCKER_CMD", "true"), ("FRAMES", "1-10")]
    assert sent["labels"] == {"team": "render"}
    assert payload.constants is constants, "the caller's payload is left as it was"


def test_dict_payload_takes_the_same_forms(client: Client) -> None:
    body = {
        **BASE_JSON,
        "constants": {"DOCKER_CMD": "true"},
        "labels": {"team": "render"},
        "retrySettings": {"maxTotalRetries": 2},
        "advancedResourceBuckets": [{"bucketName": "inputs"}],
    }
    task_id = client.create_task(body).uuid
    sent = _sent(client, str(task_id))
    assert sent["constants"] == [{"key": "DOCKER_CMD", "value": "true"}]
    assert sent["labels"] == {"team": "render"}
    assert sent["retrySettings"]["maxTotalRetries"] == 2
    assert sent["advancedResourceBuckets"][0]["bucketName"] == "inputs"


def test_nested_objects_as_plain_dicts_on_the_payload_class(client: Client) -> None:
    payload = CreateTaskPayload(
        **BASE,
        retry_settings={"maxTotalRetries": 2},  # type: ignore[arg-type]
        advanced_resource_buckets=[{"bucketName": "inputs"}],  # type: ignore[list-item]
    )
    sent = _sent(client, str(client.create_task(payload).uuid))
    assert sent["retrySettings"]["maxTotalRetries"] == 2
    assert sent["advancedResourceBuckets"][0]["bucketName"] == "inputs"


def test_models_still_work_and_pools_and_updates_take_the_forms_too(client: Client) -> None:
    payload = CreateTaskPayload(
        **BASE,
        constants=[Constant(key="DOCKER_CMD", value="sleep 30")],  # still running when updated
        labels=Labels.from_dict({"a": "b"}),
        retry_settings=RetrySettings(max_total_retries=1),
    )
    task_id = str(client.create_task(payload).uuid)
    try:
        assert _sent(client, task_id)["labels"] == {"a": "b"}
        client.update_task(task_id, UpdateTaskPayload(constants={"STEP": "2"}))  # type: ignore[arg-type]
        assert {c["key"]: c["value"] for c in _sent(client, task_id)["constants"]}["STEP"] == "2"
    finally:
        client.abort_task(task_id)
    pool_id = client.create_pool(
        CreatePoolPayload(name="p", profile="docker-batch", instance_count=1, constants={"K": "V"})  # type: ignore[arg-type]
    ).uuid
    pool = client.get_pool_information(str(pool_id)).to_dict()
    assert pool["constants"] == [{"key": "K", "value": "V"}]


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"constants": "DOCKER_CMD=true"}, "payload.constants must be a list"),
        ({"constants": [("A", "1", "extra")]}, "payload.constants[0] must be a (key, value) pair"),
        ({"constants": {"FRAMES": 10}}, "payload.constants[0] ('FRAMES') value must be a string"),
        (
            {"constants": [{"name": "A"}]},
            "payload.constants[0] must be a {'key': ..., 'value': ...} dict, got keys 'name'",
        ),
        ({"labels": ["render"]}, "payload.labels must be a mapping"),
        (
            {"retry_settings": {"maxTotalRetries": 1, "typo": 2}},
            "payload.retry_settings: unknown field(s) 'typo'",
        ),
        (
            {"advanced_resource_buckets": {"bucketName": "x"}},
            "payload.advanced_resource_buckets must be a list",
        ),
        (
            {"hardware_constraints": [{"discriminator": "MinimumCoreHardwareConstraint"}]},
            "payload.hardware_constraints[0]",
        ),
    ],
)
def test_what_is_unclear_is_refused_naming_the_field_and_nothing_is_sent(
    client: Client, qarnot_sandbox: Sandbox, fields: dict[str, Any], named: str
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        client.create_task(CreateTaskPayload(**BASE, **fields))
    assert named in str(refused.value)
    assert client.list_tasks() == []


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"constants": "DOCKER_CMD=true"}, "payload.constants must be a list"),
        ({"constants": [["A"]]}, "payload.constants[0] must be a (key, value) pair, got 1 items"),
        ({"labels": ["render"]}, "payload.labels must be a mapping"),
        ({"advancedResourceBuckets": "inputs"}, "payload.advancedResourceBuckets must be a list"),
    ],
)
def test_dict_payloads_refuse_the_same_way(client: Client, fields: dict[str, Any], named: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        client.create_task({**BASE_JSON, **fields})
    assert named in str(refused.value)
    assert "dictionary update sequence" not in str(refused.value)
    assert client.list_tasks() == []
