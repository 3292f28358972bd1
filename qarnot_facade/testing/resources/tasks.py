"""Tasks: their state machine (lifecycle, dependencies, instances and retries, execution, result upload,
snapshots, output), their rendering, and their handlers (creation rules, listing, updates, the new tasks made
from another: retry, recover, resume, clone, restart; snapshots). The states are listed in :mod:`..state`.
"""

from __future__ import annotations

import copy
import re
import threading
import time
import uuid as uuid_module
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from ..catalog import profile_constant_defaults
from ..executors import InstanceResult, InstanceRun
from ..s3 import ResourceSource
from ..state import (
    CLOCK_GHZ,
    CORES_PER_INSTANCE,
    CPU_MODEL,
    FINAL_TASK_STATES,
    MAX_RETRIES_PER_INSTANCE,
    MAX_TOTAL_RETRIES,
    NEVER,
    POOL_ACTIVE_STATES,
    POOL_RUNNING_STATES,
    SPECIFICATION_KEY,
    TASK_EXECUTING_STATES,
    TASK_RUNNING_STATES,
    InstanceState,
    OutputBuffer,
    PoolRecord,
    SnapshotRecord,
    Store,
    TaskRecord,
    constant_values,
    deletion_due,
    forbidden,
    format_ranges,
    format_timespan,
    not_found,
    parse_ranges,
    parse_timespan,
    problem,
    resource_sources,
)
from .base import (
    COMMON_DEFAULTS,
    MAX_INSTANCES_PER_TASK,
    MAX_TASKS,
    NO_RETRIES,
    Call,
    Handlers,
    Reply,
    page_of,
    search,
    tagged,
)

# Task defaults, in one place (on top of COMMON_DEFAULTS), and what PUT /tasks/{id} may change.
TASK_DEFAULTS: dict[str, Any] = {
    **COMMON_DEFAULTS, "progress": 0.0, "snapshotInterval": 0, "maxRetriesPerInstance": 0,
    "retrySettings": NO_RETRIES, "resultsCount": 0,
}  # fmt: skip

TASK_UPDATABLE = (
    "name", "constants", "constraints", "tags", "labels", "resultsWhitelist", "resultsBlacklist",
    "resultsBucketPrefix", "snapshotWhitelist", "snapshotBlacklist", "snapshotBucket", "snapshotBucketPrefix",
    "autoDeleteOnCompletion", "completionTimeToLive", "maxTimeQueueSeconds", "uploadResultsOnCancellation",
)  # fmt: skip


def _regex_allows(path: str, whitelist: Any, blacklist: Any) -> bool:
    try:
        if isinstance(whitelist, str) and whitelist and re.search(whitelist, path) is None:
            return False
        return not (isinstance(blacklist, str) and blacklist and re.search(blacklist, path) is not None)
    except re.error:
        return True


# tasks: creation


def add_task(
    store: Store, data: dict[str, Any], payload: dict[str, Any], instance_ids: list[int]
) -> TaskRecord:
    with store.lock:
        record = TaskRecord(
            uuid=data["uuid"],
            data=data,
            payload=payload,
            instance_ids=instance_ids,
            instances={i: InstanceState(i) for i in instance_ids},
        )
        dependencies = data.get("dependencies")
        if isinstance(dependencies, Mapping):
            for dep in dependencies.get("dependsOn") or []:
                record.dependency_states[str(dep)] = "waiting"
            for dep in dependencies.get("advancedDependsOn") or []:
                record.dependency_states[str(dep.get("taskUuid"))] = "waiting"
        store.tasks[record.uuid] = record
        store.changed.notify_all()
        return record


# tasks: actions


def abort_task(store: Store, record: TaskRecord) -> None:
    state = record.data["state"]
    if state in FINAL_TASK_STATES:
        raise forbidden(f"The task {record.uuid} is already finished ({state}) and cannot be aborted")
    if state == "PendingDelete":
        raise forbidden(f"The task {record.uuid} is being deleted")
    if state == "PendingCancel":
        return
    record.cancel.set()
    store._set_state(record.data, "PendingCancel")
    store.changed.notify_all()


def restart_task(store: Store, record: TaskRecord) -> None:
    """Run a finished task again from the start, under the same uuid (the deprecated restart)."""
    state = record.data["state"]
    if state not in FINAL_TASK_STATES:
        raise forbidden(f"The task {record.uuid} is not finished ({state}) and cannot be restarted")
    record.instances = {i: InstanceState(i) for i in record.instance_ids}
    record.cancel = threading.Event()
    record.work = None
    record.execution_started = None
    record.stdout, record.stderr = OutputBuffer(), OutputBuffer()
    record.data.update(errors=[], progress=0.0, endDate=NEVER, resultsCount=0)
    store._set_state(record.data, "Submitted")
    store.changed.notify_all()


def delete_task(store: Store, record: TaskRecord) -> None:
    if record.data["state"] == "PendingDelete":
        return
    record.cancel.set()
    store._set_state(record.data, "PendingDelete")
    store.changed.notify_all()


