from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="MaximumRamCoreRatioHardwareConstraint")


@_attrs_define
class MaximumRamCoreRatioHardwareConstraint:
    """At most `maximumMemoryGBCoreRatio` GB of memory per core.

    Attributes:
        discriminator (Literal['MaximumRamCoreRatioHardwareConstraint']): Variant name. Default:
            'MaximumRamCoreRatioHardwareConstraint'.
        maximum_memory_gb_core_ratio (float | Unset): GB of memory per core.
    """

    discriminator: Literal["MaximumRamCoreRatioHardwareConstraint"] = "MaximumRamCoreRatioHardwareConstraint"
    maximum_memory_gb_core_ratio: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        discriminator = self.discriminator

        maximum_memory_gb_core_ratio = self.maximum_memory_gb_core_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discriminator": discriminator,
            }
        )
        if maximum_memory_gb_core_ratio is not UNSET:
            field_dict["maximumMemoryGBCoreRatio"] = maximum_memory_gb_core_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        discriminator = cast(Literal["MaximumRamCoreRatioHardwareConstraint"], src_dict["discriminator"])
        if discriminator != "MaximumRamCoreRatioHardwareConstraint":
            raise ValueError(
                f"discriminator must match const 'MaximumRamCoreRatioHardwareConstraint', got '{discriminator}'"
            )

        maximum_memory_gb_core_ratio = get("maximumMemoryGBCoreRatio", UNSET)

        maximum_ram_core_ratio_hardware_constraint = cls(
            discriminator,
            maximum_memory_gb_core_ratio,
        )

        if not _KEYS.issuperset(src_dict):
            maximum_ram_core_ratio_hardware_constraint.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KEYS
            }
        return maximum_ram_core_ratio_hardware_constraint

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
    MaximumRamCoreRatioHardwareConstraint,
    "additional_properties",
    DictOnFirstRead(MaximumRamCoreRatioHardwareConstraint.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "discriminator",
        "maximumMemoryGBCoreRatio",
    }
)
