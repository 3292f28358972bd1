"""Answers as Qarnot's published API document describes them, decoded through the facade (Client and
AsyncClient, httpx.MockTransport): a null state, camelCase carbon facts, enum values in another case, a
bulk 207, a failed batch's per-task array, job batches, tag filters, the read-only header and what a
read-only view refuses."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from qarnot_facade import InvalidInputError, QuotaExceededError, ValidationError

from .conftest import FakeApi

TID = "0a9c1e4e-3d1f-4c52-9b3e-2f0a9f5b7c11"
OTHER = "ada@example.org"
HEADER = "QarnotReadOnlyRequestForAccount"


def test_a_null_state_decodes(twin_client: Any, fake: FakeApi) -> None:
    """The document's own task example has ``"state": null``; so may pools, jobs and summaries."""
    fake.json("GET", f"/tasks/{TID}", {"uuid": TID, "name": "t", "state": None, "clusterInfo": None})
    task = twin_client.get_task_information(TID)
    assert task.state is None
    assert task.cluster_info is None
    fake.json("GET", "/pools/summaries", [{"uuid": "p", "state": None, "targetRunningInstanceCount": 2}])
    (summary,) = twin_client.list_pools_summaries()
    assert summary.state is None
    assert summary.target_running_instance_count == 2


def test_carbon_facts_read_the_same_whichever_spelling_arrived(twin_client: Any, fake: FakeApi) -> None:
    path = f"/carbon/v1/tasks/{TID}/carbon-facts"
    fake.json("GET", path, {"totalConsumedEnergyWh": 306.0, "pue": 1.001, "comparisonDataCenterName": "eu"})
    documented = twin_client.get_task_carbon_facts(TID)
    assert documented.total_consumed_energy_Wh == documented.totalConsumedEnergyWh == 306.0
    assert documented.PUE == documented.pue == 1.001
    assert documented.equivalent_datacenter_name == "eu"
    fake.json("GET", path, {"total_consumed_energy_Wh": 1432, "PUE": 1.1, "WUE": None})
    sdk = twin_client.get_task_carbon_facts(TID)
    assert sdk.totalConsumedEnergyWh == sdk.total_consumed_energy_Wh == 1432
    assert sdk.pue == 1.1
    assert sdk.WUE is None and sdk.wue is None


BATCH = [
    {"statusCode": 200, "uuid": TID, "message": None},
    {"statusCode": 403, "uuid": None, "message": "Invalid task file. Invalid fields: name"},
]


def test_a_mixed_batch_answered_207_decodes(twin_client: Any, fake: FakeApi) -> None:
    fake.json("POST", "/tasks", BATCH, status=207)
    results = twin_client.create_tasks([{"name": "a"}, {"name": "b"}])
    assert [r.ok for r in results] == [True, False]
    assert results.uuids == [TID, None]
    assert results.failed[0].status_code == 403 and "Invalid fields" in (results.failed[0].message or "")


@pytest.mark.parametrize("status", [400, 402, 403, 404])
def test_a_failed_batch_answers_one_status_per_task(twin_client: Any, fake: FakeApi, status: int) -> None:
    """A batch refused as a whole answers the per-task array with an error status: no exception."""
    items = [{"statusCode": 403, "uuid": None, "message": "Maximum number of tasks reached"}] * 2
    fake.json("POST", "/tasks", items, status=status)
    results = twin_client.create_tasks([{"name": "a"}, {"name": "b"}])
    assert not results.succeeded and len(results.failed) == 2
    assert [r.name for r in results] == ["a", "b"]
    assert "0 of 2 tasks submitted" in results.summary()


def test_whole_request_errors_of_a_batch_still_raise(twin_client: Any, fake: FakeApi) -> None:
    fake.json("POST", "/tasks", {"message": "Maximum number of tasks reached"}, status=403)
    with pytest.raises(QuotaExceededError):
        twin_client.create_tasks([{"name": "a"}])
    fake.json("POST", "/tasks", [], status=400)  # an array without items says nothing per task
    with pytest.raises(ValidationError):
        twin_client.create_tasks([{"name": "a"}])


def test_create_jobs_sends_a_list_and_keeps_the_order(twin_client: Any, fake: FakeApi) -> None:
    fake.json("POST", "/jobs", [{"statusCode": 200, "uuid": "j1"}, {"statusCode": 200, "uuid": "j2"}])
    results = twin_client.create_jobs([{"name": "first"}, {"name": "second", "useDependencies": True}])
    assert fake.body() == [{"name": "first"}, {"name": "second", "useDependencies": True}]
    assert results.uuids == ["j1", "j2"] and results.all_ok
    with pytest.raises(InvalidInputError):
        twin_client.create_jobs({"name": "one"})
    with pytest.raises(InvalidInputError):
        twin_client.create_jobs([])


