from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.prefix_filtering import PrefixFiltering


T = TypeVar("T", bound="ResourcesFiltering")


@_attrs_define
class ResourcesFiltering:
    """Filters applied to the objects of a resource bucket.

    Attributes:
        prefix_filtering (None | PrefixFiltering | Unset): Keep only the objects under a prefix.
    """

    prefix_filtering: None | PrefixFiltering | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        prefix_filtering: dict[str, Any] | None | Unset
        if isinstance(self.prefix_filtering, Unset):
            prefix_filtering = UNSET
        elif isinstance(self.prefix_filtering, PrefixFiltering):
            prefix_filtering = self.prefix_filtering.to_dict()
        else:
            prefix_filtering = self.prefix_filtering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prefix_filtering is not UNSET:
            field_dict["prefixFiltering"] = prefix_filtering

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        prefix_filtering = get("prefixFiltering", UNSET)
        if prefix_filtering is not None and prefix_filtering is not UNSET:
            try:
                if not isinstance(prefix_filtering, dict):
                    raise TypeError()
                prefix_filtering_type_0 = PrefixFiltering.from_dict(prefix_filtering)

                prefix_filtering = prefix_filtering_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        resources_filtering = cls(
            prefix_filtering,
        )

        if not _KEYS.issuperset(src_dict):
            resources_filtering.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return resources_filtering

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
    ResourcesFiltering, "additional_properties", DictOnFirstRead(ResourcesFiltering.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "prefixFiltering",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global PrefixFiltering
    from ..models.prefix_filtering import PrefixFiltering

    _PENDING = False
