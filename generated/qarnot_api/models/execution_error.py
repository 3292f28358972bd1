from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="ExecutionError")


@_attrs_define
class ExecutionError:
    """An error reported on a task, a pool or a completed instance.

    Attributes:
        code (None | str | Unset): Error code, e.g. `GHX0782I`.
        message (None | str | Unset): Human-readable message.
        debug (None | str | Unset): Debug information, usually null.
    """

    code: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    debug: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        debug: None | str | Unset
        if isinstance(self.debug, Unset):
            debug = UNSET
        else:
            debug = self.debug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if debug is not UNSET:
            field_dict["debug"] = debug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        code = get("code", UNSET)

        message = get("message", UNSET)

        debug = get("debug", UNSET)

        execution_error = cls(
            code,
            message,
            debug,
        )

        if not _KEYS.issuperset(src_dict):
            execution_error.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return execution_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(ExecutionError, "additional_properties", DictOnFirstRead(ExecutionError.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "code",
        "message",
        "debug",
    }
)
