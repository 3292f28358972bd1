"""Run the installed ``qarnot`` executable as a subprocess against a sandbox started by the test module.

One sandbox per module (a start costs a few seconds); each test empties it first. The subprocess gets
a clean environment: the sandbox's ``QARNOT_*`` variables and a ``HOME``/``XDG_CONFIG_HOME`` of its
own, so no configuration file of the machine is read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from qarnot_facade.testing import Sandbox

QARNOT = Path(sys.executable).with_name("qarnot")


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


class Qarnot:
    """Runs ``qarnot ARGS`` with the sandbox's settings (``env`` changes them; ``None`` removes one)."""

    def __init__(self, sandbox: Sandbox, home: Path) -> None:
        self.sandbox = sandbox
        self.home = home
        self.executable = QARNOT

    def env(self, changes: Mapping[str, str | None] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QARNOT_")}
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            QARNOT_CLUSTER_URL=self.sandbox.api_url,
            QARNOT_STORAGE_URL=self.sandbox.storage_url,
            QARNOT_CLIENT_TOKEN=self.sandbox.api_key,
            QARNOT_ACCOUNT_EMAIL=self.sandbox.email,
            COLUMNS="200",
        )
        for key, value in (changes or {}).items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
        return env

    def __call__(
        self,
        *args: str,
        input: str | None = None,
        env: Mapping[str, str | None] | None = None,
        cwd: Path | None = None,
    ) -> Result:
        done = subprocess.run(
            [str(QARNOT), *args],
            input=input,
            capture_output=True,
            text=True,
            env=self.env(env),
            cwd=cwd or self.home,
            timeout=120,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    def popen(self, *args: str, **kwargs: Any) -> subprocess.Popen[str]:
        """Start ``qarnot ARGS`` without waiting (stdout and stderr piped, as text)."""
        kwargs.setdefault("stdout", subprocess.PIPE)
        kwargs.setdefault("stderr", subprocess.PIPE)
        return subprocess.Popen([str(QARNOT), *args], text=True, env=self.env(), cwd=self.home, **kwargs)

    def ok(self, *args: str, **kwargs: Any) -> Result:
        """Run and require exit code 0 (the output is in the assertion message otherwise)."""
        result = self(*args, **kwargs)
        assert result.code == 0, f"qarnot {' '.join(args)} -> {result.code}\n{result.stdout}\n{result.stderr}"
        return result

    def fails(self, code: int, *args: str, **kwargs: Any) -> str:
        """Run, require exit ``code``, exactly one line on stderr and nothing on stdout; return the line."""
        result = self(*args, **kwargs)
        assert result.code == code, (
            f"qarnot {' '.join(args)} -> {result.code}\n{result.stdout}\n{result.stderr}"
        )
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("qarnot: "), lines[0]
        assert result.stdout == ""
        return lines[0]


@pytest.fixture(scope="module")
def module_sandbox() -> Iterator[Sandbox]:
    if not QARNOT.exists():
        pytest.fail(f"{QARNOT} is missing: install the cli extra (make install)")
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def qarnot(module_sandbox: Sandbox, tmp_path: Path) -> Qarnot:
    module_sandbox.reset()
    home = tmp_path / "home"
    home.mkdir()
    return Qarnot(module_sandbox, home)
