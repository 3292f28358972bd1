from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forced_constant_access import ForcedConstantAccess
from ..types import UNSET, Unset

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update({})
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
        d = dict(src_dict)

        def _parse_constant_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        constant_name = _parse_constant_name(d.pop("constantName", UNSET))

        def _parse_forced_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forced_value = _parse_forced_value(d.pop("forcedValue", UNSET))

        def _parse_force_export_in_environment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        force_export_in_environment = _parse_force_export_in_environment(d.pop("forceExportInEnvironment", UNSET))

        def _parse_access(data: object) -> ForcedConstantAccess | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                access_type_0 = ForcedConstantAccess(data)

                return access_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForcedConstantAccess | None | str | Unset, data)

        access = _parse_access(d.pop("access", UNSET))

        forced_constant = cls(
            constant_name=constant_name,
            forced_value=forced_value,
            force_export_in_environment=force_export_in_environment,
            access=access,
        )

        forced_constant.additional_properties = d
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
