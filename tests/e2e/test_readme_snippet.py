"""The README's hello-world snippet, run verbatim (in a subprocess) against a local sandbox."""

from __future__ import annotations

import os
import subprocess
import sys

from qarnot_facade.testing import Sandbox

README_SNIPPET = """\
from qarnot_facade import Client

with Client.from_env() as client:  # QARNOT_CLIENT_TOKEN, QARNOT_CLUSTER_URL, QARNOT_STORAGE_URL...
    result = client.run_task({
        "name": "hello world",
        "profile": "docker-batch",
        "instanceCount": 1,
        "constants": [{"key": "DOCKER_CMD", "value": "echo Hello world"}],
    })
    print(result.state)   # Success
    print(result.stdout)  # 0> Hello world
"""


def test_readme_snippet_runs_verbatim(qarnot_sandbox: Sandbox) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QARNOT_")}
    env.update(
        {
            "QARNOT_CLIENT_TOKEN": qarnot_sandbox.api_key,
            "QARNOT_CLUSTER_URL": qarnot_sandbox.api_url,
            "QARNOT_STORAGE_URL": qarnot_sandbox.storage_url,
            "QARNOT_ACCOUNT_EMAIL": qarnot_sandbox.email,
        }
    )
    completed = subprocess.run(
        [sys.executable, "-c", README_SNIPPET],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[:2] == ["Success", "0> Hello world"]
