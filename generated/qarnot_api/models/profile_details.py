from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.profile_constant import ProfileConstant
    from ..models.profile_license import ProfileLicense


T = TypeVar("T", bound="ProfileDetails")


@_attrs_define
class ProfileDetails:
    """A profile and its constants.

    Attributes:
        name (None | str | Unset): Name of the profile (may be null).
        constants (list[ProfileConstant] | None | Unset): Constants of the profile with their default values.
        licenses (list[ProfileLicense] | None | Unset): Licenses attached to the profile.
    """

    name: None | str | Unset = UNSET
    constants: list[ProfileConstant] | None | Unset = UNSET
    licenses: list[ProfileLicense] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        constants: list[dict[str, Any]] | None | Unset
        if isinstance(self.constants, Unset):
            constants = UNSET
        elif isinstance(self.constants, list):
            constants = []
            for constants_type_0_item_data in self.constants:
                constants_type_0_item = constants_type_0_item_data.to_dict()
                constants.append(constants_type_0_item)

        else:
            constants = self.constants

        licenses: list[dict[str, Any]] | None | Unset
        if isinstance(self.licenses, Unset):
            licenses = UNSET
        elif isinstance(self.licenses, list):
            licenses = []
            for licenses_type_0_item_data in self.licenses:
                licenses_type_0_item = licenses_type_0_item_data.to_dict()
                licenses.append(licenses_type_0_item)

        else:
            licenses = self.licenses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if constants is not UNSET:
            field_dict["constants"] = constants
        if licenses is not UNSET:
            field_dict["licenses"] = licenses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        name = get("name", UNSET)

        constants = get("constants", UNSET)
        if constants is not None and constants is not UNSET:
            try:
                if not isinstance(constants, list):
                    raise TypeError()
                constants_type_0 = []
                _constants_type_0 = constants
                for constants_type_0_item_data in _constants_type_0:
                    constants_type_0_item = ProfileConstant.from_dict(constants_type_0_item_data)

                    constants_type_0.append(constants_type_0_item)

                constants = constants_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        licenses = get("licenses", UNSET)
        if licenses is not None and licenses is not UNSET:
            try:
                if not isinstance(licenses, list):
                    raise TypeError()
                licenses_type_0 = []
                _licenses_type_0 = licenses
                for licenses_type_0_item_data in _licenses_type_0:
                    licenses_type_0_item = ProfileLicense.from_dict(licenses_type_0_item_data)

                    licenses_type_0.append(licenses_type_0_item)

                licenses = licenses_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        profile_details = cls(
            name,
            constants,
            licenses,
        )

        if not _KEYS.issuperset(src_dict):
            profile_details.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return profile_details

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
setattr(ProfileDetails, "additional_properties", DictOnFirstRead(ProfileDetails.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "constants",
        "licenses",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global ProfileConstant
    global ProfileLicense
    from ..models.profile_constant import ProfileConstant
    from ..models.profile_license import ProfileLicense

    _PENDING = False
