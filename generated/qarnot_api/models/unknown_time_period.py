from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DictOnFirstRead

T = TypeVar("T", bound="UnknownTimePeriod")


@_attrs_define
class UnknownTimePeriod:
    """A kind of time period this description does not know yet (forward compatibility): any `type` other than the known
    ones. Its properties are kept as they are.

        Attributes:
            type_ (None | str): Variant name.
    """

    type_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        type_ = src_dict["type"]

        unknown_time_period = cls(
            type_,
        )

        if not _KEYS.issuperset(src_dict):
            unknown_time_period.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return unknown_time_period

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
setattr(
    UnknownTimePeriod, "additional_properties", DictOnFirstRead(UnknownTimePeriod.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "type",
    }
)
