"""``from_file`` says, through ``logging``, when the environment replaces what the file gave."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from qarnot_facade import Client, QarnotConfig

INI = """\
[cluster]
url = https://api.file.example
timeout = 45
[client]
token = file-token
"""


def _ini(tmp_path: Path) -> Path:
    path = tmp_path / "qarnot.conf"
    path.write_text(INI, encoding="utf-8")
    return path


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    ours = [r for r in caplog.records if r.name == "qarnot_facade.config"]
    return [r.getMessage() for r in ours if r.levelno == logging.WARNING]


def test_each_setting_the_environment_replaces_is_named_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    env = {
        "QARNOT_CLIENT_TOKEN": "env-token",
        "QARNOT_CLUSTER_URL": "https://api.env.example",
        "QARNOT_STORAGE_URL": "https://storage.env.example",  # not in the file: nothing to report
    }
    with caplog.at_level(logging.WARNING, logger="qarnot_facade.config"):
        config = QarnotConfig.from_file(_ini(tmp_path), environ=env)
    assert config.api_url == "https://api.env.example"  # the documented order still holds
    messages = _warnings(caplog)
    assert len(messages) == 2, messages
    assert any("QARNOT_CLUSTER_URL" in m and "api_url" in m for m in messages)
    assert any("QARNOT_CLIENT_TOKEN" in m and "api_key" in m for m in messages)
    assert all("environ={}" in m for m in messages), "the warning says how to use the file alone"
    for secret in ("env-token", "file-token"):
        assert not any(secret in m for m in messages), "a warning must never show the token"


def test_no_warning_when_nothing_is_replaced(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    same = {"QARNOT_CLUSTER_URL": "https://api.file.example", "QARNOT_CLUSTER_TIMEOUT": "45"}
    with caplog.at_level(logging.WARNING, logger="qarnot_facade.config"):
        QarnotConfig.from_file(_ini(tmp_path), environ={})
        QarnotConfig.from_file(_ini(tmp_path), environ=same)  # the same values: nothing overridden
        # an explicit argument wins over both anyway: the environment replaced nothing that counts
        QarnotConfig.from_file(_ini(tmp_path), environ={"QARNOT_CLUSTER_TIMEOUT": "20"}, timeout=5)
        QarnotConfig.from_env({"QARNOT_CLIENT_TOKEN": "env-token"})  # no file at all
    assert _warnings(caplog) == []


def test_client_from_file_warns_too(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="qarnot_facade.config"):
        Client.from_file(_ini(tmp_path), environ={"QARNOT_CLUSTER_TIMEOUT": "20"}).close()
    assert [m for m in _warnings(caplog) if "QARNOT_CLUSTER_TIMEOUT" in m and "timeout" in m]
