"""Tasks on the sandbox server: state machines, actions, re-runs, snapshots, buckets, bulk creation."""

from __future__ import annotations

import httpx
import pytest

from qarnot_facade.testing import Sandbox, ScriptedExecutor, ScriptedOutcome

from .conftest import create_task, state_of, task_payload, wait_for_task


def test_task_walks_the_state_machine_one_step_at_a_time(manual: Sandbox, manual_api: httpx.Client) -> None:
    uuid = create_task(manual_api, task_payload("walk"))
    states = [state_of(manual_api, uuid)]
    for _ in range(4):
        manual.advance()
        states.append(state_of(manual_api, uuid))
    assert states == ["Submitted", "FullyDispatched", "FullyExecuting", "UploadingResults", "Success"]
    task = manual_api.get(f"/tasks/{uuid}").json()
    assert task["previousState"] == "UploadingResults"
    assert task["progress"] == 100
    assert task["endDate"] != "0001-01-01T00:00:00Z"
    assert [i["state"] for i in task["completedInstances"]] == ["Success"]
    assert task["status"]["succeededRange"] == "0"


def test_a_task_is_held_running_until_the_test_advances(manual: Sandbox, manual_api: httpx.Client) -> None:
    uuid = create_task(manual_api, task_payload("held", instanceCount=3))
    manual.advance(2)
    for _ in range(5):
        task = manual_api.get(f"/tasks/{uuid}").json()
        assert task["state"] == "FullyExecuting"
        assert task["runningInstanceCount"] == 3
        assert len(task["status"]["runningInstancesInfo"]["perRunningInstanceInfo"]) == 3
    assert manual.run_until_idle() == 2
    assert state_of(manual_api, uuid) == "Success"


def test_clock_moves_only_with_steps_in_manual_mode(manual: Sandbox, manual_api: httpx.Client) -> None:
    before = manual.clock.now()
    uuid = create_task(manual_api, task_payload("clock"))
    assert manual.clock.now() == before
    manual.advance(3)
    assert (manual.clock.now() - before).total_seconds() == 3
    task = manual_api.get(f"/tasks/{uuid}").json()
    assert task["wallTime"] == "00:00:03"


def test_abort_goes_through_pending_cancel_to_cancelled(manual: Sandbox, manual_api: httpx.Client) -> None:
    uuid = create_task(manual_api, task_payload("abort", instanceCount=2))
    manual.advance(2)
    assert state_of(manual_api, uuid) == "FullyExecuting"
    response = manual_api.post(f"/tasks/{uuid}/abort")
    assert response.status_code == 200
    assert response.content == b""
    assert state_of(manual_api, uuid) == "PendingCancel"
    manual.advance()
    task = manual_api.get(f"/tasks/{uuid}").json()
    assert task["state"] == "Cancelled"
    assert [i["state"] for i in task["completedInstances"]] == ["Cancelled", "Cancelled"]
    assert task["status"]["cancelledRange"] == "0-1"
    assert any("cancelled" in e["message"].lower() for e in task["errors"])


def test_aborting_a_finished_task_is_forbidden(manual: Sandbox, manual_api: httpx.Client) -> None:
    uuid = create_task(manual_api, task_payload("done"))
    manual.run_until_idle()
    response = manual_api.post(f"/tasks/{uuid}/abort")
    assert response.status_code == 403
    assert "finished" in response.json()["message"]


def test_delete_goes_through_pending_delete(manual: Sandbox, manual_api: httpx.Client) -> None:
    uuid = create_task(manual_api, task_payload("gone"))
    manual.advance(2)
    assert manual_api.delete(f"/tasks/{uuid}").status_code == 200
    assert state_of(manual_api, uuid) == "PendingDelete"
    manual.advance()
    response = manual_api.get(f"/tasks/{uuid}")
    assert response.status_code == 404
    assert response.json() == {"message": f"No such task: {uuid}"}


def test_auto_delete_on_completion_after_ttl(manual: Sandbox, manual_api: httpx.Client) -> None:
    uuid = create_task(
        manual_api, task_payload("ephemeral", autoDeleteOnCompletion=True, completionTimeToLive="00:00:02")
    )
    manual.advance(4)
    assert state_of(manual_api, uuid) == "Success"
    manual.advance()
    assert manual_api.get(f"/tasks/{uuid}").status_code == 200
    manual.advance()  # two seconds after the end
    assert manual_api.get(f"/tasks/{uuid}").status_code == 404


