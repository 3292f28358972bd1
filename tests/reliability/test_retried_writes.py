"""A retried write whose earlier attempt was carried out reports success (issue 11, item 2): the
answer is lost after the server acted, the retry gets 404 (DELETE) or 409 (create-by-PUT of a secret).

The server here keeps real state (tasks, secrets) behind ``httpx.MockTransport`` and loses the answer of
the first attempt after acting, which is what a cut connection does; the sandbox run below does the same
over real sockets through a proxy that drops the first answer."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest

from qarnot_facade import Client
from qarnot_facade.errors import ConflictError, NotFoundError
from qarnot_facade.testing import Sandbox

TOKEN = "tok-retried-writes"


class Platform:
    """Tasks and secrets; ``lose_answer`` makes the next request matching it act, then lose its answer."""

    def __init__(self) -> None:
        self.tasks = {"t1"}
        self.secrets: dict[str, str] = {}
        self.lose_answer: tuple[str, str] | None = None
        self.requests: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        method, path = request.method, request.url.path
        self.requests.append(f"{method} {path}")
        response = self._handle(method, path, request)
        if self.lose_answer == (method, path):
            self.lose_answer = None
            raise httpx.ReadError("connection reset after the request was carried out", request=request)
        return response

    def _handle(self, method: str, path: str, request: httpx.Request) -> httpx.Response:
        if path.startswith("/tasks/") and method == "DELETE":
            task = path.removeprefix("/tasks/")
            if task not in self.tasks:
                return httpx.Response(404, json={"message": "No such task"})
            self.tasks.discard(task)
            return httpx.Response(204)
        if path.startswith("/secrets-manager/data/"):
            key = path.removeprefix("/secrets-manager/data/")
            if method == "PUT":
                if key in self.secrets:
                    return httpx.Response(409, json={"message": "Secret already exists"})
                self.secrets[key] = json.loads(request.content)["value"]
                return httpx.Response(201)
            if method == "GET":
                if key not in self.secrets:
                    return httpx.Response(404, json={"message": "No such secret"})
                return httpx.Response(200, json={"value": self.secrets[key]})
        return httpx.Response(404, json={"message": f"no route {method} {path}"})


@pytest.fixture
def platform() -> Platform:
    return Platform()


@pytest.fixture
def client(platform: Platform) -> Iterator[Client]:
    with Client(api_key=TOKEN, transport=httpx.MockTransport(platform), sleep=lambda s: None) as c:
        yield c


def test_delete_whose_answer_was_lost_is_a_success(client: Client, platform: Platform) -> None:
    platform.lose_answer = ("DELETE", "/tasks/t1")
    client.delete_task("t1")  # the retry got 404: the first attempt deleted it
    assert platform.tasks == set()
    assert platform.requests == ["DELETE /tasks/t1", "DELETE /tasks/t1"]


def test_delete_of_a_missing_task_is_still_not_found(client: Client) -> None:
    with pytest.raises(NotFoundError) as info:
        client.delete_task("never-existed")
    assert info.value.earlier_attempt_may_have_acted is False


def test_create_secret_whose_answer_was_lost_is_a_success(client: Client, platform: Platform) -> None:
    platform.lose_answer = ("PUT", "/secrets-manager/data/db")
    client.create_secret("db", "s3cret")
    assert platform.secrets == {"db": "s3cret"}
    assert platform.requests[-1] == "GET /secrets-manager/data/db"  # checked that the value is ours


def test_create_secret_conflicting_with_another_value_after_a_retry_is_a_conflict(
    client: Client, platform: Platform
) -> None:
    platform.secrets["db"] = "someone else's"
    platform.lose_answer = ("GET", "/never")  # nothing lost: a plain conflict
    with pytest.raises(ConflictError) as plain:
        client.create_secret("db", "mine")
    assert plain.value.earlier_attempt_may_have_acted is False

    # the first attempt fails before acting (a 503), someone else stores the secret, the retry gets 409
    calls = {"n": 0}
    real = platform._handle

    def busy_then_taken(method: str, path: str, request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            platform.secrets["other"] = "theirs"
            return httpx.Response(503, text="busy")
        return real(method, path, request)

    platform._handle = busy_then_taken  # type: ignore[method-assign]
    with pytest.raises(ConflictError) as after_retry:
        client.create_secret("other", "mine")
    assert after_retry.value.earlier_attempt_may_have_acted is True  # a 503 may have been acted on
    assert platform.secrets["other"] == "theirs"


# ----------------------------------------------------------------------------------- on the sandbox


class AnswerDropper:
    """A TCP proxy to the sandbox that forwards every request and, for the first one whose request line
    starts with ``drop``, reads the server's answer and closes the connection instead of passing it."""

    def __init__(self, target: tuple[str, int], drop: bytes) -> None:
        self.target, self.drop = target, drop
        self.dropped = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            armed = threading.Event()
            threading.Thread(target=self._up, args=(client, server, armed), daemon=True).start()
            threading.Thread(target=self._down, args=(server, client, armed), daemon=True).start()

    def _up(self, src: socket.socket, dst: socket.socket, armed: threading.Event) -> None:
        try:
            while data := src.recv(65536):
                if data.startswith(self.drop) and not self.dropped.is_set():
                    self.dropped.set()
                    armed.set()
                dst.sendall(data)
        except OSError:
            pass

    def _down(self, src: socket.socket, dst: socket.socket, armed: threading.Event) -> None:
        try:
            while data := src.recv(65536):
                if armed.is_set():  # the server acted and answered: the answer is lost
                    break
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            s.close()

    def close(self) -> None:
        self._sock.close()


@pytest.fixture
def sandbox(qarnot_sandbox_factory: Callable[..., Sandbox]) -> Sandbox:
    return qarnot_sandbox_factory()


@pytest.mark.parametrize("drop", [b"DELETE /tasks/", b"PUT /secrets-manager/data/"])
def test_retried_writes_on_the_sandbox_report_success(sandbox: Sandbox, drop: bytes) -> None:
    host, port = sandbox.config.api_url.removeprefix("http://").split(":")
    proxy = AnswerDropper((host, int(port)), drop)
    try:
        with sandbox.client() as direct:
            task = direct.create_task({"name": "x", "profile": "docker-batch", "instanceCount": 1}).uuid
        with Client(sandbox.config.replace(api_url=proxy.url), sleep=lambda s: None) as client:
            client.delete_task(task)
            client.create_secret("db", "s3cret")
        assert proxy.dropped.is_set()
        with sandbox.client() as direct:
            with pytest.raises(NotFoundError):
                direct.get_task_information(task)
            assert direct.get_secret("db").value == "s3cret"
    finally:
        proxy.close()


def test_async_client_follows_the_same_rules(platform: Platform) -> None:
    import asyncio

    from qarnot_facade import AsyncClient

    async def run() -> None:
        async def no_sleep(seconds: float) -> None:
            return None

        async with AsyncClient(
            api_key=TOKEN, transport=httpx.MockTransport(platform), sleep=no_sleep
        ) as client:
            platform.lose_answer = ("DELETE", "/tasks/t1")
            await client.delete_task("t1")
            platform.lose_answer = ("PUT", "/secrets-manager/data/db")
            await client.create_secret("db", "s3cret")

    asyncio.run(run())
    assert platform.tasks == set() and platform.secrets == {"db": "s3cret"}
