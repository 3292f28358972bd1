from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="RetrySettings")


@_attrs_define
class RetrySettings:
    """Automatic retries of failed instances; null or 0 means no retry, and the most restrictive limit applies.

    Attributes:
        max_total_retries (int | None | Unset): Maximum number of retries over all instances.
        max_per_instance_retries (int | None | Unset): Maximum number of retries of one instance.
    """

    max_total_retries: int | None | Unset = UNSET
    max_per_instance_retries: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        max_total_retries: int | None | Unset
        if isinstance(self.max_total_retries, Unset):
            max_total_retries = UNSET
        else:
            max_total_retries = self.max_total_retries

        max_per_instance_retries: int | None | Unset
        if isinstance(self.max_per_instance_retries, Unset):
            max_per_instance_retries = UNSET
        else:
            max_per_instance_retries = self.max_per_instance_retries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if max_total_retries is not UNSET:
            field_dict["maxTotalRetries"] = max_total_retries
        if max_per_instance_retries is not UNSET:
            field_dict["maxPerInstanceRetries"] = max_per_instance_retries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        max_total_retries = get("maxTotalRetries", UNSET)

        max_per_instance_retries = get("maxPerInstanceRetries", UNSET)

        retry_settings = cls(
            max_total_retries,
            max_per_instance_retries,
        )

        if not _KEYS.issuperset(src_dict):
            retry_settings.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return retry_settings

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
setattr(RetrySettings, "additional_properties", DictOnFirstRead(RetrySettings.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "maxTotalRetries",
        "maxPerInstanceRetries",
    }
)
