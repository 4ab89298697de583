# weakref while the objects live (JavaScript frees them later than CPython, so nothing here depends on the moment).
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


a = Node("a")
b = Node("b")
r = weakref.ref(a)
print(r() is a, r().name)

p = weakref.proxy(b)
print(p.name, p.greet())

for bad in [1, "s", [1], {"k": 1}, (1, 2), None]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

cache = weakref.WeakValueDictionary()
cache["a"] = a
cache["b"] = b
print(len(cache), "a" in cache, "z" in cache, cache["a"].name, cache.get("z", "none"))
print(sorted(cache.keys()), sorted(n.name for n in cache.values()))
del cache["a"]
print(len(cache), "a" in cache)
try:
    cache["a"]
except KeyError as e:
    print("KeyError:", e)

meta = weakref.WeakKeyDictionary()
meta[a] = "first"
meta[b] = "second"
print(len(meta), meta[a], meta.get(b), a in meta)
print([k.name for k in meta.keys()], list(meta.values()))

s = weakref.WeakSet()
s.add(a)
s.add(b)
s.add(a)
print(len(s), a in s)
s.discard(a)
print(len(s), a in s, [n.name for n in s])


def cleanup(label, suffix="!"):
    print("cleanup", label + suffix)
    return label


f = weakref.finalize(a, cleanup, "a", suffix="?")
print(f.alive)
print(f())
print(f.alive, f())
g = weakref.finalize(b, cleanup, "at exit")
h = weakref.finalize(b, cleanup, "detached")
print(h.detach()[2])
print(g.alive, h.alive)
print("end of program")
