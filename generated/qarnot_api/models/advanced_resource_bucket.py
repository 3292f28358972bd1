from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

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
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
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
        if _PENDING:
            _resolve()
        get = src_dict.get
        bucket_name = get("bucketName", UNSET)

        filtering = get("filtering", UNSET)
        if filtering is not None and filtering is not UNSET:
            try:
                if not isinstance(filtering, dict):
                    raise TypeError()
                filtering_type_0 = ResourcesFiltering.from_dict(filtering)

                filtering = filtering_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        resources_transformation = get("resourcesTransformation", UNSET)
        if resources_transformation is not None and resources_transformation is not UNSET:
            try:
                if not isinstance(resources_transformation, dict):
                    raise TypeError()
                resources_transformation_type_0 = ResourcesTransformation.from_dict(resources_transformation)

                resources_transformation = resources_transformation_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        cache_ttl_sec = get("cacheTTLSec", UNSET)

        advanced_resource_bucket = cls(
            bucket_name,
            filtering,
            resources_transformation,
            cache_ttl_sec,
        )

        if not _KEYS.issuperset(src_dict):
            advanced_resource_bucket.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
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


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(
    AdvancedResourceBucket,
    "additional_properties",
    DictOnFirstRead(AdvancedResourceBucket.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "bucketName",
        "filtering",
        "resourcesTransformation",
        "cacheTTLSec",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global ResourcesFiltering
    global ResourcesTransformation
    from ..models.resources_filtering import ResourcesFiltering
    from ..models.resources_transformation import ResourcesTransformation

    _PENDING = False
