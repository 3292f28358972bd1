from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="RunningCoreCountByCpuModel")


@_attrs_define
class RunningCoreCountByCpuModel:
    """Cores currently running on one CPU model.

    Attributes:
        model (None | str | Unset): CPU model.
        core (int | Unset): Cores of the model.
        running_core_count (int | Unset): Running cores.
        running_corecount (int | None | Unset): The same value as `runningCoreCount`, with the lower-case `c` of
            Qarnot's published document (the SDKs and the recorded answers write `runningCoreCount`). Read either.
    """

    model: None | str | Unset = UNSET
    core: int | Unset = UNSET
    running_core_count: int | Unset = UNSET
    running_corecount: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        core = self.core

        running_core_count = self.running_core_count

        running_corecount: int | None | Unset
        if isinstance(self.running_corecount, Unset):
            running_corecount = UNSET
        else:
            running_corecount = self.running_corecount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not UNSET:
            field_dict["model"] = model
        if core is not UNSET:
            field_dict["core"] = core
        if running_core_count is not UNSET:
            field_dict["runningCoreCount"] = running_core_count
        if running_corecount is not UNSET:
            field_dict["runningCorecount"] = running_corecount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model = get("model", UNSET)

        core = get("core", UNSET)

        running_core_count = get("runningCoreCount", UNSET)

        running_corecount = get("runningCorecount", UNSET)

        if (running_core_count is UNSET or running_core_count is None) and running_corecount is not UNSET:
            running_core_count = running_corecount
        elif (running_corecount is UNSET or running_corecount is None) and running_core_count is not UNSET:
            running_corecount = running_core_count

        running_core_count_by_cpu_model = cls(
            model,
            core,
            running_core_count,
            running_corecount,
        )

        if not _KEYS.issuperset(src_dict):
            running_core_count_by_cpu_model.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KEYS
            }
        return running_core_count_by_cpu_model

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
    RunningCoreCountByCpuModel,
    "additional_properties",
    DictOnFirstRead(RunningCoreCountByCpuModel.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "model",
        "core",
        "runningCoreCount",
        "runningCorecount",
    }
)
