from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateJobPayload")


@_attrs_define
class CreateJobPayload:
    """A job to create.

    Attributes:
        name (str): Name of the job.
        shortname (str | Unset): Unique, DNS-compliant short name.
        pool_uuid (None | str | Unset): Run the job's tasks in this pool (the tasks then must not set a profile).
        use_dependencies (bool | Unset): Allow `dependencies` between the job's tasks.
        max_wall_time (str | Unset): .NET TimeSpan text `[-][d.]hh:mm:ss[.fffffff]`, e.g. `00:28:04`,
            `00:00:25.1000003`, `1.03:16:50.5000000` (1 day, 3 h 16 min 50.5 s).
        auto_delete_on_completion (bool | Unset): Delete automatically once finished.
        completion_time_to_live (str | Unset): .NET TimeSpan text `[-][d.]hh:mm:ss[.fffffff]`, e.g. `00:28:04`,
            `00:00:25.1000003`, `1.03:16:50.5000000` (1 day, 3 h 16 min 50.5 s).
        tags (list[str] | Unset): Free tags (filterable).
    """

    name: str
    shortname: str | Unset = UNSET
    pool_uuid: None | str | Unset = UNSET
    use_dependencies: bool | Unset = UNSET
    max_wall_time: str | Unset = UNSET
    auto_delete_on_completion: bool | Unset = UNSET
    completion_time_to_live: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        shortname = self.shortname

        pool_uuid: None | str | Unset
        if isinstance(self.pool_uuid, Unset):
            pool_uuid = UNSET
        else:
            pool_uuid = self.pool_uuid

        use_dependencies = self.use_dependencies

        max_wall_time = self.max_wall_time

        auto_delete_on_completion = self.auto_delete_on_completion

        completion_time_to_live = self.completion_time_to_live

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if shortname is not UNSET:
            field_dict["shortname"] = shortname
        if pool_uuid is not UNSET:
            field_dict["poolUuid"] = pool_uuid
        if use_dependencies is not UNSET:
            field_dict["useDependencies"] = use_dependencies
        if max_wall_time is not UNSET:
            field_dict["maxWallTime"] = max_wall_time
        if auto_delete_on_completion is not UNSET:
            field_dict["autoDeleteOnCompletion"] = auto_delete_on_completion
        if completion_time_to_live is not UNSET:
            field_dict["completionTimeToLive"] = completion_time_to_live
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        name = src_dict["name"]

        shortname = get("shortname", UNSET)

        pool_uuid = get("poolUuid", UNSET)

        use_dependencies = get("useDependencies", UNSET)

        max_wall_time = get("maxWallTime", UNSET)

        auto_delete_on_completion = get("autoDeleteOnCompletion", UNSET)

        completion_time_to_live = get("completionTimeToLive", UNSET)

        tags = cast(list[str], get("tags", UNSET))

        create_job_payload = cls(
            name=name,
            shortname=shortname,
            pool_uuid=pool_uuid,
            use_dependencies=use_dependencies,
            max_wall_time=max_wall_time,
            auto_delete_on_completion=auto_delete_on_completion,
            completion_time_to_live=completion_time_to_live,
            tags=tags,
        )

        if not _KEYS.issuperset(src_dict):
            create_job_payload.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return create_job_payload

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


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "shortname",
        "poolUuid",
        "useDependencies",
        "maxWallTime",
        "autoDeleteOnCompletion",
        "completionTimeToLive",
        "tags",
    }
)
