from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resources_filtering import ResourcesFiltering
    from ..models.resources_transformation import ResourcesTransformation


T = TypeVar("T", bound="AdvancedResourceBucket")


@_attrs_define
class AdvancedResourceBucket:
    """A resource bucket with filtering, path transformation and cache settings.

    Attributes:
        bucket_name (None | str | Unset): Name of the bucket.
        filtering (None | ResourcesFiltering | Unset): Filters on the objects of the bucket.
        resources_transformation (None | ResourcesTransformation | Unset): Transformations of the paths as the instances
            see them.
        cache_ttl_sec (int | None | Unset): Cache time-to-live of this bucket on the nodes, in seconds.
    """

    bucket_name: None | str | Unset = UNSET
    filtering: None | ResourcesFiltering | Unset = UNSET
    resources_transformation: None | ResourcesTransformation | Unset = UNSET
    cache_ttl_sec: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resources_filtering import ResourcesFiltering
        from ..models.resources_transformation import ResourcesTransformation

        bucket_name: None | str | Unset
        if isinstance(self.bucket_name, Unset):
            bucket_name = UNSET
        else:
            bucket_name = self.bucket_name

        filtering: dict[str, Any] | None | Unset
        if isinstance(self.filtering, Unset):
            filtering = UNSET
        elif isinstance(self.filtering, ResourcesFiltering):
            filtering = self.filtering.to_dict()
        else:
            filtering = self.filtering

        resources_transformation: dict[str, Any] | None | Unset
        if isinstance(self.resources_transformation, Unset):
            resources_transformation = UNSET
        elif isinstance(self.resources_transformation, ResourcesTransformation):
            resources_transformation = self.resources_transformation.to_dict()
        else:
            resources_transformation = self.resources_transformation

        cache_ttl_sec: int | None | Unset
        if isinstance(self.cache_ttl_sec, Unset):
            cache_ttl_sec = UNSET
        else:
            cache_ttl_sec = self.cache_ttl_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket_name is not UNSET:
            field_dict["bucketName"] = bucket_name
        if filtering is not UNSET:
            field_dict["filtering"] = filtering
        if resources_transformation is not UNSET:
            field_dict["resourcesTransformation"] = resources_transformation
        if cache_ttl_sec is not UNSET:
            field_dict["cacheTTLSec"] = cache_ttl_sec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.resources_filtering import ResourcesFiltering
        from ..models.resources_transformation import ResourcesTransformation

        d = dict(src_dict)

        def _parse_bucket_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket_name = _parse_bucket_name(d.pop("bucketName", UNSET))

        def _parse_filtering(data: object) -> None | ResourcesFiltering | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filtering_type_0 = ResourcesFiltering.from_dict(data)

                return filtering_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourcesFiltering | Unset, data)

        filtering = _parse_filtering(d.pop("filtering", UNSET))

        def _parse_resources_transformation(data: object) -> None | ResourcesTransformation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resources_transformation_type_0 = ResourcesTransformation.from_dict(data)

                return resources_transformation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourcesTransformation | Unset, data)

        resources_transformation = _parse_resources_transformation(d.pop("resourcesTransformation", UNSET))

        def _parse_cache_ttl_sec(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cache_ttl_sec = _parse_cache_ttl_sec(d.pop("cacheTTLSec", UNSET))

        advanced_resource_bucket = cls(
            bucket_name=bucket_name,
            filtering=filtering,
            resources_transformation=resources_transformation,
            cache_ttl_sec=cache_ttl_sec,
        )

        advanced_resource_bucket.additional_properties = d
        return advanced_resource_bucket

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
