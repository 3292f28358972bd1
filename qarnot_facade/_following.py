"""What the sync and async ``follow_task_output`` share: the chunks, the per-stream cursors, which instances.

Private module, no I/O. ``follow_task_output`` (written once, async, in :mod:`qarnot_facade._async.waiting`)
reads each instance's new output with the consuming ``POST /tasks/{taskId}/stdout/{instanceId}`` (and
``stderr``). Such a read changes the server (it moves its cursor), so it is never sent twice: when one
fails without a trustworthy answer (connection dropped, timeout, 5xx, an answer that does not decode),
its text may be lost on the server side. The :class:`StreamCursor` of that stream then switches to the
full, idempotent ``GET .../stdout/{instanceId}`` and yields what lies past the characters it already
delivered, so no line is lost or repeated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["OutputChunk", "OutputFollow", "StreamCursor"]

Stream = Literal["stdout", "stderr"]
STREAMS: tuple[Stream, Stream] = ("stdout", "stderr")
_TAIL = 4096


@dataclass(frozen=True)
class OutputChunk:
    """A new piece of one instance's standard output or error, as ``follow_task_output`` yields it."""

    instance_id: int
    stream: Literal["stdout", "stderr"]
    text: str


class StreamCursor:
    """How much of one instance's stdout (or stderr) was delivered, and how to read what follows.

    While ``consuming``, the consuming POST gives exactly the new text. After a lost answer, the full GET
    is read instead: the delivered characters are located at its start (checked with a running hash; when
    the server's buffer was rotated or someone else consumed the stream before, by the last delivered
    characters), and only what lies past them is new.
    """

    def __init__(self) -> None:
        import hashlib  # loaded when output is followed, not when the client is imported

        self.consuming = True
        self._delivered = 0
        self._hash = hashlib.sha256()
        self._tail = ""
        self._position: int | None = None  # in the full text, once reading it

    def consumed(self, text: str) -> str:
        """Record the text a consuming read returned; returns it."""
        self._delivered += len(text)
        self._hash.update(text.encode("utf-8", "surrogatepass"))
        self._tail = (self._tail + text)[-_TAIL:]
        return text

    def lost(self) -> None:
        """A consuming read failed without a trustworthy answer: read the full output from now on."""
        self.consuming = False

    def from_full(self, full: str) -> str:
        """The new text, given the whole output so far (``GET .../stdout/{instanceId}``)."""
        if self._position is None:
            self._position = self._align(full)
        if len(full) < self._position:  # rotated since the last read: what is left is new to us
            self._position = 0
        new = full[self._position :]
        self._position = len(full)
        return new

    def _align(self, full: str) -> int:
        import hashlib

        head = full[: self._delivered]
        if len(head) == self._delivered and hashlib.sha256(
            head.encode("utf-8", "surrogatepass")
        ).digest() == (self._hash.digest()):
            return self._delivered
        tail = self._tail
        if not tail:
            return 0
        found = full.find(tail)
        if found >= 0:  # the oldest characters were rotated out, the last delivered ones are still there
            return found + len(tail)
        for size in range(min(len(tail), len(full)), 0, -1):  # rotated past some of them
            if full.startswith(tail[-size:]):
                return size
        return 0


def _ids(items: Any) -> list[int]:
    found: list[int] = []
    if isinstance(items, Iterable) and not isinstance(items, str | bytes):
        for item in items:
            value = getattr(item, "instance_id", None)
            if isinstance(value, int) and not isinstance(value, bool):
                found.append(value)
    return found


class OutputFollow:
    """Which instances of a followed task to read in a round, and their cursors.

    An instance is read while it runs, once more after it completes (its last output), and never after.
    When the task reports no instances (an older answer), every instance of ``instanceCount`` is read.
    """

    def __init__(self) -> None:
        self.cursors: dict[tuple[int, Stream], StreamCursor] = {}
        self._drained: set[int] = set()
        self._seen: set[int] = set()

    def cursor(self, instance_id: int, stream: Stream) -> StreamCursor:
        return self.cursors.setdefault((instance_id, stream), StreamCursor())

    def instances(self, task: Any, final: bool) -> list[int]:
        """The instances to read in this round (``final``: the task has ended, read every one left)."""
        status = getattr(task, "status", None)
        running_info = getattr(status, "running_instances_info", None)
        running = _ids(getattr(running_info, "per_running_instance_info", None))
        completed = _ids(getattr(task, "completed_instances", None))
        count = getattr(task, "instance_count", None)
        if not running and not completed and isinstance(count, int) and not isinstance(count, bool):
            running = list(range(count)) if not final else []
            completed = list(range(count)) if final else []
        self._seen.update(running, completed)
        if final:
            chosen = sorted(self._seen - self._drained)
            self._drained.update(chosen)
            return chosen
        finished = [i for i in completed if i not in self._drained and i not in running]
        self._drained.update(finished)
        return sorted({*running, *finished} - (self._drained - set(finished)))
