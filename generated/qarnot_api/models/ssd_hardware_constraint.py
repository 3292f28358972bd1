from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DictOnFirstRead

T = TypeVar("T", bound="SSDHardwareConstraint")


@_attrs_define
class SSDHardwareConstraint:
    """The machine has an SSD.

    Attributes:
        discriminator (Literal['SSDHardwareConstraint']): Variant name. Default: 'SSDHardwareConstraint'.
    """

    discriminator: Literal["SSDHardwareConstraint"] = "SSDHardwareConstraint"
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        discriminator = self.discriminator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discriminator": discriminator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        discriminator = cast(Literal["SSDHardwareConstraint"], src_dict["discriminator"])
        if discriminator != "SSDHardwareConstraint":
            raise ValueError(f"discriminator must match const 'SSDHardwareConstraint', got '{discriminator}'")

        ssd_hardware_constraint = cls(
            discriminator,
        )

        if not _KEYS.issuperset(src_dict):
            ssd_hardware_constraint.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return ssd_hardware_constraint

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
    SSDHardwareConstraint,
    "additional_properties",
    DictOnFirstRead(SSDHardwareConstraint.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "discriminator",
    }
)
