"""Keywords reach their parameter even when the callee is only known at run time."""
import asyncio


def make_scaler(factor):
    def scale(x, offset=0, *, clamp=None):
        v = x * factor + offset
        if clamp is not None and v > clamp:
            v = clamp
        return v
    return scale


def add(a, b=10, c=100):
    return a + b + c


def sub(a, b):
    return a - b


def forward(*a, **kw):
    return target(*a, **kw)


def target(x, y=2, **rest):
    return (x, y, sorted(rest.items()))


class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x = x
        self.y = y
        self.label = label

    @classmethod
    def make(cls, **kw):
        return cls(1, **kw)

    @classmethod
    def origin(cls, label):
        return cls(0, y=0, label=label)

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy, label=self.label)

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.label!r})"


def call_method(obj, name_value):
    # obj's type is not known here: the keyword is bound by the method's real signature.
    return obj.moved(dy=name_value)


async def fetch(url, *, retries=1, delay=0):
    await asyncio.sleep(delay)
    return f"{url} x{retries}"


async def main():
    s = make_scaler(3)
    print(s(5, offset=1), s(5), s(5, clamp=7), s(x=2, offset=4))
    ops = {"add": add, "sub": sub}
    print(ops["add"](1, c=3), ops["sub"](b=1, a=10), ops["add"](a=1))
    print(forward(1), forward(1, y=5), forward(x=3, z=9, w=8))
    print(Point.make(y=5), Point.make(label="q"), Point.origin("o"))
    print(call_method(Point(1, 2), 7))
    f = fetch
    print(await f("u", retries=3))
    kw = {"retries": 2}
    print(await f("v", **kw))
    fns = [add]
    try:
        fns[0](1, d=4)
    except TypeError as e:
        print("TypeError:", e)
    try:
        s(1, 2, offset=3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        s(offset=3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        ops["sub"](1, a=2)
    except TypeError as e:
        print("TypeError:", e)
    g = lambda a, b=2: a * b
    print(g(3, b=4), g(b=5, a=2))


asyncio.run(main())
