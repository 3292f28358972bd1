from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_cluster_info import TaskClusterInfo


T = TypeVar("T", bound="TaskSummary")


@_attrs_define
class TaskSummary:
    """The light form of a task returned by the summary listings.

    Attributes:
        uuid (str | Unset): Uuid of the task.
        name (None | str | Unset): Name of the task.
        shortname (None | str | Unset): Unique, DNS-compliant short name; defaults to the uuid.
        profile (None | str | Unset): Execution profile, e.g. `docker-batch`.
        pool_uuid (None | str | Unset): Pool the task runs in, if any.
        job_uuid (None | str | Unset): Job the task belongs to, if any.
        project_uuid (None | str | Unset): Organization project.
        progress (float | None | Unset): Progress in percent (0-100).
        running_instance_count (int | None | Unset): Instances running now.
        running_core_count (int | None | Unset): Cores running now.
        total_instance_count (int | None | Unset): Number of instances of the task over its whole life (Qarnot's
            published document).
        cluster_info (None | TaskClusterInfo | Unset): The cluster the task runs in (Qarnot's published document).
        execution_time (None | str | Unset): Cumulated execution time.
        wall_time (None | str | Unset): Elapsed wall-clock time.
        state (None | str | TaskState | Unset): Current state (see `TaskState`; any other string is possible).
        previous_state (None | str | TaskState | Unset): Previous state (any string is possible).
        instance_count (int | None | Unset): Number of instances.
        max_retries_per_instance (int | None | Unset): Deprecated, superseded by `retrySettings.maxPerInstanceRetries`.
        advanced_ranges (None | str | Unset): Explicit instance ids, e.g. `1,3-8,9,12-19`.
        state_transition_time (datetime.datetime | None | Unset): Time of the last state change.
        previous_state_transition_time (datetime.datetime | None | Unset): Time of the previous state change.
        last_modified (datetime.datetime | None | Unset): Last modification time.
        creation_date (datetime.datetime | None | Unset): Creation time.
        end_date (datetime.datetime | None | Unset): End time; `0001-01-01T00:00:00Z` while not finished.
        wait_for_pool_resources_synchronization (bool | None | Unset): In a pool, wait for a slot that has the latest
            pool resources; null means the pool default.
    """

    uuid: str | Unset = UNSET
    name: None | str | Unset = UNSET
    shortname: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    pool_uuid: None | str | Unset = UNSET
    job_uuid: None | str | Unset = UNSET
    project_uuid: None | str | Unset = UNSET
    progress: float | None | Unset = UNSET
    running_instance_count: int | None | Unset = UNSET
    running_core_count: int | None | Unset = UNSET
    total_instance_count: int | None | Unset = UNSET
    cluster_info: None | TaskClusterInfo | Unset = UNSET
    execution_time: None | str | Unset = UNSET
    wall_time: None | str | Unset = UNSET
    state: None | str | TaskState | Unset = UNSET
    previous_state: None | str | TaskState | Unset = UNSET
    instance_count: int | None | Unset = UNSET
    max_retries_per_instance: int | None | Unset = UNSET
    advanced_ranges: None | str | Unset = UNSET
    state_transition_time: datetime.datetime | None | Unset = UNSET
    previous_state_transition_time: datetime.datetime | None | Unset = UNSET
    last_modified: datetime.datetime | None | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    wait_for_pool_resources_synchronization: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_cluster_info import TaskClusterInfo

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

        pool_uuid: None | str | Unset
        if isinstance(self.pool_uuid, Unset):
            pool_uuid = UNSET
        else:
            pool_uuid = self.pool_uuid

        job_uuid: None | str | Unset
        if isinstance(self.job_uuid, Unset):
            job_uuid = UNSET
        else:
            job_uuid = self.job_uuid

        project_uuid: None | str | Unset
        if isinstance(self.project_uuid, Unset):
            project_uuid = UNSET
        else:
            project_uuid = self.project_uuid

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

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

        total_instance_count: int | None | Unset
        if isinstance(self.total_instance_count, Unset):
            total_instance_count = UNSET
        else:
            total_instance_count = self.total_instance_count

        cluster_info: dict[str, Any] | None | Unset
        if isinstance(self.cluster_info, Unset):
            cluster_info = UNSET
        elif isinstance(self.cluster_info, TaskClusterInfo):
            cluster_info = self.cluster_info.to_dict()
        else:
            cluster_info = self.cluster_info

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

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, TaskState):
            state = self.state.value
        else:
            state = self.state

        previous_state: None | str | Unset
        if isinstance(self.previous_state, Unset):
            previous_state = UNSET
        elif isinstance(self.previous_state, TaskState):
            previous_state = self.previous_state.value
        else:
            previous_state = self.previous_state

        instance_count: int | None | Unset
        if isinstance(self.instance_count, Unset):
            instance_count = UNSET
        else:
            instance_count = self.instance_count

        max_retries_per_instance: int | None | Unset
        if isinstance(self.max_retries_per_instance, Unset):
            max_retries_per_instance = UNSET
        else:
            max_retries_per_instance = self.max_retries_per_instance

        advanced_ranges: None | str | Unset
        if isinstance(self.advanced_ranges, Unset):
            advanced_ranges = UNSET
        else:
            advanced_ranges = self.advanced_ranges

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

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        elif isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat()
        else:
            last_modified = self.last_modified

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        wait_for_pool_resources_synchronization: bool | None | Unset
        if isinstance(self.wait_for_pool_resources_synchronization, Unset):
            wait_for_pool_resources_synchronization = UNSET
        else:
            wait_for_pool_resources_synchronization = self.wait_for_pool_resources_synchronization

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
        if pool_uuid is not UNSET:
            field_dict["poolUuid"] = pool_uuid
        if job_uuid is not UNSET:
            field_dict["jobUuid"] = job_uuid
        if project_uuid is not UNSET:
            field_dict["projectUuid"] = project_uuid
        if progress is not UNSET:
            field_dict["progress"] = progress
        if running_instance_count is not UNSET:
            field_dict["runningInstanceCount"] = running_instance_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
        if total_instance_count is not UNSET:
            field_dict["totalInstanceCount"] = total_instance_count
        if cluster_info is not UNSET:
            field_dict["clusterInfo"] = cluster_info
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if wall_time is not UNSET:
            field_dict["wallTime"] = wall_time
        if state is not UNSET:
            field_dict["state"] = state
        if previous_state is not UNSET:
            field_dict["previousState"] = previous_state
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if max_retries_per_instance is not UNSET:
            field_dict["maxRetriesPerInstance"] = max_retries_per_instance
        if advanced_ranges is not UNSET:
            field_dict["advancedRanges"] = advanced_ranges
        if state_transition_time is not UNSET:
            field_dict["stateTransitionTime"] = state_transition_time
        if previous_state_transition_time is not UNSET:
            field_dict["previousStateTransitionTime"] = previous_state_transition_time
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if wait_for_pool_resources_synchronization is not UNSET:
            field_dict["waitForPoolResourcesSynchronization"] = wait_for_pool_resources_synchronization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_cluster_info import TaskClusterInfo

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

        def _parse_pool_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pool_uuid = _parse_pool_uuid(d.pop("poolUuid", UNSET))

        def _parse_job_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_uuid = _parse_job_uuid(d.pop("jobUuid", UNSET))

        def _parse_project_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_uuid = _parse_project_uuid(d.pop("projectUuid", UNSET))

        def _parse_progress(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

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

        def _parse_total_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_instance_count = _parse_total_instance_count(d.pop("totalInstanceCount", UNSET))

        def _parse_cluster_info(data: object) -> None | TaskClusterInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cluster_info_type_0 = TaskClusterInfo.from_dict(data)

                return cluster_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskClusterInfo | Unset, data)

        cluster_info = _parse_cluster_info(d.pop("clusterInfo", UNSET))

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

        def _parse_state(data: object) -> None | str | TaskState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = TaskState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TaskState | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_previous_state(data: object) -> None | str | TaskState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_state_type_0 = TaskState(data)

                return previous_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TaskState | Unset, data)

        previous_state = _parse_previous_state(d.pop("previousState", UNSET))

        def _parse_instance_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        instance_count = _parse_instance_count(d.pop("instanceCount", UNSET))

        def _parse_max_retries_per_instance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_retries_per_instance = _parse_max_retries_per_instance(d.pop("maxRetriesPerInstance", UNSET))

        def _parse_advanced_ranges(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advanced_ranges = _parse_advanced_ranges(d.pop("advancedRanges", UNSET))

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

        def _parse_wait_for_pool_resources_synchronization(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        wait_for_pool_resources_synchronization = _parse_wait_for_pool_resources_synchronization(
            d.pop("waitForPoolResourcesSynchronization", UNSET)
        )

        task_summary = cls(
            uuid=uuid,
            name=name,
            shortname=shortname,
            profile=profile,
            pool_uuid=pool_uuid,
            job_uuid=job_uuid,
            project_uuid=project_uuid,
            progress=progress,
            running_instance_count=running_instance_count,
            running_core_count=running_core_count,
            total_instance_count=total_instance_count,
            cluster_info=cluster_info,
            execution_time=execution_time,
            wall_time=wall_time,
            state=state,
            previous_state=previous_state,
            instance_count=instance_count,
            max_retries_per_instance=max_retries_per_instance,
            advanced_ranges=advanced_ranges,
            state_transition_time=state_transition_time,
            previous_state_transition_time=previous_state_transition_time,
            last_modified=last_modified,
            creation_date=creation_date,
            end_date=end_date,
            wait_for_pool_resources_synchronization=wait_for_pool_resources_synchronization,
        )

        task_summary.additional_properties = d
        return task_summary

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
