from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.fixed_scaling_policy import FixedScalingPolicy
    from ..models.managed_tasks_queue_scaling_policy import ManagedTasksQueueScalingPolicy
    from ..models.unknown_scaling_policy import UnknownScalingPolicy


T = TypeVar("T", bound="Scaling")


@_attrs_define
class Scaling:
    """Scaling policies of a pool; the first enabled policy applies.

    Attributes:
        policies (list[FixedScalingPolicy | ManagedTasksQueueScalingPolicy | UnknownScalingPolicy] | None | Unset):
            Scaling policies; the first enabled one applies.
        active_policy_name (None | str | Unset): Name of the policy currently applied (response only).
    """

    policies: list[FixedScalingPolicy | ManagedTasksQueueScalingPolicy | UnknownScalingPolicy] | None | Unset = UNSET
    active_policy_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        policies: list[dict[str, Any]] | None | Unset
        if isinstance(self.policies, Unset):
            policies = UNSET
        elif isinstance(self.policies, list):
            policies = []
            for policies_type_0_item_data in self.policies:
                policies_type_0_item: dict[str, Any]
                if isinstance(policies_type_0_item_data, FixedScalingPolicy) or isinstance(
                    policies_type_0_item_data, ManagedTasksQueueScalingPolicy
                ):
                    policies_type_0_item = policies_type_0_item_data.to_dict()
                else:
                    policies_type_0_item = policies_type_0_item_data.to_dict()

                policies.append(policies_type_0_item)

        else:
            policies = self.policies

        active_policy_name: None | str | Unset
        if isinstance(self.active_policy_name, Unset):
            active_policy_name = UNSET
        else:
            active_policy_name = self.active_policy_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if policies is not UNSET:
            field_dict["policies"] = policies
        if active_policy_name is not UNSET:
            field_dict["activePolicyName"] = active_policy_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        policies = get("policies", UNSET)
        if policies is not None and policies is not UNSET:
            try:
                if not isinstance(policies, list):
                    raise TypeError()
                policies_type_0 = []
                _policies_type_0 = policies
                for policies_type_0_item_data in _policies_type_0:
                    policies_type_0_item = policies_type_0_item_data

                    def _parse_policies_type_0_item(
                        data: object,
                    ) -> FixedScalingPolicy | ManagedTasksQueueScalingPolicy | UnknownScalingPolicy:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_scaling_policy_type_0 = FixedScalingPolicy.from_dict(data)

                            return componentsschemas_scaling_policy_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_scaling_policy_type_1 = ManagedTasksQueueScalingPolicy.from_dict(data)

                            return componentsschemas_scaling_policy_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_scaling_policy_type_2 = UnknownScalingPolicy.from_dict(data)

                        return componentsschemas_scaling_policy_type_2

                    policies_type_0_item = _parse_policies_type_0_item(policies_type_0_item)

                    policies_type_0.append(policies_type_0_item)

                policies = policies_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        active_policy_name = get("activePolicyName", UNSET)

        scaling = cls(
            policies,
            active_policy_name,
        )

        if not _KEYS.issuperset(src_dict):
            scaling.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return scaling

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
setattr(Scaling, "additional_properties", DictOnFirstRead(Scaling.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "policies",
        "activePolicyName",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global FixedScalingPolicy
    global ManagedTasksQueueScalingPolicy
    global UnknownScalingPolicy
    from ..models.fixed_scaling_policy import FixedScalingPolicy
    from ..models.managed_tasks_queue_scaling_policy import ManagedTasksQueueScalingPolicy
    from ..models.unknown_scaling_policy import UnknownScalingPolicy

    _PENDING = False
