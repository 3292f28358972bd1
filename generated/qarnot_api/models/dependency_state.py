from enum import StrEnum


class DependencyState(StrEnum):
    DEPENDENCYCONDITIONSFULFILLED = "dependencyConditionsFulfilled"
    DEPENDENCYCONDITIONSNOTFULFILLED = "dependencyConditionsNotFulfilled"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
