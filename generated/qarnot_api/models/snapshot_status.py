from enum import StrEnum


class SnapshotStatus(StrEnum):
    FAILURE = "failure"
    INPROGRESS = "inProgress"
    SUCCESS = "success"
    TRIGGERED = "triggered"

    def __str__(self) -> str:
        return str(self.value)
