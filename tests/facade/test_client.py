"""Client behaviour: construction, lifetime, per-call options, input checks, decoding, token hygiene."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from qarnot_api import models as m

from qarnot_facade import Client, Constant, CreateTaskPayload, KeyValue, QarnotConfig
from qarnot_facade.errors import (
    APIConnectionError,
    APIError,
    ConfigurationError,
    InvalidInputError,
    NotFoundError,
    QarnotError,
    ServerError,
    StorageError,
    UnexpectedResponseError,
)

from .conftest import TOKEN, FakeApi

TID = "0a9c1e4e-3d1f-4c52-9b3e-2f0a9f5b7c11"


def never_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request expected, got {request.method} {request.url}")


# ------------------------------------------------------------------------------------------------
# construction
# ------------------------------------------------------------------------------------------------


@pytest.fixture
def client(twin_client: Client) -> Client:
    return twin_client


def test_constructor_makes_no_network_call() -> None:
    with Client(api_key=TOKEN, transport=httpx.MockTransport(never_called)) as client:
        assert client.config.api_url == "https://api.qarnot.com"


def test_construct_from_config_like_the_go_readme() -> None:
    config = QarnotConfig(
        api_url="https://api.qarnot.com",
        api_key=TOKEN,
        email="me@example.com",
        version="v1",
        storage_url="https://storage.qarnot.com",
    )
    with Client(config, transport=httpx.MockTransport(never_called)) as client:
        assert client.config is config


def test_keywords_override_the_config_never_ignored() -> None:
    config = QarnotConfig(api_key=TOKEN, timeout=5)
    with Client(config, timeout=9, transport=httpx.MockTransport(never_called)) as client:
        assert client.config.timeout == 9
        assert client.config.api_key == TOKEN


def test_missing_token_and_bad_version_fail_before_any_request() -> None:
    with pytest.raises(ConfigurationError, match="no API token"):
        Client(transport=httpx.MockTransport(never_called))
    with pytest.raises(ConfigurationError, match="unsupported API version"):
        Client(api_key=TOKEN, version="v2", transport=httpx.MockTransport(never_called))
    with pytest.raises(ConfigurationError, match="unknown keyword"):
        Client(api_key=TOKEN, tiemout=3)
    with pytest.raises(ConfigurationError, match="QarnotConfig"):
        Client({"api_key": TOKEN})  # type: ignore[arg-type]


def test_from_env_and_from_file(tmp_path: Path) -> None:
    env = {"QARNOT_CLIENT_TOKEN": TOKEN, "QARNOT_CLUSTER_URL": "https://env.example"}
    with Client.from_env(env, transport=httpx.MockTransport(never_called), timeout=4) as client:
        assert client.config.api_url == "https://env.example"
        assert client.config.timeout == 4
    conf = tmp_path / "qarnot.conf"
    conf.write_text("[cluster]\nurl = https://file.example\n[client]\ntoken = file-token\n", encoding="utf-8")
    with Client.from_file(str(conf), environ={}, transport=httpx.MockTransport(never_called)) as client:
        assert client.config.api_key == "file-token"
        assert client.config.api_url == "https://file.example"


def test_real_transport_defaults_are_finite() -> None:
    with Client(api_key=TOKEN) as client:
        timeout = client._shared.http.timeout
        assert timeout.connect == client.config.connect_timeout
        assert timeout.read == client.config.timeout
        assert timeout.read is not None and timeout.connect is not None


# ------------------------------------------------------------------------------------------------
# lifetime
# ------------------------------------------------------------------------------------------------


def test_close_closes_the_pool_and_the_storage(fake: FakeApi) -> None:
    closed: list[str] = []

    class Recording(Client):
        def _close_storage(self) -> None:
            closed.append("storage")
            super()._close_storage()

    client = Recording(api_key=TOKEN, transport=httpx.MockTransport(fake))
    with client:
        pass
    assert client.closed
    assert closed == ["storage"]
    assert client._shared.http.is_closed
    client.close()  # twice is fine
    assert closed == ["storage"]
    with pytest.raises(QarnotError, match="closed"):
        client.get_settings()
    assert fake.requests == []


def test_one_pooled_http_client_shared_by_views(client: Client, fake: FakeApi) -> None:
    view = client.with_options(timeout=99, max_retries=0)
    assert view._shared is client._shared
    assert view._shared.http is client._shared.http
    fake.json("GET", "/profiles", [])
    view.list_profiles()
    assert fake.last.extensions["timeout"]["read"] == 99
    client.list_profiles()
    assert fake.last.extensions["timeout"]["read"] == client.config.timeout


def test_with_options_retries(client: Client, fake: FakeApi) -> None:
    fake.on("GET", "/profiles", httpx.Response(503), httpx.Response(503), httpx.Response(200, json=["a"]))
    with pytest.raises(ServerError):
        client.with_options(max_retries=0).list_profiles()
    assert len(fake.requests) == 1
    assert client.list_profiles() == ["a"]  # default: 3 retries
    assert len(fake.requests) == 3


def test_with_options_validates() -> None:
    with Client(api_key=TOKEN, transport=httpx.MockTransport(never_called)) as client:
        with pytest.raises(ConfigurationError):
            client.with_options(timeout=0)
        with pytest.raises(ConfigurationError):
            client.with_options(max_retries=-2)


# ------------------------------------------------------------------------------------------------
# input checks: nothing is sent
# ------------------------------------------------------------------------------------------------

BAD_CALLS: list[tuple[str, Any]] = [
    ("empty task id", lambda c: c.get_task_information("")),
    ("blank task id", lambda c: c.get_task_information("   ")),
    ("id not a string", lambda c: c.get_task_information(42)),
    ("empty pool id", lambda c: c.delete_pool("")),
    ("empty job id", lambda c: c.terminate_job("")),
    ("empty name", lambda c: c.create_task({"name": "", "profile": "docker-batch"})),
    ("missing name", lambda c: c.create_task({"profile": "docker-batch"})),
    ("instance count 0", lambda c: c.create_task({"name": "t", "instanceCount": 0})),
    ("instance count -1 on a pool", lambda c: c.create_pool({"name": "p", "instanceCount": -1})),
    ("snake_case key", lambda c: c.create_task({"name": "t", "instance_count": 2})),
    ("payload not a dict", lambda c: c.create_task(["name"])),
    ("empty job name", lambda c: c.create_job({"name": " "})),
    ("bad uuid carbon", lambda c: c.get_task_carbon_facts("my-task")),
    ("bad uuid credits", lambda c: c.get_pool_credits("nope")),
    ("bad uuid network", lambda c: c.get_task_port_forwarding("123")),
    ("bad uuid budgets", lambda c: c.get_project_budgets("default")),
    ("snapshot interval 0", lambda c: c.create_task_periodic_snapshot(TID, 0)),
    ("snapshot interval negative", lambda c: c.create_task_periodic_snapshot(TID, {"interval": -5})),
    ("negative instance id", lambda c: c.get_task_instance_stdout(TID, -1)),
    ("instance id not int", lambda c: c.get_pool_instance_stderr(TID, "0")),
    ("page size 0", lambda c: c.paginate_tasks(page_size=0)),
    ("page size in request", lambda c: c.paginate_pools({"maximumResults": 0})),
    ("hardware limit 51", lambda c: c.list_hardware_constraints(limit=51)),
    ("hardware offset -1", lambda c: c.list_hardware_constraints(offset=-1)),
    ("iterator page size", lambda c: c.iter_tasks(page_size=-3)),
    ("request and keywords", lambda c: c.paginate_jobs({"token": "a"}, token="b")),
    ("empty secret key", lambda c: c.get_secret("/")),
    ("secret value not str", lambda c: c.create_secret("k", {"value": 3})),
    ("no scaling policy", lambda c: c.check_pool_scaling({"policies": []})),
    ("empty bulk", lambda c: c.create_tasks([])),
    ("bulk given one payload", lambda c: c.create_tasks({"name": "t"})),
    ("bad force", lambda c: c.delete_job("j", force="yes")),
    ("select as string", lambda c: c.search_tasks(select="Uuid")),
    ("wait timeout negative", lambda c: c.wait_for_task(TID, timeout=-1)),
    ("poll interval 0", lambda c: c.wait_for_task(TID, poll_interval=0)),
    ("wait until bad", lambda c: c.wait_for_pool("p", until="ready")),
    ("bad filter", lambda c: c.search_tasks(filter=3)),
]


@pytest.mark.parametrize(("label", "call"), BAD_CALLS, ids=[label for label, _ in BAD_CALLS])
def test_bad_input_is_refused_before_sending(label: str, call: Any, client: Client, fake: FakeApi) -> None:
    with pytest.raises(InvalidInputError) as info:
        result = call(client)
        if hasattr(result, "__next__"):
            next(result)
    assert str(info.value)
    assert isinstance(info.value, ValueError)
    assert fake.requests == []


def test_uuid_objects_are_accepted(client: Client, fake: FakeApi) -> None:
    import uuid

    fake.json("GET", f"/credits/v1/tasks/{TID}/credits", {"credits": 2})
    assert client.get_task_credits(uuid.UUID(TID)).credits_ == 2  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------------
# decoding and errors at the client level
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(200, content=b"<html>not json</html>", headers={"content-type": "text/html"}),
        httpx.Response(200, json=[1, 2, 3]),
        httpx.Response(200, json="a string where an object belongs"),
        httpx.Response(200, content=b""),
    ],
)
def test_success_body_that_does_not_decode(reply: httpx.Response, client: Client, fake: FakeApi) -> None:
    fake.on("GET", f"/tasks/{TID}", reply)
    with pytest.raises(UnexpectedResponseError) as info:
        client.get_task_information(TID)
    assert info.value.status_code == 200


def test_answer_missing_a_required_field(client: Client, fake: FakeApi) -> None:
    fake.json("POST", "/tasks", {"id": "no uuid here"})
    with pytest.raises(UnexpectedResponseError) as info:
        client.create_task({"name": "t"})
    assert "does not match the expected shape" in str(info.value)
    assert info.value.body == {"id": "no uuid here"}
    assert info.value.method == "POST"


def test_bulk_answer_that_is_not_a_list(client: Client, fake: FakeApi) -> None:
    fake.json("POST", "/tasks", {"uuid": TID})
    with pytest.raises(UnexpectedResponseError):
        client.create_tasks([{"name": "a"}])


def test_errors_reach_the_user_typed(client: Client, fake: FakeApi) -> None:
    fake.json("GET", f"/tasks/{TID}", {"message": f"No such task: {TID}"}, status=404)
    with pytest.raises(NotFoundError) as info:
        client.get_task_information(TID)
    assert info.value.message == f"No such task: {TID}"
    fake.on("GET", "/settings", httpx.Response(502, content=b"<html><title>Bad gateway</title></html>"))
    with pytest.raises(ServerError, match="Bad gateway"):
        client.with_options(max_retries=0).get_settings()


def test_connection_error_is_typed() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    sleeps: list[float] = []
    client = Client(api_key=TOKEN, transport=httpx.MockTransport(refuse), sleep=sleeps.append)
    with client, pytest.raises(APIConnectionError):
        client.get_settings()
    assert len(sleeps) == client.config.max_retries


def test_stdout_json_body_that_is_not_a_string(client: Client, fake: FakeApi) -> None:
    fake.json("GET", f"/tasks/{TID}/stdout", {"not": "text"})
    with pytest.raises(UnexpectedResponseError):
        client.get_task_stdout(TID)


def test_create_task_accepts_the_model_and_the_constant_alias(client: Client, fake: FakeApi) -> None:
    fake.json("POST", "/tasks", {"uuid": TID})
    payload = CreateTaskPayload(
        name="hello",
        profile="docker-batch",
        instance_count=1,
        constants=[Constant(key="DOCKER_CMD", value="echo")],
    )
    assert Constant is KeyValue
    assert client.create_task(payload).uuid == TID
    assert fake.body() == {
        "name": "hello",
        "profile": "docker-batch",
        "instanceCount": 1,
        "constants": [{"key": "DOCKER_CMD", "value": "echo"}],
    }


def test_create_tasks_reports_per_item_failures(client: Client, fake: FakeApi) -> None:
    fake.json(
        "POST",
        "/tasks",
        [
            {"uuid": "u1", "statusCode": 201, "message": None},
            {"uuid": None, "statusCode": 403, "message": "Maximum number of tasks reached"},
            {"uuid": "u3"},
        ],
    )
    results = client.create_tasks([{"name": "a"}, {"name": "b"}, m.CreateTaskPayload(name="c")])
    assert fake.body() == [{"name": "a"}, {"name": "b"}, {"name": "c"}]
    assert [r.ok for r in results] == [True, False, True]
    assert results.uuids == ["u1", None, "u3"]
    assert not results.all_ok
    assert [r.name for r in results.failed] == ["b"]
    assert "2 of 3 tasks submitted" in results.summary()
    assert "Maximum number of tasks reached" in results.summary()


def test_bulk_count_mismatch(client: Client, fake: FakeApi) -> None:
    fake.json("POST", "/tasks", [{"uuid": "u1"}])
    with pytest.raises(UnexpectedResponseError, match="1 results for 2 tasks"):
        client.create_tasks([{"name": "a"}, {"name": "b"}])


# ------------------------------------------------------------------------------------------------
# storage settings for the bucket mixin
# ------------------------------------------------------------------------------------------------


def test_storage_settings_from_config(client: Client, fake: FakeApi) -> None:
    settings = client._storage_settings()
    assert settings.endpoint_url == "http://127.0.0.1:9"
    assert settings.access_key == "me@example.com"
    assert settings.secret_key == TOKEN
    assert fake.requests == []
    assert TOKEN not in repr(settings)


def test_storage_settings_from_the_api(fake: FakeApi) -> None:
    fake.json("GET", "/settings", {"storage": "https://storage.example/"})
    fake.json("GET", "/info", {"email": "api@example.com"})
    with Client(api_key=TOKEN, transport=httpx.MockTransport(fake), storage_unsafe=True) as client:
        settings = client._storage_settings()
        assert settings.endpoint_url == "https://storage.example"
        assert settings.access_key == "api@example.com"
        assert settings.verify_tls is False
        assert client._storage_settings() is settings  # cached
    assert [r.url.path for r in fake.requests] == ["/settings", "/info"]


def test_no_storage_on_this_deployment(fake: FakeApi) -> None:
    fake.json("GET", "/settings", {"storage": None})
    with Client(api_key=TOKEN, transport=httpx.MockTransport(fake)) as client, pytest.raises(StorageError):
        client._storage_settings()


# ------------------------------------------------------------------------------------------------
# the token never leaks
# ------------------------------------------------------------------------------------------------


def test_token_never_leaks(fake: FakeApi, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    fake.on("GET", "/profiles", httpx.Response(503), httpx.Response(200, json=["x"]))
    fake.json("GET", f"/tasks/{TID}", {"message": f"bad {TOKEN}"}, status=403)
    sleeps: list[float] = []
    client = Client(api_key=TOKEN, transport=httpx.MockTransport(fake), sleep=sleeps.append)
    texts = [
        repr(client),
        str(client),
        repr(client.config),
        str(client.config),
        repr(client.with_options(timeout=3)),
    ]
    client.list_profiles()
    with pytest.raises(APIError) as info:
        client.get_task_information(TID)
    texts += [
        str(info.value),
        repr(info.value),
        info.value.message,
        str(info.value.body),
        str(info.value.url),
    ]
    client.close()
    texts += [r.getMessage() for r in caplog.records]
    texts += [str(r.args) for r in caplog.records]
    texts += [str(req.url) for req in fake.requests]
    assert any(r.name == "qarnot_facade.http" for r in caplog.records)
    for text in texts:
        assert TOKEN not in text, text
    assert all(req.headers["authorization"] == TOKEN for req in fake.requests)


def test_token_not_in_connection_error_messages(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"failed with header {request.headers['authorization']}")

    with (
        Client(
            api_key=TOKEN, transport=httpx.MockTransport(refuse), max_retries=1, sleep=lambda s: None
        ) as c,
        pytest.raises(APIConnectionError) as info,
    ):
        c.get_settings()
    assert TOKEN not in str(info.value)
    assert all(TOKEN not in r.getMessage() for r in caplog.records)


# ------------------------------------------------------------------------------------------------
# import cost
# ------------------------------------------------------------------------------------------------


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return set(out.split())


def test_import_is_light() -> None:
    loaded = _modules_after("import qarnot_facade")
    heavy = {"minio", "starlette", "uvicorn", "moto", "httpx", "qarnot_api", "qarnot_api.models", "urllib3"}
    assert not heavy & loaded
    assert not {m for m in loaded if m.startswith("qarnot_api.")}


def test_importing_the_client_does_not_load_models_or_minio() -> None:
    loaded = _modules_after("from qarnot_facade import Client\nClient(api_key='x')")
    assert "qarnot_api.models" not in loaded
    assert not {m for m in loaded if m.startswith(("minio", "starlette", "uvicorn", "qarnot_facade.testing"))}


def test_importing_the_client_class_defers_httpx() -> None:
    loaded = _modules_after("from qarnot_facade import Client")
    assert not {m for m in loaded if m.startswith(("httpx", "qarnot_api", "minio", "ssl"))}


HELLO_LINE = "from qarnot_facade import Client, Constant, CreateTaskPayload"
# loaded on first need, never by the hello world's line (each of them once was)
DEFERRED_BY_THE_HELLO_LINE = {
    "httpx",
    "httpcore",
    "ssl",
    "minio",
    "urllib3",
    "logging",
    "hashlib",
    "configparser",
    "qarnot_api.client",
    "qarnot_facade._transport",
    "qarnot_facade._sync.transport",
}


def test_the_hello_world_line_loads_only_what_it_needs() -> None:
    loaded = _modules_after(HELLO_LINE)
    assert not DEFERRED_BY_THE_HELLO_LINE & loaded, sorted(DEFERRED_BY_THE_HELLO_LINE & loaded)
    packages = ("qarnot_api.api", "qarnot_facade._async", "qarnot_facade.cli")
    assert not {m for m in loaded if m.startswith(packages)}
    models = {m for m in loaded if m.startswith("qarnot_api.models.")}
    assert models == {
        "qarnot_api.models.create_task_payload",
        "qarnot_api.models.key_value",
        "qarnot_api.models.scheduling_type",
    }


def test_building_a_client_skips_the_httpx_command_line() -> None:
    loaded = _modules_after(f"{HELLO_LINE}\nClient(api_key='x', api_url='http://127.0.0.1:9')")
    assert {"httpx", "qarnot_api.client", "qarnot_facade._stdlib_http"} <= loaded
    assert not {m for m in loaded if m.startswith(("httpx._main", "click", "rich", "pygments"))}
    assert not {m for m in loaded if m.startswith(("httpcore", "h11"))}  # the sync client sends without them


def test_the_httpx_command_line_still_imports_after_a_client_is_built() -> None:
    for extra in ("click", "rich", "pygments"):
        pytest.importorskip(extra)
    code = f"{HELLO_LINE}\nClient(api_key='x')\nimport httpx._main\nassert callable(httpx._main.main)"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_models_load_on_first_use() -> None:
    loaded = _modules_after("import qarnot_facade\nqarnot_facade.CreateTaskPayload")
    assert "qarnot_api.models" in loaded
    assert "minio" not in loaded


def test_every_generated_model_is_reexported() -> None:
    import qarnot_api.models

    import qarnot_facade

    exported = set(qarnot_api.models.__all__)
    assert exported <= set(qarnot_facade.__all__)
    assert exported == qarnot_facade._MODELS


def test_config_keyword_is_accepted() -> None:
    config = QarnotConfig(api_key=TOKEN)
    with Client(config=config, transport=httpx.MockTransport(never_called)) as client:
        assert client.config is config


def test_lazy_names() -> None:
    import qarnot_facade

    for name in qarnot_facade.__all__:
        assert getattr(qarnot_facade, name) is not None, name
    with pytest.raises(AttributeError):
        qarnot_facade.NoSuchThing  # noqa: B018


def test_tls_settings_reach_the_real_transport() -> None:
    import ssl

    with Client(api_key=TOKEN, unsafe=True) as client:
        inner = client._shared.http._transport._inner  # type: ignore[attr-defined]
        assert inner._context().verify_mode == ssl.CERT_NONE
    with Client(api_key=TOKEN) as client:
        inner = client._shared.http._transport._inner  # type: ignore[attr-defined]
        assert inner._context().verify_mode == ssl.CERT_REQUIRED
        assert inner._context().check_hostname
        assert inner._context().cert_store_stats()["x509_ca"] > 0
    # a plain-http URL never speaks TLS: no CA bundle is loaded, and a TLS connection would fail
    with Client(api_key=TOKEN, api_url="http://127.0.0.1:9") as client:
        context = client._shared.http._transport._inner._context()  # type: ignore[attr-defined]
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
        assert context.cert_store_stats()["x509_ca"] == 0


def test_tls_settings_reach_the_real_async_transport() -> None:
    import ssl

    from qarnot_facade import AsyncClient

    for unsafe, mode in ((True, ssl.CERT_NONE), (False, ssl.CERT_REQUIRED)):
        client = AsyncClient(api_key=TOKEN, unsafe=unsafe)
        inner = client._shared.http._transport._inner  # type: ignore[attr-defined]
        assert isinstance(inner, httpx.AsyncHTTPTransport)
        assert inner._pool._ssl_context.verify_mode == mode


def test_environment_proxy_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    from qarnot_facade._core import _env_proxy

    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert _env_proxy("https://api.qarnot.com") is None
    monkeypatch.setenv("HTTPS_PROXY", "proxy.corp:3128")
    proxy = _env_proxy("https://api.qarnot.com")
    assert proxy is not None and str(proxy.url) == "http://proxy.corp:3128"
    monkeypatch.setenv("NO_PROXY", "api.qarnot.com")
    assert _env_proxy("https://api.qarnot.com") is None
