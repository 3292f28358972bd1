from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="MultiSlotsSettings")


@_attrs_define
class MultiSlotsSettings:
    """Several task slots per pool node.

    Attributes:
        slots_per_node (int | None | Unset): Number of task slots on each node.
    """

    slots_per_node: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        slots_per_node: int | None | Unset
        if isinstance(self.slots_per_node, Unset):
            slots_per_node = UNSET
        else:
            slots_per_node = self.slots_per_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if slots_per_node is not UNSET:
            field_dict["slotsPerNode"] = slots_per_node

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        slots_per_node = get("slotsPerNode", UNSET)

        multi_slots_settings = cls(
            slots_per_node,
        )

        if not _KEYS.issuperset(src_dict):
            multi_slots_settings.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return multi_slots_settings

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
    MultiSlotsSettings, "additional_properties", DictOnFirstRead(MultiSlotsSettings.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "slotsPerNode",
    }
)
