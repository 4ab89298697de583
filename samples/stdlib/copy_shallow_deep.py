"""copy.copy and copy.deepcopy on lists, dicts, sets, tuples, instances and cycles."""
import copy
from collections import Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field

nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(5)
print(shallow, deep)
print(shallow is nested, shallow[1] is nested[1], deep[1] is nested[1])

d = {"a": [1, 2], "b": {"c": 3.0}}
d2 = copy.deepcopy(d)
d2["b"]["c"] = 4.5
print(d, d2, copy.copy(d)["a"] is d["a"])

s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s)
t = (1, "x", (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3, t3 is t2, t3[1] is t2[1])
fs = frozenset({1, 2})
print(copy.copy(fs) is fs)
print(copy.copy(5), copy.deepcopy("text"), copy.deepcopy(None), copy.deepcopy(2.0))

# Shared references stay shared inside one deepcopy; cycles survive.
shared = [0]
pair = [shared, shared]
pair2 = copy.deepcopy(pair)
print(pair2[0] is pair2[1], pair2[0] is shared)
loop: list = [1, 2]
loop.append(loop)
loop2 = copy.deepcopy(loop)
print(loop2, loop2[2] is loop2, loop2 is loop)
dl: dict = {"self": None}
dl["self"] = dl
dl2 = copy.deepcopy(dl)
print(dl2["self"] is dl2)


class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
p.tags.append("a")
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
print(q, r, type(q).__name__, q is p, q.tags is p.tags, r.tags is p.tags)


@dataclass
class Config:
    name: str
    opts: dict = field(default_factory=dict)
    items: list = field(default_factory=list)


c = Config("x", {"debug": True}, [1, 2])
c2 = copy.deepcopy(c)
c2.opts["debug"] = False
c2.items.append(3)
print(c, c2, c == copy.copy(c))


@dataclass(frozen=True)
class Frozen:
    a: int
    b: list


f = Frozen(1, [2])
f2 = copy.deepcopy(f)
print(f2, f2 == f, f2.b is f.b)

# The collections' types keep their type and their settings.
dq = deque([1, [2]], maxlen=3)
dq2 = copy.deepcopy(dq)
dq2[1].append(3)
print(dq, dq2, copy.copy(dq))
cnt = Counter("hello")
print(copy.copy(cnt), copy.deepcopy(cnt) == cnt)
dd = defaultdict(list)
dd["a"].append(1)
dd2 = copy.deepcopy(dd)
dd2["b"].append(2)
print(dd, dd2)
od = OrderedDict([("z", 1), ("a", [2])])
od2 = copy.deepcopy(od)
od2["a"].append(3)
print(od, od2)
