"""pprint of dataclasses, collections types, multi-line strings, streams, PrettyPrinter and its errors."""
import pprint
import sys
import io
from collections import Counter, OrderedDict, defaultdict, deque, ChainMap
from dataclasses import dataclass, field


@dataclass
class Point:
    x: float
    y: float
    label: str = "origin-point-with-a-long-label"
    tags: list = field(default_factory=list)


pts = [Point(1.5, 2.0, tags=["a", "b"]), Point(3.0, 4.25)]
pprint.pprint(pts)
pprint.pprint(Point(0.0, 0.0, "x" * 60, list(range(25))))
c = Counter("the quick brown fox jumps over the lazy dog and keeps running far away")
pprint.pprint(c)
dd = defaultdict(list)
for i in range(12):
    dd[f"key{i % 4}"].append(i * 1000)
pprint.pprint(dd)
od = OrderedDict((f"item-{i}", i * i) for i in range(10))
pprint.pprint(od)
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=35))
pprint.pprint(ChainMap({"a" * 30: 1, "b" * 30: 2}, {"c" * 30: 3}))
pprint.pprint("line one is here\nline two is a bit longer than the first\n" * 3)
pprint.pprint(["héllo wörld " * 8, "naïve"])
nested = {"level1": {"level2": {"level3": {"level4": {"level5": list(range(10))}}}}}
pprint.pprint(nested, depth=3)
pprint.pprint(nested, width=20)
users = [{"id": i, "name": f"user{i}", "email": f"user{i}@example.com", "active": i % 2 == 0, "score": i * 1.5} for i in range(4)]
pprint.pprint(users)
pprint.pprint(users, width=120)
pprint.pprint(users, sort_dicts=False, width=60)
buf = io.StringIO()
pprint.pprint({"x": list(range(30))}, stream=buf, width=30)
print(buf.getvalue(), end="")
pprint.pprint({"y": 1}, sys.stdout)
pp = pprint.PrettyPrinter(indent=2, width=50, compact=True)
pp.pprint(list(range(60)))
print(pp.pformat({"k": list("abcdefghijklmnopqrstuvwxyz")}))
pprint.PrettyPrinter(width=30).pprint(("tuple", "with", "several", "string", "items"))
ratios: list[float] = [1.0, 2.0, 3.5] * 10
pprint.pprint(ratios)
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pprint.pformat([], depth=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pprint.pformat([], width=0)
except ValueError as e:
    print(type(e).__name__, e)
