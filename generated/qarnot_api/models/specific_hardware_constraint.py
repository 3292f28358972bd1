from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="SpecificHardwareConstraint")


@_attrs_define
class SpecificHardwareConstraint:
    """A specific machine specification.

    Attributes:
        discriminator (Literal['SpecificHardwareConstraint']): Variant name. Default: 'SpecificHardwareConstraint'.
        specification_key (None | str | Unset): Machine specification key, e.g. `R7-2700X` or `32c-128g-amd-tr2990wx-
            ssd`.
    """

    discriminator: Literal["SpecificHardwareConstraint"] = "SpecificHardwareConstraint"
    specification_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        discriminator = self.discriminator

        specification_key: None | str | Unset
        if isinstance(self.specification_key, Unset):
            specification_key = UNSET
        else:
            specification_key = self.specification_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discriminator": discriminator,
            }
        )
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        discriminator = cast(Literal["SpecificHardwareConstraint"], src_dict["discriminator"])
        if discriminator != "SpecificHardwareConstraint":
            raise ValueError(f"discriminator must match const 'SpecificHardwareConstraint', got '{discriminator}'")

        specification_key = get("specificationKey", UNSET)

        specific_hardware_constraint = cls(
            discriminator,
            specification_key,
        )

        if not _KEYS.issuperset(src_dict):
            specific_hardware_constraint.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return specific_hardware_constraint

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
    SpecificHardwareConstraint,
    "additional_properties",
    DictOnFirstRead(SpecificHardwareConstraint.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "discriminator",
        "specificationKey",
    }
)
