from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.per_running_instance_info import PerRunningInstanceInfo
    from ..models.running_core_count_by_cpu_model import RunningCoreCountByCpuModel


T = TypeVar("T", bound="RunningInstancesInfo")


@_attrs_define
class RunningInstancesInfo:
    """Aggregated live figures of the running instances.

    Attributes:
        per_running_instance_info (list[PerRunningInstanceInfo] | None | Unset): Figures of each running instance.
        snapshot_results (list[str] | None | Unset): Snapshots taken while running.
        timestamp (datetime.datetime | None | Unset): Time of the figures.
        average_frequency_g_hz (float | Unset): Average CPU frequency, GHz.
        max_frequency_g_hz (float | Unset): Highest maximum CPU frequency, GHz.
        min_frequency_g_hz (float | Unset): Lowest CPU frequency, GHz.
        average_max_frequency_g_hz (float | Unset): Average maximum CPU frequency, GHz.
        average_cpu_usage (float | Unset): Average CPU usage, percent.
        cluster_power_indicator (float | Unset): Power indicator of the cluster.
        average_memory_usage (float | Unset): Average memory usage ratio.
        average_network_in_kbps (float | Unset): Average incoming throughput, kbit/s.
        average_network_out_kbps (float | Unset): Average outgoing throughput, kbit/s.
        total_network_in_kbps (float | Unset): Total incoming throughput, kbit/s.
        total_network_out_kbps (float | Unset): Total outgoing throughput, kbit/s.
        running_core_count_by_cpu_model (list[RunningCoreCountByCpuModel] | None | Unset): Running cores by CPU model.
    """

    per_running_instance_info: list[PerRunningInstanceInfo] | None | Unset = UNSET
    snapshot_results: list[str] | None | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    average_frequency_g_hz: float | Unset = UNSET
    max_frequency_g_hz: float | Unset = UNSET
    min_frequency_g_hz: float | Unset = UNSET
    average_max_frequency_g_hz: float | Unset = UNSET
    average_cpu_usage: float | Unset = UNSET
    cluster_power_indicator: float | Unset = UNSET
    average_memory_usage: float | Unset = UNSET
    average_network_in_kbps: float | Unset = UNSET
    average_network_out_kbps: float | Unset = UNSET
    total_network_in_kbps: float | Unset = UNSET
    total_network_out_kbps: float | Unset = UNSET
    running_core_count_by_cpu_model: list[RunningCoreCountByCpuModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        per_running_instance_info: list[dict[str, Any]] | None | Unset
        if isinstance(self.per_running_instance_info, Unset):
            per_running_instance_info = UNSET
        elif isinstance(self.per_running_instance_info, list):
            per_running_instance_info = []
            for per_running_instance_info_type_0_item_data in self.per_running_instance_info:
                per_running_instance_info_type_0_item = per_running_instance_info_type_0_item_data.to_dict()
                per_running_instance_info.append(per_running_instance_info_type_0_item)

        else:
            per_running_instance_info = self.per_running_instance_info

        snapshot_results: list[str] | None | Unset
        if isinstance(self.snapshot_results, Unset):
            snapshot_results = UNSET
        elif isinstance(self.snapshot_results, list):
            snapshot_results = self.snapshot_results

        else:
            snapshot_results = self.snapshot_results

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        average_frequency_g_hz = self.average_frequency_g_hz

        max_frequency_g_hz = self.max_frequency_g_hz

        min_frequency_g_hz = self.min_frequency_g_hz

        average_max_frequency_g_hz = self.average_max_frequency_g_hz

        average_cpu_usage = self.average_cpu_usage

        cluster_power_indicator = self.cluster_power_indicator

        average_memory_usage = self.average_memory_usage

        average_network_in_kbps = self.average_network_in_kbps

        average_network_out_kbps = self.average_network_out_kbps

        total_network_in_kbps = self.total_network_in_kbps

        total_network_out_kbps = self.total_network_out_kbps

        running_core_count_by_cpu_model: list[dict[str, Any]] | None | Unset
        if isinstance(self.running_core_count_by_cpu_model, Unset):
            running_core_count_by_cpu_model = UNSET
        elif isinstance(self.running_core_count_by_cpu_model, list):
            running_core_count_by_cpu_model = []
            for running_core_count_by_cpu_model_type_0_item_data in self.running_core_count_by_cpu_model:
                running_core_count_by_cpu_model_type_0_item = running_core_count_by_cpu_model_type_0_item_data.to_dict()
                running_core_count_by_cpu_model.append(running_core_count_by_cpu_model_type_0_item)

        else:
            running_core_count_by_cpu_model = self.running_core_count_by_cpu_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if per_running_instance_info is not UNSET:
            field_dict["perRunningInstanceInfo"] = per_running_instance_info
        if snapshot_results is not UNSET:
            field_dict["snapshotResults"] = snapshot_results
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if average_frequency_g_hz is not UNSET:
            field_dict["averageFrequencyGHz"] = average_frequency_g_hz
        if max_frequency_g_hz is not UNSET:
            field_dict["maxFrequencyGHz"] = max_frequency_g_hz
        if min_frequency_g_hz is not UNSET:
            field_dict["minFrequencyGHz"] = min_frequency_g_hz
        if average_max_frequency_g_hz is not UNSET:
            field_dict["averageMaxFrequencyGHz"] = average_max_frequency_g_hz
        if average_cpu_usage is not UNSET:
            field_dict["averageCpuUsage"] = average_cpu_usage
        if cluster_power_indicator is not UNSET:
            field_dict["clusterPowerIndicator"] = cluster_power_indicator
        if average_memory_usage is not UNSET:
            field_dict["averageMemoryUsage"] = average_memory_usage
        if average_network_in_kbps is not UNSET:
            field_dict["averageNetworkInKbps"] = average_network_in_kbps
        if average_network_out_kbps is not UNSET:
            field_dict["averageNetworkOutKbps"] = average_network_out_kbps
        if total_network_in_kbps is not UNSET:
            field_dict["totalNetworkInKbps"] = total_network_in_kbps
        if total_network_out_kbps is not UNSET:
            field_dict["totalNetworkOutKbps"] = total_network_out_kbps
        if running_core_count_by_cpu_model is not UNSET:
            field_dict["runningCoreCountByCpuModel"] = running_core_count_by_cpu_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        per_running_instance_info = get("perRunningInstanceInfo", UNSET)
        if per_running_instance_info is not None and per_running_instance_info is not UNSET:
            try:
                if not isinstance(per_running_instance_info, list):
                    raise TypeError()
                per_running_instance_info_type_0 = []
                _per_running_instance_info_type_0 = per_running_instance_info
                for per_running_instance_info_type_0_item_data in _per_running_instance_info_type_0:
                    per_running_instance_info_type_0_item = PerRunningInstanceInfo.from_dict(
                        per_running_instance_info_type_0_item_data
                    )

                    per_running_instance_info_type_0.append(per_running_instance_info_type_0_item)

                per_running_instance_info = per_running_instance_info_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        snapshot_results = get("snapshotResults", UNSET)
        if snapshot_results is not None and snapshot_results is not UNSET:
            try:
                if not isinstance(snapshot_results, list):
                    raise TypeError()
                snapshot_results_type_0 = cast(list[str], snapshot_results)

                snapshot_results = snapshot_results_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        timestamp = get("timestamp", UNSET)
        if timestamp is not None and timestamp is not UNSET:
            try:
                if not isinstance(timestamp, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

                timestamp = timestamp_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        average_frequency_g_hz = get("averageFrequencyGHz", UNSET)

        max_frequency_g_hz = get("maxFrequencyGHz", UNSET)

        min_frequency_g_hz = get("minFrequencyGHz", UNSET)

        average_max_frequency_g_hz = get("averageMaxFrequencyGHz", UNSET)

        average_cpu_usage = get("averageCpuUsage", UNSET)

        cluster_power_indicator = get("clusterPowerIndicator", UNSET)

        average_memory_usage = get("averageMemoryUsage", UNSET)

        average_network_in_kbps = get("averageNetworkInKbps", UNSET)

        average_network_out_kbps = get("averageNetworkOutKbps", UNSET)

        total_network_in_kbps = get("totalNetworkInKbps", UNSET)

        total_network_out_kbps = get("totalNetworkOutKbps", UNSET)

        running_core_count_by_cpu_model = get("runningCoreCountByCpuModel", UNSET)
        if running_core_count_by_cpu_model is not None and running_core_count_by_cpu_model is not UNSET:
            try:
                if not isinstance(running_core_count_by_cpu_model, list):
                    raise TypeError()
                running_core_count_by_cpu_model_type_0 = []
                _running_core_count_by_cpu_model_type_0 = running_core_count_by_cpu_model
                for running_core_count_by_cpu_model_type_0_item_data in _running_core_count_by_cpu_model_type_0:
                    running_core_count_by_cpu_model_type_0_item = RunningCoreCountByCpuModel.from_dict(
                        running_core_count_by_cpu_model_type_0_item_data
                    )

                    running_core_count_by_cpu_model_type_0.append(running_core_count_by_cpu_model_type_0_item)

                running_core_count_by_cpu_model = running_core_count_by_cpu_model_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        running_instances_info = cls(
            per_running_instance_info,
            snapshot_results,
            timestamp,
            average_frequency_g_hz,
            max_frequency_g_hz,
            min_frequency_g_hz,
            average_max_frequency_g_hz,
            average_cpu_usage,
            cluster_power_indicator,
            average_memory_usage,
            average_network_in_kbps,
            average_network_out_kbps,
            total_network_in_kbps,
            total_network_out_kbps,
            running_core_count_by_cpu_model,
        )

        if not _KEYS.issuperset(src_dict):
            running_instances_info.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return running_instances_info

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
    RunningInstancesInfo,
    "additional_properties",
    DictOnFirstRead(RunningInstancesInfo.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "perRunningInstanceInfo",
        "snapshotResults",
        "timestamp",
        "averageFrequencyGHz",
        "maxFrequencyGHz",
        "minFrequencyGHz",
        "averageMaxFrequencyGHz",
        "averageCpuUsage",
        "clusterPowerIndicator",
        "averageMemoryUsage",
        "averageNetworkInKbps",
        "averageNetworkOutKbps",
        "totalNetworkInKbps",
        "totalNetworkOutKbps",
        "runningCoreCountByCpuModel",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global PerRunningInstanceInfo
    global RunningCoreCountByCpuModel
    from ..models.per_running_instance_info import PerRunningInstanceInfo
    from ..models.running_core_count_by_cpu_model import RunningCoreCountByCpuModel

    _PENDING = False
