"""enum: Enum, IntEnum, StrEnum, auto, lookups, aliases, reprs, unique."""
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED in Color)
print(Color.BLUE.describe(), isinstance(Color.RED, Color), type(Color.RED).__name__)
print(f"{Color.RED}", str(Color.RED), f"{Color.RED!r}")
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
d = {Color.RED: "r"}
print(d[Color.RED], d)
for c in Color:
    print(c.name, c.value)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE == 1, Num.TWO > Num.ONE, Num.ONE + 1, sorted([Num.TWO, Num.ONE]))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto))

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", f"[{Mode.WRITE}]", Mode("w"))

@unique
class Ok(Enum):
    X = 1
    Y = 2
print(list(Ok))
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(e)
print(Color.__members__.keys() if False else [m for m in Color.__members__])
