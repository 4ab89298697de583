"""collections.UserDict / UserList / UserString as base classes, with CPython's reprs and errors."""
from collections import UserDict, UserList, UserString
import pprint


class LowerDict(UserDict):
    """Keys are stored lower-cased: every write goes through __setitem__."""

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


d = LowerDict({"Alpha": 1}, Beta=2)
d["GAMMA"] = 3
d.update({"Delta": 4}, Eps=5)
print(d, len(d), d["alpha"], "beta" in d, "Beta" in d)
print(list(d), d.keys(), d.values(), d.items())
print(d.get("zeta"), d.get("zeta", 0), d.pop("gamma"), d.setdefault("new", []), d)
print(d.popitem(), isinstance(d, UserDict), type(d.copy()).__name__, d.copy() == d, d == {"beta": 2})
del d["delta"]
print(d, d.data)
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, e)


class Defaulting(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


print(Defaulting(a=1)["a"], Defaulting()["zz"], UserDict.fromkeys("ab", 0))


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
s.extend([4, 5])
s += [6]
print(s, len(s), s.peek(), s[1:3], type(s[1:3]).__name__, 3 in s, s.pop(), s.pop(0), s)
s.insert(0, 9)
s.sort()
print(s, s.index(4), s.count(9), s + [7], [0] + s, s * 2, s == [2, 3, 4, 5, 9], s < [3])
s.reverse()
s.remove(9)
print(s, list(reversed(s)), sorted(s), sum(s), max(s))
try:
    s.remove(100)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


w = Shout("hello world")
print(w, repr(w), len(w), w[0], w.shout(), type(w.upper()).__name__, w.split(), w.count("o"))
print(w.title(), w.replace("world", "there"), "world" in w, w + "?", "> " + w, w * 2, w == "hello world")
print(w.startswith("he"), w.find("w"), w.strip("hd"), w.center(15, "*"), sorted([Shout("b"), Shout("a")]))
print(Shout("%s=%d") % ("x", 5), str(w), f"{w}")

pprint.pprint(UserDict({f"key{i}": list(range(i * 3)) for i in range(6)}))
pprint.pprint(UserList([{"name": "n" * 20, "values": list(range(15))}] * 2))
