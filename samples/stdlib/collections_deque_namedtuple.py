# deque with maxlen and rotate, namedtuple with defaults, ChainMap lookups, as CPython prints them.
from collections import deque, namedtuple, ChainMap

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([8, 9])
print(d, d.count(2), d.index(2))
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, list(last3), last3.maxlen)
last3.appendleft(-1)
print(last3)
print(deque("xyz", 2), deque(), bool(deque()), list(reversed(deque([1, 2, 3]))))
window = deque([], maxlen=2)
window.extend([1, 2, 3])
print(window, sum(window))
for bad in (deque(), deque([1])):
    try:
        bad.popleft()
        bad.pop()
    except IndexError as e:
        print("IndexError:", e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError:", e)
q = deque(["a", "b"])
q.insert(1, "z")
q.remove("a")
q.reverse()
print(q, q == deque(["b", "z"]), q.copy())

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, p._asdict(), Point._fields)
print(p._replace(x=10), Point._make([5, 6]))
Color = namedtuple("Color", "red green blue", defaults=[0, 255])
print(Color(1), Color(1, 2, 3), Color._field_defaults)
Pair = namedtuple("Pair", "first, second")
print(Pair("a", "b"), sorted([Pair(2, "x"), Pair(1, "y")]))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["x", "x"])
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", ["a", "def", "a"], rename=True)._fields)

defaults = {"color": "red", "user": "guest"}
overrides = {"user": "admin"}
cm = ChainMap(overrides, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm)
cm["color"] = "blue"
print(overrides, defaults, cm.get("nope", "-"))
child = cm.new_child()
child["user"] = "root"
print(child["user"], child.parents["user"], list(child.items()))
print(ChainMap({"a": 1}, {"b": 2}))
