import functools
import inspect
from inspect import Parameter, signature
from typing import Any, Callable, Dict, List, Optional, Union


class Point:
    def __init__(self, x: float, y: float = 0.0, *, label: str = "origin"):
        self.x = x
        self.y = y
        self.label = label

    def move(self, dx, dy=0, *rest, scale=1, **opts) -> "Point":
        return self

    @classmethod
    def from_pair(cls, pair: tuple) -> "Point":
        return cls(*pair)

    @staticmethod
    def norm(a, b=2):
        return a + b

    def nothing(self):
        pass


class Empty:
    pass


def plain(a, b=2, *args, c, d=None, **kw):
    return a


def annotated(a: int, b: str = "x", /, c: Optional[int] = None, *args: float, d: List[Point], e: Dict[str, Any] = {}, **kw: bool) -> Union[int, str]:
    return a


def builtin_generics(items: list[int], lookup: dict[str, Point], maybe: int | None = None) -> tuple[int, ...]:
    return ()


def no_params():
    return 1


async def fetch(url: str, *, timeout: float = 10.0) -> bytes:
    return b""


def gen(n=3):
    yield n


for f in [plain, annotated, builtin_generics, no_params, fetch, gen, Point, Empty, Point.move, Point(1).move, Point.from_pair, Point.norm, Point(1).nothing, lambda: 0, lambda p, q=1, *r, **t: p]:
    print(signature(f))

sig = signature(annotated)
print(repr(sig))
print(sig.return_annotation)
print(sig.parameters)
print(len(sig.parameters), list(sig.parameters))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is Parameter.empty, p.annotation is Parameter.empty, repr(p))
print(sig.parameters["a"].annotation, sig.parameters["b"].default, sig.parameters["c"].annotation)
print(sig.parameters["a"].annotation is int, signature(plain).return_annotation is inspect.Signature.empty)
print(Parameter.empty, inspect.Signature.empty)
print([p.name for p in signature(plain).parameters.values() if p.kind == Parameter.KEYWORD_ONLY])
print([p.name for p in signature(plain).parameters.values() if p.default is not p.empty])


def g(a, b, c=3, *, d, e=5):
    return a


print(signature(functools.partial(g, 1)))
print(signature(functools.partial(g, 1, c=4)))
print(signature(functools.partial(g, 1, 2, 3)))
print(signature(functools.partial(g, b=1)))
print(signature(functools.partial(plain, 1, 2, 3)))
print(signature(functools.partial(plain, c=9)))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


@deco
def wrapped(x, y=1):
    return x + y


print(signature(wrapped), signature(wrapped, follow_wrapped=False))
print(inspect.signature(Point).parameters["label"].default)
print(signature(plain) == signature(plain), signature(plain) == signature(g))

try:
    signature(42)
except TypeError as e:
    print("TypeError:", e)
try:
    signature(functools.partial(g, 1, 2, 3, 4))
except ValueError as e:
    print("ValueError:", str(e).split(" has ")[1])