# tasks: the state machine


def step_task(store: Store, task: TaskRecord) -> None:
    data = task.data
    state = data["state"]
    work_done = task.work is None or task.work.done()
    _step_snapshots(store, task)
    if state == "PendingDelete":
        if work_done:
            del store.tasks[task.uuid]
            store.deleted_task_count += 1
        return
    if state == "PendingCancel":
        if work_done:
            _finish_cancelled(store, task, "The task was cancelled")
        return
    if state in FINAL_TASK_STATES:
        due = _auto_delete_due(store, data)
        if due is not None and store.clock.now() >= due:
            del store.tasks[task.uuid]
            store.deleted_task_count += 1
        return
    if state == "Submitted":
        _step_submitted(store, task)
    elif state in ("PartiallyDispatched", "FullyDispatched"):
        if work_done:
            error = store._work_error(task)
            if error is not None:
                _finish_failed(store, task, "SBX0002E", f"Could not download the resources: {error}")
                return
            task.resources = task.work.result() if task.work is not None else {}
            task.work = None
            task.execution_started = store.clock.now()
            task.work = store._submit(_execute_task, store, task)
            store._set_state(data, "FullyExecuting")
    elif state in TASK_EXECUTING_STATES:
        _periodic_snapshot(store, task)
        if work_done:
            error = store._work_error(task)
            task.work = None
            for instance in task.instances.values():
                if instance.result is not None:
                    instance.state = "Success" if instance.result.success else "Failure"
                elif error is not None:
                    instance.result = InstanceResult(exit_code=1, error=error)
                    instance.state = "Failure"
                else:
                    instance.state = "Cancelled"
            task.work = store._submit(_upload_results, store, task)
            store._set_state(data, "UploadingResults")
    elif state == "UploadingResults" and work_done:
        error = store._work_error(task)
        task.work = None
        if error is not None:
            data["errors"].append(store._api_error("SBX0003E", f"Could not upload the results: {error}"))
        failed = [i for i in task.instances.values() if i.state != "Success"]
        for instance in failed:
            message = instance.result.error if instance.result is not None else None
            data["errors"].append(
                store._api_error(
                    "SBX0001E", f"Instance {instance.instance_id} failed: {message or 'failure'}"
                )
            )
        _finish(store, task, "Failure" if failed or error is not None else "Success")


def _step_submitted(store: Store, task: TaskRecord) -> None:
    data = task.data
    now = store.clock.now()
    max_queue = data.get("maxTimeQueueSeconds")
    if isinstance(max_queue, int) and max_queue > 0:
        created = datetime.fromisoformat(data["creationDate"].replace("Z", "+00:00"))
        if (now - created).total_seconds() > max_queue:
            _finish_failed(store, task, "SBX0004E", f"The task waited more than {max_queue} s for resources")
            return
    if not _dependencies_ready(store, task):
        return
    pool_uuid = data.get("poolUuid")
    pool: PoolRecord | None = None
    if pool_uuid:
        pool = store.pools.get(pool_uuid)
        if pool is None or pool.data["state"] in ("Closing", "Closed", "Failure", "PendingDelete"):
            _finish_cancelled(store, task, "The pool of the task is closed")
            return
        if pool.data["state"] not in POOL_RUNNING_STATES:
            return
    sources = resource_sources(data)
    pool_files = dict(pool.resources) if pool is not None else {}
    task.work = store._submit(_download, store, sources, pool_files)
    store._set_state(data, "FullyDispatched")


def _dependencies_ready(store: Store, task: TaskRecord) -> bool:
    """True when the task may start; cancels it when advanced conditions cannot be met."""
    dependencies = task.data.get("dependencies")
    if not isinstance(dependencies, Mapping):
        return True
    conditions: dict[str, list[str] | None] = {str(dep): None for dep in dependencies.get("dependsOn") or []}
    for item in dependencies.get("advancedDependsOn") or []:
        wanted = item.get("taskFinalStateCondition")
        conditions[str(item.get("taskUuid"))] = (
            [str(w).lower() for w in wanted] if isinstance(wanted, list) and wanted else None
        )
    all_final = True
    fulfilled = True
    for dep_uuid, wanted in conditions.items():
        dep = store._find(store.tasks, dep_uuid)
        if dep is None:
            actual = task.dependency_actual.get(dep_uuid)
            if actual is None:
                task.dependency_states[dep_uuid] = "dependencyConditionsFulfilled"
                continue
        else:
            actual = dep.data["state"] if dep.data["state"] in FINAL_TASK_STATES else None
        if actual is None:
            all_final = False
            continue
        task.dependency_actual[dep_uuid] = actual
        ok = wanted is None or actual.lower() in wanted
        task.dependency_states[dep_uuid] = (
            "dependencyConditionsFulfilled" if ok else "dependencyConditionsNotFulfilled"
        )
        fulfilled = fulfilled and ok
    if not fulfilled:
        _finish_cancelled(store, task, "The dependency conditions of the task are not fulfilled")
        return False
    return all_final