def test_tag_filters_of_the_job_and_pool_lists(twin_client: Any, fake: FakeApi) -> None:
    for method, path in [
        ("list_jobs", "/jobs"),
        ("list_pools", "/pools"),
        ("list_pools_summaries", "/pools/summaries"),
    ]:
        fake.json("GET", path, [])
        assert getattr(twin_client, method)(tags=["render", "film-a"]) == []
        assert fake.last.url.params.get_list("tag") == ["render", "film-a"], method
        getattr(twin_client, method)()
        assert "tag" not in fake.last.url.params, method


def test_a_read_only_view_sends_the_header_on_the_reads(twin_client: Any, fake: FakeApi) -> None:
    fake.json("GET", f"/tasks/{TID}", {"uuid": TID})
    fake.json("POST", "/tasks/paginate", {"data": [{"uuid": TID}], "isTruncated": False})
    fake.json("GET", "/v1", None)
    view = twin_client.with_options(read_only_account=OTHER)
    view.get_task_information(TID)
    assert fake.last.headers[HEADER] == OTHER
    assert [t.uuid for t in view.iter_tasks()] == [TID]
    assert fake.last.headers[HEADER] == OTHER
    fake.on("GET", "/v1", httpx.Response(200))
    assert view.check_connection() is None
    assert fake.last.headers[HEADER] == OTHER
    twin_client.get_task_information(TID)  # the client itself reads its own account
    assert HEADER not in fake.last.headers


def test_a_read_only_view_refuses_the_rest_before_sending(twin_client: Any, fake: FakeApi) -> None:
    view = twin_client.with_options(read_only_account=OTHER)
    for call in (
        lambda: view.create_task({"name": "t"}),
        lambda: view.abort_task(TID),
        lambda: view.delete_task(TID),
        lambda: view.create_tasks([{"name": "t"}]),
        lambda: view.get_last_task_stdout(TID),  # consumes output: not a read the API offers
    ):
        with pytest.raises(InvalidInputError, match="read_only_account"):
            call()
    assert fake.requests == []
    with pytest.raises(InvalidInputError, match="create_tasks"):
        view.create_tasks([{"name": "t"}])
    for bad in ("", "  ", "a\r\nX-Evil: 1"):
        with pytest.raises(InvalidInputError):
            twin_client.with_options(read_only_account=bad)


def test_restart_task_warns_and_points_to_its_replacements(twin_client: Any, fake: FakeApi) -> None:
    fake.on("POST", f"/tasks/{TID}/restart", httpx.Response(200))
    with pytest.warns(DeprecationWarning, match=r"clone_task\(\).*recover_task\(\)"):
        twin_client.restart_task(TID)
    assert fake.last.method == "POST"


def test_a_creation_answer_without_uuid_is_refused(twin_client: Any, fake: FakeApi) -> None:
    """The document leaves ``uuid`` optional in creation answers; a client cannot use one without it."""
    from qarnot_facade import UnexpectedResponseError

    fake.json("POST", "/pools", {})
    with pytest.raises(UnexpectedResponseError, match="does not match the expected shape"):
        twin_client.create_pool({"name": "p", "profile": "docker-batch"})


def test_enum_values_in_the_documents_casing_decode_to_the_same_members(
    twin_client: Any, fake: FakeApi
) -> None:
    """The published document writes `flex`, `onDemand`, `readOnly` where the SDKs write `Flex`..."""
    from qarnot_facade import ForcedConstantAccess, SchedulingType

    fake.json(
        "GET",
        f"/tasks/{TID}",
        {
            "uuid": TID,
            "schedulingType": "flex",
            "forcedConstants": [{"constantName": "X", "access": "readOnly"}],
        },
    )
    task = twin_client.get_task_information(TID)
    assert task.scheduling_type is SchedulingType.FLEX
    assert task.forced_constants[0].access is ForcedConstantAccess.READONLY
    fake.json("GET", "/pools/p", {"uuid": "p", "schedulingType": "onDemand"})
    assert twin_client.get_pool_information("p").scheduling_type is SchedulingType.ONDEMAND


def test_twice_spelt_fields_nested_in_answers_read_the_same(twin_client: Any, fake: FakeApi) -> None:
    status = {
        "executionTimeByInstanceId": [{"instanceId": 0, "timeGhz": 12.5}],
        "runningInstancesInfo": {"runningCoreCountByCpuModel": [{"model": "x", "runningCorecount": 8}]},
    }
    fake.json(
        "POST", "/tasks/paginate", {"data": [{"uuid": TID, "resultsCacheTTLSec": 60, "status": status}]}
    )
    (task,) = twin_client.paginate_tasks().data
    assert task.ResultsCacheTTLSec == task.resultsCacheTTLSec == 60
    assert task.status.execution_time_by_instance_id[0].time_g_hz == 12.5
    assert task.status.running_instances_info.running_core_count_by_cpu_model[0].running_core_count == 8
    fake.json("GET", "/quotas/computing-quotas/user", {"flex": {"runningCoreCount": 4}, "reserved": []})
    quotas = twin_client.get_user_computing_quotas()
    assert quotas.flex.running_cores_count == quotas.flex.running_core_count == 4
