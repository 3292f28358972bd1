from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

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
    additional_properties: dict[str, Any] = _attrs_field(init=False)

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
        get = src_dict.get
        instance_id = get("instanceId", UNSET)

        specification_key = get("specificationKey", UNSET)

        site_uuid = get("siteUuid", UNSET)

        time = get("time", UNSET)

        time_g_hz = get("timeGHz", UNSET)

        time_ghz = get("timeGhz", UNSET)

        clock_ratio = get("clockRatio", UNSET)

        if (time_g_hz is UNSET or time_g_hz is None) and time_ghz is not UNSET:
            time_g_hz = time_ghz
        elif (time_ghz is UNSET or time_ghz is None) and time_g_hz is not UNSET:
            time_ghz = time_g_hz

        execution_time_by_instance_id = cls(
            instance_id,
            specification_key,
            site_uuid,
            time,
            time_g_hz,
            time_ghz,
            clock_ratio,
        )

        if not _KEYS.issuperset(src_dict):
            execution_time_by_instance_id.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
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


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(
    ExecutionTimeByInstanceId,
    "additional_properties",
    DictOnFirstRead(ExecutionTimeByInstanceId.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "instanceId",
        "specificationKey",
        "siteUuid",
        "time",
        "timeGHz",
        "timeGhz",
        "clockRatio",
    }
)
