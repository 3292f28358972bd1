from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="BulkTaskResponse")


@_attrs_define
class BulkTaskResponse:
    """Outcome of one item of a batch submission (`POST /tasks` or `POST /jobs` with an array), in the order of the
    request. The item is a success when `statusCode` is 2xx and `uuid` is set.

        Attributes:
            uuid (None | str | Unset): Uuid of the created task, null on failure.
            status_code (int | None | Unset): HTTP status of this item.
            message (None | str | Unset): Error message of this item, if any.
    """

    uuid: None | str | Unset = UNSET
    status_code: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        uuid = get("uuid", UNSET)

        status_code = get("statusCode", UNSET)

        message = get("message", UNSET)

        bulk_task_response = cls(
            uuid,
            status_code,
            message,
        )

        if not _KEYS.issuperset(src_dict):
            bulk_task_response.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return bulk_task_response

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
setattr(BulkTaskResponse, "additional_properties", DictOnFirstRead(BulkTaskResponse.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "statusCode",
        "message",
    }
)