def test_a_pending_auto_deletion_does_not_keep_the_sandbox_busy(
    manual: Sandbox, manual_api: httpx.Client
) -> None:
    uuid = create_task(
        manual_api, task_payload("kept a day", autoDeleteOnCompletion=True, completionTimeToLive="1.00:00:00")
    )
    assert manual.run_until_idle() == 4
    assert state_of(manual_api, uuid) == "Success"
    manual.clock.advance(86400)
    manual.advance()
    assert manual_api.get(f"/tasks/{uuid}").status_code == 404


def test_extreme_durations_and_retries_stay_bounded(
    manual: Sandbox, manual_api: httpx.Client, scripted: ScriptedExecutor
) -> None:
    api = manual_api
    response = api.post("/tasks", json=task_payload("t", completionTimeToLive="99999999999.00:00:00"))
    assert response.status_code == 400
    assert "completionTimeToLive" in response.json()["errors"]
    forever = create_task(
        api, task_payload("forever", autoDeleteOnCompletion=True, completionTimeToLive="10675199.00:00:00")
    )
    scripted.set("stubborn", ScriptedOutcome(success=False))
    stubborn = create_task(
        api,
        task_payload("stubborn", retrySettings={"maxPerInstanceRetries": 10**9, "maxTotalRetries": 10**9}),
    )
    manual.run_until_idle()
    assert state_of(api, forever) == "Success"
    assert api.get(f"/tasks/{stubborn}").json()["completedInstances"][0]["executionAttemptCount"] == 17


def test_failed_instances_make_a_failed_task(
    manual: Sandbox, manual_api: httpx.Client, scripted: ScriptedExecutor
) -> None:
    scripted.rule(
        lambda run: ScriptedOutcome(success=run.instance_id != 1, stderr=f"boom {run.instance_id}\n")
    )
    uuid = create_task(manual_api, task_payload("mixed", instanceCount=3))
    manual.run_until_idle()
    task = manual_api.get(f"/tasks/{uuid}").json()
    assert task["state"] == "Failure"
    assert [i["state"] for i in task["completedInstances"]] == ["Success", "Failure", "Success"]
    assert task["status"]["failedRange"] == "1"
    assert task["completedInstances"][1]["error"]["message"]
    assert any("Instance 1 failed" in e["message"] for e in task["errors"])


@pytest.mark.parametrize("action", ["retry", "recover", "resume", "clone"])
def test_rerun_actions_need_a_non_empty_body(manual: Sandbox, manual_api: httpx.Client, action: str) -> None:
    uuid = create_task(manual_api, task_payload("source"))
    manual.run_until_idle()
    response = manual_api.post(f"/tasks/{uuid}/{action}")
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["title"] == "One or more validation errors occurred."
    assert body["status"] == 400
    assert body["errors"] == {"": ["A non-empty request body is required."]}
    assert body["type"]
    assert body["traceId"]


def _failed_and_cancelled_source(
    manual: Sandbox, api: httpx.Client, scripted: ScriptedExecutor
) -> tuple[str, str]:
    scripted.set("flaky", lambda run: ScriptedOutcome(success=run.instance_id % 2 == 0))
    failed = create_task(api, task_payload("flaky", instanceCount=4))
    cancelled = create_task(api, task_payload("stopped", advancedRanges="0,5-6"))
    manual.advance(2)
    assert api.post(f"/tasks/{cancelled}/abort").status_code == 200
    manual.run_until_idle()
    assert state_of(api, failed) == "Failure"
    assert state_of(api, cancelled) == "Cancelled"
    return failed, cancelled


