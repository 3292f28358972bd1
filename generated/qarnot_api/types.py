"""Shared types of the generated client: UNSET, File, Response, and JSON decoding."""

import gc
import importlib
import json
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


def _pick_loads() -> Callable[[bytes], Any]:
    try:
        fast = importlib.import_module("orjson")
    except ImportError:  # the `fast` extra is not installed
        return json.loads
    loads: Callable[[bytes], Any] = fast.loads
    return loads


_loads = _pick_loads()


class Unset:
    """The type of ``UNSET``: a field the answer did not carry, or a parameter not given (falsy, not None)."""

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# What httpx accepts as files= items.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]  # (file name, content, content type)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]  # ... and headers
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (file name, content, content type) tuple httpx takes for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """An endpoint's answer: status, raw body, headers and the decoded value."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def json_body(content: bytes) -> Any:
    """Decode a JSON body (orjson when installed, else the standard library)."""
    return _loads(content)


# A body at least this large decodes into enough objects to promote them (see decoding()).
PROMOTE_AT = 1 << 20


@contextmanager
def decoding(size: int = 0) -> Iterator[None]:
    """Pause automatic garbage collection while a body of ``size`` bytes becomes models (restored even on
    error).

    After a body of at least ``PROMOTE_AT`` bytes (a listing of hundreds of tasks), the objects it became
    are moved straight to the oldest generation (``gc.freeze()`` then ``gc.unfreeze()``, both O(1)):
    decoded answers are long-lived data without reference cycles, and the first young-generation
    collection would otherwise walk each of them (about a tenth of a second for 10,000 tasks). Other
    young objects of the process move with them; the full collections still examine them all. Nothing is
    moved when the collector was disabled or when the program has frozen objects itself (it may rely on
    them staying frozen, as before a fork).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if size >= PROMOTE_AT and not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "decoding", "json_body"]
