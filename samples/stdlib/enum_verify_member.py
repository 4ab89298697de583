# enum.verify with UNIQUE / CONTINUOUS / NAMED_FLAGS, EnumCheck, member and nonmember.
from enum import CONTINUOUS, NAMED_FLAGS, UNIQUE, Enum, EnumCheck, Flag, IntEnum, member, nonmember, verify

print(list(EnumCheck))
print(repr(UNIQUE), UNIQUE.value, EnumCheck("one name per value") is UNIQUE)


@verify(UNIQUE)
class Ok(Enum):
    A = 1
    B = 2


print(list(Ok))

try:
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        GREEN = 2
        BLUE = 1
        CRIMSON = 1
except ValueError as e:
    print("ValueError:", e)


@verify(CONTINUOUS)
class Level(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3


print(Level.HIGH - Level.LOW)

try:
    @verify(CONTINUOUS)
    class Gappy(Enum):
        ONE = 1
        TWO = 2
        FIVE = 5
except ValueError as e:
    print("ValueError:", e)

try:
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        D = 8
except ValueError as e:
    print("ValueError:", e)


@verify(NAMED_FLAGS)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Perm.RWX, list(Perm))

try:
    @verify(NAMED_FLAGS)
    class Broken(Flag):
        ONE = 1
        TWO = 2
        MANY = 15
except ValueError as e:
    print("ValueError:", e)

try:
    @verify(UNIQUE, CONTINUOUS)
    class Both(Enum):
        X = 1
        Y = 3
except ValueError as e:
    print("ValueError:", e)


class Planet(Enum):
    EARTH = 3
    MARS = 4
    ORDER = nonmember(["earth", "mars"])
    LABEL = member("not a number")


print(list(Planet))
print(Planet.ORDER)
print(Planet.LABEL, repr(Planet.LABEL), Planet.LABEL.value)
print(len(Planet), Planet("not a number") is Planet.LABEL)
