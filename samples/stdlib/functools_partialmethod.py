"""functools.partialmethod as class attributes: positional and keyword
arguments bound once, call-time keywords overriding, a module-level function,
inheritance and a subclass overriding the wrapped method."""
import functools
from functools import partialmethod


def describe(obj, kind, *extra, sep="-"):
    return sep.join([obj.name, kind, *extra])


class Cell:
    def __init__(self, name):
        self.name = name
        self.alive = False
        self.tag = None

    def set_state(self, state, tag="plain"):
        self.alive = state
        self.tag = tag
        return self

    set_alive = partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, tag="dead")
    label = partialmethod(describe, "cell")
    shout = partialmethod(describe, "CELL", sep="!")


class Sub(Cell):
    def set_state(self, state, tag="plain"):
        return super().set_state(not state, tag + "?")


c = Cell("c")
print(c.alive, c.tag)
c.set_alive()
print(c.alive, c.tag)
c.set_dead()
print(c.alive, c.tag)
c.set_alive(tag="kw")
print(c.alive, c.tag)
c.set_dead(tag="over")
print(c.alive, c.tag)
print(c.set_alive("pos").tag)
print(c.label())
print(c.label("x", "y"))
print(c.label("x", sep="+"))
print(c.shout("loud"))
print(c.shout("soft", sep="."))

s = Sub("s")
# The partialmethod holds Cell.set_state itself: the override is not used.
s.set_alive()
print(s.alive, s.tag)
s.set_state(True)
print(s.alive, s.tag)
print(s.label("sub"))

try:
    c.set_alive(1, 2)
except TypeError as e:
    print("TypeError", e)


class Args:
    def f(self, a, b, *rest, key=None):
        return (a, b, rest, key)

    g = partialmethod(f, 1, key="k")
    # A partialmethod of a partialmethod adds its arguments after the inner ones.
    h = partialmethod(g, 2)
    pick = partialmethod(lambda self, *xs: max(xs), 0)


a = Args()
print(a.g(2, 3, 4))
print(a.h(5))
print(a.h(key="late"))
print(a.pick(-1, 7))
