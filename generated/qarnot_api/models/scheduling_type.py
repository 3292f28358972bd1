from enum import StrEnum


class SchedulingType(StrEnum):
    FLEX = "Flex"
    ONDEMAND = "OnDemand"
    RESERVED = "Reserved"

    def __str__(self) -> str:
        return str(self.value)
