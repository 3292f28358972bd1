from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dependency_state import DependencyState
from ..models.task_final_state import TaskFinalState
from ..types import UNSET, DictOnFirstRead, Unset

T = TypeVar("T", bound="AdvancedDependency")


@_attrs_define
class AdvancedDependency:
    """A dependency on another task with conditions on its final state.

    Attributes:
        task_uuid (str): Uuid of the task depended upon.
        task_final_state_condition (list[str | TaskFinalState] | None | Unset): Accepted final states of that task; null
            or empty means any final state. If the condition is not met the dependent task is cancelled.
        actual_final_state (None | str | TaskFinalState | Unset): Final state the task reached (response only).
        state (DependencyState | None | str | Unset): State of this dependency (response only).
    """

    task_uuid: str
    task_final_state_condition: list[str | TaskFinalState] | None | Unset = UNSET
    actual_final_state: None | str | TaskFinalState | Unset = UNSET
    state: DependencyState | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        task_uuid = self.task_uuid

        task_final_state_condition: list[str] | None | Unset
        if isinstance(self.task_final_state_condition, Unset):
            task_final_state_condition = UNSET
        elif isinstance(self.task_final_state_condition, list):
            task_final_state_condition = []
            for task_final_state_condition_type_0_item_data in self.task_final_state_condition:
                task_final_state_condition_type_0_item: str
                if isinstance(task_final_state_condition_type_0_item_data, TaskFinalState):
                    task_final_state_condition_type_0_item = task_final_state_condition_type_0_item_data.value
                else:
                    task_final_state_condition_type_0_item = task_final_state_condition_type_0_item_data
                task_final_state_condition.append(task_final_state_condition_type_0_item)

        else:
            task_final_state_condition = self.task_final_state_condition

        actual_final_state: None | str | Unset
        if isinstance(self.actual_final_state, Unset):
            actual_final_state = UNSET
        elif isinstance(self.actual_final_state, TaskFinalState):
            actual_final_state = self.actual_final_state.value
        else:
            actual_final_state = self.actual_final_state

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DependencyState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskUuid": task_uuid,
            }
        )
        if task_final_state_condition is not UNSET:
            field_dict["taskFinalStateCondition"] = task_final_state_condition
        if actual_final_state is not UNSET:
            field_dict["actualFinalState"] = actual_final_state
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        task_uuid = src_dict["taskUuid"]

        task_final_state_condition = get("taskFinalStateCondition", UNSET)
        if task_final_state_condition is not None and task_final_state_condition is not UNSET:
            try:
                if not isinstance(task_final_state_condition, list):
                    raise TypeError()
                task_final_state_condition_type_0 = []
                _task_final_state_condition_type_0 = task_final_state_condition
                for task_final_state_condition_type_0_item_data in _task_final_state_condition_type_0:
                    task_final_state_condition_type_0_item = task_final_state_condition_type_0_item_data
                    if isinstance(task_final_state_condition_type_0_item, str):
                        task_final_state_condition_type_0_item = TaskFinalState.parse(
                            task_final_state_condition_type_0_item
                        )

                    task_final_state_condition_type_0.append(task_final_state_condition_type_0_item)

                task_final_state_condition = task_final_state_condition_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        actual_final_state = get("actualFinalState", UNSET)
        if isinstance(actual_final_state, str):
            actual_final_state = TaskFinalState.parse(actual_final_state)

        state = get("state", UNSET)
        if isinstance(state, str):
            state = DependencyState.parse(state)

        advanced_dependency = cls(
            task_uuid,
            task_final_state_condition,
            actual_final_state,
            state,
        )

        if not _KEYS.issuperset(src_dict):
            advanced_dependency.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return advanced_dependency

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
    AdvancedDependency, "additional_properties", DictOnFirstRead(AdvancedDependency.__dict__["additional_properties"])
)  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "taskUuid",
        "taskFinalStateCondition",
        "actualFinalState",
        "state",
    }
)
