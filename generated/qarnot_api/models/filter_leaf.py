from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_leaf_operator import FilterLeafOperator
from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="FilterLeaf")


@_attrs_define
class FilterLeaf:
    """Compares one field. `field` is a PascalCase field path (`Name`, `State`, `Tags`, `Dependencies.DependsOn`,
    `ElasticProperty.MaxTotalSlots`...). `In`/`NotIn` take their list in `values` (C# SDK) or in `value` (Python SDK);
    the other operators take `value`.

        Attributes:
            operator (FilterLeafOperator | str): Comparison (see `FilterLeafOperator`; any string is accepted).
            field (None | str): Field path.
            value (Any | Unset): Value compared with (any JSON type).
            values (list[bool | float | None | str] | None | Unset): Values of an `In`/`NotIn` comparison (strings, numbers
                or booleans).
    """

    operator: FilterLeafOperator | str
    field: None | str
    value: Any | Unset = UNSET
    values: list[bool | float | None | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        operator: str
        if isinstance(self.operator, FilterLeafOperator):
            operator = self.operator.value
        else:
            operator = self.operator

        field: None | str
        field = self.field

        value = self.value

        values: list[bool | float | None | str] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = []
            for values_type_0_item_data in self.values:
                values_type_0_item: bool | float | None | str
                values_type_0_item = values_type_0_item_data
                values.append(values_type_0_item)

        else:
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "field": field,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        operator = src_dict["operator"]
        if isinstance(operator, str):
            operator = FilterLeafOperator.parse(operator)

        field = src_dict["field"]

        value = get("value", UNSET)

        values = get("values", UNSET)
        if values is not None and values is not UNSET:
            try:
                if not isinstance(values, list):
                    raise TypeError()
                values_type_0 = []
                _values_type_0 = values
                for values_type_0_item_data in _values_type_0:
                    values_type_0_item = values_type_0_item_data

                    values_type_0.append(values_type_0_item)

                values = values_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        filter_leaf = cls(
            operator,
            field,
            value,
            values,
        )

        if not _KEYS.issuperset(src_dict):
            filter_leaf.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return filter_leaf

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
setattr(FilterLeaf, "additional_properties", DictOnFirstRead(FilterLeaf.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "operator",
        "field",
        "value",
        "values",
    }
)
