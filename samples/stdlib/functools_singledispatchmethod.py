"""functools.singledispatchmethod: overloads by annotation and by
register(cls), bool dispatching as int, user classes along their MRO, the
base method when nothing matches, stacked over classmethod/staticmethod,
and inheritance by a subclass that overrides the dispatcher."""
import asyncio
import functools
from functools import singledispatchmethod


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


class Negator:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def neg(self, arg):
        return f"{self.prefix}: cannot negate {type(arg).__name__}"

    @neg.register
    def _(self, arg: int):
        return f"{self.prefix}: int {-arg}"

    @neg.register
    def _(self, arg: str):
        return f"{self.prefix}: str {arg[::-1]}"

    @neg.register(list)
    def _neg_list(self, arg):
        return f"{self.prefix}: list {[-x for x in arg]}"

    @neg.register
    def _(self, arg: float | set):
        return f"{self.prefix}: float or set {arg!r}"

    @neg.register
    def _(self, arg: Dog):
        return f"{self.prefix}: dog {type(arg).__name__}"


n = Negator("n")
print(n.neg(5))
print(n.neg(True))
print(n.neg("abc"))
print(n.neg([1, 2]))
print(n.neg(2.5))
print(n.neg(Puppy()))
print(n.neg(Dog()))
print(n.neg(Animal()))
print(n.neg(None))
print(n.neg((1,)))
print(Negator._neg_list(n, [3]))
print(n.neg({1}))


class Shapes:
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return f"{cls.__name__} cannot make from {arg!r}"

    @make.register
    @classmethod
    def _(cls, arg: int):
        return f"{cls.__name__} square of side {arg}"

    @make.register(tuple)
    @classmethod
    def _from_tuple(cls, arg):
        return f"{cls.__name__} rect {arg[0]}x{arg[1]}"

    @functools.singledispatchmethod
    @staticmethod
    def kind(arg):
        return "other"

    @kind.register
    @staticmethod
    def _(arg: bool):
        return "flag"

    @kind.register
    @staticmethod
    def _(arg: int):
        return "count"


class Circles(Shapes):
    pass


print(Shapes.make(3))
print(Shapes.make((2, 4)))
print(Shapes.make("x"))
print(Circles.make(5))
print(Shapes().make(1))
print(Shapes.kind(True))
print(Shapes.kind(7))
print(Shapes.kind(7.0))
print(Circles.kind(False))


class Loud(Negator):
    @singledispatchmethod
    def neg(self, arg):
        return f"{self.prefix}: LOUD {arg!r}"

    @neg.register
    def _(self, arg: bool):
        return f"{self.prefix}: LOUD bool {not arg}"


class Quiet(Negator):
    pass


loud = Loud("l")
print(loud.neg(True))
print(loud.neg(1))
print(loud.neg("s"))
q = Quiet("q")
print(q.neg(1))
print(q.neg(False))
print(q.neg({}))

try:
    getattr(n, "neg")()
except IndexError as e:
    print("IndexError", e)


class Handler:
    @singledispatchmethod
    async def handle(self, msg):
        await asyncio.sleep(0)
        return f"generic {msg!r}"

    @handle.register
    async def _(self, msg: int):
        return f"int {msg}"


async def main():
    h = Handler()
    print(await h.handle(3))
    print(await h.handle("x"))


asyncio.run(main())


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


Couple = Pair


class Summer:
    @singledispatchmethod
    def total(self, item):
        raise NotImplementedError(f"cannot sum {type(item).__name__}")

    # Stacked registrations: one overload for several classes.
    @total.register(list)
    @total.register(tuple)
    def _sequence(self, item):
        return sum(self.total(x) for x in item)

    @total.register
    def _(self, item: Couple):
        return self.total(item.a) + self.total(item.b)

    @total.register
    def _(self, item: int):
        return item


s = Summer()
print(s.total([1, (2, 3), Pair(4, [5])]))
try:
    s.total("x")
except NotImplementedError as e:
    print("NotImplementedError", e)
