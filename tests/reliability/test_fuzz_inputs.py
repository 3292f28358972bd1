"""The facade's inputs, fuzzed (issue 11, items 5 and 6): whatever a caller passes, every failure is a
:class:`QarnotError`, and a refused input sends nothing. Unserialisable values (datetime, set, bytes,
UUID, NaN...) anywhere in a payload or filter are an :class:`InvalidInputError` naming the field.

Bounded and seeded: the same 400 examples run every time, in a few seconds (``QARNOT_FUZZ_EXAMPLES=20000``
runs a longer campaign). The server is a transport that
counts requests and checks that every body it receives is valid JSON; it answers 404 to everything, so
a call that was sent ends in NotFoundError."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from qarnot_facade import Client, Field
from qarnot_facade.errors import InvalidInputError, NotFoundError, QarnotError


class CountingServer:
    def __init__(self) -> None:
        self.sent = 0
        self.bad_bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        if request.content:
            try:
                json.loads(request.content)
            except ValueError:
                self.bad_bodies.append(request.content)
        return httpx.Response(404, json={"message": "nothing here"})


@pytest.fixture(scope="module")
def server_and_client() -> Iterator[tuple[CountingServer, Client]]:
    server = CountingServer()
    with Client(api_key="tok-fuzz", transport=httpx.MockTransport(server), max_retries=0) as client:
        yield server, client


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.binary(max_size=4),
    st.datetimes(),
    st.uuids(),
    st.frozensets(st.integers(0, 3), max_size=2),
)
keys = st.one_of(
    st.sampled_from(["name", "profile", "instanceCount", "constants", "key", "value", "tags", "poolUuid"]),
    st.text(max_size=8),
    st.integers(0, 3),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(keys, inner, max_size=4),
    ),
    max_leaves=12,
)
payloads = st.one_of(
    values,
    st.fixed_dictionaries(
        {
            "name": st.text(min_size=1, max_size=8),
            "profile": st.just("docker-batch"),
            "instanceCount": st.just(1),
        },
        optional={
            "constants": values,
            "tags": values,
            "resourceBuckets": values,
            "snapshotWhitelist": values,
        },
    ),
)
ids = st.one_of(
    st.text(max_size=20),
    st.text(min_size=1, max_size=3).map(lambda t: t * 30_000),  # tens of thousands of characters
    st.uuids(),
    scalars,
)
filters = st.one_of(
    values,
    st.builds(lambda v: Field("State") == v, scalars),
    st.builds(lambda v: Field("Tags").contains(v), scalars),
)

CALLS: dict[str, Callable[[st.DataObject, Client], Any]] = {
    "create_task": lambda d, c: c.create_task(d.draw(payloads)),
    "create_pool": lambda d, c: c.create_pool(d.draw(payloads)),
    "create_job": lambda d, c: c.create_job(d.draw(payloads)),
    "update_task": lambda d, c: c.update_task(d.draw(ids), d.draw(payloads)),
    "get_task_information": lambda d, c: c.get_task_information(d.draw(ids)),
    "delete_task": lambda d, c: c.delete_task(d.draw(ids)),
    "search_tasks": lambda d, c: c.search_tasks(
        filter=d.draw(st.none() | filters),
        select=d.draw(st.none() | values),
        maximum_results=d.draw(st.none() | scalars),
    ),
    "paginate_tasks": lambda d, c: c.paginate_tasks(
        filter=d.draw(filters), page_size=d.draw(st.none() | scalars)
    ),
    "list_tasks": lambda d, c: c.list_tasks(tags=d.draw(st.none() | values)),
    "create_secret": lambda d, c: c.create_secret(d.draw(ids), d.draw(values)),
    "update_pool_scaling": lambda d, c: c.update_pool_scaling(d.draw(ids), d.draw(payloads)),
    "get_task_instance_stdout": lambda d, c: c.get_task_instance_stdout(d.draw(ids), d.draw(scalars)),
}


@seed(20261201)
@settings(
    max_examples=int(os.environ.get("QARNOT_FUZZ_EXAMPLES", "400")),
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
@given(name=st.sampled_from(sorted(CALLS)), data=st.data())
def test_every_failure_is_typed_and_refused_input_sends_nothing(
    server_and_client: tuple[CountingServer, Client], name: str, data: st.DataObject
) -> None:
    server, client = server_and_client
    before = server.sent
    try:
        CALLS[name](data, client)
    except InvalidInputError:
        assert server.sent == before, f"{name}: an input was refused after a request was sent"
    except QarnotError as exc:
        assert isinstance(exc, NotFoundError), f"{name}: {type(exc).__name__}: {exc}"
        assert server.sent > before
    # anything else (TypeError, RecursionError, httpx.InvalidURL...) fails the test as it is
    assert server.bad_bodies == []


@pytest.mark.parametrize(
    "bad",
    [dt.datetime(2026, 1, 1), {1, 2}, b"raw", uuid.UUID(int=1), float("nan")],
    ids=["datetime", "set", "bytes", "uuid", "nan"],
)
def test_unserialisable_values_are_refused_naming_the_field(
    server_and_client: tuple[CountingServer, Client], bad: object
) -> None:
    server, client = server_and_client
    before = server.sent
    payload = {
        "name": "x",
        "profile": "docker-batch",
        "instanceCount": 1,
        "constants": [{"key": "K", "value": bad}],
    }
    with pytest.raises(InvalidInputError, match=r"constants\[0\]"):
        client.create_task(payload)
    with pytest.raises(InvalidInputError, match="filter"):
        client.search_tasks(filter={"operator": "Equal", "field": "State", "value": bad})
    assert server.sent == before


def test_odd_inputs_of_the_campaign(server_and_client: tuple[CountingServer, Client]) -> None:
    server, client = server_and_client
    before = server.sent
    with pytest.raises(InvalidInputError, match="at most"):
        client.get_task_information("x" * 70_000)
    with pytest.raises(InvalidInputError, match="select"):
        client.search_tasks(select=True)
    deep: Any = "leaf"
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(InvalidInputError, match="nested"):
        client.create_task({"name": "x", "profile": "docker-batch", "instanceCount": 1, "tags": deep})
    from qarnot_facade import CreateTaskPayload

    model = CreateTaskPayload(name="x", profile="docker-batch", instance_count=1)
    model.constants = [{"key": "K", "value": "V"}]  # type: ignore[list-item]  # a dict where a model goes
    try:
        client.create_task(model)
    except InvalidInputError as exc:
        assert "CreateTaskPayload" in str(exc)
    except NotFoundError:  # accepted: the natural form was understood and sent
        assert server.bad_bodies == []
    else:  # pragma: no cover - the server answers 404 to everything
        raise AssertionError("no answer")
    assert server.sent in (before, before + 1)
    repr_of_half_built = repr(Client.__new__(Client))
    assert "Client" in repr_of_half_built
