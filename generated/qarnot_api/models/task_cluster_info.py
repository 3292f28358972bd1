from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="TaskClusterInfo")


@_attrs_define
class TaskClusterInfo:
    """The cluster a task runs in.

    Attributes:
        cluster_cores_count (int | None | Unset): Number of cores of the cluster.
    """

    cluster_cores_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        cluster_cores_count: int | None | Unset
        if isinstance(self.cluster_cores_count, Unset):
            cluster_cores_count = UNSET
        else:
            cluster_cores_count = self.cluster_cores_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cluster_cores_count is not UNSET:
            field_dict["clusterCoresCount"] = cluster_cores_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        cluster_cores_count = get("clusterCoresCount", UNSET)

        task_cluster_info = cls(
            cluster_cores_count,
        )

        if not _KEYS.issuperset(src_dict):
            task_cluster_info.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return task_cluster_info

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
setattr(TaskClusterInfo, "additional_properties", DictOnFirstRead(TaskClusterInfo.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "clusterCoresCount",
    }
)