def _auto_delete_due(store: Store, data: Mapping[str, Any]) -> datetime | None:
    if not data.get("autoDeleteOnCompletion") or data.get("state") not in FINAL_TASK_STATES:
        return None
    return deletion_due(data, "endDate")


def _finish(store: Store, task: TaskRecord, state: str) -> None:
    data = task.data
    data["endDate"] = store.now()
    data["progress"] = 100.0
    store._set_state(data, state)


def _finish_failed(store: Store, task: TaskRecord, code: str, message: str) -> None:
    task.work = None
    for instance in task.instances.values():
        if instance.state is None:
            instance.state = "Failure"
    task.data["errors"].append(store._api_error(code, message))
    _finish(store, task, "Failure")


def _finish_cancelled(store: Store, task: TaskRecord, message: str) -> None:
    task.work = None
    for instance in task.instances.values():
        if instance.state is None:
            instance.state = "Cancelled"
    task.data["errors"].append(store._api_error("SBX0782I", f"The task was cancelled: {message}"))
    _finish(store, task, "Cancelled")


# tasks: background work (runs in worker threads, takes the lock only briefly)


def _download(store: Store, sources: list[ResourceSource], base: dict[str, bytes]) -> dict[str, bytes]:
    files = dict(base)
    files.update(store.s3.download(sources))
    return files


def _execute_task(store: Store, task: TaskRecord) -> None:
    with store.lock:
        data = copy.deepcopy(task.data)
        pool = store.pools.get(data.get("poolUuid") or "")
        constants = profile_constant_defaults(str(data.get("profile") or ""))
        if pool is not None:
            constants.update(constant_values(pool.data.get("constants")))
    constants.update(constant_values(data.get("constants")))
    for forced in data.get("forcedConstants") or []:
        if (
            isinstance(forced, Mapping)
            and forced.get("forceExportInEnvironment")
            and forced.get("constantName")
        ):
            constants[str(forced["constantName"])] = str(forced.get("forcedValue") or "")
    privileges = data.get("privileges")
    if isinstance(privileges, Mapping) and privileges.get("exportApiAndStorageCredentialsInEnvironment"):
        constants.update(store.credentials)
    retry = data.get("retrySettings") if isinstance(data.get("retrySettings"), Mapping) else {}
    # bounded: a sandbox instance is retried at most MAX_RETRIES_PER_INSTANCE times
    per_instance = min(int(retry.get("maxPerInstanceRetries") or 0), MAX_RETRIES_PER_INSTANCE) if retry else 0
    total_left = min(int(retry.get("maxTotalRetries") or 0), MAX_TOTAL_RETRIES) if retry else 0
    if per_instance and not total_left:
        total_left = per_instance * len(task.instance_ids)
    if total_left and not per_instance:
        per_instance = total_left
    command = constants.get("DOCKER_CMD")
    resources = task.resources or {}
    for instance_id in task.instance_ids:
        attempts_left = 1 + per_instance
        while attempts_left > 0:
            if task.cancel.is_set():
                return
            attempts_left -= 1
            result = _run_instance(store, task, data, instance_id, command, constants, resources)
            if result.success or attempts_left == 0 or total_left <= 0:
                break
            total_left -= 1


def _run_instance(
    store: Store,
    task: TaskRecord,
    data: Mapping[str, Any],
    instance_id: int,
    command: str | None,
    constants: Mapping[str, str],
    resources: Mapping[str, bytes],
) -> InstanceResult:
    with store.lock:
        instance = task.instances[instance_id]
        instance.attempts += 1
        instance.started = True
        instance.running = True
        task.stdout.ensure_instance(instance_id)
        task.stderr.ensure_instance(instance_id)
        attempt = instance.attempts

    def emit_stdout(text: str) -> None:
        with store.lock:
            task.stdout.write(instance_id, text)

    def emit_stderr(text: str) -> None:
        with store.lock:
            task.stderr.write(instance_id, text)

    run = InstanceRun(
        kind="task",
        uuid=task.uuid,
        name=str(data.get("name")),
        instance_id=instance_id,
        command=command,
        constants=dict(constants),
        resources=resources,
        attempt=attempt,
        cancelled=task.cancel,
        emit_stdout=emit_stdout,
        emit_stderr=emit_stderr,
        details=data,
    )
    started = time.monotonic()
    try:
        result = store.executor.run(run)
    except Exception as exc:  # an executor bug must fail the instance, not the sandbox
        emit_stderr(f"sandbox executor error: {type(exc).__name__}: {exc}\n")
        result = InstanceResult(exit_code=1, error=f"executor error: {exc}")
    elapsed = time.monotonic() - started
    with store.lock:
        instance.running = False
        instance.exec_seconds += elapsed
        instance.wall_seconds += elapsed
        if not task.cancel.is_set():
            instance.result = result
        store.changed.notify_all()
    return result


