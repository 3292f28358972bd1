"""QarnotConfig: explicit arguments, environment, INI file, and the one precedence between them."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from qarnot_facade.config import QarnotConfig, parse_bool
from qarnot_facade.errors import ConfigurationError

TOKEN = "tok-SECRET-1234"


def write_ini(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "qarnot.conf"
    path.write_text(text, encoding="utf-8")
    return path


def test_explicit_arguments_and_defaults() -> None:
    config = QarnotConfig(api_key=TOKEN)
    assert config.api_url == "https://api.qarnot.com"
    assert config.version == "v1"
    assert config.storage_url is None
    assert config.email is None
    assert config.timeout > 0 and config.connect_timeout > 0
    assert config.unsafe is False


def test_go_readme_form() -> None:
    config = QarnotConfig(
        api_url="https://api.qarnot.com/",
        api_key=TOKEN,
        email="me@example.com",
        version="v1",
        storage_url="https://storage.qarnot.com",
    )
    assert config.api_url == "https://api.qarnot.com"  # trailing slash dropped
    assert config.storage_url == "https://storage.qarnot.com"
    assert config.email == "me@example.com"


@pytest.mark.parametrize("token", ["", "   "])
def test_missing_token(token: str) -> None:
    with pytest.raises(ConfigurationError, match="QARNOT_CLIENT_TOKEN"):
        QarnotConfig(api_key=token)


def test_unsupported_version() -> None:
    with pytest.raises(ConfigurationError, match="unsupported API version 'v2'"):
        QarnotConfig(api_key=TOKEN, version="v2")


def test_api_url_with_version_segment_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="without the version"):
        QarnotConfig(api_key=TOKEN, api_url="https://api.qarnot.com/v1")


@pytest.mark.parametrize("url", ["api.qarnot.com", "ftp://x", "https://", "https://h/?a=1"])
def test_bad_urls(url: str) -> None:
    with pytest.raises(ConfigurationError, match="api_url"):
        QarnotConfig(api_key=TOKEN, api_url=url)


@pytest.mark.parametrize("value", [0, -1, "abc", float("inf"), True])
def test_bad_timeouts(value: object) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        QarnotConfig(api_key=TOKEN, timeout=value)  # type: ignore[arg-type]


def test_bad_retries() -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        QarnotConfig(api_key=TOKEN, max_retries=-1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("true", True),
        ("TRUE", True),
        ("1", True),
        ("yes", True),
        ("false", False),
        ("0", False),
        ("No", False),
    ],
)
def test_parse_bool(text: str, expected: bool) -> None:
    assert parse_bool(text, name="x") is expected


@pytest.mark.parametrize("text", ["y", "on", "2", "", "truthy"])
def test_parse_bool_refuses_anything_else(text: str) -> None:
    with pytest.raises(ConfigurationError, match="true/false/1/0/yes/no"):
        parse_bool(text, name="x")


def test_repr_and_str_hide_the_token() -> None:
    config = QarnotConfig(api_key=TOKEN, email="me@example.com")
    assert TOKEN not in repr(config)
    assert TOKEN not in str(config)
    assert "***" in repr(config)


def test_from_env_reads_every_variable() -> None:
    env = {
        "QARNOT_CLIENT_TOKEN": TOKEN,
        "QARNOT_CLUSTER_URL": "https://api.example.com",
        "QARNOT_STORAGE_URL": "https://storage.example.com",
        "QARNOT_CLUSTER_TIMEOUT": "12",
        "QARNOT_CLUSTER_UNSAFE": "yes",
        "QARNOT_STORAGE_UNSAFE": "0",
        "QARNOT_ACCOUNT_EMAIL": "me@example.com",
    }
    config = QarnotConfig.from_env(env)
    assert config.api_key == TOKEN
    assert config.api_url == "https://api.example.com"
    assert config.storage_url == "https://storage.example.com"
    assert config.timeout == 12.0
    assert config.unsafe is True
    assert config.storage_unsafe is False
    assert config.email == "me@example.com"


def test_from_env_uses_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QARNOT_CLIENT_TOKEN", TOKEN)
    monkeypatch.delenv("QARNOT_CLUSTER_URL", raising=False)
    assert QarnotConfig.from_env().api_key == TOKEN


def test_from_env_missing_token() -> None:
    with pytest.raises(ConfigurationError, match="no API token"):
        QarnotConfig.from_env({})


def test_from_env_bad_boolean_is_not_silently_flipped() -> None:
    with pytest.raises(ConfigurationError, match="QARNOT_CLUSTER_UNSAFE"):
        QarnotConfig.from_env({"QARNOT_CLIENT_TOKEN": TOKEN, "QARNOT_CLUSTER_UNSAFE": "sure"})


def test_from_env_bad_timeout() -> None:
    with pytest.raises(ConfigurationError, match="QARNOT_CLUSTER_TIMEOUT"):
        QarnotConfig.from_env({"QARNOT_CLIENT_TOKEN": TOKEN, "QARNOT_CLUSTER_TIMEOUT": "soon"})


def test_from_env_arguments_win() -> None:
    env = {"QARNOT_CLIENT_TOKEN": TOKEN, "QARNOT_CLUSTER_TIMEOUT": "7", "QARNOT_CLUSTER_UNSAFE": "true"}
    config = QarnotConfig.from_env(env, timeout=99, unsafe=False, api_key="other")
    assert config.timeout == 99
    assert config.unsafe is False
    assert config.api_key == "other"


def test_from_env_unknown_argument() -> None:
    with pytest.raises(ConfigurationError, match="unknown setting"):
        QarnotConfig.from_env({"QARNOT_CLIENT_TOKEN": TOKEN}, tiemout=3)


OFFICIAL_INI = """\
[cluster]
url = https://api.file.example
timeout = 45
unsafe = false
[client]
token = file-token
[storage]
url = https://storage.file.example
unsafe = true
"""


def test_from_file_official_format(tmp_path: Path) -> None:
    config = QarnotConfig.from_file(write_ini(tmp_path, OFFICIAL_INI), environ={})
    assert config.api_url == "https://api.file.example"
    assert config.timeout == 45.0
    assert config.unsafe is False
    assert config.api_key == "file-token"
    assert config.storage_url == "https://storage.file.example"
    assert config.storage_unsafe is True


def test_from_file_legacy_auth_key(tmp_path: Path) -> None:
    path = write_ini(tmp_path, "[client]\nauth = legacy-token\n")
    with pytest.warns(DeprecationWarning, match="legacy"):
        config = QarnotConfig.from_file(path, environ={})
    assert config.api_key == "legacy-token"


def test_from_file_token_beats_legacy_auth(tmp_path: Path) -> None:
    path = write_ini(tmp_path, "[client]\nauth = legacy\ntoken = new\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert QarnotConfig.from_file(path, environ={}).api_key == "new"


def test_precedence_arguments_over_environment_over_file(tmp_path: Path) -> None:
    path = write_ini(tmp_path, OFFICIAL_INI)
    env = {"QARNOT_CLUSTER_URL": "https://api.env.example", "QARNOT_CLUSTER_TIMEOUT": "20"}
    config = QarnotConfig.from_file(path, environ=env, timeout=5)
    assert config.timeout == 5.0  # argument beats environment and file
    assert config.api_url == "https://api.env.example"  # environment beats file
    assert config.api_key == "file-token"  # file fills the rest
    assert config.storage_url == "https://storage.file.example"


def test_from_file_arguments_are_never_ignored(tmp_path: Path) -> None:
    path = write_ini(tmp_path, OFFICIAL_INI)
    config = QarnotConfig.from_file(path, environ={}, api_key="arg-token", api_url="https://arg.example")
    assert config.api_key == "arg-token"
    assert config.api_url == "https://arg.example"


def test_from_file_reads_environment_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QARNOT_CLIENT_TOKEN", "env-token")
    assert QarnotConfig.from_file(write_ini(tmp_path, OFFICIAL_INI)).api_key == "env-token"


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("[cluster]\nurll = https://x\n", "unknown key 'urll'"),
        ("[clutser]\nurl = https://x\n", r"unknown section \[clutser\]"),
        ("[client]\ntoken = t\n[cluster]\nunsafe = maybe\n", "true/false"),
        ("[client]\ntoken = t\n[cluster]\ntimeout = never\n", "timeout"),
        ("not an ini", "not a valid INI"),
    ],
)
def test_from_file_errors(tmp_path: Path, text: str, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        QarnotConfig.from_file(write_ini(tmp_path, text), environ={})


def test_from_file_missing(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="cannot read"):
        QarnotConfig.from_file(tmp_path / "absent.conf", environ={})


def test_from_file_custom_certificate_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "ca.pem").write_text("x", encoding="utf-8")
    path = write_ini(tmp_path, "[client]\ntoken = t\n[cluster]\ncustom_certificate = ca.pem\n")
    assert QarnotConfig.from_file(path, environ={}).custom_certificate == str((tmp_path / "ca.pem").resolve())


def test_replace_validates() -> None:
    config = QarnotConfig(api_key=TOKEN)
    assert config.replace(timeout=3).timeout == 3
    with pytest.raises(ConfigurationError):
        config.replace(version="v9")
    with pytest.raises(ConfigurationError, match="unknown setting"):
        config.replace(nope=1)
