"""Typed reads of model fields: ``field_value(task.name)`` is a ``str``, not ``None | str | Unset``.

Every field of a generated model is typed ``X | Unset`` (the answer may leave it out; a search with
selected fields does) and often ``| None`` (the API sends explicit nulls), so reading one a program
expects to be there, ``names.append(task.name)``, does not type-check under ``mypy --strict``.
``field_value`` returns the value with ``Unset`` and ``None`` taken out of its type, raising
:class:`~qarnot_facade.errors.MissingFieldError` when the answer did not carry it after all, or returns
``default`` instead when one is given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, overload

from qarnot_facade.errors import MissingFieldError

if TYPE_CHECKING:
    from qarnot_api.types import Unset

__all__ = ["field_value"]

T = TypeVar("T")
D = TypeVar("D")

_NO_DEFAULT: Any = object()


@overload
def field_value(value: T | Unset | None, name: str | None = None) -> T: ...


@overload
def field_value(value: T | Unset | None, name: str | None = None, *, default: D) -> T | D: ...


def field_value(value: Any, name: str | None = None, *, default: Any = _NO_DEFAULT) -> Any:
    """The value of a model field, typed without ``Unset`` and ``None``.

    ``field_value(task.name)`` is the name; ``field_value(task.name, "name")`` names the field in the
    error; ``field_value(task.shortname, default="")`` gives ``""`` when the field is absent or null.

    Raises:
        MissingFieldError: the field is ``UNSET`` (absent from the answer) or ``None``, and no
            ``default`` was given.
    """
    from qarnot_api.types import Unset

    if value is None or isinstance(value, Unset):
        if default is not _NO_DEFAULT:
            return default
        what = f"the field {name}" if name else "the field"
        state = "null" if value is None else "absent from the answer (UNSET)"
        raise MissingFieldError(
            f"{what} is {state}; pass default=... to field_value for a field that may be missing",
            field=name,
        )
    return value