def _upload_results(store: Store, task: TaskRecord) -> None:
    with store.lock:
        data = task.data
        bucket = data.get("resultBucket")
        prefix = str(data.get("resultsBucketPrefix") or "")
        whitelist, blacklist = data.get("resultsWhitelist"), data.get("resultsBlacklist")
        per_instance = {
            i.instance_id: dict(i.result.files) for i in task.instances.values() if i.result is not None
        }
    if not bucket:
        return
    uploaded: dict[int, list[str]] = {}
    for instance_id, files in per_instance.items():
        kept = {path: content for path, content in files.items() if _regex_allows(path, whitelist, blacklist)}
        uploaded[instance_id] = store.s3.upload(str(bucket), kept, prefix)
    host = f"127.0.0.1:{store.s3.port}"
    with store.lock:
        keys: set[str] = set()
        for instance_id, written in uploaded.items():
            task.instances[instance_id].results = [f"s3://{host}/{bucket}/{key}" for key in written]
            keys.update(written)
        data["resultsCount"] = len(keys)


# snapshots


def snapshot(store: Store, task: TaskRecord, config: Mapping[str, Any]) -> dict[str, Any]:
    state = task.data["state"]
    if state not in TASK_RUNNING_STATES:
        raise forbidden(f"The task {task.uuid} is not running ({state}): no snapshot can be taken")
    return _new_snapshot(store, task, config, periodic=False).data


def periodic_snapshot(store: Store, task: TaskRecord, config: Mapping[str, Any]) -> None:
    state = task.data["state"]
    if state not in TASK_RUNNING_STATES:
        raise forbidden(f"The task {task.uuid} is not running ({state}): no snapshot can be scheduled")
    interval = config["interval"]
    task.periodic_config = {k: config.get(k) for k in ("whitelist", "blacklist", "bucket", "bucketPrefix")}
    task.data["snapshotInterval"] = interval
    task.last_periodic = store.clock.now()
    task.data["lastModified"] = store.now()
    store.changed.notify_all()


def _new_snapshot(
    store: Store, task: TaskRecord, config: Mapping[str, Any], *, periodic: bool
) -> SnapshotRecord:
    moment = store.clock.now().replace(microsecond=0)
    while True:
        snap_id = f"snap_{task.uuid}_{moment.strftime('%Y%m%d%H%M%S')}"
        if snap_id not in task.snapshots:
            break
        moment += timedelta(seconds=1)
    snapshot_config = {k: config.get(k) for k in ("whitelist", "blacklist", "bucket", "bucketPrefix")}
    record = SnapshotRecord(
        data={
            "id": snap_id,
            "taskUuid": task.uuid,
            "triggerDate": store.now(),
            "lastUpdateDate": store.now(),
            "snapshotConfig": snapshot_config,
            "status": "Triggered",
            "sizeToUpload": None,
            "transferredSize": None,
        },
        config=snapshot_config,
        periodic=periodic,
    )
    task.snapshots[snap_id] = record
    store.changed.notify_all()
    return record


def _periodic_snapshot(store: Store, task: TaskRecord) -> None:
    interval = task.data.get("snapshotInterval") or 0
    if not interval or task.periodic_config is None or task.last_periodic is None:
        return
    now = store.clock.now()
    if (now - task.last_periodic).total_seconds() >= interval:
        task.last_periodic = now
        _new_snapshot(store, task, task.periodic_config, periodic=True)


def _step_snapshots(store: Store, task: TaskRecord) -> None:
    for snap in task.snapshots.values():
        status = snap.data["status"]
        if status == "Triggered":
            files = _snapshot_files(store, task, snap.config)
            bucket = (
                snap.config.get("bucket") or task.data.get("snapshotBucket") or task.data.get("resultBucket")
            )
            prefix = snap.config.get("bucketPrefix") or task.data.get("snapshotBucketPrefix") or ""
            snap.data["sizeToUpload"] = sum(len(content) for content in files.values())
            snap.data["transferredSize"] = 0
            snap.work = store._submit(_upload_snapshot, store, bucket, prefix, files)
            snap.data["status"] = "InProgress"
            snap.data["lastUpdateDate"] = store.now()
        elif status == "InProgress" and snap.work is not None and snap.work.done():
            failed = snap.work.cancelled() or snap.work.exception() is not None
            if not failed:
                snap.data["transferredSize"] = snap.data["sizeToUpload"]
            snap.data["status"] = "Failure" if failed else "Success"
            snap.data["lastUpdateDate"] = store.now()
            snap.work = None


def _snapshot_files(store: Store, task: TaskRecord, config: Mapping[str, Any]) -> dict[str, bytes]:
    whitelist = config.get("whitelist") or task.data.get("snapshotWhitelist")
    blacklist = config.get("blacklist") or task.data.get("snapshotBlacklist")
    files: dict[str, bytes] = {}
    for instance in task.instances.values():
        if instance.result is not None:
            files.update(instance.result.files)
    return {path: data for path, data in files.items() if _regex_allows(path, whitelist, blacklist)}


