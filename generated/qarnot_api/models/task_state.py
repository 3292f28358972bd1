from enum import StrEnum


class TaskState(StrEnum):
    CANCELLED = "Cancelled"
    DOWNLOADINGRESULTS = "DownloadingResults"
    FAILURE = "Failure"
    FULLYDISPATCHED = "FullyDispatched"
    FULLYEXECUTING = "FullyExecuting"
    PARTIALLYDISPATCHED = "PartiallyDispatched"
    PARTIALLYEXECUTING = "PartiallyExecuting"
    PENDINGCANCEL = "PendingCancel"
    PENDINGDELETE = "PendingDelete"
    SUBMITTED = "Submitted"
    SUCCESS = "Success"
    UPLOADINGRESULTS = "UploadingResults"

    def __str__(self) -> str:
        return str(self.value)
