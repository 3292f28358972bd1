from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="MinimumRamCoreRatioHardwareConstraint")


@_attrs_define
class MinimumRamCoreRatioHardwareConstraint:
    """At least `minimumMemoryGBCoreRatio` GB of memory per core.

    Attributes:
        discriminator (Literal['MinimumRamCoreRatioHardwareConstraint']): Variant name. Default:
            'MinimumRamCoreRatioHardwareConstraint'.
        minimum_memory_gb_core_ratio (float | Unset): GB of memory per core.
    """

    discriminator: Literal["MinimumRamCoreRatioHardwareConstraint"] = "MinimumRamCoreRatioHardwareConstraint"
    minimum_memory_gb_core_ratio: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        discriminator = self.discriminator

        minimum_memory_gb_core_ratio = self.minimum_memory_gb_core_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discriminator": discriminator,
            }
        )
        if minimum_memory_gb_core_ratio is not UNSET:
            field_dict["minimumMemoryGBCoreRatio"] = minimum_memory_gb_core_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        discriminator = cast(Literal["MinimumRamCoreRatioHardwareConstraint"], src_dict["discriminator"])
        if discriminator != "MinimumRamCoreRatioHardwareConstraint":
            raise ValueError(
                f"discriminator must match const 'MinimumRamCoreRatioHardwareConstraint', got '{discriminator}'"
            )

        minimum_memory_gb_core_ratio = get("minimumMemoryGBCoreRatio", UNSET)

        minimum_ram_core_ratio_hardware_constraint = cls(
            discriminator,
            minimum_memory_gb_core_ratio,
        )

        if not _KEYS.issuperset(src_dict):
            minimum_ram_core_ratio_hardware_constraint.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KEYS
            }
        return minimum_ram_core_ratio_hardware_constraint

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
    MinimumRamCoreRatioHardwareConstraint,
    "additional_properties",
    DictOnFirstRead(MinimumRamCoreRatioHardwareConstraint.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "discriminator",
        "minimumMemoryGBCoreRatio",
    }
)
