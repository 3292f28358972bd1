from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

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
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
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
        if _PENDING:
            _resolve()
        get = src_dict.get
        instance_id = get("instanceId", UNSET)

        state = get("state", UNSET)

        wall_time_sec = get("wallTimeSec", UNSET)

        exec_time_sec = get("execTimeSec", UNSET)

        exec_time_sec_g_hz = get("execTimeSecGHz", UNSET)

        average_g_hz = get("averageGHz", UNSET)

        clock_ratio = get("clockRatio", UNSET)

        peak_memory_mb = get("peakMemoryMB", UNSET)

        results = get("results", UNSET)
        if results is not None and results is not UNSET:
            try:
                if not isinstance(results, list):
                    raise TypeError()
                results_type_0 = cast(list[str], results)

                results = results_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        error = get("error", UNSET)
        if error is not None and error is not UNSET:
            try:
                if not isinstance(error, dict):
                    raise TypeError()
                error_type_0 = ExecutionError.from_dict(error)

                error = error_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        specification_key = get("specificationKey", UNSET)

        cpu_model = get("cpuModel", UNSET)

        core_count = get("coreCount", UNSET)

        execution_attempt_count = get("executionAttemptCount", UNSET)

        completed_instance = cls(
            instance_id,
            state,
            wall_time_sec,
            exec_time_sec,
            exec_time_sec_g_hz,
            average_g_hz,
            clock_ratio,
            peak_memory_mb,
            results,
            error,
            specification_key,
            cpu_model,
            core_count,
            execution_attempt_count,
        )

        if not _KEYS.issuperset(src_dict):
            completed_instance.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
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


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(
    CompletedInstance, "additional_properties", DictOnFirstRead(CompletedInstance.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "instanceId",
        "state",
        "wallTimeSec",
        "execTimeSec",
        "execTimeSecGHz",
        "averageGHz",
        "clockRatio",
        "peakMemoryMB",
        "results",
        "error",
        "specificationKey",
        "cpuModel",
        "coreCount",
        "executionAttemptCount",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global ExecutionError
    from ..models.execution_error import ExecutionError

    _PENDING = False
