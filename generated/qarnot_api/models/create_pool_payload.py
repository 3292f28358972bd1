from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduling_type import SchedulingType
from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.advanced_resource_bucket import AdvancedResourceBucket
    from ..models.cpu_model_hardware_constraint import CpuModelHardwareConstraint
    from ..models.elastic_property import ElasticProperty
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
    from ..models.scaling_payload import ScalingPayload
    from ..models.secrets_access_rights import SecretsAccessRights
    from ..models.specific_hardware_constraint import SpecificHardwareConstraint
    from ..models.ssd_hardware_constraint import SSDHardwareConstraint
    from ..models.unknown_hardware_constraint import UnknownHardwareConstraint


T = TypeVar("T", bound="CreatePoolPayload")


@_attrs_define
class CreatePoolPayload:
    """A pool to start. `name` and `profile` are required (as in Qarnot's published document); see `UpdatePoolPayload` for
    every field.

        Attributes:
            name (None | str): Name of the pool.
            profile (None | str): Execution profile of the nodes.
            shortname (None | str | Unset): Unique, DNS-compliant short name; defaults to the uuid.
            project_uuid (None | str | Unset): Organization project.
            instance_count (int | None | Unset): Number of nodes (elastic pools size themselves through `elasticProperty` or
                `scaling`).
            constants (list[KeyValue] | None | Unset): Constants of the nodes, as key/value pairs.
            constraints (list[KeyValue] | None | Unset): Constraints (advanced usage), as key/value pairs.
            forced_constants (list[ForcedConstant] | None | Unset): Constants forced by the platform (internal use).
            forced_network_rules (list[ForcedNetworkRule] | None | Unset): Network rules forced on the instances (internal
                use).
            labels (Labels | None | Unset):
            tags (list[str] | None | Unset): Free tags (filterable).
            resource_buckets (list[str] | None | Unset): Resource bucket names (legacy form).
            advanced_resource_buckets (list[AdvancedResourceBucket] | None | Unset): Resource buckets with filtering, path
                transformation and cache settings.
            preparation_task (None | PreparationTask | Unset): Command run on each node before any task; null for none (the
                Python SDK always sends the key, null when no preparation task is set, and the platform accepts it).
            elastic_property (ElasticProperty | None | Unset):
            scaling (None | ScalingPayload | Unset):
            multi_slots_settings (MultiSlotsSettings | None | Unset):
            task_default_wait_for_pool_resources_synchronization (bool | None | Unset): Default of the tasks'
                `waitForPoolResourcesSynchronization`.
            auto_delete_on_completion (bool | None | Unset): Delete automatically once finished.
            completion_time_to_live (None | str | Unset):
            hardware_constraints (list[CpuModelHardwareConstraint | GpuHardwareConstraint | MaximumCoreHardwareConstraint |
                MaximumRamCoreRatioHardwareConstraint | MaximumRamHardwareConstraint | MinimumCoreHardwareConstraint |
                MinimumRamCoreRatioHardwareConstraint | MinimumRamHardwareConstraint | NoGpuHardwareConstraint |
                NoSSDHardwareConstraint | SpecificHardwareConstraint | SSDHardwareConstraint | UnknownHardwareConstraint] | None
                | Unset): Hardware requirements.
            default_resources_cache_ttl_sec (int | None | Unset): Default cache time-to-live of the resource buckets,
                seconds.
            privileges (None | Privileges | Unset):
            default_retry_settings (None | RetrySettings | Unset):
            max_time_queue_seconds (int | None | Unset): Fail if queued longer than this many seconds without resources.
            scheduling_type (None | SchedulingType | str | Unset): Scheduling class (see `SchedulingType`; any string is
                possible).
            targeted_reserved_machine_key (None | str | Unset): Deprecated, superseded by `targetedReservationName`.
            targeted_reservation_name (None | str | Unset): Reservation targeted (with `schedulingType` `Reserved`).
            secrets_access_rights (None | SecretsAccessRights | Unset):
    """

    name: None | str
    profile: None | str
    shortname: None | str | Unset = UNSET
    project_uuid: None | str | Unset = UNSET
    instance_count: int | None | Unset = UNSET
    constants: list[KeyValue] | None | Unset = UNSET
    constraints: list[KeyValue] | None | Unset = UNSET
    forced_constants: list[ForcedConstant] | None | Unset = UNSET
    forced_network_rules: list[ForcedNetworkRule] | None | Unset = UNSET
    labels: Labels | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    resource_buckets: list[str] | None | Unset = UNSET
    advanced_resource_buckets: list[AdvancedResourceBucket] | None | Unset = UNSET
    preparation_task: None | PreparationTask | Unset = UNSET
    elastic_property: ElasticProperty | None | Unset = UNSET
    scaling: None | ScalingPayload | Unset = UNSET
    multi_slots_settings: MultiSlotsSettings | None | Unset = UNSET
    task_default_wait_for_pool_resources_synchronization: bool | None | Unset = UNSET
    auto_delete_on_completion: bool | None | Unset = UNSET
    completion_time_to_live: None | str | Unset = UNSET
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
    max_time_queue_seconds: int | None | Unset = UNSET
    scheduling_type: None | SchedulingType | str | Unset = UNSET
    targeted_reserved_machine_key: None | str | Unset = UNSET
    targeted_reservation_name: None | str | Unset = UNSET
    secrets_access_rights: None | SecretsAccessRights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        name: None | str
        name = self.name

        profile: None | str
        profile = self.profile

        shortname: None | str | Unset
        if isinstance(self.shortname, Unset):
            shortname = UNSET
        else:
            shortname = self.shortname

        project_uuid: None | str | Unset
        if isinstance(self.project_uuid, Unset):
            project_uuid = UNSET
        else:
            project_uuid = self.project_uuid

        instance_count: int | None | Unset
        if isinstance(self.instance_count, Unset):
            instance_count = UNSET
        else:
            instance_count = self.instance_count

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

        preparation_task: dict[str, Any] | None | Unset
        if isinstance(self.preparation_task, Unset):
            preparation_task = UNSET
        elif isinstance(self.preparation_task, PreparationTask):
            preparation_task = self.preparation_task.to_dict()
        else:
            preparation_task = self.preparation_task

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
        elif isinstance(self.scaling, ScalingPayload):
            scaling = self.scaling.to_dict()
        else:
            scaling = self.scaling

        multi_slots_settings: dict[str, Any] | None | Unset
        if isinstance(self.multi_slots_settings, Unset):
            multi_slots_settings = UNSET
        elif isinstance(self.multi_slots_settings, MultiSlotsSettings):
            multi_slots_settings = self.multi_slots_settings.to_dict()
        else:
            multi_slots_settings = self.multi_slots_settings

        task_default_wait_for_pool_resources_synchronization: bool | None | Unset
        if isinstance(self.task_default_wait_for_pool_resources_synchronization, Unset):
            task_default_wait_for_pool_resources_synchronization = UNSET
        else:
            task_default_wait_for_pool_resources_synchronization = (
                self.task_default_wait_for_pool_resources_synchronization
            )

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

        max_time_queue_seconds: int | None | Unset
        if isinstance(self.max_time_queue_seconds, Unset):
            max_time_queue_seconds = UNSET
        else:
            max_time_queue_seconds = self.max_time_queue_seconds

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

        secrets_access_rights: dict[str, Any] | None | Unset
        if isinstance(self.secrets_access_rights, Unset):
            secrets_access_rights = UNSET
        elif isinstance(self.secrets_access_rights, SecretsAccessRights):
            secrets_access_rights = self.secrets_access_rights.to_dict()
        else:
            secrets_access_rights = self.secrets_access_rights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "profile": profile,
            }
        )
        if shortname is not UNSET:
            field_dict["shortname"] = shortname
        if project_uuid is not UNSET:
            field_dict["projectUuid"] = project_uuid
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
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
        if resource_buckets is not UNSET:
            field_dict["resourceBuckets"] = resource_buckets
        if advanced_resource_buckets is not UNSET:
            field_dict["advancedResourceBuckets"] = advanced_resource_buckets
        if preparation_task is not UNSET:
            field_dict["preparationTask"] = preparation_task
        if elastic_property is not UNSET:
            field_dict["elasticProperty"] = elastic_property
        if scaling is not UNSET:
            field_dict["scaling"] = scaling
        if multi_slots_settings is not UNSET:
            field_dict["multiSlotsSettings"] = multi_slots_settings
        if task_default_wait_for_pool_resources_synchronization is not UNSET:
            field_dict["taskDefaultWaitForPoolResourcesSynchronization"] = (
                task_default_wait_for_pool_resources_synchronization
            )
        if auto_delete_on_completion is not UNSET:
            field_dict["autoDeleteOnCompletion"] = auto_delete_on_completion
        if completion_time_to_live is not UNSET:
            field_dict["completionTimeToLive"] = completion_time_to_live
        if hardware_constraints is not UNSET:
            field_dict["hardwareConstraints"] = hardware_constraints
        if default_resources_cache_ttl_sec is not UNSET:
            field_dict["defaultResourcesCacheTTLSec"] = default_resources_cache_ttl_sec
        if privileges is not UNSET:
            field_dict["privileges"] = privileges
        if default_retry_settings is not UNSET:
            field_dict["defaultRetrySettings"] = default_retry_settings
        if max_time_queue_seconds is not UNSET:
            field_dict["maxTimeQueueSeconds"] = max_time_queue_seconds
        if scheduling_type is not UNSET:
            field_dict["schedulingType"] = scheduling_type
        if targeted_reserved_machine_key is not UNSET:
            field_dict["targetedReservedMachineKey"] = targeted_reserved_machine_key
        if targeted_reservation_name is not UNSET:
            field_dict["targetedReservationName"] = targeted_reservation_name
        if secrets_access_rights is not UNSET:
            field_dict["secretsAccessRights"] = secrets_access_rights

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        name = src_dict["name"]

        profile = src_dict["profile"]

        shortname = get("shortname", UNSET)

        project_uuid = get("projectUuid", UNSET)

        instance_count = get("instanceCount", UNSET)

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

        preparation_task = get("preparationTask", UNSET)
        if preparation_task is not None and preparation_task is not UNSET:
            try:
                if not isinstance(preparation_task, dict):
                    raise TypeError()
                preparation_task_type_0 = PreparationTask.from_dict(preparation_task)

                preparation_task = preparation_task_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

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
                scaling_type_0 = ScalingPayload.from_dict(scaling)

                scaling = scaling_type_0

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

        task_default_wait_for_pool_resources_synchronization = get(
            "taskDefaultWaitForPoolResourcesSynchronization", UNSET
        )

        auto_delete_on_completion = get("autoDeleteOnCompletion", UNSET)

        completion_time_to_live = get("completionTimeToLive", UNSET)

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

        max_time_queue_seconds = get("maxTimeQueueSeconds", UNSET)

        scheduling_type = get("schedulingType", UNSET)
        if isinstance(scheduling_type, str):
            scheduling_type = SchedulingType.parse(scheduling_type)

        targeted_reserved_machine_key = get("targetedReservedMachineKey", UNSET)

        targeted_reservation_name = get("targetedReservationName", UNSET)

        secrets_access_rights = get("secretsAccessRights", UNSET)
        if secrets_access_rights is not None and secrets_access_rights is not UNSET:
            try:
                if not isinstance(secrets_access_rights, dict):
                    raise TypeError()
                secrets_access_rights_type_0 = SecretsAccessRights.from_dict(secrets_access_rights)

                secrets_access_rights = secrets_access_rights_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_pool_payload = cls(
            name,
            profile,
            shortname,
            project_uuid,
            instance_count,
            constants,
            constraints,
            forced_constants,
            forced_network_rules,
            labels,
            tags,
            resource_buckets,
            advanced_resource_buckets,
            preparation_task,
            elastic_property,
            scaling,
            multi_slots_settings,
            task_default_wait_for_pool_resources_synchronization,
            auto_delete_on_completion,
            completion_time_to_live,
            hardware_constraints,
            default_resources_cache_ttl_sec,
            privileges,
            default_retry_settings,
            max_time_queue_seconds,
            scheduling_type,
            targeted_reserved_machine_key,
            targeted_reservation_name,
            secrets_access_rights,
        )

        if not _KEYS.issuperset(src_dict):
            create_pool_payload.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return create_pool_payload

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
setattr(
    CreatePoolPayload, "additional_properties", DictOnFirstRead(CreatePoolPayload.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "profile",
        "shortname",
        "projectUuid",
        "instanceCount",
        "constants",
        "constraints",
        "forcedConstants",
        "forcedNetworkRules",
        "labels",
        "tags",
        "resourceBuckets",
        "advancedResourceBuckets",
        "preparationTask",
        "elasticProperty",
        "scaling",
        "multiSlotsSettings",
        "taskDefaultWaitForPoolResourcesSynchronization",
        "autoDeleteOnCompletion",
        "completionTimeToLive",
        "hardwareConstraints",
        "defaultResourcesCacheTTLSec",
        "privileges",
        "defaultRetrySettings",
        "maxTimeQueueSeconds",
        "schedulingType",
        "targetedReservedMachineKey",
        "targetedReservationName",
        "secretsAccessRights",
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
    global ScalingPayload
    global SecretsAccessRights
    global SpecificHardwareConstraint
    global SSDHardwareConstraint
    global UnknownHardwareConstraint
    from ..models.advanced_resource_bucket import AdvancedResourceBucket
    from ..models.cpu_model_hardware_constraint import CpuModelHardwareConstraint
    from ..models.elastic_property import ElasticProperty
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
    from ..models.scaling_payload import ScalingPayload
    from ..models.secrets_access_rights import SecretsAccessRights
    from ..models.specific_hardware_constraint import SpecificHardwareConstraint
    from ..models.ssd_hardware_constraint import SSDHardwareConstraint
    from ..models.unknown_hardware_constraint import UnknownHardwareConstraint

    _PENDING = False
