from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.execution_time_by_cpu_model import ExecutionTimeByCpuModel
    from ..models.execution_time_by_instance_id import ExecutionTimeByInstanceId
    from ..models.execution_time_by_machine_specification import ExecutionTimeByMachineSpecification
    from ..models.execution_time_by_site_and_machine import ExecutionTimeBySiteAndMachine
    from ..models.execution_time_ghz_by_cpu_model import ExecutionTimeGhzByCpuModel
    from ..models.running_instances_info import RunningInstancesInfo


T = TypeVar("T", bound="Status")


@_attrs_define
class Status:
    """Progress and timing of the instances of a task or pool. Ranges are instance-id lists such as `0`, `0-2` or `1,3-8`.

    Attributes:
        timestamp (datetime.datetime | None | Unset): Time of the status (often `0001-01-01T00:00:00Z`).
        last_update_timestamp (datetime.datetime | None | Unset): Last update of the status.
        download_progress (float | Unset): Resource download progress, percent.
        execution_progress (float | Unset): Execution progress, percent.
        upload_progress (float | Unset): Result upload progress, percent.
        instance_count (int | Unset): Instances counted in the status.
        download_time (str | Unset): .NET TimeSpan text `[-][d.]hh:mm:ss[.fffffff]`, e.g. `00:28:04`,
            `00:00:25.1000003`, `1.03:16:50.5000000` (1 day, 3 h 16 min 50.5 s).
        download_time_sec (float | Unset): Resource download time, seconds.
        environment_time (str | Unset): .NET TimeSpan text `[-][d.]hh:mm:ss[.fffffff]`, e.g. `00:28:04`,
            `00:00:25.1000003`, `1.03:16:50.5000000` (1 day, 3 h 16 min 50.5 s).
        environment_time_sec (float | Unset): Environment set-up time, seconds.
        execution_time (str | Unset): .NET TimeSpan text `[-][d.]hh:mm:ss[.fffffff]`, e.g. `00:28:04`,
            `00:00:25.1000003`, `1.03:16:50.5000000` (1 day, 3 h 16 min 50.5 s).
        execution_time_sec (float | Unset): Execution time, seconds.
        upload_time (str | Unset): .NET TimeSpan text `[-][d.]hh:mm:ss[.fffffff]`, e.g. `00:28:04`, `00:00:25.1000003`,
            `1.03:16:50.5000000` (1 day, 3 h 16 min 50.5 s).
        upload_time_sec (float | Unset): Result upload time, seconds.
        wall_time (str | Unset): .NET TimeSpan text `[-][d.]hh:mm:ss[.fffffff]`, e.g. `00:28:04`, `00:00:25.1000003`,
            `1.03:16:50.5000000` (1 day, 3 h 16 min 50.5 s).
        wall_time_sec (float | Unset): Wall time, seconds.
        execution_time_by_cpu_model (list[ExecutionTimeByCpuModel] | None | Unset): Execution time by CPU model.
        execution_time_ghz_by_cpu_model (list[ExecutionTimeGhzByCpuModel] | None | Unset): Execution time in GHz·seconds
            by CPU model.
        execution_time_by_machine_specification (list[ExecutionTimeByMachineSpecification] | None | Unset): Execution
            time by machine specification.
        execution_time_by_instance_id (list[ExecutionTimeByInstanceId] | None | Unset): Execution time by instance
            (often null).
        execution_time_by_site_and_machine (list[ExecutionTimeBySiteAndMachine] | None | Unset): Execution time by site
            and machine specification (Qarnot's published document).
        succeeded_range (None | str | Unset): Instances that succeeded.
        executed_range (None | str | Unset): Instances that were executed.
        failed_range (None | str | Unset): Instances that failed.
        started_once_range (None | str | Unset): Instances started at least once.
        cancelled_range (None | str | Unset): Instances cancelled.
        failed_only_range (None | str | Unset): Instances that failed (excluding cancelled ones).
        running_instances_info (None | RunningInstancesInfo | Unset): Live figures of the running instances.
    """

    timestamp: datetime.datetime | None | Unset = UNSET
    last_update_timestamp: datetime.datetime | None | Unset = UNSET
    download_progress: float | Unset = UNSET
    execution_progress: float | Unset = UNSET
    upload_progress: float | Unset = UNSET
    instance_count: int | Unset = UNSET
    download_time: str | Unset = UNSET
    download_time_sec: float | Unset = UNSET
    environment_time: str | Unset = UNSET
    environment_time_sec: float | Unset = UNSET
    execution_time: str | Unset = UNSET
    execution_time_sec: float | Unset = UNSET
    upload_time: str | Unset = UNSET
    upload_time_sec: float | Unset = UNSET
    wall_time: str | Unset = UNSET
    wall_time_sec: float | Unset = UNSET
    execution_time_by_cpu_model: list[ExecutionTimeByCpuModel] | None | Unset = UNSET
    execution_time_ghz_by_cpu_model: list[ExecutionTimeGhzByCpuModel] | None | Unset = UNSET
    execution_time_by_machine_specification: list[ExecutionTimeByMachineSpecification] | None | Unset = UNSET
    execution_time_by_instance_id: list[ExecutionTimeByInstanceId] | None | Unset = UNSET
    execution_time_by_site_and_machine: list[ExecutionTimeBySiteAndMachine] | None | Unset = UNSET
    succeeded_range: None | str | Unset = UNSET
    executed_range: None | str | Unset = UNSET
    failed_range: None | str | Unset = UNSET
    started_once_range: None | str | Unset = UNSET
    cancelled_range: None | str | Unset = UNSET
    failed_only_range: None | str | Unset = UNSET
    running_instances_info: None | RunningInstancesInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        last_update_timestamp: None | str | Unset
        if isinstance(self.last_update_timestamp, Unset):
            last_update_timestamp = UNSET
        elif isinstance(self.last_update_timestamp, datetime.datetime):
            last_update_timestamp = self.last_update_timestamp.isoformat()
        else:
            last_update_timestamp = self.last_update_timestamp

        download_progress = self.download_progress

        execution_progress = self.execution_progress

        upload_progress = self.upload_progress

        instance_count = self.instance_count

        download_time = self.download_time

        download_time_sec = self.download_time_sec

        environment_time = self.environment_time

        environment_time_sec = self.environment_time_sec

        execution_time = self.execution_time

        execution_time_sec = self.execution_time_sec

        upload_time = self.upload_time

        upload_time_sec = self.upload_time_sec

        wall_time = self.wall_time

        wall_time_sec = self.wall_time_sec

        execution_time_by_cpu_model: list[dict[str, Any]] | None | Unset
        if isinstance(self.execution_time_by_cpu_model, Unset):
            execution_time_by_cpu_model = UNSET
        elif isinstance(self.execution_time_by_cpu_model, list):
            execution_time_by_cpu_model = []
            for execution_time_by_cpu_model_type_0_item_data in self.execution_time_by_cpu_model:
                execution_time_by_cpu_model_type_0_item = execution_time_by_cpu_model_type_0_item_data.to_dict()
                execution_time_by_cpu_model.append(execution_time_by_cpu_model_type_0_item)

        else:
            execution_time_by_cpu_model = self.execution_time_by_cpu_model

        execution_time_ghz_by_cpu_model: list[dict[str, Any]] | None | Unset
        if isinstance(self.execution_time_ghz_by_cpu_model, Unset):
            execution_time_ghz_by_cpu_model = UNSET
        elif isinstance(self.execution_time_ghz_by_cpu_model, list):
            execution_time_ghz_by_cpu_model = []
            for execution_time_ghz_by_cpu_model_type_0_item_data in self.execution_time_ghz_by_cpu_model:
                execution_time_ghz_by_cpu_model_type_0_item = execution_time_ghz_by_cpu_model_type_0_item_data.to_dict()
                execution_time_ghz_by_cpu_model.append(execution_time_ghz_by_cpu_model_type_0_item)

        else:
            execution_time_ghz_by_cpu_model = self.execution_time_ghz_by_cpu_model

        execution_time_by_machine_specification: list[dict[str, Any]] | None | Unset
        if isinstance(self.execution_time_by_machine_specification, Unset):
            execution_time_by_machine_specification = UNSET
        elif isinstance(self.execution_time_by_machine_specification, list):
            execution_time_by_machine_specification = []
            for (
                execution_time_by_machine_specification_type_0_item_data
            ) in self.execution_time_by_machine_specification:
                execution_time_by_machine_specification_type_0_item = (
                    execution_time_by_machine_specification_type_0_item_data.to_dict()
                )
                execution_time_by_machine_specification.append(execution_time_by_machine_specification_type_0_item)

        else:
            execution_time_by_machine_specification = self.execution_time_by_machine_specification

        execution_time_by_instance_id: list[dict[str, Any]] | None | Unset
        if isinstance(self.execution_time_by_instance_id, Unset):
            execution_time_by_instance_id = UNSET
        elif isinstance(self.execution_time_by_instance_id, list):
            execution_time_by_instance_id = []
            for execution_time_by_instance_id_type_0_item_data in self.execution_time_by_instance_id:
                execution_time_by_instance_id_type_0_item = execution_time_by_instance_id_type_0_item_data.to_dict()
                execution_time_by_instance_id.append(execution_time_by_instance_id_type_0_item)

        else:
            execution_time_by_instance_id = self.execution_time_by_instance_id

        execution_time_by_site_and_machine: list[dict[str, Any]] | None | Unset
        if isinstance(self.execution_time_by_site_and_machine, Unset):
            execution_time_by_site_and_machine = UNSET
        elif isinstance(self.execution_time_by_site_and_machine, list):
            execution_time_by_site_and_machine = []
            for execution_time_by_site_and_machine_type_0_item_data in self.execution_time_by_site_and_machine:
                execution_time_by_site_and_machine_type_0_item = (
                    execution_time_by_site_and_machine_type_0_item_data.to_dict()
                )
                execution_time_by_site_and_machine.append(execution_time_by_site_and_machine_type_0_item)

        else:
            execution_time_by_site_and_machine = self.execution_time_by_site_and_machine

        succeeded_range: None | str | Unset
        if isinstance(self.succeeded_range, Unset):
            succeeded_range = UNSET
        else:
            succeeded_range = self.succeeded_range

        executed_range: None | str | Unset
        if isinstance(self.executed_range, Unset):
            executed_range = UNSET
        else:
            executed_range = self.executed_range

        failed_range: None | str | Unset
        if isinstance(self.failed_range, Unset):
            failed_range = UNSET
        else:
            failed_range = self.failed_range

        started_once_range: None | str | Unset
        if isinstance(self.started_once_range, Unset):
            started_once_range = UNSET
        else:
            started_once_range = self.started_once_range

        cancelled_range: None | str | Unset
        if isinstance(self.cancelled_range, Unset):
            cancelled_range = UNSET
        else:
            cancelled_range = self.cancelled_range

        failed_only_range: None | str | Unset
        if isinstance(self.failed_only_range, Unset):
            failed_only_range = UNSET
        else:
            failed_only_range = self.failed_only_range

        running_instances_info: dict[str, Any] | None | Unset
        if isinstance(self.running_instances_info, Unset):
            running_instances_info = UNSET
        elif isinstance(self.running_instances_info, RunningInstancesInfo):
            running_instances_info = self.running_instances_info.to_dict()
        else:
            running_instances_info = self.running_instances_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if last_update_timestamp is not UNSET:
            field_dict["lastUpdateTimestamp"] = last_update_timestamp
        if download_progress is not UNSET:
            field_dict["downloadProgress"] = download_progress
        if execution_progress is not UNSET:
            field_dict["executionProgress"] = execution_progress
        if upload_progress is not UNSET:
            field_dict["uploadProgress"] = upload_progress
        if instance_count is not UNSET:
            field_dict["instanceCount"] = instance_count
        if download_time is not UNSET:
            field_dict["downloadTime"] = download_time
        if download_time_sec is not UNSET:
            field_dict["downloadTimeSec"] = download_time_sec
        if environment_time is not UNSET:
            field_dict["environmentTime"] = environment_time
        if environment_time_sec is not UNSET:
            field_dict["environmentTimeSec"] = environment_time_sec
        if execution_time is not UNSET:
            field_dict["executionTime"] = execution_time
        if execution_time_sec is not UNSET:
            field_dict["executionTimeSec"] = execution_time_sec
        if upload_time is not UNSET:
            field_dict["uploadTime"] = upload_time
        if upload_time_sec is not UNSET:
            field_dict["uploadTimeSec"] = upload_time_sec
        if wall_time is not UNSET:
            field_dict["wallTime"] = wall_time
        if wall_time_sec is not UNSET:
            field_dict["wallTimeSec"] = wall_time_sec
        if execution_time_by_cpu_model is not UNSET:
            field_dict["executionTimeByCpuModel"] = execution_time_by_cpu_model
        if execution_time_ghz_by_cpu_model is not UNSET:
            field_dict["executionTimeGhzByCpuModel"] = execution_time_ghz_by_cpu_model
        if execution_time_by_machine_specification is not UNSET:
            field_dict["executionTimeByMachineSpecification"] = execution_time_by_machine_specification
        if execution_time_by_instance_id is not UNSET:
            field_dict["executionTimeByInstanceId"] = execution_time_by_instance_id
        if execution_time_by_site_and_machine is not UNSET:
            field_dict["executionTimeBySiteAndMachine"] = execution_time_by_site_and_machine
        if succeeded_range is not UNSET:
            field_dict["succeededRange"] = succeeded_range
        if executed_range is not UNSET:
            field_dict["executedRange"] = executed_range
        if failed_range is not UNSET:
            field_dict["failedRange"] = failed_range
        if started_once_range is not UNSET:
            field_dict["startedOnceRange"] = started_once_range
        if cancelled_range is not UNSET:
            field_dict["cancelledRange"] = cancelled_range
        if failed_only_range is not UNSET:
            field_dict["failedOnlyRange"] = failed_only_range
        if running_instances_info is not UNSET:
            field_dict["runningInstancesInfo"] = running_instances_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        timestamp = get("timestamp", UNSET)
        if timestamp is not None and timestamp is not UNSET:
            try:
                if not isinstance(timestamp, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

                timestamp = timestamp_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        last_update_timestamp = get("lastUpdateTimestamp", UNSET)
        if last_update_timestamp is not None and last_update_timestamp is not UNSET:
            try:
                if not isinstance(last_update_timestamp, str):
                    raise TypeError()
                last_update_timestamp_type_0 = datetime.datetime.fromisoformat(last_update_timestamp)

                last_update_timestamp = last_update_timestamp_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        download_progress = get("downloadProgress", UNSET)

        execution_progress = get("executionProgress", UNSET)

        upload_progress = get("uploadProgress", UNSET)

        instance_count = get("instanceCount", UNSET)

        download_time = get("downloadTime", UNSET)

        download_time_sec = get("downloadTimeSec", UNSET)

        environment_time = get("environmentTime", UNSET)

        environment_time_sec = get("environmentTimeSec", UNSET)

        execution_time = get("executionTime", UNSET)

        execution_time_sec = get("executionTimeSec", UNSET)

        upload_time = get("uploadTime", UNSET)

        upload_time_sec = get("uploadTimeSec", UNSET)

        wall_time = get("wallTime", UNSET)

        wall_time_sec = get("wallTimeSec", UNSET)

        execution_time_by_cpu_model = get("executionTimeByCpuModel", UNSET)
        if execution_time_by_cpu_model is not None and execution_time_by_cpu_model is not UNSET:
            try:
                if not isinstance(execution_time_by_cpu_model, list):
                    raise TypeError()
                execution_time_by_cpu_model_type_0 = []
                _execution_time_by_cpu_model_type_0 = execution_time_by_cpu_model
                for execution_time_by_cpu_model_type_0_item_data in _execution_time_by_cpu_model_type_0:
                    execution_time_by_cpu_model_type_0_item = ExecutionTimeByCpuModel.from_dict(
                        execution_time_by_cpu_model_type_0_item_data
                    )

                    execution_time_by_cpu_model_type_0.append(execution_time_by_cpu_model_type_0_item)

                execution_time_by_cpu_model = execution_time_by_cpu_model_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        execution_time_ghz_by_cpu_model = get("executionTimeGhzByCpuModel", UNSET)
        if execution_time_ghz_by_cpu_model is not None and execution_time_ghz_by_cpu_model is not UNSET:
            try:
                if not isinstance(execution_time_ghz_by_cpu_model, list):
                    raise TypeError()
                execution_time_ghz_by_cpu_model_type_0 = []
                _execution_time_ghz_by_cpu_model_type_0 = execution_time_ghz_by_cpu_model
                for execution_time_ghz_by_cpu_model_type_0_item_data in _execution_time_ghz_by_cpu_model_type_0:
                    execution_time_ghz_by_cpu_model_type_0_item = ExecutionTimeGhzByCpuModel.from_dict(
                        execution_time_ghz_by_cpu_model_type_0_item_data
                    )

                    execution_time_ghz_by_cpu_model_type_0.append(execution_time_ghz_by_cpu_model_type_0_item)

                execution_time_ghz_by_cpu_model = execution_time_ghz_by_cpu_model_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        execution_time_by_machine_specification = get("executionTimeByMachineSpecification", UNSET)
        if execution_time_by_machine_specification is not None and execution_time_by_machine_specification is not UNSET:
            try:
                if not isinstance(execution_time_by_machine_specification, list):
                    raise TypeError()
                execution_time_by_machine_specification_type_0 = []
                _execution_time_by_machine_specification_type_0 = execution_time_by_machine_specification
                for (
                    execution_time_by_machine_specification_type_0_item_data
                ) in _execution_time_by_machine_specification_type_0:
                    execution_time_by_machine_specification_type_0_item = ExecutionTimeByMachineSpecification.from_dict(
                        execution_time_by_machine_specification_type_0_item_data
                    )

                    execution_time_by_machine_specification_type_0.append(
                        execution_time_by_machine_specification_type_0_item
                    )

                execution_time_by_machine_specification = execution_time_by_machine_specification_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        execution_time_by_instance_id = get("executionTimeByInstanceId", UNSET)
        if execution_time_by_instance_id is not None and execution_time_by_instance_id is not UNSET:
            try:
                if not isinstance(execution_time_by_instance_id, list):
                    raise TypeError()
                execution_time_by_instance_id_type_0 = []
                _execution_time_by_instance_id_type_0 = execution_time_by_instance_id
                for execution_time_by_instance_id_type_0_item_data in _execution_time_by_instance_id_type_0:
                    execution_time_by_instance_id_type_0_item = ExecutionTimeByInstanceId.from_dict(
                        execution_time_by_instance_id_type_0_item_data
                    )

                    execution_time_by_instance_id_type_0.append(execution_time_by_instance_id_type_0_item)

                execution_time_by_instance_id = execution_time_by_instance_id_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        execution_time_by_site_and_machine = get("executionTimeBySiteAndMachine", UNSET)
        if execution_time_by_site_and_machine is not None and execution_time_by_site_and_machine is not UNSET:
            try:
                if not isinstance(execution_time_by_site_and_machine, list):
                    raise TypeError()
                execution_time_by_site_and_machine_type_0 = []
                _execution_time_by_site_and_machine_type_0 = execution_time_by_site_and_machine
                for execution_time_by_site_and_machine_type_0_item_data in _execution_time_by_site_and_machine_type_0:
                    execution_time_by_site_and_machine_type_0_item = ExecutionTimeBySiteAndMachine.from_dict(
                        execution_time_by_site_and_machine_type_0_item_data
                    )

                    execution_time_by_site_and_machine_type_0.append(execution_time_by_site_and_machine_type_0_item)

                execution_time_by_site_and_machine = execution_time_by_site_and_machine_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        succeeded_range = get("succeededRange", UNSET)

        executed_range = get("executedRange", UNSET)

        failed_range = get("failedRange", UNSET)

        started_once_range = get("startedOnceRange", UNSET)

        cancelled_range = get("cancelledRange", UNSET)

        failed_only_range = get("failedOnlyRange", UNSET)

        running_instances_info = get("runningInstancesInfo", UNSET)
        if running_instances_info is not None and running_instances_info is not UNSET:
            try:
                if not isinstance(running_instances_info, dict):
                    raise TypeError()
                running_instances_info_type_0 = RunningInstancesInfo.from_dict(running_instances_info)

                running_instances_info = running_instances_info_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        status = cls(
            timestamp,
            last_update_timestamp,
            download_progress,
            execution_progress,
            upload_progress,
            instance_count,
            download_time,
            download_time_sec,
            environment_time,
            environment_time_sec,
            execution_time,
            execution_time_sec,
            upload_time,
            upload_time_sec,
            wall_time,
            wall_time_sec,
            execution_time_by_cpu_model,
            execution_time_ghz_by_cpu_model,
            execution_time_by_machine_specification,
            execution_time_by_instance_id,
            execution_time_by_site_and_machine,
            succeeded_range,
            executed_range,
            failed_range,
            started_once_range,
            cancelled_range,
            failed_only_range,
            running_instances_info,
        )

        if not _KEYS.issuperset(src_dict):
            status.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return status

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
setattr(Status, "additional_properties", DictOnFirstRead(Status.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "timestamp",
        "lastUpdateTimestamp",
        "downloadProgress",
        "executionProgress",
        "uploadProgress",
        "instanceCount",
        "downloadTime",
        "downloadTimeSec",
        "environmentTime",
        "environmentTimeSec",
        "executionTime",
        "executionTimeSec",
        "uploadTime",
        "uploadTimeSec",
        "wallTime",
        "wallTimeSec",
        "executionTimeByCpuModel",
        "executionTimeGhzByCpuModel",
        "executionTimeByMachineSpecification",
        "executionTimeByInstanceId",
        "executionTimeBySiteAndMachine",
        "succeededRange",
        "executedRange",
        "failedRange",
        "startedOnceRange",
        "cancelledRange",
        "failedOnlyRange",
        "runningInstancesInfo",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global ExecutionTimeByCpuModel
    global ExecutionTimeByInstanceId
    global ExecutionTimeByMachineSpecification
    global ExecutionTimeBySiteAndMachine
    global ExecutionTimeGhzByCpuModel
    global RunningInstancesInfo
    from ..models.execution_time_by_cpu_model import ExecutionTimeByCpuModel
    from ..models.execution_time_by_instance_id import ExecutionTimeByInstanceId
    from ..models.execution_time_by_machine_specification import ExecutionTimeByMachineSpecification
    from ..models.execution_time_by_site_and_machine import ExecutionTimeBySiteAndMachine
    from ..models.execution_time_ghz_by_cpu_model import ExecutionTimeGhzByCpuModel
    from ..models.running_instances_info import RunningInstancesInfo

    _PENDING = False
