"""The transport remembers the last answer; once decoded, a large one is forgotten (issue 14: memory)."""

from __future__ import annotations

import httpx
import pytest

from qarnot_facade import Client
from qarnot_facade._transport import KEPT_BODY_LIMIT, last_response
from qarnot_facade.errors import UnexpectedResponseError

from .conftest import FakeApi


def test_a_large_decoded_answer_is_not_kept_alive(client: Client, fake: FakeApi) -> None:
    tasks = [{"uuid": f"t{i}", "name": "n" * 1000} for i in range(2 * KEPT_BODY_LIMIT // 1000)]
    fake.on("GET", "/tasks", lambda request: httpx.Response(200, json=tasks))
    assert len(client.list_tasks()) == len(tasks)
    assert last_response() is None  # the ~2 MiB body went with the response


def test_a_small_decoded_answer_stays_for_later_checks(client: Client, fake: FakeApi) -> None:
    fake.on("GET", "/tasks", lambda request: httpx.Response(200, json=[{"uuid": "t"}]))
    assert len(client.list_tasks()) == 1
    remembered = last_response()
    assert remembered is not None and remembered.json() == [{"uuid": "t"}]


def test_an_undecodable_answer_still_names_its_body(client: Client, fake: FakeApi) -> None:
    fake.json("POST", "/tasks", {"not-a-uuid": "x" * 100})  # a creation answer without its uuid
    payload = {"name": "n", "profile": "docker-batch", "instanceCount": 1}
    with pytest.raises(UnexpectedResponseError) as caught:
        client.create_task(payload)
    assert caught.value.body == {"not-a-uuid": "x" * 100}  # read from the remembered response
