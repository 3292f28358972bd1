from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.strip_prefix_transformation import StripPrefixTransformation


T = TypeVar("T", bound="ResourcesTransformation")


@_attrs_define
class ResourcesTransformation:
    """Transformations applied to the paths of a resource bucket.

    Attributes:
        strip_prefix (None | StripPrefixTransformation | Unset): Strip a prefix from the paths.
    """

    strip_prefix: None | StripPrefixTransformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        strip_prefix: dict[str, Any] | None | Unset
        if isinstance(self.strip_prefix, Unset):
            strip_prefix = UNSET
        elif isinstance(self.strip_prefix, StripPrefixTransformation):
            strip_prefix = self.strip_prefix.to_dict()
        else:
            strip_prefix = self.strip_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if strip_prefix is not UNSET:
            field_dict["stripPrefix"] = strip_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        strip_prefix = get("stripPrefix", UNSET)
        if strip_prefix is not None and strip_prefix is not UNSET:
            try:
                if not isinstance(strip_prefix, dict):
                    raise TypeError()
                strip_prefix_type_0 = StripPrefixTransformation.from_dict(strip_prefix)

                strip_prefix = strip_prefix_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        resources_transformation = cls(
            strip_prefix,
        )

        if not _KEYS.issuperset(src_dict):
            resources_transformation.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return resources_transformation

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
    ResourcesTransformation,
    "additional_properties",
    DictOnFirstRead(ResourcesTransformation.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "stripPrefix",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global StripPrefixTransformation
    from ..models.strip_prefix_transformation import StripPrefixTransformation

    _PENDING = False
