from enum import StrEnum


class PoolState(StrEnum):
    CLOSED = "Closed"
    CLOSING = "Closing"
    FAILURE = "Failure"
    FULLYDISPATCHED = "FullyDispatched"
    FULLYEXECUTING = "FullyExecuting"
    PARTIALLYDISPATCHED = "PartiallyDispatched"
    PARTIALLYEXECUTING = "PartiallyExecuting"
    PENDINGDELETE = "PendingDelete"
    SUBMITTED = "Submitted"

    def __str__(self) -> str:
        return str(self.value)
