from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.cpu_model_hardware_constraint import CpuModelHardwareConstraint
    from ..models.gpu_hardware_constraint import GpuHardwareConstraint
    from ..models.maximum_core_hardware_constraint import MaximumCoreHardwareConstraint
    from ..models.maximum_ram_core_ratio_hardware_constraint import MaximumRamCoreRatioHardwareConstraint
    from ..models.maximum_ram_hardware_constraint import MaximumRamHardwareConstraint
    from ..models.minimum_core_hardware_constraint import MinimumCoreHardwareConstraint
    from ..models.minimum_ram_core_ratio_hardware_constraint import MinimumRamCoreRatioHardwareConstraint
    from ..models.minimum_ram_hardware_constraint import MinimumRamHardwareConstraint
    from ..models.no_gpu_hardware_constraint import NoGpuHardwareConstraint
    from ..models.no_ssd_hardware_constraint import NoSSDHardwareConstraint
    from ..models.specific_hardware_constraint import SpecificHardwareConstraint
    from ..models.ssd_hardware_constraint import SSDHardwareConstraint
    from ..models.unknown_hardware_constraint import UnknownHardwareConstraint


T = TypeVar("T", bound="HardwareConstraintPage")


@_attrs_define
class HardwareConstraintPage:
    """An offset page of hardware constraints. Next offset = `offset + limit`; more pages exist while `total` is greater
    than it.

        Attributes:
            data (list[CpuModelHardwareConstraint | GpuHardwareConstraint | MaximumCoreHardwareConstraint |
                MaximumRamCoreRatioHardwareConstraint | MaximumRamHardwareConstraint | MinimumCoreHardwareConstraint |
                MinimumRamCoreRatioHardwareConstraint | MinimumRamHardwareConstraint | NoGpuHardwareConstraint |
                NoSSDHardwareConstraint | SpecificHardwareConstraint | SSDHardwareConstraint | UnknownHardwareConstraint] | None
                | Unset): Hardware constraints of this page.
            offset (int | Unset): Offset of the first item.
            limit (int | Unset): Page size used.
            total (int | Unset): Total number of items.
    """

    data: (
        list[
            CpuModelHardwareConstraint
            | GpuHardwareConstraint
            | MaximumCoreHardwareConstraint
            | MaximumRamCoreRatioHardwareConstraint
            | MaximumRamHardwareConstraint
            | MinimumCoreHardwareConstraint
            | MinimumRamCoreRatioHardwareConstraint
            | MinimumRamHardwareConstraint
            | NoGpuHardwareConstraint
            | NoSSDHardwareConstraint
            | SpecificHardwareConstraint
            | SSDHardwareConstraint
            | UnknownHardwareConstraint
        ]
        | None
        | Unset
    ) = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item: dict[str, Any]
                if (
                    isinstance(data_type_0_item_data, MinimumCoreHardwareConstraint)
                    or isinstance(data_type_0_item_data, MaximumCoreHardwareConstraint)
                    or isinstance(data_type_0_item_data, MinimumRamHardwareConstraint)
                    or isinstance(data_type_0_item_data, MaximumRamHardwareConstraint)
                    or isinstance(data_type_0_item_data, MinimumRamCoreRatioHardwareConstraint)
                    or isinstance(data_type_0_item_data, MaximumRamCoreRatioHardwareConstraint)
                    or isinstance(data_type_0_item_data, SpecificHardwareConstraint)
                    or isinstance(data_type_0_item_data, CpuModelHardwareConstraint)
                    or isinstance(data_type_0_item_data, GpuHardwareConstraint)
                    or isinstance(data_type_0_item_data, NoGpuHardwareConstraint)
                    or isinstance(data_type_0_item_data, SSDHardwareConstraint)
                    or isinstance(data_type_0_item_data, NoSSDHardwareConstraint)
                ):
                    data_type_0_item = data_type_0_item_data.to_dict()
                else:
                    data_type_0_item = data_type_0_item_data.to_dict()

                data.append(data_type_0_item)

        else:
            data = self.data

        offset = self.offset

        limit = self.limit

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        data = get("data", UNSET)
        if data is not None and data is not UNSET:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = data_type_0_item_data

                    def _parse_data_type_0_item(
                        data: object,
                    ) -> (
                        CpuModelHardwareConstraint
                        | GpuHardwareConstraint
                        | MaximumCoreHardwareConstraint
                        | MaximumRamCoreRatioHardwareConstraint
                        | MaximumRamHardwareConstraint
                        | MinimumCoreHardwareConstraint
                        | MinimumRamCoreRatioHardwareConstraint
                        | MinimumRamHardwareConstraint
                        | NoGpuHardwareConstraint
                        | NoSSDHardwareConstraint
                        | SpecificHardwareConstraint
                        | SSDHardwareConstraint
                        | UnknownHardwareConstraint
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_0 = MinimumCoreHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_1 = MaximumCoreHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_2 = MinimumRamHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_3 = MaximumRamHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_4 = (
                                MinimumRamCoreRatioHardwareConstraint.from_dict(data)
                            )

                            return componentsschemas_hardware_constraint_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_5 = (
                                MaximumRamCoreRatioHardwareConstraint.from_dict(data)
                            )

                            return componentsschemas_hardware_constraint_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_6 = SpecificHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_7 = CpuModelHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_8 = GpuHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_9 = NoGpuHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_10 = SSDHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_hardware_constraint_type_11 = NoSSDHardwareConstraint.from_dict(data)

                            return componentsschemas_hardware_constraint_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_hardware_constraint_type_12 = UnknownHardwareConstraint.from_dict(data)

                        return componentsschemas_hardware_constraint_type_12

                    data_type_0_item = _parse_data_type_0_item(data_type_0_item)

                    data_type_0.append(data_type_0_item)

                data = data_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        offset = get("offset", UNSET)

        limit = get("limit", UNSET)

        total = get("total", UNSET)

        hardware_constraint_page = cls(
            data,
            offset,
            limit,
            total,
        )

        if not _KEYS.issuperset(src_dict):
            hardware_constraint_page.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return hardware_constraint_page

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
    HardwareConstraintPage,
    "additional_properties",
    DictOnFirstRead(HardwareConstraintPage.__dict__["additional_properties"]),
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "data",
        "offset",
        "limit",
        "total",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global CpuModelHardwareConstraint
    global GpuHardwareConstraint
    global MaximumCoreHardwareConstraint
    global MaximumRamCoreRatioHardwareConstraint
    global MaximumRamHardwareConstraint
    global MinimumCoreHardwareConstraint
    global MinimumRamCoreRatioHardwareConstraint
    global MinimumRamHardwareConstraint
    global NoGpuHardwareConstraint
    global NoSSDHardwareConstraint
    global SpecificHardwareConstraint
    global SSDHardwareConstraint
    global UnknownHardwareConstraint
    from ..models.cpu_model_hardware_constraint import CpuModelHardwareConstraint
    from ..models.gpu_hardware_constraint import GpuHardwareConstraint
    from ..models.maximum_core_hardware_constraint import MaximumCoreHardwareConstraint
    from ..models.maximum_ram_core_ratio_hardware_constraint import MaximumRamCoreRatioHardwareConstraint
    from ..models.maximum_ram_hardware_constraint import MaximumRamHardwareConstraint
    from ..models.minimum_core_hardware_constraint import MinimumCoreHardwareConstraint
    from ..models.minimum_ram_core_ratio_hardware_constraint import MinimumRamCoreRatioHardwareConstraint
    from ..models.minimum_ram_hardware_constraint import MinimumRamHardwareConstraint
    from ..models.no_gpu_hardware_constraint import NoGpuHardwareConstraint
    from ..models.no_ssd_hardware_constraint import NoSSDHardwareConstraint
    from ..models.specific_hardware_constraint import SpecificHardwareConstraint
    from ..models.ssd_hardware_constraint import SSDHardwareConstraint
    from ..models.unknown_hardware_constraint import UnknownHardwareConstraint

    _PENDING = False