def _upload_snapshot(store: Store, bucket: Any, prefix: Any, files: dict[str, bytes]) -> None:
    if not bucket:
        raise ValueError("the task has neither a snapshot bucket nor a result bucket")
    if not store.s3.bucket_exists(str(bucket)):
        raise ValueError(f"the bucket {bucket} does not exist")
    store.s3.upload(str(bucket), files, str(prefix))


# rendering


def render_task(store: Store, task: TaskRecord) -> dict[str, Any]:
    data = copy.deepcopy(task.data)
    instances = list(task.instances.values())
    running = [i for i in instances if i.running or (i.started and i.state is None and i.result is None)]
    if data["state"] in TASK_EXECUTING_STATES:
        running_count = sum(1 for i in instances if i.state is None)
    else:
        running_count = 0
    data["runningInstanceCount"] = running_count
    data["runningCoreCount"] = running_count * CORES_PER_INSTANCE
    exec_seconds = sum(i.exec_seconds for i in instances)
    data["executionTime"] = format_timespan(exec_seconds)
    data["wallTime"] = format_timespan(_wall_seconds(store, task))
    done = sum(1 for i in instances if i.result is not None or i.state is not None)
    if data["state"] not in FINAL_TASK_STATES:
        data["progress"] = (
            round(100.0 * done / max(len(instances), 1), 2) if data["state"] != "Submitted" else 0.0
        )
    data["status"] = _status(store, task, instances, running)
    data["completedInstances"] = [_completed_instance(i) for i in instances if i.state is not None]
    if isinstance(data.get("dependencies"), dict):
        _render_dependencies(store, task, data["dependencies"])
    return data


def _wall_seconds(store: Store, task: TaskRecord) -> float:
    created = datetime.fromisoformat(task.data["creationDate"].replace("Z", "+00:00"))
    end_text = task.data.get("endDate") or NEVER
    end = (
        store.clock.now()
        if end_text == NEVER
        else datetime.fromisoformat(str(end_text).replace("Z", "+00:00"))
    )
    return max((end - created).total_seconds(), 0.0)


def _status(
    store: Store, task: TaskRecord, instances: list[InstanceState], running: list[InstanceState]
) -> dict[str, Any]:
    state = task.data["state"]
    exec_seconds = sum(i.exec_seconds for i in instances)
    wall = _wall_seconds(store, task)
    succeeded = [i.instance_id for i in instances if i.state == "Success"]
    failed = [i.instance_id for i in instances if i.state == "Failure"]
    cancelled = [i.instance_id for i in instances if i.state == "Cancelled"]
    executed = [i.instance_id for i in instances if i.state in ("Success", "Failure")]
    started_once = [i.instance_id for i in instances if i.started]
    downloaded = state not in ("Submitted",)
    executing = state in TASK_EXECUTING_STATES
    per_running = [
        {
            "phase": "execution",
            "instanceId": i.instance_id,
            "maxFrequencyGHz": CLOCK_GHZ,
            "currentFrequencyGHz": CLOCK_GHZ,
            "cpuUsage": 50.0,
            "maxMemoryMB": 32768.0,
            "currentMemoryMB": 256.0,
            "memoryUsage": 0.8,
            "networkInKbps": 0.0,
            "networkOutKbps": 0.0,
            "progress": 0.0,
            "executionTimeSec": i.exec_seconds,
            "executionTimeGHz": i.exec_seconds * CLOCK_GHZ,
            "specificationKey": SPECIFICATION_KEY,
            "cpuModel": CPU_MODEL,
            "coreCount": CORES_PER_INSTANCE,
            "clockRatio": 1.0,
            "executionAttemptCount": max(i.attempts, 1),
            "activeForwards": [],
            "vpnConnections": [],
        }
        for i in instances
        if executing and i.state is None
    ]
    snapshot_results = [
        snap.data["id"] for snap in task.snapshots.values() if snap.data["status"] == "Success"
    ]
    return {
        "timestamp": store.now(),
        "lastUpdateTimestamp": task.data.get("lastModified") or store.now(),
        "downloadProgress": 100.0 if downloaded else 0.0,
        "executionProgress": round(100.0 * len(executed) / max(len(instances), 1), 2),
        "uploadProgress": 100.0 if state in FINAL_TASK_STATES else 0.0,
        "instanceCount": len(per_running),
        "downloadTime": "00:00:00",
        "downloadTimeSec": 0.0,
        "environmentTime": "00:00:00",
        "environmentTimeSec": 0.0,
        "executionTime": format_timespan(exec_seconds),
        "executionTimeSec": exec_seconds,
        "executionTimeByCpuModel": [{"model": CPU_MODEL, "time": exec_seconds, "core": CORES_PER_INSTANCE}],
        "executionTimeGhzByCpuModel": [
            {
                "model": CPU_MODEL,
                "timeGhz": exec_seconds * CLOCK_GHZ,
                "clockRatio": 1.0,
                "core": CORES_PER_INSTANCE,
            }
        ],
        "uploadTime": "00:00:00",
        "uploadTimeSec": 0.0,
        "wallTime": format_timespan(wall),
        "wallTimeSec": wall,
        "succeededRange": format_ranges(succeeded),
        "executedRange": format_ranges(executed),
        "failedRange": format_ranges(failed + cancelled),
        "startedOnceRange": format_ranges(started_once),
        "cancelledRange": format_ranges(cancelled),
        "failedOnlyRange": format_ranges(failed),
        "runningInstancesInfo": {
            "perRunningInstanceInfo": per_running,
            "snapshotResults": snapshot_results,
            "timestamp": store.now(),
            "averageFrequencyGHz": CLOCK_GHZ if per_running else 0.0,
            "maxFrequencyGHz": CLOCK_GHZ if per_running else 0.0,
            "minFrequencyGHz": CLOCK_GHZ if per_running else 0.0,
            "averageMaxFrequencyGHz": CLOCK_GHZ if per_running else 0.0,
            "averageCpuUsage": 50.0 if per_running else 0.0,
            "clusterPowerIndicator": 1.0,
            "averageMemoryUsage": 0.8 if per_running else 0.0,
            "averageNetworkInKbps": 0.0,
            "averageNetworkOutKbps": 0.0,
            "totalNetworkInKbps": 0.0,
            "totalNetworkOutKbps": 0.0,
            "runningCoreCountByCpuModel": (
                [
                    {
                        "model": CPU_MODEL,
                        "core": CORES_PER_INSTANCE,
                        "runningCoreCount": CORES_PER_INSTANCE * len(per_running),
                    }
                ]
                if per_running
                else []
            ),
        },
    }


