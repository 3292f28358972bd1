from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="ApiSettings")


@_attrs_define
class ApiSettings:
    """Platform settings: a map of setting name to value, of which `storage` is the one known.

    Attributes:
        storage (None | str | Unset): Base URL of the S3 storage service, e.g. `https://storage.qarnot.com`; null when
            the deployment has no storage.
    """

    storage: None | str | Unset = UNSET
    additional_properties: dict[str, None | str] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        storage: None | str | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        else:
            storage = self.storage

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        storage = get("storage", UNSET)

        api_settings = cls(
            storage,
        )

        if not _KEYS.issuperset(src_dict):
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KEYS:
                    continue
                additional_property = prop_dict

                additional_properties[prop_name] = additional_property
            api_settings.additional_properties = additional_properties
        return api_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(ApiSettings, "additional_properties", DictOnFirstRead(ApiSettings.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "storage",
    }
)
