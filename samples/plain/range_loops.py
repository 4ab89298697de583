"""Loops and comprehensions over range(n): counting loops only where Python's once-read bounds cannot change."""


def counting(n: int) -> list[int]:
    out = []
    for i in range(n):
        out.append(i * i)
    for i in range(2, n):
        out.append(-i)
    return out


def rebinding_inside(n: int) -> None:
    for i in range(n):
        i += 10  # the next turn still gets the next value
        print(i, end=" ")
    print()
    stop = 3
    for i in range(stop):
        stop -= 1  # the bound was read once
        print(i, stop, end=" | ")
    print()


def growing(xs: list[int]) -> list[int]:
    for i in range(len(xs)):
        xs.append(xs[i] * 10)
    return xs


def untyped_bound(k):
    return [j for j in range(k)]


limit = 4


def reads_global() -> list[int]:
    global limit
    out = []
    for i in range(limit):
        shrink()
        out.append(i)
    return out


def shrink() -> None:
    global limit
    limit -= 1


def comprehensions(n: int) -> None:
    xs = [3, 1, 2]
    print([x * 2 for x in range(len(xs))], [i for i in range(n) if i % 2])
    print([(a, b) for a in range(2) for b in range(n)], [[j for j in range(i)] for i in range(3)])
    print({i: i * i for i in range(n)}, {i % 2 for i in range(n)}, sum(i for i in range(n)))
    print([n for _ in range(n)], [(n := n - 1) for i in range(n)], n)
    print([xs.append(i) for i in range(len(xs))], xs)
    fs = [lambda: i for i in range(3)]
    print([f() for f in fs])


print(counting(5))
rebinding_inside(3)
print(growing([1, 2, 3]))
print(untyped_bound(3))
try:
    print(untyped_bound(2.5))
except TypeError as e:
    print("TypeError:", e)
print(reads_global(), limit)
comprehensions(4)
