from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_state import PoolState
from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="PoolSummary")


@_attrs_define
class PoolSummary:
    """The light form of a pool returned by the summary listings.

    Attributes:
        uuid (str | Unset): Uuid of the pool.
        name (None | str | Unset): Name of the pool.
        shortname (None | str | Unset): Unique, DNS-compliant short name; defaults to the uuid.
        profile (None | str | Unset): Execution profile, e.g. `docker-batch`.
        project_uuid (None | str | Unset): Organization project.
        state (None | PoolState | str | Unset): Current state (see `PoolState`; any other string is possible).
        previous_state (None | PoolState | str | Unset): Previous state (see `PoolState`; any other string is possible).
        state_transition_time (datetime.datetime | None | Unset): Time of the last change of state.
        previous_state_transition_time (datetime.datetime | None | Unset): Time of the change to the previous state.
        creation_date (datetime.datetime | None | Unset): Creation time.
        last_modified (datetime.datetime | None | Unset): Time of the last change.
        end_date (datetime.datetime | None | Unset): End of the pool (`0001-01-01T00:00:00Z` while it runs).
        instance_count (int | None | Unset): Number of nodes.
        target_running_instance_count (int | None | Unset): Instances the scaling policy wants running.
        running_instance_count (int | None | Unset): Instances running now.
        running_core_count (int | None | Unset): Cores running now.
        execution_time (None | str | Unset): Execution time of the pool (.NET TimeSpan).
        wall_time (None | str | Unset): Wall-clock time since the pool started (.NET TimeSpan).
        queued_or_running_task_instances_count (float | None | Unset): Task instances queued or running in the pool.
        task_default_wait_for_pool_resources_synchronization (bool | None | Unset): Default of the tasks'
            `waitForPoolResourcesSynchronization`.
    """

    uuid: str | Unset = UNSET
    name: None | str | Unset = UNSET
    shortname: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    project_uuid: None | str | Unset = UNSET
    state: None | PoolState | str | Unset = UNSET
    previous_state: None | PoolState | str | Unset = UNSET
    state_transition_time: datetime.datetime | None | Unset = UNSET
    previous_state_transition_time: datetime.datetime | None | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    last_modified: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    instance_count: int | None | Unset = UNSET
    target_running_instance_count: int | None | Unset = UNSET
    running_instance_count: int | None | Unset = UNSET
    running_core_count: int | None | Unset = UNSET
    execution_time: None | str | Unset = UNSET
    wall_time: None | str | Unset = UNSET
    queued_or_running_task_instances_count: float | None | Unset = UNSET
    task_default_wait_for_pool_resources_synchronization: bool | None | Unset = UNSET
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

        profile: None | str | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        else:
            profile = self.profile

        project_uuid: None | str | Unset
        if isinstance(self.project_uuid, Unset):
            project_uuid = UNSET
        else:
            project_uuid = self.project_uuid

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, PoolState):
            state = self.state.value
        else:
            state = self.state

        previous_state: None | str | Unset
        if isinstance(self.previous_state, Unset):
            previous_state = UNSET
        elif isinstance(self.previous_state, PoolState):
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

        instance_count: int | None | Unset
        if isinstance(self.instance_count, Unset):
            instance_count = UNSET
        else:
            instance_count = self.instance_count

        target_running_instance_count: int | None | Unset
        if isinstance(self.target_running_instance_count, Unset):
            target_running_instance_count = UNSET
        else:
            target_running_instance_count = self.target_running_instance_count

        running_instance_count: int | None | Unset
        if isinstance(self.running_instance_count, Unset):
            running_instance_count = UNSET
        else:
            running_instance_count = self.running_instance_count

        running_core_count: int | None | Unset
        if isinstance(self.running_core_count, Unset):
            running_core_count = UNSET
        else:
            running_core_count = self.running_core_count

        execution_time: None | str | Unset
        if isinstance(self.execution_time, Unset):
            execution_time = UNSET
        else:
            execution_time = self.execution_time

        wall_time: None | str | Unset
        if isinstance(self.wall_time, Unset):
            wall_time = UNSET
        else:
            wall_time = self.wall_time

        queued_or_running_task_instances_count: float | None | Unset
        if isinstance(self.queued_or_running_task_instances_count, Unset):
            queued_or_running_task_instances_count = UNSET
        else:
            queued_or_running_task_instances_count = self.queued_or_running_task_instances_count

        task_default_wait_for_pool_resources_synchronization: bool | None | Unset
        if isinstance(self.task_default_wait_for_pool_resources_synchronization, Unset):
            task_default_wait_for_pool_resources_synchronization = UNSET
        else:
            task_default_wait_for_pool_resources_synchronization = (
                self.task_default_wait_for_pool_resources_synchronization
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if shortname is not UNSET:
            field_dict["shortname"] = shortname
        if profile is not UNSET:
            field_dict["profile"] = profile
        if project_uuid is not UNSET:
            field_dict["projectUuid"] = project_uuid
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
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if target_running_instance_count is not UNSET:
            field_dict["targetRunningInstanceCount"] = target_running_instance_count
        if running_instance_count is not UNSET:
            field_dict["runningInstanceCount"] = running_instance_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if wall_time is not UNSET:
            field_dict["wallTime"] = wall_time
        if queued_or_running_task_instances_count is not UNSET:
            field_dict["queuedOrRunningTaskInstancesCount"] = queued_or_running_task_instances_count
        if task_default_wait_for_pool_resources_synchronization is not UNSET:
            field_dict["taskDefaultWaitForPoolResourcesSynchronization"] = (
                task_default_wait_for_pool_resources_synchronization
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        uuid = get("uuid", UNSET)

        name = get("name", UNSET)

        shortname = get("shortname", UNSET)

        profile = get("profile", UNSET)

        project_uuid = get("projectUuid", UNSET)

        state = get("state", UNSET)
        if isinstance(state, str):
            state = PoolState.parse(state)

        previous_state = get("previousState", UNSET)
        if isinstance(previous_state, str):
            previous_state = PoolState.parse(previous_state)

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

        instance_count = get("instanceCount", UNSET)

        target_running_instance_count = get("targetRunningInstanceCount", UNSET)

        running_instance_count = get("runningInstanceCount", UNSET)

        running_core_count = get("runningCoreCount", UNSET)

        execution_time = get("executionTime", UNSET)

        wall_time = get("wallTime", UNSET)

        queued_or_running_task_instances_count = get("queuedOrRunningTaskInstancesCount", UNSET)

        task_default_wait_for_pool_resources_synchronization = get(
            "taskDefaultWaitForPoolResourcesSynchronization", UNSET
        )

        pool_summary = cls(
            uuid,
            name,
            shortname,
            profile,
            project_uuid,
            state,
            previous_state,
            state_transition_time,
            previous_state_transition_time,
            creation_date,
            last_modified,
            end_date,
            instance_count,
            target_running_instance_count,
            running_instance_count,
            running_core_count,
            execution_time,
            wall_time,
            queued_or_running_task_instances_count,
            task_default_wait_for_pool_resources_synchronization,
        )

        if not _KEYS.issuperset(src_dict):
            pool_summary.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return pool_summary

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
setattr(PoolSummary, "additional_properties", DictOnFirstRead(PoolSummary.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "name",
        "shortname",
        "profile",
        "projectUuid",
        "state",
        "previousState",
        "stateTransitionTime",
        "previousStateTransitionTime",
        "creationDate",
        "lastModified",
        "endDate",
        "instanceCount",
        "targetRunningInstanceCount",
        "runningInstanceCount",
        "runningCoreCount",
        "executionTime",
        "wallTime",
        "queuedOrRunningTaskInstancesCount",
        "taskDefaultWaitForPoolResourcesSynchronization",
    }
)
