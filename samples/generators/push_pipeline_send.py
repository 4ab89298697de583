"""Push-style pipelines built from generators with send(): priming, filtering, and close() cascading."""
import functools


def primed(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)  # run to the first yield so send() can deliver values
        return gen
    return start


@primed
def printer(prefix):
    try:
        while True:
            item = yield
            print(f"{prefix}{item}")
    finally:
        print(f"{prefix}printer closed")


@primed
def only_even(target):
    try:
        while True:
            n = yield
            if n % 2 == 0:
                target.send(n)
    finally:
        print("  filter closing its target")
        target.close()


@primed
def scale(target, factor):
    try:
        while True:
            target.send((yield) * factor)
    finally:
        target.close()


@primed
def running_total():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
        count += 1
    return f"{count} values summed to {total}"


def feed(source, sink):
    for item in source:
        sink.send(item)
    sink.close()


print("pipeline: scale -> only_even -> printer")
feed(range(6), scale(only_even(printer("  out: ")), 3))

acc = running_total()
print("running totals:", [acc.send(v) for v in (5, 10, 2.5)])
try:
    acc.send(None)
except StopIteration as stop:
    print("finished:", stop.value)

fresh = printer("  closed early: ")
fresh.close()
print("closing a primed generator that never got a value still runs its finally")


def unprimed():
    got = yield "ready"
    print("received", got)
    yield "done"


g = unprimed()
try:
    g.send("too early")
except TypeError as exc:
    print("TypeError:", exc)
print(g.send(None), "->", g.send("hello"))
g.close()
print("next() after close():", next(g, "exhausted"))
