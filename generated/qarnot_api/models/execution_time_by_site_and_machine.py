from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="ExecutionTimeBySiteAndMachine")


@_attrs_define
class ExecutionTimeBySiteAndMachine:
    """Execution time on one machine specification of one site.

    Attributes:
        site_uuid (None | str | Unset): Site where the instances ran.
        specification_key (None | str | Unset): Machine specification key.
        time (float | None | Unset): Execution time in seconds.
    """

    site_uuid: None | str | Unset = UNSET
    specification_key: None | str | Unset = UNSET
    time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        site_uuid: None | str | Unset
        if isinstance(self.site_uuid, Unset):
            site_uuid = UNSET
        else:
            site_uuid = self.site_uuid

        specification_key: None | str | Unset
        if isinstance(self.specification_key, Unset):
            specification_key = UNSET
        else:
            specification_key = self.specification_key

        time: float | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if site_uuid is not UNSET:
            field_dict["siteUuid"] = site_uuid
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        site_uuid = get("siteUuid", UNSET)

        specification_key = get("specificationKey", UNSET)

        time = get("time", UNSET)

        execution_time_by_site_and_machine = cls(
            site_uuid,
            specification_key,
            time,
        )

        if not _KEYS.issuperset(src_dict):
            execution_time_by_site_and_machine.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KEYS
            }
        return execution_time_by_site_and_machine

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
    ExecutionTimeBySiteAndMachine,
    "additional_properties",
    DictOnFirstRead(ExecutionTimeBySiteAndMachine.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "siteUuid",
        "specificationKey",
        "time",
    }
)
