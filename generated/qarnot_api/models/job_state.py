from enum import StrEnum


class JobState(StrEnum):
    ACTIVE = "Active"
    COMPLETED = "Completed"
    DELETING = "Deleting"
    TERMINATING = "Terminating"

    def __str__(self) -> str:
        return str(self.value)
