"""Lazy generator pipelines: nothing runs until consumed, stages interleave item by item, infinite sources, exhaustion."""
log: list[str] = []


def numbers(limit: int):
    for n in range(limit):
        log.append(f"emit {n}")
        yield n


def squares(source):
    for n in source:
        log.append(f"square {n}")
        yield n * n


def only_odd(source):
    return (x for x in source if x % 2)


def naturals():
    n = 1
    while True:
        yield n
        n += 1


pipeline = only_odd(squares(numbers(5)))
print("pipeline built, log is empty:", log)
print("first result:", next(pipeline), "| log:", log)
log.clear()
print("rest:", list(pipeline))
print("stages interleave per item:", log)

log.clear()
gen_exp = (n * 10 for n in numbers(3))
print("genexpr over a generator: nothing emitted yet:", log)
print("but not the items:", list(gen_exp), log)

try:
    bad = (1 / x for x in [1, 0])
    print("creating the genexpr raises nothing yet")
    print(next(bad))
    print(next(bad))
except ZeroDivisionError:
    print("ZeroDivisionError surfaces only when that item is pulled")

try:
    broken = (x for x in 42)
except TypeError:
    print("but the outermost iterable is evaluated at once: a non-iterable fails immediately")

taken = []
for n in naturals():
    if n * n > 50:
        break
    taken.append(n)
print("from an infinite generator:", taken)
evens = (n for n in naturals() if n % 2 == 0)
print("first five evens:", [next(evens) for _ in range(5)])

data = [3, 1, 2]
view = (x * 2 for x in data)
data.append(10)
print("late binding of the list contents:", list(view))

word_source = (w for w in "one two three two one".split())
seen = set()
unique = [w for w in word_source if not (w in seen or seen.add(w))]
print("dedupe while streaming:", unique)
print("exhausted generator:", list(word_source), sum(x for x in []))
g = (c.upper() for c in "abc")
print("membership consumes:", "B" in g, list(g))
print("zip stops at the shortest, pulling one extra from the first:", list(zip(numbers(3), "xy")), log[-1])
