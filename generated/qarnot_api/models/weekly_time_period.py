from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_of_week import DayOfWeek
from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="WeeklyTimePeriod")


@_attrs_define
class WeeklyTimePeriod:
    """Enabled on some days of the week between two UTC times.

    Attributes:
        type_ (Literal['Weekly']): Variant name. Default: 'Weekly'.
        name (None | str | Unset): Name of the period.
        days (list[DayOfWeek | str] | None | Unset): Days of the week (case-insensitive names, see `DayOfWeek`).
        start_time_utc (str | Unset): UTC time of day `HH:MM:SS[.fffffff]`, e.g. `19:30:00` or `23:59:59.9999999`.
        end_time_utc (str | Unset): UTC time of day `HH:MM:SS[.fffffff]`, e.g. `19:30:00` or `23:59:59.9999999`.
    """

    type_: Literal["Weekly"] = "Weekly"
    name: None | str | Unset = UNSET
    days: list[DayOfWeek | str] | None | Unset = UNSET
    start_time_utc: str | Unset = UNSET
    end_time_utc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        days: list[str] | None | Unset
        if isinstance(self.days, Unset):
            days = UNSET
        elif isinstance(self.days, list):
            days = []
            for days_type_0_item_data in self.days:
                days_type_0_item: str
                if isinstance(days_type_0_item_data, DayOfWeek):
                    days_type_0_item = days_type_0_item_data.value
                else:
                    days_type_0_item = days_type_0_item_data
                days.append(days_type_0_item)

        else:
            days = self.days

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

        days = get("days", UNSET)
        if days is not None and days is not UNSET:
            try:
                if not isinstance(days, list):
                    raise TypeError()
                days_type_0 = []
                _days_type_0 = days
                for days_type_0_item_data in _days_type_0:
                    days_type_0_item = days_type_0_item_data
                    if isinstance(days_type_0_item, str):
                        days_type_0_item = DayOfWeek.parse(days_type_0_item)

                    days_type_0.append(days_type_0_item)

                days = days_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        start_time_utc = get("startTimeUtc", UNSET)

        end_time_utc = get("endTimeUtc", UNSET)

        weekly_time_period = cls(
            type_,
            name,
            days,
            start_time_utc,
            end_time_utc,
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


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(WeeklyTimePeriod, "additional_properties", DictOnFirstRead(WeeklyTimePeriod.__dict__["additional_properties"]))  # noqa: B010


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
