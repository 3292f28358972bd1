from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="SnapshotConfig")


@_attrs_define
class SnapshotConfig:
    """What an instant snapshot uploads, and where.

    Attributes:
        whitelist (None | str | Unset): Regular expression of the file paths to include.
        blacklist (None | str | Unset): Regular expression of the file paths to exclude.
        bucket (None | str | Unset): Target bucket; defaults to the task's snapshot or result bucket.
        bucket_prefix (None | str | Unset): Key prefix added to the uploaded files.
    """

    whitelist: None | str | Unset = UNSET
    blacklist: None | str | Unset = UNSET
    bucket: None | str | Unset = UNSET
    bucket_prefix: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        whitelist: None | str | Unset
        if isinstance(self.whitelist, Unset):
            whitelist = UNSET
        else:
            whitelist = self.whitelist

        blacklist: None | str | Unset
        if isinstance(self.blacklist, Unset):
            blacklist = UNSET
        else:
            blacklist = self.blacklist

        bucket: None | str | Unset
        if isinstance(self.bucket, Unset):
            bucket = UNSET
        else:
            bucket = self.bucket

        bucket_prefix: None | str | Unset
        if isinstance(self.bucket_prefix, Unset):
            bucket_prefix = UNSET
        else:
            bucket_prefix = self.bucket_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if whitelist is not UNSET:
            field_dict["whitelist"] = whitelist
        if blacklist is not UNSET:
            field_dict["blacklist"] = blacklist
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if bucket_prefix is not UNSET:
            field_dict["bucketPrefix"] = bucket_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        whitelist = get("whitelist", UNSET)

        blacklist = get("blacklist", UNSET)

        bucket = get("bucket", UNSET)

        bucket_prefix = get("bucketPrefix", UNSET)

        snapshot_config = cls(
            whitelist,
            blacklist,
            bucket,
            bucket_prefix,
        )

        if not _KEYS.issuperset(src_dict):
            snapshot_config.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return snapshot_config

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
setattr(SnapshotConfig, "additional_properties", DictOnFirstRead(SnapshotConfig.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "whitelist",
        "blacklist",
        "bucket",
        "bucketPrefix",
    }
)
