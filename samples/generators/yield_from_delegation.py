"""yield from: delegation to sub-generators and iterables, the sub-generator's return value, send/throw passing through."""
from typing import Generator


def inner(label: str) -> Generator[str, str | None, int]:
    count = 0
    while True:
        received = yield f"{label}#{count}"
        if received == "stop":
            return count
        count += 1
        print(f"  inner {label} got {received!r}")


def outer() -> Generator[str, str | None, list[int]]:
    results = []
    for label in ["A", "B"]:
        result = yield from inner(label)
        print(f"  outer: inner {label} returned {result}")
        results.append(result)
    return results


g = outer()
print(next(g))
print(g.send("x"))
print(g.send("stop"))  # ends A, so outer moves on and yields from B
print(g.send("y"))
try:
    g.send("stop")
except StopIteration as stop:
    print("outer returned:", stop.value)


def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print("yield from an iterable:", list(flatten([1, [2, (3, [4])], "five", [[6]]])))


def chain_all(*iterables):
    for it in iterables:
        yield from it


print("chaining ranges, strings, dicts:", list(chain_all(range(2), "ab", {"k": 1}, (x * x for x in [3]))))


def guarded():
    try:
        yield 1
        yield 2
    except KeyError as exc:
        print("  sub-generator handled", repr(exc))
        yield "recovered"
    finally:
        print("  sub-generator finally")


def delegator():
    value = yield from guarded()
    print("  delegator resumes, sub returned", value)
    yield "after"


d = delegator()
print(next(d))
print("throw reaches the sub-generator:", d.throw(KeyError("k")))
print(next(d))
print("close() also passes through:")
d2 = delegator()
next(d2)
d2.close()


def returns_only():
    return "direct"
    yield


def wrapper():
    got = yield from returns_only()
    yield f"wrapped {got}"


print(list(wrapper()))
