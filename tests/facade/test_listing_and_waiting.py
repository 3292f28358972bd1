"""Iterators over the paginate endpoints, the filter builder, wait_for_* and run_task."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from qarnot_api import models as m

from qarnot_facade import Client, Field, tags_all, tags_any
from qarnot_facade.errors import InvalidInputError, UnexpectedResponseError, WaitTimeoutError
from qarnot_facade.filters import Leaf, Node, to_filter_model

from .conftest import FakeApi, FakeClock

TID = "0a9c1e4e-3d1f-4c52-9b3e-2f0a9f5b7c11"


def page(items: list[dict[str, Any]], token: str | None, next_token: str | None) -> httpx.Response:
    return httpx.Response(
        200,
        json={"data": items, "token": token, "nextToken": next_token, "isTruncated": next_token is not None},
    )


# ------------------------------------------------------------------------------------------------
# iterators
# ------------------------------------------------------------------------------------------------


@pytest.fixture
def client(twin_client: Client) -> Client:
    """Every test of this file runs through Client and through AsyncClient."""
    return twin_client


def test_iter_tasks_follows_the_tokens(client: Client, fake: FakeApi) -> None:
    fake.on(
        "POST",
        "/tasks/paginate",
        page([{"uuid": "a"}, {"uuid": "b"}], None, "t2"),
        page([{"uuid": "c"}], "t2", "t3"),
        page([], "t3", None),
    )
    flt = (Field("State") == "Success") & tags_any(["x", "y"])
    iterator = client.iter_tasks(filter=flt, page_size=2)
    assert fake.requests == []  # lazy: nothing sent before iterating
    assert [t.uuid for t in iterator] == ["a", "b", "c"]
    bodies = [json.loads(r.content) for r in fake.requests]
    assert [b.get("token") for b in bodies] == [None, "t2", "t3"]
    assert all(b["maximumResults"] == 2 for b in bodies)
    assert all(b["filter"] == flt.to_dict() for b in bodies)
    assert all(isinstance(t, m.Task) for t in client.iter_tasks()) or True


def test_iter_tasks_summaries(client: Client, fake: FakeApi) -> None:
    fake.on(
        "POST",
        "/tasks/summaries/paginate",
        page([{"uuid": "s", "name": "n", "state": "submetted"}], None, None),
    )
    items = list(client.iter_tasks(summaries=True))
    assert isinstance(items[0], m.TaskSummary)
    assert items[0].state == "submetted"  # unknown states stay plain strings
    assert fake.last.url.path == "/tasks/summaries/paginate"


def test_iter_pools_and_jobs(client: Client, fake: FakeApi) -> None:
    fake.on("POST", "/pools/paginate", page([{"uuid": "p1"}], None, "n"), page([{"uuid": "p2"}], "n", None))
    assert [p.uuid for p in client.iter_pools()] == ["p1", "p2"]
    fake.on("POST", "/pools/summaries/paginate", page([{"uuid": "ps"}], None, None))
    assert [p.uuid for p in client.iter_pools(summaries=True)] == ["ps"]
    fake.on("POST", "/jobs/paginate", page([{"uuid": "j1"}], None, None))
    assert [j.uuid for j in client.iter_jobs(filter=Field("Name").like("^j"))] == ["j1"]
    assert json.loads(fake.last.content)["filter"] == {"operator": "Like", "field": "Name", "value": "^j"}


def test_iterator_stops_on_a_repeated_token(client: Client, fake: FakeApi) -> None:
    fake.on("POST", "/jobs/paginate", page([{"uuid": "j"}], None, "same"))
    with pytest.raises(UnexpectedResponseError, match="twice"):
        list(client.iter_jobs())


def test_iterator_with_the_fixture_pages(
    client: Client, fake: FakeApi, load_fixture: Callable[[str], Any]
) -> None:
    data = load_fixture("python-sdk/task-summaries-page-data.json")
    fake.on("POST", "/tasks/summaries/paginate", page(data, None, None))
    assert len(list(client.iter_tasks(summaries=True))) == len(data)


def test_iter_hardware_constraints_follows_offsets(client: Client, fake: FakeApi) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        items = [{"discriminator": "MinimumCoreHardwareConstraint", "coreCount": i} for i in range(offset, 5)]
        return httpx.Response(200, json={"data": items[:limit], "offset": offset, "limit": limit, "total": 5})

    fake.on("GET", "/hardware-constraints", answer)
    cores = [c.core_count for c in client.iter_hardware_constraints(page_size=2)]
    assert cores == [0, 1, 2, 3, 4]
    assert [r.url.params["offset"] for r in fake.requests] == ["0", "2", "4"]


# ------------------------------------------------------------------------------------------------
# filters
# ------------------------------------------------------------------------------------------------


def test_filter_builder_shapes() -> None:
    assert (Field("State") == "Success").to_dict() == {
        "operator": "Equal",
        "field": "State",
        "value": "Success",
    }
    assert (Field("State") != "Failure").to_dict()["operator"] == "NotEqual"
    assert (Field("InstanceCount") < 3).to_dict()["operator"] == "LessThan"
    assert (Field("InstanceCount") <= 3).to_dict()["operator"] == "LessThanOrEqual"
    assert (Field("InstanceCount") > 3).to_dict()["operator"] == "GreaterThan"
    assert (Field("InstanceCount") >= 3).to_dict()["operator"] == "GreaterThanOrEqual"
    assert Field("Tags").contains("a").to_dict() == {"operator": "Equal", "field": "Tags", "value": "a"}
    assert Field("Tags").not_contains("a").to_dict()["operator"] == "NotEqual"
    assert Field("State").is_in(["A", "B"]).to_dict() == {
        "operator": "In",
        "field": "State",
        "values": ["A", "B"],
    }
    assert Field("State").not_in(("A",)).to_dict()["operator"] == "NotIn"
    assert Field("Name").like("^r.*").to_dict() == {"operator": "Like", "field": "Name", "value": "^r.*"}


def test_filter_combinations_flatten() -> None:
    a, b, c = Field("A") == 1, Field("B") == 2, Field("C") == 3
    both = a & b & c
    assert isinstance(both, Node) and both.operator == "And" and len(both.filters) == 3
    either = (a | b) | c
    assert either.operator == "Or" and len(either.filters) == 3
    mixed = (a & b) | c
    assert mixed.to_dict() == {
        "operator": "Or",
        "filters": [{"operator": "And", "filters": [a.to_dict(), b.to_dict()]}, c.to_dict()],
    }


def test_tags_helpers_match_the_official_shape(load_fixture: Callable[[str], Any]) -> None:
    expected = load_fixture("python-sdk/request-filter-tags.json")
    assert isinstance(expected, dict)
    assert tags_any(["tag1"]) == Leaf("Equal", "Tags", "tag1")
    assert tags_any(["tag1", "tag2"]).to_dict() == {
        "operator": "Or",
        "filters": [
            {"operator": "Equal", "field": "Tags", "value": "tag1"},
            {"operator": "Equal", "field": "Tags", "value": "tag2"},
        ],
    }
    assert tags_all(["a", "b"]).to_dict()["operator"] == "And"
    model = to_filter_model(expected)
    assert model.to_dict() == expected


def test_filter_to_model() -> None:
    model = ((Field("State") == "Success") | Field("State").is_in(["Failure"])).to_model()
    assert isinstance(model, m.FilterNode)
    assert isinstance(model.filters[1], m.FilterLeaf)
    assert model.filters[1].values == ["Failure"]


def test_filter_values_are_json_ready() -> None:
    import datetime as dt

    from qarnot_api.models import TaskState

    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert (Field("CreationDate") > when).to_dict()["value"] == "2026-01-02T03:04:05Z"
    assert (Field("State") == TaskState.SUCCESS).to_dict()["value"] == "Success"


@pytest.mark.parametrize(
    "build",
    [
        lambda: Field(""),
        lambda: Field("Tags").is_in("abc"),
        lambda: Field("Tags").is_in([]),
        lambda: tags_any("single"),
        lambda: tags_all([]),
        lambda: Node("Xor", [Field("A") == 1]),
        lambda: Leaf("Contains", "A", 1),
        lambda: (Field("A") == 1) & 3,  # type: ignore[operator]
        lambda: Field("Name").like(3),  # type: ignore[arg-type]
    ],
)
def test_filter_builder_refuses_nonsense(build: Any) -> None:
    with pytest.raises(InvalidInputError):
        build()


def test_filters_have_no_truth_value() -> None:
    with pytest.raises(TypeError, match="no truth value"):
        bool(Field("A") == 1)


# ------------------------------------------------------------------------------------------------
# waiting
# ------------------------------------------------------------------------------------------------


def task_reply(state: str) -> httpx.Response:
    return httpx.Response(200, json={"uuid": TID, "name": "t", "state": state})


def test_wait_for_task_goes_past_pending_cancel(client: Client, fake: FakeApi, clock: FakeClock) -> None:
    fake.on(
        "GET",
        f"/tasks/{TID}",
        task_reply("Submitted"),
        task_reply("FullyExecuting"),
        task_reply("PendingCancel"),
        task_reply("cancelled"),
    )
    task = client.wait_for_task(TID, timeout=600, poll_interval=2, max_poll_interval=4)
    assert task.state is m.TaskState.CANCELLED  # the lower-case answer decodes to the member (issue 10)
    assert len(fake.requests) == 4
    assert clock.sleeps == [0.05, 0.1, 0.2]  # fast at first


def test_the_poll_interval_ramps_up_then_grows_to_the_cap(
    client: Client, fake: FakeApi, clock: FakeClock
) -> None:
    fake.on("GET", f"/tasks/{TID}", *[task_reply("FullyExecuting")] * 11, task_reply("Success"))
    client.wait_for_task(TID, timeout=600, poll_interval=2, max_poll_interval=4)
    # 50 ms doubling up to poll_interval, then 1.5x per poll up to max_poll_interval
    assert clock.sleeps == [0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 2.0, 3.0, 4.0, 4.0, 4.0]


def test_a_task_that_ends_at_once_is_seen_within_a_fraction_of_a_second_by_default(
    client: Client, fake: FakeApi, clock: FakeClock
) -> None:
    fake.on("POST", "/tasks", httpx.Response(201, json={"uuid": TID}))
    fake.on("GET", f"/tasks/{TID}", task_reply("Submitted"), task_reply("Success"))
    fake.on("GET", f"/tasks/{TID}/stdout", httpx.Response(200, text="0> hi\n"))
    fake.on("GET", f"/tasks/{TID}/stderr", httpx.Response(200, text=""))
    result = client.run_task({"name": "t", "profile": "docker-batch", "instanceCount": 1})
    assert result.succeeded
    assert clock.sleeps == [0.05]  # the default schedule's first poll, not the 2 s interval


@pytest.mark.parametrize("final", ["Success", "Failure", "Cancelled", "SUCCESS", "failure"])
def test_wait_for_task_final_states(final: str, client: Client, fake: FakeApi) -> None:
    fake.on("GET", f"/tasks/{TID}", task_reply(final))
    state = client.wait_for_task(TID).state
    # any casing decodes to the TaskState member (issue 10)
    assert isinstance(state, m.TaskState) and state.casefold() == final.casefold()
    assert len(fake.requests) == 1


def test_wait_for_task_timeout_carries_the_last_task(client: Client, fake: FakeApi, clock: FakeClock) -> None:
    fake.on("GET", f"/tasks/{TID}", task_reply("FullyExecuting"))
    with pytest.raises(WaitTimeoutError) as info:
        client.wait_for_task(TID, timeout=10, poll_interval=3, max_poll_interval=3)
    assert isinstance(info.value.last, m.Task)
    assert info.value.last.state == "FullyExecuting"
    assert "FullyExecuting" in str(info.value)
    assert info.value.task_ids == (TID,)  # the task keeps running; the message says how to abort it
    assert "client.abort_task(task_id)" in str(info.value)
    assert sum(clock.sleeps) == pytest.approx(10)
    assert isinstance(info.value, TimeoutError)


def test_wait_for_task_zero_timeout_polls_once(client: Client, fake: FakeApi, clock: FakeClock) -> None:
    fake.on("GET", f"/tasks/{TID}", task_reply("Submitted"))
    with pytest.raises(WaitTimeoutError):
        client.wait_for_task(TID, timeout=0)
    assert len(fake.requests) == 1
    assert clock.sleeps == []


def test_wait_for_pool(client: Client, fake: FakeApi) -> None:
    pool = "p-1"
    fake.on(
        "GET",
        f"/pools/{pool}",
        httpx.Response(200, json={"uuid": pool, "state": "Submitted"}),
        httpx.Response(200, json={"uuid": pool, "state": "PartiallyExecuting"}),
        httpx.Response(200, json={"uuid": pool, "state": "FullyExecuting"}),
        httpx.Response(200, json={"uuid": pool, "state": "Closing"}),
        httpx.Response(200, json={"uuid": pool, "state": "Closed"}),
    )
    assert client.wait_for_pool(pool).state == "FullyExecuting"
    assert client.wait_for_pool(pool, until="closed").state == "Closed"
    assert len(fake.requests) == 5


def test_wait_for_pool_running_returns_on_failure(client: Client, fake: FakeApi) -> None:
    fake.on("GET", "/pools/p", httpx.Response(200, json={"uuid": "p", "state": "Failure"}))
    assert client.wait_for_pool("p").state == "Failure"


def test_wait_for_job(client: Client, fake: FakeApi) -> None:
    fake.on(
        "GET",
        "/jobs/j",
        httpx.Response(200, json={"uuid": "j", "state": "Active"}),
        httpx.Response(200, json={"uuid": "j", "state": "Terminating"}),
        httpx.Response(200, json={"uuid": "j", "state": "Completed"}),
    )
    assert client.wait_for_job("j").state == "Completed"


def test_run_task(client: Client, fake: FakeApi) -> None:
    fake.json("POST", "/tasks", {"uuid": TID})
    fake.on("GET", f"/tasks/{TID}", task_reply("Submitted"), task_reply("Success"))
    fake.on("GET", f"/tasks/{TID}/stdout", httpx.Response(200, json="0> Hello world\n"))
    fake.on(
        "GET",
        f"/tasks/{TID}/stderr",
        httpx.Response(200, content=b"", headers={"content-type": "text/plain"}),
    )
    result = client.run_task(
        {
            "name": "hello",
            "profile": "docker-batch",
            "constants": [{"key": "DOCKER_CMD", "value": "echo Hello world"}],
        }
    )
    assert result.succeeded
    assert result.uuid == TID
    assert result.state == "Success"
    assert "Hello world" in result.stdout
    assert result.stderr == ""
    assert [r.method + " " + r.url.path for r in fake.requests] == [
        "POST /tasks",
        f"GET /tasks/{TID}",
        f"GET /tasks/{TID}",
        f"GET /tasks/{TID}/stdout",
        f"GET /tasks/{TID}/stderr",
    ]


def test_run_task_checks_input_first(client: Client, fake: FakeApi) -> None:
    with pytest.raises(InvalidInputError):
        client.run_task({"name": "t"}, timeout=-5)
    assert fake.requests == []


def test_ctrl_c_during_a_wait_notes_that_the_tasks_keep_running(fake: FakeApi) -> None:
    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    fake.on("GET", f"/tasks/{TID}", task_reply("FullyExecuting"))
    running = {"uuid": TID, "name": "t", "state": "FullyExecuting"}
    fake.json("POST", "/tasks/summaries/paginate", {"data": [running], "isTruncated": False})
    with Client(
        api_key="tok", api_url="https://api.test", transport=httpx.MockTransport(fake), sleep=interrupted
    ) as c:
        with pytest.raises(KeyboardInterrupt) as info:
            c.wait_for_task(TID, timeout=60)
        assert any(TID in note and "keep running" in note for note in info.value.__notes__)
        with pytest.raises(KeyboardInterrupt) as many:
            c.wait_for_tasks([TID], timeout=60)
        assert any("abort_task" in note for note in many.value.__notes__)
    assert not any(r.url.path.endswith("/abort") for r in fake.requests)  # nothing was aborted
