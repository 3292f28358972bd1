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

    # one UNSET per process: copied and unpickled models still compare equal (`x is UNSET` stays true)
    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self


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


class Undecoded:
    """A nested JSON object kept as it arrived, until the attribute holding it is first read."""

    __slots__ = ("data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"Undecoded({self.data!r})"


class _OverSlot:
    """A data descriptor installed over the attrs slot of a field: writes and deletes go to the slot."""

    __slots__ = ("_slot",)

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def __set__(self, instance: object, value: Any) -> None:
        self._slot.__set__(instance, value)

    def __delete__(self, instance: object) -> None:
        self._slot.__delete__(instance)


class DecodedOnFirstRead(_OverSlot):
    """The attribute of a model whose value may still be ``Undecoded``: its first read decodes it (with the
    decoding ``from_dict`` would have run) and stores the result, so every later read is a plain slot read.

    Installed over the attrs slot of the field, it keeps every attrs behaviour: ``__init__``, ``==``,
    ``repr``, ``evolve``, ``asdict`` and ``to_dict`` read the attribute, so they see the decoded model.
    Two threads reading it first at the same time may both decode it; both get equal models.
    """

    __slots__ = ("_decode",)

    def __init__(self, slot: Any, decode: Callable[[Any], Any]) -> None:
        super().__init__(slot)
        self._decode = decode

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self._slot.__get__(instance, owner)
        if value.__class__ is Undecoded:
            value = self._decode(value.data)
            self._slot.__set__(instance, value)
        return value


class DictOnFirstRead(_OverSlot):
    """The ``additional_properties`` attribute of a model: its slot stays empty until the attribute is first
    read or written, and the first read stores a new empty dict (most answers carry no extra key, and an
    empty dict per nested model is most of the memory a listing's models hold besides their values)."""

    __slots__ = ()

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            return self._slot.__get__(instance, owner)
        except AttributeError:
            value: dict[str, Any] = {}
            self._slot.__set__(instance, value)
            return value


# A body at least this large decodes into more objects than a young collection lets accumulate (700 by
# default): a page of about twenty full tasks. Its models are promoted (see decoding()).
PROMOTE_AT = 1 << 16


@contextmanager
def decoding(size: int = 0) -> Iterator[None]:
    """Pause automatic garbage collection while a body of ``size`` bytes becomes models (restored even on
    error).

    A body of at least ``PROMOTE_AT`` bytes (a page of full tasks, a listing) becomes thousands of
    objects; a young-generation collection would walk each of them, then walk them again in the middle
    generation (about a millisecond for a page of 100 tasks, a tenth of a second for 10,000). Decoded
    answers are long-lived data without reference cycles, so they are moved straight to the oldest
    generation instead (``gc.freeze()`` then ``gc.unfreeze()``, both O(1)), where only the full
    collections examine them. So that only the body's objects move, the young generations are collected
    first (``gc.collect(1)``, the collection that was due anyway): the program's own young objects age
    as usual and its cyclic garbage is freed, not promoted. Nothing is moved when the collector was
    disabled or when the program has frozen objects itself (it may rely on them staying frozen, as
    before a fork).
    """
    was_enabled = gc.isenabled()
    promote = was_enabled and size >= PROMOTE_AT and not gc.get_freeze_count()
    if promote:
        gc.collect(1)
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if promote and not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


__all__ = [
    "UNSET",
    "DecodedOnFirstRead",
    "DictOnFirstRead",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Undecoded",
    "Unset",
    "decoding",
    "json_body",
]
