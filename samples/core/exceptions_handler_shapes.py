"""Handlers of the program's own classes let other errors through untouched:
an error from a failed operation passes a handler that cannot match it and
reaches the one that can, as the same object; bare raise, chaining and a
handler that rebinds its name keep CPython's behaviour."""
import asyncio
from typing import Any


class AppError(Exception):
    pass


class RetryLater(AppError):
    def __init__(self, delay: int) -> None:
        super().__init__(f"retry in {delay}")
        self.delay = delay


def delay_of(r: RetryLater) -> int:
    return r.delay


def lookup(obj: Any, name: str) -> Any:
    try:
        return delay_of(obj) if name == "attr" else obj[name]
    except AppError:
        print("never: an AttributeError is not an AppError")
        raise


def attempt(kind):
    try:
        try:
            if kind == "own":
                raise RetryLater(3)
            return lookup(None if kind == "none" else {"k": 1}, "attr" if kind == "none" else kind)
        except RetryLater as e:
            print("retry handler:", e, e.delay)
            raise
    except AppError as outer:
        print("outer AppError:", type(outer).__name__, outer.args)
        return "app"
    except AttributeError as e:
        print("attribute error:", e)
        saved.append(e)
        return "attr"
    except KeyError as e:
        print("key error:", repr(e))
        return "key"


saved: list[Exception] = []
for kind in ["own", "none", "k", "nope"]:
    print(kind, "->", attempt(kind))


def same_object():
    try:
        try:
            lookup(None, "attr")
        except (AppError, KeyError):
            print("never")
    except Exception as first:
        try:
            raise first
        except AttributeError as second:
            print("same object:", first is second, type(second).__name__)


same_object()


def chained():
    try:
        try:
            raise RetryLater(1)
        except RetryLater as e:
            raise ValueError("while retrying") from e
    except ValueError as v:
        print("cause:", repr(v.__cause__), "context:", repr(v.__context__))
    try:
        try:
            raise RetryLater(2)
        except RetryLater:
            raise AppError("implicit")
    except AppError as a:
        print("context:", repr(a.__context__), a.__suppress_context__)


chained()


def rebinding():
    for i in range(2):
        try:
            raise RetryLater(i)
        except RetryLater as err:
            err = f"replaced {err.delay}"
            print(err)


rebinding()


def bare():
    try:
        raise RetryLater(5)
    except:
        print("bare handler")
    try:
        try:
            {}["x"]
        except:
            print("bare, then re-raise")
            raise
    except KeyError as k:
        print("outer got", repr(k))


bare()


def else_and_finally(fail):
    try:
        if fail:
            raise RetryLater(9)
    except RetryLater as e:
        print("handled", e.delay)
    else:
        print("no error")
    finally:
        print("finally", fail)


else_and_finally(True)
else_and_finally(False)


async def worker(n):
    await asyncio.sleep(0)
    if n == 2:
        raise RetryLater(n)
    return n


async def main():
    results = []
    for n in range(4):
        try:
            results.append(await worker(n))
        except RetryLater as e:
            results.append(f"later {e.delay}")
    print(results)
    task = asyncio.create_task(worker(2))
    try:
        await task
    except AppError as e:
        print("from task:", type(e).__name__, e.args)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except AppError:
        print("never")
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")


asyncio.run(main())
print(len(saved), type(saved[0]).__name__)
try:
    lookup(None, "attr")
except AppError:
    print("never")
