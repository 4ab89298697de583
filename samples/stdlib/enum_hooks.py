"""enum: _missing_, _generate_next_value_, aliases and __members__, @unique's error, Flag values outside
the members, StrEnum members used as strings."""
from enum import Enum, Flag, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), len(Color))
print(list(Color.__members__), Color.__members__["CRIMSON"], [m.name for m in Color.__members__.values()])
print(Color(1), Color["CRIMSON"], Color.RED.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape("square"), Shape("Circle"), Shape(2))
try:
    Shape(5)
except ValueError as e:
    print("ValueError:", e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


try:
    Bad(2)
except TypeError as e:
    print("TypeError:", e)


class Direction(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"

    NORTH = auto()
    SOUTH = auto()
    WEST = "w"
    EAST = auto()


print(list(Direction), Direction.EAST.value)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, Perm(7), Perm(0), ~Perm.R, list(Perm.R | Perm.X), Perm.R in Perm(5))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Bits(IntFlag):
    A = 1
    B = 2


print(Bits(8), Bits.A | 8, Bits(3), int(Bits.A | Bits.B))


class Mode(StrEnum):
    READ = auto()
    WRITE = "Write"


print(Mode.READ, Mode.WRITE.upper(), Mode.READ == "read", Mode.WRITE.startswith("W"), f"{Mode.READ}!")
print(Mode("read"), Mode.WRITE.value.lower(), sorted(m.value for m in Mode))


class Status(Enum):
    new = 7
    default = 8
    delete = 9


print(Status.new, Status(8).name, [s.name for s in Status], Status["delete"].value)
