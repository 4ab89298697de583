"""Generators as coroutines: x = yield v, priming with next(), send() values, running averages, first send must be None."""
from typing import Generator


def averager() -> Generator[float, float, None]:
    total = 0.0
    count = 0
    average = 0.0
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def echo() -> Generator[str, str | None, None]:
    print("  echo: started")
    received = yield "ready"
    while True:
        print(f"  echo: received {received!r}")
        received = yield f"echo:{received}"


def accumulate_until_none():
    items = []
    while (item := (yield len(items))) is not None:
        items.append(item)
    return items


avg = averager()
print("priming next() returns the first yield:", next(avg))
for v in [10, 20, 60]:
    print(f"send({v}) ->", avg.send(v))

e = echo()
print("generator created, body not started yet")
print("send(None) also primes:", e.send(None))
print(e.send("hello"))
print(e.send("world"))
print("next() sends None:", next(e))

fresh = echo()
try:
    fresh.send("too early")
except TypeError as exc:
    print("TypeError:", exc)

acc = accumulate_until_none()
print("counts:", next(acc), acc.send("a"), acc.send("b"))
try:
    acc.send(None)
except StopIteration as stop:
    print("finished with return value:", stop.value)


def traced():
    print("  step 1")
    x = yield 1
    print(f"  step 2 got {x}")
    y = yield x * 2
    print(f"  step 3 got {y}")


g = traced()
print("yielded", next(g))
print("yielded", g.send(21))
try:
    g.send("last")
except StopIteration as stop:
    print("StopIteration value:", stop.value)
try:
    g.send(1)
except StopIteration:
    print("sending to a finished generator raises StopIteration again")
print("generator state helpers:", type(g).__name__, hasattr(g, "send"), hasattr(g, "throw"))
