from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionTimeByInstanceId")


@_attrs_define
class ExecutionTimeByInstanceId:
    """Execution time of one instance.

    Attributes:
        instance_id (int | Unset): Instance id.
        specification_key (None | str | Unset): Machine specification key.
        site_uuid (None | str | Unset): Site where the instance ran.
        time (float | Unset): Execution time in seconds.
        time_g_hz (float | Unset): Execution time in GHz·seconds (the spelling of the official SDKs; Qarnot's published
            document writes `timeGhz`).
        time_ghz (float | None | Unset): The same value as `timeGHz`, under the spelling of Qarnot's published document
            (`executionTimeGhzByCpuModel` items use this spelling everywhere). Read either.
        clock_ratio (float | Unset): Clock ratio.
    """

    instance_id: int | Unset = UNSET
    specification_key: None | str | Unset = UNSET
    site_uuid: None | str | Unset = UNSET
    time: float | Unset = UNSET
    time_g_hz: float | Unset = UNSET
    time_ghz: float | None | Unset = UNSET
    clock_ratio: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        specification_key: None | str | Unset
        if isinstance(self.specification_key, Unset):
            specification_key = UNSET
        else:
            specification_key = self.specification_key

        site_uuid: None | str | Unset
        if isinstance(self.site_uuid, Unset):
            site_uuid = UNSET
        else:
            site_uuid = self.site_uuid

        time = self.time

        time_g_hz = self.time_g_hz

        time_ghz: float | None | Unset
        if isinstance(self.time_ghz, Unset):
            time_ghz = UNSET
        else:
            time_ghz = self.time_ghz

        clock_ratio = self.clock_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if specification_key is not UNSET:
            field_dict["specificationKey"] = specification_key
        if site_uuid is not UNSET:
            field_dict["siteUuid"] = site_uuid
        if time is not UNSET:
            field_dict["time"] = time
        if time_g_hz is not UNSET:
            field_dict["timeGHz"] = time_g_hz
        if time_ghz is not UNSET:
            field_dict["timeGhz"] = time_ghz
        if clock_ratio is not UNSET:
            field_dict["clockRatio"] = clock_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        instance_id = d.pop("instanceId", UNSET)

        def _parse_specification_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specification_key = _parse_specification_key(d.pop("specificationKey", UNSET))

        def _parse_site_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_uuid = _parse_site_uuid(d.pop("siteUuid", UNSET))

        time = d.pop("time", UNSET)

        time_g_hz = d.pop("timeGHz", UNSET)

        def _parse_time_ghz(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        time_ghz = _parse_time_ghz(d.pop("timeGhz", UNSET))

        clock_ratio = d.pop("clockRatio", UNSET)

        execution_time_by_instance_id = cls(
            instance_id=instance_id,
            specification_key=specification_key,
            site_uuid=site_uuid,
            time=time,
            time_g_hz=time_g_hz,
            time_ghz=time_ghz,
            clock_ratio=clock_ratio,
        )

        execution_time_by_instance_id.additional_properties = d
        return execution_time_by_instance_id

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
