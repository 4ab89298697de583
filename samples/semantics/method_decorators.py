"""Decorators on methods are applied, as Python applies them when the class body runs."""
import asyncio
import functools
from abc import ABC, abstractmethod


calls = []


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        return func(*args, **kwargs)
    return wrapper


def twice(func):
    def wrapper(self, x):
        return func(self, func(self, x))
    return wrapper


def retry_async(times):
    def deco(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return await func(*args, **kwargs)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            return None
        return wrapper
    return deco


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side
        self.computed = 0

    def area(self):
        return self.side * self.side

    @functools.cached_property
    def diagonal_squared(self):
        self.computed += 1
        return 2 * self.side * self.side

    @logged
    def scale(self, k, *, offset=0):
        return Square(self.side * k + offset)

    @twice
    def inc(self, x):
        return x + self.side

    @staticmethod
    @logged
    def unit():
        return Square(1)

    @classmethod
    @logged
    def of(cls, side):
        return cls(side)

    @retry_async(3)
    async def flaky(self, limit):
        self.computed += 1
        if self.computed < limit:
            raise ValueError(f"try {self.computed}")
        return "ok"


async def main():
    try:
        Shape()
    except TypeError as e:
        print("TypeError:", e)
    sq = Square(3)
    print(sq.describe(), sq.diagonal_squared, sq.diagonal_squared, sq.computed)
    big = sq.scale(2, offset=1)
    print(big.side, sq.scale(k=3).side, sq.inc(1), Square.unit().side, Square.of(4).side)
    print(calls, sq.scale.__name__)
    sq2 = Square(2)
    print(await sq2.flaky(3))
    print(await sq2.flaky(1))


asyncio.run(main())
