"""How builtins consume generators: zip's extra pull, `in` stopping at a match, unpacking, join, print(*g)."""


def numbers(label, limit):
    for n in range(limit):
        print(f"  {label} yields {n}")
        yield n
    print(f"  {label} exhausted")


print("zip stops at the shortest, but pulls one extra item from the earlier iterator:")
long = numbers("long", 5)
pairs = list(zip(long, numbers("short", 2)))
print(pairs)
print("next item of long after zip:", next(long))

print("`in` consumes up to and including the match:")
g = numbers("g", 6)
print(2 in g)
print("what is left:", list(g))

print("any/all stop early, max/sorted/sum read everything:")
print(any(n > 0 for n in numbers("any", 4)))
print(sorted(numbers("sorted", 3), reverse=True))

print("unpacking a generator:")
first, second, *rest = numbers("unpack", 4)
print(first, second, rest)
try:
    a, b = numbers("too-many", 3)
except ValueError as exc:
    print("ValueError:", exc)

print("join, dict and enumerate over generators:")
print("-".join(str(n * n) for n in range(5)))
print(dict((f"k{n}", n) for n in range(3)))
for i, value in enumerate(numbers("enum", 2), start=1):
    print("enumerate gave", i, value)

print("print(*gen) evaluates the whole generator before printing:")
print(*numbers("star", 3), sep=", ")

print("a generator can be iterated only once:")
once = (c.upper() for c in "ab")
print(list(once), list(once), tuple(once))

print("list() of a partly consumed generator gets the rest:")
partial = numbers("partial", 4)
next(partial)
next(partial)
print(list(partial))

print("map and filter are lazy too:")
lazy = map(lambda n: n * 10, numbers("mapped", 3))
print("nothing pulled yet")
print(next(lazy), list(filter(lambda n: n > 10, lazy)))
print("min with key and default on an empty generator:", min((x for x in []), key=abs, default="empty"))
