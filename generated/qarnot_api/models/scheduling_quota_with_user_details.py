from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.running_counts_per_user import RunningCountsPerUser


T = TypeVar("T", bound="SchedulingQuotaWithUserDetails")


@_attrs_define
class SchedulingQuotaWithUserDetails:
    """A scheduling quota with the usage of each user.

    Attributes:
        max_instances (int | Unset): Maximum number of instances.
        max_cores (int | Unset): Maximum number of cores.
        running_instances_count (int | Unset): Instances running now.
        running_cores_count (int | Unset): Cores running now.
        running_counts_per_user (None | RunningCountsPerUser | Unset): Null when the caller may not see per-user
            details, `{}` when nobody runs anything.
    """

    max_instances: int | Unset = UNSET
    max_cores: int | Unset = UNSET
    running_instances_count: int | Unset = UNSET
    running_cores_count: int | Unset = UNSET
    running_counts_per_user: None | RunningCountsPerUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        max_instances = self.max_instances

        max_cores = self.max_cores

        running_instances_count = self.running_instances_count

        running_cores_count = self.running_cores_count

        running_counts_per_user: dict[str, Any] | None | Unset
        if isinstance(self.running_counts_per_user, Unset):
            running_counts_per_user = UNSET
        elif isinstance(self.running_counts_per_user, RunningCountsPerUser):
            running_counts_per_user = self.running_counts_per_user.to_dict()
        else:
            running_counts_per_user = self.running_counts_per_user

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
        if running_counts_per_user is not UNSET:
            field_dict["runningCountsPerUser"] = running_counts_per_user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        max_instances = get("maxInstances", UNSET)

        max_cores = get("maxCores", UNSET)

        running_instances_count = get("runningInstancesCount", UNSET)

        running_cores_count = get("runningCoresCount", UNSET)

        running_counts_per_user = get("runningCountsPerUser", UNSET)
        if running_counts_per_user is not None and running_counts_per_user is not UNSET:
            try:
                if not isinstance(running_counts_per_user, dict):
                    raise TypeError()
                running_counts_per_user_type_0 = RunningCountsPerUser.from_dict(running_counts_per_user)

                running_counts_per_user = running_counts_per_user_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        scheduling_quota_with_user_details = cls(
            max_instances,
            max_cores,
            running_instances_count,
            running_cores_count,
            running_counts_per_user,
        )

        if not _KEYS.issuperset(src_dict):
            scheduling_quota_with_user_details.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KEYS
            }
        return scheduling_quota_with_user_details

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
    SchedulingQuotaWithUserDetails,
    "additional_properties",
    DictOnFirstRead(SchedulingQuotaWithUserDetails.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "maxInstances",
        "maxCores",
        "runningInstancesCount",
        "runningCoresCount",
        "runningCountsPerUser",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global RunningCountsPerUser
    from ..models.running_counts_per_user import RunningCountsPerUser

    _PENDING = False
