from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.port_forward_access import PortForwardAccess


T = TypeVar("T", bound="PortForward")


@_attrs_define
class PortForward:
    """A port forwarding rule of one instance.

    Attributes:
        name (None | str | Unset): Name of the rule.
        enabled (bool | None | Unset): The rule is enabled.
        application_type (None | str | Unset): e.g. `vnc`.
        proto (None | str | Unset): e.g. `https`.
        port (int | None | Unset): Port inside the instance.
        allowed_i_ps (None | str | Unset): Allowed source addresses (CIDR list).
        access (None | PortForwardAccess | Unset): Public address of the forwarded port.
    """

    name: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    application_type: None | str | Unset = UNSET
    proto: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    allowed_i_ps: None | str | Unset = UNSET
    access: None | PortForwardAccess | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        application_type: None | str | Unset
        if isinstance(self.application_type, Unset):
            application_type = UNSET
        else:
            application_type = self.application_type

        proto: None | str | Unset
        if isinstance(self.proto, Unset):
            proto = UNSET
        else:
            proto = self.proto

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        allowed_i_ps: None | str | Unset
        if isinstance(self.allowed_i_ps, Unset):
            allowed_i_ps = UNSET
        else:
            allowed_i_ps = self.allowed_i_ps

        access: dict[str, Any] | None | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        elif isinstance(self.access, PortForwardAccess):
            access = self.access.to_dict()
        else:
            access = self.access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if application_type is not UNSET:
            field_dict["applicationType"] = application_type
        if proto is not UNSET:
            field_dict["proto"] = proto
        if port is not UNSET:
            field_dict["port"] = port
        if allowed_i_ps is not UNSET:
            field_dict["allowedIPs"] = allowed_i_ps
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        name = get("name", UNSET)

        enabled = get("enabled", UNSET)

        application_type = get("applicationType", UNSET)

        proto = get("proto", UNSET)

        port = get("port", UNSET)

        allowed_i_ps = get("allowedIPs", UNSET)

        access = get("access", UNSET)
        if access is not None and access is not UNSET:
            try:
                if not isinstance(access, dict):
                    raise TypeError()
                access_type_0 = PortForwardAccess.from_dict(access)

                access = access_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        port_forward = cls(
            name,
            enabled,
            application_type,
            proto,
            port,
            allowed_i_ps,
            access,
        )

        if not _KEYS.issuperset(src_dict):
            port_forward.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return port_forward

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
setattr(PortForward, "additional_properties", DictOnFirstRead(PortForward.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "enabled",
        "applicationType",
        "proto",
        "port",
        "allowedIPs",
        "access",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global PortForwardAccess
    from ..models.port_forward_access import PortForwardAccess

    _PENDING = False
