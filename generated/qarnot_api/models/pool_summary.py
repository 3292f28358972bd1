from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

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
        state (PoolState | str | Unset): Current state (see `PoolState`; any other string is possible).
        creation_date (datetime.datetime | None | Unset): Creation time.
        instance_count (int | None | Unset): Number of nodes.
        running_instance_count (int | None | Unset): Instances running now.
        running_core_count (int | None | Unset): Cores running now.
        queued_or_running_task_instances_count (float | None | Unset): Task instances queued or running in the pool.
        task_default_wait_for_pool_resources_synchronization (bool | None | Unset): Default of the tasks'
            `waitForPoolResourcesSynchronization`.
    """

    uuid: str | Unset = UNSET
    name: None | str | Unset = UNSET
    shortname: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    project_uuid: None | str | Unset = UNSET
    state: PoolState | str | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    instance_count: int | None | Unset = UNSET
    running_instance_count: int | None | Unset = UNSET
    running_core_count: int | None | Unset = UNSET
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

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, PoolState):
            state = self.state.value
        else:
            state = self.state

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        instance_count: int | None | Unset
        if isinstance(self.instance_count, Unset):
            instance_count = UNSET
        else:
            instance_count = self.instance_count

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
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if running_instance_count is not UNSET:
            field_dict["runningInstanceCount"] = running_instance_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
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

        creation_date = get("creationDate", UNSET)
        if creation_date is not None and creation_date is not UNSET:
            try:
                if not isinstance(creation_date, str):
                    raise TypeError()
                creation_date_type_0 = datetime.datetime.fromisoformat(creation_date)

                creation_date = creation_date_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        instance_count = get("instanceCount", UNSET)

        running_instance_count = get("runningInstanceCount", UNSET)

        running_core_count = get("runningCoreCount", UNSET)

        queued_or_running_task_instances_count = get("queuedOrRunningTaskInstancesCount", UNSET)

        task_default_wait_for_pool_resources_synchronization = get(
            "taskDefaultWaitForPoolResourcesSynchronization", UNSET
        )

        pool_summary = cls(
            uuid=uuid,
            name=name,
            shortname=shortname,
            profile=profile,
            project_uuid=project_uuid,
            state=state,
            creation_date=creation_date,
            instance_count=instance_count,
            running_instance_count=running_instance_count,
            running_core_count=running_core_count,
            queued_or_running_task_instances_count=queued_or_running_task_instances_count,
            task_default_wait_for_pool_resources_synchronization=task_default_wait_for_pool_resources_synchronization,
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


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "name",
        "shortname",
        "profile",
        "projectUuid",
        "state",
        "creationDate",
        "instanceCount",
        "runningInstanceCount",
        "runningCoreCount",
        "queuedOrRunningTaskInstancesCount",
        "taskDefaultWaitForPoolResourcesSynchronization",
    }
)
