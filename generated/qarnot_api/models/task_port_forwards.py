from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DictOnFirstRead

if TYPE_CHECKING:
    from ..models.instance_port_forwards import InstancePortForwards


T = TypeVar("T", bound="TaskPortForwards")


@_attrs_define
class TaskPortForwards:
    """Port forwards of a task, by instance id (as a string)."""

    additional_properties: dict[str, InstancePortForwards] = _attrs_field(init=False)

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
        task_port_forwards = cls()

        if not _KEYS.issuperset(src_dict):
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KEYS:
                    continue
                additional_property = InstancePortForwards.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            task_port_forwards.additional_properties = additional_properties
        return task_port_forwards

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> InstancePortForwards:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: InstancePortForwards) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(TaskPortForwards, "additional_properties", DictOnFirstRead(TaskPortForwards.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset({})


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global InstancePortForwards
    global PortForward
    from ..models.instance_port_forwards import InstancePortForwards
    from ..models.port_forward import PortForward

    _PENDING = False
