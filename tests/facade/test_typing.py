"""Public return types are a tested contract: a snippet using assert_type must pass mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SNIPPET = """\
from collections.abc import Iterator
from typing import assert_type

from qarnot_facade import (
    BulkTaskReport,
    Client,
    CreateTaskPayload,
    Field,
    Job,
    Pool,
    PoolSummary,
    QarnotConfig,
    RunResult,
    SecretValue,
    Task,
    TaskPage,
    TaskSummary,
    UuidResponse,
)


def check(client: Client) -> None:
    assert_type(client.create_task(CreateTaskPayload(name="t")), UuidResponse)
    assert_type(client.create_task({"name": "t"}), UuidResponse)
    assert_type(client.create_tasks([{"name": "t"}]), BulkTaskReport)
    assert_type(client.get_task_information("id"), Task)
    assert_type(client.list_tasks(), list[Task])
    assert_type(client.paginate_tasks(filter=Field("State") == "Success"), TaskPage)
    assert_type(client.iter_tasks(), Iterator[Task])
    assert_type(client.iter_tasks(summaries=True), Iterator[TaskSummary])
    assert_type(client.iter_pools(), Iterator[Pool])
    assert_type(client.iter_pools(summaries=True), Iterator[PoolSummary])
    assert_type(client.iter_jobs(), Iterator[Job])
    assert_type(client.get_task_stdout("id"), str)
    assert_type(client.delete_task("id"), None)
    assert_type(client.get_secret("k"), SecretValue)
    assert_type(client.list_profiles(), list[str])
    assert_type(client.wait_for_task("id"), Task)
    assert_type(client.wait_for_pool("id"), Pool)
    assert_type(client.run_task({"name": "t"}), RunResult)
    assert_type(client.with_options(timeout=5), Client)
    assert_type(Client.from_env(), Client)
    assert_type(QarnotConfig.from_env(), QarnotConfig)
"""


def test_public_types_pass_mypy_strict(tmp_path: Path) -> None:
    snippet = tmp_path / "typing_snippet.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(REPO / "pyproject.toml"),
            str(snippet),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
