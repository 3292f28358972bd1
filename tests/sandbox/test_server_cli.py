"""``python -m qarnot_facade.testing`` runs a sandbox in the foreground and prints how to use it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx


def test_module_prints_usage_and_serves_until_terminated() -> None:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "qarnot_facade.testing", "--token", "cli-token", "--email", "cli@example.com"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("curl:"):
                break
        text = "\n".join(lines)
        assert "Qarnot sandbox running" in text
        api_url = next(line.split()[-1] for line in lines if line.strip().startswith("API:"))
        storage_url = next(line.split()[-1] for line in lines if line.strip().startswith("Storage:"))
        assert api_url.startswith("http://127.0.0.1:") and storage_url.startswith("http://127.0.0.1:")
        for expected in (
            f"export QARNOT_CLUSTER_URL={api_url}",
            f"export QARNOT_STORAGE_URL={storage_url}",
            "export QARNOT_CLIENT_TOKEN=cli-token",
            "export QARNOT_ACCOUNT_EMAIL=cli@example.com",
            "QarnotConfig(",
        ):
            assert expected in text
        answer = httpx.get(f"{api_url}/settings", headers={"Authorization": "cli-token"})
        assert answer.json() == {"storage": storage_url}
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Stopping the sandbox" in out


def test_ports_can_be_chosen_and_help_is_printed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qarnot_facade.testing", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "--port" in result.stdout and "--storage-port" in result.stdout
