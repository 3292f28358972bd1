"""A program written the way a user writes one type-checks under ``mypy --strict``, outside this repository.

mypy runs in a folder of its own, without this project's configuration, and finds the package the way a
user's mypy does: installed, with its ``py.typed`` markers.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

USER_PROGRAM = textwrap.dedent(
    """
    from qarnot_facade import (
        UNSET,
        APIError,
        Client,
        Constant,
        CreateTaskPayload,
        NotFoundError,
        RunResult,
        Task,
        TaskState,
        Unset,
        WaitTimeoutError,
    )


    def names_of(tasks: list[Task]) -> list[str]:
        names: list[str] = []
        for task in tasks:
            if isinstance(task.name, str):  # None (null) and UNSET (absent) are left out
                names.append(task.name)
        return names


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
            return f"gave up: {error}"
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
