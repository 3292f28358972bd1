"""Fixtures of the facade unit tests: a scripted API on httpx.MockTransport and a client bound to it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from qarnot_facade import Client

from .twins import Twins, twins  # noqa: F401  (the fixture, for the tests of this folder)

TOKEN = "tok-SECRET-facade-0123456789"
REPO = Path(__file__).resolve().parents[2]


Reply = httpx.Response | Callable[[httpx.Request], httpx.Response]


class FakeApi:
    """Answers scripted per (method, path); records every request. Unknown routes answer 599."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[Reply]] = {}
        self.requests: list[httpx.Request] = []

    def on(self, method: str, path: str, *replies: Reply) -> None:
        """Queue replies for a route; the last one repeats."""
        self.routes[(method.upper(), path)] = list(replies)

    def json(self, method: str, path: str, body: Any, status: int = 200) -> None:
        self.on(method, path, httpx.Response(status, json=body))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        replies = self.routes.get((request.method, request.url.raw_path.decode().split("?")[0]))
        if not replies:
            return httpx.Response(599, json={"message": f"no route for {request.method} {request.url.path}"})
        reply = replies[0] if len(replies) == 1 else replies.pop(0)
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        content = self.requests[index].content
        return json.loads(content) if content else None


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake() -> FakeApi:
    return FakeApi()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def settings(fake: FakeApi, clock: FakeClock) -> dict[str, Any]:
    """The settings of the unit-test clients: the scripted API, the fake clock, no jitter."""
    return {
        "api_key": TOKEN,
        "api_url": "https://api.test",
        "email": "me@example.com",
        "storage_url": "http://127.0.0.1:9",
        "transport": httpx.MockTransport(fake),
        "sleep": clock.sleep,
        "clock": clock,
        "random": lambda: 0.5,
    }


@pytest.fixture
def client(fake: FakeApi, clock: FakeClock) -> Iterator[Client]:
    with Client(**settings(fake, clock)) as c:
        yield c


@pytest.fixture
def twin_client(twins: Twins, fake: FakeApi, clock: FakeClock) -> Any:  # noqa: F811
    """The ``client`` fixture's settings, as a ``Client`` and as an ``AsyncClient`` (parametrized)."""
    return twins(**settings(fake, clock))


@pytest.fixture
def load_fixture(shared_fixtures: Path) -> Callable[[str], Any]:
    """Parse one JSON body of ``../shared/fixtures`` (the test skips when the folder is absent)."""

    def load(relative: str) -> Any:
        return json.loads((shared_fixtures / relative).read_text(encoding="utf-8"))

    return load
