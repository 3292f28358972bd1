"""The transport remembers the last successful answer only until it is decoded (issue 14: memory)."""

from __future__ import annotations

import httpx
import pytest

from qarnot_facade import Client
from qarnot_facade._transport import last_response
from qarnot_facade.errors import UnexpectedResponseError

from .conftest import FakeApi


def test_a_decoded_answer_is_not_kept_alive(client: Client, fake: FakeApi) -> None:
    tasks = [{"uuid": f"t{i}", "name": "n" * 1000} for i in range(50)]
    fake.on("GET", "/tasks", lambda request: httpx.Response(200, json=tasks))
    assert len(client.list_tasks()) == 50
    assert last_response() is None  # the ~50 kB body went with the response


def test_an_undecodable_answer_still_names_its_body(client: Client, fake: FakeApi) -> None:
    fake.json("POST", "/tasks", {"not-a-uuid": "x" * 100})  # UuidResponse requires "uuid"
    payload = {"name": "n", "profile": "docker-batch", "instanceCount": 1}
    with pytest.raises(UnexpectedResponseError) as caught:
        client.create_task(payload)
    assert caught.value.body == {"not-a-uuid": "x" * 100}  # read from the remembered response
    assert last_response() is None  # then forgotten
