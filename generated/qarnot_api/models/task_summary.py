from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState
from ..types import UNSET, DictOnFirstRead, Unset

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
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
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
        if _PENDING:
            _resolve()
        get = src_dict.get
        uuid = get("uuid", UNSET)

        name = get("name", UNSET)

        shortname = get("shortname", UNSET)

        profile = get("profile", UNSET)

        pool_uuid = get("poolUuid", UNSET)

        job_uuid = get("jobUuid", UNSET)

        project_uuid = get("projectUuid", UNSET)

        progress = get("progress", UNSET)

        running_instance_count = get("runningInstanceCount", UNSET)

        running_core_count = get("runningCoreCount", UNSET)

        total_instance_count = get("totalInstanceCount", UNSET)

        cluster_info = get("clusterInfo", UNSET)
        if cluster_info is not None and cluster_info is not UNSET:
            try:
                if not isinstance(cluster_info, dict):
                    raise TypeError()
                cluster_info_type_0 = TaskClusterInfo.from_dict(cluster_info)

                cluster_info = cluster_info_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        execution_time = get("executionTime", UNSET)

        wall_time = get("wallTime", UNSET)

        state = get("state", UNSET)
        if isinstance(state, str):
            state = TaskState.parse(state)

        previous_state = get("previousState", UNSET)
        if isinstance(previous_state, str):
            previous_state = TaskState.parse(previous_state)

        instance_count = get("instanceCount", UNSET)

        max_retries_per_instance = get("maxRetriesPerInstance", UNSET)

        advanced_ranges = get("advancedRanges", UNSET)

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

        last_modified = get("lastModified", UNSET)
        if last_modified is not None and last_modified is not UNSET:
            try:
                if not isinstance(last_modified, str):
                    raise TypeError()
                last_modified_type_0 = datetime.datetime.fromisoformat(last_modified)

                last_modified = last_modified_type_0

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

        end_date = get("endDate", UNSET)
        if end_date is not None and end_date is not UNSET:
            try:
                if not isinstance(end_date, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(end_date)

                end_date = end_date_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        wait_for_pool_resources_synchronization = get("waitForPoolResourcesSynchronization", UNSET)

        task_summary = cls(
            uuid,
            name,
            shortname,
            profile,
            pool_uuid,
            job_uuid,
            project_uuid,
            progress,
            running_instance_count,
            running_core_count,
            total_instance_count,
            cluster_info,
            execution_time,
            wall_time,
            state,
            previous_state,
            instance_count,
            max_retries_per_instance,
            advanced_ranges,
            state_transition_time,
            previous_state_transition_time,
            last_modified,
            creation_date,
            end_date,
            wait_for_pool_resources_synchronization,
        )

        if not _KEYS.issuperset(src_dict):
            task_summary.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
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


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(TaskSummary, "additional_properties", DictOnFirstRead(TaskSummary.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "name",
        "shortname",
        "profile",
        "poolUuid",
        "jobUuid",
        "projectUuid",
        "progress",
        "runningInstanceCount",
        "runningCoreCount",
        "totalInstanceCount",
        "clusterInfo",
        "executionTime",
        "wallTime",
        "state",
        "previousState",
        "instanceCount",
        "maxRetriesPerInstance",
        "advancedRanges",
        "stateTransitionTime",
        "previousStateTransitionTime",
        "lastModified",
        "creationDate",
        "endDate",
        "waitForPoolResourcesSynchronization",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global TaskClusterInfo
    from ..models.task_cluster_info import TaskClusterInfo

    _PENDING = False
