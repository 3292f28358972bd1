from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduling_type import SchedulingType
from ..models.task_state import TaskState
from ..types import UNSET, DecodedOnFirstRead, DictOnFirstRead, Undecoded, Unset

if TYPE_CHECKING:
    from ..models.advanced_resource_bucket import AdvancedResourceBucket
    from ..models.completed_instance import CompletedInstance
    from ..models.cpu_model_hardware_constraint import CpuModelHardwareConstraint
    from ..models.execution_error import ExecutionError
    from ..models.forced_constant import ForcedConstant
    from ..models.forced_network_rule import ForcedNetworkRule
    from ..models.gpu_hardware_constraint import GpuHardwareConstraint
    from ..models.key_value import KeyValue
    from ..models.labels import Labels
    from ..models.maximum_core_hardware_constraint import MaximumCoreHardwareConstraint
    from ..models.maximum_ram_core_ratio_hardware_constraint import MaximumRamCoreRatioHardwareConstraint
    from ..models.maximum_ram_hardware_constraint import MaximumRamHardwareConstraint
    from ..models.minimum_core_hardware_constraint import MinimumCoreHardwareConstraint
    from ..models.minimum_ram_core_ratio_hardware_constraint import MinimumRamCoreRatioHardwareConstraint
    from ..models.minimum_ram_hardware_constraint import MinimumRamHardwareConstraint
    from ..models.no_gpu_hardware_constraint import NoGpuHardwareConstraint
    from ..models.no_ssd_hardware_constraint import NoSSDHardwareConstraint
    from ..models.privileges import Privileges
    from ..models.retry_settings import RetrySettings
    from ..models.secrets_access_rights import SecretsAccessRights
    from ..models.specific_hardware_constraint import SpecificHardwareConstraint
    from ..models.ssd_hardware_constraint import SSDHardwareConstraint
    from ..models.status import Status
    from ..models.task_cluster_info import TaskClusterInfo
    from ..models.task_dependencies import TaskDependencies
    from ..models.unknown_hardware_constraint import UnknownHardwareConstraint


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task, as returned by `GET /tasks/{taskId}` and the task listings.

    Attributes:
        uuid (str | Unset): Uuid of the task.
        name (None | str | Unset): Name of the task.
        shortname (None | str | Unset): Unique, DNS-compliant short name; defaults to the uuid.
        profile (None | str | Unset): Execution profile, e.g. `docker-batch`; null for tasks in a pool.
        pool_uuid (None | str | Unset): Pool the task runs in, if any.
        job_uuid (None | str | Unset): Job the task belongs to, if any.
        project_uuid (None | str | Unset): Organization project of the task.
        tags (list[str] | None | Unset): Free tags (filterable).
        labels (Labels | None | Unset): Free key/value metadata.
        state (None | str | TaskState | Unset): Current state (see `TaskState`; any other string is possible).
        previous_state (None | str | TaskState | Unset): Previous state.
        state_transition_time (datetime.datetime | None | Unset): Time of the last state change.
        previous_state_transition_time (datetime.datetime | None | Unset): Time of the previous state change.
        creation_date (datetime.datetime | None | Unset): Submission time.
        last_modified (datetime.datetime | None | Unset): Last modification time.
        end_date (datetime.datetime | None | Unset): End time; `0001-01-01T00:00:00Z` until the task is finished.
        progress (float | None | Unset): Progress in percent (0-100).
        execution_time (None | str | Unset): Cumulated execution time of the instances.
        wall_time (None | str | Unset): Elapsed wall-clock time.
        snapshot_interval (int | None | Unset): Seconds between periodic snapshots, 0 for none (set through `POST
            /tasks/{taskId}/snapshot/periodic`).
        max_time_queue_seconds (int | None | Unset): The task fails if it stays queued longer than this.
        instance_count (int | None | Unset): Number of instances (0 when `advancedRanges` is used).
        advanced_ranges (None | str | Unset): Explicit instance ids, e.g. `1,3-8,9,12-19`.
        running_instance_count (int | None | Unset): Instances running now.
        running_core_count (int | None | Unset): Cores running now.
        total_instance_count (int | None | Unset): Number of instances of the task over its whole life (Qarnot's
            published document).
        cluster_info (None | TaskClusterInfo | Unset): The cluster the task runs in (Qarnot's published document).
        max_retries_per_instance (int | None | Unset): Deprecated, superseded by `retrySettings.maxPerInstanceRetries`.
        scheduling_type (None | SchedulingType | str | Unset): Scheduling class (see `SchedulingType`; answers also use
            `flex`).
        targeted_reserved_machine_key (None | str | Unset): Deprecated, superseded by `targetedReservationName`.
        targeted_reservation_name (None | str | Unset): Reservation targeted by a `Reserved` task.
        hardware_constraints (list[CpuModelHardwareConstraint | GpuHardwareConstraint | MaximumCoreHardwareConstraint |
            MaximumRamCoreRatioHardwareConstraint | MaximumRamHardwareConstraint | MinimumCoreHardwareConstraint |
            MinimumRamCoreRatioHardwareConstraint | MinimumRamHardwareConstraint | NoGpuHardwareConstraint |
            NoSSDHardwareConstraint | SpecificHardwareConstraint | SSDHardwareConstraint | UnknownHardwareConstraint] | None
            | Unset): Hardware requirements.
        privileges (None | Privileges | Unset): Privileges granted to the instances.
        retry_settings (None | RetrySettings | Unset): Automatic retries of failed instances.
        wait_for_pool_resources_synchronization (bool | None | Unset): In a pool, wait for a slot that has the latest
            pool resources; null means the pool default.
        upload_results_on_cancellation (bool | None | Unset): Upload results when cancelled; null means the platform
            default.
        auto_delete_on_completion (bool | None | Unset): Delete the task automatically once finished.
        completion_time_to_live (None | str | Unset): Delay before an automatic deletion once finished (`00:00:00` by
            default).
        dependencies (None | TaskDependencies | Unset): Dependencies on other tasks of the same job; null when none.
        constants (list[KeyValue] | None | Unset): Constants (profile parameters such as `DOCKER_CMD`), as key/value
            pairs.
        constraints (list[KeyValue] | None | Unset): Constraints (advanced usage), as key/value pairs.
        forced_constants (list[ForcedConstant] | None | Unset): Constants forced by the platform (internal use).
        forced_network_rules (list[ForcedNetworkRule] | None | Unset): Network rules forced on the instances (internal
            use).
        secrets_access_rights (None | SecretsAccessRights | Unset): Secrets the instances may read.
        default_resources_cache_ttl_sec (int | None | Unset): Default cache time-to-live of the resource buckets,
            seconds.
        resource_buckets (list[str] | None | Unset): Resource bucket names (legacy form).
        advanced_resource_buckets (list[AdvancedResourceBucket] | None | Unset): Resource buckets with filtering, path
            transformation and cache settings.
        result_bucket (None | str | Unset): Bucket receiving the results.
        ResultsCacheTTLSec (int | None | Unset): Cache time-to-live of the results, seconds (PascalCase key, as on the
            wire).
        resultsCacheTTLSec (int | None | Unset): The same value as `ResultsCacheTTLSec`, under the camelCase name of
            Qarnot's published document (the official SDKs and the recorded answers have the PascalCase key). Read either.
        results_bucket (None | str | Unset): Bucket of the results as named by Qarnot's published document, beside
            `resultBucket` (which the SDKs read and the recorded answers carry). Read `resultBucket` first.
        results_count (int | None | Unset): Number of result files so far.
        results_whitelist (None | str | Unset): Regular expression of the result paths to upload.
        results_blacklist (None | str | Unset): Regular expression of the result paths not to upload.
        results_bucket_prefix (None | str | Unset): Key prefix in the result bucket.
        snapshot_whitelist (None | str | Unset): Regular expression of the paths to snapshot.
        snapshot_blacklist (None | str | Unset): Regular expression of the paths not to snapshot.
        snapshot_bucket (None | str | Unset): Default bucket of snapshots.
        snapshot_bucket_prefix (None | str | Unset): Key prefix of snapshots.
        status (None | Status | Unset): Progress and timing of the instances.
        completed_instances (list[CompletedInstance] | None | Unset): Outcome of each finished instance.
        errors (list[ExecutionError] | None | Unset): Errors reported on the task.
        credits_ (float | None | Unset): Credits consumed (meaning not documented).
    """

    uuid: str | Unset = UNSET
    name: None | str | Unset = UNSET
    shortname: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    pool_uuid: None | str | Unset = UNSET
    job_uuid: None | str | Unset = UNSET
    project_uuid: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    labels: Labels | None | Unset = UNSET
    state: None | str | TaskState | Unset = UNSET
    previous_state: None | str | TaskState | Unset = UNSET
    state_transition_time: datetime.datetime | None | Unset = UNSET
    previous_state_transition_time: datetime.datetime | None | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    last_modified: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    progress: float | None | Unset = UNSET
    execution_time: None | str | Unset = UNSET
    wall_time: None | str | Unset = UNSET
    snapshot_interval: int | None | Unset = UNSET
    max_time_queue_seconds: int | None | Unset = UNSET
    instance_count: int | None | Unset = UNSET
    advanced_ranges: None | str | Unset = UNSET
    running_instance_count: int | None | Unset = UNSET
    running_core_count: int | None | Unset = UNSET
    total_instance_count: int | None | Unset = UNSET
    cluster_info: None | TaskClusterInfo | Unset = UNSET
    max_retries_per_instance: int | None | Unset = UNSET
    scheduling_type: None | SchedulingType | str | Unset = UNSET
    targeted_reserved_machine_key: None | str | Unset = UNSET
    targeted_reservation_name: None | str | Unset = UNSET
    hardware_constraints: (
        list[
            CpuModelHardwareConstraint
            | GpuHardwareConstraint
            | MaximumCoreHardwareConstraint
            | MaximumRamCoreRatioHardwareConstraint
            | MaximumRamHardwareConstraint
            | MinimumCoreHardwareConstraint
            | MinimumRamCoreRatioHardwareConstraint
            | MinimumRamHardwareConstraint
            | NoGpuHardwareConstraint
            | NoSSDHardwareConstraint
            | SpecificHardwareConstraint
            | SSDHardwareConstraint
            | UnknownHardwareConstraint
        ]
        | None
        | Unset
    ) = UNSET
    privileges: None | Privileges | Unset = UNSET
    retry_settings: None | RetrySettings | Unset = UNSET
    wait_for_pool_resources_synchronization: bool | None | Unset = UNSET
    upload_results_on_cancellation: bool | None | Unset = UNSET
    auto_delete_on_completion: bool | None | Unset = UNSET
    completion_time_to_live: None | str | Unset = UNSET
    dependencies: None | TaskDependencies | Unset = UNSET
    constants: list[KeyValue] | None | Unset = UNSET
    constraints: list[KeyValue] | None | Unset = UNSET
    forced_constants: list[ForcedConstant] | None | Unset = UNSET
    forced_network_rules: list[ForcedNetworkRule] | None | Unset = UNSET
    secrets_access_rights: None | SecretsAccessRights | Unset = UNSET
    default_resources_cache_ttl_sec: int | None | Unset = UNSET
    resource_buckets: list[str] | None | Unset = UNSET
    advanced_resource_buckets: list[AdvancedResourceBucket] | None | Unset = UNSET
    result_bucket: None | str | Unset = UNSET
    ResultsCacheTTLSec: int | None | Unset = UNSET
    resultsCacheTTLSec: int | None | Unset = UNSET
    results_bucket: None | str | Unset = UNSET
    results_count: int | None | Unset = UNSET
    results_whitelist: None | str | Unset = UNSET
    results_blacklist: None | str | Unset = UNSET
    results_bucket_prefix: None | str | Unset = UNSET
    snapshot_whitelist: None | str | Unset = UNSET
    snapshot_blacklist: None | str | Unset = UNSET
    snapshot_bucket: None | str | Unset = UNSET
    snapshot_bucket_prefix: None | str | Unset = UNSET
    status: None | Status | Unset = UNSET
    completed_instances: list[CompletedInstance] | None | Unset = UNSET
    errors: list[ExecutionError] | None | Unset = UNSET
    credits_: float | None | Unset = UNSET
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

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, Labels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

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

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

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

        snapshot_interval: int | None | Unset
        if isinstance(self.snapshot_interval, Unset):
            snapshot_interval = UNSET
        else:
            snapshot_interval = self.snapshot_interval

        max_time_queue_seconds: int | None | Unset
        if isinstance(self.max_time_queue_seconds, Unset):
            max_time_queue_seconds = UNSET
        else:
            max_time_queue_seconds = self.max_time_queue_seconds

        instance_count: int | None | Unset
        if isinstance(self.instance_count, Unset):
            instance_count = UNSET
        else:
            instance_count = self.instance_count

        advanced_ranges: None | str | Unset
        if isinstance(self.advanced_ranges, Unset):
            advanced_ranges = UNSET
        else:
            advanced_ranges = self.advanced_ranges

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

        max_retries_per_instance: int | None | Unset
        if isinstance(self.max_retries_per_instance, Unset):
            max_retries_per_instance = UNSET
        else:
            max_retries_per_instance = self.max_retries_per_instance

        scheduling_type: None | str | Unset
        if isinstance(self.scheduling_type, Unset):
            scheduling_type = UNSET
        elif isinstance(self.scheduling_type, SchedulingType):
            scheduling_type = self.scheduling_type.value
        else:
            scheduling_type = self.scheduling_type

        targeted_reserved_machine_key: None | str | Unset
        if isinstance(self.targeted_reserved_machine_key, Unset):
            targeted_reserved_machine_key = UNSET
        else:
            targeted_reserved_machine_key = self.targeted_reserved_machine_key

        targeted_reservation_name: None | str | Unset
        if isinstance(self.targeted_reservation_name, Unset):
            targeted_reservation_name = UNSET
        else:
            targeted_reservation_name = self.targeted_reservation_name

        hardware_constraints: list[dict[str, Any]] | None | Unset
        if isinstance(self.hardware_constraints, Unset):
            hardware_constraints = UNSET
        elif isinstance(self.hardware_constraints, list):
            hardware_constraints = []
            for hardware_constraints_type_0_item_data in self.hardware_constraints:
                hardware_constraints_type_0_item: dict[str, Any]
                if (
                    isinstance(hardware_constraints_type_0_item_data, MinimumCoreHardwareConstraint)
                    or isinstance(hardware_constraints_type_0_item_data, MaximumCoreHardwareConstraint)
                    or isinstance(hardware_constraints_type_0_item_data, MinimumRamHardwareConstraint)
                    or isinstance(hardware_constraints_type_0_item_data, MaximumRamHardwareConstraint)
                    or isinstance(hardware_constraints_type_0_item_data, MinimumRamCoreRatioHardwareConstraint)
                    or isinstance(hardware_constraints_type_0_item_data, MaximumRamCoreRatioHardwareConstraint)
                    or isinstance(hardware_constraints_type_0_item_data, SpecificHardwareConstraint)
                    or isinstance(hardware_constraints_type_0_item_data, CpuModelHardwareConstraint)
                    or isinstance(hardware_constraints_type_0_item_data, GpuHardwareConstraint)
                    or isinstance(hardware_constraints_type_0_item_data, NoGpuHardwareConstraint)
                    or isinstance(hardware_constraints_type_0_item_data, SSDHardwareConstraint)
                    or isinstance(hardware_constraints_type_0_item_data, NoSSDHardwareConstraint)
                ):
                    hardware_constraints_type_0_item = hardware_constraints_type_0_item_data.to_dict()
                else:
                    hardware_constraints_type_0_item = hardware_constraints_type_0_item_data.to_dict()

                hardware_constraints.append(hardware_constraints_type_0_item)

        else:
            hardware_constraints = self.hardware_constraints

        privileges: dict[str, Any] | None | Unset
        if isinstance(self.privileges, Unset):
            privileges = UNSET
        elif isinstance(self.privileges, Privileges):
            privileges = self.privileges.to_dict()
        else:
            privileges = self.privileges

        retry_settings: dict[str, Any] | None | Unset
        if isinstance(self.retry_settings, Unset):
            retry_settings = UNSET
        elif isinstance(self.retry_settings, RetrySettings):
            retry_settings = self.retry_settings.to_dict()
        else:
            retry_settings = self.retry_settings

        wait_for_pool_resources_synchronization: bool | None | Unset
        if isinstance(self.wait_for_pool_resources_synchronization, Unset):
            wait_for_pool_resources_synchronization = UNSET
        else:
            wait_for_pool_resources_synchronization = self.wait_for_pool_resources_synchronization

        upload_results_on_cancellation: bool | None | Unset
        if isinstance(self.upload_results_on_cancellation, Unset):
            upload_results_on_cancellation = UNSET
        else:
            upload_results_on_cancellation = self.upload_results_on_cancellation

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

        dependencies: dict[str, Any] | None | Unset
        if isinstance(self.dependencies, Unset):
            dependencies = UNSET
        elif isinstance(self.dependencies, TaskDependencies):
            dependencies = self.dependencies.to_dict()
        else:
            dependencies = self.dependencies

        constants: list[dict[str, Any]] | None | Unset
        if isinstance(self.constants, Unset):
            constants = UNSET
        elif isinstance(self.constants, list):
            constants = []
            for constants_type_0_item_data in self.constants:
                constants_type_0_item = constants_type_0_item_data.to_dict()
                constants.append(constants_type_0_item)

        else:
            constants = self.constants

        constraints: list[dict[str, Any]] | None | Unset
        if isinstance(self.constraints, Unset):
            constraints = UNSET
        elif isinstance(self.constraints, list):
            constraints = []
            for constraints_type_0_item_data in self.constraints:
                constraints_type_0_item = constraints_type_0_item_data.to_dict()
                constraints.append(constraints_type_0_item)

        else:
            constraints = self.constraints

        forced_constants: list[dict[str, Any]] | None | Unset
        if isinstance(self.forced_constants, Unset):
            forced_constants = UNSET
        elif isinstance(self.forced_constants, list):
            forced_constants = []
            for forced_constants_type_0_item_data in self.forced_constants:
                forced_constants_type_0_item = forced_constants_type_0_item_data.to_dict()
                forced_constants.append(forced_constants_type_0_item)

        else:
            forced_constants = self.forced_constants

        forced_network_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.forced_network_rules, Unset):
            forced_network_rules = UNSET
        elif isinstance(self.forced_network_rules, list):
            forced_network_rules = []
            for forced_network_rules_type_0_item_data in self.forced_network_rules:
                forced_network_rules_type_0_item = forced_network_rules_type_0_item_data.to_dict()
                forced_network_rules.append(forced_network_rules_type_0_item)

        else:
            forced_network_rules = self.forced_network_rules

        secrets_access_rights: dict[str, Any] | None | Unset
        if isinstance(self.secrets_access_rights, Unset):
            secrets_access_rights = UNSET
        elif isinstance(self.secrets_access_rights, SecretsAccessRights):
            secrets_access_rights = self.secrets_access_rights.to_dict()
        else:
            secrets_access_rights = self.secrets_access_rights

        default_resources_cache_ttl_sec: int | None | Unset
        if isinstance(self.default_resources_cache_ttl_sec, Unset):
            default_resources_cache_ttl_sec = UNSET
        else:
            default_resources_cache_ttl_sec = self.default_resources_cache_ttl_sec

        resource_buckets: list[str] | None | Unset
        if isinstance(self.resource_buckets, Unset):
            resource_buckets = UNSET
        elif isinstance(self.resource_buckets, list):
            resource_buckets = self.resource_buckets

        else:
            resource_buckets = self.resource_buckets

        advanced_resource_buckets: list[dict[str, Any]] | None | Unset
        if isinstance(self.advanced_resource_buckets, Unset):
            advanced_resource_buckets = UNSET
        elif isinstance(self.advanced_resource_buckets, list):
            advanced_resource_buckets = []
            for advanced_resource_buckets_type_0_item_data in self.advanced_resource_buckets:
                advanced_resource_buckets_type_0_item = advanced_resource_buckets_type_0_item_data.to_dict()
                advanced_resource_buckets.append(advanced_resource_buckets_type_0_item)

        else:
            advanced_resource_buckets = self.advanced_resource_buckets

        result_bucket: None | str | Unset
        if isinstance(self.result_bucket, Unset):
            result_bucket = UNSET
        else:
            result_bucket = self.result_bucket

        ResultsCacheTTLSec: int | None | Unset
        if isinstance(self.ResultsCacheTTLSec, Unset):
            ResultsCacheTTLSec = UNSET
        else:
            ResultsCacheTTLSec = self.ResultsCacheTTLSec

        resultsCacheTTLSec: int | None | Unset
        if isinstance(self.resultsCacheTTLSec, Unset):
            resultsCacheTTLSec = UNSET
        else:
            resultsCacheTTLSec = self.resultsCacheTTLSec

        results_bucket: None | str | Unset
        if isinstance(self.results_bucket, Unset):
            results_bucket = UNSET
        else:
            results_bucket = self.results_bucket

        results_count: int | None | Unset
        if isinstance(self.results_count, Unset):
            results_count = UNSET
        else:
            results_count = self.results_count

        results_whitelist: None | str | Unset
        if isinstance(self.results_whitelist, Unset):
            results_whitelist = UNSET
        else:
            results_whitelist = self.results_whitelist

        results_blacklist: None | str | Unset
        if isinstance(self.results_blacklist, Unset):
            results_blacklist = UNSET
        else:
            results_blacklist = self.results_blacklist

        results_bucket_prefix: None | str | Unset
        if isinstance(self.results_bucket_prefix, Unset):
            results_bucket_prefix = UNSET
        else:
            results_bucket_prefix = self.results_bucket_prefix

        snapshot_whitelist: None | str | Unset
        if isinstance(self.snapshot_whitelist, Unset):
            snapshot_whitelist = UNSET
        else:
            snapshot_whitelist = self.snapshot_whitelist

        snapshot_blacklist: None | str | Unset
        if isinstance(self.snapshot_blacklist, Unset):
            snapshot_blacklist = UNSET
        else:
            snapshot_blacklist = self.snapshot_blacklist

        snapshot_bucket: None | str | Unset
        if isinstance(self.snapshot_bucket, Unset):
            snapshot_bucket = UNSET
        else:
            snapshot_bucket = self.snapshot_bucket

        snapshot_bucket_prefix: None | str | Unset
        if isinstance(self.snapshot_bucket_prefix, Unset):
            snapshot_bucket_prefix = UNSET
        else:
            snapshot_bucket_prefix = self.snapshot_bucket_prefix

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, Status):
            status = self.status.to_dict()
        else:
            status = self.status

        completed_instances: list[dict[str, Any]] | None | Unset
        if isinstance(self.completed_instances, Unset):
            completed_instances = UNSET
        elif isinstance(self.completed_instances, list):
            completed_instances = []
            for completed_instances_type_0_item_data in self.completed_instances:
                completed_instances_type_0_item = completed_instances_type_0_item_data.to_dict()
                completed_instances.append(completed_instances_type_0_item)

        else:
            completed_instances = self.completed_instances

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        credits_: float | None | Unset
        if isinstance(self.credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = self.credits_

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
        if tags is not UNSET:
            field_dict["tags"] = tags
        if labels is not UNSET:
            field_dict["labels"] = labels
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
        if progress is not UNSET:
            field_dict["progress"] = progress
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if wall_time is not UNSET:
            field_dict["wallTime"] = wall_time
        if snapshot_interval is not UNSET:
            field_dict["snapshotInterval"] = snapshot_interval
        if max_time_queue_seconds is not UNSET:
            field_dict["maxTimeQueueSeconds"] = max_time_queue_seconds
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if advanced_ranges is not UNSET:
            field_dict["advancedRanges"] = advanced_ranges
        if running_instance_count is not UNSET:
            field_dict["runningInstanceCount"] = running_instance_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
        if total_instance_count is not UNSET:
            field_dict["totalInstanceCount"] = total_instance_count
        if cluster_info is not UNSET:
            field_dict["clusterInfo"] = cluster_info
        if max_retries_per_instance is not UNSET:
            field_dict["maxRetriesPerInstance"] = max_retries_per_instance
        if scheduling_type is not UNSET:
            field_dict["schedulingType"] = scheduling_type
        if targeted_reserved_machine_key is not UNSET:
            field_dict["targetedReservedMachineKey"] = targeted_reserved_machine_key
        if targeted_reservation_name is not UNSET:
            field_dict["targetedReservationName"] = targeted_reservation_name
        if hardware_constraints is not UNSET:
            field_dict["hardwareConstraints"] = hardware_constraints
        if privileges is not UNSET:
            field_dict["privileges"] = privileges
        if retry_settings is not UNSET:
            field_dict["retrySettings"] = retry_settings
        if wait_for_pool_resources_synchronization is not UNSET:
            field_dict["waitForPoolResourcesSynchronization"] = wait_for_pool_resources_synchronization
        if upload_results_on_cancellation is not UNSET:
            field_dict["uploadResultsOnCancellation"] = upload_results_on_cancellation
        if auto_delete_on_completion is not UNSET:
            field_dict["autoDeleteOnCompletion"] = auto_delete_on_completion
        if completion_time_to_live is not UNSET:
            field_dict["completionTimeToLive"] = completion_time_to_live
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if constants is not UNSET:
            field_dict["constants"] = constants
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if forced_constants is not UNSET:
            field_dict["forcedConstants"] = forced_constants
        if forced_network_rules is not UNSET:
            field_dict["forcedNetworkRules"] = forced_network_rules
        if secrets_access_rights is not UNSET:
            field_dict["secretsAccessRights"] = secrets_access_rights
        if default_resources_cache_ttl_sec is not UNSET:
            field_dict["defaultResourcesCacheTTLSec"] = default_resources_cache_ttl_sec
        if resource_buckets is not UNSET:
            field_dict["resourceBuckets"] = resource_buckets
        if advanced_resource_buckets is not UNSET:
            field_dict["advancedResourceBuckets"] = advanced_resource_buckets
        if result_bucket is not UNSET:
            field_dict["resultBucket"] = result_bucket
        if ResultsCacheTTLSec is not UNSET:
            field_dict["ResultsCacheTTLSec"] = ResultsCacheTTLSec
        if resultsCacheTTLSec is not UNSET:
            field_dict["resultsCacheTTLSec"] = resultsCacheTTLSec
        if results_bucket is not UNSET:
            field_dict["resultsBucket"] = results_bucket
        if results_count is not UNSET:
            field_dict["resultsCount"] = results_count
        if results_whitelist is not UNSET:
            field_dict["resultsWhitelist"] = results_whitelist
        if results_blacklist is not UNSET:
            field_dict["resultsBlacklist"] = results_blacklist
        if results_bucket_prefix is not UNSET:
            field_dict["resultsBucketPrefix"] = results_bucket_prefix
        if snapshot_whitelist is not UNSET:
            field_dict["snapshotWhitelist"] = snapshot_whitelist
        if snapshot_blacklist is not UNSET:
            field_dict["snapshotBlacklist"] = snapshot_blacklist
        if snapshot_bucket is not UNSET:
            field_dict["snapshotBucket"] = snapshot_bucket
        if snapshot_bucket_prefix is not UNSET:
            field_dict["snapshotBucketPrefix"] = snapshot_bucket_prefix
        if status is not UNSET:
            field_dict["status"] = status
        if completed_instances is not UNSET:
            field_dict["completedInstances"] = completed_instances
        if errors is not UNSET:
            field_dict["errors"] = errors
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

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

        tags = get("tags", UNSET)
        if tags is not None and tags is not UNSET:
            try:
                if not isinstance(tags, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], tags)

                tags = tags_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        labels = get("labels", UNSET)
        if labels is not None and labels is not UNSET:
            try:
                if not isinstance(labels, dict):
                    raise TypeError()
                labels_type_0 = Labels.from_dict(labels)

                labels = labels_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        state = get("state", UNSET)
        if isinstance(state, str):
            state = TaskState.parse(state)

        previous_state = get("previousState", UNSET)
        if isinstance(previous_state, str):
            previous_state = TaskState.parse(previous_state)

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

        progress = get("progress", UNSET)

        execution_time = get("executionTime", UNSET)

        wall_time = get("wallTime", UNSET)

        snapshot_interval = get("snapshotInterval", UNSET)

        max_time_queue_seconds = get("maxTimeQueueSeconds", UNSET)

        instance_count = get("instanceCount", UNSET)

        advanced_ranges = get("advancedRanges", UNSET)

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

        max_retries_per_instance = get("maxRetriesPerInstance", UNSET)

        scheduling_type = get("schedulingType", UNSET)
        if isinstance(scheduling_type, str):
            scheduling_type = SchedulingType.parse(scheduling_type)

        targeted_reserved_machine_key = get("targetedReservedMachineKey", UNSET)

        targeted_reservation_name = get("targetedReservationName", UNSET)

        hardware_constraints = get("hardwareConstraints", UNSET)
        if hardware_constraints is not None and hardware_constraints is not UNSET:
            try:
                if not isinstance(hardware_constraints, list):
                    raise TypeError()
                hardware_constraints_type_0 = []
                _hardware_constraints_type_0 = hardware_constraints
                for hardware_constraints_type_0_item_data in _hardware_constraints_type_0:
                    hardware_constraints_type_0_item = hardware_constraints_type_0_item_data

                    def _parse_hardware_constraints_type_0_item(
                        data: object,
                    ) -> (
                        CpuModelHardwareConstraint
                        | GpuHardwareConstraint
                        | MaximumCoreHardwareConstraint
                        | MaximumRamCoreRatioHardwareConstraint
                        | MaximumRamHardwareConstraint
                        | MinimumCoreHardwareConstraint
                        | MinimumRamCoreRatioHardwareConstraint
                        | MinimumRamHardwareConstraint
                        | NoGpuHardwareConstraint
                        | NoSSDHardwareConstraint
                        | SpecificHardwareConstraint
                        | SSDHardwareConstraint
                        | UnknownHardwareConstraint
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_0 = MinimumCoreHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_1 = MaximumCoreHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_2 = MinimumRamHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_3 = MaximumRamHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_4 = (
                                MinimumRamCoreRatioHardwareConstraint.from_dict(data)
                            )

                            return componentsschemas_hardware_constraint_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_5 = (
                                MaximumRamCoreRatioHardwareConstraint.from_dict(data)
                            )

                            return componentsschemas_hardware_constraint_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_6 = SpecificHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_7 = CpuModelHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_8 = GpuHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_9 = NoGpuHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_10 = SSDHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_11 = NoSSDHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_hardware_constraint_type_12 = UnknownHardwareConstraint.from_dict(data)

                        return componentsschemas_hardware_constraint_type_12

                    hardware_constraints_type_0_item = _parse_hardware_constraints_type_0_item(
                        hardware_constraints_type_0_item
                    )

                    hardware_constraints_type_0.append(hardware_constraints_type_0_item)

                hardware_constraints = hardware_constraints_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        privileges = get("privileges", UNSET)
        if privileges is not None and privileges is not UNSET:
            try:
                if not isinstance(privileges, dict):
                    raise TypeError()
                privileges_type_0 = Privileges.from_dict(privileges)

                privileges = privileges_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        retry_settings = get("retrySettings", UNSET)
        if retry_settings is not None and retry_settings is not UNSET:
            try:
                if not isinstance(retry_settings, dict):
                    raise TypeError()
                retry_settings_type_0 = RetrySettings.from_dict(retry_settings)

                retry_settings = retry_settings_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        wait_for_pool_resources_synchronization = get("waitForPoolResourcesSynchronization", UNSET)

        upload_results_on_cancellation = get("uploadResultsOnCancellation", UNSET)

        auto_delete_on_completion = get("autoDeleteOnCompletion", UNSET)

        completion_time_to_live = get("completionTimeToLive", UNSET)

        dependencies = get("dependencies", UNSET)
        if dependencies is not None and dependencies is not UNSET:
            try:
                if not isinstance(dependencies, dict):
                    raise TypeError()
                dependencies_type_0 = TaskDependencies.from_dict(dependencies)

                dependencies = dependencies_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        constants = get("constants", UNSET)
        if constants is not None and constants is not UNSET:
            try:
                if not isinstance(constants, list):
                    raise TypeError()
                constants_type_0 = []
                _constants_type_0 = constants
                for constants_type_0_item_data in _constants_type_0:
                    constants_type_0_item = KeyValue.from_dict(constants_type_0_item_data)

                    constants_type_0.append(constants_type_0_item)

                constants = constants_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        constraints = get("constraints", UNSET)
        if constraints is not None and constraints is not UNSET:
            try:
                if not isinstance(constraints, list):
                    raise TypeError()
                constraints_type_0 = []
                _constraints_type_0 = constraints
                for constraints_type_0_item_data in _constraints_type_0:
                    constraints_type_0_item = KeyValue.from_dict(constraints_type_0_item_data)

                    constraints_type_0.append(constraints_type_0_item)

                constraints = constraints_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        forced_constants = get("forcedConstants", UNSET)
        if forced_constants is not None and forced_constants is not UNSET:
            try:
                if not isinstance(forced_constants, list):
                    raise TypeError()
                forced_constants_type_0 = []
                _forced_constants_type_0 = forced_constants
                for forced_constants_type_0_item_data in _forced_constants_type_0:
                    forced_constants_type_0_item = ForcedConstant.from_dict(forced_constants_type_0_item_data)

                    forced_constants_type_0.append(forced_constants_type_0_item)

                forced_constants = forced_constants_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        forced_network_rules = get("forcedNetworkRules", UNSET)
        if forced_network_rules is not None and forced_network_rules is not UNSET:
            try:
                if not isinstance(forced_network_rules, list):
                    raise TypeError()
                forced_network_rules_type_0 = []
                _forced_network_rules_type_0 = forced_network_rules
                for forced_network_rules_type_0_item_data in _forced_network_rules_type_0:
                    forced_network_rules_type_0_item = ForcedNetworkRule.from_dict(
                        forced_network_rules_type_0_item_data
                    )

                    forced_network_rules_type_0.append(forced_network_rules_type_0_item)

                forced_network_rules = forced_network_rules_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        secrets_access_rights = get("secretsAccessRights", UNSET)
        if secrets_access_rights is not None and secrets_access_rights is not UNSET:
            try:
                if not isinstance(secrets_access_rights, dict):
                    raise TypeError()
                secrets_access_rights_type_0 = SecretsAccessRights.from_dict(secrets_access_rights)

                secrets_access_rights = secrets_access_rights_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        default_resources_cache_ttl_sec = get("defaultResourcesCacheTTLSec", UNSET)

        resource_buckets = get("resourceBuckets", UNSET)
        if resource_buckets is not None and resource_buckets is not UNSET:
            try:
                if not isinstance(resource_buckets, list):
                    raise TypeError()
                resource_buckets_type_0 = cast(list[str], resource_buckets)

                resource_buckets = resource_buckets_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        advanced_resource_buckets = get("advancedResourceBuckets", UNSET)
        if advanced_resource_buckets is not None and advanced_resource_buckets is not UNSET:
            try:
                if not isinstance(advanced_resource_buckets, list):
                    raise TypeError()
                advanced_resource_buckets_type_0 = []
                _advanced_resource_buckets_type_0 = advanced_resource_buckets
                for advanced_resource_buckets_type_0_item_data in _advanced_resource_buckets_type_0:
                    advanced_resource_buckets_type_0_item = AdvancedResourceBucket.from_dict(
                        advanced_resource_buckets_type_0_item_data
                    )

                    advanced_resource_buckets_type_0.append(advanced_resource_buckets_type_0_item)

                advanced_resource_buckets = advanced_resource_buckets_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        result_bucket = get("resultBucket", UNSET)

        ResultsCacheTTLSec = get("ResultsCacheTTLSec", UNSET)

        resultsCacheTTLSec = get("resultsCacheTTLSec", UNSET)

        results_bucket = get("resultsBucket", UNSET)

        results_count = get("resultsCount", UNSET)

        results_whitelist = get("resultsWhitelist", UNSET)

        results_blacklist = get("resultsBlacklist", UNSET)

        results_bucket_prefix = get("resultsBucketPrefix", UNSET)

        snapshot_whitelist = get("snapshotWhitelist", UNSET)

        snapshot_blacklist = get("snapshotBlacklist", UNSET)

        snapshot_bucket = get("snapshotBucket", UNSET)

        snapshot_bucket_prefix = get("snapshotBucketPrefix", UNSET)

        status = get("status", UNSET)
        if status.__class__ is dict:
            status = Undecoded(status)
        elif status is not None and status is not UNSET:
            status = _decode_status(status)

        completed_instances = get("completedInstances", UNSET)
        if completed_instances is not None and completed_instances is not UNSET:
            try:
                if not isinstance(completed_instances, list):
                    raise TypeError()
                completed_instances_type_0 = []
                _completed_instances_type_0 = completed_instances
                for completed_instances_type_0_item_data in _completed_instances_type_0:
                    completed_instances_type_0_item = CompletedInstance.from_dict(completed_instances_type_0_item_data)

                    completed_instances_type_0.append(completed_instances_type_0_item)

                completed_instances = completed_instances_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        errors = get("errors", UNSET)
        if errors is not None and errors is not UNSET:
            try:
                if not isinstance(errors, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = errors
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = ExecutionError.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                errors = errors_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        credits_ = get("credits", UNSET)

        if (ResultsCacheTTLSec is UNSET or ResultsCacheTTLSec is None) and resultsCacheTTLSec is not UNSET:
            ResultsCacheTTLSec = resultsCacheTTLSec
        elif (resultsCacheTTLSec is UNSET or resultsCacheTTLSec is None) and ResultsCacheTTLSec is not UNSET:
            resultsCacheTTLSec = ResultsCacheTTLSec

        task = cls(
            uuid,
            name,
            shortname,
            profile,
            pool_uuid,
            job_uuid,
            project_uuid,
            tags,
            labels,
            state,
            previous_state,
            state_transition_time,
            previous_state_transition_time,
            creation_date,
            last_modified,
            end_date,
            progress,
            execution_time,
            wall_time,
            snapshot_interval,
            max_time_queue_seconds,
            instance_count,
            advanced_ranges,
            running_instance_count,
            running_core_count,
            total_instance_count,
            cluster_info,
            max_retries_per_instance,
            scheduling_type,
            targeted_reserved_machine_key,
            targeted_reservation_name,
            hardware_constraints,
            privileges,
            retry_settings,
            wait_for_pool_resources_synchronization,
            upload_results_on_cancellation,
            auto_delete_on_completion,
            completion_time_to_live,
            dependencies,
            constants,
            constraints,
            forced_constants,
            forced_network_rules,
            secrets_access_rights,
            default_resources_cache_ttl_sec,
            resource_buckets,
            advanced_resource_buckets,
            result_bucket,
            ResultsCacheTTLSec,
            resultsCacheTTLSec,
            results_bucket,
            results_count,
            results_whitelist,
            results_blacklist,
            results_bucket_prefix,
            snapshot_whitelist,
            snapshot_blacklist,
            snapshot_bucket,
            snapshot_bucket_prefix,
            status,
            completed_instances,
            errors,
            credits_,
        )

        if not _KEYS.issuperset(src_dict):
            task.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return task

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
setattr(Task, "additional_properties", DictOnFirstRead(Task.__dict__["additional_properties"]))  # noqa: B010


def _decode_status(data: Any) -> None | Status | Unset:
    """`status` as from_dict decodes it eagerly (run on the attribute's first read)."""
    if _PENDING:
        _resolve()
    status = data
    if status is not None and status is not UNSET:
        try:
            if not isinstance(status, dict):
                raise TypeError()
            status_type_0 = Status.from_dict(status)

            status = status_type_0

        except (TypeError, ValueError, AttributeError, KeyError):
            pass

    return cast("None | Status | Unset", status)


# `status` (a model of many fields) becomes a model when first read, not when the answer arrives
setattr(Task, "status", DecodedOnFirstRead(Task.__dict__["status"], _decode_status))  # noqa: B010


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
        "tags",
        "labels",
        "state",
        "previousState",
        "stateTransitionTime",
        "previousStateTransitionTime",
        "creationDate",
        "lastModified",
        "endDate",
        "progress",
        "executionTime",
        "wallTime",
        "snapshotInterval",
        "maxTimeQueueSeconds",
        "instanceCount",
        "advancedRanges",
        "runningInstanceCount",
        "runningCoreCount",
        "totalInstanceCount",
        "clusterInfo",
        "maxRetriesPerInstance",
        "schedulingType",
        "targetedReservedMachineKey",
        "targetedReservationName",
        "hardwareConstraints",
        "privileges",
        "retrySettings",
        "waitForPoolResourcesSynchronization",
        "uploadResultsOnCancellation",
        "autoDeleteOnCompletion",
        "completionTimeToLive",
        "dependencies",
        "constants",
        "constraints",
        "forcedConstants",
        "forcedNetworkRules",
        "secretsAccessRights",
        "defaultResourcesCacheTTLSec",
        "resourceBuckets",
        "advancedResourceBuckets",
        "resultBucket",
        "ResultsCacheTTLSec",
        "resultsCacheTTLSec",
        "resultsBucket",
        "resultsCount",
        "resultsWhitelist",
        "resultsBlacklist",
        "resultsBucketPrefix",
        "snapshotWhitelist",
        "snapshotBlacklist",
        "snapshotBucket",
        "snapshotBucketPrefix",
        "status",
        "completedInstances",
        "errors",
        "credits",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global AdvancedResourceBucket
    global CompletedInstance
    global CpuModelHardwareConstraint
    global ExecutionError
    global ForcedConstant
    global ForcedNetworkRule
    global GpuHardwareConstraint
    global KeyValue
    global Labels
    global MaximumCoreHardwareConstraint
    global MaximumRamCoreRatioHardwareConstraint
    global MaximumRamHardwareConstraint
    global MinimumCoreHardwareConstraint
    global MinimumRamCoreRatioHardwareConstraint
    global MinimumRamHardwareConstraint
    global NoGpuHardwareConstraint
    global NoSSDHardwareConstraint
    global Privileges
    global RetrySettings
    global SecretsAccessRights
    global SpecificHardwareConstraint
    global SSDHardwareConstraint
    global Status
    global TaskClusterInfo
    global TaskDependencies
    global UnknownHardwareConstraint
    from ..models.advanced_resource_bucket import AdvancedResourceBucket
    from ..models.completed_instance import CompletedInstance
    from ..models.cpu_model_hardware_constraint import CpuModelHardwareConstraint
    from ..models.execution_error import ExecutionError
    from ..models.forced_constant import ForcedConstant
    from ..models.forced_network_rule import ForcedNetworkRule
    from ..models.gpu_hardware_constraint import GpuHardwareConstraint
    from ..models.key_value import KeyValue
    from ..models.labels import Labels
    from ..models.maximum_core_hardware_constraint import MaximumCoreHardwareConstraint
    from ..models.maximum_ram_core_ratio_hardware_constraint import MaximumRamCoreRatioHardwareConstraint
    from ..models.maximum_ram_hardware_constraint import MaximumRamHardwareConstraint
    from ..models.minimum_core_hardware_constraint import MinimumCoreHardwareConstraint
    from ..models.minimum_ram_core_ratio_hardware_constraint import MinimumRamCoreRatioHardwareConstraint
    from ..models.minimum_ram_hardware_constraint import MinimumRamHardwareConstraint
    from ..models.no_gpu_hardware_constraint import NoGpuHardwareConstraint
    from ..models.no_ssd_hardware_constraint import NoSSDHardwareConstraint
    from ..models.privileges import Privileges
    from ..models.retry_settings import RetrySettings
    from ..models.secrets_access_rights import SecretsAccessRights
    from ..models.specific_hardware_constraint import SpecificHardwareConstraint
    from ..models.ssd_hardware_constraint import SSDHardwareConstraint
    from ..models.status import Status
    from ..models.task_cluster_info import TaskClusterInfo
    from ..models.task_dependencies import TaskDependencies
    from ..models.unknown_hardware_constraint import UnknownHardwareConstraint

    _PENDING = False
