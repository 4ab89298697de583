"""iter()/next() on lists, strings, dicts and ranges; iter(callable, sentinel); shared and single-use iterators."""
letters = iter("abc")
print(next(letters), next(letters), next(letters), next(letters, "<end>"))

numbers = [10, 20, 30]
it = iter(numbers)
print("iter of an iterator is itself:", iter(it) is it, "| a list is not its own iterator:", iter(numbers) is not numbers)
print(next(it))
numbers.append(40)
print("list iterator sees appended items:", list(it))

d = {"x": 1, "y": 2, "z": 3}
keys = iter(d)
print("dict iterates keys:", next(keys), list(keys))
print("items iterator:", next(iter(d.items())), "values:", list(iter(d.values())))

r = iter(range(0, 10, 4))
print("range iterator:", next(r), next(r), next(r), next(r, None))

pairs = iter([1, 2, 3, 4, 5, 6])
print("zip of the same iterator groups items:", list(zip(pairs, pairs)))
words = iter("a b c d e".split())
print("chunks of 2 with leftovers:", [(w, next(words, "-")) for w in words])

values = [3, 7, 0, 9]
pos = 0


def read_next() -> int:
    global pos
    pos += 1
    return values[pos - 1]


print("iter(callable, sentinel) stops at 0:", list(iter(read_next, 0)))

chunks = iter(["line 1\n", "line 2\n", ""])
print("reading until an empty string:", [c.strip() for c in iter(lambda: next(chunks), "")])

it2 = iter([1, 2, 3])
for x in it2:
    if x == 1:
        print("consume one extra inside the loop:", next(it2))
print("loop continued from 3; iterator now empty:", list(it2))

try:
    next([1, 2])
except TypeError as exc:
    print("TypeError:", exc)
try:
    iter(5)
except TypeError as exc:
    print("TypeError:", exc)

enum = enumerate("xy")
print("enumerate is an iterator:", next(enum), list(enum))
zipped = zip("ab", range(5))
print("zip is an iterator:", next(zipped), list(zipped), list(zipped))
mapped = map(str.upper, "hi")
print("map is lazy and single-use:", list(mapped), list(mapped))
rev = reversed([1, 2, 3])
print("reversed:", next(rev), list(rev))
print("unpacking an iterator:", *iter("xyz"))
first, *rest = iter(range(4))
print("starred unpacking from an iterator:", first, rest)
print("sorted/min/max accept iterators:", sorted(iter([3, 1, 2])), min(iter("qwe")), max(iter([2, 8])))
print("in on an iterator consumes up to the match:", 3 in (g := iter([1, 2, 3, 4])), list(g))
