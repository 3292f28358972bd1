from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="AlwaysTimePeriod")


@_attrs_define
class AlwaysTimePeriod:
    """Always enabled.

    Attributes:
        type_ (Literal['Always']): Variant name. Default: 'Always'.
        name (None | str | Unset): Name of the period.
    """

    type_: Literal["Always"] = "Always"
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        type_ = cast(Literal["Always"], src_dict["type"])
        if type_ != "Always":
            raise ValueError(f"type must match const 'Always', got '{type_}'")

        name = get("name", UNSET)

        always_time_period = cls(
            type_,
            name,
        )

        if not _KEYS.issuperset(src_dict):
            always_time_period.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return always_time_period

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
setattr(AlwaysTimePeriod, "additional_properties", DictOnFirstRead(AlwaysTimePeriod.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
    }
)
