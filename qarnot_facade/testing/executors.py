"""What a sandbox task (or a pool's preparation task) does when it runs: the executors.

The sandbox calls its executor once per instance (``instanceCount`` or the ids of ``advancedRanges``),
in a worker thread, with an :class:`InstanceRun` describing the instance. The executor writes the
instance's output through ``run.emit_stdout`` / ``run.emit_stderr`` (the sandbox turns it into the
task's buffers: raw per instance, ``N> `` prefixed lines in the aggregate) and returns an
:class:`InstanceResult`: the exit code (0 = ``Success``, anything else = ``Failure``) and the files the
instance produced, which the sandbox uploads to the task's result bucket.

* :class:`LocalExecutor` (the default of a bare ``Sandbox()``) really runs the ``DOCKER_CMD`` constant
  with ``/bin/sh -c`` in a scratch folder holding the resource files, the task constants and
  ``INSTANCE_ID`` in its environment, under a per-instance time limit.
* :class:`ScriptedExecutor` runs nothing: tests choose the outcome, output and result files of each
  task by name, by a callable, or by default.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

__all__ = [
    "Executor",
    "InstanceResult",
    "InstanceRun",
    "LocalExecutor",
    "ScriptedExecutor",
    "ScriptedOutcome",
]


def _discard(_text: str) -> None:
    return None


@dataclass(frozen=True)
class InstanceRun:
    """One instance to run.

    ``kind`` is ``"task"`` for a task instance and ``"pool"`` for a pool node running the pool's
    preparation task. ``command`` is the task's ``DOCKER_CMD`` constant (``None`` when absent) or the
    pool's ``preparationTask.commandLine``. ``resources`` maps relative paths to the content of the
    resource files (bucket prefix filtering and stripping already applied). ``cancelled`` is set when
    the task is aborted or deleted: a long-running executor should stop soon after.
    """

    kind: Literal["task", "pool"]
    uuid: str
    name: str
    instance_id: int
    command: str | None
    constants: Mapping[str, str]
    resources: Mapping[str, bytes]
    attempt: int = 1
    cancelled: threading.Event = field(default_factory=threading.Event)
    emit_stdout: Callable[[str], None] = _discard
    emit_stderr: Callable[[str], None] = _discard
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class InstanceResult:
    """How an instance ended: ``exit_code`` 0 means success; ``files`` are uploaded as results."""

    exit_code: int = 0
    files: dict[str, bytes] = field(default_factory=dict)
    error: str | None = None

    @property
    def success(self) -> bool:
        return self.exit_code == 0


class Executor(Protocol):
    """Anything with ``run(InstanceRun) -> InstanceResult`` (called from worker threads)."""

    def run(self, run: InstanceRun) -> InstanceResult:
        """Carry out one instance of a task or pool and say how it ended."""
        ...


_ENV_PASSTHROUGH = ("PATH", "LANG", "LC_ALL", "TZ", "TMPDIR")


class LocalExecutor:
    """Run the instance's command with ``/bin/sh -c`` in a fresh scratch folder.

    The folder holds the resource files; the environment holds ``PATH`` (and the locale) of the sandbox
    process, every task constant whose key is a valid environment name, and ``INSTANCE_ID``. Output
    is streamed line by line into the task's buffers. Files the command created or changed (not the
    untouched resources) become the instance's results. An instance still running after
    ``time_limit`` seconds is killed (with its whole process group) and fails, as does an aborted one.
    A task without a command does nothing and succeeds.
    """

    def __init__(self, *, time_limit: float = 60.0, shell: str = "/bin/sh") -> None:
        if time_limit <= 0:
            raise ValueError("time_limit must be positive")
        self.time_limit = time_limit
        self.shell = shell

    def run(self, run: InstanceRun) -> InstanceResult:
        """Run the instance's command in a scratch folder (see the class); an empty command succeeds."""
        if not run.command:
            return InstanceResult()
        workdir = Path(tempfile.mkdtemp(prefix=f"qarnot-sandbox-{run.kind}-"))
        try:
            self._write_resources(workdir, run.resources)
            env = self._environment(run, workdir)
            return self._execute(run, workdir, env)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    @staticmethod
    def _write_resources(workdir: Path, resources: Mapping[str, bytes]) -> None:
        for relative, data in resources.items():
            target = workdir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)

    @staticmethod
    def _environment(run: InstanceRun, workdir: Path) -> dict[str, str]:
        env = {name: os.environ[name] for name in _ENV_PASSTHROUGH if name in os.environ}
        env.setdefault("PATH", "/usr/local/bin:/usr/bin:/bin")
        env["HOME"] = str(workdir)
        for key, value in run.constants.items():
            if key and "=" not in key and "\0" not in key and "\0" not in value:
                env[key] = value
        env["INSTANCE_ID"] = str(run.instance_id)
        return env

    def _execute(self, run: InstanceRun, workdir: Path, env: dict[str, str]) -> InstanceResult:
        assert run.command is not None
        process = subprocess.Popen(
            [self.shell, "-c", run.command],
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        assert process.stdout is not None and process.stderr is not None
        readers = [
            threading.Thread(target=_pump, args=(process.stdout, run.emit_stdout), daemon=True),
            threading.Thread(target=_pump, args=(process.stderr, run.emit_stderr), daemon=True),
        ]
        for reader in readers:
            reader.start()
        deadline = time.monotonic() + self.time_limit
        error: str | None = None
        while True:
            try:
                process.wait(timeout=0.02)
                break
            except subprocess.TimeoutExpired:
                if run.cancelled.is_set():
                    error = "The instance was cancelled"
                elif time.monotonic() >= deadline:
                    error = f"The instance exceeded the sandbox time limit of {self.time_limit:g} s"
                else:
                    continue
                _kill_group(process)
                process.wait()
                break
        for reader in readers:
            reader.join(timeout=5)
        if error is not None:
            run.emit_stderr(f"{error}\n")
            return InstanceResult(exit_code=process.returncode or 137, error=error)
        files = _produced_files(workdir, run.resources)
        code = process.returncode
        return InstanceResult(
            exit_code=code,
            files=files,
            error=None if code == 0 else f"The command exited with status {code}",
        )


def _pump(stream: Any, emit: Callable[[str], None]) -> None:
    with stream:
        for line in iter(stream.readline, b""):
            emit(line.decode("utf-8", errors="replace"))


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()


def _produced_files(workdir: Path, resources: Mapping[str, bytes]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for path in sorted(workdir.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        relative = path.relative_to(workdir).as_posix()
        data = path.read_bytes()
        if resources.get(relative) == data:
            continue
        files[relative] = data
    return files


@dataclass(frozen=True)
class ScriptedOutcome:
    """What a scripted instance does: its output, whether it succeeds, the result files it leaves.

    ``files`` values may be ``str`` (UTF-8 encoded) or ``bytes``. ``exit_code`` defaults to 0 when
    ``success`` is true and 1 otherwise.
    """

    success: bool = True
    stdout: str = ""
    stderr: str = ""
    files: Mapping[str, str | bytes] = field(default_factory=dict)
    exit_code: int | None = None
    error: str | None = None

    def to_result(self) -> InstanceResult:
        """The :class:`InstanceResult` this outcome stands for (files encoded, exit code filled in)."""
        code = self.exit_code if self.exit_code is not None else (0 if self.success else 1)
        files = {
            path: data.encode() if isinstance(data, str) else bytes(data) for path, data in self.files.items()
        }
        error = self.error
        if error is None and code != 0:
            error = f"The command exited with status {code}"
        return InstanceResult(exit_code=code, files=files, error=error)


ScriptRule = Callable[[InstanceRun], "ScriptedOutcome | None"]


class ScriptedExecutor:
    """Decide each instance's outcome without running anything.

    Lookup order for an instance: ``by_name[task name]`` (a :class:`ScriptedOutcome` or a callable
    taking the :class:`InstanceRun`), then each rule added with :meth:`when` / :meth:`rule` (first
    non-``None`` answer wins), then ``default`` (an outcome or a callable; success with no output when
    omitted). Every run is recorded in :attr:`runs`.
    """

    def __init__(
        self,
        default: ScriptedOutcome | Callable[[InstanceRun], ScriptedOutcome] | None = None,
        *,
        by_name: Mapping[str, ScriptedOutcome | Callable[[InstanceRun], ScriptedOutcome]] | None = None,
    ) -> None:
        self.default = default if default is not None else ScriptedOutcome()
        self.by_name: dict[str, ScriptedOutcome | Callable[[InstanceRun], ScriptedOutcome]] = dict(
            by_name or {}
        )
        self._rules: list[ScriptRule] = []
        self._lock = threading.Lock()
        self.runs: list[InstanceRun] = []

    def set(self, name: str, outcome: ScriptedOutcome | Callable[[InstanceRun], ScriptedOutcome]) -> None:
        """Script the tasks (or pools) named ``name``."""
        self.by_name[name] = outcome

    def rule(self, rule: ScriptRule) -> None:
        """Add a callable returning an outcome for the runs it handles, ``None`` for the others."""
        self._rules.append(rule)

    def when(self, predicate: Callable[[InstanceRun], bool], outcome: ScriptedOutcome) -> None:
        """Use ``outcome`` for every run ``predicate`` accepts."""
        self._rules.append(lambda run: outcome if predicate(run) else None)

    def outcome_for(self, run: InstanceRun) -> ScriptedOutcome:
        """The outcome scripted for ``run``, in the lookup order the class describes."""
        chosen = self.by_name.get(run.name)
        if chosen is not None:
            return chosen(run) if callable(chosen) else chosen
        for rule in self._rules:
            answer = rule(run)
            if answer is not None:
                return answer
        default = self.default
        return default(run) if callable(default) else default

    def run(self, run: InstanceRun) -> InstanceResult:
        """Record ``run``, emit the scripted output and return the scripted result; nothing is executed."""
        with self._lock:
            self.runs.append(run)
        outcome = self.outcome_for(run)
        if outcome.stdout:
            run.emit_stdout(outcome.stdout)
        if outcome.stderr:
            run.emit_stderr(outcome.stderr)
        return outcome.to_result()
