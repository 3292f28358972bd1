from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.organization_computing_quotas import OrganizationComputingQuotas
    from ..models.user_computing_quotas import UserComputingQuotas


T = TypeVar("T", bound="ComputingQuotas")


@_attrs_define
class ComputingQuotas:
    """Computing quotas of the user and of the organization.

    Attributes:
        user (None | Unset | UserComputingQuotas): Quotas of the user.
        organization (None | OrganizationComputingQuotas | Unset): Quotas of the organization; null when the user has
            none.
    """

    user: None | Unset | UserComputingQuotas = UNSET
    organization: None | OrganizationComputingQuotas | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserComputingQuotas):
            user = self.user.to_dict()
        else:
            user = self.user

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, OrganizationComputingQuotas):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user is not UNSET:
            field_dict["user"] = user
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        user = get("user", UNSET)
        if user is not None and user is not UNSET:
            try:
                if not isinstance(user, dict):
                    raise TypeError()
                user_type_0 = UserComputingQuotas.from_dict(user)

                user = user_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        organization = get("organization", UNSET)
        if organization is not None and organization is not UNSET:
            try:
                if not isinstance(organization, dict):
                    raise TypeError()
                organization_type_0 = OrganizationComputingQuotas.from_dict(organization)

                organization = organization_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        computing_quotas = cls(
            user,
            organization,
        )

        if not _KEYS.issuperset(src_dict):
            computing_quotas.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return computing_quotas

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
setattr(ComputingQuotas, "additional_properties", DictOnFirstRead(ComputingQuotas.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "user",
        "organization",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global OrganizationComputingQuotas
    global UserComputingQuotas
    from ..models.organization_computing_quotas import OrganizationComputingQuotas
    from ..models.user_computing_quotas import UserComputingQuotas

    _PENDING = False
