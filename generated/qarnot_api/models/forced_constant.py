from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forced_constant_access import ForcedConstantAccess
from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="ForcedConstant")


@_attrs_define
class ForcedConstant:
    """A constant forced by the platform (internal use).

    Attributes:
        constant_name (None | str | Unset): Name of the constant.
        forced_value (None | str | Unset): Value imposed on the constant.
        force_export_in_environment (bool | None | Unset): Export the constant into the environment.
        access (ForcedConstantAccess | None | str | Unset): Access granted to the task (`ReadOnly` or `ReadWrite`; other
            spellings are accepted).
    """

    constant_name: None | str | Unset = UNSET
    forced_value: None | str | Unset = UNSET
    force_export_in_environment: bool | None | Unset = UNSET
    access: ForcedConstantAccess | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        constant_name: None | str | Unset
        if isinstance(self.constant_name, Unset):
            constant_name = UNSET
        else:
            constant_name = self.constant_name

        forced_value: None | str | Unset
        if isinstance(self.forced_value, Unset):
            forced_value = UNSET
        else:
            forced_value = self.forced_value

        force_export_in_environment: bool | None | Unset
        if isinstance(self.force_export_in_environment, Unset):
            force_export_in_environment = UNSET
        else:
            force_export_in_environment = self.force_export_in_environment

        access: None | str | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        elif isinstance(self.access, ForcedConstantAccess):
            access = self.access.value
        else:
            access = self.access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if constant_name is not UNSET:
            field_dict["constantName"] = constant_name
        if forced_value is not UNSET:
            field_dict["forcedValue"] = forced_value
        if force_export_in_environment is not UNSET:
            field_dict["forceExportInEnvironment"] = force_export_in_environment
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        constant_name = get("constantName", UNSET)

        forced_value = get("forcedValue", UNSET)

        force_export_in_environment = get("forceExportInEnvironment", UNSET)

        access = get("access", UNSET)
        if isinstance(access, str):
            access = ForcedConstantAccess.parse(access)

        forced_constant = cls(
            constant_name,
            forced_value,
            force_export_in_environment,
            access,
        )

        if not _KEYS.issuperset(src_dict):
            forced_constant.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return forced_constant

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
setattr(ForcedConstant, "additional_properties", DictOnFirstRead(ForcedConstant.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "constantName",
        "forcedValue",
        "forceExportInEnvironment",
        "access",
    }
)
