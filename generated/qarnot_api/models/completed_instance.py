from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.execution_error import ExecutionError


T = TypeVar("T", bound="CompletedInstance")


@_attrs_define
class CompletedInstance:
    """Outcome of one finished instance.

    Attributes:
        instance_id (int | Unset): Instance id.
        state (None | str | Unset): Final state of the instance, e.g. `Success`, `Failure`, `Cancelled`.
        wall_time_sec (float | Unset): Wall time, seconds.
        exec_time_sec (float | Unset): Execution time, seconds.
        exec_time_sec_g_hz (float | Unset): Execution time, GHz·seconds.
        average_g_hz (float | Unset): Average CPU frequency, GHz.
        clock_ratio (float | Unset): Clock ratio.
        peak_memory_mb (float | Unset): Peak memory, MB.
        results (list[str] | None | Unset): Result objects as `s3://<storage host>/<bucket>/<key>` URIs.
        error (ExecutionError | None | Unset): Error of the instance, if any.
        specification_key (None | str | Unset): Machine specification key, e.g. `32c-128g-amd-tr2990wx-ssd`.
        cpu_model (None | str | Unset): CPU model.
        core_count (int | Unset): Cores of the node.
        execution_attempt_count (int | Unset): Execution attempts.
    """

    instance_id: int | Unset = UNSET
    state: None | str | Unset = UNSET
    wall_time_sec: float | Unset = UNSET
    exec_time_sec: float | Unset = UNSET
    exec_time_sec_g_hz: float | Unset = UNSET
    average_g_hz: float | Unset = UNSET
    clock_ratio: float | Unset = UNSET
    peak_memory_mb: float | Unset = UNSET
    results: list[str] | None | Unset = UNSET
    error: ExecutionError | None | Unset = UNSET
    specification_key: None | str | Unset = UNSET
    cpu_model: None | str | Unset = UNSET
    core_count: int | Unset = UNSET
    execution_attempt_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.execution_error import ExecutionError

        instance_id = self.instance_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        wall_time_sec = self.wall_time_sec

        exec_time_sec = self.exec_time_sec

        exec_time_sec_g_hz = self.exec_time_sec_g_hz

        average_g_hz = self.average_g_hz

        clock_ratio = self.clock_ratio

        peak_memory_mb = self.peak_memory_mb

        results: list[str] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = self.results

        else:
            results = self.results

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ExecutionError):
            error = self.error.to_dict()
        else:
            error = self.error

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

        execution_attempt_count = self.execution_attempt_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if state is not UNSET:
            field_dict["state"] = state
        if wall_time_sec is not UNSET:
            field_dict["wallTimeSec"] = wall_time_sec
        if exec_time_sec is not UNSET:
            field_dict["execTimeSec"] = exec_time_sec
        if exec_time_sec_g_hz is not UNSET:
            field_dict["execTimeSecGHz"] = exec_time_sec_g_hz
        if average_g_hz is not UNSET:
            field_dict["averageGHz"] = average_g_hz
        if clock_ratio is not UNSET:
            field_dict["clockRatio"] = clock_ratio
        if peak_memory_mb is not UNSET:
            field_dict["peakMemoryMB"] = peak_memory_mb
        if results is not UNSET:
            field_dict["results"] = results
        if error is not UNSET:
            field_dict["error"] = error
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key
        if cpu_model is not UNSET:
            field_dict["cpuModel"] = cpu_model
        if core_count is not UNSET:
            field_dict["coreCount"] = core_count
        if execution_attempt_count is not UNSET:
            field_dict["executionAttemptCount"] = execution_attempt_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.execution_error import ExecutionError

        d = dict(src_dict)
        instance_id = d.pop("instanceId", UNSET)

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        wall_time_sec = d.pop("wallTimeSec", UNSET)

        exec_time_sec = d.pop("execTimeSec", UNSET)

        exec_time_sec_g_hz = d.pop("execTimeSecGHz", UNSET)

        average_g_hz = d.pop("averageGHz", UNSET)

        clock_ratio = d.pop("clockRatio", UNSET)

        peak_memory_mb = d.pop("peakMemoryMB", UNSET)

        def _parse_results(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = cast(list[str], data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        def _parse_error(data: object) -> ExecutionError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ExecutionError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_specification_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specification_key = _parse_specification_key(d.pop("specificationKey", UNSET))

        def _parse_cpu_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_model = _parse_cpu_model(d.pop("cpuModel", UNSET))

        core_count = d.pop("coreCount", UNSET)

        execution_attempt_count = d.pop("executionAttemptCount", UNSET)

        completed_instance = cls(
            instance_id=instance_id,
            state=state,
            wall_time_sec=wall_time_sec,
            exec_time_sec=exec_time_sec,
            exec_time_sec_g_hz=exec_time_sec_g_hz,
            average_g_hz=average_g_hz,
            clock_ratio=clock_ratio,
            peak_memory_mb=peak_memory_mb,
            results=results,
            error=error,
            specification_key=specification_key,
            cpu_model=cpu_model,
            core_count=core_count,
            execution_attempt_count=execution_attempt_count,
        )

        completed_instance.additional_properties = d
        return completed_instance

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
