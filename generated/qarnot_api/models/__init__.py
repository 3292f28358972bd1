"""Contains all the data models used in inputs/outputs"""

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
