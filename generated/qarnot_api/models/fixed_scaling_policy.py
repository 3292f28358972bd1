from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.always_time_period import AlwaysTimePeriod
    from ..models.unknown_time_period import UnknownTimePeriod
    from ..models.weekly_time_period import WeeklyTimePeriod


T = TypeVar("T", bound="FixedScalingPolicy")


@_attrs_define
class FixedScalingPolicy:
    """A fixed number of slots.

    Attributes:
        type_ (Literal['Fixed']): Variant name. Default: 'Fixed'.
        name (None | str | Unset): Name of the policy.
        enabled_periods (list[AlwaysTimePeriod | UnknownTimePeriod | WeeklyTimePeriod] | None | Unset): When the policy
            applies; empty or absent means always.
        slots_count (int | Unset): Number of slots.
    """

    type_: Literal["Fixed"] = "Fixed"
    name: None | str | Unset = UNSET
    enabled_periods: list[AlwaysTimePeriod | UnknownTimePeriod | WeeklyTimePeriod] | None | Unset = UNSET
    slots_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        enabled_periods: list[dict[str, Any]] | None | Unset
        if isinstance(self.enabled_periods, Unset):
            enabled_periods = UNSET
        elif isinstance(self.enabled_periods, list):
            enabled_periods = []
            for enabled_periods_type_0_item_data in self.enabled_periods:
                enabled_periods_type_0_item: dict[str, Any]
                if isinstance(enabled_periods_type_0_item_data, AlwaysTimePeriod) or isinstance(
                    enabled_periods_type_0_item_data, WeeklyTimePeriod
                ):
                    enabled_periods_type_0_item = enabled_periods_type_0_item_data.to_dict()
                else:
                    enabled_periods_type_0_item = enabled_periods_type_0_item_data.to_dict()

                enabled_periods.append(enabled_periods_type_0_item)

        else:
            enabled_periods = self.enabled_periods

        slots_count = self.slots_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if enabled_periods is not UNSET:
            field_dict["enabledPeriods"] = enabled_periods
        if slots_count is not UNSET:
            field_dict["slotsCount"] = slots_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        type_ = cast(Literal["Fixed"], src_dict["type"])
        if type_ != "Fixed":
            raise ValueError(f"type must match const 'Fixed', got '{type_}'")

        name = get("name", UNSET)

        enabled_periods = get("enabledPeriods", UNSET)
        if enabled_periods is not None and enabled_periods is not UNSET:
            try:
                if not isinstance(enabled_periods, list):
                    raise TypeError()
                enabled_periods_type_0 = []
                _enabled_periods_type_0 = enabled_periods
                for enabled_periods_type_0_item_data in _enabled_periods_type_0:
                    enabled_periods_type_0_item = enabled_periods_type_0_item_data

                    def _parse_enabled_periods_type_0_item(
                        data: object,
                    ) -> AlwaysTimePeriod | UnknownTimePeriod | WeeklyTimePeriod:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_time_period_type_0 = AlwaysTimePeriod.from_dict(data)

                            return componentsschemas_time_period_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_time_period_type_1 = WeeklyTimePeriod.from_dict(data)

                            return componentsschemas_time_period_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_time_period_type_2 = UnknownTimePeriod.from_dict(data)

                        return componentsschemas_time_period_type_2

                    enabled_periods_type_0_item = _parse_enabled_periods_type_0_item(enabled_periods_type_0_item)

                    enabled_periods_type_0.append(enabled_periods_type_0_item)

                enabled_periods = enabled_periods_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        slots_count = get("slotsCount", UNSET)

        fixed_scaling_policy = cls(
            type_,
            name,
            enabled_periods,
            slots_count,
        )

        if not _KEYS.issuperset(src_dict):
            fixed_scaling_policy.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return fixed_scaling_policy

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
    FixedScalingPolicy, "additional_properties", DictOnFirstRead(FixedScalingPolicy.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "enabledPeriods",
        "slotsCount",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global AlwaysTimePeriod
    global UnknownTimePeriod
    global WeeklyTimePeriod
    from ..models.always_time_period import AlwaysTimePeriod
    from ..models.unknown_time_period import UnknownTimePeriod
    from ..models.weekly_time_period import WeeklyTimePeriod

    _PENDING = False