def test_retry_recover_resume_clone_create_new_tasks(
    manual: Sandbox, manual_api: httpx.Client, scripted: ScriptedExecutor
) -> None:
    failed, cancelled = _failed_and_cancelled_source(manual, manual_api, scripted)
    api = manual_api

    retried = api.post(f"/tasks/{failed}/retry", json={"name": "retried"})
    assert retried.status_code == 200
    retry_uuid = retried.json()["uuid"]
    assert retry_uuid not in (failed, cancelled)
    retry_task = api.get(f"/tasks/{retry_uuid}").json()
    assert retry_task["name"] == "retried"
    assert retry_task["advancedRanges"] == "1,3"
    assert retry_task["state"] == "Submitted"

    resumed = api.post(f"/tasks/{cancelled}/resume", json={}).json()["uuid"]
    assert api.get(f"/tasks/{resumed}").json()["advancedRanges"] == "0,5-6"
    recovered = api.post(f"/tasks/{failed}/recover", json={"tags": ["again"]}).json()["uuid"]
    recovered_task = api.get(f"/tasks/{recovered}").json()
    assert recovered_task["advancedRanges"] == "1,3"
    assert recovered_task["tags"] == ["again"]

    cloned = api.post(f"/tasks/{failed}/clone", json={"constants": [{"key": "X", "value": "1"}]}).json()[
        "uuid"
    ]
    cloned_task = api.get(f"/tasks/{cloned}").json()
    assert cloned_task["instanceCount"] == 4
    assert cloned_task["advancedRanges"] is None
    assert cloned_task["constants"] == [{"key": "X", "value": "1"}]

    # the sources are unchanged
    assert state_of(api, failed) == "Failure"
    # nothing to resume in a failed task, nothing to retry in a cancelled one
    assert api.post(f"/tasks/{failed}/resume", json={}).status_code == 403
    assert api.post(f"/tasks/{cancelled}/retry", json={}).status_code == 403

    scripted.set("retried", ScriptedOutcome())
    manual.run_until_idle()
    assert state_of(api, retry_uuid) == "Success"
    assert [i["instanceId"] for i in api.get(f"/tasks/{retry_uuid}").json()["completedInstances"]] == [1, 3]


def test_retry_of_a_running_task_is_forbidden(manual: Sandbox, manual_api: httpx.Client) -> None:
    uuid = create_task(manual_api, task_payload("running"))
    manual.advance(2)
    assert manual_api.post(f"/tasks/{uuid}/retry", json={}).status_code == 403
    assert manual_api.post(f"/tasks/{uuid}/clone", json={}).status_code == 200


def test_unique_snapshot_lifecycle(
    manual: Sandbox, manual_api: httpx.Client, scripted: ScriptedExecutor
) -> None:
    manual.storage.make_bucket("snaps")
    scripted.set("snap", ScriptedOutcome(files={"state/checkpoint.bin": b"\x00\x01", "log.txt": "log"}))
    uuid = create_task(manual_api, task_payload("snap", resultBucket="snaps"))
    assert manual_api.post(f"/tasks/{uuid}/snapshot", json={}).status_code == 403
    manual.advance(2)
    response = manual_api.post(
        f"/tasks/{uuid}/snapshot", json={"whitelist": "^state/", "bucketPrefix": "snap-1/"}
    )
    assert response.status_code == 200
    snapshot = response.json()
    snap_id = snapshot["id"]
    assert snap_id == f"snap_{uuid}_{manual.clock.now().strftime('%Y%m%d%H%M%S')}"
    statuses = [manual_api.get(f"/tasks/{uuid}/snapshot/{snap_id}").json()["status"]]
    for _ in range(2):
        manual.store.step()
        manual.store.wait_for_work()
        statuses.append(manual_api.get(f"/tasks/{uuid}/snapshot/{snap_id}").json()["status"])
    assert statuses == ["Triggered", "InProgress", "Success"]
    assert manual.storage.keys("snaps", "snap-1/") == ["snap-1/state/checkpoint.bin"]
    status = manual_api.get(f"/tasks/{uuid}/snapshot/{snap_id}").json()
    assert status["sizeToUpload"] == status["transferredSize"] == 2
    assert manual_api.get(f"/tasks/{uuid}").json()["status"]["runningInstancesInfo"]["snapshotResults"] == [
        snap_id
    ]
    assert manual_api.get(f"/tasks/{uuid}/snapshot/snap_nope").status_code == 404


