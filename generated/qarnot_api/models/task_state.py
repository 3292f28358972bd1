from __future__ import annotations

from enum import StrEnum


class TaskState(StrEnum):
    """Known task states. `Submitted` → `PartiallyDispatched` → `FullyDispatched` → `PartiallyExecuting` →
    `FullyExecuting` → `UploadingResults` → `Success` | `Failure`; abort gives `PendingCancel` → `Cancelled`; delete
    gives `PendingDelete`. Final states: `Success`, `Failure`, `Cancelled`. `DownloadingResults` is a legacy active
    state. Fields holding a state accept any other string too."""

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

    @classmethod
    def parse(cls, value: str) -> TaskState | str:
        """The member whose value is ``value`` in any casing, else ``value`` itself."""
        member = _MEMBERS.get(value)
        if member is None:
            member = _MEMBERS.get(value.casefold())
        return value if member is None else member

    @classmethod
    def _missing_(cls, value: object) -> TaskState | None:
        return _MEMBERS.get(value.casefold()) if isinstance(value, str) else None


# Exact values first, then their case-folded forms (an exact value wins over a folded one).
_MEMBERS: dict[str, TaskState] = {member.value.casefold(): member for member in reversed(TaskState)}
_MEMBERS.update({member.value: member for member in TaskState})
