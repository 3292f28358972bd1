from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="ElasticProperty")


@_attrs_define
class ElasticProperty:
    """Elastic sizing of a pool (deprecated in favour of `scaling`).

    Attributes:
        is_elastic (bool | None | Unset): The pool resizes itself.
        min_total_slots (int | None | Unset): Minimum number of slots.
        max_total_slots (int | None | Unset): Maximum number of slots.
        min_idle_slots (int | None | Unset): Minimum number of idle slots kept.
        resize_period (int | None | Unset): Seconds between resizes.
        ramp_resize_factor (float | None | Unset): Resize speed factor (0..1).
        min_idle_time_seconds (int | None | Unset): Seconds a slot stays idle before release.
    """

    is_elastic: bool | None | Unset = UNSET
    min_total_slots: int | None | Unset = UNSET
    max_total_slots: int | None | Unset = UNSET
    min_idle_slots: int | None | Unset = UNSET
    resize_period: int | None | Unset = UNSET
    ramp_resize_factor: float | None | Unset = UNSET
    min_idle_time_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        is_elastic: bool | None | Unset
        if isinstance(self.is_elastic, Unset):
            is_elastic = UNSET
        else:
            is_elastic = self.is_elastic

        min_total_slots: int | None | Unset
        if isinstance(self.min_total_slots, Unset):
            min_total_slots = UNSET
        else:
            min_total_slots = self.min_total_slots

        max_total_slots: int | None | Unset
        if isinstance(self.max_total_slots, Unset):
            max_total_slots = UNSET
        else:
            max_total_slots = self.max_total_slots

        min_idle_slots: int | None | Unset
        if isinstance(self.min_idle_slots, Unset):
            min_idle_slots = UNSET
        else:
            min_idle_slots = self.min_idle_slots

        resize_period: int | None | Unset
        if isinstance(self.resize_period, Unset):
            resize_period = UNSET
        else:
            resize_period = self.resize_period

        ramp_resize_factor: float | None | Unset
        if isinstance(self.ramp_resize_factor, Unset):
            ramp_resize_factor = UNSET
        else:
            ramp_resize_factor = self.ramp_resize_factor

        min_idle_time_seconds: int | None | Unset
        if isinstance(self.min_idle_time_seconds, Unset):
            min_idle_time_seconds = UNSET
        else:
            min_idle_time_seconds = self.min_idle_time_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_elastic is not UNSET:
            field_dict["isElastic"] = is_elastic
        if min_total_slots is not UNSET:
            field_dict["minTotalSlots"] = min_total_slots
        if max_total_slots is not UNSET:
            field_dict["maxTotalSlots"] = max_total_slots
        if min_idle_slots is not UNSET:
            field_dict["minIdleSlots"] = min_idle_slots
        if resize_period is not UNSET:
            field_dict["resizePeriod"] = resize_period
        if ramp_resize_factor is not UNSET:
            field_dict["rampResizeFactor"] = ramp_resize_factor
        if min_idle_time_seconds is not UNSET:
            field_dict["minIdleTimeSeconds"] = min_idle_time_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        is_elastic = get("isElastic", UNSET)

        min_total_slots = get("minTotalSlots", UNSET)

        max_total_slots = get("maxTotalSlots", UNSET)

        min_idle_slots = get("minIdleSlots", UNSET)

        resize_period = get("resizePeriod", UNSET)

        ramp_resize_factor = get("rampResizeFactor", UNSET)

        min_idle_time_seconds = get("minIdleTimeSeconds", UNSET)

        elastic_property = cls(
            is_elastic,
            min_total_slots,
            max_total_slots,
            min_idle_slots,
            resize_period,
            ramp_resize_factor,
            min_idle_time_seconds,
        )

        if not _KEYS.issuperset(src_dict):
            elastic_property.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return elastic_property

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
setattr(ElasticProperty, "additional_properties", DictOnFirstRead(ElasticProperty.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "isElastic",
        "minTotalSlots",
        "maxTotalSlots",
        "minIdleSlots",
        "resizePeriod",
        "rampResizeFactor",
        "minIdleTimeSeconds",
    }
)
