from enum import StrEnum


class BudgetOverrunPolicy(StrEnum):
    ALERTONLY = "AlertOnly"
    BLOCKNEW = "BlockNew"
    STOPANDBLOCKALL = "StopAndBlockAll"

    def __str__(self) -> str:
        return str(self.value)
