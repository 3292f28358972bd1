"""A program written the way a user writes one type-checks under ``mypy --strict``, outside this repository.

mypy runs in a folder of its own, without this project's configuration, and finds the package the way a
user's mypy does: installed, with its ``py.typed`` markers.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qarnot_facade import MissingFieldError, Unset, field_value
from qarnot_facade.testing import Sandbox

USER_PROGRAM = textwrap.dedent(
    """
    from typing import assert_type

    from qarnot_facade import (
        UNSET,
        APIError,
        Client,
        Constant,
        CreateTaskPayload,
        MissingFieldError,
        NotFoundError,
        RunResult,
        Task,
        TaskState,
        Unset,
        WaitTimeoutError,
        field_value,
    )


    def names_of(tasks: list[Task]) -> list[str]:
        names: list[str] = []
        for task in tasks:
            names.append(field_value(task.name))  # a str: MissingFieldError if the answer lacked it
        return names


    def exact_types(task: Task) -> None:
        assert_type(field_value(task.name), str)
        assert_type(field_value(task.uuid, "uuid"), str)
        assert_type(field_value(task.shortname, default=""), str)
        assert_type(field_value(task.instance_count, default=None), int | None)


    def describe(task: Task) -> str:
        state: str = field_value(task.state)
        if isinstance(task.name, str):  # narrowing works too: None (null) and UNSET (absent) drop out
            return f"{task.name} {state}"
        return state


    def names_or_field(tasks: list[Task]) -> list[str]:
        try:
            return names_of(tasks)
        except MissingFieldError as error:
            return [error.field or ""]


    def absent(value: object) -> bool:
        return isinstance(value, Unset) or value is UNSET


    def hello(client: Client) -> str:
        payload = CreateTaskPayload(
            name="hello",
            profile="docker-batch",
            instance_count=1,
            constants=[Constant(key="DOCKER_CMD", value="echo hello")],
        )
        try:
            result: RunResult = client.run_task(payload, timeout=60)
        except WaitTimeoutError as error:
            still_running: tuple[str, ...] = error.task_ids
            return ", ".join(still_running)
        state: str = result.state
        uuid: str = result.uuid
        done = client.get_task_information(uuid)
        if done.state == TaskState.SUCCESS and state == "Success":
            return result.stdout
        try:
            client.get_task_information("missing")
        except NotFoundError as error:
            status: int = error.status_code
            return f"{status} {error.message} {error.request_id or ''}"
        except APIError as error:
            return str(error.body)
        return names_of(client.list_tasks())[0]
    """
)


def test_a_users_program_type_checks_under_mypy_strict(tmp_path: Path) -> None:
    (tmp_path / "user_program.py").write_text(USER_PROGRAM, encoding="utf-8")
    (tmp_path / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")  # not this project's settings
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "user_program.py"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found in 1 source file" in done.stdout


def test_field_value_reads_what_the_answer_carried_and_names_what_it_did_not(qarnot_sandbox: Sandbox) -> None:
    with qarnot_sandbox.client() as client:
        task_id = str(
            client.create_task({"name": "typed", "profile": "docker-batch", "instanceCount": 1}).uuid
        )
        (full,) = client.list_tasks()
        assert field_value(full.uuid) == task_id and field_value(full.name) == "typed"
        (partial,) = client.search_tasks(select=["Uuid"])  # only the selected field comes back
    assert field_value(partial.uuid) == task_id
    assert isinstance(partial.name, Unset)
    with pytest.raises(MissingFieldError) as missing:
        field_value(partial.name, "name")
    assert missing.value.field == "name"
    assert "absent from the answer" in str(missing.value)
    assert field_value(partial.name, default="?") == "?"
    assert field_value(None, default=0) == 0
    with pytest.raises(MissingFieldError, match="null"):
        field_value(None)
