"""Generator return values via StopIteration.value, next(g, default), exhaustion, and StopIteration inside generators."""


def countdown(n: int):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def empty():
    return "nothing to yield"
    yield  # the yield makes this a generator function


def first_even(numbers):
    for n in numbers:
        if n % 2 == 0:
            return n  # return inside a generator ends it
        yield n


g = countdown(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print("return value travels in StopIteration.value:", repr(stop.value), stop.args)
print("next with default after exhaustion:", next(g, "default"), next(g, None))

print("list() drops the return value:", list(countdown(4)))
print("for loop ignores it too:", [x for x in countdown(2)])

e = empty()
print("empty generator type:", type(e).__name__)
try:
    next(e)
except StopIteration as stop:
    print("immediately finished:", stop.value)

print("values before the even number:", list(first_even([1, 3, 5, 6, 7])))
print("no even number at all:", list(first_even([1, 3])))


def bad():
    yield 1
    raise StopIteration("manual")  # inside a generator this becomes RuntimeError (PEP 479)


try:
    list(bad())
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause:", repr(exc.__cause__))


def stop_leaks_from_next():
    it = iter([1])
    while True:
        yield next(it)  # the StopIteration from next() is also converted


try:
    print(list(stop_leaks_from_next()))
except RuntimeError as exc:
    print("RuntimeError from a leaked StopIteration:", exc)

it = iter(["only"])
print(next(it))
try:
    next(it)
except StopIteration as stop:
    print("plain iterators finish with value:", stop.value)

lines = iter(["header", "row1", "row2"])
header = next(lines)
print("skip the header, then loop:", header, list(lines))
gen = countdown(2)
print("the same generator cannot be iterated twice:", list(gen), list(gen))


def records():
    total = 0
    for x in [5, 10, 15]:
        total += x
        yield x
    return total


r = records()
collected = []
while True:
    try:
        collected.append(next(r))
    except StopIteration as stop:
        print("manual loop collected", collected, "and the return value", stop.value)
        break
