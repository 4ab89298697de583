"""dataclasses: frozen=True, order=True, eq=False, hashing."""
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0


p = P(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)
print(isinstance(FrozenInstanceError(), AttributeError))
print(hash(p) == hash(P(1, 2)), {p, P(1, 2)}, p == P(1, 2), p != P(2, 1))
print({P(0): "origin"}[P(0)])


@dataclass(order=True)
class Version:
    major: int
    minor: int
    label: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(0, 5), Version(1, 0), Version(1, 2, "a")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2, 0) >= Version(1, 9), Version(1, 2, "x") == Version(1, 2, "y"))
print(max(vs), min(vs))


@dataclass(eq=False)
class Handle:
    n: int


h = Handle(1)
print(h == Handle(1), h == h)


@dataclass(repr=False)
class Quiet:
    n: int

    def __repr__(self):
        return f"Quiet<{self.n}>"


print(Quiet(4))


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def add(self, other):
        return Money(self.amount + other.amount, self.currency)


print(Money(3).add(Money(4)))
m = Money(1)
try:
    m.currency = "USD"
except AttributeError as e:
    print(type(e).__name__, e)
print(m)
