from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="ApiVersion")


@_attrs_define
class ApiVersion:
    """An API version.

    Attributes:
        version (None | str | Unset): Version name, e.g. `v0.1`.
        end_of_life (None | str | Unset): End-of-life date (ISO-8601 date, e.g. `2020-03-16`).
    """

    version: None | str | Unset = UNSET
    end_of_life: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        end_of_life: None | str | Unset
        if isinstance(self.end_of_life, Unset):
            end_of_life = UNSET
        else:
            end_of_life = self.end_of_life

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if version is not UNSET:
            field_dict["version"] = version
        if end_of_life is not UNSET:
            field_dict["endOfLife"] = end_of_life

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        version = get("version", UNSET)

        end_of_life = get("endOfLife", UNSET)

        api_version = cls(
            version,
            end_of_life,
        )

        if not _KEYS.issuperset(src_dict):
            api_version.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return api_version

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
setattr(ApiVersion, "additional_properties", DictOnFirstRead(ApiVersion.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "version",
        "endOfLife",
    }
)
