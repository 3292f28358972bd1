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


@contextmanager
def decoding() -> Iterator[None]:
    """Pause automatic garbage collection while a body becomes models (restored even on error)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "decoding", "json_body"]
