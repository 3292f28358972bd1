"""follow_task_output and run_task(on_output=...) on the sandbox, on Client and on AsyncClient.

The live test runs real shell commands (the sandbox's LocalExecutor) that print over several seconds; the
lost-answer tests make the sandbox consume the output and then drop the connection (or answer 502), the
case where a consuming read must not be re-sent and the text must come from the full output instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

import pytest

from qarnot_facade import OutputChunk
from qarnot_facade.errors import InvalidInputError, WaitTimeoutError
from qarnot_facade.testing import Sandbox, ScriptedExecutor, ScriptedOutcome

from ..facade.twins import CountingTransport, Twins

LINES = 12
PRINTER = (
    f'for i in $(seq 1 {LINES}); do echo "out $INSTANCE_ID $i"; echo "err $INSTANCE_ID $i" >&2; '
    "sleep 0.25; done"
)


def texts(chunks: Iterable[OutputChunk]) -> dict[tuple[int, str], str]:
    joined: dict[tuple[int, str], str] = defaultdict(str)
    for chunk in chunks:
        assert isinstance(chunk, OutputChunk) and chunk.text
        joined[(chunk.instance_id, chunk.stream)] += chunk.text
    return dict(joined)


def expected(instances: int) -> dict[tuple[int, str], str]:
    out: dict[tuple[int, str], str] = {}
    for instance in range(instances):
        for stream, word in (("stdout", "out"), ("stderr", "err")):
            out[(instance, stream)] = "".join(f"{word} {instance} {i}\n" for i in range(1, LINES + 1))
    return out


def test_a_task_printing_for_seconds_yields_every_line_exactly_once(
    qarnot_sandbox: Sandbox, twins: Twins
) -> None:
    client = twins(qarnot_sandbox.config)
    uuid = client.create_task(
        {
            "name": "printer",
            "profile": "docker-batch",
            "instanceCount": 2,
            "constants": [{"key": "DOCKER_CMD", "value": PRINTER}],
        }
    ).uuid
    chunks = list(client.follow_task_output(uuid, timeout=120, max_poll_interval=0.5))
    assert texts(chunks) == expected(2)
    assert len(chunks) > 4  # it followed the output as it came, not once at the end
    assert client.get_task_information(uuid).state == "Success"


def test_run_task_passes_each_chunk_to_on_output(qarnot_sandbox: Sandbox, twins: Twins) -> None:
    client = twins(qarnot_sandbox.config)
    seen: list[OutputChunk] = []
    result = client.run_task(
        {
            "name": "printer",
            "profile": "docker-batch",
            "instanceCount": 1,
            "constants": [{"key": "DOCKER_CMD", "value": PRINTER}],
        },
        timeout=120,
        max_poll_interval=0.5,
        on_output=seen.append,
    )
    assert result.succeeded
    assert texts(seen) == expected(1)
    assert result.stdout == "".join(f"0> {line}" for line in expected(1)[(0, "stdout")].splitlines(True))


@pytest.fixture
def manual(qarnot_sandbox_factory: Callable[..., Sandbox]) -> Sandbox:
    executor = ScriptedExecutor(default=ScriptedOutcome(stdout="a\nb\nc\n", stderr="x\ny\n"))
    return qarnot_sandbox_factory(auto_advance=False, executor=executor)


@pytest.mark.parametrize(
    "fault",
    [{"drop": True}, {"status": 502}],
    ids=["answer-lost-after-the-server-consumed", "502"],
)
def test_a_lost_consuming_read_is_recovered_from_the_full_output(
    manual: Sandbox, twins: Twins, fault: dict[str, object]
) -> None:
    counter = CountingTransport()
    client = twins(manual.config, transport=counter, sleep=lambda seconds: manual.advance())
    uuid = client.create_task({"name": "talk", "profile": "docker-batch", "instanceCount": 1}).uuid
    manual.faults.next(method="POST", path=f"^/tasks/{uuid}/stdout/0$", times=1, **fault)  # type: ignore[arg-type]
    manual.faults.next(method="POST", path=f"^/tasks/{uuid}/stderr/0$", times=1, **fault)  # type: ignore[arg-type]
    chunks = list(client.follow_task_output(uuid, timeout=600))
    assert texts(chunks) == {(0, "stdout"): "a\nb\nc\n", (0, "stderr"): "x\ny\n"}
    posts = [f for f in manual.faults.injected if f.method == "POST"]
    assert len(posts) == 2  # each failed consuming read was sent once, never again
    assert counter.count("GET", f"/tasks/{uuid}/(stdout|stderr)/0") >= 2  # recovered from the full output


def test_the_follow_timeout_leaves_the_task_running(manual: Sandbox, twins: Twins) -> None:
    client = twins(manual.config, sleep=lambda seconds: None)
    uuid = client.create_task({"name": "slow", "profile": "docker-batch", "instanceCount": 1}).uuid
    with pytest.raises(WaitTimeoutError) as info:
        list(client.follow_task_output(uuid, timeout=0.1, poll_interval=0.05))
    assert info.value.task_ids == (uuid,)
    assert client.get_task_information(uuid).state != "Cancelled"


def test_bad_arguments_are_refused_at_the_call(manual: Sandbox, twins: Twins) -> None:
    client = twins(manual.config)
    with pytest.raises(InvalidInputError):
        client.follow_task_output("")
    with pytest.raises(InvalidInputError):
        client.follow_task_output("t", timeout=-1)
    with pytest.raises(InvalidInputError):
        client.run_task({"name": "x", "profile": "docker-batch", "instanceCount": 1}, on_output="print")
