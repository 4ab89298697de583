"""typing at run time: cast, TYPE_CHECKING, NewType, runtime_checkable Protocols in isinstance,
final, overload stubs, Optional/Literal/Union annotations, assert_never."""
import typing
from typing import (TYPE_CHECKING, Any, Callable, Literal, NewType, Optional, Protocol, Union, assert_never,
                    cast, final, overload, runtime_checkable)

if TYPE_CHECKING:
    print("never printed: TYPE_CHECKING is False at run time")
print(TYPE_CHECKING, typing.TYPE_CHECKING)

value: Any = "42"
n = cast(int, value)
items = typing.cast("list[int]", [1, 2])
maybe = cast(Optional[str], None)
print(n, items, maybe, cast(dict, {"a": 1}))

UserId = NewType("UserId", int)
uid = UserId(5)
print(uid, uid + 1, type(uid).__name__, UserId.__name__)


def lookup(user: UserId) -> str:
    return f"user-{user}"


print(lookup(UserId(7)))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self) -> None:
        print("closed")


class Socket:
    def send(self) -> None:
        pass


for thing in [File(), Socket(), 3, None]:
    print(type(thing).__name__, isinstance(thing, Closable))


@final
class Config:
    debug: bool = False


print(Config.debug, Config().debug)


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(4), double("ab"))


def describe(mode: Literal["r", "w"] = "r", size: Union[int, float] = 0, cb: Optional[Callable[[int], int]] = None) -> str:
    return f"{mode} {size} {cb(size) if cb is not None else None}"


print(describe(), describe("w", 2, lambda v: v + 1), describe(size=2.5))


def check(kind: Literal["a", "b"]) -> str:
    if kind == "a":
        return "A"
    elif kind == "b":
        return "B"
    else:
        assert_never(kind)


print(check("a"), check("b"))
try:
    check(cast(Any, "c"))
except AssertionError as e:
    print("AssertionError:", e)
