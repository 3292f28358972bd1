from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="CarbonFacts")


@_attrs_define
class CarbonFacts:
    """Energy and carbon figures of a task or pool. Each figure has two names: the snake_case keys (and upper-case ratios)
    that both official SDKs read and the recorded answers carry, and the camelCase names of Qarnot's published document.
    Either may arrive; read the first that is present.

        Attributes:
            total_consumed_energy_Wh (float | None | Unset): Total energy consumed, Wh.
            total_energy_it_Wh (float | None | Unset): IT energy, Wh.
            total_reused_energy_wh (float | None | Unset): Heat reused, Wh.
            qarnot_carbon_footprint (float | None | Unset): Footprint of the computation, gCO2eq.
            equivalent_datacenter_name (None | str | Unset): Reference datacenter.
            equivalent_dc_carbon_footprint (float | None | Unset): Footprint in the reference datacenter, gCO2eq.
            saved_carbon_footprint_compute (float | None | Unset): Saving on compute, gCO2eq.
            saved_carbon_footprint_heat (float | None | Unset): Saving on heating, gCO2eq.
            saved_carbon_footprint_compute_heat (float | None | Unset): Total saving, gCO2eq.
            saved_carbon_footprint_percent (float | None | Unset): Saving, percent.
            PUE (float | None | Unset): Power usage effectiveness.
            ERE (float | None | Unset): Energy reuse effectiveness.
            ERF (float | None | Unset): Energy reuse factor.
            WUE (float | None | Unset): Water usage effectiveness, L/kWh.
            totalConsumedEnergyWh (float | None | Unset): The same figure as `total_consumed_energy_Wh`, under the name of
                Qarnot's published document.
            totalEnergyITWh (float | None | Unset): The same figure as `total_energy_it_Wh`, under the name of Qarnot's
                published document.
            total_reuse_energy_wh (float | None | Unset): The same figure as `total_reused_energy_Wh`, under the name of
                Qarnot's published document.
            carbon_footprint_c02_eq (float | None | Unset): The same figure as `qarnot_carbon_footprint`, under the name of
                Qarnot's published document.
            comparison_data_center_name (None | str | Unset): The same figure as `equivalent_datacenter_name`, under the
                name of Qarnot's published document.
            equivalent_dc_carbon_footprint_c02_eq (float | None | Unset): The same figure as
                `equivalent_DC_carbon_footprint`, under the name of Qarnot's published document.
            saved_carbon_footprint_compute_c02_eq (float | None | Unset): The same figure as
                `saved_carbon_footprint_compute`, under the name of Qarnot's published document.
            saved_carbon_footprint_heat_c02_eq (float | None | Unset): The same figure as `saved_carbon_footprint_heat`,
                under the name of Qarnot's published document.
            saved_carbon_footprint_compute_heat_c02_eq (float | None | Unset): The same figure as
                `saved_carbon_footprint_compute_heat`, under the name of Qarnot's published document.
            saved_carbon_footprint_percentage (float | None | Unset): The same figure as `saved_carbon_footprint_percent`,
                under the name of Qarnot's published document.
            pue (float | None | Unset): The same figure as `PUE`, under the name of Qarnot's published document.
            ere (float | None | Unset): The same figure as `ERE`, under the name of Qarnot's published document.
            erf (float | None | Unset): The same figure as `ERF`, under the name of Qarnot's published document.
            wue (float | None | Unset): The same figure as `WUE`, under the name of Qarnot's published document.
    """

    total_consumed_energy_Wh: float | None | Unset = UNSET
    total_energy_it_Wh: float | None | Unset = UNSET
    total_reused_energy_wh: float | None | Unset = UNSET
    qarnot_carbon_footprint: float | None | Unset = UNSET
    equivalent_datacenter_name: None | str | Unset = UNSET
    equivalent_dc_carbon_footprint: float | None | Unset = UNSET
    saved_carbon_footprint_compute: float | None | Unset = UNSET
    saved_carbon_footprint_heat: float | None | Unset = UNSET
    saved_carbon_footprint_compute_heat: float | None | Unset = UNSET
    saved_carbon_footprint_percent: float | None | Unset = UNSET
    PUE: float | None | Unset = UNSET
    ERE: float | None | Unset = UNSET
    ERF: float | None | Unset = UNSET
    WUE: float | None | Unset = UNSET
    totalConsumedEnergyWh: float | None | Unset = UNSET
    totalEnergyITWh: float | None | Unset = UNSET
    total_reuse_energy_wh: float | None | Unset = UNSET
    carbon_footprint_c02_eq: float | None | Unset = UNSET
    comparison_data_center_name: None | str | Unset = UNSET
    equivalent_dc_carbon_footprint_c02_eq: float | None | Unset = UNSET
    saved_carbon_footprint_compute_c02_eq: float | None | Unset = UNSET
    saved_carbon_footprint_heat_c02_eq: float | None | Unset = UNSET
    saved_carbon_footprint_compute_heat_c02_eq: float | None | Unset = UNSET
    saved_carbon_footprint_percentage: float | None | Unset = UNSET
    pue: float | None | Unset = UNSET
    ere: float | None | Unset = UNSET
    erf: float | None | Unset = UNSET
    wue: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        total_consumed_energy_Wh: float | None | Unset
        if isinstance(self.total_consumed_energy_Wh, Unset):
            total_consumed_energy_Wh = UNSET
        else:
            total_consumed_energy_Wh = self.total_consumed_energy_Wh

        total_energy_it_Wh: float | None | Unset
        if isinstance(self.total_energy_it_Wh, Unset):
            total_energy_it_Wh = UNSET
        else:
            total_energy_it_Wh = self.total_energy_it_Wh

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

        PUE: float | None | Unset
        if isinstance(self.PUE, Unset):
            PUE = UNSET
        else:
            PUE = self.PUE

        ERE: float | None | Unset
        if isinstance(self.ERE, Unset):
            ERE = UNSET
        else:
            ERE = self.ERE

        ERF: float | None | Unset
        if isinstance(self.ERF, Unset):
            ERF = UNSET
        else:
            ERF = self.ERF

        WUE: float | None | Unset
        if isinstance(self.WUE, Unset):
            WUE = UNSET
        else:
            WUE = self.WUE

        totalConsumedEnergyWh: float | None | Unset
        if isinstance(self.totalConsumedEnergyWh, Unset):
            totalConsumedEnergyWh = UNSET
        else:
            totalConsumedEnergyWh = self.totalConsumedEnergyWh

        totalEnergyITWh: float | None | Unset
        if isinstance(self.totalEnergyITWh, Unset):
            totalEnergyITWh = UNSET
        else:
            totalEnergyITWh = self.totalEnergyITWh

        total_reuse_energy_wh: float | None | Unset
        if isinstance(self.total_reuse_energy_wh, Unset):
            total_reuse_energy_wh = UNSET
        else:
            total_reuse_energy_wh = self.total_reuse_energy_wh

        carbon_footprint_c02_eq: float | None | Unset
        if isinstance(self.carbon_footprint_c02_eq, Unset):
            carbon_footprint_c02_eq = UNSET
        else:
            carbon_footprint_c02_eq = self.carbon_footprint_c02_eq

        comparison_data_center_name: None | str | Unset
        if isinstance(self.comparison_data_center_name, Unset):
            comparison_data_center_name = UNSET
        else:
            comparison_data_center_name = self.comparison_data_center_name

        equivalent_dc_carbon_footprint_c02_eq: float | None | Unset
        if isinstance(self.equivalent_dc_carbon_footprint_c02_eq, Unset):
            equivalent_dc_carbon_footprint_c02_eq = UNSET
        else:
            equivalent_dc_carbon_footprint_c02_eq = self.equivalent_dc_carbon_footprint_c02_eq

        saved_carbon_footprint_compute_c02_eq: float | None | Unset
        if isinstance(self.saved_carbon_footprint_compute_c02_eq, Unset):
            saved_carbon_footprint_compute_c02_eq = UNSET
        else:
            saved_carbon_footprint_compute_c02_eq = self.saved_carbon_footprint_compute_c02_eq

        saved_carbon_footprint_heat_c02_eq: float | None | Unset
        if isinstance(self.saved_carbon_footprint_heat_c02_eq, Unset):
            saved_carbon_footprint_heat_c02_eq = UNSET
        else:
            saved_carbon_footprint_heat_c02_eq = self.saved_carbon_footprint_heat_c02_eq

        saved_carbon_footprint_compute_heat_c02_eq: float | None | Unset
        if isinstance(self.saved_carbon_footprint_compute_heat_c02_eq, Unset):
            saved_carbon_footprint_compute_heat_c02_eq = UNSET
        else:
            saved_carbon_footprint_compute_heat_c02_eq = self.saved_carbon_footprint_compute_heat_c02_eq

        saved_carbon_footprint_percentage: float | None | Unset
        if isinstance(self.saved_carbon_footprint_percentage, Unset):
            saved_carbon_footprint_percentage = UNSET
        else:
            saved_carbon_footprint_percentage = self.saved_carbon_footprint_percentage

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
        if total_consumed_energy_Wh is not UNSET:
            field_dict["total_consumed_energy_Wh"] = total_consumed_energy_Wh
        if total_energy_it_Wh is not UNSET:
            field_dict["total_energy_it_Wh"] = total_energy_it_Wh
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
        if PUE is not UNSET:
            field_dict["PUE"] = PUE
        if ERE is not UNSET:
            field_dict["ERE"] = ERE
        if ERF is not UNSET:
            field_dict["ERF"] = ERF
        if WUE is not UNSET:
            field_dict["WUE"] = WUE
        if totalConsumedEnergyWh is not UNSET:
            field_dict["totalConsumedEnergyWh"] = totalConsumedEnergyWh
        if totalEnergyITWh is not UNSET:
            field_dict["totalEnergyITWh"] = totalEnergyITWh
        if total_reuse_energy_wh is not UNSET:
            field_dict["totalReuseEnergyWh"] = total_reuse_energy_wh
        if carbon_footprint_c02_eq is not UNSET:
            field_dict["carbonFootprintC02Eq"] = carbon_footprint_c02_eq
        if comparison_data_center_name is not UNSET:
            field_dict["comparisonDataCenterName"] = comparison_data_center_name
        if equivalent_dc_carbon_footprint_c02_eq is not UNSET:
            field_dict["equivalentDCCarbonFootprintC02Eq"] = equivalent_dc_carbon_footprint_c02_eq
        if saved_carbon_footprint_compute_c02_eq is not UNSET:
            field_dict["savedCarbonFootprintComputeC02Eq"] = saved_carbon_footprint_compute_c02_eq
        if saved_carbon_footprint_heat_c02_eq is not UNSET:
            field_dict["savedCarbonFootprintHeatC02Eq"] = saved_carbon_footprint_heat_c02_eq
        if saved_carbon_footprint_compute_heat_c02_eq is not UNSET:
            field_dict["savedCarbonFootprintComputeHeatC02Eq"] = saved_carbon_footprint_compute_heat_c02_eq
        if saved_carbon_footprint_percentage is not UNSET:
            field_dict["savedCarbonFootprintPercentage"] = saved_carbon_footprint_percentage
        if pue is not UNSET:
            field_dict["pue"] = pue
        if ere is not UNSET:
            field_dict["ere"] = ere
        if erf is not UNSET:
            field_dict["erf"] = erf
        if wue is not UNSET:
            field_dict["wue"] = wue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        total_consumed_energy_Wh = get("total_consumed_energy_Wh", UNSET)

        total_energy_it_Wh = get("total_energy_it_Wh", UNSET)

        total_reused_energy_wh = get("total_reused_energy_Wh", UNSET)

        qarnot_carbon_footprint = get("qarnot_carbon_footprint", UNSET)

        equivalent_datacenter_name = get("equivalent_datacenter_name", UNSET)

        equivalent_dc_carbon_footprint = get("equivalent_DC_carbon_footprint", UNSET)

        saved_carbon_footprint_compute = get("saved_carbon_footprint_compute", UNSET)

        saved_carbon_footprint_heat = get("saved_carbon_footprint_heat", UNSET)

        saved_carbon_footprint_compute_heat = get("saved_carbon_footprint_compute_heat", UNSET)

        saved_carbon_footprint_percent = get("saved_carbon_footprint_percent", UNSET)

        PUE = get("PUE", UNSET)

        ERE = get("ERE", UNSET)

        ERF = get("ERF", UNSET)

        WUE = get("WUE", UNSET)

        totalConsumedEnergyWh = get("totalConsumedEnergyWh", UNSET)

        totalEnergyITWh = get("totalEnergyITWh", UNSET)

        total_reuse_energy_wh = get("totalReuseEnergyWh", UNSET)

        carbon_footprint_c02_eq = get("carbonFootprintC02Eq", UNSET)

        comparison_data_center_name = get("comparisonDataCenterName", UNSET)

        equivalent_dc_carbon_footprint_c02_eq = get("equivalentDCCarbonFootprintC02Eq", UNSET)

        saved_carbon_footprint_compute_c02_eq = get("savedCarbonFootprintComputeC02Eq", UNSET)

        saved_carbon_footprint_heat_c02_eq = get("savedCarbonFootprintHeatC02Eq", UNSET)

        saved_carbon_footprint_compute_heat_c02_eq = get("savedCarbonFootprintComputeHeatC02Eq", UNSET)

        saved_carbon_footprint_percentage = get("savedCarbonFootprintPercentage", UNSET)

        pue = get("pue", UNSET)

        ere = get("ere", UNSET)

        erf = get("erf", UNSET)

        wue = get("wue", UNSET)

        if (
            total_consumed_energy_Wh is UNSET or total_consumed_energy_Wh is None
        ) and totalConsumedEnergyWh is not UNSET:
            total_consumed_energy_Wh = totalConsumedEnergyWh
        elif (
            totalConsumedEnergyWh is UNSET or totalConsumedEnergyWh is None
        ) and total_consumed_energy_Wh is not UNSET:
            totalConsumedEnergyWh = total_consumed_energy_Wh

        if (total_energy_it_Wh is UNSET or total_energy_it_Wh is None) and totalEnergyITWh is not UNSET:
            total_energy_it_Wh = totalEnergyITWh
        elif (totalEnergyITWh is UNSET or totalEnergyITWh is None) and total_energy_it_Wh is not UNSET:
            totalEnergyITWh = total_energy_it_Wh

        if (total_reused_energy_wh is UNSET or total_reused_energy_wh is None) and total_reuse_energy_wh is not UNSET:
            total_reused_energy_wh = total_reuse_energy_wh
        elif (total_reuse_energy_wh is UNSET or total_reuse_energy_wh is None) and total_reused_energy_wh is not UNSET:
            total_reuse_energy_wh = total_reused_energy_wh

        if (
            qarnot_carbon_footprint is UNSET or qarnot_carbon_footprint is None
        ) and carbon_footprint_c02_eq is not UNSET:
            qarnot_carbon_footprint = carbon_footprint_c02_eq
        elif (
            carbon_footprint_c02_eq is UNSET or carbon_footprint_c02_eq is None
        ) and qarnot_carbon_footprint is not UNSET:
            carbon_footprint_c02_eq = qarnot_carbon_footprint

        if (
            equivalent_datacenter_name is UNSET or equivalent_datacenter_name is None
        ) and comparison_data_center_name is not UNSET:
            equivalent_datacenter_name = comparison_data_center_name
        elif (
            comparison_data_center_name is UNSET or comparison_data_center_name is None
        ) and equivalent_datacenter_name is not UNSET:
            comparison_data_center_name = equivalent_datacenter_name

        if (
            equivalent_dc_carbon_footprint is UNSET or equivalent_dc_carbon_footprint is None
        ) and equivalent_dc_carbon_footprint_c02_eq is not UNSET:
            equivalent_dc_carbon_footprint = equivalent_dc_carbon_footprint_c02_eq
        elif (
            equivalent_dc_carbon_footprint_c02_eq is UNSET or equivalent_dc_carbon_footprint_c02_eq is None
        ) and equivalent_dc_carbon_footprint is not UNSET:
            equivalent_dc_carbon_footprint_c02_eq = equivalent_dc_carbon_footprint

        if (
            saved_carbon_footprint_compute is UNSET or saved_carbon_footprint_compute is None
        ) and saved_carbon_footprint_compute_c02_eq is not UNSET:
            saved_carbon_footprint_compute = saved_carbon_footprint_compute_c02_eq
        elif (
            saved_carbon_footprint_compute_c02_eq is UNSET or saved_carbon_footprint_compute_c02_eq is None
        ) and saved_carbon_footprint_compute is not UNSET:
            saved_carbon_footprint_compute_c02_eq = saved_carbon_footprint_compute

        if (
            saved_carbon_footprint_heat is UNSET or saved_carbon_footprint_heat is None
        ) and saved_carbon_footprint_heat_c02_eq is not UNSET:
            saved_carbon_footprint_heat = saved_carbon_footprint_heat_c02_eq
        elif (
            saved_carbon_footprint_heat_c02_eq is UNSET or saved_carbon_footprint_heat_c02_eq is None
        ) and saved_carbon_footprint_heat is not UNSET:
            saved_carbon_footprint_heat_c02_eq = saved_carbon_footprint_heat

        if (
            saved_carbon_footprint_compute_heat is UNSET or saved_carbon_footprint_compute_heat is None
        ) and saved_carbon_footprint_compute_heat_c02_eq is not UNSET:
            saved_carbon_footprint_compute_heat = saved_carbon_footprint_compute_heat_c02_eq
        elif (
            saved_carbon_footprint_compute_heat_c02_eq is UNSET or saved_carbon_footprint_compute_heat_c02_eq is None
        ) and saved_carbon_footprint_compute_heat is not UNSET:
            saved_carbon_footprint_compute_heat_c02_eq = saved_carbon_footprint_compute_heat

        if (
            saved_carbon_footprint_percent is UNSET or saved_carbon_footprint_percent is None
        ) and saved_carbon_footprint_percentage is not UNSET:
            saved_carbon_footprint_percent = saved_carbon_footprint_percentage
        elif (
            saved_carbon_footprint_percentage is UNSET or saved_carbon_footprint_percentage is None
        ) and saved_carbon_footprint_percent is not UNSET:
            saved_carbon_footprint_percentage = saved_carbon_footprint_percent

        if (PUE is UNSET or PUE is None) and pue is not UNSET:
            PUE = pue
        elif (pue is UNSET or pue is None) and PUE is not UNSET:
            pue = PUE

        if (ERE is UNSET or ERE is None) and ere is not UNSET:
            ERE = ere
        elif (ere is UNSET or ere is None) and ERE is not UNSET:
            ere = ERE

        if (ERF is UNSET or ERF is None) and erf is not UNSET:
            ERF = erf
        elif (erf is UNSET or erf is None) and ERF is not UNSET:
            erf = ERF

        if (WUE is UNSET or WUE is None) and wue is not UNSET:
            WUE = wue
        elif (wue is UNSET or wue is None) and WUE is not UNSET:
            wue = WUE

        carbon_facts = cls(
            total_consumed_energy_Wh,
            total_energy_it_Wh,
            total_reused_energy_wh,
            qarnot_carbon_footprint,
            equivalent_datacenter_name,
            equivalent_dc_carbon_footprint,
            saved_carbon_footprint_compute,
            saved_carbon_footprint_heat,
            saved_carbon_footprint_compute_heat,
            saved_carbon_footprint_percent,
            PUE,
            ERE,
            ERF,
            WUE,
            totalConsumedEnergyWh,
            totalEnergyITWh,
            total_reuse_energy_wh,
            carbon_footprint_c02_eq,
            comparison_data_center_name,
            equivalent_dc_carbon_footprint_c02_eq,
            saved_carbon_footprint_compute_c02_eq,
            saved_carbon_footprint_heat_c02_eq,
            saved_carbon_footprint_compute_heat_c02_eq,
            saved_carbon_footprint_percentage,
            pue,
            ere,
            erf,
            wue,
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


# most answers have no extra key: the dict is made when additional_properties is first read or written
setattr(CarbonFacts, "additional_properties", DictOnFirstRead(CarbonFacts.__dict__["additional_properties"]))  # noqa: B010


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
        "totalConsumedEnergyWh",
        "totalEnergyITWh",
        "totalReuseEnergyWh",
        "carbonFootprintC02Eq",
        "comparisonDataCenterName",
        "equivalentDCCarbonFootprintC02Eq",
        "savedCarbonFootprintComputeC02Eq",
        "savedCarbonFootprintHeatC02Eq",
        "savedCarbonFootprintComputeHeatC02Eq",
        "savedCarbonFootprintPercentage",
        "pue",
        "ere",
        "erf",
        "wue",
    }
)
