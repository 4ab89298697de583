"""Context managers with __enter__/__exit__: the value bound by as, exception info passed to __exit__, suppression, nesting order."""
from types import TracebackType
from typing import Optional


class Resource:
    def __init__(self, name: str, suppress: tuple[type[BaseException], ...] = ()) -> None:
        self.name = name
        self.suppress = suppress

    def __enter__(self) -> str:
        print(f"  enter {self.name}")
        return f"<{self.name} handle>"

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> bool:
        name = exc_type.__name__ if exc_type else None
        print(f"  exit {self.name}: type={name} value={exc!r} has_tb={tb is not None}")
        return exc_type is not None and issubclass(exc_type, self.suppress)


with Resource("plain") as handle:
    print("  body got", handle)

try:
    with Resource("failing"):
        raise ValueError("broken")
except ValueError as exc:
    print("propagated:", exc)

with Resource("suppressing", suppress=(KeyError,)):
    {}["missing"]
    print("  not printed")
print("KeyError was suppressed; execution continues after the with block")

try:
    with Resource("selective", suppress=(KeyError,)):
        raise TypeError("not suppressed")
except TypeError as exc:
    print("other types still propagate:", exc)

with Resource("outer") as a, Resource("inner") as b:
    print(f"  both open: {a} {b}")

try:
    with Resource("outer2", suppress=(ZeroDivisionError,)), Resource("inner2"):
        1 / 0
    print("outer2 swallowed what inner2 let through")
except ZeroDivisionError:
    print("not printed")


def early_return() -> str:
    with Resource("returning"):
        return "value from inside the with"


print(early_return())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("  loop body", i)


class Timer:
    def __enter__(self) -> "Timer":
        self.entered = True
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.exited = True  # returning None means "do not suppress"


with Timer() as t:
    pass
print("enter can return self:", t.entered, t.exited)
try:
    with Timer():
        raise RuntimeError("None from __exit__ does not suppress")
except RuntimeError as exc:
    print(exc)
