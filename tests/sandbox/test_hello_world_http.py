"""The README's hello-world flow over plain HTTP (httpx, no facade) against a bare ``Sandbox()``."""

from __future__ import annotations

import httpx
from minio import Minio

from qarnot_facade.testing import Sandbox


def test_hello_world_over_plain_http() -> None:
    with Sandbox() as sandbox:
        headers = {"Authorization": sandbox.api_key}
        with httpx.Client(base_url=sandbox.api_url, headers=headers, timeout=30) as api:
            settings = api.get("/settings").json()
            assert settings == {"storage": sandbox.storage_url}
            email = api.get("/info").json()["email"]
            assert email == sandbox.email

            # the storage is plain S3: e-mail as access key, token as secret key
            s3 = Minio(
                settings["storage"].removeprefix("http://"),
                access_key=email,
                secret_key=sandbox.api_key,
                secure=False,
                region="us-east-1",
            )
            s3.make_bucket(bucket_name="hello-results")

            created = api.post(
                "/tasks",
                json={
                    "name": "hello world",
                    "profile": "docker-batch",
                    "instanceCount": 1,
                    "constants": [
                        {"key": "DOCKER_CMD", "value": "echo Hello world && echo 'a result' > result.txt"}
                    ],
                    "resultBucket": "hello-results",
                },
            )
            assert created.status_code == 200, created.text
            uuid = created.json()["uuid"]

            seen = set()
            for _ in range(10_000):
                task = api.get(f"/tasks/{uuid}").json()
                seen.add(task["state"])
                if task["state"] in ("Success", "Failure", "Cancelled"):
                    break
            assert task["state"] == "Success", task
            assert seen <= {"Submitted", "FullyDispatched", "FullyExecuting", "UploadingResults", "Success"}

            stdout = api.get(f"/tasks/{uuid}/stdout")
            assert stdout.status_code == 200
            assert "Hello world" in stdout.text
            assert stdout.text == "0> Hello world\n"

            [instance] = task["completedInstances"]
            assert instance["state"] == "Success"
            host = settings["storage"].removeprefix("http://")
            assert instance["results"] == [f"s3://{host}/hello-results/result.txt"]
            keys = [obj.object_name for obj in s3.list_objects(bucket_name="hello-results", recursive=True)]
            assert keys == ["result.txt"]
            data = s3.get_object(bucket_name="hello-results", object_name="result.txt")
            try:
                assert data.read() == b"a result\n"
            finally:
                data.close()
                data.release_conn()
