from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="CreateJobPayload")


@_attrs_define
class CreateJobPayload:
    """A job to create.

    Attributes:
        name (None | str): Name of the job.
        shortname (None | str | Unset): Unique, DNS-compliant short name.
        pool_uuid (None | str | Unset): Run the job's tasks in this pool (the tasks then must not set a profile).
        use_dependencies (bool | None | Unset): Allow `dependencies` between the job's tasks.
        max_wall_time (None | str | Unset):
        auto_delete_on_completion (bool | None | Unset): Delete automatically once finished.
        completion_time_to_live (None | str | Unset):
        tags (list[str] | None | Unset): Free tags (filterable).
    """

    name: None | str
    shortname: None | str | Unset = UNSET
    pool_uuid: None | str | Unset = UNSET
    use_dependencies: bool | None | Unset = UNSET
    max_wall_time: None | str | Unset = UNSET
    auto_delete_on_completion: bool | None | Unset = UNSET
    completion_time_to_live: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        shortname: None | str | Unset
        if isinstance(self.shortname, Unset):
            shortname = UNSET
        else:
            shortname = self.shortname

        pool_uuid: None | str | Unset
        if isinstance(self.pool_uuid, Unset):
            pool_uuid = UNSET
        else:
            pool_uuid = self.pool_uuid

        use_dependencies: bool | None | Unset
        if isinstance(self.use_dependencies, Unset):
            use_dependencies = UNSET
        else:
            use_dependencies = self.use_dependencies

        max_wall_time: None | str | Unset
        if isinstance(self.max_wall_time, Unset):
            max_wall_time = UNSET
        else:
            max_wall_time = self.max_wall_time

        auto_delete_on_completion: bool | None | Unset
        if isinstance(self.auto_delete_on_completion, Unset):
            auto_delete_on_completion = UNSET
        else:
            auto_delete_on_completion = self.auto_delete_on_completion

        completion_time_to_live: None | str | Unset
        if isinstance(self.completion_time_to_live, Unset):
            completion_time_to_live = UNSET
        else:
            completion_time_to_live = self.completion_time_to_live

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
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

        tags = get("tags", UNSET)
        if tags is not None and tags is not UNSET:
            try:
                if not isinstance(tags, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], tags)

                tags = tags_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_job_payload = cls(
            name,
            shortname,
            pool_uuid,
            use_dependencies,
            max_wall_time,
            auto_delete_on_completion,
            completion_time_to_live,
            tags,
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


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(CreateJobPayload, "additional_properties", DictOnFirstRead(CreateJobPayload.__dict__["additional_properties"]))  # noqa: B010


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
