from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="ProfileLicense")


@_attrs_define
class ProfileLicense:
    """A license attached to a profile.

    Attributes:
        name (None | str | Unset): Name of the license.
        max_instances (int | None | Unset): Maximum number of instances.
        max_cores (int | None | Unset): Maximum number of cores.
    """

    name: None | str | Unset = UNSET
    max_instances: int | None | Unset = UNSET
    max_cores: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        max_instances: int | None | Unset
        if isinstance(self.max_instances, Unset):
            max_instances = UNSET
        else:
            max_instances = self.max_instances

        max_cores: int | None | Unset
        if isinstance(self.max_cores, Unset):
            max_cores = UNSET
        else:
            max_cores = self.max_cores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if max_instances is not UNSET:
            field_dict["maxInstances"] = max_instances
        if max_cores is not UNSET:
            field_dict["maxCores"] = max_cores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        name = get("name", UNSET)

        max_instances = get("maxInstances", UNSET)

        max_cores = get("maxCores", UNSET)

        profile_license = cls(
            name,
            max_instances,
            max_cores,
        )

        if not _KEYS.issuperset(src_dict):
            profile_license.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return profile_license

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
setattr(ProfileLicense, "additional_properties", DictOnFirstRead(ProfileLicense.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "maxInstances",
        "maxCores",
    }
)
