from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DictOnFirstRead

if TYPE_CHECKING:
    from ..models.running_counts import RunningCounts


T = TypeVar("T", bound="RunningCountsPerUser")


@_attrs_define
class RunningCountsPerUser:
    """Running counts by user e-mail; users running nothing in the category are absent."""

    additional_properties: dict[str, RunningCounts] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        running_counts_per_user = cls()

        if not _KEYS.issuperset(src_dict):
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KEYS:
                    continue
                additional_property = RunningCounts.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            running_counts_per_user.additional_properties = additional_properties
        return running_counts_per_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> RunningCounts:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: RunningCounts) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(
    RunningCountsPerUser,
    "additional_properties",
    DictOnFirstRead(RunningCountsPerUser.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset({})


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global RunningCounts
    from ..models.running_counts import RunningCounts

    _PENDING = False
