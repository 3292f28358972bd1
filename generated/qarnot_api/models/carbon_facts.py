from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update({})
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
        d = dict(src_dict)

        def _parse_total_consumed_energy_Wh(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_consumed_energy_Wh = _parse_total_consumed_energy_Wh(d.pop("total_consumed_energy_Wh", UNSET))

        def _parse_total_energy_it_Wh(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_energy_it_Wh = _parse_total_energy_it_Wh(d.pop("total_energy_it_Wh", UNSET))

        def _parse_total_reused_energy_wh(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_reused_energy_wh = _parse_total_reused_energy_wh(d.pop("total_reused_energy_Wh", UNSET))

        def _parse_qarnot_carbon_footprint(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        qarnot_carbon_footprint = _parse_qarnot_carbon_footprint(d.pop("qarnot_carbon_footprint", UNSET))

        def _parse_equivalent_datacenter_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        equivalent_datacenter_name = _parse_equivalent_datacenter_name(d.pop("equivalent_datacenter_name", UNSET))

        def _parse_equivalent_dc_carbon_footprint(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        equivalent_dc_carbon_footprint = _parse_equivalent_dc_carbon_footprint(
            d.pop("equivalent_DC_carbon_footprint", UNSET)
        )

        def _parse_saved_carbon_footprint_compute(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        saved_carbon_footprint_compute = _parse_saved_carbon_footprint_compute(
            d.pop("saved_carbon_footprint_compute", UNSET)
        )

        def _parse_saved_carbon_footprint_heat(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        saved_carbon_footprint_heat = _parse_saved_carbon_footprint_heat(d.pop("saved_carbon_footprint_heat", UNSET))

        def _parse_saved_carbon_footprint_compute_heat(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        saved_carbon_footprint_compute_heat = _parse_saved_carbon_footprint_compute_heat(
            d.pop("saved_carbon_footprint_compute_heat", UNSET)
        )

        def _parse_saved_carbon_footprint_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        saved_carbon_footprint_percent = _parse_saved_carbon_footprint_percent(
            d.pop("saved_carbon_footprint_percent", UNSET)
        )

        def _parse_PUE(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        PUE = _parse_PUE(d.pop("PUE", UNSET))

        def _parse_ERE(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ERE = _parse_ERE(d.pop("ERE", UNSET))

        def _parse_ERF(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ERF = _parse_ERF(d.pop("ERF", UNSET))

        def _parse_WUE(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        WUE = _parse_WUE(d.pop("WUE", UNSET))

        def _parse_totalConsumedEnergyWh(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        totalConsumedEnergyWh = _parse_totalConsumedEnergyWh(d.pop("totalConsumedEnergyWh", UNSET))

        def _parse_totalEnergyITWh(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        totalEnergyITWh = _parse_totalEnergyITWh(d.pop("totalEnergyITWh", UNSET))

        def _parse_total_reuse_energy_wh(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_reuse_energy_wh = _parse_total_reuse_energy_wh(d.pop("totalReuseEnergyWh", UNSET))

        def _parse_carbon_footprint_c02_eq(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        carbon_footprint_c02_eq = _parse_carbon_footprint_c02_eq(d.pop("carbonFootprintC02Eq", UNSET))

        def _parse_comparison_data_center_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comparison_data_center_name = _parse_comparison_data_center_name(d.pop("comparisonDataCenterName", UNSET))

        def _parse_equivalent_dc_carbon_footprint_c02_eq(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        equivalent_dc_carbon_footprint_c02_eq = _parse_equivalent_dc_carbon_footprint_c02_eq(
            d.pop("equivalentDCCarbonFootprintC02Eq", UNSET)
        )

        def _parse_saved_carbon_footprint_compute_c02_eq(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        saved_carbon_footprint_compute_c02_eq = _parse_saved_carbon_footprint_compute_c02_eq(
            d.pop("savedCarbonFootprintComputeC02Eq", UNSET)
        )

        def _parse_saved_carbon_footprint_heat_c02_eq(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        saved_carbon_footprint_heat_c02_eq = _parse_saved_carbon_footprint_heat_c02_eq(
            d.pop("savedCarbonFootprintHeatC02Eq", UNSET)
        )

        def _parse_saved_carbon_footprint_compute_heat_c02_eq(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        saved_carbon_footprint_compute_heat_c02_eq = _parse_saved_carbon_footprint_compute_heat_c02_eq(
            d.pop("savedCarbonFootprintComputeHeatC02Eq", UNSET)
        )

        def _parse_saved_carbon_footprint_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        saved_carbon_footprint_percentage = _parse_saved_carbon_footprint_percentage(
            d.pop("savedCarbonFootprintPercentage", UNSET)
        )

        def _parse_pue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pue = _parse_pue(d.pop("pue", UNSET))

        def _parse_ere(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ere = _parse_ere(d.pop("ere", UNSET))

        def _parse_erf(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        erf = _parse_erf(d.pop("erf", UNSET))

        def _parse_wue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        wue = _parse_wue(d.pop("wue", UNSET))

        carbon_facts = cls(
            total_consumed_energy_Wh=total_consumed_energy_Wh,
            total_energy_it_Wh=total_energy_it_Wh,
            total_reused_energy_wh=total_reused_energy_wh,
            qarnot_carbon_footprint=qarnot_carbon_footprint,
            equivalent_datacenter_name=equivalent_datacenter_name,
            equivalent_dc_carbon_footprint=equivalent_dc_carbon_footprint,
            saved_carbon_footprint_compute=saved_carbon_footprint_compute,
            saved_carbon_footprint_heat=saved_carbon_footprint_heat,
            saved_carbon_footprint_compute_heat=saved_carbon_footprint_compute_heat,
            saved_carbon_footprint_percent=saved_carbon_footprint_percent,
            PUE=PUE,
            ERE=ERE,
            ERF=ERF,
            WUE=WUE,
            totalConsumedEnergyWh=totalConsumedEnergyWh,
            totalEnergyITWh=totalEnergyITWh,
            total_reuse_energy_wh=total_reuse_energy_wh,
            carbon_footprint_c02_eq=carbon_footprint_c02_eq,
            comparison_data_center_name=comparison_data_center_name,
            equivalent_dc_carbon_footprint_c02_eq=equivalent_dc_carbon_footprint_c02_eq,
            saved_carbon_footprint_compute_c02_eq=saved_carbon_footprint_compute_c02_eq,
            saved_carbon_footprint_heat_c02_eq=saved_carbon_footprint_heat_c02_eq,
            saved_carbon_footprint_compute_heat_c02_eq=saved_carbon_footprint_compute_heat_c02_eq,
            saved_carbon_footprint_percentage=saved_carbon_footprint_percentage,
            pue=pue,
            ere=ere,
            erf=erf,
            wue=wue,
        )

        carbon_facts.additional_properties = d
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
