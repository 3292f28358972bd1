from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_summary import PoolSummary


T = TypeVar("T", bound="PoolSummaryPage")


@_attrs_define
class PoolSummaryPage:
    """A page of pool summaries.

    Attributes:
        data (list[PoolSummary] | Unset): Pool summaries of this page.
        token (None | str | Unset): Token that produced this page (null on the first page).
        next_token (None | str | Unset): Token of the next page (opaque).
        is_truncated (bool | Unset): More pages exist: request the next one with `token` = `nextToken`.
        count (int | None | Unset): Number of items (seen in some answers only).
    """

    data: list[PoolSummary] | Unset = UNSET
    token: None | str | Unset = UNSET
    next_token: None | str | Unset = UNSET
    is_truncated: bool | Unset = UNSET
    count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token

        is_truncated = self.is_truncated

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        if token is not UNSET:
            field_dict["token"] = token
        if next_token is not UNSET:
            field_dict["nextToken"] = next_token
        if is_truncated is not UNSET:
            field_dict["isTruncated"] = is_truncated
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _data = get("data", UNSET)
        data: list[PoolSummary] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = PoolSummary.from_dict(data_item_data)

                data.append(data_item)

        token = get("token", UNSET)

        next_token = get("nextToken", UNSET)

        is_truncated = get("isTruncated", UNSET)

        count = get("count", UNSET)

        pool_summary_page = cls(
            data=data,
            token=token,
            next_token=next_token,
            is_truncated=is_truncated,
            count=count,
        )

        if not _KEYS.issuperset(src_dict):
            pool_summary_page.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return pool_summary_page

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
        "data",
        "token",
        "nextToken",
        "isTruncated",
        "count",
    }
)


# Imported once the class exists, so that models referring to each other load in any order.
from ..models.pool_summary import PoolSummary
