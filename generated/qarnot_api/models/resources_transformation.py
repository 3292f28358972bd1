from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.strip_prefix_transformation import StripPrefixTransformation

        strip_prefix: dict[str, Any] | None | Unset
        if isinstance(self.strip_prefix, Unset):
            strip_prefix = UNSET
        elif isinstance(self.strip_prefix, StripPrefixTransformation):
            strip_prefix = self.strip_prefix.to_dict()
        else:
            strip_prefix = self.strip_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strip_prefix is not UNSET:
            field_dict["stripPrefix"] = strip_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.strip_prefix_transformation import StripPrefixTransformation

        d = dict(src_dict)

        def _parse_strip_prefix(data: object) -> None | StripPrefixTransformation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                strip_prefix_type_0 = StripPrefixTransformation.from_dict(data)

                return strip_prefix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripPrefixTransformation | Unset, data)

        strip_prefix = _parse_strip_prefix(d.pop("stripPrefix", UNSET))

        resources_transformation = cls(
            strip_prefix=strip_prefix,
        )

        resources_transformation.additional_properties = d
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
