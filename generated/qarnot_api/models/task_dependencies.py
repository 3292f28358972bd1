from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dependency_state import DependencyState
from ..types import UNSET, DictOnFirstRead, Unset

if TYPE_CHECKING:
    from ..models.advanced_dependency import AdvancedDependency


T = TypeVar("T", bound="TaskDependencies")


@_attrs_define
class TaskDependencies:
    """Dependencies of a task on other tasks of the same job (the job must be created with `useDependencies: true`). Send
    either `dependsOn` or `advancedDependsOn`, not both.

        Attributes:
            depends_on (list[str] | None | Unset): Start after these tasks (uuids) finish.
            advanced_depends_on (list[AdvancedDependency] | None | Unset): Start after these tasks finish in one of the
                given final states.
            state (DependencyState | None | str | Unset): Aggregated state of the dependencies (response only).
    """

    depends_on: list[str] | None | Unset = UNSET
    advanced_depends_on: list[AdvancedDependency] | None | Unset = UNSET
    state: DependencyState | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        if _PENDING:
            _resolve()
        depends_on: list[str] | None | Unset
        if isinstance(self.depends_on, Unset):
            depends_on = UNSET
        elif isinstance(self.depends_on, list):
            depends_on = self.depends_on

        else:
            depends_on = self.depends_on

        advanced_depends_on: list[dict[str, Any]] | None | Unset
        if isinstance(self.advanced_depends_on, Unset):
            advanced_depends_on = UNSET
        elif isinstance(self.advanced_depends_on, list):
            advanced_depends_on = []
            for advanced_depends_on_type_0_item_data in self.advanced_depends_on:
                advanced_depends_on_type_0_item = advanced_depends_on_type_0_item_data.to_dict()
                advanced_depends_on.append(advanced_depends_on_type_0_item)

        else:
            advanced_depends_on = self.advanced_depends_on

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DependencyState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if depends_on is not UNSET:
            field_dict["dependsOn"] = depends_on
        if advanced_depends_on is not UNSET:
            field_dict["advancedDependsOn"] = advanced_depends_on
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _PENDING:
            _resolve()
        get = src_dict.get
        depends_on = get("dependsOn", UNSET)
        if depends_on is not None and depends_on is not UNSET:
            try:
                if not isinstance(depends_on, list):
                    raise TypeError()
                depends_on_type_0 = cast(list[str], depends_on)

                depends_on = depends_on_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        advanced_depends_on = get("advancedDependsOn", UNSET)
        if advanced_depends_on is not None and advanced_depends_on is not UNSET:
            try:
                if not isinstance(advanced_depends_on, list):
                    raise TypeError()
                advanced_depends_on_type_0 = []
                _advanced_depends_on_type_0 = advanced_depends_on
                for advanced_depends_on_type_0_item_data in _advanced_depends_on_type_0:
                    advanced_depends_on_type_0_item = AdvancedDependency.from_dict(advanced_depends_on_type_0_item_data)

                    advanced_depends_on_type_0.append(advanced_depends_on_type_0_item)

                advanced_depends_on = advanced_depends_on_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        state = get("state", UNSET)
        if isinstance(state, str):
            state = DependencyState.parse(state)

        task_dependencies = cls(
            depends_on,
            advanced_depends_on,
            state,
        )

        if not _KEYS.issuperset(src_dict):
            task_dependencies.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return task_dependencies

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
setattr(TaskDependencies, "additional_properties", DictOnFirstRead(TaskDependencies.__dict__["additional_properties"]))  # noqa: B010


# The keys from_dict decodes into attributes; any other key goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "dependsOn",
        "advancedDependsOn",
        "state",
    }
)


# The models this one refers to load on its first to_dict/from_dict call, once (so that importing one
# model does not import every model it can hold, and models that refer to each other load in any order).
_PENDING = True


def _resolve() -> None:
    global _PENDING
    global AdvancedDependency
    from ..models.advanced_dependency import AdvancedDependency

    _PENDING = False
