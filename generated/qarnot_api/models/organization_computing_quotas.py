from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.reserved_scheduling_quota import ReservedSchedulingQuota
    from ..models.scheduling_quota import SchedulingQuota


T = TypeVar("T", bound="OrganizationComputingQuotas")


@_attrs_define
class OrganizationComputingQuotas:
    """Computing quotas of the user's organization.

    Attributes:
        name (None | str | Unset): Organization name.
        flex (None | SchedulingQuota | Unset): Quota of the `Flex` scheduling class.
        on_demand (None | SchedulingQuota | Unset): Quota of the `OnDemand` scheduling class.
        reserved (list[ReservedSchedulingQuota] | None | Unset): Quotas of the reservations.
    """

    name: None | str | Unset = UNSET
    flex: None | SchedulingQuota | Unset = UNSET
    on_demand: None | SchedulingQuota | Unset = UNSET
    reserved: list[ReservedSchedulingQuota] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        flex: dict[str, Any] | None | Unset
        if isinstance(self.flex, Unset):
            flex = UNSET
        elif isinstance(self.flex, SchedulingQuota):
            flex = self.flex.to_dict()
        else:
            flex = self.flex

        on_demand: dict[str, Any] | None | Unset
        if isinstance(self.on_demand, Unset):
            on_demand = UNSET
        elif isinstance(self.on_demand, SchedulingQuota):
            on_demand = self.on_demand.to_dict()
        else:
            on_demand = self.on_demand

        reserved: list[dict[str, Any]] | None | Unset
        if isinstance(self.reserved, Unset):
            reserved = UNSET
        elif isinstance(self.reserved, list):
            reserved = []
            for reserved_type_0_item_data in self.reserved:
                reserved_type_0_item = reserved_type_0_item_data.to_dict()
                reserved.append(reserved_type_0_item)

        else:
            reserved = self.reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if flex is not UNSET:
            field_dict["flex"] = flex
        if on_demand is not UNSET:
            field_dict["onDemand"] = on_demand
        if reserved is not UNSET:
            field_dict["reserved"] = reserved

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        name = get("name", UNSET)

        flex = get("flex", UNSET)
        if flex is not None and flex is not UNSET:
            try:
                if not isinstance(flex, dict):
                    raise TypeError()
                flex_type_0 = SchedulingQuota.from_dict(flex)

                flex = flex_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        on_demand = get("onDemand", UNSET)
        if on_demand is not None and on_demand is not UNSET:
            try:
                if not isinstance(on_demand, dict):
                    raise TypeError()
                on_demand_type_0 = SchedulingQuota.from_dict(on_demand)

                on_demand = on_demand_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        reserved = get("reserved", UNSET)
        if reserved is not None and reserved is not UNSET:
            try:
                if not isinstance(reserved, list):
                    raise TypeError()
                reserved_type_0 = []
                _reserved_type_0 = reserved
                for reserved_type_0_item_data in _reserved_type_0:
                    reserved_type_0_item = ReservedSchedulingQuota.from_dict(reserved_type_0_item_data)

                    reserved_type_0.append(reserved_type_0_item)

                reserved = reserved_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        organization_computing_quotas = cls(
            name,
            flex,
            on_demand,
            reserved,
        )

        if not _KEYS.issuperset(src_dict):
            organization_computing_quotas.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return organization_computing_quotas

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
    OrganizationComputingQuotas,
    "additional_properties",
    DictOnFirstRead(OrganizationComputingQuotas.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "flex",
        "onDemand",
        "reserved",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global ReservedSchedulingQuota
    global SchedulingQuota
    from ..models.reserved_scheduling_quota import ReservedSchedulingQuota
    from ..models.scheduling_quota import SchedulingQuota

    _PENDING = False
