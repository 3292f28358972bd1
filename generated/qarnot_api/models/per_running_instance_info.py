from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.active_forward import ActiveForward
    from ..models.vpn_connection import VpnConnection


T = TypeVar("T", bound="PerRunningInstanceInfo")


@_attrs_define
class PerRunningInstanceInfo:
    """Live figures of one running instance.

    Attributes:
        phase (None | str | Unset): Phase of the instance, lower case, e.g. `environment`, `execution` (other values
            such as download/upload are possible).
        instance_id (int | Unset): Instance id.
        max_frequency_g_hz (float | Unset): Maximum CPU frequency.
        current_frequency_g_hz (float | Unset): Current CPU frequency.
        cpu_usage (float | Unset): CPU usage in percent.
        max_memory_mb (float | Unset): Memory of the node, MB.
        current_memory_mb (float | Unset): Memory in use, MB.
        memory_usage (float | Unset): Memory usage ratio.
        network_in_kbps (float | Unset): Incoming network throughput.
        network_out_kbps (float | Unset): Outgoing network throughput.
        progress (float | Unset): Progress in percent.
        execution_time_sec (float | Unset): Execution time in seconds.
        execution_time_g_hz (float | Unset): Execution time in GHz·seconds.
        specification_key (None | str | Unset): Machine specification key.
        cpu_model (None | str | Unset): CPU model.
        core_count (int | Unset): Cores of the node.
        clock_ratio (float | Unset): Clock ratio.
        execution_attempt_count (int | Unset): Execution attempts (greater than 1 after a preemption or retry).
        active_forwards (list[ActiveForward] | None | Unset): Port forwards active on the instance.
        vpn_connections (list[VpnConnection] | None | Unset): VPN connections of the instance.
    """

    phase: None | str | Unset = UNSET
    instance_id: int | Unset = UNSET
    max_frequency_g_hz: float | Unset = UNSET
    current_frequency_g_hz: float | Unset = UNSET
    cpu_usage: float | Unset = UNSET
    max_memory_mb: float | Unset = UNSET
    current_memory_mb: float | Unset = UNSET
    memory_usage: float | Unset = UNSET
    network_in_kbps: float | Unset = UNSET
    network_out_kbps: float | Unset = UNSET
    progress: float | Unset = UNSET
    execution_time_sec: float | Unset = UNSET
    execution_time_g_hz: float | Unset = UNSET
    specification_key: None | str | Unset = UNSET
    cpu_model: None | str | Unset = UNSET
    core_count: int | Unset = UNSET
    clock_ratio: float | Unset = UNSET
    execution_attempt_count: int | Unset = UNSET
    active_forwards: list[ActiveForward] | None | Unset = UNSET
    vpn_connections: list[VpnConnection] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        instance_id = self.instance_id

        max_frequency_g_hz = self.max_frequency_g_hz

        current_frequency_g_hz = self.current_frequency_g_hz

        cpu_usage = self.cpu_usage

        max_memory_mb = self.max_memory_mb

        current_memory_mb = self.current_memory_mb

        memory_usage = self.memory_usage

        network_in_kbps = self.network_in_kbps

        network_out_kbps = self.network_out_kbps

        progress = self.progress

        execution_time_sec = self.execution_time_sec

        execution_time_g_hz = self.execution_time_g_hz

        specification_key: None | str | Unset
        if isinstance(self.specification_key, Unset):
            specification_key = UNSET
        else:
            specification_key = self.specification_key

        cpu_model: None | str | Unset
        if isinstance(self.cpu_model, Unset):
            cpu_model = UNSET
        else:
            cpu_model = self.cpu_model

        core_count = self.core_count

        clock_ratio = self.clock_ratio

        execution_attempt_count = self.execution_attempt_count

        active_forwards: list[dict[str, Any]] | None | Unset
        if isinstance(self.active_forwards, Unset):
            active_forwards = UNSET
        elif isinstance(self.active_forwards, list):
            active_forwards = []
            for active_forwards_type_0_item_data in self.active_forwards:
                active_forwards_type_0_item = active_forwards_type_0_item_data.to_dict()
                active_forwards.append(active_forwards_type_0_item)

        else:
            active_forwards = self.active_forwards

        vpn_connections: list[dict[str, Any]] | None | Unset
        if isinstance(self.vpn_connections, Unset):
            vpn_connections = UNSET
        elif isinstance(self.vpn_connections, list):
            vpn_connections = []
            for vpn_connections_type_0_item_data in self.vpn_connections:
                vpn_connections_type_0_item = vpn_connections_type_0_item_data.to_dict()
                vpn_connections.append(vpn_connections_type_0_item)

        else:
            vpn_connections = self.vpn_connections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phase is not UNSET:
            field_dict["phase"] = phase
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if max_frequency_g_hz is not UNSET:
            field_dict["maxFrequencyGHz"] = max_frequency_g_hz
        if current_frequency_g_hz is not UNSET:
            field_dict["currentFrequencyGHz"] = current_frequency_g_hz
        if cpu_usage is not UNSET:
            field_dict["cpuUsage"] = cpu_usage
        if max_memory_mb is not UNSET:
            field_dict["maxMemoryMB"] = max_memory_mb
        if current_memory_mb is not UNSET:
            field_dict["currentMemoryMB"] = current_memory_mb
        if memory_usage is not UNSET:
            field_dict["memoryUsage"] = memory_usage
        if network_in_kbps is not UNSET:
            field_dict["networkInKbps"] = network_in_kbps
        if network_out_kbps is not UNSET:
            field_dict["networkOutKbps"] = network_out_kbps
        if progress is not UNSET:
            field_dict["progress"] = progress
        if execution_time_sec is not UNSET:
            field_dict["executionTimeSec"] = execution_time_sec
        if execution_time_g_hz is not UNSET:
            field_dict["executionTimeGHz"] = execution_time_g_hz
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key
        if cpu_model is not UNSET:
            field_dict["cpuModel"] = cpu_model
        if core_count is not UNSET:
            field_dict["coreCount"] = core_count
        if clock_ratio is not UNSET:
            field_dict["clockRatio"] = clock_ratio
        if execution_attempt_count is not UNSET:
            field_dict["executionAttemptCount"] = execution_attempt_count
        if active_forwards is not UNSET:
            field_dict["activeForwards"] = active_forwards
        if vpn_connections is not UNSET:
            field_dict["vpnConnections"] = vpn_connections

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        phase = get("phase", UNSET)

        instance_id = get("instanceId", UNSET)

        max_frequency_g_hz = get("maxFrequencyGHz", UNSET)

        current_frequency_g_hz = get("currentFrequencyGHz", UNSET)

        cpu_usage = get("cpuUsage", UNSET)

        max_memory_mb = get("maxMemoryMB", UNSET)

        current_memory_mb = get("currentMemoryMB", UNSET)

        memory_usage = get("memoryUsage", UNSET)

        network_in_kbps = get("networkInKbps", UNSET)

        network_out_kbps = get("networkOutKbps", UNSET)

        progress = get("progress", UNSET)

        execution_time_sec = get("executionTimeSec", UNSET)

        execution_time_g_hz = get("executionTimeGHz", UNSET)

        specification_key = get("specificationKey", UNSET)

        cpu_model = get("cpuModel", UNSET)

        core_count = get("coreCount", UNSET)

        clock_ratio = get("clockRatio", UNSET)

        execution_attempt_count = get("executionAttemptCount", UNSET)

        active_forwards = get("activeForwards", UNSET)
        if active_forwards is not None and active_forwards is not UNSET:
            try:
                if not isinstance(active_forwards, list):
                    raise TypeError()
                active_forwards_type_0 = []
                _active_forwards_type_0 = active_forwards
                for active_forwards_type_0_item_data in _active_forwards_type_0:
                    active_forwards_type_0_item = ActiveForward.from_dict(active_forwards_type_0_item_data)

                    active_forwards_type_0.append(active_forwards_type_0_item)

                active_forwards = active_forwards_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vpn_connections = get("vpnConnections", UNSET)
        if vpn_connections is not None and vpn_connections is not UNSET:
            try:
                if not isinstance(vpn_connections, list):
                    raise TypeError()
                vpn_connections_type_0 = []
                _vpn_connections_type_0 = vpn_connections
                for vpn_connections_type_0_item_data in _vpn_connections_type_0:
                    vpn_connections_type_0_item = VpnConnection.from_dict(vpn_connections_type_0_item_data)

                    vpn_connections_type_0.append(vpn_connections_type_0_item)

                vpn_connections = vpn_connections_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        per_running_instance_info = cls(
            phase,
            instance_id,
            max_frequency_g_hz,
            current_frequency_g_hz,
            cpu_usage,
            max_memory_mb,
            current_memory_mb,
            memory_usage,
            network_in_kbps,
            network_out_kbps,
            progress,
            execution_time_sec,
            execution_time_g_hz,
            specification_key,
            cpu_model,
            core_count,
            clock_ratio,
            execution_attempt_count,
            active_forwards,
            vpn_connections,
        )

        if not _KEYS.issuperset(src_dict):
            per_running_instance_info.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return per_running_instance_info

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
    PerRunningInstanceInfo,
    "additional_properties",
    DictOnFirstRead(PerRunningInstanceInfo.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "phase",
        "instanceId",
        "maxFrequencyGHz",
        "currentFrequencyGHz",
        "cpuUsage",
        "maxMemoryMB",
        "currentMemoryMB",
        "memoryUsage",
        "networkInKbps",
        "networkOutKbps",
        "progress",
        "executionTimeSec",
        "executionTimeGHz",
        "specificationKey",
        "cpuModel",
        "coreCount",
        "clockRatio",
        "executionAttemptCount",
        "activeForwards",
        "vpnConnections",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global ActiveForward
    global VpnConnection
    from ..models.active_forward import ActiveForward
    from ..models.vpn_connection import VpnConnection

    _PENDING = False
