from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.filter_leaf import FilterLeaf
    from ..models.filter_node import FilterNode


T = TypeVar("T", bound="PaginateRequest")


@_attrs_define
class PaginateRequest:
    """One page of a token-paginated listing. Send `token` = the previous page's `nextToken` while `isTruncated` is true.

    Attributes:
        token (None | str | Unset): Null or absent for the first page.
        filter_ (FilterLeaf | FilterNode | None | Unset): Filter tree; null or absent for no filtering.
        maximum_results (int | None | Unset): Page size (server default when absent).
        order_by (None | str | Unset): Field path to order by (undocumented; Node.js SDK only).
        order_type (None | str | Unset): Order direction (undocumented; Node.js SDK only).
    """

    token: None | str | Unset = UNSET
    filter_: FilterLeaf | FilterNode | None | Unset = UNSET
    maximum_results: int | None | Unset = UNSET
    order_by: None | str | Unset = UNSET
    order_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, FilterNode) or isinstance(self.filter_, FilterLeaf):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        maximum_results: int | None | Unset
        if isinstance(self.maximum_results, Unset):
            maximum_results = UNSET
        else:
            maximum_results = self.maximum_results

        order_by: None | str | Unset
        if isinstance(self.order_by, Unset):
            order_by = UNSET
        else:
            order_by = self.order_by

        order_type: None | str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        else:
            order_type = self.order_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if token is not UNSET:
            field_dict["token"] = token
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if maximum_results is not UNSET:
            field_dict["maximumResults"] = maximum_results
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if order_type is not UNSET:
            field_dict["orderType"] = order_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        token = get("token", UNSET)

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

        maximum_results = get("maximumResults", UNSET)

        order_by = get("orderBy", UNSET)

        order_type = get("orderType", UNSET)

        paginate_request = cls(
            token,
            filter_,
            maximum_results,
            order_by,
            order_type,
        )

        if not _KEYS.issuperset(src_dict):
            paginate_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return paginate_request

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
setattr(PaginateRequest, "additional_properties", DictOnFirstRead(PaginateRequest.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "token",
        "filter",
        "maximumResults",
        "orderBy",
        "orderType",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global FilterLeaf
    global FilterNode
    from ..models.filter_leaf import FilterLeaf
    from ..models.filter_node import FilterNode

    _PENDING = False
