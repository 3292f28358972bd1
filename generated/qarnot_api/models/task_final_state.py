from enum import StrEnum


class TaskFinalState(StrEnum):
    CANCELLED = "cancelled"
    FAILURE = "failure"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
