from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_node_operator import FilterNodeOperator
from ..types import DictOnFirstRead

if TYPE_CHECKING:
    from ..models.filter_leaf import FilterLeaf


T = TypeVar("T", bound="FilterNode")


@_attrs_define
class FilterNode:
    """Combines sub-filters with `And` or `Or`.

    Attributes:
        operator (FilterNodeOperator | None | str): `And` or `Or` (any string is accepted).
        filters (list[FilterLeaf | FilterNode] | None): Sub-filters, nodes or leaves.
    """

    operator: FilterNodeOperator | None | str
    filters: list[FilterLeaf | FilterNode] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        operator: None | str
        if isinstance(self.operator, FilterNodeOperator):
            operator = self.operator.value
        else:
            operator = self.operator

        filters: list[dict[str, Any]] | None
        if isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item: dict[str, Any]
                if isinstance(filters_type_0_item_data, FilterNode):
                    filters_type_0_item = filters_type_0_item_data.to_dict()
                else:
                    filters_type_0_item = filters_type_0_item_data.to_dict()

                filters.append(filters_type_0_item)

        else:
            filters = self.filters

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
        if _PENDING:
            _resolve()
        get = src_dict.get
        operator = src_dict["operator"]
        if isinstance(operator, str):
            operator = FilterNodeOperator.parse(operator)

        filters = src_dict["filters"]
        if filters is not None:
            try:
                if not isinstance(filters, list):
                    raise TypeError()
                filters_type_0 = []
                _filters_type_0 = filters
                for filters_type_0_item_data in _filters_type_0:
                    filters_type_0_item = filters_type_0_item_data

                    def _parse_filters_type_0_item(data: object) -> FilterLeaf | FilterNode:
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

                    filters_type_0_item = _parse_filters_type_0_item(filters_type_0_item)

                    filters_type_0.append(filters_type_0_item)

                filters = filters_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        filter_node = cls(
            operator,
            filters,
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


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(FilterNode, "additional_properties", DictOnFirstRead(FilterNode.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "operator",
        "filters",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global FilterLeaf
    from ..models.filter_leaf import FilterLeaf

    _PENDING = False