def _completed_instance(instance: InstanceState) -> dict[str, Any]:
    error = None
    if instance.state == "Failure":
        message = instance.result.error if instance.result is not None else None
        error = {"code": "SBX0001E", "message": message or "The instance failed", "debug": None}
    elif instance.state == "Cancelled":
        error = {"code": "SBX0782I", "message": "The instance was cancelled", "debug": None}
    return {
        "instanceId": instance.instance_id,
        "state": instance.state,
        "wallTimeSec": instance.wall_seconds,
        "execTimeSec": instance.exec_seconds,
        "execTimeSecGHz": instance.exec_seconds * CLOCK_GHZ,
        "peakMemoryMB": 256,
        "averageGHz": CLOCK_GHZ,
        "clockRatio": 1.0,
        "results": list(instance.results),
        "error": error,
        "specificationKey": SPECIFICATION_KEY,
        "cpuModel": CPU_MODEL,
        "coreCount": CORES_PER_INSTANCE,
        "executionAttemptCount": instance.attempts,
    }


def _render_dependencies(store: Store, task: TaskRecord, dependencies: dict[str, Any]) -> None:
    states = list(task.dependency_states.values())
    if any(s == "dependencyConditionsNotFulfilled" for s in states):
        overall = "dependencyConditionsNotFulfilled"
    elif states and all(s == "dependencyConditionsFulfilled" for s in states):
        overall = "dependencyConditionsFulfilled"
    elif states:
        overall = "waiting"
    else:
        overall = "dependencyConditionsFulfilled"
    for item in dependencies.get("advancedDependsOn") or []:
        dep = str(item.get("taskUuid"))
        item["actualFinalState"] = task.dependency_actual.get(dep)
        item["state"] = task.dependency_states.get(dep, "waiting")
    dependencies["state"] = overall


