from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_state import JobState
from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A job, as returned by `GET /jobs/{jobId}` and the job listings.

    Attributes:
        uuid (str | Unset): Uuid of the job.
        name (None | str | Unset): Name of the job.
        shortname (None | str | Unset): Unique, DNS-compliant short name; defaults to the uuid.
        pool_uuid (None | str | Unset): Pool running the job's tasks, if any.
        profile (None | str | Unset): Profile (seen in answers, not read by any SDK).
        state (JobState | None | str | Unset): Current state (see `JobState`; any other string is possible).
        previous_state (JobState | None | str | Unset): Previous state (any string is possible).
        state_transition_time (datetime.datetime | None | Unset): Time of the last state change.
        previous_state_transition_time (datetime.datetime | None | Unset): Time of the previous state change.
        creation_date (datetime.datetime | None | Unset): Creation time.
        last_modified (datetime.datetime | None | Unset): Last modification time.
        end_date (datetime.datetime | None | Unset): End time; `0001-01-01T00:00:00Z` while not finished.
        use_dependencies (bool | None | Unset): Tasks of the job may depend on each other.
        max_wall_time (None | str | Unset): Maximum wall time of the job.
        auto_delete_on_completion (bool | None | Unset): Delete automatically once finished.
        completion_time_to_live (None | str | Unset): Delay before an automatic deletion once finished (`00:00:00` by
            default).
        tags (list[str] | None | Unset): Free tags (filterable).
    """

    uuid: str | Unset = UNSET
    name: None | str | Unset = UNSET
    shortname: None | str | Unset = UNSET
    pool_uuid: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    state: JobState | None | str | Unset = UNSET
    previous_state: JobState | None | str | Unset = UNSET
    state_transition_time: datetime.datetime | None | Unset = UNSET
    previous_state_transition_time: datetime.datetime | None | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    last_modified: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    use_dependencies: bool | None | Unset = UNSET
    max_wall_time: None | str | Unset = UNSET
    auto_delete_on_completion: bool | None | Unset = UNSET
    completion_time_to_live: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
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

        profile: None | str | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        else:
            profile = self.profile

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, JobState):
            state = self.state.value
        else:
            state = self.state

        previous_state: None | str | Unset
        if isinstance(self.previous_state, Unset):
            previous_state = UNSET
        elif isinstance(self.previous_state, JobState):
            previous_state = self.previous_state.value
        else:
            previous_state = self.previous_state

        state_transition_time: None | str | Unset
        if isinstance(self.state_transition_time, Unset):
            state_transition_time = UNSET
        elif isinstance(self.state_transition_time, datetime.datetime):
            state_transition_time = self.state_transition_time.isoformat()
        else:
            state_transition_time = self.state_transition_time

        previous_state_transition_time: None | str | Unset
        if isinstance(self.previous_state_transition_time, Unset):
            previous_state_transition_time = UNSET
        elif isinstance(self.previous_state_transition_time, datetime.datetime):
            previous_state_transition_time = self.previous_state_transition_time.isoformat()
        else:
            previous_state_transition_time = self.previous_state_transition_time

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        elif isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat()
        else:
            last_modified = self.last_modified

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

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
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if shortname is not UNSET:
            field_dict["shortname"] = shortname
        if pool_uuid is not UNSET:
            field_dict["poolUuid"] = pool_uuid
        if profile is not UNSET:
            field_dict["profile"] = profile
        if state is not UNSET:
            field_dict["state"] = state
        if previous_state is not UNSET:
            field_dict["previousState"] = previous_state
        if state_transition_time is not UNSET:
            field_dict["stateTransitionTime"] = state_transition_time
        if previous_state_transition_time is not UNSET:
            field_dict["previousStateTransitionTime"] = previous_state_transition_time
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
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
        uuid = get("uuid", UNSET)

        name = get("name", UNSET)

        shortname = get("shortname", UNSET)

        pool_uuid = get("poolUuid", UNSET)

        profile = get("profile", UNSET)

        state = get("state", UNSET)
        if isinstance(state, str):
            state = JobState.parse(state)

        previous_state = get("previousState", UNSET)
        if isinstance(previous_state, str):
            previous_state = JobState.parse(previous_state)

        state_transition_time = get("stateTransitionTime", UNSET)
        if state_transition_time is not None and state_transition_time is not UNSET:
            try:
                if not isinstance(state_transition_time, str):
                    raise TypeError()
                state_transition_time_type_0 = datetime.datetime.fromisoformat(state_transition_time)

                state_transition_time = state_transition_time_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        previous_state_transition_time = get("previousStateTransitionTime", UNSET)
        if previous_state_transition_time is not None and previous_state_transition_time is not UNSET:
            try:
                if not isinstance(previous_state_transition_time, str):
                    raise TypeError()
                previous_state_transition_time_type_0 = datetime.datetime.fromisoformat(previous_state_transition_time)

                previous_state_transition_time = previous_state_transition_time_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        creation_date = get("creationDate", UNSET)
        if creation_date is not None and creation_date is not UNSET:
            try:
                if not isinstance(creation_date, str):
                    raise TypeError()
                creation_date_type_0 = datetime.datetime.fromisoformat(creation_date)

                creation_date = creation_date_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        last_modified = get("lastModified", UNSET)
        if last_modified is not None and last_modified is not UNSET:
            try:
                if not isinstance(last_modified, str):
                    raise TypeError()
                last_modified_type_0 = datetime.datetime.fromisoformat(last_modified)

                last_modified = last_modified_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        end_date = get("endDate", UNSET)
        if end_date is not None and end_date is not UNSET:
            try:
                if not isinstance(end_date, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(end_date)

                end_date = end_date_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

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

        job = cls(
            uuid,
            name,
            shortname,
            pool_uuid,
            profile,
            state,
            previous_state,
            state_transition_time,
            previous_state_transition_time,
            creation_date,
            last_modified,
            end_date,
            use_dependencies,
            max_wall_time,
            auto_delete_on_completion,
            completion_time_to_live,
            tags,
        )

        if not _KEYS.issuperset(src_dict):
            job.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return job

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
setattr(Job, "additional_properties", DictOnFirstRead(Job.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "name",
        "shortname",
        "poolUuid",
        "profile",
        "state",
        "previousState",
        "stateTransitionTime",
        "previousStateTransitionTime",
        "creationDate",
        "lastModified",
        "endDate",
        "useDependencies",
        "maxWallTime",
        "autoDeleteOnCompletion",
        "completionTimeToLive",
        "tags",
    }
)
