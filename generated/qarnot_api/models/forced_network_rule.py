from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="ForcedNetworkRule")


@_attrs_define
class ForcedNetworkRule:
    """A network rule forced on the instances (internal use).

    Attributes:
        inbound (bool | Unset): True for an inbound rule, false for outbound.
        proto (str | Unset): Protocol, e.g. `tcp`, `udp`, `https`.
        port (None | str | Unset): Inbound port on the instance.
        to (None | str | Unset): Inbound rule, allowed source.
        public_host (None | str | Unset): Outbound rule, allowed destination host.
        public_port (None | str | Unset): Outbound rule, destination port.
        forwarder (None | str | Unset): Forwarder type.
        priority (None | str | Unset): Priority of the rule, e.g. `1000`.
        description (None | str | Unset): Free description.
        to_q_box (bool | None | Unset): The endpoint is on the host ("qbox").
        to_payload (bool | None | Unset): The endpoint is in the payload.
        name (None | str | Unset): Name of the rule.
        application_type (None | str | Unset): Application type, e.g. `ssh`, `http`, `https`.
    """

    inbound: bool | Unset = UNSET
    proto: str | Unset = UNSET
    port: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    public_host: None | str | Unset = UNSET
    public_port: None | str | Unset = UNSET
    forwarder: None | str | Unset = UNSET
    priority: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    to_q_box: bool | None | Unset = UNSET
    to_payload: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    application_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        inbound = self.inbound

        proto = self.proto

        port: None | str | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        public_host: None | str | Unset
        if isinstance(self.public_host, Unset):
            public_host = UNSET
        else:
            public_host = self.public_host

        public_port: None | str | Unset
        if isinstance(self.public_port, Unset):
            public_port = UNSET
        else:
            public_port = self.public_port

        forwarder: None | str | Unset
        if isinstance(self.forwarder, Unset):
            forwarder = UNSET
        else:
            forwarder = self.forwarder

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        to_q_box: bool | None | Unset
        if isinstance(self.to_q_box, Unset):
            to_q_box = UNSET
        else:
            to_q_box = self.to_q_box

        to_payload: bool | None | Unset
        if isinstance(self.to_payload, Unset):
            to_payload = UNSET
        else:
            to_payload = self.to_payload

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        application_type: None | str | Unset
        if isinstance(self.application_type, Unset):
            application_type = UNSET
        else:
            application_type = self.application_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if proto is not UNSET:
            field_dict["proto"] = proto
        if port is not UNSET:
            field_dict["port"] = port
        if to is not UNSET:
            field_dict["to"] = to
        if public_host is not UNSET:
            field_dict["publicHost"] = public_host
        if public_port is not UNSET:
            field_dict["publicPort"] = public_port
        if forwarder is not UNSET:
            field_dict["forwarder"] = forwarder
        if priority is not UNSET:
            field_dict["priority"] = priority
        if description is not UNSET:
            field_dict["description"] = description
        if to_q_box is not UNSET:
            field_dict["toQBox"] = to_q_box
        if to_payload is not UNSET:
            field_dict["toPayload"] = to_payload
        if name is not UNSET:
            field_dict["name"] = name
        if application_type is not UNSET:
            field_dict["applicationType"] = application_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        inbound = get("inbound", UNSET)

        proto = get("proto", UNSET)

        port = get("port", UNSET)

        to = get("to", UNSET)

        public_host = get("publicHost", UNSET)

        public_port = get("publicPort", UNSET)

        forwarder = get("forwarder", UNSET)

        priority = get("priority", UNSET)

        description = get("description", UNSET)

        to_q_box = get("toQBox", UNSET)

        to_payload = get("toPayload", UNSET)

        name = get("name", UNSET)

        application_type = get("applicationType", UNSET)

        forced_network_rule = cls(
            inbound,
            proto,
            port,
            to,
            public_host,
            public_port,
            forwarder,
            priority,
            description,
            to_q_box,
            to_payload,
            name,
            application_type,
        )

        if not _KEYS.issuperset(src_dict):
            forced_network_rule.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return forced_network_rule

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
    ForcedNetworkRule, "additional_properties", DictOnFirstRead(ForcedNetworkRule.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "inbound",
        "proto",
        "port",
        "to",
        "publicHost",
        "publicPort",
        "forwarder",
        "priority",
        "description",
        "toQBox",
        "toPayload",
        "name",
        "applicationType",
    }
)
