from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DictOnFirstRead

T = TypeVar("T", bound="FieldSelection")


@_attrs_define
class FieldSelection:
    """Fields to return.

    Attributes:
        fields (list[str] | None): PascalCase field paths, e.g. `Name`, `Uuid`, `State`, `Status`.
    """

    fields: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        fields: list[str] | None
        if isinstance(self.fields, list):
            fields = self.fields

        else:
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        fields = src_dict["fields"]
        if fields is not None:
            try:
                if not isinstance(fields, list):
                    raise TypeError()
                fields_type_0 = cast(list[str], fields)

                fields = fields_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        field_selection = cls(
            fields,
        )

        if not _KEYS.issuperset(src_dict):
            field_selection.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return field_selection

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
setattr(FieldSelection, "additional_properties", DictOnFirstRead(FieldSelection.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "fields",
    }
)
