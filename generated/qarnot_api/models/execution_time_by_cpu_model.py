from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="ExecutionTimeByCpuModel")


@_attrs_define
class ExecutionTimeByCpuModel:
    """Execution time spent on one CPU model.

    Attributes:
        model (None | str | Unset): CPU model.
        time (float | Unset): Execution time in seconds.
        core (int | Unset): Number of cores.
    """

    model: None | str | Unset = UNSET
    time: float | Unset = UNSET
    core: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        time = self.time

        core = self.core

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not UNSET:
            field_dict["model"] = model
        if time is not UNSET:
            field_dict["time"] = time
        if core is not UNSET:
            field_dict["core"] = core

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model = get("model", UNSET)

        time = get("time", UNSET)

        core = get("core", UNSET)

        execution_time_by_cpu_model = cls(
            model,
            time,
            core,
        )

        if not _KEYS.issuperset(src_dict):
            execution_time_by_cpu_model.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return execution_time_by_cpu_model

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
    ExecutionTimeByCpuModel,
    "additional_properties",
    DictOnFirstRead(ExecutionTimeByCpuModel.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "model",
        "time",
        "core",
    }
)
