"""Callable, Optional, Union, TypeVar and generic helpers with annotations throughout."""
from typing import Callable, Iterable, Optional, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")
Number = Union[int, float]
Handler = Callable[[str, int], Optional[str]]


def apply_twice(fn: Callable[[T], T], value: T) -> T:
    return fn(fn(value))


def group_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    groups: dict[K, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


def first_match(items: list[T], pred: Callable[[T], bool]) -> Optional[T]:
    for item in items:
        if pred(item):
            return item
    return None


def scale(values: list[Number], factor: Number = 2) -> list[Number]:
    return [v * factor for v in values]


def make_multiplier(n: int) -> Callable[[int], int]:
    def multiply(x: int) -> int:
        return x * n
    return multiply


class EventBus:
    def __init__(self) -> None:
        self.handlers: list[tuple[str, Handler]] = []

    def on(self, name: str) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self.handlers.append((name, fn))
            return fn
        return register

    def emit(self, event: str, value: int) -> list[str]:
        replies: list[str] = []
        for name, handler in self.handlers:
            reply = handler(event, value)
            if reply is not None:
                replies.append(f"{name}: {reply}")
        return replies


bus = EventBus()


@bus.on("doubler")
def doubler(event: str, value: int) -> Optional[str]:
    return f"{event} -> {value * 2}"


@bus.on("filter")
def only_big(event: str, value: int) -> Optional[str]:
    return None if value < 10 else f"big {event}"


print(apply_twice(lambda s: s + "!", "hey"), apply_twice(make_multiplier(3), 2))
print(group_by(["apple", "avocado", "banana", "cherry", "blueberry"], lambda w: w[0]))
print(group_by(range(10), lambda n: n % 3))
print(first_match([3, 8, 12], lambda n: n > 5), first_match(["a"], lambda s: s == "z"))
print(scale([1, 2.5, 3]), scale([1, 2], factor=0.5))
print(bus.emit("click", 4))
print(bus.emit("scroll", 40))
pipeline: list[Callable[[int], int]] = [make_multiplier(2), lambda x: x - 1, abs]
value = -3
for step in pipeline:
    value = step(value)
print("pipeline result:", value)
maybe: int | None = None
print(maybe if maybe is not None else "nothing yet", (maybe or 0) + 1)
lookup: dict[str, Callable[..., Number]] = {"sum": lambda *xs: sum(xs), "max": max}
print(lookup["sum"](1, 2, 3.5), lookup["max"](4, 9, 2))
