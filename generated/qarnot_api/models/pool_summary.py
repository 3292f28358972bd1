from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_state import PoolState
from ..types import UNSET, Unset

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update({})
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
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_shortname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shortname = _parse_shortname(d.pop("shortname", UNSET))

        def _parse_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        def _parse_project_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_uuid = _parse_project_uuid(d.pop("projectUuid", UNSET))

        def _parse_state(data: object) -> None | PoolState | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = PoolState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PoolState | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_previous_state(data: object) -> None | PoolState | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_state_type_0 = PoolState(data)

                return previous_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PoolState | str | Unset, data)

        previous_state = _parse_previous_state(d.pop("previousState", UNSET))

        def _parse_state_transition_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_transition_time_type_0 = datetime.datetime.fromisoformat(data)

                return state_transition_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        state_transition_time = _parse_state_transition_time(d.pop("stateTransitionTime", UNSET))

        def _parse_previous_state_transition_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_state_transition_time_type_0 = datetime.datetime.fromisoformat(data)

                return previous_state_transition_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        previous_state_transition_time = _parse_previous_state_transition_time(
            d.pop("previousStateTransitionTime", UNSET)
        )

        def _parse_creation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creation_date_type_0 = datetime.datetime.fromisoformat(data)

                return creation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        creation_date = _parse_creation_date(d.pop("creationDate", UNSET))

        def _parse_last_modified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modified_type_0 = datetime.datetime.fromisoformat(data)

                return last_modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_modified = _parse_last_modified(d.pop("lastModified", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        def _parse_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        instance_count = _parse_instance_count(d.pop("instanceCount", UNSET))

        def _parse_target_running_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_running_instance_count = _parse_target_running_instance_count(d.pop("targetRunningInstanceCount", UNSET))

        def _parse_running_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        running_instance_count = _parse_running_instance_count(d.pop("runningInstanceCount", UNSET))

        def _parse_running_core_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        running_core_count = _parse_running_core_count(d.pop("runningCoreCount", UNSET))

        def _parse_execution_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_time = _parse_execution_time(d.pop("executionTime", UNSET))

        def _parse_wall_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wall_time = _parse_wall_time(d.pop("wallTime", UNSET))

        def _parse_queued_or_running_task_instances_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        queued_or_running_task_instances_count = _parse_queued_or_running_task_instances_count(
            d.pop("queuedOrRunningTaskInstancesCount", UNSET)
        )

        def _parse_task_default_wait_for_pool_resources_synchronization(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        task_default_wait_for_pool_resources_synchronization = (
            _parse_task_default_wait_for_pool_resources_synchronization(
                d.pop("taskDefaultWaitForPoolResourcesSynchronization", UNSET)
            )
        )

        pool_summary = cls(
            uuid=uuid,
            name=name,
            shortname=shortname,
            profile=profile,
            project_uuid=project_uuid,
            state=state,
            previous_state=previous_state,
            state_transition_time=state_transition_time,
            previous_state_transition_time=previous_state_transition_time,
            creation_date=creation_date,
            last_modified=last_modified,
            end_date=end_date,
            instance_count=instance_count,
            target_running_instance_count=target_running_instance_count,
            running_instance_count=running_instance_count,
            running_core_count=running_core_count,
            execution_time=execution_time,
            wall_time=wall_time,
            queued_or_running_task_instances_count=queued_or_running_task_instances_count,
            task_default_wait_for_pool_resources_synchronization=task_default_wait_for_pool_resources_synchronization,
        )

        pool_summary.additional_properties = d
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
