"""The httpx client the generated operations send through (``qarnot_facade._sync.http.HTTPClient`` and
its async source): every request sent both through it and through a plain ``httpx.Client`` (or
``httpx.AsyncClient``) built with the same settings, on a real HTTP server on loopback, must give the
same answer (status, headers, body, cookies stored, redirect's ``next_request``, log line, errors), and
the cases its direct path does not handle must go through httpx's own ``send``."""

from __future__ import annotations

import asyncio
import http.server
import json
import logging
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from qarnot_facade import Client
from qarnot_facade._async.http import AsyncHTTPClient
from qarnot_facade._sync.http import URLS_KEPT, HTTPClient


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self, status: int, body: bytes, headers: tuple[tuple[str, str], ...] = ()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path.startswith("/v1/cookie"):
            self._answer(200, b"{}", (("Set-Cookie", "session=abc; Path=/"),))
        elif path.startswith("/v1/moved"):
            self._answer(302, b"", (("Location", "/v1/echo?moved=1"),))
        elif path.startswith("/v1/missing"):
            self._answer(404, b'{"message": "no such task"}')
        else:
            echo = {"path": path, "headers": {k.lower(): v for k, v in self.headers.items()}}
            self._answer(200, json.dumps(echo).encode())

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer(201, json.dumps({"path": self.path, "got": json.loads(body or b"null")}).encode())


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def settings(base_url: str, **extra: Any) -> dict[str, Any]:
    return {"base_url": base_url, "headers": {"Authorization": "tok"}, "timeout": 5.0, **extra}


def same(ours: httpx.Response, theirs: httpx.Response) -> None:
    assert ours.status_code == theirs.status_code
    assert ours.content == theirs.content
    assert [(k, v) for k, v in ours.headers.items() if k != "date"] == [
        (k, v) for k, v in theirs.headers.items() if k != "date"
    ]
    assert str(ours.request.url) == str(theirs.request.url)
    assert ours.http_version == theirs.http_version and ours.reason_phrase == theirs.reason_phrase
    assert ours.is_closed and theirs.is_closed and ours.elapsed.total_seconds() >= 0
    assert (ours.next_request is None) == (theirs.next_request is None)
    if ours.next_request is not None and theirs.next_request is not None:
        assert str(ours.next_request.url) == str(theirs.next_request.url)


CALLS: list[tuple[str, str, dict[str, Any]]] = [
    ("GET", "/echo", {}),
    ("GET", "/echo", {"params": {"a": "1", "b": "x y"}}),
    ("GET", "/echo?fixed=1", {"params": {"more": "2"}}),
    ("GET", "/echo", {"headers": {"X-Extra": "yes"}}),
    ("POST", "/tasks", {"json": {"name": "hello", "n": [1, 2]}}),
    ("GET", "/missing", {}),
    ("GET", "/moved", {}),
    ("GET", "/cookie", {}),
    ("GET", "/echo", {}),  # sends the cookie the previous answer set
]


def test_every_answer_is_the_one_httpx_gives(base_url: str, caplog: pytest.LogCaptureFixture) -> None:
    with HTTPClient(**settings(base_url)) as ours, httpx.Client(**settings(base_url)) as theirs:
        ours.get("/echo")  # the first request opens the client through httpx's own send
        theirs.get("/echo")
        for method, path, kwargs in CALLS:
            with caplog.at_level(logging.INFO, logger="httpx"):
                caplog.clear()
                mine = ours.request(method, path, **kwargs)
                lines = [r.getMessage() for r in caplog.records]
                caplog.clear()
                other = theirs.request(method, path, **kwargs)
                assert lines == [r.getMessage() for r in caplog.records]
            same(mine, other)
        assert dict(ours.cookies) == dict(theirs.cookies) == {"session": "abc"}
        assert json.loads(mine.content)["headers"]["cookie"] == "session=abc"


def test_the_async_client_gives_the_same_answers(base_url: str) -> None:
    async def run() -> None:
        ours = AsyncHTTPClient(**settings(base_url))
        theirs = httpx.AsyncClient(**settings(base_url))
        async with ours, theirs:
            await ours.get("/echo")
            await theirs.get("/echo")
            for method, path, kwargs in CALLS:
                same(await ours.request(method, path, **kwargs), await theirs.request(method, path, **kwargs))
            assert dict(ours.cookies) == dict(theirs.cookies)

    asyncio.run(run())


def test_a_transport_error_names_its_request_and_a_closed_client_refuses(base_url: str) -> None:
    refused = "http://127.0.0.1:9"  # nothing listens on the discard port
    client = HTTPClient(**settings(refused, timeout=2.0))
    for _ in range(2):  # the first through httpx's send, the second through the direct path
        with pytest.raises(httpx.ConnectError) as caught:
            client.get("/echo")
        assert str(caught.value.request.url) == "http://127.0.0.1:9/echo"
    client._opened = True  # even when no request ever succeeded
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        client.get("/echo")


def test_what_the_direct_path_does_not_handle_goes_through_httpx(base_url: str) -> None:
    seen: list[str] = []
    with HTTPClient(**settings(base_url)) as client:
        client.get("/echo")
        client.event_hooks = {"request": [lambda request: seen.append(str(request.url))], "response": []}
        client.get("/echo")
        assert seen == [f"{base_url}/echo"]
        client.event_hooks = {"request": [], "response": []}
        redirected = client.get("/moved", follow_redirects=True)
        assert redirected.status_code == 200 and [r.status_code for r in redirected.history] == [302]
        with client.stream("GET", "/echo") as streamed:
            assert not streamed.is_closed
            assert json.loads(streamed.read())["path"] == "/v1/echo"
        authed = client.get("/echo", auth=("user", "secret"))
        assert json.loads(authed.content)["headers"]["authorization"].startswith("Basic ")


def test_merged_urls_are_kept_bounded_and_follow_the_base_url(base_url: str) -> None:
    with HTTPClient(**settings(base_url)) as client:
        assert client._merge_url("/tasks/a") is client._merge_url("/tasks/a")  # parsed once
        assert str(client.build_request("GET", "/tasks/a").url) == f"{base_url}/tasks/a"
        for i in range(URLS_KEPT + 5):
            client.build_request("GET", f"/tasks/{i}")
        assert len(client._urls) <= URLS_KEPT
        client.base_url = "http://127.0.0.1:1/v2"
        assert str(client.build_request("GET", "/tasks/a").url) == "http://127.0.0.1:1/v2/tasks/a"


def test_the_facade_sends_through_it(base_url: str) -> None:
    with Client(api_key="tok", api_url=base_url.removesuffix("/v1")) as client:
        assert isinstance(client._api.get_httpx_client(), HTTPClient)
