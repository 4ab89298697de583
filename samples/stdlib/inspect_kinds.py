"""inspect: what kind of object something is (coroutine functions, awaitables, generators, classes,
bound methods), getdoc/cleandoc, getmembers, getmro, isabstract, unwrap."""
import asyncio
import functools
import inspect
from abc import ABC, abstractmethod


async def fetch(n):
    """Fetch something.

        Indented more.
    Back to the margin.
    """
    await asyncio.sleep(0)
    return n


def numbers(limit):
    yield from range(limit)


async def ticks():
    yield 1


def plain(x):
    return x


class Base:
    """A base class."""

    def method(self):
        return 1

    async def amethod(self):
        return 2


class Child(Base):
    label = "child"

    def extra(self):
        """Extra doc."""
        return 3


print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(plain), inspect.iscoroutinefunction(Base().amethod))
coro = fetch(1)
print(inspect.iscoroutine(coro), inspect.isawaitable(coro), inspect.isawaitable(1), inspect.iscoroutine(fetch))
print(asyncio.run(coro))
print(inspect.isgeneratorfunction(numbers), inspect.isgeneratorfunction(plain), inspect.isgenerator(numbers(2)))
print(inspect.isasyncgenfunction(ticks), inspect.isasyncgenfunction(numbers), inspect.isasyncgen(ticks()))
print(inspect.isfunction(plain), inspect.isfunction(Base), inspect.isfunction(len), inspect.isfunction(lambda: 0))
print(inspect.isclass(Base), inspect.isclass(Base()), inspect.isclass(int), inspect.isclass(plain))
obj = Child()
print(inspect.ismethod(obj.method), inspect.ismethod(plain), inspect.isfunction(obj.extra))
print(inspect.isroutine(plain), inspect.isroutine(obj.method), inspect.isroutine(3))


async def check_awaitables():
    task = asyncio.create_task(fetch(2))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(5)
    print(inspect.isawaitable(task), inspect.isawaitable(fut), await task, await fut)


asyncio.run(check_awaitables())

print(inspect.getdoc(fetch))
print(inspect.getdoc(Base), "|", inspect.getdoc(Child), "|", inspect.getdoc(obj.extra), "|", inspect.getdoc(plain))
print(repr(inspect.cleandoc("""   first line
      indented
    body
        deeper

    """)))
print(repr(inspect.cleandoc("single")), repr(inspect.cleandoc("\n\n  a\n  b\n\n")))

print([name for name, _ in inspect.getmembers(Child) if not name.startswith("_")])
print([name for name, _ in inspect.getmembers(obj, inspect.ismethod) if not name.startswith("_")])
print([name for name, value in inspect.getmembers(Child) if name == "label" and value == "child"])
print([c.__name__ for c in inspect.getmro(Child)])


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(plain))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@logged
@logged
def inner(x):
    return x * 2


print(inspect.unwrap(inner) is not inner, inspect.unwrap(inner)(21), inspect.unwrap(plain) is plain)