def test_periodic_snapshot_sets_the_interval_and_fires(
    manual: Sandbox, manual_api: httpx.Client, scripted: ScriptedExecutor
) -> None:
    manual.storage.make_bucket("periodic")
    scripted.set("periodic", ScriptedOutcome(files={"out.txt": "x"}))
    uuid = create_task(manual_api, task_payload("periodic"))
    manual.advance(2)
    bad = manual_api.post(f"/tasks/{uuid}/snapshot/periodic", json={"interval": "soon"})
    assert bad.status_code == 400
    assert "interval" in bad.json()["errors"]
    assert manual_api.post(f"/tasks/{uuid}/snapshot/periodic", json={"interval": 0}).status_code == 400
    response = manual_api.post(
        f"/tasks/{uuid}/snapshot/periodic", json={"interval": 5, "bucket": "periodic", "bucketPrefix": "p/"}
    )
    assert response.status_code == 200
    assert manual_api.get(f"/tasks/{uuid}").json()["snapshotInterval"] == 5
    manual.clock.advance(5)
    manual.run_until_idle()
    assert manual.storage.keys("periodic") == ["p/out.txt"]
    [snapshot] = manual.store.task(uuid).snapshots.values()
    assert snapshot.periodic
    assert snapshot.data["status"] == "Success"


