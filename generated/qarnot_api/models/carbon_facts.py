from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CarbonFacts")


@_attrs_define
class CarbonFacts:
    """Energy and carbon figures (snake_case keys and upper-case ratios, as on the wire).

    Attributes:
        total_consumed_energy_wh (float | None | Unset): Total energy consumed, Wh.
        total_energy_it_wh (float | None | Unset): IT energy, Wh.
        total_reused_energy_wh (float | None | Unset): Heat reused, Wh.
        qarnot_carbon_footprint (float | None | Unset): Footprint of the computation, gCO2eq.
        equivalent_datacenter_name (None | str | Unset): Reference datacenter.
        equivalent_dc_carbon_footprint (float | None | Unset): Footprint in the reference datacenter, gCO2eq.
        saved_carbon_footprint_compute (float | None | Unset): Saving on compute, gCO2eq.
        saved_carbon_footprint_heat (float | None | Unset): Saving on heating, gCO2eq.
        saved_carbon_footprint_compute_heat (float | None | Unset): Total saving, gCO2eq.
        saved_carbon_footprint_percent (float | None | Unset): Saving, percent.
        pue (float | None | Unset): Power usage effectiveness.
        ere (float | None | Unset): Energy reuse effectiveness.
        erf (float | None | Unset): Energy reuse factor.
        wue (float | None | Unset): Water usage effectiveness, L/kWh.
    """

    total_consumed_energy_wh: float | None | Unset = UNSET
    total_energy_it_wh: float | None | Unset = UNSET
    total_reused_energy_wh: float | None | Unset = UNSET
    qarnot_carbon_footprint: float | None | Unset = UNSET
    equivalent_datacenter_name: None | str | Unset = UNSET
    equivalent_dc_carbon_footprint: float | None | Unset = UNSET
    saved_carbon_footprint_compute: float | None | Unset = UNSET
    saved_carbon_footprint_heat: float | None | Unset = UNSET
    saved_carbon_footprint_compute_heat: float | None | Unset = UNSET
    saved_carbon_footprint_percent: float | None | Unset = UNSET
    pue: float | None | Unset = UNSET
    ere: float | None | Unset = UNSET
    erf: float | None | Unset = UNSET
    wue: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_consumed_energy_wh: float | None | Unset
        if isinstance(self.total_consumed_energy_wh, Unset):
            total_consumed_energy_wh = UNSET
        else:
            total_consumed_energy_wh = self.total_consumed_energy_wh

        total_energy_it_wh: float | None | Unset
        if isinstance(self.total_energy_it_wh, Unset):
            total_energy_it_wh = UNSET
        else:
            total_energy_it_wh = self.total_energy_it_wh

        total_reused_energy_wh: float | None | Unset
        if isinstance(self.total_reused_energy_wh, Unset):
            total_reused_energy_wh = UNSET
        else:
            total_reused_energy_wh = self.total_reused_energy_wh

        qarnot_carbon_footprint: float | None | Unset
        if isinstance(self.qarnot_carbon_footprint, Unset):
            qarnot_carbon_footprint = UNSET
        else:
            qarnot_carbon_footprint = self.qarnot_carbon_footprint

        equivalent_datacenter_name: None | str | Unset
        if isinstance(self.equivalent_datacenter_name, Unset):
            equivalent_datacenter_name = UNSET
        else:
            equivalent_datacenter_name = self.equivalent_datacenter_name

        equivalent_dc_carbon_footprint: float | None | Unset
        if isinstance(self.equivalent_dc_carbon_footprint, Unset):
            equivalent_dc_carbon_footprint = UNSET
        else:
            equivalent_dc_carbon_footprint = self.equivalent_dc_carbon_footprint

        saved_carbon_footprint_compute: float | None | Unset
        if isinstance(self.saved_carbon_footprint_compute, Unset):
            saved_carbon_footprint_compute = UNSET
        else:
            saved_carbon_footprint_compute = self.saved_carbon_footprint_compute

        saved_carbon_footprint_heat: float | None | Unset
        if isinstance(self.saved_carbon_footprint_heat, Unset):
            saved_carbon_footprint_heat = UNSET
        else:
            saved_carbon_footprint_heat = self.saved_carbon_footprint_heat

        saved_carbon_footprint_compute_heat: float | None | Unset
        if isinstance(self.saved_carbon_footprint_compute_heat, Unset):
            saved_carbon_footprint_compute_heat = UNSET
        else:
            saved_carbon_footprint_compute_heat = self.saved_carbon_footprint_compute_heat

        saved_carbon_footprint_percent: float | None | Unset
        if isinstance(self.saved_carbon_footprint_percent, Unset):
            saved_carbon_footprint_percent = UNSET
        else:
            saved_carbon_footprint_percent = self.saved_carbon_footprint_percent

        pue: float | None | Unset
        if isinstance(self.pue, Unset):
            pue = UNSET
        else:
            pue = self.pue

        ere: float | None | Unset
        if isinstance(self.ere, Unset):
            ere = UNSET
        else:
            ere = self.ere

        erf: float | None | Unset
        if isinstance(self.erf, Unset):
            erf = UNSET
        else:
            erf = self.erf

        wue: float | None | Unset
        if isinstance(self.wue, Unset):
            wue = UNSET
        else:
            wue = self.wue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_consumed_energy_wh is not UNSET:
            field_dict["total_consumed_energy_Wh"] = total_consumed_energy_wh
        if total_energy_it_wh is not UNSET:
            field_dict["total_energy_it_Wh"] = total_energy_it_wh
        if total_reused_energy_wh is not UNSET:
            field_dict["total_reused_energy_Wh"] = total_reused_energy_wh
        if qarnot_carbon_footprint is not UNSET:
            field_dict["qarnot_carbon_footprint"] = qarnot_carbon_footprint
        if equivalent_datacenter_name is not UNSET:
            field_dict["equivalent_datacenter_name"] = equivalent_datacenter_name
        if equivalent_dc_carbon_footprint is not UNSET:
            field_dict["equivalent_DC_carbon_footprint"] = equivalent_dc_carbon_footprint
        if saved_carbon_footprint_compute is not UNSET:
            field_dict["saved_carbon_footprint_compute"] = saved_carbon_footprint_compute
        if saved_carbon_footprint_heat is not UNSET:
            field_dict["saved_carbon_footprint_heat"] = saved_carbon_footprint_heat
        if saved_carbon_footprint_compute_heat is not UNSET:
            field_dict["saved_carbon_footprint_compute_heat"] = saved_carbon_footprint_compute_heat
        if saved_carbon_footprint_percent is not UNSET:
            field_dict["saved_carbon_footprint_percent"] = saved_carbon_footprint_percent
        if pue is not UNSET:
            field_dict["PUE"] = pue
        if ere is not UNSET:
            field_dict["ERE"] = ere
        if erf is not UNSET:
            field_dict["ERF"] = erf
        if wue is not UNSET:
            field_dict["WUE"] = wue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        total_consumed_energy_wh = get("total_consumed_energy_Wh", UNSET)

        total_energy_it_wh = get("total_energy_it_Wh", UNSET)

        total_reused_energy_wh = get("total_reused_energy_Wh", UNSET)

        qarnot_carbon_footprint = get("qarnot_carbon_footprint", UNSET)

        equivalent_datacenter_name = get("equivalent_datacenter_name", UNSET)

        equivalent_dc_carbon_footprint = get("equivalent_DC_carbon_footprint", UNSET)

        saved_carbon_footprint_compute = get("saved_carbon_footprint_compute", UNSET)

        saved_carbon_footprint_heat = get("saved_carbon_footprint_heat", UNSET)

        saved_carbon_footprint_compute_heat = get("saved_carbon_footprint_compute_heat", UNSET)

        saved_carbon_footprint_percent = get("saved_carbon_footprint_percent", UNSET)

        pue = get("PUE", UNSET)

        ere = get("ERE", UNSET)

        erf = get("ERF", UNSET)

        wue = get("WUE", UNSET)

        carbon_facts = cls(
            total_consumed_energy_wh=total_consumed_energy_wh,
            total_energy_it_wh=total_energy_it_wh,
            total_reused_energy_wh=total_reused_energy_wh,
            qarnot_carbon_footprint=qarnot_carbon_footprint,
            equivalent_datacenter_name=equivalent_datacenter_name,
            equivalent_dc_carbon_footprint=equivalent_dc_carbon_footprint,
            saved_carbon_footprint_compute=saved_carbon_footprint_compute,
            saved_carbon_footprint_heat=saved_carbon_footprint_heat,
            saved_carbon_footprint_compute_heat=saved_carbon_footprint_compute_heat,
            saved_carbon_footprint_percent=saved_carbon_footprint_percent,
            pue=pue,
            ere=ere,
            erf=erf,
            wue=wue,
        )

        if not _KEYS.issuperset(src_dict):
            carbon_facts.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return carbon_facts

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


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "total_consumed_energy_Wh",
        "total_energy_it_Wh",
        "total_reused_energy_Wh",
        "qarnot_carbon_footprint",
        "equivalent_datacenter_name",
        "equivalent_DC_carbon_footprint",
        "saved_carbon_footprint_compute",
        "saved_carbon_footprint_heat",
        "saved_carbon_footprint_compute_heat",
        "saved_carbon_footprint_percent",
        "PUE",
        "ERE",
        "ERF",
        "WUE",
    }
)
