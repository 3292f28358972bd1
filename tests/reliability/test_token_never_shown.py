"""The token appears in no configuration error and in no traceback rendered with frame locals
(``traceback`` with ``capture_locals=True``, pytest's ``--showlocals`` rendering), for every kind of
API error (over real HTTP on the sandbox) and storage error (on moto S3)."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from _pytest._code import ExceptionInfo

from qarnot_facade import Client, QarnotConfig
from qarnot_facade.config import Token
from qarnot_facade.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BucketNotFoundError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    ObjectNotFoundError,
    QarnotError,
    ServerError,
    SourceChangedError,
    StorageConnectionError,
    ValidationError,
)
from qarnot_facade.testing import Sandbox

TOKEN = "tok-9f8e7d6c5b4a39281706f5e4d3c2b1a0"


def renderings(exc: BaseException) -> list[str]:
    """The ways a traceback with locals is usually shown: the standard library's, pytest's."""
    std = "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())
    pytest_style = str(ExceptionInfo.from_exception(exc).getrepr(showlocals=True, style="long", chain=True))
    return [std, pytest_style, repr(exc), str(exc)]


def assert_hidden(exc: BaseException, *tokens: str) -> None:
    for text in renderings(exc):
        for token in tokens:
            assert token not in text, f"the token shows in a rendering of {type(exc).__name__}"


def caught(call: Callable[[], Any], kind: type[BaseException]) -> BaseException:
    with pytest.raises(kind) as info:
        call()
    return info.value


def test_token_repr_is_masked_and_its_value_intact() -> None:
    token = Token(TOKEN)
    assert repr(token) == "'***'" and repr({"Authorization": token}) == "{'Authorization': '***'}"
    assert str(token) == TOKEN and f"{token}" == TOKEN and token == TOKEN
    config = QarnotConfig(api_key=TOKEN)
    assert isinstance(config.api_key, Token) and TOKEN not in repr(config)
    assert isinstance(config.replace(timeout=5).api_key, Token)


@pytest.mark.parametrize(
    "text",
    [
        f"{TOKEN}\n[client]\ntoken = x\n",  # a token pasted before any section
        f"[client]\n{TOKEN}\n",  # a token line without "token ="
        f"[client]\ntoken = a\n  {TOKEN}\n[cluster\n",  # a continuation line, then a broken header
        f"[client]\ntoken = {TOKEN}\ntoken = {TOKEN}\n",  # the key twice
    ],
)
def test_malformed_ini_file_never_echoes_the_token(tmp_path: Path, text: str) -> None:
    path = tmp_path / "qarnot.conf"
    path.write_text(text, encoding="utf-8")
    exc = caught(lambda: QarnotConfig.from_file(path, environ={}), ConfigurationError)
    assert "line" in str(exc)
    assert_hidden(exc, TOKEN)


@pytest.fixture
def sandbox(qarnot_sandbox_factory: Callable[..., Sandbox]) -> Sandbox:
    return qarnot_sandbox_factory(api_key=TOKEN)


HELLO = {"name": "x", "profile": "docker-batch", "instanceCount": 1}


def test_no_api_error_shows_the_token(sandbox: Sandbox) -> None:
    other = "tok-intruder-0123456789abcdef"
    with Client(sandbox.config.replace(max_retries=0)) as client:
        errors = [
            caught(lambda: client.get_task_information("no-such-task"), NotFoundError),
            caught(lambda: client.create_task({**HELLO, "poolUuid": "nope"}), ValidationError),
            caught(lambda: client.create_task({"name": 3}), QarnotError),
        ]
        client.create_secret("k", "v")
        errors.append(caught(lambda: client.create_secret("k", "v"), ConflictError))
        done = client.run_task({**HELLO, "constants": [{"key": "DOCKER_CMD", "value": "true"}]}, timeout=60)
        errors.append(caught(lambda: client.abort_task(done.uuid), ForbiddenError))
        sandbox.faults.next(status=503, method="GET", path="/profiles")
        errors.append(caught(client.list_profiles, ServerError))
        sandbox.faults.next(drop=True, method="GET", path="/profiles")
        errors.append(caught(client.list_profiles, APIConnectionError))
        sandbox.faults.next(delay=2, method="GET", path="/profiles")
        errors.append(caught(client.with_options(timeout=0.2).list_profiles, APITimeoutError))
    with Client(sandbox.config.replace(api_key=other)) as intruder:
        errors.append(caught(intruder.list_profiles, AuthenticationError))
    with Client(sandbox.config.replace(api_url="http://127.0.0.1:9", max_retries=0)) as nowhere:
        errors.append(caught(nowhere.list_profiles, APIConnectionError))
    for exc in errors:
        assert_hidden(exc, TOKEN, other)


@pytest.fixture(scope="module")
def storage_config() -> Iterator[QarnotConfig]:
    """A configuration whose storage is a moto S3 server of its own (no API call is needed)."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield QarnotConfig(api_key=TOKEN, storage_url=f"http://{host}:{port}", email="someone@example.com")
    server.stop()