class TaskHandlers(Handlers):
    """The operations of the tasks tag."""

    def _create_task(self, payload: dict[str, Any]) -> str:
        store = self.store
        shortname = self._new_identity(payload, store.tasks, "task", MAX_TASKS)
        ranges = payload.get("advancedRanges")
        count = payload.get("instanceCount")
        if ranges:
            try:
                instance_ids = parse_ranges(str(ranges))
            except ValueError as exc:
                raise problem({"advancedRanges": [str(exc)]}) from None
            if count and count != len(instance_ids):  # both given: they must agree (the spec's clone example)
                raise problem(
                    {
                        "instanceCount": [
                            f"instanceCount ({count}) differs from the {len(instance_ids)} instances "
                            "of advancedRanges."
                        ]
                    }
                )
        else:
            if not isinstance(count, int) or isinstance(count, bool) or count < 1:
                raise problem(
                    {"instanceCount": ["instanceCount must be at least 1 (or give advancedRanges)."]}
                )
            if count > MAX_INSTANCES_PER_TASK:
                raise forbidden(
                    f"The maximum number of instances per task ({MAX_INSTANCES_PER_TASK}) is exceeded"
                )
            instance_ids = list(range(count))
        if len(instance_ids) > MAX_INSTANCES_PER_TASK:
            raise forbidden(
                f"The maximum number of instances per task ({MAX_INSTANCES_PER_TASK}) is exceeded"
            )
        job = None
        job_ident = payload.get("jobUuid")
        if job_ident:
            job = store._find(store.jobs, str(job_ident))
            if job is None:
                raise problem({"jobUuid": [f"No such job: {job_ident}"]})
            if job.data["state"] != "Active":
                raise forbidden(f"The job {job.uuid} is not active ({job.data['state']})")
        pool = None
        pool_ident = payload.get("poolUuid")
        if job is not None and job.data.get("poolUuid"):
            if pool_ident and store._find(store.pools, str(pool_ident)) is not store.pools.get(
                job.data["poolUuid"]
            ):
                raise problem({"poolUuid": ["The task's pool differs from the pool of its job."]})
            if payload.get("profile"):
                raise problem({"profile": ["A task of a job running in a pool cannot set a profile."]})
            pool_ident = job.data["poolUuid"]
        if pool_ident:
            pool = store._find(store.pools, str(pool_ident))
            if pool is None:
                raise problem({"poolUuid": [f"No such pool: {pool_ident}"]})
            if pool.data["state"] not in POOL_ACTIVE_STATES:
                raise forbidden(f"The pool {pool.uuid} is not running ({pool.data['state']})")
        profile = payload.get("profile")
        if pool is None:
            if not profile:
                raise problem({"profile": ["The profile field is required for a task outside a pool."]})
            if not self._known_profile(profile):
                raise problem({"profile": [f"Unknown profile {profile}."]})
        dependencies = payload.get("dependencies")
        if dependencies and (dependencies.get("dependsOn") or dependencies.get("advancedDependsOn")):
            if job is None or not job.data.get("useDependencies"):
                raise problem(
                    {"dependencies": ["Dependencies need a job created with useDependencies: true."]}
                )
            if dependencies.get("dependsOn") and dependencies.get("advancedDependsOn"):
                raise problem({"dependencies": ["Give either dependsOn or advancedDependsOn, not both."]})
            for dep in dependencies.get("dependsOn") or []:
                if store._find(store.tasks, str(dep)) is None:
                    raise problem({"dependencies.dependsOn": [f"No such task: {dep}"]})
            for item in dependencies.get("advancedDependsOn") or []:
                if store._find(store.tasks, str(item.get("taskUuid"))) is None:
                    raise problem(
                        {"dependencies.advancedDependsOn": [f"No such task: {item.get('taskUuid')}"]}
                    )
        for field_name in ("completionTimeToLive",):
            try:
                parse_timespan(payload.get(field_name))
            except ValueError as exc:
                raise problem({field_name: [str(exc)]}) from None
        self._check_buckets(payload)
        task_uuid = str(uuid_module.uuid4())
        now = self._now()
        data: dict[str, Any] = {
            **copy.deepcopy(TASK_DEFAULTS),
            **self.shapes.stored("CreateTaskPayload", "Task", payload),
            "uuid": task_uuid,
            "shortname": shortname or task_uuid,
            "profile": profile or (pool.data.get("profile") if pool is not None else None),
            "poolUuid": pool.uuid if pool is not None else None,
            "jobUuid": job.uuid if job is not None else None,
            "stateTransitionTime": now,
            "creationDate": now,
            "lastModified": now,
            "instanceCount": len(instance_ids),
            "advancedRanges": str(ranges) if ranges else None,
            "dependencies": self._dependencies_output(dependencies),
        }
        add_task(store, data, copy.deepcopy(payload), instance_ids)
        return task_uuid

    @staticmethod
    def _dependencies_output(dependencies: Any) -> dict[str, Any] | None:
        if not isinstance(dependencies, Mapping):
            return None
        depends_on = [str(d) for d in dependencies.get("dependsOn") or []]
        advanced = [
            {
                "taskUuid": str(item.get("taskUuid")),
                "taskFinalStateCondition": item.get("taskFinalStateCondition"),
                "actualFinalState": None,
                "state": "waiting",
            }
            for item in dependencies.get("advancedDependsOn") or []
            if isinstance(item, Mapping)
        ]
        if not depends_on and not advanced:
            return None
        return {"dependsOn": depends_on, "advancedDependsOn": advanced, "state": "waiting"}

    def op_create_task(self, call: Call) -> Reply:
        if isinstance(call.body, list):
            return self._bulk(call, self._create_task)
        return Reply(body={"uuid": self._create_task(call.body)})

    def _task_items(self, tags: Sequence[str] | None = None) -> list[dict[str, Any]]:
        return tagged([render_task(self.store, t) for t in self.store.tasks.values()], tags)

    def op_list_tasks(self, call: Call) -> Reply:
        return Reply(body=self._task_items(call.query.get("tag")))

    def op_list_tasks_summaries(self, call: Call) -> Reply:
        return Reply(
            body=[self.shapes.pick("TaskSummary", item) for item in self._task_items(call.query.get("tag"))]
        )

    def op_search_tasks(self, call: Call) -> Reply:
        return Reply(body=search(self._task_items(), call.body))

    def op_paginate_tasks(self, call: Call) -> Reply:
        return Reply(body=page_of(self._task_items(), call.body))

    def op_paginate_tasks_summaries(self, call: Call) -> Reply:
        return self._summaries_page(self._task_items(), call.body, "TaskSummary")

    def op_get_task_information(self, call: Call) -> Reply:
        return Reply(body=render_task(self.store, self.store.task(call.params["taskId"])))

    def op_update_task(self, call: Call) -> Reply:
        task = self.store.task(call.params["taskId"])
        if task.data["state"] in FINAL_TASK_STATES | {"PendingDelete"}:
            raise forbidden(f"The task {task.uuid} is finished ({task.data['state']}) and cannot be updated")
        body = call.body or {}
        if "completionTimeToLive" in body:
            try:
                parse_timespan(body.get("completionTimeToLive"))
            except ValueError as exc:
                raise problem({"completionTimeToLive": [str(exc)]}) from None
        for key in TASK_UPDATABLE:
            if key in body and not (key == "name" and not body[key]):
                task.data[key] = copy.deepcopy(body[key])
                task.payload[key] = copy.deepcopy(body[key])
        task.data["lastModified"] = self._now()
        return Reply(empty=True)

    def op_update_task_resources(self, call: Call) -> Reply:
        task = self.store.task(call.params["taskId"])
        if task.data["state"] in FINAL_TASK_STATES | {"PendingDelete", "PendingCancel"}:
            raise forbidden(f"The task {task.uuid} is not running ({task.data['state']})")
        self._check_buckets({k: task.data.get(k) for k in ("resourceBuckets", "advancedResourceBuckets")})
        task.data["lastModified"] = self._now()
        return Reply(empty=True)

    def op_delete_task(self, call: Call) -> Reply:
        delete_task(self.store, self.store.task(call.params["taskId"]))
        return Reply(empty=True)

    def op_abort_task(self, call: Call) -> Reply:
        abort_task(self.store, self.store.task(call.params["taskId"]))
        return Reply(empty=True)

    def _rerun(self, call: Call, wanted: frozenset[str] | None, verb: str) -> Reply:
        source = self.store.task(call.params["taskId"])
        payload = copy.deepcopy(source.payload)
        payload.pop("shortname", None)
        overrides = call.body if isinstance(call.body, Mapping) else {}
        if wanted is not None:
            if source.data["state"] not in FINAL_TASK_STATES:
                raise forbidden(
                    f"The task {source.uuid} is not finished ({source.data['state']}): cannot {verb} it"
                )
            selected = [i.instance_id for i in source.instances.values() if i.state in wanted]
            if not selected:
                kinds = " or ".join(sorted(s.lower() for s in wanted))
                raise forbidden(f"The task {source.uuid} has no {kinds} instance to {verb}")
            payload.pop("instanceCount", None)
            payload["advancedRanges"] = format_ranges(selected)
        if "instanceCount" in overrides or "advancedRanges" in overrides:
            payload.pop("instanceCount", None)
            payload.pop("advancedRanges", None)
        payload.update(copy.deepcopy(dict(overrides)))
        return Reply(body={"uuid": self._create_task(payload)})

    def op_restart_task(self, call: Call) -> Reply:
        restart_task(self.store, self.store.task(call.params["taskId"]))
        return Reply(empty=True)

    def op_retry_task(self, call: Call) -> Reply:
        return self._rerun(call, frozenset({"Failure"}), "retry")

    def op_recover_task(self, call: Call) -> Reply:
        return self._rerun(call, frozenset({"Failure", "Cancelled"}), "recover")

    def op_resume_task(self, call: Call) -> Reply:
        return self._rerun(call, frozenset({"Cancelled"}), "resume")

    def op_clone_task(self, call: Call) -> Reply:
        return self._rerun(call, None, "clone")

    def op_create_task_unique_snapshot(self, call: Call) -> Reply:
        task = self.store.task(call.params["taskId"])
        return Reply(body=copy.deepcopy(snapshot(self.store, task, call.body or {})))

    def op_create_task_periodic_snapshot(self, call: Call) -> Reply:
        task = self.store.task(call.params["taskId"])
        interval = call.body.get("interval")
        if not isinstance(interval, int) or isinstance(interval, bool) or interval <= 0:
            raise problem({"interval": ["The interval must be a positive number of seconds."]})
        periodic_snapshot(self.store, task, call.body)
        return Reply(empty=True)

    def op_get_task_snapshot_status(self, call: Call) -> Reply:
        task = self.store.task(call.params["taskId"])
        snap = task.snapshots.get(call.params["snapshotId"])
        if snap is None:
            raise not_found(f"No such snapshot: {call.params['snapshotId']}")
        return Reply(body=copy.deepcopy(snap.data))
