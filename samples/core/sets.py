"""Sets and frozensets: membership, algebra, methods; printed sorted to avoid hash order."""
evens = {0, 2, 4, 6, 8}
small = set(range(5))
print(sorted(evens & small), sorted(evens | small), sorted(evens - small), sorted(evens ^ small))
print(sorted(evens.intersection([2, 3, 4])), sorted(small.union("ab", [9]), key=str))
print(2 in evens, 3 in evens, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3})
print({1, 2}.isdisjoint({3}), {1, 2}.issubset(range(5)), len(evens))

s = {1, 2}
print(s, set(), {3}, frozenset({1}) == {1})
s.add(3)
s.add(2)
s.discard(99)
s.remove(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as exc:
    print("KeyError:", exc)
s.update([10, 11], (12,))
print(sorted(s), len(s))
popped = {42}.pop()
print("popped", popped)
s.clear()
print(s, bool(s))

words = ["pear", "apple", "pear", "fig", "apple", "pear"]
unique = set(words)
print(len(unique), sorted(unique))
seen = set()
ordered_unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        ordered_unique.append(w)
print("first-seen order:", ordered_unique)
print("dict.fromkeys keeps order:", list(dict.fromkeys(words)))

fs = frozenset(["b", "a"])
lookup = {fs: "frozen key"}
print(lookup[frozenset("ab")], sorted(fs), type(fs).__name__)
try:
    {[1, 2]}
except TypeError as exc:
    print("TypeError:", exc)
print(sorted({x % 4 for x in range(20)}), {n for n in [1, 1, 1]})
print(set("aaa"), sorted(set("hello")), {1, 2} == {2, 1}, {(1, 2), (1, 2)})
a = {1, 2, 3}
a -= {2}
a |= {7}
a &= {1, 7, 8}
print(sorted(a))
print(sum({1, 2, 3}), max({4, 9, 1}), min(frozenset([5, 3])), sorted({-1, 3, 0}, reverse=True))
