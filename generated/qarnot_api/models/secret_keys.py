from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="SecretKeys")


@_attrs_define
class SecretKeys:
    """Entries directly under a prefix, relative to it; "folders" end with `/`, e.g. `["key1", "subfolder1/"]`.

    Attributes:
        keys (list[str] | Unset): Entry names relative to the prefix; "folders" end with `/`.
    """

    keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        keys: list[str] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        keys = cast(list[str], get("keys", UNSET))

        secret_keys = cls(
            keys,
        )

        if not _KEYS.issuperset(src_dict):
            secret_keys.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return secret_keys

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
setattr(SecretKeys, "additional_properties", DictOnFirstRead(SecretKeys.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "keys",
    }
)
