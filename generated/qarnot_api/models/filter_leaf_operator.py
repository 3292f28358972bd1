from enum import StrEnum


class FilterLeafOperator(StrEnum):
    EQUAL = "Equal"
    GREATERTHAN = "GreaterThan"
    GREATERTHANOREQUAL = "GreaterThanOrEqual"
    IN = "In"
    LESSTHAN = "LessThan"
    LESSTHANOREQUAL = "LessThanOrEqual"
    LIKE = "Like"
    NOTEQUAL = "NotEqual"
    NOTIN = "NotIn"

    def __str__(self) -> str:
        return str(self.value)
