from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_state import PoolState
from ..models.scheduling_type import SchedulingType
from ..types import UNSET, DecodedOnFirstRead, DictOnFirstRead, Undecoded, Unset

if TYPE_CHECKING:
    from ..models.advanced_resource_bucket import AdvancedResourceBucket
    from ..models.cpu_model_hardware_constraint import CpuModelHardwareConstraint
    from ..models.elastic_property import ElasticProperty
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
    from ..models.multi_slots_settings import MultiSlotsSettings
    from ..models.no_gpu_hardware_constraint import NoGpuHardwareConstraint
    from ..models.no_ssd_hardware_constraint import NoSSDHardwareConstraint
    from ..models.preparation_task import PreparationTask
    from ..models.privileges import Privileges
    from ..models.retry_settings import RetrySettings
    from ..models.scaling import Scaling
    from ..models.secrets_access_rights import SecretsAccessRights
    from ..models.specific_hardware_constraint import SpecificHardwareConstraint
    from ..models.ssd_hardware_constraint import SSDHardwareConstraint
    from ..models.status import Status
    from ..models.unknown_hardware_constraint import UnknownHardwareConstraint


T = TypeVar("T", bound="Pool")


@_attrs_define
class Pool:
    """A pool, as returned by `GET /pools/{poolId}` and the pool listings.

    Attributes:
        uuid (str | Unset): Uuid of the pool.
        name (None | str | Unset): Name of the pool.
        shortname (None | str | Unset): Unique, DNS-compliant short name; defaults to the uuid.
        profile (None | str | Unset): Execution profile of the nodes.
        project_uuid (None | str | Unset): Organization project.
        state (None | PoolState | str | Unset): Current state (see `PoolState`; any other string is possible).
        previous_state (None | PoolState | str | Unset): Previous state (any string is possible).
        state_transition_time (datetime.datetime | None | Unset): Time of the last state change.
        previous_state_transition_time (datetime.datetime | None | Unset): Time of the previous state change.
        last_modified (datetime.datetime | None | Unset): Last modification time.
        creation_date (datetime.datetime | None | Unset): Creation time.
        end_date (datetime.datetime | None | Unset): End time; `0001-01-01T00:00:00Z` while running.
        instance_count (int | None | Unset): Number of nodes (non-elastic pools).
        running_instance_count (int | None | Unset): Nodes running now.
        target_running_instance_count (int | None | Unset): Instances the scaling policy wants running (Qarnot's
            published document).
        running_core_count (int | None | Unset): Cores running now.
        execution_time (None | str | Unset): Cumulated execution time.
        wall_time (None | str | Unset): Elapsed wall-clock time.
        max_time_queue_seconds (int | None | Unset): Fail if queued longer than this many seconds without resources.
        constants (list[KeyValue] | None | Unset): Constants (profile parameters such as `DOCKER_CMD`), as key/value
            pairs.
        constraints (list[KeyValue] | None | Unset): Constraints (advanced usage), as key/value pairs.
        forced_constants (list[ForcedConstant] | None | Unset): Constants forced by the platform (internal use).
        forced_network_rules (list[ForcedNetworkRule] | None | Unset): Network rules forced on the instances (internal
            use).
        labels (Labels | None | Unset): Free key/value metadata.
        tags (list[str] | None | Unset): Free tags (filterable).
        errors (list[ExecutionError] | None | Unset): Errors reported on the pool.
        resource_buckets (list[str] | None | Unset): Resource bucket names (legacy form).
        advanced_resource_buckets (list[AdvancedResourceBucket] | None | Unset): Resource buckets with filtering, path
            transformation and cache settings.
        status (None | Status | Unset): Progress and timing of the nodes.
        elastic_property (ElasticProperty | None | Unset): Elastic sizing (deprecated in favour of `scaling`).
        scaling (None | Scaling | Unset): Scaling policies.
        preparation_task (None | PreparationTask | Unset): Command run on each node before any task.
        auto_delete_on_completion (bool | None | Unset): Delete automatically once finished.
        completion_time_to_live (None | str | Unset): Delay before an automatic deletion once finished (`00:00:00` by
            default).
        task_default_wait_for_pool_resources_synchronization (bool | None | Unset): Default of the tasks'
            `waitForPoolResourcesSynchronization`.
        queued_or_running_task_instances_count (float | None | Unset): Task instances queued or running in the pool.
        total_slot_capacity (int | None | Unset): Slots of the pool.
        pool_usage (float | None | Unset): Usage ratio, e.g. `0.91`.
        hardware_constraints (list[CpuModelHardwareConstraint | GpuHardwareConstraint | MaximumCoreHardwareConstraint |
            MaximumRamCoreRatioHardwareConstraint | MaximumRamHardwareConstraint | MinimumCoreHardwareConstraint |
            MinimumRamCoreRatioHardwareConstraint | MinimumRamHardwareConstraint | NoGpuHardwareConstraint |
            NoSSDHardwareConstraint | SpecificHardwareConstraint | SSDHardwareConstraint | UnknownHardwareConstraint] | None
            | Unset): Hardware requirements.
        default_resources_cache_ttl_sec (int | None | Unset): Default cache time-to-live of the resource buckets,
            seconds.
        privileges (None | Privileges | Unset): Privileges granted to the instances.
        default_retry_settings (None | RetrySettings | Unset): Automatic retries of failed instances of the tasks of the
            pool.
        multi_slots_settings (MultiSlotsSettings | None | Unset): Several task slots per node.
        secrets_access_rights (None | SecretsAccessRights | Unset): Secrets the instances may read.
        scheduling_type (None | SchedulingType | str | Unset): Scheduling class (see `SchedulingType`; any string is
            possible).
        targeted_reserved_machine_key (None | str | Unset): Deprecated, superseded by `targetedReservationName`.
        targeted_reservation_name (None | str | Unset): Reservation targeted (with `schedulingType` `Reserved`).
        credits_ (float | None | Unset): Credits consumed (meaning not documented).
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
    last_modified: datetime.datetime | None | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    instance_count: int | None | Unset = UNSET
    running_instance_count: int | None | Unset = UNSET
    target_running_instance_count: int | None | Unset = UNSET
    running_core_count: int | None | Unset = UNSET
    execution_time: None | str | Unset = UNSET
    wall_time: None | str | Unset = UNSET
    max_time_queue_seconds: int | None | Unset = UNSET
    constants: list[KeyValue] | None | Unset = UNSET
    constraints: list[KeyValue] | None | Unset = UNSET
    forced_constants: list[ForcedConstant] | None | Unset = UNSET
    forced_network_rules: list[ForcedNetworkRule] | None | Unset = UNSET
    labels: Labels | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    errors: list[ExecutionError] | None | Unset = UNSET
    resource_buckets: list[str] | None | Unset = UNSET
    advanced_resource_buckets: list[AdvancedResourceBucket] | None | Unset = UNSET
    status: None | Status | Unset = UNSET
    elastic_property: ElasticProperty | None | Unset = UNSET
    scaling: None | Scaling | Unset = UNSET
    preparation_task: None | PreparationTask | Unset = UNSET
    auto_delete_on_completion: bool | None | Unset = UNSET
    completion_time_to_live: None | str | Unset = UNSET
    task_default_wait_for_pool_resources_synchronization: bool | None | Unset = UNSET
    queued_or_running_task_instances_count: float | None | Unset = UNSET
    total_slot_capacity: int | None | Unset = UNSET
    pool_usage: float | None | Unset = UNSET
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
    default_resources_cache_ttl_sec: int | None | Unset = UNSET
    privileges: None | Privileges | Unset = UNSET
    default_retry_settings: None | RetrySettings | Unset = UNSET
    multi_slots_settings: MultiSlotsSettings | None | Unset = UNSET
    secrets_access_rights: None | SecretsAccessRights | Unset = UNSET
    scheduling_type: None | SchedulingType | str | Unset = UNSET
    targeted_reserved_machine_key: None | str | Unset = UNSET
    targeted_reservation_name: None | str | Unset = UNSET
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

        target_running_instance_count: int | None | Unset
        if isinstance(self.target_running_instance_count, Unset):
            target_running_instance_count = UNSET
        else:
            target_running_instance_count = self.target_running_instance_count

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

        max_time_queue_seconds: int | None | Unset
        if isinstance(self.max_time_queue_seconds, Unset):
            max_time_queue_seconds = UNSET
        else:
            max_time_queue_seconds = self.max_time_queue_seconds

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

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, Labels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, Status):
            status = self.status.to_dict()
        else:
            status = self.status

        elastic_property: dict[str, Any] | None | Unset
        if isinstance(self.elastic_property, Unset):
            elastic_property = UNSET
        elif isinstance(self.elastic_property, ElasticProperty):
            elastic_property = self.elastic_property.to_dict()
        else:
            elastic_property = self.elastic_property

        scaling: dict[str, Any] | None | Unset
        if isinstance(self.scaling, Unset):
            scaling = UNSET
        elif isinstance(self.scaling, Scaling):
            scaling = self.scaling.to_dict()
        else:
            scaling = self.scaling

        preparation_task: dict[str, Any] | None | Unset
        if isinstance(self.preparation_task, Unset):
            preparation_task = UNSET
        elif isinstance(self.preparation_task, PreparationTask):
            preparation_task = self.preparation_task.to_dict()
        else:
            preparation_task = self.preparation_task

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

        task_default_wait_for_pool_resources_synchronization: bool | None | Unset
        if isinstance(self.task_default_wait_for_pool_resources_synchronization, Unset):
            task_default_wait_for_pool_resources_synchronization = UNSET
        else:
            task_default_wait_for_pool_resources_synchronization = (
                self.task_default_wait_for_pool_resources_synchronization
            )

        queued_or_running_task_instances_count: float | None | Unset
        if isinstance(self.queued_or_running_task_instances_count, Unset):
            queued_or_running_task_instances_count = UNSET
        else:
            queued_or_running_task_instances_count = self.queued_or_running_task_instances_count

        total_slot_capacity: int | None | Unset
        if isinstance(self.total_slot_capacity, Unset):
            total_slot_capacity = UNSET
        else:
            total_slot_capacity = self.total_slot_capacity

        pool_usage: float | None | Unset
        if isinstance(self.pool_usage, Unset):
            pool_usage = UNSET
        else:
            pool_usage = self.pool_usage

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

        default_resources_cache_ttl_sec: int | None | Unset
        if isinstance(self.default_resources_cache_ttl_sec, Unset):
            default_resources_cache_ttl_sec = UNSET
        else:
            default_resources_cache_ttl_sec = self.default_resources_cache_ttl_sec

        privileges: dict[str, Any] | None | Unset
        if isinstance(self.privileges, Unset):
            privileges = UNSET
        elif isinstance(self.privileges, Privileges):
            privileges = self.privileges.to_dict()
        else:
            privileges = self.privileges

        default_retry_settings: dict[str, Any] | None | Unset
        if isinstance(self.default_retry_settings, Unset):
            default_retry_settings = UNSET
        elif isinstance(self.default_retry_settings, RetrySettings):
            default_retry_settings = self.default_retry_settings.to_dict()
        else:
            default_retry_settings = self.default_retry_settings

        multi_slots_settings: dict[str, Any] | None | Unset
        if isinstance(self.multi_slots_settings, Unset):
            multi_slots_settings = UNSET
        elif isinstance(self.multi_slots_settings, MultiSlotsSettings):
            multi_slots_settings = self.multi_slots_settings.to_dict()
        else:
            multi_slots_settings = self.multi_slots_settings

        secrets_access_rights: dict[str, Any] | None | Unset
        if isinstance(self.secrets_access_rights, Unset):
            secrets_access_rights = UNSET
        elif isinstance(self.secrets_access_rights, SecretsAccessRights):
            secrets_access_rights = self.secrets_access_rights.to_dict()
        else:
            secrets_access_rights = self.secrets_access_rights

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
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if running_instance_count is not UNSET:
            field_dict["runningInstanceCount"] = running_instance_count
        if target_running_instance_count is not UNSET:
            field_dict["targetRunningInstanceCount"] = target_running_instance_count
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if wall_time is not UNSET:
            field_dict["wallTime"] = wall_time
        if max_time_queue_seconds is not UNSET:
            field_dict["maxTimeQueueSeconds"] = max_time_queue_seconds
        if constants is not UNSET:
            field_dict["constants"] = constants
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if forced_constants is not UNSET:
            field_dict["forcedConstants"] = forced_constants
        if forced_network_rules is not UNSET:
            field_dict["forcedNetworkRules"] = forced_network_rules
        if labels is not UNSET:
            field_dict["labels"] = labels
        if tags is not UNSET:
            field_dict["tags"] = tags
        if errors is not UNSET:
            field_dict["errors"] = errors
        if resource_buckets is not UNSET:
            field_dict["resourceBuckets"] = resource_buckets
        if advanced_resource_buckets is not UNSET:
            field_dict["advancedResourceBuckets"] = advanced_resource_buckets
        if status is not UNSET:
            field_dict["status"] = status
        if elastic_property is not UNSET:
            field_dict["elasticProperty"] = elastic_property
        if scaling is not UNSET:
            field_dict["scaling"] = scaling
        if preparation_task is not UNSET:
            field_dict["preparationTask"] = preparation_task
        if auto_delete_on_completion is not UNSET:
            field_dict["autoDeleteOnCompletion"] = auto_delete_on_completion
        if completion_time_to_live is not UNSET:
            field_dict["completionTimeToLive"] = completion_time_to_live
        if task_default_wait_for_pool_resources_synchronization is not UNSET:
            field_dict["taskDefaultWaitForPoolResourcesSynchronization"] = (
                task_default_wait_for_pool_resources_synchronization
            )
        if queued_or_running_task_instances_count is not UNSET:
            field_dict["queuedOrRunningTaskInstancesCount"] = queued_or_running_task_instances_count
        if total_slot_capacity is not UNSET:
            field_dict["totalSlotCapacity"] = total_slot_capacity
        if pool_usage is not UNSET:
            field_dict["poolUsage"] = pool_usage
        if hardware_constraints is not UNSET:
            field_dict["hardwareConstraints"] = hardware_constraints
        if default_resources_cache_ttl_sec is not UNSET:
            field_dict["defaultResourcesCacheTTLSec"] = default_resources_cache_ttl_sec
        if privileges is not UNSET:
            field_dict["privileges"] = privileges
        if default_retry_settings is not UNSET:
            field_dict["defaultRetrySettings"] = default_retry_settings
        if multi_slots_settings is not UNSET:
            field_dict["multiSlotsSettings"] = multi_slots_settings
        if secrets_access_rights is not UNSET:
            field_dict["secretsAccessRights"] = secrets_access_rights
        if scheduling_type is not UNSET:
            field_dict["schedulingType"] = scheduling_type
        if targeted_reserved_machine_key is not UNSET:
            field_dict["targetedReservedMachineKey"] = targeted_reserved_machine_key
        if targeted_reservation_name is not UNSET:
            field_dict["targetedReservationName"] = targeted_reservation_name
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

        instance_count = get("instanceCount", UNSET)

        running_instance_count = get("runningInstanceCount", UNSET)

        target_running_instance_count = get("targetRunningInstanceCount", UNSET)

        running_core_count = get("runningCoreCount", UNSET)

        execution_time = get("executionTime", UNSET)

        wall_time = get("wallTime", UNSET)

        max_time_queue_seconds = get("maxTimeQueueSeconds", UNSET)

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

        labels = get("labels", UNSET)
        if labels is not None and labels is not UNSET:
            try:
                if not isinstance(labels, dict):
                    raise TypeError()
                labels_type_0 = Labels.from_dict(labels)

                labels = labels_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tags = get("tags", UNSET)
        if tags is not None and tags is not UNSET:
            try:
                if not isinstance(tags, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], tags)

                tags = tags_type_0

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

        status = get("status", UNSET)
        if status.__class__ is dict:
            status = Undecoded(status)
        elif status is not None and status is not UNSET:
            status = _decode_status(status)

        elastic_property = get("elasticProperty", UNSET)
        if elastic_property is not None and elastic_property is not UNSET:
            try:
                if not isinstance(elastic_property, dict):
                    raise TypeError()
                elastic_property_type_0 = ElasticProperty.from_dict(elastic_property)

                elastic_property = elastic_property_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        scaling = get("scaling", UNSET)
        if scaling is not None and scaling is not UNSET:
            try:
                if not isinstance(scaling, dict):
                    raise TypeError()
                scaling_type_0 = Scaling.from_dict(scaling)

                scaling = scaling_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        preparation_task = get("preparationTask", UNSET)
        if preparation_task is not None and preparation_task is not UNSET:
            try:
                if not isinstance(preparation_task, dict):
                    raise TypeError()
                preparation_task_type_0 = PreparationTask.from_dict(preparation_task)

                preparation_task = preparation_task_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        auto_delete_on_completion = get("autoDeleteOnCompletion", UNSET)

        completion_time_to_live = get("completionTimeToLive", UNSET)

        task_default_wait_for_pool_resources_synchronization = get(
            "taskDefaultWaitForPoolResourcesSynchronization", UNSET
        )

        queued_or_running_task_instances_count = get("queuedOrRunningTaskInstancesCount", UNSET)

        total_slot_capacity = get("totalSlotCapacity", UNSET)

        pool_usage = get("poolUsage", UNSET)

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

        default_resources_cache_ttl_sec = get("defaultResourcesCacheTTLSec", UNSET)

        privileges = get("privileges", UNSET)
        if privileges is not None and privileges is not UNSET:
            try:
                if not isinstance(privileges, dict):
                    raise TypeError()
                privileges_type_0 = Privileges.from_dict(privileges)

                privileges = privileges_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        default_retry_settings = get("defaultRetrySettings", UNSET)
        if default_retry_settings is not None and default_retry_settings is not UNSET:
            try:
                if not isinstance(default_retry_settings, dict):
                    raise TypeError()
                default_retry_settings_type_0 = RetrySettings.from_dict(default_retry_settings)

                default_retry_settings = default_retry_settings_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        multi_slots_settings = get("multiSlotsSettings", UNSET)
        if multi_slots_settings is not None and multi_slots_settings is not UNSET:
            try:
                if not isinstance(multi_slots_settings, dict):
                    raise TypeError()
                multi_slots_settings_type_0 = MultiSlotsSettings.from_dict(multi_slots_settings)

                multi_slots_settings = multi_slots_settings_type_0

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

        scheduling_type = get("schedulingType", UNSET)
        if isinstance(scheduling_type, str):
            scheduling_type = SchedulingType.parse(scheduling_type)

        targeted_reserved_machine_key = get("targetedReservedMachineKey", UNSET)

        targeted_reservation_name = get("targetedReservationName", UNSET)

        credits_ = get("credits", UNSET)

        pool = cls(
            uuid,
            name,
            shortname,
            profile,
            project_uuid,
            state,
            previous_state,
            state_transition_time,
            previous_state_transition_time,
            last_modified,
            creation_date,
            end_date,
            instance_count,
            running_instance_count,
            target_running_instance_count,
            running_core_count,
            execution_time,
            wall_time,
            max_time_queue_seconds,
            constants,
            constraints,
            forced_constants,
            forced_network_rules,
            labels,
            tags,
            errors,
            resource_buckets,
            advanced_resource_buckets,
            status,
            elastic_property,
            scaling,
            preparation_task,
            auto_delete_on_completion,
            completion_time_to_live,
            task_default_wait_for_pool_resources_synchronization,
            queued_or_running_task_instances_count,
            total_slot_capacity,
            pool_usage,
            hardware_constraints,
            default_resources_cache_ttl_sec,
            privileges,
            default_retry_settings,
            multi_slots_settings,
            secrets_access_rights,
            scheduling_type,
            targeted_reserved_machine_key,
            targeted_reservation_name,
            credits_,
        )

        if not _KEYS.issuperset(src_dict):
            pool.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return pool

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
setattr(Pool, "additional_properties", DictOnFirstRead(Pool.__dict__["additional_properties"]))  # noqa: B010


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
setattr(Pool, "status", DecodedOnFirstRead(Pool.__dict__["status"], _decode_status))  # noqa: B010


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
        "lastModified",
        "creationDate",
        "endDate",
        "instanceCount",
        "runningInstanceCount",
        "targetRunningInstanceCount",
        "runningCoreCount",
        "executionTime",
        "wallTime",
        "maxTimeQueueSeconds",
        "constants",
        "constraints",
        "forcedConstants",
        "forcedNetworkRules",
        "labels",
        "tags",
        "errors",
        "resourceBuckets",
        "advancedResourceBuckets",
        "status",
        "elasticProperty",
        "scaling",
        "preparationTask",
        "autoDeleteOnCompletion",
        "completionTimeToLive",
        "taskDefaultWaitForPoolResourcesSynchronization",
        "queuedOrRunningTaskInstancesCount",
        "totalSlotCapacity",
        "poolUsage",
        "hardwareConstraints",
        "defaultResourcesCacheTTLSec",
        "privileges",
        "defaultRetrySettings",
        "multiSlotsSettings",
        "secretsAccessRights",
        "schedulingType",
        "targetedReservedMachineKey",
        "targetedReservationName",
        "credits",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global AdvancedResourceBucket
    global CpuModelHardwareConstraint
    global ElasticProperty
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
    global MultiSlotsSettings
    global NoGpuHardwareConstraint
    global NoSSDHardwareConstraint
    global PreparationTask
    global Privileges
    global RetrySettings
    global Scaling
    global SecretsAccessRights
    global SpecificHardwareConstraint
    global SSDHardwareConstraint
    global Status
    global UnknownHardwareConstraint
    from ..models.advanced_resource_bucket import AdvancedResourceBucket
    from ..models.cpu_model_hardware_constraint import CpuModelHardwareConstraint
    from ..models.elastic_property import ElasticProperty
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
    from ..models.multi_slots_settings import MultiSlotsSettings
    from ..models.no_gpu_hardware_constraint import NoGpuHardwareConstraint
    from ..models.no_ssd_hardware_constraint import NoSSDHardwareConstraint
    from ..models.preparation_task import PreparationTask
    from ..models.privileges import Privileges
    from ..models.retry_settings import RetrySettings
    from ..models.scaling import Scaling
    from ..models.secrets_access_rights import SecretsAccessRights
    from ..models.specific_hardware_constraint import SpecificHardwareConstraint
    from ..models.ssd_hardware_constraint import SSDHardwareConstraint
    from ..models.status import Status
    from ..models.unknown_hardware_constraint import UnknownHardwareConstraint

    _PENDING = False
