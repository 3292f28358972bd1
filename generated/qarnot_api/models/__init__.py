"""All the data models used in inputs and outputs, each loaded on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_forward import ActiveForward
    from .advanced_dependency import AdvancedDependency
    from .advanced_resource_bucket import AdvancedResourceBucket
    from .always_time_period import AlwaysTimePeriod
    from .api_settings import ApiSettings
    from .api_version import ApiVersion
    from .budget import Budget
    from .budget_list import BudgetList
    from .budget_overrun_policy import BudgetOverrunPolicy
    from .bulk_task_response import BulkTaskResponse
    from .carbon_facts import CarbonFacts
    from .completed_instance import CompletedInstance
    from .computing_quotas import ComputingQuotas
    from .cpu_model_hardware_constraint import CpuModelHardwareConstraint
    from .create_job_payload import CreateJobPayload
    from .create_pool_payload import CreatePoolPayload
    from .create_task_payload import CreateTaskPayload
    from .credits_ import Credits
    from .data_detail_request import DataDetailRequest
    from .day_of_week import DayOfWeek
    from .dependency_state import DependencyState
    from .elastic_property import ElasticProperty
    from .error_body import ErrorBody
    from .error_detail import ErrorDetail
    from .execution_error import ExecutionError
    from .execution_time_by_cpu_model import ExecutionTimeByCpuModel
    from .execution_time_by_instance_id import ExecutionTimeByInstanceId
    from .execution_time_by_machine_specification import ExecutionTimeByMachineSpecification
    from .execution_time_by_site_and_machine import ExecutionTimeBySiteAndMachine
    from .execution_time_ghz_by_cpu_model import ExecutionTimeGhzByCpuModel
    from .field_errors import FieldErrors
    from .field_selection import FieldSelection
    from .filter_leaf import FilterLeaf
    from .filter_leaf_operator import FilterLeafOperator
    from .filter_node import FilterNode
    from .filter_node_operator import FilterNodeOperator
    from .fixed_scaling_policy import FixedScalingPolicy
    from .forced_constant import ForcedConstant
    from .forced_constant_access import ForcedConstantAccess
    from .forced_network_rule import ForcedNetworkRule
    from .gpu_hardware_constraint import GpuHardwareConstraint
    from .hardware_constraint_page import HardwareConstraintPage
    from .instance_port_forwards import InstancePortForwards
    from .job import Job
    from .job_page import JobPage
    from .job_state import JobState
    from .key_value import KeyValue
    from .labels import Labels
    from .legacy_reserved_quota import LegacyReservedQuota
    from .managed_tasks_queue_scaling_policy import ManagedTasksQueueScalingPolicy
    from .maximum_core_hardware_constraint import MaximumCoreHardwareConstraint
    from .maximum_ram_core_ratio_hardware_constraint import MaximumRamCoreRatioHardwareConstraint
    from .maximum_ram_hardware_constraint import MaximumRamHardwareConstraint
    from .minimum_core_hardware_constraint import MinimumCoreHardwareConstraint
    from .minimum_ram_core_ratio_hardware_constraint import MinimumRamCoreRatioHardwareConstraint
    from .minimum_ram_hardware_constraint import MinimumRamHardwareConstraint
    from .multi_slots_settings import MultiSlotsSettings
    from .no_gpu_hardware_constraint import NoGpuHardwareConstraint
    from .no_ssd_hardware_constraint import NoSSDHardwareConstraint
    from .organization_computing_quotas import OrganizationComputingQuotas
    from .organization_computing_quotas_with_user_details import OrganizationComputingQuotasWithUserDetails
    from .paginate_request import PaginateRequest
    from .per_running_instance_info import PerRunningInstanceInfo
    from .periodic_snapshot_config import PeriodicSnapshotConfig
    from .pool import Pool
    from .pool_page import PoolPage
    from .pool_state import PoolState
    from .pool_summary import PoolSummary
    from .pool_summary_page import PoolSummaryPage
    from .port_forward import PortForward
    from .port_forward_access import PortForwardAccess
    from .prefix_filtering import PrefixFiltering
    from .preparation_task import PreparationTask
    from .privileges import Privileges
    from .problem_extensions import ProblemExtensions
    from .profile_constant import ProfileConstant
    from .profile_details import ProfileDetails
    from .profile_license import ProfileLicense
    from .project import Project
    from .reserved_scheduling_quota import ReservedSchedulingQuota
    from .reserved_scheduling_quota_with_user_details import ReservedSchedulingQuotaWithUserDetails
    from .resources_filtering import ResourcesFiltering
    from .resources_transformation import ResourcesTransformation
    from .retry_settings import RetrySettings
    from .running_core_count_by_cpu_model import RunningCoreCountByCpuModel
    from .running_counts import RunningCounts
    from .running_counts_per_user import RunningCountsPerUser
    from .running_instances_info import RunningInstancesInfo
    from .scaling import Scaling
    from .scaling_payload import ScalingPayload
    from .scheduling_quota import SchedulingQuota
    from .scheduling_quota_with_user_details import SchedulingQuotaWithUserDetails
    from .scheduling_type import SchedulingType
    from .secret_access_by_prefix import SecretAccessByPrefix
    from .secret_access_by_secret import SecretAccessBySecret
    from .secret_keys import SecretKeys
    from .secret_value import SecretValue
    from .secrets_access_rights import SecretsAccessRights
    from .snapshot import Snapshot
    from .snapshot_config import SnapshotConfig
    from .snapshot_status import SnapshotStatus
    from .specific_hardware_constraint import SpecificHardwareConstraint
    from .ssd_hardware_constraint import SSDHardwareConstraint
    from .status import Status
    from .strip_prefix_transformation import StripPrefixTransformation
    from .task import Task
    from .task_cluster_info import TaskClusterInfo
    from .task_dependencies import TaskDependencies
    from .task_final_state import TaskFinalState
    from .task_page import TaskPage
    from .task_port_forwards import TaskPortForwards
    from .task_state import TaskState
    from .task_summary import TaskSummary
    from .task_summary_page import TaskSummaryPage
    from .unknown_hardware_constraint import UnknownHardwareConstraint
    from .unknown_scaling_policy import UnknownScalingPolicy
    from .unknown_time_period import UnknownTimePeriod
    from .update_pool_payload import UpdatePoolPayload
    from .update_task_payload import UpdateTaskPayload
    from .user_computing_quotas import UserComputingQuotas
    from .user_info import UserInfo
    from .uuid_response import UuidResponse
    from .vpn_connection import VpnConnection
    from .weekly_time_period import WeeklyTimePeriod

# model name -> its module in this package
_MODULES: dict[str, str] = {
    "ActiveForward": ".active_forward",
    "AdvancedDependency": ".advanced_dependency",
    "AdvancedResourceBucket": ".advanced_resource_bucket",
    "AlwaysTimePeriod": ".always_time_period",
    "ApiSettings": ".api_settings",
    "ApiVersion": ".api_version",
    "Budget": ".budget",
    "BudgetList": ".budget_list",
    "BudgetOverrunPolicy": ".budget_overrun_policy",
    "BulkTaskResponse": ".bulk_task_response",
    "CarbonFacts": ".carbon_facts",
    "CompletedInstance": ".completed_instance",
    "ComputingQuotas": ".computing_quotas",
    "CpuModelHardwareConstraint": ".cpu_model_hardware_constraint",
    "CreateJobPayload": ".create_job_payload",
    "CreatePoolPayload": ".create_pool_payload",
    "CreateTaskPayload": ".create_task_payload",
    "Credits": ".credits_",
    "DataDetailRequest": ".data_detail_request",
    "DayOfWeek": ".day_of_week",
    "DependencyState": ".dependency_state",
    "ElasticProperty": ".elastic_property",
    "ErrorBody": ".error_body",
    "ErrorDetail": ".error_detail",
    "ExecutionError": ".execution_error",
    "ExecutionTimeByCpuModel": ".execution_time_by_cpu_model",
    "ExecutionTimeByInstanceId": ".execution_time_by_instance_id",
    "ExecutionTimeByMachineSpecification": ".execution_time_by_machine_specification",
    "ExecutionTimeBySiteAndMachine": ".execution_time_by_site_and_machine",
    "ExecutionTimeGhzByCpuModel": ".execution_time_ghz_by_cpu_model",
    "FieldErrors": ".field_errors",
    "FieldSelection": ".field_selection",
    "FilterLeaf": ".filter_leaf",
    "FilterLeafOperator": ".filter_leaf_operator",
    "FilterNode": ".filter_node",
    "FilterNodeOperator": ".filter_node_operator",
    "FixedScalingPolicy": ".fixed_scaling_policy",
    "ForcedConstant": ".forced_constant",
    "ForcedConstantAccess": ".forced_constant_access",
    "ForcedNetworkRule": ".forced_network_rule",
    "GpuHardwareConstraint": ".gpu_hardware_constraint",
    "HardwareConstraintPage": ".hardware_constraint_page",
    "InstancePortForwards": ".instance_port_forwards",
    "Job": ".job",
    "JobPage": ".job_page",
    "JobState": ".job_state",
    "KeyValue": ".key_value",
    "Labels": ".labels",
    "LegacyReservedQuota": ".legacy_reserved_quota",
    "ManagedTasksQueueScalingPolicy": ".managed_tasks_queue_scaling_policy",
    "MaximumCoreHardwareConstraint": ".maximum_core_hardware_constraint",
    "MaximumRamCoreRatioHardwareConstraint": ".maximum_ram_core_ratio_hardware_constraint",
    "MaximumRamHardwareConstraint": ".maximum_ram_hardware_constraint",
    "MinimumCoreHardwareConstraint": ".minimum_core_hardware_constraint",
    "MinimumRamCoreRatioHardwareConstraint": ".minimum_ram_core_ratio_hardware_constraint",
    "MinimumRamHardwareConstraint": ".minimum_ram_hardware_constraint",
    "MultiSlotsSettings": ".multi_slots_settings",
    "NoGpuHardwareConstraint": ".no_gpu_hardware_constraint",
    "NoSSDHardwareConstraint": ".no_ssd_hardware_constraint",
    "OrganizationComputingQuotas": ".organization_computing_quotas",
    "OrganizationComputingQuotasWithUserDetails": ".organization_computing_quotas_with_user_details",
    "PaginateRequest": ".paginate_request",
    "PerRunningInstanceInfo": ".per_running_instance_info",
    "PeriodicSnapshotConfig": ".periodic_snapshot_config",
    "Pool": ".pool",
    "PoolPage": ".pool_page",
    "PoolState": ".pool_state",
    "PoolSummary": ".pool_summary",
    "PoolSummaryPage": ".pool_summary_page",
    "PortForward": ".port_forward",
    "PortForwardAccess": ".port_forward_access",
    "PrefixFiltering": ".prefix_filtering",
    "PreparationTask": ".preparation_task",
    "Privileges": ".privileges",
    "ProblemExtensions": ".problem_extensions",
    "ProfileConstant": ".profile_constant",
    "ProfileDetails": ".profile_details",
    "ProfileLicense": ".profile_license",
    "Project": ".project",
    "ReservedSchedulingQuota": ".reserved_scheduling_quota",
    "ReservedSchedulingQuotaWithUserDetails": ".reserved_scheduling_quota_with_user_details",
    "ResourcesFiltering": ".resources_filtering",
    "ResourcesTransformation": ".resources_transformation",
    "RetrySettings": ".retry_settings",
    "RunningCoreCountByCpuModel": ".running_core_count_by_cpu_model",
    "RunningCounts": ".running_counts",
    "RunningCountsPerUser": ".running_counts_per_user",
    "RunningInstancesInfo": ".running_instances_info",
    "Scaling": ".scaling",
    "ScalingPayload": ".scaling_payload",
    "SchedulingQuota": ".scheduling_quota",
    "SchedulingQuotaWithUserDetails": ".scheduling_quota_with_user_details",
    "SchedulingType": ".scheduling_type",
    "SecretAccessByPrefix": ".secret_access_by_prefix",
    "SecretAccessBySecret": ".secret_access_by_secret",
    "SecretKeys": ".secret_keys",
    "SecretValue": ".secret_value",
    "SecretsAccessRights": ".secrets_access_rights",
    "Snapshot": ".snapshot",
    "SnapshotConfig": ".snapshot_config",
    "SnapshotStatus": ".snapshot_status",
    "SpecificHardwareConstraint": ".specific_hardware_constraint",
    "SSDHardwareConstraint": ".ssd_hardware_constraint",
    "Status": ".status",
    "StripPrefixTransformation": ".strip_prefix_transformation",
    "Task": ".task",
    "TaskClusterInfo": ".task_cluster_info",
    "TaskDependencies": ".task_dependencies",
    "TaskFinalState": ".task_final_state",
    "TaskPage": ".task_page",
    "TaskPortForwards": ".task_port_forwards",
    "TaskState": ".task_state",
    "TaskSummary": ".task_summary",
    "TaskSummaryPage": ".task_summary_page",
    "UnknownHardwareConstraint": ".unknown_hardware_constraint",
    "UnknownScalingPolicy": ".unknown_scaling_policy",
    "UnknownTimePeriod": ".unknown_time_period",
    "UpdatePoolPayload": ".update_pool_payload",
    "UpdateTaskPayload": ".update_task_payload",
    "UserComputingQuotas": ".user_computing_quotas",
    "UserInfo": ".user_info",
    "UuidResponse": ".uuid_response",
    "VpnConnection": ".vpn_connection",
    "WeeklyTimePeriod": ".weekly_time_period",
}

__all__ = (
    "ActiveForward",
    "AdvancedDependency",
    "AdvancedResourceBucket",
    "AlwaysTimePeriod",
    "ApiSettings",
    "ApiVersion",
    "Budget",
    "BudgetList",
    "BudgetOverrunPolicy",
    "BulkTaskResponse",
    "CarbonFacts",
    "CompletedInstance",
    "ComputingQuotas",
    "CpuModelHardwareConstraint",
    "CreateJobPayload",
    "CreatePoolPayload",
    "CreateTaskPayload",
    "Credits",
    "DataDetailRequest",
    "DayOfWeek",
    "DependencyState",
    "ElasticProperty",
    "ErrorBody",
    "ErrorDetail",
    "ExecutionError",
    "ExecutionTimeByCpuModel",
    "ExecutionTimeByInstanceId",
    "ExecutionTimeByMachineSpecification",
    "ExecutionTimeBySiteAndMachine",
    "ExecutionTimeGhzByCpuModel",
    "FieldErrors",
    "FieldSelection",
    "FilterLeaf",
    "FilterLeafOperator",
    "FilterNode",
    "FilterNodeOperator",
    "FixedScalingPolicy",
    "ForcedConstant",
    "ForcedConstantAccess",
    "ForcedNetworkRule",
    "GpuHardwareConstraint",
    "HardwareConstraintPage",
    "InstancePortForwards",
    "Job",
    "JobPage",
    "JobState",
    "KeyValue",
    "Labels",
    "LegacyReservedQuota",
    "ManagedTasksQueueScalingPolicy",
    "MaximumCoreHardwareConstraint",
    "MaximumRamCoreRatioHardwareConstraint",
    "MaximumRamHardwareConstraint",
    "MinimumCoreHardwareConstraint",
    "MinimumRamCoreRatioHardwareConstraint",
    "MinimumRamHardwareConstraint",
    "MultiSlotsSettings",
    "NoGpuHardwareConstraint",
    "NoSSDHardwareConstraint",
    "OrganizationComputingQuotas",
    "OrganizationComputingQuotasWithUserDetails",
    "PaginateRequest",
    "PerRunningInstanceInfo",
    "PeriodicSnapshotConfig",
    "Pool",
    "PoolPage",
    "PoolState",
    "PoolSummary",
    "PoolSummaryPage",
    "PortForward",
    "PortForwardAccess",
    "PrefixFiltering",
    "PreparationTask",
    "Privileges",
    "ProblemExtensions",
    "ProfileConstant",
    "ProfileDetails",
    "ProfileLicense",
    "Project",
    "ReservedSchedulingQuota",
    "ReservedSchedulingQuotaWithUserDetails",
    "ResourcesFiltering",
    "ResourcesTransformation",
    "RetrySettings",
    "RunningCoreCountByCpuModel",
    "RunningCounts",
    "RunningCountsPerUser",
    "RunningInstancesInfo",
    "SSDHardwareConstraint",
    "Scaling",
    "ScalingPayload",
    "SchedulingQuota",
    "SchedulingQuotaWithUserDetails",
    "SchedulingType",
    "SecretAccessByPrefix",
    "SecretAccessBySecret",
    "SecretKeys",
    "SecretValue",
    "SecretsAccessRights",
    "Snapshot",
    "SnapshotConfig",
    "SnapshotStatus",
    "SpecificHardwareConstraint",
    "Status",
    "StripPrefixTransformation",
    "Task",
    "TaskClusterInfo",
    "TaskDependencies",
    "TaskFinalState",
    "TaskPage",
    "TaskPortForwards",
    "TaskState",
    "TaskSummary",
    "TaskSummaryPage",
    "UnknownHardwareConstraint",
    "UnknownScalingPolicy",
    "UnknownTimePeriod",
    "UpdatePoolPayload",
    "UpdateTaskPayload",
    "UserComputingQuotas",
    "UserInfo",
    "UuidResponse",
    "VpnConnection",
    "WeeklyTimePeriod",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
