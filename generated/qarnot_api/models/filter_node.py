from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_node_operator import FilterNodeOperator

if TYPE_CHECKING:
    from ..models.filter_leaf import FilterLeaf


T = TypeVar("T", bound="FilterNode")


@_attrs_define
class FilterNode:
    """Combines sub-filters with `And` or `Or`.

    Attributes:
        operator (FilterNodeOperator | str): `And` or `Or` (any string is accepted).
        filters (list[FilterLeaf | FilterNode]): Sub-filters, nodes or leaves.
    """

    operator: FilterNodeOperator | str
    filters: list[FilterLeaf | FilterNode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: str
        if isinstance(self.operator, FilterNodeOperator):
            operator = self.operator.value
        else:
            operator = self.operator

        filters = []
        for filters_item_data in self.filters:
            filters_item: dict[str, Any]
            if isinstance(filters_item_data, FilterNode):
                filters_item = filters_item_data.to_dict()
            else:
                filters_item = filters_item_data.to_dict()

            filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        operator = src_dict["operator"]
        if isinstance(operator, str):
            operator = FilterNodeOperator.parse(operator)

        filters = []
        _filters = src_dict["filters"]
        for filters_item_data in _filters:
            filters_item = filters_item_data

            def _parse_filters_item(data: object) -> FilterLeaf | FilterNode:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_type_0 = FilterNode.from_dict(data)

                    return componentsschemas_filter_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_filter_type_1 = FilterLeaf.from_dict(data)

                return componentsschemas_filter_type_1

            filters_item = _parse_filters_item(filters_item)

            filters.append(filters_item)

        filter_node = cls(
            operator=operator,
            filters=filters,
        )

        if not _KEYS.issuperset(src_dict):
            filter_node.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return filter_node

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
        "operator",
        "filters",
    }
)


# Imported once the class exists, so that models referring to each other load in any order.
from ..models.filter_leaf import FilterLeaf
