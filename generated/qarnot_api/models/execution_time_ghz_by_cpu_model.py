from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="ExecutionTimeGhzByCpuModel")


@_attrs_define
class ExecutionTimeGhzByCpuModel:
    """Execution time in GHz·s spent on one CPU model.

    Attributes:
        model (None | str | Unset): CPU model.
        time_ghz (float | Unset): Execution time in GHz·seconds.
        clock_ratio (float | Unset): Clock ratio.
        core (int | Unset): Number of cores.
    """

    model: None | str | Unset = UNSET
    time_ghz: float | Unset = UNSET
    clock_ratio: float | Unset = UNSET
    core: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        time_ghz = self.time_ghz

        clock_ratio = self.clock_ratio

        core = self.core

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not UNSET:
            field_dict["model"] = model
        if time_ghz is not UNSET:
            field_dict["timeGhz"] = time_ghz
        if clock_ratio is not UNSET:
            field_dict["clockRatio"] = clock_ratio
        if core is not UNSET:
            field_dict["core"] = core

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model = get("model", UNSET)

        time_ghz = get("timeGhz", UNSET)

        clock_ratio = get("clockRatio", UNSET)

        core = get("core", UNSET)

        execution_time_ghz_by_cpu_model = cls(
            model,
            time_ghz,
            clock_ratio,
            core,
        )

        if not _KEYS.issuperset(src_dict):
            execution_time_ghz_by_cpu_model.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KEYS
            }
        return execution_time_ghz_by_cpu_model

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
    ExecutionTimeGhzByCpuModel,
    "additional_properties",
    DictOnFirstRead(ExecutionTimeGhzByCpuModel.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "model",
        "timeGhz",
        "clockRatio",
        "core",
    }
)
