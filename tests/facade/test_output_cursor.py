"""StreamCursor: after a lost consuming read, the full output gives exactly what was not yet delivered."""

from __future__ import annotations

from qarnot_facade._following import OutputFollow, StreamCursor


def test_consumed_text_is_passed_through() -> None:
    cursor = StreamCursor()
    assert cursor.consumed("a\n") == "a\n"
    assert cursor.consuming


def test_after_a_lost_read_the_full_output_past_what_was_delivered_is_new() -> None:
    cursor = StreamCursor()
    cursor.consumed("a\nb\n")
    cursor.lost()  # the server consumed "c\n" but the answer never arrived
    assert not cursor.consuming
    assert cursor.from_full("a\nb\nc\n") == "c\n"
    assert cursor.from_full("a\nb\nc\nd\n") == "d\n"
    assert cursor.from_full("a\nb\nc\nd\n") == ""


def test_repeated_lines_are_neither_lost_nor_repeated() -> None:
    cursor = StreamCursor()
    cursor.consumed("tick\ntick\n")
    cursor.lost()
    assert cursor.from_full("tick\ntick\ntick\n") == "tick\n"


def test_a_lost_first_read_gives_everything() -> None:
    cursor = StreamCursor()
    cursor.lost()
    assert cursor.from_full("a\n") == "a\n"


def test_a_rotated_buffer_is_aligned_on_the_last_delivered_text() -> None:
    cursor = StreamCursor()
    cursor.consumed("0123456789-first\n")
    cursor.lost()
    # the server dropped its oldest characters: the start no longer matches, the tail does
    assert cursor.from_full("89-first\nsecond\n") == "second\n"


def test_instances_are_read_while_running_and_once_after() -> None:
    class Info:
        def __init__(self, ids: list[int]) -> None:
            self.per_running_instance_info = [type("I", (), {"instance_id": i})() for i in ids]

    class Task:
        def __init__(self, running: list[int], completed: list[int]) -> None:
            self.status = type("S", (), {"running_instances_info": Info(running)})()
            self.completed_instances = [type("C", (), {"instance_id": i})() for i in completed]
            self.instance_count = 3

    follow = OutputFollow()
    assert follow.instances(Task([0, 1], []), final=False) == [0, 1]
    assert follow.instances(Task([1, 2], [0]), final=False) == [0, 1, 2]  # 0 once more: its last output
    assert follow.instances(Task([2], [0, 1]), final=False) == [1, 2]
    assert follow.instances(Task([], [0, 1, 2]), final=True) == [2]


def test_without_instance_details_every_instance_is_read() -> None:
    task = type("T", (), {"status": None, "completed_instances": None, "instance_count": 2})()
    follow = OutputFollow()
    assert follow.instances(task, final=False) == [0, 1]
    assert follow.instances(task, final=True) == [0, 1]
