from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.secret_access_by_prefix import SecretAccessByPrefix
    from ..models.secret_access_by_secret import SecretAccessBySecret


T = TypeVar("T", bound="SecretsAccessRights")


@_attrs_define
class SecretsAccessRights:
    """Secrets the instances may read at run time.

    Attributes:
        by_secret (list[SecretAccessBySecret] | None | Unset): Secrets granted by exact key.
        by_prefix (list[SecretAccessByPrefix] | None | Unset): Secrets granted by key prefix.
    """

    by_secret: list[SecretAccessBySecret] | None | Unset = UNSET
    by_prefix: list[SecretAccessByPrefix] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        by_secret: list[dict[str, Any]] | None | Unset
        if isinstance(self.by_secret, Unset):
            by_secret = UNSET
        elif isinstance(self.by_secret, list):
            by_secret = []
            for by_secret_type_0_item_data in self.by_secret:
                by_secret_type_0_item = by_secret_type_0_item_data.to_dict()
                by_secret.append(by_secret_type_0_item)

        else:
            by_secret = self.by_secret

        by_prefix: list[dict[str, Any]] | None | Unset
        if isinstance(self.by_prefix, Unset):
            by_prefix = UNSET
        elif isinstance(self.by_prefix, list):
            by_prefix = []
            for by_prefix_type_0_item_data in self.by_prefix:
                by_prefix_type_0_item = by_prefix_type_0_item_data.to_dict()
                by_prefix.append(by_prefix_type_0_item)

        else:
            by_prefix = self.by_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if by_secret is not UNSET:
            field_dict["bySecret"] = by_secret
        if by_prefix is not UNSET:
            field_dict["byPrefix"] = by_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        by_secret = get("bySecret", UNSET)
        if by_secret is not None and by_secret is not UNSET:
            try:
                if not isinstance(by_secret, list):
                    raise TypeError()
                by_secret_type_0 = []
                _by_secret_type_0 = by_secret
                for by_secret_type_0_item_data in _by_secret_type_0:
                    by_secret_type_0_item = SecretAccessBySecret.from_dict(by_secret_type_0_item_data)

                    by_secret_type_0.append(by_secret_type_0_item)

                by_secret = by_secret_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        by_prefix = get("byPrefix", UNSET)
        if by_prefix is not None and by_prefix is not UNSET:
            try:
                if not isinstance(by_prefix, list):
                    raise TypeError()
                by_prefix_type_0 = []
                _by_prefix_type_0 = by_prefix
                for by_prefix_type_0_item_data in _by_prefix_type_0:
                    by_prefix_type_0_item = SecretAccessByPrefix.from_dict(by_prefix_type_0_item_data)

                    by_prefix_type_0.append(by_prefix_type_0_item)

                by_prefix = by_prefix_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        secrets_access_rights = cls(
            by_secret,
            by_prefix,
        )

        if not _KEYS.issuperset(src_dict):
            secrets_access_rights.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return secrets_access_rights

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
    SecretsAccessRights, "additional_properties", DictOnFirstRead(SecretsAccessRights.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "bySecret",
        "byPrefix",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global SecretAccessByPrefix
    global SecretAccessBySecret
    from ..models.secret_access_by_prefix import SecretAccessByPrefix
    from ..models.secret_access_by_secret import SecretAccessBySecret

    _PENDING = False
