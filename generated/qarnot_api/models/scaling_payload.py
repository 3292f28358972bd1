from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DictOnFirstRead

if TYPE_CHECKING:
    from ..models.fixed_scaling_policy import FixedScalingPolicy
    from ..models.managed_tasks_queue_scaling_policy import ManagedTasksQueueScalingPolicy
    from ..models.unknown_scaling_policy import UnknownScalingPolicy


T = TypeVar("T", bound="ScalingPayload")


@_attrs_define
class ScalingPayload:
    """Scaling policies to set (or to check).

    Attributes:
        policies (list[FixedScalingPolicy | ManagedTasksQueueScalingPolicy | UnknownScalingPolicy] | None): Scaling
            policies to set; the first enabled one applies.
    """

    policies: list[FixedScalingPolicy | ManagedTasksQueueScalingPolicy | UnknownScalingPolicy] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        policies: list[dict[str, Any]] | None
        if isinstance(self.policies, list):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policies": policies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        policies = src_dict["policies"]
        if policies is not None:
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

        scaling_payload = cls(
            policies,
        )

        if not _KEYS.issuperset(src_dict):
            scaling_payload.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return scaling_payload

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
setattr(ScalingPayload, "additional_properties", DictOnFirstRead(ScalingPayload.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "policies",
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
