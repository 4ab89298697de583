"""functools.singledispatch (register by annotation, by class, as a call; dispatch along the MRO,
bool as an int, unions, ABCs), cached_property, partial's attributes, lru_cache(typed), wraps."""
import functools
from abc import ABC
from functools import cached_property, singledispatch


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x + 1}"


@describe.register(str)
def _(x):
    return "str " + x.upper()


@describe.register
def _(x: list | tuple):
    return f"sequence of {len(x)}"


@describe.register
def _(x: Animal):
    return "animal " + type(x).__name__


def describe_dog(x):
    return "dog " + type(x).__name__


describe.register(Dog, describe_dog)
print(describe(41), describe("hi"), describe([1, 2]), describe((1,)), describe(2.5), describe(None))
print(describe(Animal()), describe(Dog()), describe(Puppy()))
print(describe(True), describe({1: 2}))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(Puppy) is describe_dog)
print(describe.dispatch(float) is describe.registry[object], len(describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)


class Shape(ABC):
    pass


class Circle:
    pass


Shape.register(Circle)


@singledispatch
def area(s):
    raise NotImplementedError("no area for " + type(s).__name__)


@area.register
def _(s: Shape):
    return "an ABC's virtual subclass"


print(area(Circle()))
try:
    area(3)
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    @area.register
    def _(s):
        return "unannotated"
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])


class Circle2:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        print("computing area")
        return 3 * self.r * self.r

    @functools.cached_property
    def label(self):
        return f"circle {self.r}"


c = Circle2(2)
print(c.area, c.area, c.computed, c.label)
del c.area
print(c.area, c.computed)
c.area = 100
print(c.area, c.computed)


def power(base, exp, *, mod=None):
    return base ** exp if mod is None else (base ** exp) % mod


sq = functools.partial(power, exp=2)
print(sq(7), sq.func is power, sq.args, sq.keywords)
mod_pow = functools.partial(power, 3, mod=5)
print(mod_pow(4), mod_pow.args, mod_pow.keywords)


class Multiplier:
    def __call__(self, a, b):
        return a * b


triple = functools.partial(Multiplier(), 3)
print(triple(5), triple.args)


@functools.lru_cache
def cached_len(x, y):
    return len(x) + y


try:
    cached_len([1], 2)
except TypeError as e:
    print("TypeError:", e)


def documented():
    """A docstring wraps() copies."""


@functools.wraps(documented)
def wrapper():
    return None


print(wrapper.__name__, wrapper.__doc__)
