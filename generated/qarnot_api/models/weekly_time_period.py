from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_of_week import DayOfWeek
from ..types import UNSET, Unset

T = TypeVar("T", bound="WeeklyTimePeriod")


@_attrs_define
class WeeklyTimePeriod:
    """Enabled on some days of the week between two UTC times.

    Attributes:
        type_ (Literal['Weekly']): Variant name. Default: 'Weekly'.
        name (None | str | Unset): Name of the period.
        days (list[DayOfWeek | str] | Unset): Days of the week (case-insensitive names, see `DayOfWeek`).
        start_time_utc (str | Unset): UTC time of day `HH:MM:SS[.fffffff]`, e.g. `19:30:00` or `23:59:59.9999999`.
        end_time_utc (str | Unset): UTC time of day `HH:MM:SS[.fffffff]`, e.g. `19:30:00` or `23:59:59.9999999`.
    """

    type_: Literal["Weekly"] = "Weekly"
    name: None | str | Unset = UNSET
    days: list[DayOfWeek | str] | Unset = UNSET
    start_time_utc: str | Unset = UNSET
    end_time_utc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        days: list[str] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item: str
                if isinstance(days_item_data, DayOfWeek):
                    days_item = days_item_data.value
                else:
                    days_item = days_item_data
                days.append(days_item)

        start_time_utc = self.start_time_utc

        end_time_utc = self.end_time_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if days is not UNSET:
            field_dict["days"] = days
        if start_time_utc is not UNSET:
            field_dict["startTimeUtc"] = start_time_utc
        if end_time_utc is not UNSET:
            field_dict["endTimeUtc"] = end_time_utc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        type_ = cast(Literal["Weekly"], src_dict["type"])
        if type_ != "Weekly":
            raise ValueError(f"type must match const 'Weekly', got '{type_}'")

        name = get("name", UNSET)

        _days = get("days", UNSET)
        days: list[DayOfWeek | str] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = days_item_data
                if isinstance(days_item, str):
                    days_item = DayOfWeek.parse(days_item)

                days.append(days_item)

        start_time_utc = get("startTimeUtc", UNSET)

        end_time_utc = get("endTimeUtc", UNSET)

        weekly_time_period = cls(
            type_=type_,
            name=name,
            days=days,
            start_time_utc=start_time_utc,
            end_time_utc=end_time_utc,
        )

        if not _KEYS.issuperset(src_dict):
            weekly_time_period.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return weekly_time_period

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


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "days",
        "startTimeUtc",
        "endTimeUtc",
    }
)