def test_missing_buckets_refuse_task_creation_with_404(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.storage.make_bucket("present")
    for extra in (
        {"resultBucket": "absent-results"},
        {"resourceBuckets": ["present", "absent-resources"]},
        {"advancedResourceBuckets": [{"bucketName": "absent-advanced"}]},
    ):
        response = api.post("/tasks", json=task_payload("buckets", **extra))
        assert response.status_code == 404, extra
        assert "absent" in response.json()["message"]
    assert api.get("/tasks").json() == []
    assert api.post("/tasks", json=task_payload("ok", resultBucket="present")).status_code == 200


def test_unknown_pool_or_job_is_a_400(api: httpx.Client) -> None:
    response = api.post("/tasks", json={"name": "t", "instanceCount": 1, "poolUuid": "no-such-pool"})
    assert response.status_code == 400
    assert "poolUuid" in response.json()["errors"]
    response = api.post("/tasks", json=task_payload("t", jobUuid="no-such-job"))
    assert response.status_code == 400
    assert "jobUuid" in response.json()["errors"]


def test_creation_rules(api: httpx.Client) -> None:
    response = api.post("/tasks", json={"name": "no profile", "instanceCount": 1})
    assert response.status_code == 400
    assert "profile" in response.json()["errors"]
    response = api.post("/tasks", json=task_payload("bad profile", profile="no-such-profile"))
    assert "profile" in response.json()["errors"]
    response = api.post("/tasks", json={"name": "zero", "profile": "docker-batch", "instanceCount": 0})
    assert response.status_code == 400
    assert "instanceCount" in response.json()["errors"]
    response = api.post("/tasks", json={"name": "ranges", "profile": "docker-batch", "advancedRanges": "3-1"})
    assert response.status_code == 400
    assert "advancedRanges" in response.json()["errors"]
    response = api.post("/tasks", json={"name": "huge", "profile": "docker-batch", "instanceCount": 10**20})
    assert response.status_code == 403
    response = api.post(
        "/tasks", json={"name": "huge", "profile": "docker-batch", "advancedRanges": "0-2000"}
    )
    assert response.status_code == 403
    many_ranges = ",".join(f"{i * 100_000}-{i * 100_000 + 99_999}" for i in range(3))
    response = api.post(
        "/tasks", json={"name": "huge", "profile": "docker-batch", "advancedRanges": many_ranges}
    )
    assert response.status_code == 400
    assert "advancedRanges" in response.json()["errors"]
    source = create_task(api, task_payload("source"))
    assert api.post(f"/tasks/{source}/clone", json={"instanceCount": 10**20}).status_code == 403
    create_task(api, task_payload("first", shortname="unique-name"))
    response = api.post("/tasks", json=task_payload("second", shortname="unique-name"))
    assert response.status_code == 400
    assert "shortname" in response.json()["errors"]


def test_shortnames_work_wherever_an_id_does(manual: Sandbox, manual_api: httpx.Client) -> None:
    uuid = create_task(manual_api, task_payload("short", shortname="my-task"))
    assert manual_api.get("/tasks/my-task").json()["uuid"] == uuid
    assert manual_api.get(f"/tasks/{uuid.upper()}").json()["uuid"] == uuid
    manual.advance(2)
    assert manual_api.get("/tasks/my-task/stdout").status_code == 200
    assert manual_api.get("/carbon/v1/tasks/my-task/carbon-facts").status_code == 200
    assert manual_api.get("/credits/v1/tasks/my-task/credits").status_code == 200
    assert manual_api.post("/tasks/my-task/abort").status_code == 200
    manual.advance()
    assert state_of(manual_api, uuid) == "Cancelled"


def test_bulk_creation_answers_in_request_order(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.storage.make_bucket("bulk")
    response = api.post(
        "/tasks",
        json=[
            task_payload("one"),
            task_payload("two", resultBucket="missing-bucket"),
            {"name": "three", "profile": "docker-batch", "instanceCount": "many"},
            task_payload("four", resultBucket="bulk"),
        ],
    )
    assert response.status_code == 207  # a mixed batch
    items = response.json()
    assert [item["statusCode"] for item in items] == [200, 404, 400, 200]
    assert items[0]["uuid"] and items[3]["uuid"]
    assert items[1]["uuid"] is None and "missing-bucket" in items[1]["message"]
    assert items[2]["uuid"] is None and "instanceCount" in items[2]["message"]
    names = {t["uuid"]: t["name"] for t in api.get("/tasks").json()}
    assert names == {items[0]["uuid"]: "one", items[3]["uuid"]: "four"}
    every_one_refused = api.post("/tasks", json=[{"name": ""}, task_payload("x", resultBucket="missing")])
    assert every_one_refused.status_code == 400
    assert [item["statusCode"] for item in every_one_refused.json()] == [400, 404]
    assert api.post("/tasks", json=[task_payload("all"), task_payload("fine")]).status_code == 200


def test_update_and_patch_a_running_task(manual: Sandbox, manual_api: httpx.Client) -> None:
    uuid = create_task(manual_api, task_payload("update", tags=["a"]))
    manual.advance(2)
    response = manual_api.put(
        f"/tasks/{uuid}", json={"tags": ["b"], "constants": [{"key": "K", "value": "V"}]}
    )
    assert response.status_code == 200
    task = manual_api.get(f"/tasks/{uuid}").json()
    assert task["tags"] == ["b"]
    assert task["constants"] == [{"key": "K", "value": "V"}]
    assert manual_api.patch(f"/tasks/{uuid}").status_code == 200
    manual.run_until_idle()
    assert manual_api.put(f"/tasks/{uuid}", json={"tags": ["c"]}).status_code == 403
    assert manual_api.patch(f"/tasks/{uuid}").status_code == 403


def test_local_executor_failure_exit_status_fails_the_task(api: httpx.Client) -> None:
    uuid = create_task(api, task_payload("fails", "echo before; echo oops >&2; exit 3"))
    task = wait_for_task(api, uuid)
    assert task["state"] == "Failure"
    assert task["completedInstances"][0]["state"] == "Failure"
    assert "3" in task["completedInstances"][0]["error"]["message"]
    assert api.get(f"/tasks/{uuid}/stdout").text == "0> before\n"
    assert api.get(f"/tasks/{uuid}/stderr").text == "0> oops\n"


def test_local_executor_environment_instances_and_results(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.storage.make_bucket("out")
    command = 'echo "$GREETING from $INSTANCE_ID"; mkdir -p res; echo "$INSTANCE_ID" > "res/$INSTANCE_ID.txt"'
    uuid = create_task(
        api,
        task_payload(
            "env",
            command,
            advancedRanges="2,4",
            constants=[{"key": "DOCKER_CMD", "value": command}, {"key": "GREETING", "value": "hi"}],
            resultBucket="out",
            resultsBucketPrefix="run-1/",
        ),
    )
    task = wait_for_task(api, uuid)
    assert task["state"] == "Success"
    assert api.get(f"/tasks/{uuid}/stdout").text == "2> hi from 2\n4> hi from 4\n"
    assert sandbox.storage.keys("out") == ["run-1/res/2.txt", "run-1/res/4.txt"]
    assert sandbox.storage.get("out", "run-1/res/4.txt") == b"4\n"
    results = {i["instanceId"]: i["results"] for i in task["completedInstances"]}
    host = sandbox.storage_url.removeprefix("http://")
    assert results == {2: [f"s3://{host}/out/run-1/res/2.txt"], 4: [f"s3://{host}/out/run-1/res/4.txt"]}
    assert task["resultsCount"] == 2


def test_local_executor_resources_with_prefix_filtering_and_stripping(
    sandbox: Sandbox, api: httpx.Client
) -> None:
    storage = sandbox.storage
    storage.make_bucket("plain")
    storage.make_bucket("advanced")
    storage.make_bucket("results")
    storage.put("plain", "input.txt", b"plain input\n")
    storage.put("advanced", "data/v2/table.csv", b"a,b\n")
    storage.put("advanced", "data/v1/old.csv", b"old\n")
    storage.put("advanced", "other/ignored.txt", b"no\n")
    command = (
        "find . -type f | sort; cat input.txt table.csv; echo new > produced.txt; echo changed > input.txt"
    )
    uuid = create_task(
        api,
        task_payload(
            "resources",
            command,
            resourceBuckets=["plain"],
            advancedResourceBuckets=[
                {
                    "bucketName": "advanced",
                    "filtering": {"prefixFiltering": {"prefix": "data/v2/"}},
                    "resourcesTransformation": {"stripPrefix": {"prefix": "data/v2/"}},
                }
            ],
            resultBucket="results",
        ),
    )
    task = wait_for_task(api, uuid)
    assert task["state"] == "Success", api.get(f"/tasks/{uuid}/stderr").text
    assert api.get(f"/tasks/{uuid}/stdout/0").text == "./input.txt\n./table.csv\nplain input\na,b\n"
    # results: what the command wrote or changed, not the untouched resources
    assert storage.keys("results") == ["input.txt", "produced.txt"]


def test_local_executor_time_limit_kills_runaway_commands(qarnot_sandbox_factory: object) -> None:
    from qarnot_facade.testing import LocalExecutor

    factory = qarnot_sandbox_factory
    assert callable(factory)
    sandbox = factory(executor=LocalExecutor(time_limit=0.3))
    with httpx.Client(base_url=sandbox.api_url, headers={"Authorization": sandbox.api_key}) as api:
        uuid = create_task(api, task_payload("runaway", "echo started; sleep 30"))
        task = wait_for_task(api, uuid)
        assert task["state"] == "Failure"
        assert "time limit" in api.get(f"/tasks/{uuid}/stderr").text


def test_abort_kills_a_running_command(api: httpx.Client) -> None:
    uuid = create_task(api, task_payload("long", "echo started; sleep 30"))
    wait_for_task(api, uuid, {"FullyExecuting"})
    for _ in range(2000):
        if "started" in api.get(f"/tasks/{uuid}/stdout").text:
            break
    assert api.post(f"/tasks/{uuid}/abort").status_code == 200
    task = wait_for_task(api, uuid, limit=10)
    assert task["state"] == "Cancelled"


def test_scripted_executor_results_land_in_s3(
    manual: Sandbox, manual_api: httpx.Client, scripted: ScriptedExecutor
) -> None:
    manual.storage.make_bucket("scripted")
    scripted.set(
        "render",
        lambda run: ScriptedOutcome(
            stdout=f"frame {run.instance_id}\n", files={f"frame-{run.instance_id}.png": b"PNG"}
        ),
    )
    uuid = create_task(manual_api, task_payload("render", instanceCount=2, resultBucket="scripted"))
    manual.run_until_idle()
    task = manual_api.get(f"/tasks/{uuid}").json()
    assert task["state"] == "Success"
    assert manual.storage.keys("scripted") == ["frame-0.png", "frame-1.png"]
    assert manual.storage.get("scripted", "frame-1.png") == b"PNG"
    assert [run.instance_id for run in scripted.runs] == [0, 1]
    assert manual_api.get(f"/tasks/{uuid}/stdout").text == "0> frame 0\n1> frame 1\n"


def test_results_whitelist_and_blacklist(
    manual: Sandbox, manual_api: httpx.Client, scripted: ScriptedExecutor
) -> None:
    manual.storage.make_bucket("filtered")
    scripted.set("filters", ScriptedOutcome(files={"keep.txt": "k", "keep.log": "l", "drop.bin": "d"}))
    create_task(
        manual_api,
        task_payload(
            "filters", resultBucket="filtered", resultsWhitelist=r"^keep", resultsBlacklist=r"\.log$"
        ),
    )
    manual.run_until_idle()
    assert manual.storage.keys("filtered") == ["keep.txt"]


def test_instance_retries_follow_retry_settings(
    manual: Sandbox, manual_api: httpx.Client, scripted: ScriptedExecutor
) -> None:
    scripted.set("retried", lambda run: ScriptedOutcome(success=run.attempt >= 3))
    uuid = create_task(
        manual_api, task_payload("retried", retrySettings={"maxPerInstanceRetries": 2, "maxTotalRetries": 5})
    )
    manual.run_until_idle()
    task = manual_api.get(f"/tasks/{uuid}").json()
    assert task["state"] == "Success"
    assert task["completedInstances"][0]["executionAttemptCount"] == 3


def test_dependencies_wait_and_cancel(
    manual: Sandbox, manual_api: httpx.Client, scripted: ScriptedExecutor
) -> None:
    api = manual_api
    job = api.post("/jobs", json={"name": "deps", "useDependencies": True}).json()["uuid"]
    scripted.set("first", ScriptedOutcome(success=False))
    first = create_task(api, task_payload("first", jobUuid=job))
    waiting = create_task(api, task_payload("after", jobUuid=job, dependencies={"dependsOn": [first]}))
    conditional = create_task(
        api,
        task_payload(
            "only-on-success",
            jobUuid=job,
            dependencies={"advancedDependsOn": [{"taskUuid": first, "taskFinalStateCondition": ["success"]}]},
        ),
    )
    manual.advance(2)
    assert state_of(api, waiting) == "Submitted"
    assert api.get(f"/tasks/{waiting}").json()["dependencies"]["state"] == "waiting"
    manual.run_until_idle()
    assert state_of(api, first) == "Failure"
    assert state_of(api, waiting) == "Success"
    cancelled = api.get(f"/tasks/{conditional}").json()
    assert cancelled["state"] == "Cancelled"
    assert cancelled["dependencies"]["state"] == "dependencyConditionsNotFulfilled"
    assert cancelled["dependencies"]["advancedDependsOn"][0]["actualFinalState"] == "Failure"
    response = api.post("/tasks", json=task_payload("no job deps", dependencies={"dependsOn": [first]}))
    assert response.status_code == 400


def test_max_time_queue_seconds_fails_a_task_that_cannot_start(
    manual: Sandbox, manual_api: httpx.Client
) -> None:
    api = manual_api
    job = api.post("/jobs", json={"name": "queue", "useDependencies": True}).json()["uuid"]
    blocker = create_task(api, task_payload("blocker", jobUuid=job))
    manual.advance(2)  # the blocker stays running: hold it
    waiting = create_task(
        api,
        task_payload("impatient", jobUuid=job, maxTimeQueueSeconds=1, dependencies={"dependsOn": [blocker]}),
    )
    manual.store.step()
    manual.store.step()
    manual.clock.advance(2)
    manual.store.step()
    assert state_of(api, waiting) == "Failure"


def test_credentials_are_exported_only_when_the_privilege_asks(sandbox: Sandbox, api: httpx.Client) -> None:
    command = 'echo "${QARNOT_CLIENT_TOKEN:-none} ${QARNOT_CLUSTER_URL:-none} ${QARNOT_ACCOUNT_EMAIL:-none}"'
    plain = create_task(api, task_payload("plain", command))
    privileged = create_task(
        api,
        task_payload("privileged", command, privileges={"exportApiAndStorageCredentialsInEnvironment": True}),
    )
    wait_for_task(api, plain)
    wait_for_task(api, privileged)
    assert api.get(f"/tasks/{plain}/stdout/0").text == "none none none\n"
    expected = f"{sandbox.api_key} {sandbox.api_url} {sandbox.email}\n"
    assert api.get(f"/tasks/{privileged}/stdout/0").text == expected
