from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="ActiveForward")


@_attrs_define
class ActiveForward:
    """A port forward active on a running instance.

    Attributes:
        application_port (int | Unset): Port inside the instance.
        forwarder_port (int | Unset): Public port on the forwarder.
        forwarder_host (None | str | Unset): Public host of the forwarder.
        bind_address (None | str | Unset): Bind address.
    """

    application_port: int | Unset = UNSET
    forwarder_port: int | Unset = UNSET
    forwarder_host: None | str | Unset = UNSET
    bind_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        application_port = self.application_port

        forwarder_port = self.forwarder_port

        forwarder_host: None | str | Unset
        if isinstance(self.forwarder_host, Unset):
            forwarder_host = UNSET
        else:
            forwarder_host = self.forwarder_host

        bind_address: None | str | Unset
        if isinstance(self.bind_address, Unset):
            bind_address = UNSET
        else:
            bind_address = self.bind_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if application_port is not UNSET:
            field_dict["applicationPort"] = application_port
        if forwarder_port is not UNSET:
            field_dict["forwarderPort"] = forwarder_port
        if forwarder_host is not UNSET:
            field_dict["forwarderHost"] = forwarder_host
        if bind_address is not UNSET:
            field_dict["bindAddress"] = bind_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        application_port = get("applicationPort", UNSET)

        forwarder_port = get("forwarderPort", UNSET)

        forwarder_host = get("forwarderHost", UNSET)

        bind_address = get("bindAddress", UNSET)

        active_forward = cls(
            application_port,
            forwarder_port,
            forwarder_host,
            bind_address,
        )

        if not _KEYS.issuperset(src_dict):
            active_forward.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return active_forward

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
setattr(ActiveForward, "additional_properties", DictOnFirstRead(ActiveForward.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "applicationPort",
        "forwarderPort",
        "forwarderHost",
        "bindAddress",
    }
)
