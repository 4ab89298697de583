"""match: value patterns whose first name is a parameter (`cls.SHORT` in a classmethod) or a class."""
from enum import Enum


class System(Enum):
    SHORT = 3
    LONG = 6

    @classmethod
    def exponent(cls, name: str) -> int:
        match member := cls[name.upper()]:
            case cls.SHORT:
                return member.value + 15
            case cls.LONG:
                return member.value + 15
        return 0


def describe(s: System) -> str:
    match s:
        case System.SHORT:
            return "short scale"
        case _:
            return "other"


print(System.exponent("short"), System.exponent("long"), describe(System.SHORT), describe(System.LONG))
