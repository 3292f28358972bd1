from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.task_summary import TaskSummary


T = TypeVar("T", bound="TaskSummaryPage")


@_attrs_define
class TaskSummaryPage:
    """A page of task summaries.

    Attributes:
        data (list[TaskSummary] | None | Unset): Task summaries of this page.
        token (None | str | Unset): Token that produced this page (null on the first page).
        next_token (None | str | Unset): Token of the next page (opaque).
        is_truncated (bool | Unset): More pages exist: request the next one with `token` = `nextToken`.
        total (int | None | Unset): Number of items matching the request over all pages (in Qarnot's published document;
            not read by the SDKs).
        count (int | None | Unset): Number of items (seen in some answers only).
    """

    data: list[TaskSummary] | None | Unset = UNSET
    token: None | str | Unset = UNSET
    next_token: None | str | Unset = UNSET
    is_truncated: bool | Unset = UNSET
    total: int | None | Unset = UNSET
    count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

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

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

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
        if total is not UNSET:
            field_dict["total"] = total
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        data = get("data", UNSET)
        if data is not None and data is not UNSET:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = TaskSummary.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                data = data_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        token = get("token", UNSET)

        next_token = get("nextToken", UNSET)

        is_truncated = get("isTruncated", UNSET)

        total = get("total", UNSET)

        count = get("count", UNSET)

        task_summary_page = cls(
            data,
            token,
            next_token,
            is_truncated,
            total,
            count,
        )

        if not _KEYS.issuperset(src_dict):
            task_summary_page.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return task_summary_page

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
setattr(TaskSummaryPage, "additional_properties", DictOnFirstRead(TaskSummaryPage.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "data",
        "token",
        "nextToken",
        "isTruncated",
        "total",
        "count",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global TaskSummary
    from ..models.task_summary import TaskSummary

    _PENDING = False
