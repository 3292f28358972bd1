from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_overrun_policy import BudgetOverrunPolicy
from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="Budget")


@_attrs_define
class Budget:
    """A budget of a project. Amounts are in euro cents.

    Attributes:
        uuid (str | Unset): Uuid of the budget.
        alias (None | str | Unset): Name of the budget (may be empty).
        consumed_amount_in_cents (int | Unset): Amount consumed, euro cents.
        total_amount_in_cents (int | Unset): Total amount, euro cents.
        remaining_amount_in_cents (int | Unset): May be negative.
        start_date_utc (datetime.datetime | None | Unset): Start of the budget.
        expiration_date_utc (datetime.datetime | None | Unset): End of the budget; null when it does not expire.
        budget_overrun_policy (BudgetOverrunPolicy | None | str | Unset): What happens when the budget is exhausted (see
            `BudgetOverrunPolicy`; any string is possible).
        is_archived (bool | Unset): The budget is archived.
    """

    uuid: str | Unset = UNSET
    alias: None | str | Unset = UNSET
    consumed_amount_in_cents: int | Unset = UNSET
    total_amount_in_cents: int | Unset = UNSET
    remaining_amount_in_cents: int | Unset = UNSET
    start_date_utc: datetime.datetime | None | Unset = UNSET
    expiration_date_utc: datetime.datetime | None | Unset = UNSET
    budget_overrun_policy: BudgetOverrunPolicy | None | str | Unset = UNSET
    is_archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        consumed_amount_in_cents = self.consumed_amount_in_cents

        total_amount_in_cents = self.total_amount_in_cents

        remaining_amount_in_cents = self.remaining_amount_in_cents

        start_date_utc: None | str | Unset
        if isinstance(self.start_date_utc, Unset):
            start_date_utc = UNSET
        elif isinstance(self.start_date_utc, datetime.datetime):
            start_date_utc = self.start_date_utc.isoformat()
        else:
            start_date_utc = self.start_date_utc

        expiration_date_utc: None | str | Unset
        if isinstance(self.expiration_date_utc, Unset):
            expiration_date_utc = UNSET
        elif isinstance(self.expiration_date_utc, datetime.datetime):
            expiration_date_utc = self.expiration_date_utc.isoformat()
        else:
            expiration_date_utc = self.expiration_date_utc

        budget_overrun_policy: None | str | Unset
        if isinstance(self.budget_overrun_policy, Unset):
            budget_overrun_policy = UNSET
        elif isinstance(self.budget_overrun_policy, BudgetOverrunPolicy):
            budget_overrun_policy = self.budget_overrun_policy.value
        else:
            budget_overrun_policy = self.budget_overrun_policy

        is_archived = self.is_archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if alias is not UNSET:
            field_dict["alias"] = alias
        if consumed_amount_in_cents is not UNSET:
            field_dict["consumedAmountInCents"] = consumed_amount_in_cents
        if total_amount_in_cents is not UNSET:
            field_dict["totalAmountInCents"] = total_amount_in_cents
        if remaining_amount_in_cents is not UNSET:
            field_dict["remainingAmountInCents"] = remaining_amount_in_cents
        if start_date_utc is not UNSET:
            field_dict["startDateUtc"] = start_date_utc
        if expiration_date_utc is not UNSET:
            field_dict["expirationDateUtc"] = expiration_date_utc
        if budget_overrun_policy is not UNSET:
            field_dict["budgetOverrunPolicy"] = budget_overrun_policy
        if is_archived is not UNSET:
            field_dict["isArchived"] = is_archived

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        uuid = get("uuid", UNSET)

        alias = get("alias", UNSET)

        consumed_amount_in_cents = get("consumedAmountInCents", UNSET)

        total_amount_in_cents = get("totalAmountInCents", UNSET)

        remaining_amount_in_cents = get("remainingAmountInCents", UNSET)

        start_date_utc = get("startDateUtc", UNSET)
        if start_date_utc is not None and start_date_utc is not UNSET:
            try:
                if not isinstance(start_date_utc, str):
                    raise TypeError()
                start_date_utc_type_0 = datetime.datetime.fromisoformat(start_date_utc)

                start_date_utc = start_date_utc_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        expiration_date_utc = get("expirationDateUtc", UNSET)
        if expiration_date_utc is not None and expiration_date_utc is not UNSET:
            try:
                if not isinstance(expiration_date_utc, str):
                    raise TypeError()
                expiration_date_utc_type_0 = datetime.datetime.fromisoformat(expiration_date_utc)

                expiration_date_utc = expiration_date_utc_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        budget_overrun_policy = get("budgetOverrunPolicy", UNSET)
        if isinstance(budget_overrun_policy, str):
            budget_overrun_policy = BudgetOverrunPolicy.parse(budget_overrun_policy)

        is_archived = get("isArchived", UNSET)

        budget = cls(
            uuid,
            alias,
            consumed_amount_in_cents,
            total_amount_in_cents,
            remaining_amount_in_cents,
            start_date_utc,
            expiration_date_utc,
            budget_overrun_policy,
            is_archived,
        )

        if not _KEYS.issuperset(src_dict):
            budget.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return budget

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
setattr(Budget, "additional_properties", DictOnFirstRead(Budget.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "uuid",
        "alias",
        "consumedAmountInCents",
        "totalAmountInCents",
        "remainingAmountInCents",
        "startDateUtc",
        "expirationDateUtc",
        "budgetOverrunPolicy",
        "isArchived",
    }
)
