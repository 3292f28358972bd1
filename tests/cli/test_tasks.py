"""``qarnot task ...`` run as a subprocess against the sandbox: exit codes, outputs, files and flags."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import yaml

from qarnot_facade.cli._common import ExitCode

HELLO = ["--name", "hello", "--profile", "docker-batch", "--constant", "DOCKER_CMD=echo hello; echo oops >&2"]


def stable(value):
    """An API object without its ``timestamp`` fields: the time of the answer, new on every read."""
    if isinstance(value, dict):
        return {k: stable(v) for k, v in value.items() if k != "timestamp"}
    if isinstance(value, list):
        return [stable(v) for v in value]
    return value


def test_run_of_a_successful_task_exits_0_and_prints_its_output(qarnot):
    result = qarnot.ok("task", "run", *HELLO)
    assert result.stdout == "0> hello\n"
    assert "0> oops" in result.stderr
    assert "Success" in result.stderr


def test_run_of_a_failing_task_exits_with_the_task_failed_code(qarnot):
    result = qarnot(
        "task", "run", "--name", "bad", "--profile", "docker-batch", "--constant", "DOCKER_CMD=exit 3"
    )
    assert result.code == ExitCode.TASK_FAILED, result.stderr
    assert "Failure" in result.stderr


def test_run_with_output_json_prints_the_final_task_as_the_api_gives_it(qarnot):
    task = qarnot.ok("task", "run", *HELLO, "--output", "json").json()
    with qarnot.sandbox.client() as client:
        assert stable(task) == stable(client.get_task_information(task["uuid"]).to_dict())
    assert task["state"] == "Success"


def test_list_and_info_in_json_and_yaml_match_the_api_objects(qarnot):
    first = qarnot.ok("task", "create", *HELLO, "--tag", "a").stdout.strip()
    second = qarnot.ok("task", "create", *HELLO, "--tag", "b").stdout.strip()
    qarnot.ok("task", "wait", first, second)
    with qarnot.sandbox.client() as client:
        expected = {t: stable(client.get_task_information(t).to_dict()) for t in (first, second)}
    listed = qarnot.ok("task", "list", "-o", "json").json()
    assert {t["uuid"]: stable(t) for t in listed} == expected
    shown = yaml.safe_load(qarnot.ok("task", "info", first, "--output", "yaml").stdout)
    assert stable(shown) == expected[first]
    # global -o before the verb works too; -q prints the ids only
    both = qarnot.ok("-o", "json", "task", "info", first, second).json()
    assert [stable(t) for t in both] == [expected[first], expected[second]]
    assert qarnot.ok("task", "list", "--tag", "b", "-q").stdout.split() == [second]
    assert len(qarnot.ok("task", "list", "--limit", "1", "-o", "json").json()) == 1
    table = qarnot.ok("task", "list").stdout.splitlines()
    assert table[0].split() == ["ID", "NAME", "STATE", "PROFILE", "INSTANCES", "CREATED"]
    assert sorted(line.split()[0] for line in table[1:]) == sorted([first, second])


def test_create_from_yaml_and_json_files_with_flags_overriding(qarnot, tmp_path: Path):
    spec = {
        "name": "from-file",
        "profile": "docker-batch",
        "instanceCount": 1,
        "tags": ["file"],
        "constants": [{"key": "DOCKER_CMD", "value": "echo file"}, {"key": "KEEP", "value": "1"}],
    }
    (tmp_path / "task.yaml").write_text(yaml.safe_dump(spec))
    (tmp_path / "task.json").write_text(json.dumps(spec))
    from_yaml = qarnot.ok(
        "task",
        "create",
        str(tmp_path / "task.yaml"),
        "--name",
        "flagged",
        "--instances",
        "2",
        "--constant",
        "DOCKER_CMD=echo flag",
        "--tag",
        "x",
        "--tag",
        "y",
        "--shortname",
        "short-1",
    ).stdout.strip()
    from_json = qarnot.ok("task", "create", str(tmp_path / "task.json")).stdout.strip()
    from_stdin = qarnot.ok("task", "create", "-", input=json.dumps(spec)).stdout.strip()
    with qarnot.sandbox.client() as client:
        task = client.get_task_information(from_yaml)
        assert (task.name, task.instance_count, task.shortname, task.tags) == (
            "flagged",
            2,
            "short-1",
            ["x", "y"],
        )
        assert {c.key: c.value for c in task.constants} == {"DOCKER_CMD": "echo flag", "KEEP": "1"}
    assert qarnot.ok("task", "wait", "short-1", "-q").stdout.split() == [from_yaml]  # by shortname
    with qarnot.sandbox.client() as client:
        for other in (from_json, from_stdin):
            again = client.get_task_information(other)
            assert (again.name, again.tags) == ("from-file", ["file"])


def test_a_list_in_the_file_creates_every_task(qarnot, tmp_path: Path):
    tasks = [{"name": f"t{i}", "profile": "docker-batch", "instanceCount": 1} for i in range(3)]
    (tmp_path / "tasks.yaml").write_text(yaml.safe_dump(tasks))
    ids = qarnot.ok("task", "create", str(tmp_path / "tasks.yaml"), "--tag", "bulk").stdout.split()
    assert len(ids) == 3
    assert sorted(qarnot.ok("task", "list", "--tag", "bulk", "-q").stdout.split()) == sorted(ids)


def test_bad_files_give_one_line_naming_the_file_and_the_problem(qarnot, tmp_path: Path):
    (tmp_path / "broken.yaml").write_text("name: a\n  bad: [\n")
    line = qarnot.fails(ExitCode.INVALID_INPUT, "task", "create", str(tmp_path / "broken.yaml"))
    assert "broken.yaml" in line and "line 2" in line
    (tmp_path / "broken.json").write_text('{"name": "a",}')
    line = qarnot.fails(ExitCode.INVALID_INPUT, "task", "create", str(tmp_path / "broken.json"))
    assert "broken.json" in line and "not valid JSON" in line
    (tmp_path / "snake.yaml").write_text("name: a\ninstance_count: 2\n")
    line = qarnot.fails(ExitCode.INVALID_INPUT, "task", "create", str(tmp_path / "snake.yaml"))
    assert "snake.yaml" in line and "instance_count" in line
    line = qarnot.fails(ExitCode.INVALID_INPUT, "task", "create", str(tmp_path / "missing.yaml"))
    assert "missing.yaml" in line
    (tmp_path / "list.yaml").write_text("- 1\n")
    assert "expected an object" in qarnot.fails(
        ExitCode.INVALID_INPUT, "task", "create", str(tmp_path / "list.yaml")
    )
    line = qarnot.fails(ExitCode.USAGE, "task", "create", "--name", "x", "--constant", "NOEQUALS")
    assert "KEY=VALUE" in line
    with qarnot.sandbox.client() as client:
        assert client.list_tasks() == []


def test_an_unknown_profile_is_a_one_line_invalid_input_error(qarnot):
    line = qarnot.fails(ExitCode.INVALID_INPUT, "task", "run", "--name", "x", "--profile", "no-such-profile")
    assert "no-such-profile" in line


def test_wait_selects_by_id_name_tag_and_state_and_reports_failures(qarnot):
    good = qarnot.ok("task", "create", *HELLO, "--tag", "batch").stdout.strip()
    bad = qarnot.ok(
        "task",
        "create",
        "--name",
        "bad",
        "--profile",
        "docker-batch",
        "--constant",
        "DOCKER_CMD=exit 1",
        "--tag",
        "batch",
    ).stdout.strip()
    assert qarnot.ok("task", "wait", good, "-q").stdout.split() == [good]
    result = qarnot("task", "wait", "--tag", "batch", "-o", "json")
    assert result.code == ExitCode.TASK_FAILED
    assert {t["uuid"]: t["state"] for t in result.json()} == {good: "Success", bad: "Failure"}
    assert bad in result.stderr
    assert qarnot.ok("task", "wait", "--name", "hello", "-q").stdout.split() == [good]
    assert qarnot("task", "wait", "--state", "Failure", "-q").stdout.split() == [bad]
    assert "no task matches" in qarnot.fails(ExitCode.NOT_FOUND, "task", "wait", "--tag", "nothing")
    assert qarnot("task", "wait").code == ExitCode.USAGE
    # the actions take the same selections
    assert qarnot("task", "delete").code == ExitCode.USAGE
    qarnot.ok("task", "delete", "--tag", "batch", "--state", "Failure")
    assert qarnot.ok("task", "list", "-q").stdout.split() == [good]


def _gate(tmp_path: Path, name: str) -> tuple[Path, str]:
    """A task command that prints 'started', then waits until the test creates the file ``go``."""
    go = tmp_path / name
    return go, f"echo started; while [ ! -e {go} ]; do sleep 0.05; done; echo finished"


def test_wait_timeout_has_its_own_code_and_names_the_running_tasks(qarnot, tmp_path: Path):
    go, command = _gate(tmp_path, "go")
    task = qarnot.ok(
        "task", "create", "--name", "slow", "--profile", "docker-batch", "--constant", f"DOCKER_CMD={command}"
    ).stdout.strip()
    try:
        line = qarnot.fails(ExitCode.TIMEOUT, "task", "wait", task, "--timeout", "1")
        assert task in line
        result = qarnot(
            "task",
            "run",
            "--name",
            "slow2",
            "--profile",
            "docker-batch",
            "--constant",
            f"DOCKER_CMD={command}",
            "--timeout",
            "0.5",
        )
        assert result.code == ExitCode.TIMEOUT
        assert "timeout" in result.stderr
    finally:
        go.touch()
    assert qarnot.ok("task", "wait", task, "-q").stdout.split() == [task]


def test_ctrl_c_during_a_wait_names_the_running_task_and_how_to_abort_it(qarnot, tmp_path: Path):
    go, command = _gate(tmp_path, "go")
    process = qarnot.popen(
        "task", "run", "--name", "long", "--profile", "docker-batch", "--constant", f"DOCKER_CMD={command}"
    )
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        assert "submitted task" in first, first
        task = first.split()[-1]
        with qarnot.sandbox.client() as client:
            while client.get_task_information(task).state != "FullyExecuting":
                time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
    finally:
        go.touch()
        if process.poll() is None:
            process.kill()
    assert process.returncode == ExitCode.INTERRUPTED
    assert f"still running: {task}" in err or f"task {task} keeps running" in err, err
    assert f"qarnot task abort {task}" in err


def test_actions_on_tasks(qarnot, tmp_path: Path):
    go, command = _gate(tmp_path, "go")
    running = qarnot.ok(
        "task",
        "create",
        "--name",
        "r",
        "--profile",
        "docker-batch",
        "--constant",
        f"DOCKER_CMD={command}",
        "--constant",
        "A=1",
    ).stdout.strip()
    try:
        with qarnot.sandbox.client() as client:
            while client.get_task_information(running).state != "FullyExecuting":
                time.sleep(0.05)
            qarnot.ok("task", "update-constant", running, "--constant", "A=2", "--constant", "B=3")
            constants = {c.key: c.value for c in client.get_task_information(running).constants}
            assert (constants["A"], constants["B"]) == ("2", "3")
            assert "DOCKER_CMD" in constants
            qarnot.ok("task", "update-resources", running)
            snapshot = qarnot.ok("task", "snapshot", running, "-o", "json").json()
            assert snapshot["id"]
            qarnot.ok("task", "snapshot", running, "--periodic", "60")
            assert "started" in qarnot.ok("task", "stdout", running).stdout
            assert "started" in qarnot.ok("task", "stdout", running, "--instance", "0").stdout
            qarnot.ok("task", "abort", running)
            assert qarnot("task", "wait", running).code == ExitCode.TASK_FAILED  # Cancelled
            assert client.get_task_information(running).state == "Cancelled"
    finally:
        go.touch()
    done = qarnot.ok("task", "run", *HELLO, "-q").stdout.strip()
    assert qarnot.ok("task", "stderr", done).stdout == "0> oops\n"
    facts = qarnot.ok("task", "carbon-facts", done, "-o", "json").json()
    with qarnot.sandbox.client() as client:
        assert facts == client.get_task_carbon_facts(done).to_dict()
    qarnot.ok("task", "delete", done, running)
    line = qarnot.fails(ExitCode.NOT_FOUND, "task", "info", done)
    assert "404" in line


def test_run_downloads_the_results_and_results_fetches_them_again(qarnot, tmp_path: Path):
    qarnot.ok("bucket", "create", "outputs")
    result = qarnot.ok(
        "task",
        "run",
        "--name",
        "writes",
        "--profile",
        "docker-batch",
        "--result",
        "outputs",
        "--constant",
        "DOCKER_CMD=echo frame > frame-$INSTANCE_ID.txt",
        "--instances",
        "2",
        "--download",
        str(tmp_path / "frames"),
    )
    assert "download 2" in result.stderr
    assert sorted(p.name for p in (tmp_path / "frames").iterdir()) == ["frame-0.txt", "frame-1.txt"]
    task = qarnot.ok("task", "list", "-q").stdout.strip()
    again = qarnot.ok("task", "results", task, str(tmp_path / "frames"))
    assert "skip 2 unchanged" in again.stderr
    line = qarnot.fails(
        ExitCode.INVALID_INPUT,
        "task",
        "results",
        qarnot.ok("task", "run", *HELLO, "-q").stdout.strip(),
        str(tmp_path / "x"),
    )
    assert "result bucket" in line
