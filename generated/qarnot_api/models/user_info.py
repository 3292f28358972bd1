from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduling_type import SchedulingType
from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.computing_quotas import ComputingQuotas
    from ..models.legacy_reserved_quota import LegacyReservedQuota
    from ..models.project import Project


T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """The authenticated user: e-mail (the S3 access key), object counts and limits, computing quotas and projects. Several
    counters are legacy (`maxFlex*`, `maxOnDemand*`, `runningFlex*`, `runningOnDemand*`, `reservedQuotas`, disk
    counters), superseded by `computingQuotas`.

        Attributes:
            email (None | str | Unset): Account e-mail, also the S3 access key.
            max_bucket (int | Unset): Maximum number of buckets.
            bucket_count (int | Unset): Number of buckets (may be absent; clients then count them on S3).
            quota_bytes_bucket (int | Unset): Storage quota of the buckets, bytes.
            used_quota_bytes_bucket (int | Unset): Storage used by the buckets, bytes.
            quota_bytes (int | Unset): Storage quota, bytes.
            used_quota_bytes (int | Unset): Storage used, bytes.
            max_task (int | Unset): Maximum number of tasks.
            task_count (int | Unset): Number of tasks.
            max_running_task (int | Unset): Maximum number of running tasks.
            running_task_count (int | Unset): Number of running tasks.
            max_job (int | Unset): Maximum number of jobs.
            job_count (int | Unset): Number of jobs.
            max_pool (int | Unset): Maximum number of pools.
            pool_count (int | Unset): Number of pools.
            max_running_pool (int | Unset): Maximum number of running pools.
            running_pool_count (int | Unset): Number of running pools.
            max_instances (int | Unset): Maximum number of instances.
            max_cores (int | Unset): Maximum number of cores.
            running_instance_count (int | Unset): Instances running now.
            running_core_count (int | Unset): Cores running now.
            max_flex_instances (int | Unset): Legacy: maximum flex instances.
            max_flex_cores (int | Unset): Legacy: maximum flex cores.
            max_on_demand_instances (int | Unset): Legacy: maximum on-demand instances.
            max_on_demand_cores (int | Unset): Legacy: maximum on-demand cores.
            running_flex_instance_count (int | Unset): Legacy: running flex instances.
            running_flex_core_count (int | Unset): Legacy: running flex cores.
            running_on_demand_instance_count (int | Unset): Legacy: running on-demand instances.
            running_on_demand_core_count (int | Unset): Legacy: running on-demand cores.
            reserved_quotas (list[LegacyReservedQuota] | None | Unset): Legacy reserved quotas (superseded by
                `computingQuotas`).
            default_scheduling (None | SchedulingType | str | Unset): Default scheduling class, e.g. `Flex`.
            default_reserved_specification_key (None | str | Unset): Default machine specification of reservations.
            max_disk (int | Unset): Legacy (disks no longer exist).
            disk_count (int | Unset): Legacy (disks no longer exist).
            quota_bytes_disk (int | Unset): Legacy (disks no longer exist).
            used_quota_bytes_disk (int | Unset): Legacy (disks no longer exist).
            computing_quotas (ComputingQuotas | None | Unset): Computing quotas of the user and of the organization.
            projects (list[Project] | None | Unset): Organization projects of the user.
    """

    email: None | str | Unset = UNSET
    max_bucket: int | Unset = UNSET
    bucket_count: int | Unset = UNSET
    quota_bytes_bucket: int | Unset = UNSET
    used_quota_bytes_bucket: int | Unset = UNSET
    quota_bytes: int | Unset = UNSET
    used_quota_bytes: int | Unset = UNSET
    max_task: int | Unset = UNSET
    task_count: int | Unset = UNSET
    max_running_task: int | Unset = UNSET
    running_task_count: int | Unset = UNSET
    max_job: int | Unset = UNSET
    job_count: int | Unset = UNSET
    max_pool: int | Unset = UNSET
    pool_count: int | Unset = UNSET
    max_running_pool: int | Unset = UNSET
    running_pool_count: int | Unset = UNSET
    max_instances: int | Unset = UNSET
    max_cores: int | Unset = UNSET
    running_instance_count: int | Unset = UNSET
    running_core_count: int | Unset = UNSET
    max_flex_instances: int | Unset = UNSET
    max_flex_cores: int | Unset = UNSET
    max_on_demand_instances: int | Unset = UNSET
    max_on_demand_cores: int | Unset = UNSET
    running_flex_instance_count: int | Unset = UNSET
    running_flex_core_count: int | Unset = UNSET
    running_on_demand_instance_count: int | Unset = UNSET
    running_on_demand_core_count: int | Unset = UNSET
    reserved_quotas: list[LegacyReservedQuota] | None | Unset = UNSET
    default_scheduling: None | SchedulingType | str | Unset = UNSET
    default_reserved_specification_key: None | str | Unset = UNSET
    max_disk: int | Unset = UNSET
    disk_count: int | Unset = UNSET
    quota_bytes_disk: int | Unset = UNSET
    used_quota_bytes_disk: int | Unset = UNSET
    computing_quotas: ComputingQuotas | None | Unset = UNSET
    projects: list[Project] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        max_bucket = self.max_bucket

        bucket_count = self.bucket_count

        quota_bytes_bucket = self.quota_bytes_bucket

        used_quota_bytes_bucket = self.used_quota_bytes_bucket

        quota_bytes = self.quota_bytes

        used_quota_bytes = self.used_quota_bytes

        max_task = self.max_task

        task_count = self.task_count

        max_running_task = self.max_running_task

        running_task_count = self.running_task_count

        max_job = self.max_job

        job_count = self.job_count

        max_pool = self.max_pool

        pool_count = self.pool_count

        max_running_pool = self.max_running_pool

        running_pool_count = self.running_pool_count

        max_instances = self.max_instances

        max_cores = self.max_cores

        running_instance_count = self.running_instance_count

        running_core_count = self.running_core_count

        max_flex_instances = self.max_flex_instances

        max_flex_cores = self.max_flex_cores

        max_on_demand_instances = self.max_on_demand_instances

        max_on_demand_cores = self.max_on_demand_cores

        running_flex_instance_count = self.running_flex_instance_count

        running_flex_core_count = self.running_flex_core_count

        running_on_demand_instance_count = self.running_on_demand_instance_count

        running_on_demand_core_count = self.running_on_demand_core_count

        reserved_quotas: list[dict[str, Any]] | None | Unset
        if isinstance(self.reserved_quotas, Unset):
            reserved_quotas = UNSET
        elif isinstance(self.reserved_quotas, list):
            reserved_quotas = []
            for reserved_quotas_type_0_item_data in self.reserved_quotas:
                reserved_quotas_type_0_item = reserved_quotas_type_0_item_data.to_dict()
                reserved_quotas.append(reserved_quotas_type_0_item)

        else:
            reserved_quotas = self.reserved_quotas

        default_scheduling: None | str | Unset
        if isinstance(self.default_scheduling, Unset):
            default_scheduling = UNSET
        elif isinstance(self.default_scheduling, SchedulingType):
            default_scheduling = self.default_scheduling.value
        else:
            default_scheduling = self.default_scheduling

        default_reserved_specification_key: None | str | Unset
        if isinstance(self.default_reserved_specification_key, Unset):
            default_reserved_specification_key = UNSET
        else:
            default_reserved_specification_key = self.default_reserved_specification_key

        max_disk = self.max_disk

        disk_count = self.disk_count

        quota_bytes_disk = self.quota_bytes_disk

        used_quota_bytes_disk = self.used_quota_bytes_disk

        computing_quotas: dict[str, Any] | None | Unset
        if isinstance(self.computing_quotas, Unset):
            computing_quotas = UNSET
        elif isinstance(self.computing_quotas, ComputingQuotas):
            computing_quotas = self.computing_quotas.to_dict()
        else:
            computing_quotas = self.computing_quotas

        projects: list[dict[str, Any]] | None | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, list):
            projects = []
            for projects_type_0_item_data in self.projects:
                projects_type_0_item = projects_type_0_item_data.to_dict()
                projects.append(projects_type_0_item)

        else:
            projects = self.projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if email is not UNSET:
            field_dict["email"] = email
        if max_bucket is not UNSET:
            field_dict["maxBucket"] = max_bucket
        if bucket_count is not UNSET:
            field_dict["bucketCount"] = bucket_count
        if quota_bytes_bucket is not UNSET:
            field_dict["quotaBytesBucket"] = quota_bytes_bucket
        if used_quota_bytes_bucket is not UNSET:
            field_dict["usedQuotaBytesBucket"] = used_quota_bytes_bucket
        if quota_bytes is not UNSET:
            field_dict["quotaBytes"] = quota_bytes
        if used_quota_bytes is not UNSET:
            field_dict["usedQuotaBytes"] = used_quota_bytes
        if max_task is not UNSET:
            field_dict["maxTask"] = max_task
        if task_count is not UNSET:
            field_dict["taskCount"] = task_count
        if max_running_task is not UNSET:
            field_dict["maxRunningTask"] = max_running_task
        if running_task_count is not UNSET:
            field_dict["runningTaskCount"] = running_task_count
        if max_job is not UNSET:
            field_dict["maxJob"] = max_job
        if job_count is not UNSET:
            field_dict["jobCount"] = job_count
        if max_pool is not UNSET:
            field_dict["maxPool"] = max_pool
        if pool_count is not UNSET:
            field_dict["poolCount"] = pool_count
        if max_running_pool is not UNSET:
            field_dict["maxRunningPool"] = max_running_pool
        if running_pool_count is not UNSET:
            field_dict["runningPoolCount"] = running_pool_count
        if max_instances is not UNSET:
            field_dict["maxInstances"] = max_instances
        if max_cores is not UNSET:
            field_dict["maxCores"] = max_cores
        if running_instance_count is not UNSET:
            field_dict["runningInstanceCount"] = running_instance_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
        if max_flex_instances is not UNSET:
            field_dict["maxFlexInstances"] = max_flex_instances
        if max_flex_cores is not UNSET:
            field_dict["maxFlexCores"] = max_flex_cores
        if max_on_demand_instances is not UNSET:
            field_dict["maxOnDemandInstances"] = max_on_demand_instances
        if max_on_demand_cores is not UNSET:
            field_dict["maxOnDemandCores"] = max_on_demand_cores
        if running_flex_instance_count is not UNSET:
            field_dict["runningFlexInstanceCount"] = running_flex_instance_count
        if running_flex_core_count is not UNSET:
            field_dict["runningFlexCoreCount"] = running_flex_core_count
        if running_on_demand_instance_count is not UNSET:
            field_dict["runningOnDemandInstanceCount"] = running_on_demand_instance_count
        if running_on_demand_core_count is not UNSET:
            field_dict["runningOnDemandCoreCount"] = running_on_demand_core_count
        if reserved_quotas is not UNSET:
            field_dict["reservedQuotas"] = reserved_quotas
        if default_scheduling is not UNSET:
            field_dict["defaultScheduling"] = default_scheduling
        if default_reserved_specification_key is not UNSET:
            field_dict["defaultReservedSpecificationKey"] = default_reserved_specification_key
        if max_disk is not UNSET:
            field_dict["maxDisk"] = max_disk
        if disk_count is not UNSET:
            field_dict["diskCount"] = disk_count
        if quota_bytes_disk is not UNSET:
            field_dict["quotaBytesDisk"] = quota_bytes_disk
        if used_quota_bytes_disk is not UNSET:
            field_dict["usedQuotaBytesDisk"] = used_quota_bytes_disk
        if computing_quotas is not UNSET:
            field_dict["computingQuotas"] = computing_quotas
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        email = get("email", UNSET)

        max_bucket = get("maxBucket", UNSET)

        bucket_count = get("bucketCount", UNSET)

        quota_bytes_bucket = get("quotaBytesBucket", UNSET)

        used_quota_bytes_bucket = get("usedQuotaBytesBucket", UNSET)

        quota_bytes = get("quotaBytes", UNSET)

        used_quota_bytes = get("usedQuotaBytes", UNSET)

        max_task = get("maxTask", UNSET)

        task_count = get("taskCount", UNSET)

        max_running_task = get("maxRunningTask", UNSET)

        running_task_count = get("runningTaskCount", UNSET)

        max_job = get("maxJob", UNSET)

        job_count = get("jobCount", UNSET)

        max_pool = get("maxPool", UNSET)

        pool_count = get("poolCount", UNSET)

        max_running_pool = get("maxRunningPool", UNSET)

        running_pool_count = get("runningPoolCount", UNSET)

        max_instances = get("maxInstances", UNSET)

        max_cores = get("maxCores", UNSET)

        running_instance_count = get("runningInstanceCount", UNSET)

        running_core_count = get("runningCoreCount", UNSET)

        max_flex_instances = get("maxFlexInstances", UNSET)

        max_flex_cores = get("maxFlexCores", UNSET)

        max_on_demand_instances = get("maxOnDemandInstances", UNSET)

        max_on_demand_cores = get("maxOnDemandCores", UNSET)

        running_flex_instance_count = get("runningFlexInstanceCount", UNSET)

        running_flex_core_count = get("runningFlexCoreCount", UNSET)

        running_on_demand_instance_count = get("runningOnDemandInstanceCount", UNSET)

        running_on_demand_core_count = get("runningOnDemandCoreCount", UNSET)

        reserved_quotas = get("reservedQuotas", UNSET)
        if reserved_quotas is not None and reserved_quotas is not UNSET:
            try:
                if not isinstance(reserved_quotas, list):
                    raise TypeError()
                reserved_quotas_type_0 = []
                _reserved_quotas_type_0 = reserved_quotas
                for reserved_quotas_type_0_item_data in _reserved_quotas_type_0:
                    reserved_quotas_type_0_item = LegacyReservedQuota.from_dict(reserved_quotas_type_0_item_data)

                    reserved_quotas_type_0.append(reserved_quotas_type_0_item)

                reserved_quotas = reserved_quotas_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        default_scheduling = get("defaultScheduling", UNSET)
        if isinstance(default_scheduling, str):
            default_scheduling = SchedulingType.parse(default_scheduling)

        default_reserved_specification_key = get("defaultReservedSpecificationKey", UNSET)

        max_disk = get("maxDisk", UNSET)

        disk_count = get("diskCount", UNSET)

        quota_bytes_disk = get("quotaBytesDisk", UNSET)

        used_quota_bytes_disk = get("usedQuotaBytesDisk", UNSET)

        computing_quotas = get("computingQuotas", UNSET)
        if computing_quotas is not None and computing_quotas is not UNSET:
            try:
                if not isinstance(computing_quotas, dict):
                    raise TypeError()
                computing_quotas_type_0 = ComputingQuotas.from_dict(computing_quotas)

                computing_quotas = computing_quotas_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        projects = get("projects", UNSET)
        if projects is not None and projects is not UNSET:
            try:
                if not isinstance(projects, list):
                    raise TypeError()
                projects_type_0 = []
                _projects_type_0 = projects
                for projects_type_0_item_data in _projects_type_0:
                    projects_type_0_item = Project.from_dict(projects_type_0_item_data)

                    projects_type_0.append(projects_type_0_item)

                projects = projects_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        user_info = cls(
            email,
            max_bucket,
            bucket_count,
            quota_bytes_bucket,
            used_quota_bytes_bucket,
            quota_bytes,
            used_quota_bytes,
            max_task,
            task_count,
            max_running_task,
            running_task_count,
            max_job,
            job_count,
            max_pool,
            pool_count,
            max_running_pool,
            running_pool_count,
            max_instances,
            max_cores,
            running_instance_count,
            running_core_count,
            max_flex_instances,
            max_flex_cores,
            max_on_demand_instances,
            max_on_demand_cores,
            running_flex_instance_count,
            running_flex_core_count,
            running_on_demand_instance_count,
            running_on_demand_core_count,
            reserved_quotas,
            default_scheduling,
            default_reserved_specification_key,
            max_disk,
            disk_count,
            quota_bytes_disk,
            used_quota_bytes_disk,
            computing_quotas,
            projects,
        )

        if not _KEYS.issuperset(src_dict):
            user_info.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return user_info

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
setattr(UserInfo, "additional_properties", DictOnFirstRead(UserInfo.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "maxBucket",
        "bucketCount",
        "quotaBytesBucket",
        "usedQuotaBytesBucket",
        "quotaBytes",
        "usedQuotaBytes",
        "maxTask",
        "taskCount",
        "maxRunningTask",
        "runningTaskCount",
        "maxJob",
        "jobCount",
        "maxPool",
        "poolCount",
        "maxRunningPool",
        "runningPoolCount",
        "maxInstances",
        "maxCores",
        "runningInstanceCount",
        "runningCoreCount",
        "maxFlexInstances",
        "maxFlexCores",
        "maxOnDemandInstances",
        "maxOnDemandCores",
        "runningFlexInstanceCount",
        "runningFlexCoreCount",
        "runningOnDemandInstanceCount",
        "runningOnDemandCoreCount",
        "reservedQuotas",
        "defaultScheduling",
        "defaultReservedSpecificationKey",
        "maxDisk",
        "diskCount",
        "quotaBytesDisk",
        "usedQuotaBytesDisk",
        "computingQuotas",
        "projects",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global ComputingQuotas
    global LegacyReservedQuota
    global Project
    from ..models.computing_quotas import ComputingQuotas
    from ..models.legacy_reserved_quota import LegacyReservedQuota
    from ..models.project import Project

    _PENDING = False