def test_no_storage_error_shows_the_token(storage_config: QarnotConfig, tmp_path: Path) -> None:
    with Client(storage_config) as client:
        client.create_bucket("bkt")
        client.upload_object("bkt", "k", b"data")
        errors = [
            caught(lambda: client.download_object("missing", "k", tmp_path / "x"), BucketNotFoundError),
            caught(lambda: client.get_object_head("bkt", "missing"), ObjectNotFoundError),
            caught(lambda: client.upload_object("bkt", "", b"x"), InvalidInputError),
            caught(lambda: client.upload_object("bkt", "k", tmp_path / "absent"), InvalidInputError),
        ]
        src = tmp_path / "src.bin"
        src.write_bytes(b"x" * 10)
        from qarnot_facade.storage._transfer import _Source

        with _Source(src, bucket="bkt", key="k") as source:
            src.write_bytes(b"y" * 11)
            errors.append(caught(source.check_unchanged, SourceChangedError))
        minio = client._minio()
        assert TOKEN not in repr(minio._provider.retrieve())  # minio's credentials object
        assert TOKEN not in repr(client._storage_settings())
    errors.append(caught(client.list_buckets, ClientClosedError))
    unreachable = storage_config.replace(storage_url="http://127.0.0.1:9", storage_max_retries=0)
    with Client(unreachable) as nowhere:
        errors.append(caught(lambda: nowhere.list_objects("bkt").__next__(), StorageConnectionError))
    for exc in errors:
        assert_hidden(exc, TOKEN)


def test_storage_settings_come_from_the_configuration(tmp_path: Path) -> None:
    from qarnot_facade.storage import StorageSettings

    path = tmp_path / "qarnot.conf"
    path.write_text(
        f"[client]\ntoken = {TOKEN}\n[storage]\nurl = http://s3.local:9000\ntimeout = 7\n"
        "connect_timeout = 2\nmax_retries = 1\ndeadline = 20\n",
        encoding="utf-8",
    )
    config = QarnotConfig.from_file(path, environ={"QARNOT_STORAGE_DEADLINE": "30"})
    assert (config.storage_timeout, config.storage_connect_timeout) == (7, 2)
    assert (config.storage_max_retries, config.storage_deadline) == (1, 30)  # the environment wins
    settings = StorageSettings.from_config(config, endpoint_url="http://s3.local:9000", access_key="a@b")
    assert (settings.read_timeout, settings.connect_timeout, settings.max_retries, settings.deadline) == (
        7,
        2,
        1,
        30,
    )
    assert isinstance(settings.secret_key, Token) and TOKEN not in repr(settings)
    for env, bad in [("QARNOT_STORAGE_TIMEOUT", "0"), ("QARNOT_STORAGE_MAX_RETRIES", "-1")]:
        with pytest.raises(ConfigurationError, match=env):
            QarnotConfig.from_env({"QARNOT_CLIENT_TOKEN": TOKEN, env: bad})
    with pytest.raises(ConfigurationError, match="storage_deadline"):
        QarnotConfig(api_key=TOKEN, storage_deadline=float("inf"))
