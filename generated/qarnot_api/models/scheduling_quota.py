from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="SchedulingQuota")


@_attrs_define
class SchedulingQuota:
    """Limits and usage of one scheduling class.

    Attributes:
        max_instances (int | Unset): Maximum number of instances.
        max_cores (int | Unset): Maximum number of cores.
        running_instances_count (int | Unset): Instances running now.
        running_cores_count (int | Unset): Cores running now.
        running_core_count (int | None | Unset): Cores running now, under the name of Qarnot's published document; the
            official SDKs read `runningCoresCount`. Read either.
    """

    max_instances: int | Unset = UNSET
    max_cores: int | Unset = UNSET
    running_instances_count: int | Unset = UNSET
    running_cores_count: int | Unset = UNSET
    running_core_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        max_instances = self.max_instances

        max_cores = self.max_cores

        running_instances_count = self.running_instances_count

        running_cores_count = self.running_cores_count

        running_core_count: int | None | Unset
        if isinstance(self.running_core_count, Unset):
            running_core_count = UNSET
        else:
            running_core_count = self.running_core_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if max_instances is not UNSET:
            field_dict["maxInstances"] = max_instances
        if max_cores is not UNSET:
            field_dict["maxCores"] = max_cores
        if running_instances_count is not UNSET:
            field_dict["runningInstancesCount"] = running_instances_count
        if running_cores_count is not UNSET:
            field_dict["runningCoresCount"] = running_cores_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        max_instances = get("maxInstances", UNSET)

        max_cores = get("maxCores", UNSET)

        running_instances_count = get("runningInstancesCount", UNSET)

        running_cores_count = get("runningCoresCount", UNSET)

        running_core_count = get("runningCoreCount", UNSET)

        if (running_cores_count is UNSET or running_cores_count is None) and running_core_count is not UNSET:
            running_cores_count = running_core_count
        elif (running_core_count is UNSET or running_core_count is None) and running_cores_count is not UNSET:
            running_core_count = running_cores_count

        scheduling_quota = cls(
            max_instances,
            max_cores,
            running_instances_count,
            running_cores_count,
            running_core_count,
        )

        if not _KEYS.issuperset(src_dict):
            scheduling_quota.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return scheduling_quota

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
setattr(SchedulingQuota, "additional_properties", DictOnFirstRead(SchedulingQuota.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "maxInstances",
        "maxCores",
        "runningInstancesCount",
        "runningCoresCount",
        "runningCoreCount",
    }
)
