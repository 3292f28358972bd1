from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="VpnConnection")


@_attrs_define
class VpnConnection:
    """A VPN connection of a running instance.

    Attributes:
        vpn_name (None | str | Unset): Name of the VPN.
        node_ip_address_cidr (None | str | Unset): Address of the node on the VPN, e.g. `172.20.0.14/16`.
    """

    vpn_name: None | str | Unset = UNSET
    node_ip_address_cidr: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        vpn_name: None | str | Unset
        if isinstance(self.vpn_name, Unset):
            vpn_name = UNSET
        else:
            vpn_name = self.vpn_name

        node_ip_address_cidr: None | str | Unset
        if isinstance(self.node_ip_address_cidr, Unset):
            node_ip_address_cidr = UNSET
        else:
            node_ip_address_cidr = self.node_ip_address_cidr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if vpn_name is not UNSET:
            field_dict["vpnName"] = vpn_name
        if node_ip_address_cidr is not UNSET:
            field_dict["nodeIPAddressCidr"] = node_ip_address_cidr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        vpn_name = get("vpnName", UNSET)

        node_ip_address_cidr = get("nodeIPAddressCidr", UNSET)

        vpn_connection = cls(
            vpn_name,
            node_ip_address_cidr,
        )

        if not _KEYS.issuperset(src_dict):
            vpn_connection.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return vpn_connection

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
setattr(VpnConnection, "additional_properties", DictOnFirstRead(VpnConnection.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "vpnName",
        "nodeIPAddressCidr",
    }
)
