"""dataclasses: field() options, KW_ONLY, InitVar, __post_init__, asdict/astuple/replace/fields."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, KW_ONLY, InitVar, is_dataclass
from typing import List


@dataclass
class Item:
    name: str
    price: float = 0.5
    tags: List[str] = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    count: int = field(default=0, compare=False)
    total: float = field(init=False)

    def __post_init__(self):
        self.total = self.price * 3


a = Item("a", 1.5)
b = Item("a", 1.5, count=3)
print(a, a == b, a.total)
a.tags.append("t")
print(Item("c").tags, a.tags)
print(asdict(a))
print(astuple(a))
print(replace(a, name="z", count=9))
print([(f.name, f.init, f.repr, f.compare) for f in fields(Item)])
print(is_dataclass(a), is_dataclass(Item), is_dataclass(3))


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Options("p", level=5), Options("q", verbose=True))


@dataclass
class Scaled:
    x: int
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.x *= scale


s = Scaled(2, 10)
print(s, Scaled(3), [f.name for f in fields(s)])
print(replace(s, scale=2))


@dataclass(kw_only=True)
class Conf:
    host: str
    port: int = 80


print(Conf(host="h"), Conf(port=1, host="x"))


@dataclass
class Base:
    a: int
    b: int = 2


@dataclass
class Child(Base):
    c: int = 3

    def __post_init__(self):
        print("post_init once for", self)


print(Child(1), Child(1, 5, 7) == Child(1, 5, 7), asdict(Child(0)))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))

for call in [lambda: replace(a, total=1.0), lambda: replace(s), lambda: replace(a, nope=1), lambda: asdict(3), lambda: fields(3)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass
class Need:
    x: int
    k: InitVar[int]

    def __post_init__(self, k):
        self.x += k


n = Need(1, 2)
try:
    replace(n)
except ValueError as e:
    print(e)
print(replace(n, k=5))
