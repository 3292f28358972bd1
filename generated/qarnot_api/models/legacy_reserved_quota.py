from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="LegacyReservedQuota")


@_attrs_define
class LegacyReservedQuota:
    """Legacy reserved quota of `UserInfo.reservedQuotas`.

    Attributes:
        machine_key (None | str | Unset): Machine specification of the reservation.
        max_instances (int | Unset): Maximum number of instances.
        max_cores (int | Unset): Maximum number of cores.
    """

    machine_key: None | str | Unset = UNSET
    max_instances: int | Unset = UNSET
    max_cores: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        machine_key: None | str | Unset
        if isinstance(self.machine_key, Unset):
            machine_key = UNSET
        else:
            machine_key = self.machine_key

        max_instances = self.max_instances

        max_cores = self.max_cores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if machine_key is not UNSET:
            field_dict["machineKey"] = machine_key
        if max_instances is not UNSET:
            field_dict["maxInstances"] = max_instances
        if max_cores is not UNSET:
            field_dict["maxCores"] = max_cores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        machine_key = get("machineKey", UNSET)

        max_instances = get("maxInstances", UNSET)

        max_cores = get("maxCores", UNSET)

        legacy_reserved_quota = cls(
            machine_key,
            max_instances,
            max_cores,
        )

        if not _KEYS.issuperset(src_dict):
            legacy_reserved_quota.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return legacy_reserved_quota

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
    LegacyReservedQuota, "additional_properties", DictOnFirstRead(LegacyReservedQuota.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "machineKey",
        "maxInstances",
        "maxCores",
    }
)
