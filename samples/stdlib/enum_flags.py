"""enum: Flag and IntFlag: combining, membership, iteration, reprs."""
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm.R & Perm.X), Perm(3))

class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, repr(Bits.A | Bits.B), Bits.A | 2, Bits.B == 2)


none = Perm.R & Perm.X
print(repr(none), bool(none), Perm.R | Perm.W | Perm.X)
print(repr(~Perm.R), Perm.W in (Perm.W | Perm.X), len(rw))
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    Perm.R | 1
except TypeError as e:
    print(e)


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = RED | GREEN | BLUE


print(Color.WHITE, list(Color), list(Color.WHITE), Color(6), len(Color), Color.RED | Color.GREEN | Color.BLUE)


def combine(a, b):
    return a | b, a & b, a ^ b


print(combine(Perm.R | Perm.W, Perm.W | Perm.X))
print(combine(6, 3), combine({1, 2}, {2, 3}), combine(True, False), combine(True, 2))
try:
    combine(1.5, 2)
except TypeError as e:
    print(e)
try:
    combine(Perm.R, Bits.A)
except TypeError as e:
    print(e)
