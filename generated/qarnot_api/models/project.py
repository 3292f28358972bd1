from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """An organization project.

    Attributes:
        uuid (str | Unset): Uuid of the project.
        name (None | str | Unset): Name of the project.
        slug (None | str | Unset): Unique DNS-compliant name; `default` for the default project.
        organization_uuid (None | str | Unset): Organization owning the project.
        description (None | str | Unset): Description of the project.
        is_default (bool | None | Unset): The default project (when absent, `slug == "default"`).
    """

    uuid: str | Unset = UNSET
    name: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    organization_uuid: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        organization_uuid: None | str | Unset
        if isinstance(self.organization_uuid, Unset):
            organization_uuid = UNSET
        else:
            organization_uuid = self.organization_uuid

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if organization_uuid is not UNSET:
            field_dict["organizationUuid"] = organization_uuid
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        uuid = get("uuid", UNSET)

        name = get("name", UNSET)

        slug = get("slug", UNSET)

        organization_uuid = get("organizationUuid", UNSET)

        description = get("description", UNSET)

        is_default = get("isDefault", UNSET)

        project = cls(
            uuid,
            name,
            slug,
            organization_uuid,
            description,
            is_default,
        )

        if not _KEYS.issuperset(src_dict):
            project.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return project

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
setattr(Project, "additional_properties", DictOnFirstRead(Project.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "name",
        "slug",
        "organizationUuid",
        "description",
        "isDefault",
    }
)
