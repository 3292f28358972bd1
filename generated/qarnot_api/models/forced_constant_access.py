from enum import StrEnum


class ForcedConstantAccess(StrEnum):
    READONLY = "ReadOnly"
    READWRITE = "ReadWrite"

    def __str__(self) -> str:
        return str(self.value)
