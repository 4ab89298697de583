"""Keywords to constructors and methods a class inherits from a standard class bind by
typeshed's signature: queues, OrderedDict, Counter, argparse, json, Exception and Thread subclasses."""
import argparse
import asyncio
import collections
import json
import threading


class Registry(collections.OrderedDict):
    def __init__(self, name, **entries):
        super().__init__(**entries)
        self.name = name


class Tally(collections.Counter):
    pass


class Parser(argparse.ArgumentParser):
    def __init__(self, **kw):
        super().__init__(prog="tool", add_help=False, **kw)


class Quiet(argparse.ArgumentParser):
    pass


class FloatInts(json.JSONDecoder):
    def __init__(self):
        super().__init__(parse_int=float, strict=True)


class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code


class Plain(Exception):
    pass


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}", daemon=True)
        self.n = n

    def run(self):
        print("run", self.name, self.n, self.daemon)


r = Registry("r", b=2, a=1)
print(r.name, r, len(r), r["a"])
t = Tally("abracadabra", z=5)
print(t.most_common(3))
p = Parser(description="demo", epilog="end")
p.add_argument("--level", type=int, default=1)
print(p.prog, p.description, p.epilog, p.parse_args(["--level", "3"]))
q = Quiet(prog="quiet", usage="quiet [options]")
print(q.prog, q.format_usage().strip())
print(json.loads('{"n": 3, "xs": [1, 2]}', cls=FloatInts))
print(FloatInts().decode("[7]"))
e = AppError("bad", code=4)
print(e, e.args, e.code)
try:
    raise Plain("x", 2)
except Plain as err:
    print(type(err).__name__, err.args)
try:
    Plain("x", code=2)
except TypeError as err:
    print("TypeError:", err)
w = Worker(1)
w.start()
w.join()


async def main():
    pq = asyncio.PriorityQueue(maxsize=3)
    lq = asyncio.LifoQueue(maxsize=2)
    for item in [(2, "b"), (1, "a"), (3, "c")]:
        pq.put_nowait(item)
    print(pq.full(), pq.maxsize, [pq.get_nowait() for _ in range(3)])
    lq.put_nowait("x")
    lq.put_nowait("y")
    print(lq.full(), lq.maxsize, lq.get_nowait(), lq.get_nowait())
    sem = asyncio.BoundedSemaphore(value=2)
    print(sem._value if hasattr(sem, "_value") else "?", sem.locked())


asyncio.run(main())


class Bag(collections.OrderedDict):
    pass


print(Bag(a=1, b=2), Bag([("x", 1)], y=2), Registry("s", **{"k": 0}))


# The older spelling: Base.__init__(self, ...) for a standard base.
class SortedKeys(json.JSONDecoder):
    def __init__(self):
        json.JSONDecoder.__init__(self, object_hook=sorted)


class OldWorker(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self, name="old-%d" % n)
        self.n = n

    def run(self):
        print("old run", self.name, self.n)


class OldError(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code


print(SortedKeys().decode('{"b": 1, "a": {"z": 0, "y": 1}}'))
ow = OldWorker(2)
ow.start()
ow.join()
try:
    raise OldError("broken", 7)
except OldError as err:
    print(err, err.args, err.code)
