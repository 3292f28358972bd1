from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.budget import Budget


T = TypeVar("T", bound="BudgetList")


@_attrs_define
class BudgetList:
    """Budgets of a project.

    Attributes:
        budgets (list[Budget] | Unset): The budgets.
    """

    budgets: list[Budget] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        budgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.budgets, Unset):
            budgets = []
            for budgets_item_data in self.budgets:
                budgets_item = budgets_item_data.to_dict()
                budgets.append(budgets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if budgets is not UNSET:
            field_dict["budgets"] = budgets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        _budgets = get("budgets", UNSET)
        budgets: list[Budget] | Unset = UNSET
        if _budgets is not UNSET:
            budgets = []
            for budgets_item_data in _budgets:
                budgets_item = Budget.from_dict(budgets_item_data)

                budgets.append(budgets_item)

        budget_list = cls(
            budgets,
        )

        if not _KEYS.issuperset(src_dict):
            budget_list.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return budget_list

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
setattr(BudgetList, "additional_properties", DictOnFirstRead(BudgetList.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "budgets",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global Budget
    from ..models.budget import Budget

    _PENDING = False
