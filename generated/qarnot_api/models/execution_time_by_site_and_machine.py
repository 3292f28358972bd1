from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update({})
        if site_uuid is not UNSET:
            field_dict["siteUuid"] = site_uuid
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_site_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_uuid = _parse_site_uuid(d.pop("siteUuid", UNSET))

        def _parse_specification_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specification_key = _parse_specification_key(d.pop("specificationKey", UNSET))

        def _parse_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        time = _parse_time(d.pop("time", UNSET))

        execution_time_by_site_and_machine = cls(
            site_uuid=site_uuid,
            specification_key=specification_key,
            time=time,
        )

        execution_time_by_site_and_machine.additional_properties = d
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
