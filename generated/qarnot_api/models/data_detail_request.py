from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.field_selection import FieldSelection
    from ..models.filter_leaf import FilterLeaf
    from ..models.filter_node import FilterNode


T = TypeVar("T", bound="DataDetailRequest")


@_attrs_define
class DataDetailRequest:
    """A non-paginated search returning only the selected fields.

    Attributes:
        filter_ (FilterLeaf | FilterNode | None | Unset): Filter tree; null or absent for no filtering.
        select (FieldSelection | list[str] | None | Unset): Fields to return, as `{"fields": [...]}` (the form the C#
            SDK sends) or a bare array (Python SDK helper).
        maximum_results (int | None | Unset): Maximum number of items.
    """

    filter_: FilterLeaf | FilterNode | None | Unset = UNSET
    select: FieldSelection | list[str] | None | Unset = UNSET
    maximum_results: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, FilterNode) or isinstance(self.filter_, FilterLeaf):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        select: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.select, Unset):
            select = UNSET
        elif isinstance(self.select, FieldSelection):
            select = self.select.to_dict()
        elif isinstance(self.select, list):
            select = self.select

        else:
            select = self.select

        maximum_results: int | None | Unset
        if isinstance(self.maximum_results, Unset):
            maximum_results = UNSET
        else:
            maximum_results = self.maximum_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if select is not UNSET:
            field_dict["select"] = select
        if maximum_results is not UNSET:
            field_dict["maximumResults"] = maximum_results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        filter_ = get("filter", UNSET)
        if filter_ is not None and filter_ is not UNSET:

            def _parse_filter_(data: object) -> FilterLeaf | FilterNode | None | Unset:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_type_0 = FilterNode.from_dict(data)

                    return componentsschemas_filter_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_type_1 = FilterLeaf.from_dict(data)

                    return componentsschemas_filter_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FilterLeaf | FilterNode | None | Unset, data)

            filter_ = _parse_filter_(filter_)

        select = get("select", UNSET)
        if select is not None and select is not UNSET:

            def _parse_select(data: object) -> FieldSelection | list[str] | None | Unset:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    select_type_0 = FieldSelection.from_dict(data)

                    return select_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    select_type_1 = cast(list[str], data)

                    return select_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FieldSelection | list[str] | None | Unset, data)

            select = _parse_select(select)

        maximum_results = get("maximumResults", UNSET)

        data_detail_request = cls(
            filter_,
            select,
            maximum_results,
        )

        if not _KEYS.issuperset(src_dict):
            data_detail_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return data_detail_request

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
    DataDetailRequest, "additional_properties", DictOnFirstRead(DataDetailRequest.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "filter",
        "select",
        "maximumResults",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global FieldSelection
    global FilterLeaf
    global FilterNode
    from ..models.field_selection import FieldSelection
    from ..models.filter_leaf import FilterLeaf
    from ..models.filter_node import FilterNode

    _PENDING = False
