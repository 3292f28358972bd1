from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DictOnFirstRead

T = TypeVar("T", bound="FieldErrors")


@_attrs_define
class FieldErrors:
    """Map from a JSON path (or `""` for the whole body) to the validation messages about it."""

    additional_properties: dict[str, list[str]] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        field_errors = cls()

        if not _KEYS.issuperset(src_dict):
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KEYS:
                    continue
                additional_property = cast(list[str], prop_dict)

                additional_properties[prop_name] = additional_property
            field_errors.additional_properties = additional_properties
        return field_errors

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(FieldErrors, "additional_properties", DictOnFirstRead(FieldErrors.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset({})
