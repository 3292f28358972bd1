from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="Privileges")


@_attrs_define
class Privileges:
    """Privileges granted to the instances.

    Attributes:
        export_api_and_storage_credentials_in_environment (bool | None | Unset): Export the API token and the storage
            credentials into the environment of the instances.
    """

    export_api_and_storage_credentials_in_environment: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        export_api_and_storage_credentials_in_environment: bool | None | Unset
        if isinstance(self.export_api_and_storage_credentials_in_environment, Unset):
            export_api_and_storage_credentials_in_environment = UNSET
        else:
            export_api_and_storage_credentials_in_environment = self.export_api_and_storage_credentials_in_environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if export_api_and_storage_credentials_in_environment is not UNSET:
            field_dict["exportApiAndStorageCredentialsInEnvironment"] = (
                export_api_and_storage_credentials_in_environment
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        export_api_and_storage_credentials_in_environment = get("exportApiAndStorageCredentialsInEnvironment", UNSET)

        privileges = cls(
            export_api_and_storage_credentials_in_environment,
        )

        if not _KEYS.issuperset(src_dict):
            privileges.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return privileges

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
setattr(Privileges, "additional_properties", DictOnFirstRead(Privileges.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "exportApiAndStorageCredentialsInEnvironment",
    }
)
