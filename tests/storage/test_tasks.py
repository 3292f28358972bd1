"""Buckets in task payloads, and task results fetched safely (host class and the real sandbox)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qarnot_api.models.advanced_resource_bucket import AdvancedResourceBucket
from qarnot_api.models.create_task_payload import CreateTaskPayload
from qarnot_api.models.task import Task

from qarnot_facade.errors import InvalidInputError, UnsafePathError
from qarnot_facade.storage import resource_bucket, task_buckets

from .helpers import Host


def test_resource_bucket_builds_the_generated_model() -> None:
    plain = resource_bucket("inputs")
    assert isinstance(plain, AdvancedResourceBucket) and plain.to_dict() == {"bucketName": "inputs"}
    advanced = resource_bucket("inputs", prefix="run1/", strip_prefix="run1/", cache_ttl_sec=3600)
    assert advanced.to_dict() == {
        "bucketName": "inputs",
        "filtering": {"prefixFiltering": {"prefix": "run1/"}},
        "resourcesTransformation": {"stripPrefix": {"prefix": "run1/"}},
        "cacheTTLSec": 3600,
    }
    for bad in ({"cache_ttl_sec": -1}, {"cache_ttl_sec": True}, {"prefix": ""}):
        with pytest.raises(InvalidInputError):
            resource_bucket("inputs", **bad)
    with pytest.raises(InvalidInputError):
        resource_bucket("")


def test_task_buckets_for_payload_models_and_json() -> None:
    fields = task_buckets(
        resources=["plain", resource_bucket("adv", prefix="a/")], results="out", results_prefix="run/"
    )
    payload = CreateTaskPayload(name="t", profile="docker-batch", instance_count=1, **fields)
    body = payload.to_dict()
    assert body["advancedResourceBuckets"] == [
        {"bucketName": "plain"},
        {"bucketName": "adv", "filtering": {"prefixFiltering": {"prefix": "a/"}}},
    ]
    assert body["resultBucket"] == "out" and body["resultsBucketPrefix"] == "run/"
    as_json = task_buckets(resources=["plain"], results="out", as_json=True)
    assert as_json == {"advancedResourceBuckets": [{"bucketName": "plain"}], "resultBucket": "out"}
    with pytest.raises(InvalidInputError):
        task_buckets(resources="plain")
    with pytest.raises(InvalidInputError):
        task_buckets(results_prefix="x/")


def _task(**fields: Any) -> Task:
    return Task.from_dict({"uuid": "t-1", "name": "t", "state": "Success", **fields})


def test_download_task_results_with_a_prefix(host: Host, bucket: str, tmp_path: Path) -> None:
    host.upload_object(bucket, "run7/out/a.txt", b"a")
    host.upload_object(bucket, "run7/b.txt", b"b")
    host.upload_object(bucket, "run70/not-mine.txt", b"other task")
    host.tasks["t-1"] = _task(resultBucket=bucket, resultsBucketPrefix="run7/")
    report = host.download_task_results("t-1", tmp_path / "results")
    assert sorted(a.key for a in report.downloaded) == ["run7/b.txt", "run7/out/a.txt"]
    assert (tmp_path / "results" / "out" / "a.txt").read_bytes() == b"a"
    assert not (tmp_path / "results" / "not-mine.txt").exists()
    assert host.download_task_results("t-1", tmp_path / "results").downloaded == []

    # a raw prefix without "/" is used as the platform uses it: <prefix><path>
    host.upload_object(bucket, "job-b.txt", b"raw")
    host.tasks["t-2"] = _task(resultBucket=bucket, resultsBucketPrefix="job-")
    host.download_task_results("t-2", tmp_path / "raw")
    assert (tmp_path / "raw" / "b.txt").read_bytes() == b"raw"


def test_download_task_results_without_result_bucket_is_clear(host: Host, tmp_path: Path) -> None:
    host.tasks["t-1"] = _task()
    with pytest.raises(InvalidInputError, match="has no result bucket"):
        host.download_task_results("t-1", tmp_path)
    host.tasks["t-2"] = {"uuid": "t-2", "resultBucket": None}
    with pytest.raises(InvalidInputError, match="has no result bucket"):
        host.download_task_results("t-2", tmp_path)


def test_download_task_results_refuses_unsafe_keys(
    host: Host, bucket: str, s3_url: str, tmp_path: Path
) -> None:
    import urllib3

    urllib3.PoolManager().request("PUT", f"{s3_url}/{bucket}/r/%2E%2E/%2E%2E/evil.txt", body=b"x")
    host.upload_object(bucket, "r/fine.txt", b"fine")
    host.tasks["t-1"] = _task(resultBucket=bucket, resultsBucketPrefix="r/")
    with pytest.raises(UnsafePathError):
        host.download_task_results("t-1", tmp_path / "dest")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------ the real sandbox


def test_sandbox_client_does_bucket_work_and_fetches_task_results(tmp_path: Path) -> None:
    testing = pytest.importorskip("qarnot_facade.testing")
    executor = testing.ScriptedExecutor(
        testing.ScriptedOutcome(files={"out/result.txt": "42\n", "log.txt": b"done"})
    )
    with testing.Sandbox(executor=executor) as sandbox, sandbox.client() as client:
        client.create_bucket("sbx-inputs")
        client.create_bucket("sbx-results")
        src = tmp_path / "in"
        (src / "data").mkdir(parents=True)
        (src / "data" / "x.txt").write_bytes(b"input")
        assert len(client.sync_to_bucket("sbx-inputs", src).uploaded) == 1
        assert [o.key for o in client.list_objects("sbx-inputs")] == ["data/x.txt"]
        assert "sbx-inputs" in [b.name for b in client.list_buckets()]

        payload = {
            "name": "with buckets",
            "profile": "docker-batch",
            "instanceCount": 1,
            **task_buckets(
                resources=["sbx-inputs"], results="sbx-results", results_prefix="t1/", as_json=True
            ),
        }
        uuid = client.create_task(payload).uuid
        task = client.wait_for_task(uuid, timeout=60)
        assert task.state == "Success"
        report = client.download_task_results(uuid, tmp_path / "results")
        assert sorted(a.key for a in report.downloaded) == ["t1/log.txt", "t1/out/result.txt"]
        assert (tmp_path / "results" / "out" / "result.txt").read_text() == "42\n"
        client.delete_bucket("sbx-inputs", force=True)
        client.delete_bucket("sbx-results", force=True)
        assert "sbx-inputs" not in [b.name for b in client.list_buckets()]


def test_sandbox_client_finds_storage_through_settings_and_info(tmp_path: Path) -> None:
    """Without storage_url and email, the Client resolves them with GET /settings and GET /info."""
    testing = pytest.importorskip("qarnot_facade.testing")
    from qarnot_facade import Client, QarnotConfig

    with testing.Sandbox() as sandbox:
        config = QarnotConfig(api_url=sandbox.api_url, api_key=sandbox.api_key, version="v1")
        with Client(config) as client:
            client.create_bucket("sbx-discovered")
            client.upload_object("sbx-discovered", "k.txt", b"found")
            assert client.download_object("sbx-discovered", "k.txt", tmp_path) == tmp_path / "k.txt"
            assert (tmp_path / "k.txt").read_bytes() == b"found"
            client.delete_bucket("sbx-discovered", force=True)
            # the task has no result bucket: a clear error, not an AttributeError
            uuid = client.create_task(
                {"name": "no results", "profile": "docker-batch", "instanceCount": 1}
            ).uuid
            client.wait_for_task(uuid, timeout=60)
            with pytest.raises(InvalidInputError, match="has no result bucket"):
                client.download_task_results(uuid, tmp_path / "none")


def test_download_task_results_can_take_only_some_files(host: Host, bucket: str, tmp_path: Path) -> None:
    for key in ("run8/frames/0001.exr", "run8/frames/0002.exr", "run8/logs/render.log", "run8/core.dump"):
        host.upload_object(bucket, key, key.encode())
    host.tasks["t-1"] = _task(resultBucket=bucket, resultsBucketPrefix="run8/")
    report = host.download_task_results("t-1", tmp_path, include="frames", exclude="*0002*")
    assert [a.key for a in report.downloaded] == ["run8/frames/0001.exr"]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.*")) == ["frames/0001.exr"]
