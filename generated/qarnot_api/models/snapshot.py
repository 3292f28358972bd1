from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snapshot_status import SnapshotStatus
from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.snapshot_config import SnapshotConfig


T = TypeVar("T", bound="Snapshot")


@_attrs_define
class Snapshot:
    """An instant snapshot and its progress.

    Attributes:
        id (str | Unset): Snapshot id, e.g. `snap_52c10b2d-0687-41e1-985e-7279f6dd543a_20251228234559`.
        task_uuid (None | str | Unset): Task snapshotted.
        trigger_date (datetime.datetime | None | Unset): When the snapshot was requested.
        last_update_date (datetime.datetime | None | Unset): Last progress update.
        snapshot_config (None | SnapshotConfig | Unset): What the snapshot uploads, and where.
        status (None | SnapshotStatus | str | Unset): Progress (see `SnapshotStatus`; any other string is possible).
        size_to_upload (int | None | Unset): Bytes to upload.
        transferred_size (int | None | Unset): Bytes uploaded so far.
    """

    id: str | Unset = UNSET
    task_uuid: None | str | Unset = UNSET
    trigger_date: datetime.datetime | None | Unset = UNSET
    last_update_date: datetime.datetime | None | Unset = UNSET
    snapshot_config: None | SnapshotConfig | Unset = UNSET
    status: None | SnapshotStatus | str | Unset = UNSET
    size_to_upload: int | None | Unset = UNSET
    transferred_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        id = self.id

        task_uuid: None | str | Unset
        if isinstance(self.task_uuid, Unset):
            task_uuid = UNSET
        else:
            task_uuid = self.task_uuid

        trigger_date: None | str | Unset
        if isinstance(self.trigger_date, Unset):
            trigger_date = UNSET
        elif isinstance(self.trigger_date, datetime.datetime):
            trigger_date = self.trigger_date.isoformat()
        else:
            trigger_date = self.trigger_date

        last_update_date: None | str | Unset
        if isinstance(self.last_update_date, Unset):
            last_update_date = UNSET
        elif isinstance(self.last_update_date, datetime.datetime):
            last_update_date = self.last_update_date.isoformat()
        else:
            last_update_date = self.last_update_date

        snapshot_config: dict[str, Any] | None | Unset
        if isinstance(self.snapshot_config, Unset):
            snapshot_config = UNSET
        elif isinstance(self.snapshot_config, SnapshotConfig):
            snapshot_config = self.snapshot_config.to_dict()
        else:
            snapshot_config = self.snapshot_config

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SnapshotStatus):
            status = self.status.value
        else:
            status = self.status

        size_to_upload: int | None | Unset
        if isinstance(self.size_to_upload, Unset):
            size_to_upload = UNSET
        else:
            size_to_upload = self.size_to_upload

        transferred_size: int | None | Unset
        if isinstance(self.transferred_size, Unset):
            transferred_size = UNSET
        else:
            transferred_size = self.transferred_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if task_uuid is not UNSET:
            field_dict["taskUuid"] = task_uuid
        if trigger_date is not UNSET:
            field_dict["triggerDate"] = trigger_date
        if last_update_date is not UNSET:
            field_dict["lastUpdateDate"] = last_update_date
        if snapshot_config is not UNSET:
            field_dict["snapshotConfig"] = snapshot_config
        if status is not UNSET:
            field_dict["status"] = status
        if size_to_upload is not UNSET:
            field_dict["sizeToUpload"] = size_to_upload
        if transferred_size is not UNSET:
            field_dict["transferredSize"] = transferred_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        id = get("id", UNSET)

        task_uuid = get("taskUuid", UNSET)

        trigger_date = get("triggerDate", UNSET)
        if trigger_date is not None and trigger_date is not UNSET:
            try:
                if not isinstance(trigger_date, str):
                    raise TypeError()
                trigger_date_type_0 = datetime.datetime.fromisoformat(trigger_date)

                trigger_date = trigger_date_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        last_update_date = get("lastUpdateDate", UNSET)
        if last_update_date is not None and last_update_date is not UNSET:
            try:
                if not isinstance(last_update_date, str):
                    raise TypeError()
                last_update_date_type_0 = datetime.datetime.fromisoformat(last_update_date)

                last_update_date = last_update_date_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        snapshot_config = get("snapshotConfig", UNSET)
        if snapshot_config is not None and snapshot_config is not UNSET:
            try:
                if not isinstance(snapshot_config, dict):
                    raise TypeError()
                snapshot_config_type_0 = SnapshotConfig.from_dict(snapshot_config)

                snapshot_config = snapshot_config_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        status = get("status", UNSET)
        if isinstance(status, str):
            status = SnapshotStatus.parse(status)

        size_to_upload = get("sizeToUpload", UNSET)

        transferred_size = get("transferredSize", UNSET)

        snapshot = cls(
            id,
            task_uuid,
            trigger_date,
            last_update_date,
            snapshot_config,
            status,
            size_to_upload,
            transferred_size,
        )

        if not _KEYS.issuperset(src_dict):
            snapshot.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return snapshot

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
setattr(Snapshot, "additional_properties", DictOnFirstRead(Snapshot.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "taskUuid",
        "triggerDate",
        "lastUpdateDate",
        "snapshotConfig",
        "status",
        "sizeToUpload",
        "transferredSize",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global SnapshotConfig
    from ..models.snapshot_config import SnapshotConfig

    _PENDING = False
