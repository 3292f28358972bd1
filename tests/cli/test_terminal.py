"""``qarnot`` in a real pseudo-terminal: ``task run --follow`` shows the lines while the task runs, and
waits and transfers draw their progress on the terminal (stderr) while piped stdout gets results only.

No timing: a task prints a first line, then waits for a file the test creates only after it has seen
that line on the terminal; then it prints the second line and ends.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time
from pathlib import Path

from qarnot_facade.cli._common import ExitCode


class Terminal:
    """``qarnot ARGS`` with stdin, stdout and stderr on the slave side of a pseudo-terminal
    (``pipe_stdout``: stdout is a pipe instead, read at the end into ``stdout``)."""

    def __init__(
        self, executable: Path, args: list[str], env: dict[str, str], cwd: Path, *, pipe_stdout: bool = False
    ) -> None:
        master, slave = pty.openpty()
        self.master = master
        self.process = subprocess.Popen(
            [str(executable), *args],
            stdin=slave,
            stdout=subprocess.PIPE if pipe_stdout else slave,
            stderr=slave,
            env=env,
            cwd=cwd,
            close_fds=True,
        )
        os.close(slave)
        self.seen = ""
        self.stdout = ""

    def expect(self, text: str, deadline: float = 60.0) -> str:
        """Read until ``text`` has appeared (the deadline only guards against a hang)."""
        end = time.monotonic() + deadline
        while text not in self.seen:
            remaining = end - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"{text!r} never appeared; the terminal shows:\n{self.seen}")
            ready, _, _ = select.select([self.master], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # the child closed the terminal
                    chunk = b""
                if not chunk:
                    raise AssertionError(f"the output ended before {text!r}:\n{self.seen}")
                self.seen += chunk.decode("utf-8", errors="replace").replace("\r\n", "\n")
        return self.seen

    def finish(self) -> int:
        try:
            while True:
                ready, _, _ = select.select([self.master], [], [], 30)
                if not ready:
                    break
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                self.seen += chunk.decode("utf-8", errors="replace").replace("\r\n", "\n")
            if self.process.stdout is not None:
                self.stdout = self.process.stdout.read().decode()
            return self.process.wait(timeout=30)
        finally:
            os.close(self.master)
            if self.process.poll() is None:
                self.process.kill()


def test_follow_shows_each_line_while_the_task_runs(qarnot, tmp_path: Path):
    go = tmp_path / "go"
    command = (
        f"echo first line; echo to stderr >&2; while [ ! -e {go} ]; do sleep 0.05; done; echo second line"
    )
    terminal = Terminal(
        qarnot.executable,
        [
            "task",
            "run",
            "--name",
            "follow",
            "--profile",
            "docker-batch",
            "--constant",
            f"DOCKER_CMD={command}",
            "-f",
        ],
        env=qarnot.env(),
        cwd=qarnot.home,
    )
    try:
        shown = terminal.expect("0> first line")
        assert "second line" not in shown  # the task is still waiting for us
        terminal.expect("0> to stderr")
    finally:
        go.touch()
    terminal.expect("0> second line")
    assert terminal.finish() == 0
    assert "Success" in terminal.seen


def test_follow_prefixes_each_instance_and_keeps_stdout_and_stderr_apart(qarnot):
    command = "echo out-$INSTANCE_ID; echo err-$INSTANCE_ID >&2"
    terminal = Terminal(
        qarnot.executable,
        [
            "task",
            "run",
            "--name",
            "two",
            "--profile",
            "docker-batch",
            "--instances",
            "2",
            "--constant",
            f"DOCKER_CMD={command}",
            "--follow",
        ],
        qarnot.env(),
        qarnot.home,
        pipe_stdout=True,
    )
    assert terminal.finish() == 0
    assert sorted(terminal.stdout.splitlines()) == ["0> out-0", "1> out-1"]
    assert "0> err-0" in terminal.seen and "1> err-1" in terminal.seen  # stderr, on the terminal
    assert "out-" not in terminal.seen


def test_waits_and_transfers_draw_progress_on_the_terminal_and_keep_piped_stdout_clean(
    qarnot, tmp_path: Path
):
    go = tmp_path / "go"
    task = qarnot.ok(
        "task",
        "create",
        "--name",
        "w",
        "--profile",
        "docker-batch",
        "--constant",
        f"DOCKER_CMD=while [ ! -e {go} ]; do sleep 0.05; done",
    ).stdout.strip()
    terminal = Terminal(
        qarnot.executable, ["task", "wait", task], qarnot.env(), qarnot.home, pipe_stdout=True
    )
    try:
        terminal.expect("waiting for 1 task(s)")
    finally:
        go.touch()
    assert terminal.finish() == 0
    assert terminal.stdout.splitlines()[1].split()[:3] == [task, "w", "Success"]
    assert "\x1b" not in terminal.stdout  # no colours or cursor moves in piped results

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a.bin").write_bytes(b"x" * 100_000)
    qarnot.ok("bucket", "create", "progress")
    terminal = Terminal(
        qarnot.executable,
        ["bucket", "sync-to", "progress", str(folder)],
        qarnot.env(),
        qarnot.home,
        pipe_stdout=True,
    )
    terminal.expect(f"sync {folder}")
    assert terminal.finish() == 0
    assert terminal.stdout.startswith("upload 1,")
    piped = qarnot.ok("bucket", "sync-to", "progress", str(folder), "--delete")
    assert piped.stderr == ""  # not a terminal: no progress at all


def test_follow_of_a_running_task_streams_it_and_exits_with_its_outcome(qarnot, tmp_path: Path):
    go = tmp_path / "go"
    command = f"echo early; while [ ! -e {go} ]; do sleep 0.05; done; echo late; exit 2"
    task = qarnot.ok(
        "task", "create", "--name", "f", "--profile", "docker-batch", "--constant", f"DOCKER_CMD={command}"
    ).stdout.strip()
    terminal = Terminal(qarnot.executable, ["task", "follow", task], qarnot.env(), qarnot.home)
    try:
        assert "late" not in terminal.expect("0> early")
    finally:
        go.touch()
    terminal.expect("0> late")
    assert terminal.finish() == ExitCode.TASK_FAILED
    assert f"task {task} Failure" in terminal.seen
