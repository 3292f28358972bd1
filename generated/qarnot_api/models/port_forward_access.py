from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="PortForwardAccess")


@_attrs_define
class PortForwardAccess:
    """Public address of a forwarded port.

    Attributes:
        public_host (None | str | Unset): e.g. `{taskUuid}-{instance}-{name}.gateway.qarnotservices.com`.
        public_port (int | None | Unset): Public port.
    """

    public_host: None | str | Unset = UNSET
    public_port: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        public_host: None | str | Unset
        if isinstance(self.public_host, Unset):
            public_host = UNSET
        else:
            public_host = self.public_host

        public_port: int | None | Unset
        if isinstance(self.public_port, Unset):
            public_port = UNSET
        else:
            public_port = self.public_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if public_host is not UNSET:
            field_dict["publicHost"] = public_host
        if public_port is not UNSET:
            field_dict["publicPort"] = public_port

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        public_host = get("publicHost", UNSET)

        public_port = get("publicPort", UNSET)

        port_forward_access = cls(
            public_host,
            public_port,
        )

        if not _KEYS.issuperset(src_dict):
            port_forward_access.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return port_forward_access

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
    PortForwardAccess, "additional_properties", DictOnFirstRead(PortForwardAccess.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "publicHost",
        "publicPort",
    }
)
