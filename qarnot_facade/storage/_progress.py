"""Transfer progress: one callback signature for single objects, directories and syncs.

The callback receives one :class:`TransferProgress` per update::

    def on_progress(p: TransferProgress) -> None:
        print(f"{p.key}: {p.file_bytes_done}/{p.file_bytes_total}  overall {p.bytes_done}/{p.bytes_total}")

Calls are serialised (never two at once, even when files move in parallel), so the callback needs no
lock of its own. An exception raised by the callback stops the transfer: the multipart upload is
aborted, the temporary download file is removed, and the exception propagates.

``progress="bar"`` shows a tqdm bar instead (needs the ``progress`` extra: ``pip install
'qarnot-facade[progress]'``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from qarnot_facade.errors import ConfigurationError, InvalidInputError


@dataclass(frozen=True)
class TransferProgress:
    """One progress update.

    Attributes:
        key: the object key of the file that moved.
        file_bytes_done, file_bytes_total: bytes of that file transferred so far, and its size
            (``None`` when a streamed upload's size is unknown).
        bytes_done, bytes_total: the same over the whole operation (a directory or sync).
        files_done, files_total: files finished over the whole operation.
    """

    key: str
    file_bytes_done: int
    file_bytes_total: int | None
    bytes_done: int
    bytes_total: int | None
    files_done: int
    files_total: int


ProgressCallback: TypeAlias = Callable[[TransferProgress], None]
"""A function called with a :class:`TransferProgress` as a transfer goes (``progress=`` arguments)."""
ProgressArg: TypeAlias = ProgressCallback | Literal["bar"] | None


class ProgressBar:
    """A tqdm progress bar usable as a progress callback (``with ProgressBar() as bar: ...``)."""

    def __init__(self, description: str | None = None, **tqdm_kwargs: Any) -> None:
        try:
            from tqdm import tqdm
        except ImportError as exc:
            raise ConfigurationError(
                "progress='bar' needs tqdm: install it with pip install 'qarnot-facade[progress]'"
            ) from exc
        self._bar = tqdm(
            total=None, unit="B", unit_scale=True, unit_divisor=1024, desc=description, **tqdm_kwargs
        )
        self._last = 0

    def __call__(self, p: TransferProgress) -> None:
        if p.bytes_total is not None and self._bar.total != p.bytes_total:
            self._bar.total = p.bytes_total
            self._bar.refresh()
        self._bar.set_postfix_str(f"{p.files_done}/{p.files_total} files", refresh=False)
        if p.bytes_done > self._last:
            self._bar.update(p.bytes_done - self._last)
            self._last = p.bytes_done

    def close(self) -> None:
        """Close the bar (``with ProgressBar() as bar:`` does it on exit)."""
        self._bar.close()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Tracker:
    """Counts bytes and files of one operation and calls the user's callback, serialised."""

    def __init__(
        self, callback: ProgressCallback | None, *, bytes_total: int | None, files_total: int
    ) -> None:
        self._callback = callback
        self._lock = threading.Lock()
        self.bytes_total = bytes_total
        self.files_total = files_total
        self.bytes_done = 0
        self.files_done = 0

    def file(self, key: str, size: int | None) -> FileTracker:
        return FileTracker(self, key, size)

    def _report(self, key: str, done: int, total: int | None, delta: int, finished: bool) -> None:
        with self._lock:
            self.bytes_done += delta
            if finished:
                self.files_done += 1
            if self._callback is not None:
                self._callback(
                    TransferProgress(
                        key=key,
                        file_bytes_done=done,
                        file_bytes_total=total,
                        bytes_done=self.bytes_done,
                        bytes_total=self.bytes_total,
                        files_done=self.files_done,
                        files_total=self.files_total,
                    )
                )


class FileTracker:
    """Progress of one file inside a :class:`Tracker` (thread-safe: parts may report concurrently)."""

    def __init__(self, parent: Tracker, key: str, size: int | None) -> None:
        self._parent = parent
        self._key = key
        self._size = size
        self._done = 0
        self._lock = threading.Lock()

    def add(self, n: int) -> None:
        if n <= 0:
            return
        with self._lock:
            self._done += n
            done = self._done
        self._parent._report(self._key, done, self._size, n, False)

    def set_size(self, size: int) -> None:
        """The size became known (a download's Content-Length): also the operation's total if unknown."""
        with self._lock:
            if self._size is not None:
                return
            self._size = size
        with self._parent._lock:
            if self._parent.bytes_total is None and self._parent.files_total == 1:
                self._parent.bytes_total = size

    def finish(self) -> None:
        with self._lock:
            done = self._done
        self._parent._report(self._key, done, self._size if self._size is not None else done, 0, True)


def resolve_progress(
    progress: ProgressArg, description: str | None
) -> tuple[ProgressCallback | None, ProgressBar | None]:
    """The callback to use and, for ``"bar"``, the bar to close afterwards."""
    if progress is None:
        return None, None
    if progress == "bar":
        bar = ProgressBar(description)
        return bar, bar
    if callable(progress):
        return progress, None
    raise InvalidInputError(f"progress must be a callable, 'bar' or None, got {progress!r}")
